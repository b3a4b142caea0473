// The frame of every signed-in network page: the sign-in gate, the network's navigation (entries follow the
// session's abilities, never re-derived rules), the page title as the only <h1>, then the page.
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { usePageTitle } from '../../../app/components/usePageTitle.ts';
import { useT } from '../../../app/i18n/lang.ts';
import { paths } from '../../../app/paths.ts';
import { RequireSignIn } from '../../auth/components/RequireSignIn.tsx';
import { useSession } from '../../auth/session/hooks/useSession.ts';
import { useNotificationCount } from '../notifications/api/useNotificationCount.ts';
import { frameMessages } from './frame.messages.ts';

type Section = keyof (typeof frameMessages)['fr']['nav'];
type Ability = 'network' | 'moderate' | 'audit';

const sections: readonly { key: Section; to: string; ability: Ability }[] = [
  { key: 'feed', to: paths.networkFeed, ability: 'network' },
  { key: 'spaces', to: paths.networkSpaces, ability: 'network' },
  { key: 'dealRooms', to: paths.networkDealRooms, ability: 'network' },
  { key: 'requests', to: paths.networkRequests, ability: 'network' },
  { key: 'messages', to: paths.networkMessages, ability: 'network' },
  { key: 'notifications', to: paths.networkNotifications, ability: 'network' },
  { key: 'members', to: paths.networkMembers, ability: 'network' },
  { key: 'search', to: paths.networkSearch, ability: 'network' },
  { key: 'moderation', to: paths.networkModeration, ability: 'moderate' },
  { key: 'audit', to: paths.networkAudit, ability: 'audit' },
];

export function NetworkNav() {
  const t = useT(frameMessages);
  const session = useSession();
  const { pathname } = useLocation();
  const abilities = session.me?.abilities;
  const count = useNotificationCount(abilities?.network === true);
  const unread = count.data?.unread ?? 0;
  return (
    <nav aria-label={t.navLabel} className={fr.cx('fr-mb-4w')}>
      <ul
        className={fr.cx('fr-raw-list')}
        style={{
          display: 'flex',
          flexWrap: 'wrap',
          columnGap: '1.5rem',
          rowGap: '0.25rem',
          borderBottom: '1px solid var(--border-default-grey)',
          paddingBottom: '0.5rem',
        }}
      >
        {sections
          .filter((s) => abilities?.[s.ability] === true)
          .map((section) => {
            const current = pathname === section.to || pathname.startsWith(`${section.to}/`);
            return (
              <li key={section.key}>
                <Link
                  to={section.to}
                  className={fr.cx('fr-link', 'fr-link--sm')}
                  aria-current={current ? 'page' : undefined}
                  style={current ? { fontWeight: 700 } : undefined}
                >
                  {t.nav[section.key]}
                  {section.key === 'notifications' && unread > 0 ? ` (${t.unread(unread)})` : null}
                </Link>
              </li>
            );
          })}
      </ul>
    </nav>
  );
}

/** A signed-in network page: gate, navigation, `<h1>{title}</h1>`, optional lead, then children. */
export function NetworkFrame({ title, lead, children }: { title: string; lead?: ReactNode; children: ReactNode }) {
  return (
    <RequireSignIn>
      <NetworkFrameInner title={title} lead={lead}>
        {children}
      </NetworkFrameInner>
    </RequireSignIn>
  );
}

function NetworkFrameInner({ title, lead, children }: { title: string; lead?: ReactNode; children: ReactNode }) {
  const t = useT(frameMessages);
  const session = useSession();
  usePageTitle(title);
  const active = session.me?.abilities.network === true;
  return (
    <div className={fr.cx('fr-container', 'fr-py-4w')}>
      <NetworkNav />
      <h1>{title}</h1>
      {lead ? <div className={fr.cx('fr-text--lead', 'fr-mb-3w')}>{lead}</div> : null}
      {active ? children : <Alert severity="warning" title={t.inactiveTitle} description={t.inactiveText} />}
    </div>
  );
}
