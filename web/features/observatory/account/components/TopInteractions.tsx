// The accounts this one interacts with most in the window, each way, linking to their own pages.
import { fr } from '@codegouvfr/react-dsfr';
import { generatePath, Link } from 'react-router';
import type { AccountDetail } from '../../../../../common/schemas/observatory.ts';
import { useLang, useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { countryName } from '../../components/countries.ts';
import { useFormatters } from '../../components/format.ts';
import { observatoryComponentMessages } from '../../components/messages.ts';
import { TableFrame } from '../../components/TableFrame.tsx';
import { actorName } from '../../registry/actorName.ts';
import { accountScoreMessages } from '../messages.ts';
import { accountLabel } from './AccountHeading.tsx';

export function TopInteractions({ interactions }: { interactions: AccountDetail['interactions'] }) {
  const t = useT(accountScoreMessages);
  const tc = useT(observatoryComponentMessages);
  const lang = useLang();
  const format = useFormatters();
  return (
    <section aria-labelledby="account-interactions" className={fr.cx('fr-mb-5w')}>
      <h2 id="account-interactions">{t.interactionsTitle}</h2>
      <p>{t.interactionsLead}</p>
      {interactions.length === 0 ? (
        <p>{t.interactionsEmpty}</p>
      ) : (
        <TableFrame small testId="account-interactions">
          <table>
            <caption>{t.interactionsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.account}</th>
                <th scope="col">{t.outgoing}</th>
                <th scope="col">{t.incoming}</th>
              </tr>
            </thead>
            <tbody>
              {interactions.map(({ account, outgoing, incoming }) => (
                <tr key={account.id}>
                  <th scope="row">
                    <Link to={generatePath(paths.observatoryAccount, { id: String(account.id) })}>
                      {accountLabel(account)}
                    </Link>
                    <span className={fr.cx('fr-text--xs')} style={{ display: 'block', fontWeight: 'normal' }}>
                      {tc.networks[account.network] ?? account.network}
                      {account.actor
                        ? ` · ${actorName(account.actor, lang)} · ${countryName(account.actor.country, lang)}`
                        : ` · ${tc.unregistered}`}
                    </span>
                  </th>
                  <td>{format.integer(outgoing)}</td>
                  <td>{format.integer(incoming)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      )}
    </section>
  );
}
