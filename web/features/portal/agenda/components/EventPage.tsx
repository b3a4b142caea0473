// /portail-export/agenda/:id: one event. Its dates in its own time zone, place or "online", organiser, price,
// markets, sectors and steps, the organiser's page, and the agenda's iCal feed to add it to a calendar.
import { fr } from '@codegouvfr/react-dsfr';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { Event as PortalEvent } from '../../../../../common/schemas/portal.ts';
import { useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { useEventPlace } from '../../components/EventCard.tsx';
import { ExternalLink } from '../../components/ExternalLink.tsx';
import { spansSeveralDays, useDateFormats } from '../../components/format.ts';
import { Paragraphs } from '../../components/Paragraphs.tsx';
import { PortalItemPage } from '../../components/PortalNotFound.tsx';
import { PortalPageHeader } from '../../components/PortalPageHeader.tsx';
import { countryUrl, providerAnchorUrl, stepUrl } from '../../components/portalUrls.ts';
import { useTerms } from '../../components/terms.ts';
import { useStepsById } from '../../journey/api/useSteps.ts';
import { useEvent } from '../api/useEvent.ts';
import { agendaMessages } from '../messages.ts';
import { CalendarSubscription } from './CalendarSubscription.tsx';

export function EventPage() {
  const t = useT(agendaMessages);
  const id = useParams().id ?? '';
  const event = useEvent(id);
  const segments = [{ label: t.title, to: paths.portalAgenda }];

  return (
    <PortalItemPage
      query={event}
      notFound={{
        title: t.eventNotFoundTitle,
        text: t.eventNotFoundText,
        back: { label: t.backToAgenda, to: paths.portalAgenda },
      }}
      kicker={t.eventKicker}
      loadingLabel={t.loadingEvent}
      segments={segments}
    >
      {(item) => <EventView event={item} />}
    </PortalItemPage>
  );
}

function EventView({ event }: { event: PortalEvent }) {
  const t = useT(agendaMessages);
  const terms = useTerms();
  const dates = useDateFormats();
  const place = useEventPlace();
  const stepsById = useStepsById();
  const country = event.country ?? (event.countries.length === 1 ? event.countries[0] : undefined);

  return (
    <>
      <PortalPageHeader
        title={event.title}
        segments={[{ label: t.title, to: paths.portalAgenda }]}
        kicker={t.eventKicker}
        lead={event.summary}
      />
      <ul className={fr.cx('fr-badges-group', 'fr-mb-4w')}>
        <li>
          <p className={fr.cx('fr-badge', 'fr-badge--purple-glycine')}>{terms.eventType(event.type)}</p>
        </li>
        <li>
          <p className={fr.cx('fr-badge', event.price === 'free' ? 'fr-badge--green-emeraude' : null)}>
            {terms.price(event.price)}
          </p>
        </li>
        {event.online && (
          <li>
            <p className={fr.cx('fr-badge', 'fr-badge--blue-ecume')}>{place(event)}</p>
          </li>
        )}
      </ul>

      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <div className={fr.cx('fr-col-12', 'fr-col-md-8')}>
          <dl className={fr.cx('fr-mb-4w')}>
            <Fact term={t.when}>
              {dates.eventDates(event.startsAt, event.endsAt, event.timezone)}
              {!spansSeveralDays(event.startsAt, event.endsAt, event.timezone) && (
                <span className={fr.cx('fr-hint-text')}>
                  {t.timezoneNote(dates.zoneName(event.startsAt, event.timezone))}
                </span>
              )}
            </Fact>
            <Fact term={t.where}>{place(event)}</Fact>
            {event.provider && (
              <Fact term={t.organiser}>
                <Link to={providerAnchorUrl(event.provider.id)}>{event.provider.name}</Link>
              </Fact>
            )}
            <Fact term={t.price}>{terms.price(event.price)}</Fact>
            {event.countries.length > 0 && (
              <Fact term={t.markets}>
                <InlineList
                  items={event.countries.map((iso2) => ({
                    key: iso2,
                    node: <Link to={countryUrl(iso2)}>{terms.country(iso2)}</Link>,
                  }))}
                />
              </Fact>
            )}
            {event.sectors.length > 0 && (
              <Fact term={t.sectors}>
                <InlineList items={event.sectors.map((sector) => ({ key: sector, node: terms.sector(sector) }))} />
              </Fact>
            )}
            {event.steps.length > 0 && (
              <Fact term={t.steps}>
                <InlineList
                  items={event.steps.map((id) => {
                    const step = stepsById.get(id);
                    return {
                      key: String(id),
                      node: step ? <Link to={stepUrl(step.slug)}>{`${id}. ${step.name}`}</Link> : String(id),
                    };
                  })}
                />
              </Fact>
            )}
          </dl>
          {event.description && (
            <section aria-labelledby="event-about" className={fr.cx('fr-mb-4w')}>
              <h2 id="event-about">{t.aboutTitle}</h2>
              <Paragraphs text={event.description} />
            </section>
          )}
          {event.url && (
            <p className={fr.cx('fr-mb-4w')}>
              <ExternalLink href={event.url}>{t.register}</ExternalLink>
            </p>
          )}
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
          <CalendarSubscription
            filters={country ? { country } : {}}
            title={t.addToCalendarTitle}
            what={country ? t.countryEvents(terms.country(country)) : t.allEvents}
            headingId="event-calendar"
          />
        </div>
      </div>
    </>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className={fr.cx('fr-mb-2w')}>
      <dt className={fr.cx('fr-text--bold', 'fr-mb-1v')}>{term}</dt>
      <dd className={fr.cx('fr-ml-0')}>{children}</dd>
    </div>
  );
}

function InlineList({ items }: { items: readonly { key: string; node: ReactNode }[] }) {
  return (
    <ul className={fr.cx('fr-raw-list')} style={{ display: 'flex', flexWrap: 'wrap', columnGap: '1rem' }}>
      {items.map((item) => (
        <li key={item.key}>{item.node}</li>
      ))}
    </ul>
  );
}
