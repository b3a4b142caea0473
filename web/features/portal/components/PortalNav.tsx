// The portal's sub-navigation, shown under the breadcrumb of every portal page (journey, catalogue, directories,
// agenda, news, self-assessment, hotline). The current section is marked with aria-current and bold
// type, not by colour alone.
import { fr } from '@codegouvfr/react-dsfr';
import { Link, useLocation } from 'react-router';
import { useT } from '../../../app/i18n/lang.ts';
import { paths } from '../../../app/paths.ts';
import { portalMessages } from '../messages.ts';

type Section = keyof (typeof portalMessages)['fr']['nav'];

const sections: readonly { key: Section; to: string; also?: readonly string[] }[] = [
  { key: 'journey', to: paths.portal, also: ['/portail-export/etapes/'] },
  { key: 'catalogue', to: paths.portalCatalogue },
  { key: 'partners', to: paths.portalPartners },
  { key: 'regions', to: paths.portalRegions },
  { key: 'countries', to: paths.portalCountries },
  { key: 'agenda', to: paths.portalAgenda },
  { key: 'news', to: paths.portalNews },
  { key: 'assessment', to: paths.portalAssessment },
  { key: 'hotline', to: paths.portalHotline },
];

function isCurrent(pathname: string, section: (typeof sections)[number]): boolean {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (section.key === 'journey') return path === section.to || (section.also ?? []).some((p) => path.startsWith(p));
  return path === section.to || path.startsWith(`${section.to}/`);
}

export function PortalNav() {
  const t = useT(portalMessages);
  const { pathname } = useLocation();
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
        {sections.map((section) => {
          const current = isCurrent(pathname, section);
          return (
            <li key={section.key}>
              <Link
                to={section.to}
                className={fr.cx('fr-link', 'fr-link--sm')}
                aria-current={current ? 'page' : undefined}
                style={current ? { fontWeight: 700 } : undefined}
              >
                {t.nav[section.key]}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
