// One request: for agents of its file, the fields, who follows it, the waiting time against the target, the whole
// timeline (internal notes included) and the forms to handle it; for the company, its status, what it submitted,
// the status history and the contacts it was routed to. The API decides which view comes back.
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Link, useParams } from 'react-router';
import { type Sector, sectorLabels } from '../../../../../common/network-terms.ts';
import { hotlineNeedLabels } from '../../../../../common/portal-terms.ts';
import type { FrontOfficeRequest, RequestEvent } from '../../../../../common/schemas/network-front-office.ts';
import { formatDateTime, useLang, useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { makeTerms } from '../../../portal/components/terms.ts';
import { ItemFrame } from '../../components/ItemFrame.tsx';
import { LabelBanner } from '../../components/LabelBanner.tsx';
import { useRequest } from '../api/useRequest.ts';
import { frontOfficeMessages } from '../messages.ts';
import { RequestActions } from './RequestActions.tsx';
import { StatusBadge } from './StatusBadge.tsx';
import { Waiting } from './Waiting.tsx';

export function RequestPage() {
  const t = useT(frontOfficeMessages);
  const id = useParams().id ?? '';
  const request = useRequest(id);
  return (
    <ItemFrame
      title={request.data ? `${t.requestTitle} ${request.data.reference}` : t.requestTitle}
      back={{ to: paths.networkRequests, label: t.back }}
      item={request}
    >
      {(data) => <RequestContent request={data} />}
    </ItemFrame>
  );
}

function RequestContent({ request }: { request: FrontOfficeRequest }) {
  const t = useT(frontOfficeMessages);
  const agent = request.view === 'agent';
  return (
    <>
      <Alert severity="info" small description={t.restrictedText} className={fr.cx('fr-mb-2w')} />
      <LabelBanner label={request.label} />
      <p className={fr.cx('fr-mb-3w')}>
        <StatusBadge status={request.status} />
        {request.waiting ? (
          <span className={fr.cx('fr-ml-2w', 'fr-text--sm')}>
            <Waiting waiting={request.waiting} closed={request.status === 'closed'} />
          </span>
        ) : null}
      </p>
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        <div className={fr.cx('fr-col-12', 'fr-col-lg-7')}>
          <Fields request={request} />
          <History request={request} />
        </div>
        <div className={fr.cx('fr-col-12', 'fr-col-lg-5')}>
          {agent ? <FollowUp request={request} /> : <RoutedTo request={request} />}
        </div>
      </div>
      {agent ? <RequestActions request={request} /> : null}
    </>
  );
}

function Fields({ request }: { request: FrontOfficeRequest }) {
  const t = useT(frontOfficeMessages);
  const lang = useLang();
  const terms = makeTerms(lang);
  const f = request.fields;
  const amount =
    f.amountEur === null
      ? null
      : new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
          style: 'currency',
          currency: 'EUR',
          maximumFractionDigits: 0,
        }).format(f.amountEur);
  const rows: [string, string | null][] = [
    [t.fields.companyName, f.companyName],
    [t.fields.siren, f.siren],
    [t.fields.countries, f.countries.map((c) => terms.country(c)).join(', ')],
    [t.fields.sector, sectorLabels[f.sector as Sector]?.[lang] ?? f.sector],
    [t.fields.need, hotlineNeedLabels[f.need]?.[lang] ?? f.need],
    [t.fields.step, f.step === null ? null : String(f.step)],
    [t.fields.region, f.region],
    [t.fields.contactName, f.contactName],
    [t.fields.email, f.email],
    [t.fields.phone, f.phone || null],
    [t.fields.amountEur, amount],
  ];
  return (
    <section aria-labelledby="request-details" className={fr.cx('fr-mb-4w')}>
      <h2 id="request-details" className={fr.cx('fr-h4')}>
        {t.details}
      </h2>
      <dl>
        {rows
          .filter(([, value]) => value !== null && value !== '')
          .map(([label, value]) => (
            <div key={label} className={fr.cx('fr-mb-1w')}>
              <dt className={fr.cx('fr-text--bold', 'fr-mb-0')}>{label}</dt>
              <dd className={fr.cx('fr-ml-0')}>{value}</dd>
            </div>
          ))}
      </dl>
      <h3 className={fr.cx('fr-h6', 'fr-mb-1w')}>{t.fields.message}</h3>
      <p style={{ whiteSpace: 'pre-wrap' }}>{f.message}</p>
    </section>
  );
}

