// /portail-export/agenda: the events, filtered by words, dates, country, sector, region and type (all in the
// URL), grouped by month in each event's own time zone, with the iCal feed of the same filters.
import { fr } from '@codegouvfr/react-dsfr';
import { Pagination } from '@codegouvfr/react-dsfr/Pagination';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { EventSummary } from '../../../../../common/schemas/portal.ts';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../../app/components/Loading.tsx';
import { useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { EventCard } from '../../components/EventCard.tsx';
import { monthKey, useDateFormats } from '../../components/format.ts';
import { PortalPageHeader } from '../../components/PortalPageHeader.tsx';
import { queryString, todayIso } from '../../components/portalUrls.ts';
import { type AgendaFilters, agendaFilterParams, hasAgendaFilters, parseAgendaFilters } from '../agendaState.ts';
import { useEvents } from '../api/useEvents.ts';
import { agendaMessages } from '../messages.ts';
import { AgendaFiltersForm } from './AgendaFiltersForm.tsx';
import { CalendarSubscription } from './CalendarSubscription.tsx';

export function AgendaPage() {
  const t = useT(agendaMessages);
  const dates = useDateFormats();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseAgendaFilters(params), [params]);
  const filterParams = agendaFilterParams(filters);
  // Without a start date the list shows what is still to come; the feed, left without one, stays "upcoming".
  const events = useEvents(queryString({ ...filterParams, from: filters.from || todayIso(), page: filters.page }));
  const data = events.data;
  const filtered = hasAgendaFilters(filters);

  const go = (next: AgendaFilters) =>
    setParams(
      new URLSearchParams(queryString({ ...agendaFilterParams(next), page: next.page > 1 ? next.page : undefined })),
      {
        preventScrollReset: true,
      },
    );

  const months = useMemo(() => {
    const groups = new Map<string, EventSummary[]>();
    for (const event of data?.items ?? []) {
      const key = monthKey(event.startsAt, event.timezone);
      groups.set(key, [...(groups.get(key) ?? []), event]);
    }
    return [...groups.entries()];
  }, [data]);
  const pageCount = data ? Math.max(1, Math.ceil(data.total / (data.pageSize || 20))) : 1;

  return (
    <>
      <PortalPageHeader title={t.title} lead={t.lead} />
      <AgendaFiltersForm
        filters={filters}
        onApply={go}
        onClear={() => go(parseAgendaFilters(new URLSearchParams()))}
        canClear={filtered}
      />
      <p role="status" className={fr.cx('fr-text--lg', 'fr-text--bold')}>
        {events.isFetching ? t.searching : data ? t.resultCount(data.total, !filters.from) : ''}
      </p>
      {events.isPending && <Loading />}
      <ApiErrorAlert error={events.error} />
      {data && data.items.length === 0 && <p>{filtered ? t.empty : t.emptyUpcoming}</p>}
      {months.map(([key, items]) => (
        <section key={key} aria-labelledby={`agenda-${key}`} className={fr.cx('fr-mb-5w')}>
          <h2 id={`agenda-${key}`} className={fr.cx('fr-h4')}>
            {dates.month(key)}
          </h2>
          <ul className={fr.cx('fr-grid-row', 'fr-grid-row--gutters', 'fr-raw-list')}>
            {items.map((event) => (
              <li key={event.id} className={fr.cx('fr-col-12', 'fr-col-md-6')}>
                <EventCard event={event} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      {pageCount > 1 && (
        <Pagination
          className={fr.cx('fr-mb-4w')}
          count={pageCount}
          defaultPage={Math.min(filters.page, pageCount)}
          getPageLinkProps={(page) => ({
            to: {
              pathname: paths.portalAgenda,
              search: queryString({ ...filterParams, page: page > 1 ? page : undefined }),
            },
          })}
        />
      )}
      <CalendarSubscription
        filters={filterParams}
        title={filtered ? t.subscribeTitle : t.subscribeAll}
        what={filtered ? t.theseEvents : t.allEvents}
        headingId="agenda-subscribe"
      />
    </>
  );
}
