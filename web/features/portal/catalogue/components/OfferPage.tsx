// /portail-export/offres/:id: one support offer. What it is, who offers it (with the provider's page, an external
// link), its price, the steps it serves, who it is for, and the way to ask the hotline about it.
import { fr } from '@codegouvfr/react-dsfr';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { Offer } from '../../../../../common/schemas/portal.ts';
import { useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { ExternalLink } from '../../components/ExternalLink.tsx';
import { useDateFormats } from '../../components/format.ts';
import { Paragraphs } from '../../components/Paragraphs.tsx';
import { PortalItemPage } from '../../components/PortalNotFound.tsx';
import { PortalPageHeader } from '../../components/PortalPageHeader.tsx';
import { catalogueUrl, countryUrl, providerAnchorUrl, regionAnchorUrl, stepUrl } from '../../components/portalUrls.ts';
import { useTerms } from '../../components/terms.ts';
import { useRegions } from '../../directories/api/useRegions.ts';
import { useStepsById } from '../../journey/api/useSteps.ts';
import { useOffer } from '../api/useOffer.ts';
import { catalogueMessages } from '../messages.ts';

export function OfferPage() {
  const t = useT(catalogueMessages);
  const id = useParams().id ?? '';
  const offer = useOffer(id);
  const segments = [{ label: t.title, to: paths.portalCatalogue }];

  return (
    <PortalItemPage
      query={offer}
      notFound={{
        title: t.offerNotFoundTitle,
        text: t.offerNotFoundText,
        back: { label: t.backToCatalogue, to: paths.portalCatalogue },
      }}
      kicker={t.offerKicker}
      loadingLabel={t.loadingOffer}
      segments={segments}
    >
      {(item) => <OfferView offer={item} />}
    </PortalItemPage>
  );
}

function OfferView({ offer }: { offer: Offer }) {
  const t = useT(catalogueMessages);
  const terms = useTerms();
  const dates = useDateFormats();
  const stepsById = useStepsById();
  const provider = offer.provider.shortName || offer.provider.name;

  return (
    <>
      <PortalPageHeader
        title={offer.title}
        segments={[{ label: t.title, to: paths.portalCatalogue }]}
        kicker={t.offerKicker}
        lead={offer.summary}
      />
      <p className={fr.cx('fr-mb-2w')}>
        {t.providedBy} <Link to={providerAnchorUrl(offer.provider.id)}>{offer.provider.name}</Link>
      </p>
      <ul className={fr.cx('fr-badges-group', 'fr-mb-4w')}>
        <li>
          <p className={fr.cx('fr-badge', 'fr-badge--blue-ecume')}>{terms.offerType(offer.type)}</p>
        </li>
        <li>
          <p className={fr.cx('fr-badge', offer.price === 'free' ? 'fr-badge--green-emeraude' : null)}>
            {terms.price(offer.price)}
          </p>
        </li>
      </ul>

      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-8')}>
          <section aria-labelledby="offer-description" className={fr.cx('fr-mb-5w')}>
            <h2 id="offer-description">{t.descriptionTitle}</h2>
            <Paragraphs text={offer.description || offer.summary} />
            {offer.url && (
              <p>
                <ExternalLink href={offer.url}>{t.providerPage(provider)}</ExternalLink>
              </p>
            )}
          </section>
          <Audience offer={offer} />
        </div>

        <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
          <section
            aria-labelledby="offer-practical"
            className={fr.cx('fr-p-3w', 'fr-mb-4w')}
            style={{ background: 'var(--background-alt-blue-france)' }}
          >
            <h2 id="offer-practical" className={fr.cx('fr-h5')}>
              {t.practicalTitle}
            </h2>
            <dl className={fr.cx('fr-mb-0')}>
              <Fact term={t.type}>{terms.offerType(offer.type)}</Fact>
              <Fact term={t.price}>
                {terms.price(offer.price)}
                {offer.priceNote && <span className={fr.cx('fr-hint-text', 'fr-mt-1v')}>{offer.priceNote}</span>}
              </Fact>
              <Fact term={t.steps}>
                <ul className={fr.cx('fr-raw-list')}>
                  {offer.steps.map((id) => {
                    const step = stepsById.get(id);
                    return (
                      <li key={id}>
                        {step ? (
                          <Link to={stepUrl(step.slug)}>
                            {id}. {step.name}
                          </Link>
                        ) : (
                          id
                        )}
                      </li>
                    );
                  })}
                </ul>
              </Fact>
              <Fact term={t.providedBy}>
                <ul className={fr.cx('fr-raw-list')}>
                  <li>
                    <Link to={providerAnchorUrl(offer.provider.id)}>{t.aboutProvider(provider)}</Link>
                  </li>
                  <li>
                    <Link to={catalogueUrl({ provider: offer.provider.id })}>{t.otherOffers(provider)}</Link>
                  </li>
                </ul>
              </Fact>
            </dl>
            <p className={fr.cx('fr-text--xs', 'fr-mb-0', 'fr-mt-2w')}>{t.updatedOn(dates.day(offer.updatedAt))}</p>
          </section>
          <section aria-labelledby="offer-hotline" className={fr.cx('fr-callout', 'fr-mb-4w')}>
            <h2 id="offer-hotline" className={fr.cx('fr-callout__title', 'fr-h6')}>
              {t.askHotlineTitle}
            </h2>
            <p className={fr.cx('fr-callout__text', 'fr-text--sm')}>{t.askHotlineText}</p>
            <Link className={fr.cx('fr-btn', 'fr-btn--secondary', 'fr-mt-2w')} to={paths.portalHotline}>
              {t.askHotline}
            </Link>
          </section>
        </div>
      </div>
    </>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className={fr.cx('fr-mb-2w')}>
      <dt className={fr.cx('fr-text--bold', 'fr-text--sm', 'fr-mb-1v')}>{term}</dt>
      <dd className={fr.cx('fr-ml-0', 'fr-text--sm', 'fr-mb-0')}>{children}</dd>
    </div>
  );
}

/** Who the offer is for; an empty list means "every": the API's convention, said in words here. */
function Audience({ offer }: { offer: Offer }) {
  const t = useT(catalogueMessages);
  const terms = useTerms();
  const regions = useRegions({ enabled: offer.regions.length > 0 });
  const regionsByCode = new Map((regions.data?.items ?? []).map((region) => [region.code, region]));
  const list = (items: readonly { key: string; node: ReactNode }[], all: string) =>
    items.length === 0 ? (
      all
    ) : (
      <ul className={fr.cx('fr-raw-list')}>
        {items.map((item) => (
          <li key={item.key}>{item.node}</li>
        ))}
      </ul>
    );
  const labelled = <K extends string>(values: readonly K[], label: (value: K) => string) =>
    values.map((value) => ({ key: value, node: label(value) }));
  return (
    <section aria-labelledby="offer-audience" className={fr.cx('fr-mb-5w')}>
      <h2 id="offer-audience">{t.audienceTitle}</h2>
      <dl>
        <Fact term={t.sizes}>{list(labelled(offer.companySizes, terms.companySize), t.allSizes)}</Fact>
        <Fact term={t.maturities}>{list(labelled(offer.maturities, terms.maturity), t.allMaturities)}</Fact>
        <Fact term={t.sectors}>{list(labelled(offer.sectors, terms.sector), t.allSectors)}</Fact>
        <Fact term={t.regions}>
          {list(
            offer.regions.map((code) => {
              const region = regionsByCode.get(code);
              return { key: code, node: region ? <Link to={regionAnchorUrl(region.slug)}>{region.name}</Link> : code };
            }),
            t.allRegions,
          )}
        </Fact>
        <Fact term={t.countries}>
          {list(
            offer.countries.map((iso2) => ({
              key: iso2,
              node: <Link to={countryUrl(iso2)}>{terms.country(iso2)}</Link>,
            })),
            t.allCountries,
          )}
        </Fact>
      </dl>
    </section>
  );
}