function FollowUp({ request }: { request: FrontOfficeRequest }) {
  const t = useT(frontOfficeMessages);
  const person = (p: { name: string; organisation: string } | null | undefined) =>
    p ? `${p.name} (${p.organisation})` : t.none_;
  return (
    <section aria-labelledby="request-people" className={fr.cx('fr-mb-4w')}>
      <h2 id="request-people" className={fr.cx('fr-h4')}>
        {t.people}
      </h2>
      <dl>
        <dt className={fr.cx('fr-text--bold')}>{t.requester}</dt>
        <dd className={fr.cx('fr-ml-0', 'fr-mb-1w')}>{request.requester ? person(request.requester) : t.visitor}</dd>
        <dt className={fr.cx('fr-text--bold')}>{t.queueLabel}</dt>
        <dd className={fr.cx('fr-ml-0', 'fr-mb-1w')}>{request.queue ? request.queue.name : t.noQueue}</dd>
        <dt className={fr.cx('fr-text--bold')}>{t.columns.assignee}</dt>
        <dd className={fr.cx('fr-ml-0', 'fr-mb-1w')}>{request.assignee ? person(request.assignee) : t.unassigned}</dd>
        <dt className={fr.cx('fr-text--bold')}>{t.routing}</dt>
        <dd className={fr.cx('fr-ml-0', 'fr-mb-1w')}>
          {request.routing
            ? `${request.routing.organisation.name}${request.routing.contact ? ` — ${request.routing.contact.name}` : ''}`
            : t.none_}
        </dd>
        {request.dealRoom ? (
          <>
            <dt className={fr.cx('fr-text--bold')}>{t.dealRoom}</dt>
            <dd className={fr.cx('fr-ml-0', 'fr-mb-1w')}>
              <Link to={paths.networkDealRoom.replace(':id', request.dealRoom.id)}>{request.dealRoom.name}</Link>
            </dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}

function RoutedTo({ request }: { request: FrontOfficeRequest }) {
  const t = useT(frontOfficeMessages);
  const lang = useLang();
  return (
    <section aria-labelledby="request-contacts" className={fr.cx('fr-mb-4w')}>
      <h2 id="request-contacts" className={fr.cx('fr-h4')}>
        {t.routedToTitle}
      </h2>
      {request.dealRoom ? (
        <p>
          <strong>{t.dealRoom}</strong>
          <br />
          <Link to={paths.networkDealRoom.replace(':id', request.dealRoom.id)}>{request.dealRoom.name}</Link>
        </p>
      ) : null}
      {request.routedTo.length === 0 ? <p>{t.routedToNone}</p> : null}
      <ul>
        {request.routedTo.map((r) => (
          <li key={`${r.at}-${r.organisation}`}>
            <strong>{r.organisation}</strong>
            {r.contact ? ` — ${r.contact.name}${r.contact.title ? `, ${r.contact.title}` : ''}` : ''} (
            {formatDateTime(r.at, lang)})
          </li>
        ))}
      </ul>
    </section>
  );
}

function History({ request }: { request: FrontOfficeRequest }) {
  const t = useT(frontOfficeMessages);
  const agent = request.view === 'agent';
  return (
    <section aria-labelledby="request-history" className={fr.cx('fr-mb-4w')}>
      <h2 id="request-history" className={fr.cx('fr-h4')}>
        {agent ? t.historyTitleAgent : t.historyTitle}
      </h2>
      <ol className={fr.cx('fr-raw-list')}>
        {request.history.map((event) => (
          <li
            key={event.id}
            className={fr.cx('fr-mb-2w', 'fr-pl-2w')}
            style={{ borderLeft: '3px solid var(--border-default-grey)' }}
          >
            <EventLine event={event} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function EventLine({ event }: { event: RequestEvent }) {
  const t = useT(frontOfficeMessages);
  const lang = useLang();
  const parts = [
    event.kind === 'status' && event.status
      ? `${t.events.status} : ${t.statusLabels[event.status]}`
      : t.events[event.kind],
    event.assignee ? `${t.to} ${event.assignee.name}` : null,
    event.organisation ? `${t.to} ${event.organisation.name}${event.contact ? ` (${event.contact.name})` : ''}` : null,
    event.actor ? `${t.by} ${event.actor.name}` : null,
  ].filter(Boolean);
  return (
    <>
      <p className={fr.cx('fr-text--sm', 'fr-mb-1v')}>
        <time dateTime={event.at}>{formatDateTime(event.at, lang)}</time>
        {event.label.level === 2 ? (
          <Badge small noIcon className={fr.cx('fr-ml-1w')}>
            {t.agentsOnly}
          </Badge>
        ) : null}
      </p>
      <p className={fr.cx('fr-mb-1v')}>
        <strong>{parts.join(' ')}</strong>
        {event.dealRoomId ? (
          <>
            {' '}
            <Link to={paths.networkDealRoom.replace(':id', event.dealRoomId)}>{t.dealRoom}</Link>
          </>
        ) : null}
      </p>
      {event.body ? (
        <p className={fr.cx('fr-mb-0')} style={{ whiteSpace: 'pre-wrap' }}>
          {event.body}
        </p>
      ) : null}
    </>
  );
}
