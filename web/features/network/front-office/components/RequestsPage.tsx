// The front office's list: for agents, their queues' counts and the queue table (status, queue, "mes demandes",
// overdue and text filters; longest waiting first); for companies, "Mes demandes" with status and routed contacts.
import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { REQUEST_STATUSES, type Sector, sectorLabels } from '../../../../../common/network-terms.ts';
import type { RequestList, RequestListItem } from '../../../../../common/schemas/network-front-office.ts';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../../app/components/Loading.tsx';
import { formatDate, useLang, useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { useSession } from '../../../auth/session/hooks/useSession.ts';
import { makeTerms } from '../../../portal/components/terms.ts';
import { ListPagination } from '../../components/ListPagination.tsx';
import { NetworkFrame } from '../../components/NetworkFrame.tsx';
import { useFrontOffices } from '../api/useFrontOffices.ts';
import { PAGE_SIZE, type RequestFilters, useRequests } from '../api/useRequests.ts';
import { frontOfficeMessages } from '../messages.ts';
import { StatusBadge } from './StatusBadge.tsx';
import { Waiting } from './Waiting.tsx';

export const requestPath = (id: string) => paths.networkRequest.replace(':id', encodeURIComponent(id));

export function RequestsPage() {
  const t = useT(frontOfficeMessages);
  const session = useSession();
  const isAgent = session.me?.abilities.agent === true;
  return (
    <NetworkFrame title={t.listTitle} lead={isAgent ? t.listLeadAgent : t.listLeadCompany}>
      {isAgent ? <AgentQueue /> : <OwnRequests />}
    </NetworkFrame>
  );
}

/** The filters live in the address, so a filtered queue can be bookmarked and shared between agents. */
interface FiltersState {
  filters: RequestFilters;
  update: (next: Partial<RequestFilters>) => void;
  /** The address's query for the filters changed by `next` (pagination links). */
  searchFor: (next: Partial<RequestFilters>) => string;
}

function useFilters(): FiltersState {
  const [params, setParams] = useSearchParams();
  const status = params.get('statut') ?? '';
  const filters: RequestFilters = {
    status: (REQUEST_STATUSES as readonly string[]).includes(status) ? status : '',
    queue: params.get('file') ?? '',
    mine: params.get('mes') === '1',
    overdue: params.get('retard') === '1',
    q: params.get('q') ?? '',
    page: Math.max(1, Number(params.get('page')) || 1),
  };
  const searchFor = (next: Partial<RequestFilters>) => {
    const merged = { ...filters, page: 1, ...next };
    const out = new URLSearchParams();
    if (merged.status) out.set('statut', merged.status);
    if (merged.queue) out.set('file', merged.queue);
    if (merged.mine) out.set('mes', '1');
    if (merged.overdue) out.set('retard', '1');
    if (merged.q) out.set('q', merged.q);
    if (merged.page > 1) out.set('page', String(merged.page));
    return out.toString();
  };
  return { filters, update: (next) => setParams(searchFor(next)), searchFor };
}

function AgentQueue() {
  const t = useT(frontOfficeMessages);
  const { filters, update, searchFor } = useFilters();
  const offices = useFrontOffices(true);
  const requests = useRequests(filters);
  const [q, setQ] = useState(filters.q ?? '');
  const queues = offices.data?.queues ?? [];

  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    update({ q: q.trim() });
  };

  return (
    <>
      {queues.length > 0 ? (
        <section aria-labelledby="front-office-queues" className={fr.cx('fr-mb-4w')}>
          <h2 id="front-office-queues" className={fr.cx('fr-h4')}>
            {t.queueCounts}
          </h2>
          <ul className={fr.cx('fr-raw-list')}>
            {queues.map((queue) => (
              <li key={queue.organisation.id} className={fr.cx('fr-mb-1w')}>
                <strong>{t.countsOf(queue.organisation.name)}</strong> :{' '}
                {REQUEST_STATUSES.filter((s) => s !== 'closed')
                  .map((s) => `${t.statusLabels[s]} ${queue.counts[s]}`)
                  .join(' · ')}
                {queue.overdue > 0 ? (
                  <Badge small severity="error" className={fr.cx('fr-ml-1w')}>
                    {t.overdueCount(queue.overdue)}
                  </Badge>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="front-office-queue">
        <h2 id="front-office-queue" className={fr.cx('fr-h4')}>
          {t.queueTitle}
        </h2>
        <form onSubmit={onSearch} aria-label={t.filters} className={fr.cx('fr-mb-3w')}>
          <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
            <div className={fr.cx('fr-col-12', 'fr-col-md-3')}>
              <Select
                label={t.status}
                nativeSelectProps={{ value: filters.status, onChange: (e) => update({ status: e.target.value }) }}
              >
                <option value="">{t.statusAll}</option>
                {REQUEST_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t.statusLabels[s]}
                  </option>
                ))}
              </Select>
            </div>
            {queues.length > 1 ? (
              <div className={fr.cx('fr-col-12', 'fr-col-md-3')}>
                <Select
                  label={t.queue}
                  nativeSelectProps={{ value: filters.queue, onChange: (e) => update({ queue: e.target.value }) }}
                >
                  <option value="">{t.queueAll}</option>
                  {queues.map((queue) => (
                    <option key={queue.organisation.id} value={queue.organisation.id}>
                      {queue.organisation.name}
                    </option>
                  ))}
                </Select>
              </div>
            ) : null}
            <div className={fr.cx('fr-col-12', 'fr-col-md-3')}>
              <Select
                label={t.assignee}
                nativeSelectProps={{
                  value: filters.mine ? 'me' : '',
                  onChange: (e) => update({ mine: e.target.value === 'me' }),
                }}
              >
                <option value="">{t.assigneeAll}</option>
                <option value="me">{t.assigneeMine}</option>
              </Select>
            </div>
            <div className={fr.cx('fr-col-12', 'fr-col-md-3')}>
              <Input
                label={t.search}
                nativeInputProps={{ type: 'search', value: q, maxLength: 100, onChange: (e) => setQ(e.target.value) }}
              />
            </div>
          </div>
          <Checkbox
            small
            options={[
              {
                label: t.overdueOnly,
                nativeInputProps: { checked: filters.overdue, onChange: (e) => update({ overdue: e.target.checked }) },
              },
            ]}
          />
          <Button type="submit" priority="secondary" size="small">
            {t.apply}
          </Button>
        </form>
        <ApiErrorAlert error={requests.error} />
        {requests.isPending ? <Loading /> : null}
        {requests.data ? <QueueTable list={requests.data} page={filters.page} searchFor={searchFor} /> : null}
      </section>
    </>
  );
}

function QueueTable({
  list,
  page,
  searchFor,
}: {
  list: RequestList;
  page: number;
  searchFor: FiltersState['searchFor'];
}) {
  const t = useT(frontOfficeMessages);
  const lang = useLang();
  const terms = makeTerms(lang);
  if (list.items.length === 0) return <p>{t.none}</p>;
  return (
    <>
      <p className={fr.cx('fr-text--sm')} role="status">
        {t.total(list.total)}
      </p>
      <Table
        caption={t.caption}
        headers={[
          t.columns.reference,
          t.columns.company,
          t.columns.countries,
          t.columns.status,
          t.columns.waiting,
          t.columns.assignee,
        ]}
        data={list.items.map((item) => [
          <Link key="ref" to={requestPath(item.id)}>
            {item.reference}
          </Link>,
          item.companyName ?? '',
          item.countries.map((c) => terms.country(c)).join(', '),
          <StatusBadge key="status" status={item.status} />,
          item.waiting ? <Waiting key="waiting" waiting={item.waiting} closed={item.status === 'closed'} /> : '',
          item.assignee ? item.assignee.name : t.unassigned,
        ])}
      />
      <ListPagination
        total={list.total}
        pageSize={PAGE_SIZE}
        page={page}
        pageLink={(n) => ({ search: searchFor({ page: n }) })}
      />
    </>
  );
}

function OwnRequests() {
  const t = useT(frontOfficeMessages);
  const session = useSession();
  const { filters, searchFor } = useFilters();
  const requests = useRequests(filters);
  return (
    <section aria-labelledby="front-office-mine">
      <h2 id="front-office-mine">{t.mineTitle}</h2>
      {session.user?.audience === 'company' ? (
        <p>
          <Link
            to={paths.networkRequestNew}
            className={fr.cx('fr-btn', 'fr-btn--secondary', 'fr-icon-add-line', 'fr-btn--icon-left')}
          >
            {t.newRequest}
          </Link>
        </p>
      ) : null}
      <ApiErrorAlert error={requests.error} />
      {requests.isPending ? <Loading /> : null}
      {requests.data && requests.data.items.length === 0 ? <p>{t.noneCompany}</p> : null}
      {requests.data && requests.data.items.length > 0 ? (
        <ul className={fr.cx('fr-raw-list')}>
          {requests.data.items.map((item) => (
            <li key={item.id} className={fr.cx('fr-mb-3w')}>
              <OwnRequest item={item} />
            </li>
          ))}
        </ul>
      ) : null}
      <ListPagination
        total={requests.data?.total ?? 0}
        pageSize={PAGE_SIZE}
        page={filters.page}
        pageLink={(n) => ({ search: searchFor({ page: n }) })}
      />
    </section>
  );
}

function OwnRequest({ item }: { item: RequestListItem }) {
  const t = useT(frontOfficeMessages);
  const lang = useLang();
  const terms = makeTerms(lang);
  return (
    <article
      className={fr.cx('fr-p-3v')}
      style={{ border: '1px solid var(--border-default-grey)' }}
      aria-labelledby={`request-${item.id}`}
    >
      <h3 id={`request-${item.id}`} className={fr.cx('fr-h5', 'fr-mb-1v')}>
        <Link to={requestPath(item.id)}>{item.reference}</Link>
      </h3>
      <p className={fr.cx('fr-mb-1v')}>
        <StatusBadge status={item.status} />
      </p>
      <p className={fr.cx('fr-text--sm', 'fr-mb-1v')}>
        {t.columns.created} {formatDate(item.createdAt, lang)} · {t.fields.countries} :{' '}
        {item.countries.map((c) => terms.country(c)).join(', ')} · {t.fields.sector} :{' '}
        {sectorLabels[item.sector as Sector]?.[lang] ?? item.sector}
      </p>
      {item.routedTo.length > 0 ? (
        <p className={fr.cx('fr-text--sm', 'fr-mb-0')}>
          {t.columns.routedTo} :{' '}
          {item.routedTo
            .map((r) =>
              r.contact
                ? `${r.organisation} (${r.contact.name}${r.contact.title ? `, ${r.contact.title}` : ''})`
                : r.organisation,
            )
            .join(' ; ')}
        </p>
      ) : null}
    </article>
  );
}
