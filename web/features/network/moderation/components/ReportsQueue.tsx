// The reports queue: filters kept in the address (status, reason, item type), one card per report with the
// target's banner and excerpt, and the actions its abilities allow.
import { fr } from '@codegouvfr/react-dsfr';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { REPORT_REASONS, type ReportReasonCode, reportReasonLabels } from '../../../../../common/network-terms.ts';
import type { MemberRef } from '../../../../../common/schemas/network.ts';
import type { ReportView } from '../../../../../common/schemas/network-moderation.ts';
import { ApiErrorAlert } from '../../../../app/components/ApiErrorAlert.tsx';
import { Loading } from '../../../../app/components/Loading.tsx';
import { formatDateTime, useLang, useT } from '../../../../app/i18n/lang.ts';
import { paths } from '../../../../app/paths.ts';
import { LabelBanner } from '../../components/LabelBanner.tsx';
import { ListPagination } from '../../components/ListPagination.tsx';
import { REPORTS_PAGE_SIZE, type ReportFilters, useReports } from '../api/useReports.ts';
import { useResolveReport } from '../api/useResolveReport.ts';
import { moderationMessages } from '../messages.ts';
import { HideRestoreButton } from './HideRestoreButton.tsx';
import { ReasonDialog } from './ReasonDialog.tsx';

const STATUSES = ['open', 'resolved', 'dismissed', 'all'] as const;

function readFilters(params: URLSearchParams): ReportFilters {
  const status = params.get('statut');
  const reason = params.get('motif') ?? '';
  const targetType = params.get('contenu');
  return {
    status: (STATUSES as readonly string[]).includes(status ?? '') ? (status as ReportFilters['status']) : 'open',
    reason: (REPORT_REASONS as readonly string[]).includes(reason) ? reason : '',
    targetType: targetType === 'post' || targetType === 'comment' ? targetType : '',
    page: Math.max(1, Number(params.get('page')) || 1),
  };
}

function writeFilters(filters: ReportFilters): string {
  const out = new URLSearchParams();
  if (filters.status !== 'open') out.set('statut', filters.status);
  if (filters.reason) out.set('motif', filters.reason);
  if (filters.targetType) out.set('contenu', filters.targetType);
  if (filters.page > 1) out.set('page', String(filters.page));
  return out.toString();
}

export function ReportsQueue() {
  const t = useT(moderationMessages);
  const lang = useLang();
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const reports = useReports(filters);
  const change = (next: Partial<ReportFilters>) => setParams(writeFilters({ ...filters, page: 1, ...next }));

  return (
    <section aria-labelledby="moderation-reports" className={fr.cx('fr-mb-8w')}>
      <h2 id="moderation-reports">{t.reportsTitle}</h2>
      <fieldset className={fr.cx('fr-fieldset')}>
        <legend className={fr.cx('fr-fieldset__legend', 'fr-sr-only')}>{t.filters}</legend>
        <div className={fr.cx('fr-fieldset__element', 'fr-col-12', 'fr-col-md-4')}>
          <Select
            label={t.status}
            nativeSelectProps={{
              value: filters.status,
              onChange: (e) => change({ status: e.target.value as ReportFilters['status'] }),
            }}
          >
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {t.statusOptions[status]}
              </option>
            ))}
          </Select>
        </div>
        <div className={fr.cx('fr-fieldset__element', 'fr-col-12', 'fr-col-md-4')}>
          <Select
            label={t.reason}
            nativeSelectProps={{ value: filters.reason, onChange: (e) => change({ reason: e.target.value }) }}
          >
            <option value="">{t.anyReason}</option>
            {REPORT_REASONS.map((code) => (
              <option key={code} value={code}>
                {reportReasonLabels[code][lang]}
              </option>
            ))}
          </Select>
        </div>
        <div className={fr.cx('fr-fieldset__element', 'fr-col-12', 'fr-col-md-4')}>
          <Select
            label={t.targetType}
            nativeSelectProps={{
              value: filters.targetType,
              onChange: (e) => change({ targetType: e.target.value as ReportFilters['targetType'] }),
            }}
          >
            <option value="">{t.anyTarget}</option>
            <option value="post">{t.targetTypes.post}</option>
            <option value="comment">{t.targetTypes.comment}</option>
          </Select>
        </div>
      </fieldset>
      <ApiErrorAlert error={reports.error} />
      {reports.isPending ? <Loading /> : null}
      {reports.data ? (
        <p role="status" className={fr.cx('fr-text--sm')}>
          {t.total(reports.data.total)}
        </p>
      ) : null}
      {reports.data && reports.data.items.length === 0 ? <p>{t.none}</p> : null}
      {reports.data && reports.data.items.length > 0 ? (
        <ul className={fr.cx('fr-raw-list')}>
          {reports.data.items.map((report) => (
            <li key={report.id} className={fr.cx('fr-mb-3w')}>
              <ReportCard report={report} />
            </li>
          ))}
        </ul>
      ) : null}
      <ListPagination
        total={reports.data?.total ?? 0}
        pageSize={REPORTS_PAGE_SIZE}
        page={filters.page}
        pageLink={(n) => ({ pathname: paths.networkModeration, search: writeFilters({ ...filters, page: n }) })}
      />
    </section>
  );
}

