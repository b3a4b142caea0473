// The account's open sessions, with "close" on each other one and "sign out everywhere else".
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../../app/components/Loading.tsx';
import { formatDateTime, useLang, useT } from '../../../../app/i18n/lang.ts';
import { useRevokeOtherSessions } from '../api/useRevokeOtherSessions.ts';
import { useRevokeSession } from '../api/useRevokeSession.ts';
import { useSessions } from '../api/useSessions.ts';
import { accountMessages } from '../messages.ts';
import { describeUserAgent } from './describeUserAgent.ts';

export function SessionsSection() {
  const t = useT(accountMessages);
  const lang = useLang();
  const sessions = useSessions();
  const revoke = useRevokeSession();
  const revokeOthers = useRevokeOtherSessions();
  const items = sessions.data?.items ?? [];
  const others = items.filter((session) => !session.current);

  return (
    <section aria-labelledby="account-sessions" className={fr.cx('fr-mb-6w')}>
      <h2 id="account-sessions">{t.sessionsTitle}</h2>
      <p>{t.sessionsLead}</p>
      {sessions.isPending && <Loading />}
      <ApiErrorAlert error={sessions.error ?? revoke.error ?? revokeOthers.error} />
      {revokeOthers.isSuccess && (
        <Alert
          className={fr.cx('fr-mb-3w')}
          severity="success"
          small
          role="status"
          description={t.revokedOthers(revokeOthers.data.revoked)}
        />
      )}
      {items.length > 0 && (
        <div className={fr.cx('fr-table', 'fr-table--no-caption')} data-testid="sessions">
          <div className={fr.cx('fr-table__wrapper')}>
            <div className={fr.cx('fr-table__container')}>
              <div className={fr.cx('fr-table__content')}>
                <table>
                  <caption>{t.sessionsCaption}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t.device}</th>
                      <th scope="col">{t.method}</th>
                      <th scope="col">{t.started}</th>
                      <th scope="col">{t.lastSeen}</th>
                      <th scope="col">{t.ip}</th>
                      <th scope="col">{t.actions}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((session) => {
                      const device = describeUserAgent(session.userAgent) ?? t.unknownDevice;
                      return (
                        <tr key={session.id}>
                          <th scope="row">{device}</th>
                          <td>{t.methods[session.method] ?? session.method}</td>
                          <td>{formatDateTime(session.createdAt, lang)}</td>
                          <td>{formatDateTime(session.lastSeenAt, lang)}</td>
                          <td>{session.ip ?? '—'}</td>
                          <td>
                            {session.current ? (
                              <Badge severity="info" small>
                                {t.current}
                              </Badge>
                            ) : (
                              <Button
                                priority="tertiary"
                                size="small"
                                disabled={revoke.isPending}
                                title={t.revokeLabel(device)}
                                onClick={() => revoke.mutate(session.id)}
                              >
                                {t.revoke}
                              </Button>
                            )}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            </div>
          </div>
        </div>
      )}
      {sessions.isSuccess && others.length === 0 && <p className={fr.cx('fr-text--sm')}>{t.sessionsEmpty}</p>}
      {others.length > 0 && (
        <Button
          priority="secondary"
          iconId="fr-icon-logout-box-r-line"
          disabled={revokeOthers.isPending}
          onClick={() => revokeOthers.mutate()}
        >
          {t.revokeOthers}
        </Button>
      )}
    </section>
  );
}
