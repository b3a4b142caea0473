// The audit log for administrators: filters kept in the address, the entries newest first, pages, and the CSV
// export of the same filters. Entries about what the administrator may not read say so and withhold the object.
import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Table } from '@codegouvfr/react-dsfr/Table';
import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { AuditEntryView } from '../../../../../common/schemas/network-audit.ts';
import { ApiErrorAlert, fieldError } from '../../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../../app/components/Loading.tsx';
import { formatDateTime, useLang, useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { useSession } from '../../../auth/session/hooks/useSession.ts';
import { ListPagination } from '../../components/ListPagination.tsx';
import { NetworkFrame } from '../../components/NetworkFrame.tsx';
import {
  AUDIT_FILTERS,
  AUDIT_PAGE_SIZE,
  type AuditFilterValues,
  auditExportHref,
  auditParams,
  useAudit,
} from '../api/useAudit.ts';
import { auditMessages } from '../messages.ts';

export function AuditPage() {
  const t = useT(auditMessages);
  const session = useSession();
  return (
    <NetworkFrame title={t.title} lead={t.lead}>
      {session.me?.abilities.audit === true ? (
        <AuditContent />
      ) : (
        <Alert severity="info" small description={t.adminsOnly} />
      )}
    </NetworkFrame>
  );
}

function readFilters(params: URLSearchParams): AuditFilterValues {
  const filters: AuditFilterValues = {};
  for (const name of AUDIT_FILTERS) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  return filters;
}

function AuditContent() {
  const t = useT(auditMessages);
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const page = Math.max(1, Number(params.get('page')) || 1);
  const audit = useAudit(filters, page, true);
  const link = (n: number) => {
    const next = auditParams(filters);
    if (n > 1) next.set('page', String(n));
    return `${paths.networkAudit}?${next}`;
  };

  return (
    <>
      <AuditFiltersForm
        key={params.toString()}
        initial={filters}
        error={audit.error}
        onApply={(f) => setParams(auditParams(f))}
      />
      <p className={fr.cx('fr-mb-3w')}>
        <a
          href={auditExportHref(filters)}
          className={fr.cx('fr-link', 'fr-icon-download-line', 'fr-link--icon-left')}
          download
        >
          {t.export}
        </a>
        <span className={fr.cx('fr-hint-text')}>{t.exportHint}</span>
      </p>
      <ApiErrorAlert error={audit.error} />
      {audit.isPending ? <Loading /> : null}
      {audit.data && audit.data.items.length === 0 ? <p role="status">{t.none}</p> : null}
      {audit.data && audit.data.items.length > 0 ? (
        <AuditTable entries={audit.data.items} total={audit.data.total} />
      ) : null}
      <ListPagination total={audit.data?.total ?? 0} pageSize={AUDIT_PAGE_SIZE} page={page} pageLink={link} />
    </>
  );
}

function AuditFiltersForm({
  initial,
  error,
  onApply,
}: {
  initial: AuditFilterValues;
  error: unknown;
  onApply: (filters: AuditFilterValues) => void;
}) {
  const t = useT(auditMessages);
  const [values, setValues] = useState<AuditFilterValues>(initial);
  const field = (name: keyof AuditFilterValues, label: string, options: { hint?: string; type?: string } = {}) => {
    const message = fieldError(error, name);
    return (
      <div className={fr.cx('fr-col-12', 'fr-col-md-4')}>
        <Input
          label={label}
          hintText={options.hint}
          state={message ? 'error' : 'default'}
          stateRelatedMessage={message}
          nativeInputProps={{
            type: options.type ?? 'text',
            name,
            value: values[name] ?? '',
            onChange: (e) => setValues({ ...values, [name]: e.target.value }),
          }}
        />
      </div>
    );
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(values);
  };
  return (
    <form onSubmit={submit} aria-labelledby="audit-filters" className={fr.cx('fr-mb-3w')}>
      <h2 id="audit-filters" className={fr.cx('fr-h5')}>
        {t.filtersTitle}
      </h2>
      <div className={fr.cx('fr-grid-row', 'fr-grid-row--gutters')}>
        {field('action', t.action, { hint: t.actionHint })}
        {field('objectType', t.objectType, { hint: t.objectTypeHint })}
        {field('objectId', t.objectId)}
        {field('actor', t.actor)}
        {field('from', t.from, { type: 'date' })}
        {field('to', t.to, { type: 'date' })}
      </div>
      <div style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap' }}>
        <Button type="submit">{t.apply}</Button>
        <Link to={paths.networkAudit} className={fr.cx('fr-btn', 'fr-btn--secondary')}>
          {t.reset}
        </Link>
      </div>
    </form>
  );
}

function AuditTable({ entries, total }: { entries: AuditEntryView[]; total: number }) {
  const t = useT(auditMessages);
  const lang = useLang();
  return (
    <Table
      className={fr.cx('fr-table--sm')}
      caption={t.caption(total)}
      headers={[t.at, t.who, t.what, t.object, t.details, t.ip]}
      data={entries.map((entry) => [
        <time key="at" dateTime={entry.at}>
          {formatDateTime(entry.at, lang)}
        </time>,
        entry.actor ? (
          <Link key="who" to={paths.networkMember.replace(':id', entry.actor.id)}>
            {entry.actor.name} ({entry.actor.organisation})
          </Link>
        ) : entry.actorId ? (
          t.unknownActor
        ) : (
          t.system
        ),
        <code key="what">{entry.action}</code>,
        <ObjectCell key="object" entry={entry} />,
        entry.restricted || Object.keys(entry.details).length === 0 ? (
          ''
        ) : (
          <code key="details" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
            {JSON.stringify(entry.details)}
          </code>
        ),
        entry.ip ?? '',
      ])}
    />
  );
}

function ObjectCell({ entry }: { entry: AuditEntryView }) {
  const t = useT(auditMessages);
  if (entry.restricted) {
    return (
      <>
        {entry.objectType ? <code>{entry.objectType}</code> : null}{' '}
        <Badge small severity="warning" noIcon>
          {t.restricted}
        </Badge>
      </>
    );
  }
  return (
    <>
      {entry.objectType ? <code>{entry.objectType}</code> : null}
      {entry.objectTitle ? <> {entry.objectTitle}</> : null}
      {entry.objectId ? (
        <span className={fr.cx('fr-text--xs')} style={{ display: 'block', wordBreak: 'break-all' }}>
          {entry.objectId}
        </span>
      ) : null}
    </>
  );
}
