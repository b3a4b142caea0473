// What other areas may use of the export hotline: the support requests, for the front office's queue.
import type { Kysely } from 'kysely';
import type { SupportRequestSummary } from '../../../common/schemas/portal-hotline.ts';
import type { DB } from '../../db/schema.ts';
import * as repo from './hotline.repo.ts';
import { presentSupportRequest } from './hotline.service.ts';

export type { SupportRequestFilter, SupportRequestRow } from './hotline.repo.ts';
export { presentSupportRequest };

/** Support requests, newest first, filtered by sender, company or status (every field, for agents' views). */
export async function listSupportRequests(
  db: Kysely<DB>,
  filter: repo.SupportRequestFilter = {},
  page: { limit?: number; offset?: number } = {},
): Promise<repo.SupportRequestRow[]> {
  return repo.listSupportRequests(db, filter, { limit: page.limit ?? 50, offset: page.offset ?? 0 });
}

/** One support request by its reference (DEM-2026-000042), or undefined. */
export async function getSupportRequest(
  db: Kysely<DB>,
  reference: string,
): Promise<repo.SupportRequestRow | undefined> {
  return repo.findSupportRequest(db, reference);
}

/** A member's own requests as the portal shows them. */
export async function listOwnSupportRequests(db: Kysely<DB>, userId: string): Promise<SupportRequestSummary[]> {
  const rows = await repo.listSupportRequests(db, { userId }, { limit: 100, offset: 0 });
  return rows.map(presentSupportRequest);
}
