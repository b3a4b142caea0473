// The audit rows a test expects an action to have written, oldest first.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

export const auditRows = (db: Kysely<DB>, action: string, objectId: string) =>
  db
    .selectFrom('audit_log')
    .select(['actor_id', 'object_type', 'details'])
    .where('action', '=', action)
    .where('object_id', '=', objectId)
    .orderBy('id')
    .execute();
