// The front office's intake: every support request (the portal's hotline, POST /requests) becomes a company file
// in the transaction that stores it: a compartment named by the reference holding the requester (by name) and the
// queue's agents (team). The queue is the embassy of the first target country, else the central front office.
import type { Kysely } from 'kysely';
import { appendAudit } from '../../access/audit.ts';
import type { DB } from '../../db/schema.ts';
import { notify } from '../core/notify.ts';
import * as repo from './front-office.repo.ts';

/**
 * Opens the company file of the request `requestId` (inserted in `trx`, not yet committed): compartment, members,
 * queue, the 'created' event (level 3) and a notification to the queue's team (queueWatcherIds). Does nothing if
 * already open.
 * Without an embassy for the country nor any ministry, the request has no team and waits for an administrator.
 */
export async function openFrontOfficeCase(
  trx: Kysely<DB>,
  requestId: string,
): Promise<{ compartmentId: string; queueId: string | null }> {
  const request = await repo.findRequest(trx, { id: requestId }, { lock: true });
  if (!request) throw new Error(`support request ${requestId} not found`);
  if (request.compartment_id) return { compartmentId: request.compartment_id, queueId: request.queue_id };

  const queue = await repo.findQueue(trx, request.countries[0] ?? null);
  const compartmentId = await repo.insertCompartment(trx, request.reference, request.user_id);
  if (request.user_id) await repo.addNamedMember(trx, compartmentId, request.user_id);
  if (queue) await repo.addTeam(trx, compartmentId, queue.id);
  await repo.updateRequest(trx, request.id, { compartment_id: compartmentId, queue_id: queue?.id ?? null });
  await repo.insertEvent(trx, {
    requestId: request.id,
    actorId: request.user_id,
    kind: 'created',
    status: 'new',
    level: 3,
    compartmentId,
  });
  await appendAudit(trx, {
    action: 'request.created',
    actorId: request.user_id,
    objectType: 'request',
    objectId: request.id,
    details: { reference: request.reference, compartmentId, queueId: queue?.id ?? null },
  });
  if (queue) {
    await notify(trx, {
      recipients: await repo.queueWatcherIds(trx, queue.id),
      kind: 'request_created',
      actorId: request.user_id,
      object: { type: 'request', id: request.id, level: 3, compartmentId },
    });
  }
  return { compartmentId, queueId: queue?.id ?? null };
}
