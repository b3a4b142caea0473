// /portail-export/etapes/:slug: one step of the export journey, its published offers and the contacts to ask,
// with links to the previous and next steps.
import { fr } from '@codegouvfr/react-dsfr';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { CONTACT_KINDS } from '../../../../../common/portal-terms.ts';
import type { Contact, Step } from '../../../../../common/schemas/portal.ts';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../../app/components/Loading.tsx';
import { useLang, useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { ContactCard } from '../../components/ContactCard.tsx';
import { OfferCard } from '../../components/OfferCard.tsx';
import { isNotFound, PortalNotFound } from '../../components/PortalNotFound.tsx';
import { PortalPageHeader } from '../../components/PortalPageHeader.tsx';
import { catalogueUrl, stepUrl } from '../../components/portalUrls.ts';
import { ShowMoreList } from '../../components/ShowMoreList.tsx';
import { compareLabels, useTerms } from '../../components/terms.ts';
import { portalMessages } from '../../messages.ts';
import { useStepPage } from '../api/useStepPage.ts';
import { useSteps, useStepsById } from '../api/useSteps.ts';
import { journeyMessages } from '../messages.ts';

export function StepPage() {
  const t = useT(journeyMessages);
  const tp = useT(portalMessages);
  const slug = useParams().slug ?? '';
  const page = useStepPage(slug);
  const stepsById = useStepsById();

  if (isNotFound(page.error)) {
    return (
      <PortalNotFound
        title={t.stepNotFoundTitle}
        text={t.stepNotFoundText}
        back={{ label: tp.backToPortal, to: paths.portal }}
      />
    );
  }
  if (!page.data) {
    return (
      <>
        <PortalPageHeader title={t.stepTitle} />
        {page.isPending ? <Loading label={t.loadingStep} /> : <ApiErrorAlert error={page.error} />}
      </>
    );
  }

  const { step, contacts } = page.data;
  // Offers open to the whole of France first, then the regions' own.
  const offers = [...page.data.offers].sort((a, b) => Number(a.regions.length > 0) - Number(b.regions.length > 0));
  return (
    <>
      <PortalPageHeader
        title={step.name}
        documentTitle={tp.labelled(tp.stepNumber(step.id), step.name)}
        kicker={t.stepKicker(step.id)}
        lead={step.summary}
      />
      <section aria-labelledby="step-offers" className={fr.cx('fr-mb-6w')}>
        <h2 id="step-offers">{t.offersTitle}</h2>
        <p>{t.offersCount(offers.length)}</p>
        {offers.length > 0 && (
          <>
            <ShowMoreList
              items={offers}
              initial={9}
              itemKey={(offer) => offer.id}
              renderItem={(offer) => <OfferCard offer={offer} stepsById={stepsById} />}
              moreLabel={t.showMoreOffers}
              lessLabel={t.showLessOffers}
            />
            <p>
              <Link
                className={fr.cx('fr-link', 'fr-icon-arrow-right-line', 'fr-link--icon-right')}
                to={catalogueUrl({ step: step.id })}
              >
                {t.offersInCatalogue}
              </Link>
            </p>
          </>
        )}
      </section>
      <section aria-labelledby="step-contacts" className={fr.cx('fr-mb-6w')}>
        <h2 id="step-contacts">{t.contactsTitle}</h2>
        {contacts.length === 0 ? <p>{t.contactsEmpty}</p> : <ContactGroups contacts={contacts} />}
        <p>
          <Link
            className={fr.cx('fr-link', 'fr-icon-questionnaire-line', 'fr-link--icon-left')}
            to={paths.portalHotline}
          >
            {t.askHotline}
          </Link>
        </p>
      </section>
      <NeighbourSteps current={step.id} />
    </>
  );
}

/** The step's contacts by kind (regional advisers, embassies' economic services...), sorted by country or name. */
function ContactGroups({ contacts }: { contacts: readonly Contact[] }) {
  const t = useT(journeyMessages);
  const terms = useTerms();
  const lang = useLang();
  const groups = useMemo(() => {
    const compare = compareLabels(lang);
    const place = (contact: Contact) => (contact.country ? terms.country(contact.country) : contact.name);
    return CONTACT_KINDS.map((kind) => ({
      kind,
      label: terms.contactKind(kind),
      members: contacts.filter((contact) => contact.kind === kind).sort((a, b) => compare(place(a), place(b))),
    })).filter((group) => group.members.length > 0);
  }, [contacts, terms, lang]);
  return (
    <>
      {groups.map((group) => (
        <div key={group.kind} className={fr.cx('fr-mb-4w')}>
          <h3 className={fr.cx('fr-h5')}>{t.contactGroup(group.label, group.members.length)}</h3>
          <ShowMoreList
            items={group.members}
            initial={6}
            itemKey={(contact) => contact.id}
            renderItem={(contact) => <ContactCard contact={contact} titleAs="h4" showKind={false} />}
            moreLabel={(hidden) => t.showMoreContacts(hidden, group.label)}
            lessLabel={t.showLessContacts(group.label)}
          />
        </div>
      ))}
    </>
  );
}

function NeighbourSteps({ current }: { current: number }) {
  const t = useT(journeyMessages);
  const tp = useT(portalMessages);
  const steps = useSteps();
  const items = steps.data?.items ?? [];
  const index = items.findIndex((step) => step.id === current);
  if (index < 0) return null;
  const previous: Step | undefined = items[index - 1];
  const next: Step | undefined = items[index + 1];
  return (
    <nav aria-label={t.stepsNavLabel} className={fr.cx('fr-mb-4w')}>
      <ul className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-raw-list')}>
        <li className={fr.cx('fr-col-12', 'fr-col-md-6')}>
          {previous && (
            <Link
              className={fr.cx('fr-link', 'fr-icon-arrow-left-line', 'fr-link--icon-left')}
              to={stepUrl(previous.slug)}
              rel="prev"
            >
              {tp.labelled(t.previousStep, `${previous.id}. ${previous.name}`)}
            </Link>
          )}
        </li>
        <li className={fr.cx('fr-col-12', 'fr-col-md-6')} style={{ textAlign: 'right' }}>
          {next && (
            <Link
              className={fr.cx('fr-link', 'fr-icon-arrow-right-line', 'fr-link--icon-right')}
              to={stepUrl(next.slug)}
              rel="next"
            >
              {tp.labelled(t.nextStep, `${next.id}. ${next.name}`)}
            </Link>
          )}
        </li>
      </ul>
    </nav>
  );
}
