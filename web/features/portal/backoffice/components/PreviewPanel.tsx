// The preview: the item as the public will read it once its saved version is published, in French or English,
// framed and labelled as a preview. It renders the public answer of GET .../preview (the public schemas), with
// the portal's own cards and texts.
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { SegmentedControl } from '@codegouvfr/react-dsfr/SegmentedControl';
import { type ReactNode, useState } from 'react';
import type { ContentKind, Lang } from '../../../../../common/portal-terms.ts';
import type { Event, News, Offer } from '../../../../../common/schemas/portal.ts';
import type { CountryPreview } from '../../../../../common/schemas/portal-backoffice.ts';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../../app/components/Loading.tsx';
import { useLang, useT } from '../../../../app/i18n/lang.ts';
import { ContactCard } from '../../components/ContactCard.tsx';
import { ExternalLink } from '../../components/ExternalLink.tsx';
import { makeDateFormats } from '../../components/format.ts';
import { Paragraphs } from '../../components/Paragraphs.tsx';
import { makeTerms, type Terms } from '../../components/terms.ts';
import { useStepsById } from '../../journey/api/useSteps.ts';
import { type PreviewOf, useContentPreview } from '../api/useContentPreview.ts';
import { useReferences } from '../api/useReferences.ts';
import { backofficeMessages } from '../messages.ts';

export function PreviewPanel({ kind, id, unsaved }: { kind: ContentKind; id: string; unsaved: boolean }) {
  const t = useT(backofficeMessages);
  const [lang, setLang] = useState<Lang>(useLang());
  const preview = useContentPreview(kind, id, lang, true);
  return (
    <section aria-labelledby="bo-preview-title" className={fr.cx('fr-mb-5w')}>
      <h2 id="bo-preview-title" className={fr.cx('fr-h4')}>
        {t.previewTitle}
      </h2>
      <Alert
        className={fr.cx('fr-mb-2w')}
        severity="info"
        small
        description={unsaved ? `${t.previewNotice} ${t.previewUnsaved}` : t.previewNotice}
      />
      <SegmentedControl
        className={fr.cx('fr-mb-2w')}
        legend={t.previewLang}
        small
        segments={[
          { label: t.langFr, nativeInputProps: { checked: lang === 'fr', onChange: () => setLang('fr') } },
          { label: t.langEn, nativeInputProps: { checked: lang === 'en', onChange: () => setLang('en') } },
        ]}
      />
      <div
        lang={lang}
        className={fr.cx('fr-p-3w')}
        style={{ border: '2px dashed var(--border-default-blue-france)' }}
        data-testid="backoffice-preview"
      >
        <p className={fr.cx('fr-mb-2w')}>
          <Badge severity="new" small>
            {backofficeMessages[lang].previewBadge}
          </Badge>
        </p>
        {preview.error ? (
          <ApiErrorAlert error={preview.error} />
        ) : !preview.data ? (
          <Loading />
        ) : (
          <PreviewBody kind={kind} data={preview.data} lang={lang} />
        )}
      </div>
    </section>
  );
}

function PreviewBody<K extends ContentKind>({ kind, data, lang }: { kind: K; data: PreviewOf[K]; lang: Lang }) {
  const terms = makeTerms(lang);
  switch (kind) {
    case 'offer':
      return <OfferPreview offer={data as Offer} terms={terms} lang={lang} />;
    case 'event':
      return <EventPreview event={data as Event} terms={terms} lang={lang} />;
    case 'news':
      return <NewsPreview news={data as News} lang={lang} />;
    case 'contact':
      return <ContactCard contact={data as PreviewOf['contact']} titleAs="h3" />;
    default:
      return <CountryPreviewView country={data as CountryPreview} terms={terms} lang={lang} />;
  }
}

