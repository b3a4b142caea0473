// /api/network/audit: the append-only audit log for administrators (403 for everyone else, moderators included):
// browse by filters, or export as CSV (streamed, and itself audited).
import { Readable } from 'node:stream';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { AuditExportQuery, AuditList, AuditQuery } from '../../../common/schemas/network-audit.ts';
import { Problem } from '../../../common/schemas/problem.ts';
import { networkDeps, requireNetworkMember } from '../core/context.ts';
import { exportAudit, listAudit } from './audit.service.ts';

const tags = ['network-audit'];
const security = [{ session: [] }];
const problems = { 400: Problem, 401: Problem, 403: Problem };
const filtersHelp =
  'Filters: actor (member id), action (exact, or a prefix ending with *), objectType, objectId, from and to ' +
  '(dates or date-times; a date as `to` includes that day). Entries about something you may not read (a deal room ' +
  'you are not in, its content, a conversation) show who, what and when, but not the object nor the details.';

export async function auditRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/audit',
    {
      schema: {
        tags,
        summary: 'Browse the audit log, newest first (administrators only)',
        description: filtersHelp,
        security,
        querystring: AuditQuery,
        response: { 200: AuditList, ...problems },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'private, no-store');
      const viewer = requireNetworkMember(request);
      return listAudit(app.database.db, viewer, request.query);
    },
  );

  app.get(
    '/audit/export',
    {
      schema: {
        tags,
        summary: 'Export the audit log as CSV, with the same filters (administrators only; the export is audited)',
        description: filtersHelp,
        security,
        querystring: AuditExportQuery,
        produces: ['text/csv'],
        response: { 200: Type.String({ description: 'CSV (UTF-8 with BOM), one entry per line' }), ...problems },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'private, no-store');
      const viewer = requireNetworkMember(request);
      const deps = networkDeps(app, request);
      const lines = await exportAudit(deps.db, viewer, request.query, deps.ip);
      const day = new Date().toISOString().slice(0, 10);
      // A stream is sent as is (never serialised); the 200 schema documents what it carries.
      const csv = Readable.from(lines) as unknown as string;
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="diplomatie-audit-${day}.csv"`)
        .send(csv);
    },
  );
}
