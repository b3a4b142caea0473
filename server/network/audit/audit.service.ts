// The audit views, for administrators only: browse the append-only log by filters, or export it as CSV (itself
// audited). Roles grant no reading: an entry naming anything the administrator may not read (a deal room they are
// not in, its posts, a conversation, a company file) keeps its actor, action, type and time, and withholds the
// object's id, title and details.
import type { AuditEntryView, AuditList, AuditQuery } from '../../../common/schemas/network-audit.ts';
import { appendAudit } from '../../access/audit.ts';
import { isAdmin } from '../../access/directory.ts';
import type { Viewer } from '../../access/viewer.ts';
import { AppError } from '../../errors.ts';
import { type Executor, UUID } from '../core/context.ts';
import { plainExcerpt } from '../core/markdown.ts';
import { presentMemberRef } from '../core/present.ts';
import * as repo from './audit.repo.ts';

export type AuditFilters = Omit<AuditQuery, 'page' | 'pageSize'>;

export function assertAuditor(viewer: Viewer): void {
  if (!isAdmin(viewer)) throw new AppError('ERR_AUDIT_ADMINS_ONLY');
}

const DAY_MS = 86_400_000;

function parseWhen(value: string | undefined, field: 'from' | 'to'): Date | undefined {
  if (value === undefined) return undefined;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const at = new Date(dateOnly ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(at.getTime())) {
    throw new AppError('ERR_VALIDATION', { fieldErrors: [{ field, message: 'not a valid date' }] });
  }
  // A date alone as upper bound includes that whole day.
  return dateOnly && field === 'to' ? new Date(at.getTime() + DAY_MS) : at;
}

export function toFilter(query: AuditFilters): repo.AuditFilter {
  const action = query.action?.trim();
  const prefix = action?.endsWith('*') ?? false;
  const filter: repo.AuditFilter = {
    actorId: query.actor,
    action: prefix ? action!.slice(0, -1) : action,
    actionPrefix: prefix,
    objectType: query.objectType,
    objectId: query.objectId,
    from: parseWhen(query.from, 'from'),
    to: parseWhen(query.to, 'to'),
  };
  if (filter.from && filter.to && filter.from >= filter.to) {
    throw new AppError('ERR_VALIDATION', { fieldErrors: [{ field: 'to', message: 'must be after from' }] });
  }
  return filter;
}

/** Every id-shaped string an entry holds (object id and anywhere in details). */
function idsOf(row: repo.AuditRow): string[] {
  const ids: string[] = [];
  const walk = (value: unknown, depth: number) => {
    if (depth > 6) return;
    if (typeof value === 'string') {
      if (UUID.test(value)) ids.push(value.toLowerCase());
    } else if (Array.isArray(value)) {
      for (const item of value) walk(item, depth + 1);
    } else if (value !== null && typeof value === 'object') {
      for (const item of Object.values(value)) walk(item, depth + 1);
    }
  };
  walk(row.object_id, 0);
  walk(row.details, 0);
  return ids;
}

/** The entries as the administrator may see them. */
export async function presentEntries(db: Executor, viewer: Viewer, rows: repo.AuditRow[]): Promise<AuditEntryView[]> {
  const ids = [...new Set(rows.flatMap(idsOf))];
  const verdicts = new Map((await repo.judgeObjects(db, viewer, ids)).map((v) => [v.id, v]));
  return rows.map((row) => {
    const restricted = idsOf(row).some((id) => verdicts.get(id)?.visible === false);
    const object = row.object_id ? verdicts.get(row.object_id.toLowerCase()) : undefined;
    const actor =
      row.actor_id && row.actor_name && row.actor_audience
        ? presentMemberRef({
            id: row.actor_id,
            name: row.actor_name,
            audience: row.actor_audience,
            organisation: row.actor_organisation ?? '',
            verified_at: row.actor_verified_at,
          })
        : null;
    return {
      id: row.id,
      at: row.at.toISOString(),
      actor,
      actorId: row.actor_id,
      action: row.action,
      objectType: row.object_type,
      objectId: restricted ? null : row.object_id,
      objectTitle: !restricted && object?.title ? plainExcerpt(object.title, 120) : null,
      restricted,
      details: restricted ? {} : row.details,
      ip: row.ip,
    };
  });
}

/** A labelled object the administrator may not read: filtering by it finds nothing, as for an unknown id. */
async function hiddenObject(db: Executor, viewer: Viewer, objectId: string | undefined): Promise<boolean> {
  if (!objectId || !UUID.test(objectId)) return false;
  const [verdict] = await repo.judgeObjects(db, viewer, [objectId.toLowerCase()]);
  return verdict?.visible === false;
}

export async function listAudit(db: Executor, viewer: Viewer, query: AuditQuery): Promise<AuditList> {
  assertAuditor(viewer);
  const filter = toFilter(query);
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 50;
  if (await hiddenObject(db, viewer, filter.objectId)) return { items: [], total: 0, page, pageSize };
  const [rows, total] = [
    await repo.selectEntries(db, viewer, filter, { limit: pageSize, offset: (page - 1) * pageSize }),
    await repo.countEntries(db, filter),
  ];
  return { items: await presentEntries(db, viewer, rows), total, page, pageSize };
}

const CSV_COLUMNS = [
  'id',
  'at',
  'actor_id',
  'actor_name',
  'actor_organisation',
  'action',
  'object_type',
  'object_id',
  'object_title',
  'restricted',
  'details',
  'ip',
] as const;

/** A CSV cell: quoted when needed, and never read as a formula by a spreadsheet. */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csvLine = (entry: AuditEntryView) =>
  `${[
    entry.id,
    entry.at,
    entry.actorId,
    entry.actor?.name ?? null,
    entry.actor?.organisation ?? null,
    entry.action,
    entry.objectType,
    entry.objectId,
    entry.objectTitle,
    entry.restricted,
    entry.restricted ? null : JSON.stringify(entry.details),
    entry.ip,
  ]
    .map(csvCell)
    .join(',')}\r\n`;

const EXPORT_BATCH = 500;

/**
 * The export as CSV lines, newest first, read in batches (keyset on id) so any size streams. The export itself is
 * appended to the log first ('audit.exported', with its filters).
 */
export async function exportAudit(
  db: Executor,
  viewer: Viewer,
  query: AuditFilters,
  ip: string | null,
): Promise<AsyncGenerator<string>> {
  assertAuditor(viewer);
  const filter = toFilter(query);
  const hidden = await hiddenObject(db, viewer, filter.objectId);
  await appendAudit(db, {
    action: 'audit.exported',
    actorId: viewer.userId,
    objectType: 'audit_log',
    details: { filters: Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined)) },
    ip,
  });
  async function* lines(): AsyncGenerator<string> {
    yield `\uFEFF${CSV_COLUMNS.join(',')}\r\n`;
    if (hidden) return;
    let beforeId: number | undefined;
    for (;;) {
      const rows = await repo.selectEntries(db, viewer, { ...filter, beforeId }, { limit: EXPORT_BATCH, offset: 0 });
      if (rows.length === 0) return;
      const entries = await presentEntries(db, viewer, rows);
      yield entries.map(csvLine).join('');
      if (rows.length < EXPORT_BATCH) return;
      beforeId = rows[rows.length - 1]!.id;
    }
  }
  return lines();
}
