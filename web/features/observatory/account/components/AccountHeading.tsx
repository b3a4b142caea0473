// Who the account is: its name and handle, network, the actor it belongs to (or that it belongs to none),
// country, verified badge, a link to it on its network, and its latest counts.
import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { generatePath, Link } from 'react-router';
import type { AccountDetail } from '../../../../../common/schemas/observatory.ts';
import { useLang, useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { countryName } from '../../components/countries.ts';
import { useFormatters } from '../../components/format.ts';
import { observatoryComponentMessages } from '../../components/messages.ts';
import { actorName } from '../../registry/actorName.ts';
import { accountScoreMessages } from '../messages.ts';

type Account = AccountDetail['account'];

/** "@handle" for the networks that write it so, the display name when there is no handle. */
export function accountLabel(account: Pick<Account, 'handle' | 'displayName' | 'id'>): string {
  if (account.handle) return account.handle.includes('@') ? account.handle : `@${account.handle}`;
  return account.displayName ?? `#${account.id}`;
}

export function AccountHeading({ account }: { account: Account }) {
  const t = useT(accountScoreMessages);
  const tc = useT(observatoryComponentMessages);
  const lang = useLang();
  const format = useFormatters();
  const network = tc.networks[account.network] ?? account.network;
  const actor = account.actor;
  const figures = [
    { label: t.followers, value: format.integer(account.followers) },
    { label: t.following, value: format.integer(account.following) },
    { label: t.postsCount, value: format.integer(account.postsCount) },
    { label: t.lastPolled, value: account.lastPolledAt ? format.dateTime(account.lastPolledAt) : t.never },
  ];
  return (
    <div className={fr.cx('fr-mb-4w')}>
      <h1 className={fr.cx('fr-mb-1w')}>
        {account.displayName && account.displayName !== account.handle ? account.displayName : accountLabel(account)}
      </h1>
      <p className={fr.cx('fr-text--lg', 'fr-mb-1w')}>
        {accountLabel(account)} · {network}{' '}
        {account.verified ? (
          <Badge as="span" severity="success" small>
            {t.verified}
          </Badge>
        ) : (
          <Badge as="span" small noIcon>
            {t.notVerified}
          </Badge>
        )}
      </p>
      <p className={fr.cx('fr-mb-1w')}>
        {actor ? (
          <>
            {actorName(actor, lang)} · {tc.actorTypes[actor.type] ?? actor.type} ·{' '}
            <Link to={generatePath(paths.observatoryCountry, { country: actor.country })}>
              {countryName(actor.country, lang)}
            </Link>
          </>
        ) : (
          t.unregistered
        )}
      </p>
      {account.url && (
        <p className={fr.cx('fr-mb-2w')}>
          <a
            className={fr.cx('fr-link')}
            href={account.url}
            target="_blank"
            rel="noopener noreferrer"
            title={`${t.openOnNetwork(network)} – ${t.newWindow}`}
          >
            {t.openOnNetwork(network)}
          </a>
        </p>
      )}
      <dl className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        {figures.map((figure) => (
          <div key={figure.label} className={fr.cx('fr-col-6', 'fr-col-md-3')}>
            <dt className={fr.cx('fr-text--sm', 'fr-mb-0')}>{figure.label}</dt>
            <dd className={fr.cx('fr-text--lg', 'fr-text--bold', 'fr-ml-0', 'fr-mb-0')}>{figure.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
