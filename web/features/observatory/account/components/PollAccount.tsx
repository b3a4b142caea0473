// "Poll now" (editors, networks with a connector): asks the server to poll the account at once, then follows
// the resulting run until it ends.
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import type { AccountDetail } from '../../../../../common/schemas/observatory.ts';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { useT } from '../../../../app/i18n/lang.ts';
import { useFormatters } from '../../components/format.ts';
import { useImportRun } from '../../imports/api/useImportRun.ts';
import { usePollAccount } from '../api/usePollAccount.ts';
import { accountScoreMessages } from '../messages.ts';

export function PollAccount({ account }: { account: AccountDetail['account'] }) {
  const t = useT(accountScoreMessages);
  const format = useFormatters();
  const poll = usePollAccount(account.id);
  const run = useImportRun(poll.data?.id ?? null);
  const current = run.data ?? poll.data;
  const running = poll.isPending || current?.status === 'running';
  return (
    <section aria-labelledby="account-poll" className={fr.cx('fr-mb-5w', 'fr-col-md-8', 'fr-px-0')}>
      <h2 id="account-poll">{t.pollTitle}</h2>
      <p>{t.pollText}</p>
      <ApiErrorAlert error={poll.error ?? run.error} />
      <div role="status">
        {running && <p>{t.pollRunning}</p>}
        {current?.status === 'done' && (
          <Alert
            className={fr.cx('fr-mb-2w')}
            severity="success"
            small
            description={t.pollDone(format.integer(current.added), format.integer(current.updated))}
          />
        )}
        {current?.status === 'failed' && (
          <Alert
            className={fr.cx('fr-mb-2w')}
            severity="error"
            small
            description={current.message ? `${t.pollFailed} ${current.message}` : t.pollFailed}
          />
        )}
      </div>
      <Button iconId="fr-icon-refresh-line" disabled={running} onClick={() => poll.mutate()}>
        {t.pollButton}
      </Button>
    </section>
  );
}
