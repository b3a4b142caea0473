// /portail-export/partenaires: the providers and partners of the catalogue, each with its kind, its Team France
// Export membership, its site and a link to its offers in the catalogue. Each has an anchor (#id) for links.
import { fr } from '@codegouvfr/react-dsfr';
import { Link } from 'react-router';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../../app/components/Loading.tsx';
import { useT } from '../../../../app/i18n/lang.ts';
import { ExternalLink } from '../../components/ExternalLink.tsx';
import { PortalPageHeader } from '../../components/PortalPageHeader.tsx';
import { catalogueUrl } from '../../components/portalUrls.ts';
import { useTerms } from '../../components/terms.ts';
import { useScrollToHash } from '../../components/useScrollToHash.ts';
import { portalMessages } from '../../messages.ts';
import { useProviders } from '../api/useProviders.ts';
import { journeyMessages } from '../messages.ts';

export function PartnersPage() {
  const t = useT(journeyMessages);
  const tp = useT(portalMessages);
  const terms = useTerms();
  const providers = useProviders();
  const items = providers.data?.items ?? [];
  useScrollToHash(items.length > 0);
  return (
    <>
      <PortalPageHeader title={t.partnersTitle} lead={t.partnersLead} />
      {providers.isPending && <Loading />}
      <ApiErrorAlert error={providers.error} />
      {providers.isSuccess && <p>{items.length === 0 ? t.partnersEmpty : t.partnersCount(items.length)}</p>}
      {items.length > 0 && (
        <ul className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-raw-list')}>
          {items.map((provider) => (
            <li key={provider.id} className={fr.cx('fr-col-12', 'fr-col-md-6')}>
              <article
                id={provider.id}
                aria-labelledby={`${provider.id}-name`}
                className={fr.cx('fr-card', 'fr-card--no-arrow')}
                style={{ height: '100%', scrollMarginTop: '1rem' }}
              >
                <div className={fr.cx('fr-card__body')}>
                  <div className={fr.cx('fr-card__content')}>
                    <h2 id={`${provider.id}-name`} className={fr.cx('fr-card__title', 'fr-h5')}>
                      {provider.name}
                      {provider.shortName && provider.shortName !== provider.name && (
                        <span className={fr.cx('fr-text--md')} style={{ fontWeight: 400 }}>
                          {' '}
                          ({provider.shortName})
                        </span>
                      )}
                    </h2>
                    <p className={fr.cx('fr-card__desc')}>{provider.description}</p>
                    <div className={fr.cx('fr-card__start')}>
                      <ul className={fr.cx('fr-badges-group', 'fr-mb-1w')}>
                        <li>
                          <p className={fr.cx('fr-badge', 'fr-badge--sm')}>
                            <span className={fr.cx('fr-sr-only')}>
                              {t.kind}
                              {tp.colon}
                            </span>
                            {terms.providerKind(provider.kind)}
                          </p>
                        </li>
                        {provider.teamFranceExport && (
                          <li>
                            <p className={fr.cx('fr-badge', 'fr-badge--sm', 'fr-badge--blue-ecume')}>
                              {t.teamFranceExport}
                            </p>
                          </li>
                        )}
                      </ul>
                    </div>
                    <ul className={fr.cx('fr-raw-list', 'fr-mt-2w')} style={{ order: 3 }}>
                      <li className={fr.cx('fr-mb-1v')}>
                        {provider.offerCount > 0 ? (
                          <Link className={fr.cx('fr-link')} to={catalogueUrl({ provider: provider.id })}>
                            {t.offersOf(provider.offerCount, provider.name)}
                          </Link>
                        ) : (
                          t.offersOf(0, provider.name)
                        )}
                      </li>
                      {provider.url && (
                        <li>
                          <ExternalLink href={provider.url}>{t.website(provider.name)}</ExternalLink>
                        </li>
                      )}
                    </ul>
                  </div>
                </div>
              </article>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
