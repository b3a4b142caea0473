// An event in a list (landing page, agenda, country page): its dates in its own time zone, where it takes
// place (or "online"), its type and summary. The whole card is the link to the event's page.
import { fr } from '@codegouvfr/react-dsfr';
import { Card } from '@codegouvfr/react-dsfr/Card';
import type { EventSummary } from '../../../../common/schemas/portal.ts';
import { useT } from '../../../app/i18n/lang.ts';
import { portalMessages } from '../messages.ts';
import { useDateFormats } from './format.ts';
import { eventUrl } from './portalUrls.ts';
import { useTerms } from './terms.ts';

export function useEventPlace() {
  const t = useT(portalMessages);
  const terms = useTerms();
  return (event: EventSummary) => {
    if (event.online) return t.online;
    return [event.venue, event.city, event.country ? terms.country(event.country) : ''].filter(Boolean).join(', ');
  };
}

export function EventCard({ event, titleAs = 'h3' }: { event: EventSummary; titleAs?: 'h2' | 'h3' | 'h4' }) {
  const terms = useTerms();
  const dates = useDateFormats();
  const place = useEventPlace();
  return (
    <Card
      title={event.title}
      titleAs={titleAs}
      linkProps={{ to: eventUrl(event.id) }}
      enlargeLink
      size="small"
      style={{ height: '100%' }}
      desc={event.summary}
      start={
        <ul className={fr.cx('fr-badges-group', 'fr-mb-1w')}>
          <li>
            <p className={fr.cx('fr-badge', 'fr-badge--sm', 'fr-badge--purple-glycine')}>
              {terms.eventType(event.type)}
            </p>
          </li>
        </ul>
      }
      detail={dates.eventDates(event.startsAt, event.endsAt, event.timezone)}
      endDetail={place(event)}
    />
  );
}