function Facts({ items }: { items: [string, ReactNode][] }) {
  return (
    <dl>
      {items.map(([term, value]) => (
        <div key={term} className={fr.cx('fr-mb-1w')}>
          <dt className={fr.cx('fr-text--bold')}>{term}</dt>
          <dd className={fr.cx('fr-ml-0')}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

const joined = (values: string[], all: string) => (values.length === 0 ? all : values.join(', '));

function OfferPreview({ offer, terms, lang }: { offer: Offer; terms: Terms; lang: Lang }) {
  const t = backofficeMessages[lang];
  const stepsById = useStepsById();
  const regions = new Map((useReferences().data?.regions ?? []).map((r) => [r.code, r.name]));
  return (
    <article>
      <h3>{offer.title}</h3>
      <p className={fr.cx('fr-text--lead')}>{offer.summary}</p>
      <p>{offer.provider.name}</p>
      <ul className={fr.cx('fr-badges-group', 'fr-mb-3w')}>
        <li>
          <p className={fr.cx('fr-badge', 'fr-badge--blue-ecume')}>{terms.offerType(offer.type)}</p>
        </li>
        <li>
          <p className={fr.cx('fr-badge')}>{terms.price(offer.price)}</p>
        </li>
      </ul>
      <h4>{t.description}</h4>
      <Paragraphs text={offer.description} />
      {offer.url && (
        <p>
          <ExternalLink href={offer.url}>{offer.url}</ExternalLink>
        </p>
      )}
      <h4>{t.practical}</h4>
      <Facts
        items={[
          [t.steps, offer.steps.map((id) => `${id}. ${stepsById.get(id)?.name ?? ''}`.trim()).join(', ')],
          [
            t.audience,
            [
              joined(offer.companySizes.map(terms.companySize), t.allSizes),
              joined(offer.maturities.map(terms.maturity), t.allMaturities),
              joined(offer.sectors.map(terms.sector), t.allSectors),
              joined(
                offer.regions.map((code) => regions.get(code) ?? code),
                t.allRegions,
              ),
              joined(offer.countries.map(terms.country), t.allCountries),
            ].join(' · '),
          ],
          ...(offer.priceNote ? [[terms.price(offer.price), offer.priceNote] as [string, ReactNode]] : []),
        ]}
      />
    </article>
  );
}

function EventPreview({ event, terms, lang }: { event: Event; terms: Terms; lang: Lang }) {
  const t = backofficeMessages[lang];
  const dates = makeDateFormats(lang);
  const place = [event.venue, event.city, event.country ? terms.country(event.country) : ''].filter(Boolean).join(', ');
  return (
    <article>
      <p className={fr.cx('fr-text--sm', 'fr-text--bold', 'fr-mb-1v')}>{terms.eventType(event.type)}</p>
      <h3>{event.title}</h3>
      <p className={fr.cx('fr-text--lead')}>{event.summary}</p>
      <Facts
        items={[
          [t.sections.when, dates.eventDates(event.startsAt, event.endsAt, event.timezone)],
          ...(place ? [[t.sections.where, place] as [string, ReactNode]] : []),
          ...(event.provider ? [[t.practical, event.provider.name] as [string, ReactNode]] : []),
        ]}
      />
      <h4>{t.description}</h4>
      <Paragraphs text={event.description} />
      {event.url && (
        <p>
          <ExternalLink href={event.url}>{event.url}</ExternalLink>
        </p>
      )}
    </article>
  );
}

function NewsPreview({ news, lang }: { news: News; lang: Lang }) {
  const dates = makeDateFormats(lang);
  return (
    <article>
      <p className={fr.cx('fr-text--sm', 'fr-mb-1v')}>{dates.day(news.dated)}</p>
      <h3>{news.title}</h3>
      <p className={fr.cx('fr-text--lead')}>{news.summary}</p>
      <Paragraphs text={news.body} />
    </article>
  );
}

function CountryPreviewView({ country, terms, lang }: { country: CountryPreview; terms: Terms; lang: Lang }) {
  const t = backofficeMessages[lang];
  return (
    <article>
      <h3>{country.name}</h3>
      <Paragraphs text={country.intro} />
      {country.sectors.length > 0 && (
        <>
          <h4>{t.sectorsTitle}</h4>
          <ul>
            {country.sectors.map((sector) => (
              <li key={sector}>{terms.sector(sector)}</li>
            ))}
          </ul>
        </>
      )}
      {country.sources.length > 0 && (
        <>
          <h4>{t.sourcesTitle}</h4>
          <ul>
            {country.sources.map((source) => (
              <li key={source.url} lang={source.lang}>
                <ExternalLink href={source.url}>{source.title}</ExternalLink>
                {source.publisher && ` – ${source.publisher}`}
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