function MemberName({ member }: { member: MemberRef | null }) {
  const t = useT(moderationMessages);
  if (!member) return <>{t.unknownMember}</>;
  return (
    <Link to={paths.networkMember.replace(':id', member.id)}>
      {member.name} ({member.organisation}, {t.audience[member.audience]})
    </Link>
  );
}

function ReportCard({ report }: { report: ReportView }) {
  const t = useT(moderationMessages);
  const lang = useLang();
  const headingId = `report-${report.id}`;
  const type = t.targetTypes[report.targetType];
  return (
    <article
      aria-labelledby={headingId}
      className={fr.cx('fr-p-3w')}
      style={{ border: '1px solid var(--border-default-grey)' }}
    >
      <LabelBanner label={report.target.label} compact />
      <h3 id={headingId} className={fr.cx('fr-h6', 'fr-mb-1w')}>
        {`${type} ${t.in} « ${report.space.name} » — ${reportReasonLabels[report.reason as ReportReasonCode][lang]}`}
      </h3>
      <p className={fr.cx('fr-mb-1w')}>
        <Badge small noIcon severity={report.status === 'open' ? 'new' : undefined} className={fr.cx('fr-mr-1w')}>
          {t.reportStatus[report.status]}
        </Badge>
        {report.target.hidden ? (
          <Badge small severity="warning">
            {t.hiddenNotice(report.target.hidden.reason)}
          </Badge>
        ) : null}
      </p>
      <blockquote className={fr.cx('fr-mb-1w')} style={{ borderLeft: '4px solid var(--border-default-grey)' }}>
        <p className={fr.cx('fr-pl-2w', 'fr-mb-0')}>{report.target.excerpt}</p>
      </blockquote>
      <p className={fr.cx('fr-text--sm', 'fr-mb-1w')}>
        {t.author} : <MemberName member={report.target.author} /> · {t.reportedBy} :{' '}
        <MemberName member={report.reporter} /> · {t.on} {formatDateTime(report.createdAt, lang)}
      </p>
      {report.details ? (
        <p className={fr.cx('fr-text--sm', 'fr-mb-1w')}>
          {t.details} : {report.details}
        </p>
      ) : null}
      {report.resolution ? (
        <p className={fr.cx('fr-text--sm', 'fr-mb-1w')}>
          {t.resolution} : {report.resolution}
          {report.resolvedBy ? (
            <>
              {' '}
              ({t.resolvedBy} <MemberName member={report.resolvedBy} />
              {report.resolvedAt ? `, ${formatDateTime(report.resolvedAt, lang)}` : ''})
            </>
          ) : null}
        </p>
      ) : null}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', alignItems: 'center' }}>
        <Link
          className={fr.cx('fr-link', 'fr-link--sm')}
          to={`${paths.networkPost.replace(':id', report.postId)}${report.targetType === 'comment' ? `#comment-${report.targetId}` : ''}`}
        >
          {t.open}
        </Link>
        {report.abilities.hide || report.abilities.restore ? (
          <HideRestoreButton
            targetType={report.targetType}
            targetId={report.targetId}
            hidden={report.abilities.restore}
          />
        ) : null}
        {report.abilities.resolve ? <ResolveButtons reportId={report.id} /> : null}
      </div>
    </article>
  );
}

function ResolveButtons({ reportId }: { reportId: string }) {
  const t = useT(moderationMessages);
  const resolve = useResolveReport();
  const [mode, setMode] = useState<'resolved' | 'dismissed' | null>(null);
  const openAs = (next: 'resolved' | 'dismissed') => {
    resolve.reset();
    setMode(next);
  };
  return (
    <>
      <Button type="button" size="small" priority="secondary" onClick={() => openAs('resolved')}>
        {t.resolve}
      </Button>
      <Button type="button" size="small" priority="tertiary" onClick={() => openAs('dismissed')}>
        {t.dismiss}
      </Button>
      <ReasonDialog
        open={mode !== null}
        title={mode === 'dismissed' ? t.dismissTitle : t.resolveTitle}
        label={t.resolutionLabel}
        confirmLabel={mode === 'dismissed' ? t.dismiss : t.resolve}
        pending={resolve.isPending}
        error={resolve.error}
        onClose={() => setMode(null)}
        onConfirm={(resolution) =>
          mode && resolve.mutate({ id: reportId, status: mode, resolution }, { onSuccess: () => setMode(null) })
        }
      />
    </>
  );
}
