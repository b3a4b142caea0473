// "Subscribe to these events": the iCal feed of the agenda with the same filters as the page (or a country's),
// its webcal:// variant that calendar apps open directly, and the feed's address to copy.
import { fr } from '@codegouvfr/react-dsfr';
import { useT } from '../../../../app/i18n/lang.ts';
import { portalApi, type QueryValue } from '../../components/portalUrls.ts';
import { agendaMessages } from '../messages.ts';

/** The feed's absolute address, and the same with the webcal scheme. */
function feedUrls(path: string): { https: string; webcal: string } {
  const origin = typeof window === 'undefined' ? '' : window.location.origin;
  const https = `${origin}${path}`;
  return { https, webcal: https.replace(/^https?:/, 'webcal:') };
}

export function CalendarSubscription({
  filters,
  title,
  what,
  headingId,
  titleAs: Title = 'h2',
}: {
  /** Agenda filters (q, from, to, country, sector, region, type): the feed carries the same. */
  filters: Record<string, QueryValue>;
  title: string;
  /** What the feed holds, to complete the links' text: "des événements sur le Viêt Nam". */
  what: string;
  headingId: string;
  titleAs?: 'h2' | 'h3';
}) {
  const t = useT(agendaMessages);
  const path = portalApi('/events.ics', filters);
  const urls = feedUrls(path);
  return (
    <section
      aria-labelledby={headingId}
      className={fr.cx('fr-p-3w', 'fr-mb-4w')}
      style={{ background: 'var(--background-alt-grey)' }}
    >
      <Title id={headingId} className={fr.cx('fr-h5')}>
        <span className={fr.cx('fr-icon-calendar-line', 'fr-mr-1w')} aria-hidden="true" />
        {title}
      </Title>
      <p className={fr.cx('fr-text--sm')}>{t.subscribeText}</p>
      <ul className={fr.cx('fr-raw-list', 'fr-mb-2w')}>
        <li className={fr.cx('fr-mb-1w')}>
          <a className={fr.cx('fr-link', 'fr-icon-calendar-event-line', 'fr-link--icon-left')} href={urls.webcal}>
            {t.webcalLink(what)}
          </a>
        </li>
        <li>
          <a className={fr.cx('fr-link', 'fr-link--download')} href={path} type="text/calendar">
            {t.feedLink(what)}
          </a>
        </li>
      </ul>
      <div className={fr.cx('fr-input-group', 'fr-mb-0')}>
        <label className={fr.cx('fr-label')} htmlFor={`${headingId}-address`}>
          {t.feedAddress}
        </label>
        <input
          className={fr.cx('fr-input')}
          id={`${headingId}-address`}
          type="url"
          readOnly
          value={urls.https}
          onFocus={(event) => event.currentTarget.select()}
        />
      </div>
    </section>
  );
}
