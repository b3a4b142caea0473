// Writes to the append-only audit log: restricted (level 3) reads, label changes and other security events.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Viewer } from './viewer.ts';

export interface AuditEntry {
  action: string;
  actorId: string | null;
  objectType?: string | null;
  objectId?: string | null;
  details?: Record<string, unknown>;
  ip?: string | null;
}

function toRow(entry: AuditEntry) {
  return {
    action: entry.action,
    actor_id: entry.actorId,
    object_type: entry.objectType ?? null,
    object_id: entry.objectId ?? null,
    details: JSON.stringify(entry.details ?? {}),
    ip: entry.ip ?? null,
  };
}

/** Appends one or more entries in one statement. Call it inside the transaction of the change it records. */
export async function appendAudit(db: Kysely<DB>, entry: AuditEntry | readonly AuditEntry[]): Promise<void> {
  const entries = Array.isArray(entry) ? entry : [entry as AuditEntry];
  if (entries.length === 0) return;
  await db.insertInto('audit_log').values(entries.map(toRow)).execute();
}

export interface ReadItem {
  type: string;
  id: string | number;
  level: number;
  compartmentId?: string | null;
}

/** One 'restricted.read' row per distinct level-3 item in `items` (others are ignored); returns how many. */
export async function recordRestrictedReads(
  db: Kysely<DB>,
  viewer: Viewer,
  items: readonly ReadItem[],
  ip?: string | null,
): Promise<number> {
  const seen = new Set<string>();
  const entries: AuditEntry[] = [];
  for (const item of items) {
    if (item.level !== 3) continue;
    const key = `${item.type}\u0000${item.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    entries.push({
      action: 'restricted.read',
      actorId: viewer.userId,
      objectType: item.type,
      objectId: String(item.id),
      details: { audience: viewer.audience, ...(item.compartmentId ? { compartmentId: item.compartmentId } : {}) },
      ip: ip ?? null,
    });
  }
  await appendAudit(db, entries);
  return entries.length;
}
