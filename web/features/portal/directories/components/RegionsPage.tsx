// /portail-export/regions: the 18 French regions, each with its export website and its regional contacts. Each
// region has an anchor (#slug) that other pages link to; an index at the top leads to them.
import { fr } from '@codegouvfr/react-dsfr';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../../app/components/Loading.tsx';
import { useT } from '../../../../app/i18n/lang.ts';
import { ContactGrid } from '../../components/ContactCard.tsx';
import { ExternalLink } from '../../components/ExternalLink.tsx';
import { PortalPageHeader } from '../../components/PortalPageHeader.tsx';
import { useScrollToHash } from '../../components/useScrollToHash.ts';
import { useRegions } from '../api/useRegions.ts';
import { directoriesMessages } from '../messages.ts';

export function RegionsPage() {
  const t = useT(directoriesMessages);
  const regions = useRegions();
  const items = regions.data?.items ?? [];
  useScrollToHash(items.length > 0);
  return (
    <>
      <PortalPageHeader title={t.regionsTitle} lead={t.regionsLead} />
      {regions.isPending && <Loading />}
      <ApiErrorAlert error={regions.error} />
      {regions.isSuccess && <p>{items.length === 0 ? t.regionsEmpty : t.regionsCount(items.length)}</p>}
      {items.length > 0 && (
        <>
          <nav aria-labelledby="regions-index" className={fr.cx('fr-mb-6w')}>
            <h2 id="regions-index" className={fr.cx('fr-h6', 'fr-mb-2w')}>
              {t.regionsIndex}
            </h2>
            <ul className={fr.cx('fr-raw-list')} style={{ columnWidth: '16rem', columnGap: '2rem' }}>
              {items.map((region) => (
                <li key={region.code} className={fr.cx('fr-mb-1v')}>
                  <a className={fr.cx('fr-link')} href={`#${region.slug}`}>
                    {region.name}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {items.map((region) => (
            <section
              key={region.code}
              id={region.slug}
              aria-labelledby={`${region.slug}-title`}
              className={fr.cx('fr-mb-6w')}
              style={{ scrollMarginTop: '1rem' }}
            >
              <h2 id={`${region.slug}-title`}>{region.name}</h2>
              {region.exportSiteUrl && (
                <p>
                  <ExternalLink href={region.exportSiteUrl}>{t.exportSite(region.name)}</ExternalLink>
                </p>
              )}
              <ContactGrid contacts={region.contacts} emptyText={t.regionContactsEmpty} />
              <p className={fr.cx('fr-text--sm')}>
                <a
                  className={fr.cx('fr-link', 'fr-link--sm', 'fr-icon-arrow-up-line', 'fr-link--icon-left')}
                  href="#regions-index"
                >
                  {t.backToTop}
                </a>
              </p>
            </section>
          ))}
        </>
      )}
    </>
  );
}
