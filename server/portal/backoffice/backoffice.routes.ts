// The editors' back office (/api/portal/admin): the same routes for every kind of content, built from each
// kind's descriptor: list, read, create, edit (a draft once published), preview, publish, unpublish, discard
// the pending changes, history. Editors only: 401 signed out, 403 for other members, before any validation.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ContentKind } from '../../../common/portal-terms.ts';
import {
  BackofficeList,
  BackofficeListQuery,
  BackofficeReferences,
  itemSchemas,
  PreviewQuery,
  RevisionList,
} from '../../../common/schemas/portal-backoffice.ts';
import { Problem } from '../../../common/schemas/problem.ts';
import { requireEditor } from '../../access/editors.ts';
import { requestLang } from '../../plugins/lang.ts';
import * as service from './content.service.ts';
import type { KindDescriptor } from './descriptor.ts';
import { contentKinds } from './kinds/index.ts';

const tags = ['portal-backoffice'];
const readProblems = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };
const writeProblems = { ...readProblems, 409: Problem, 422: Problem };
const readSecurity = [{ session: [] }];
const writeSecurity = [{ session: [], csrf: [] }];

type Body = Record<string, unknown>;

export async function backofficeRoutes(app: FastifyInstance) {
  const deps = (request: FastifyRequest): service.BackofficeDeps => ({
    db: app.database.db,
    lang: requestLang(request),
  });
  const author = (request: FastifyRequest): service.ChangeAuthor => ({
    userId: requireEditor(request).user.id,
    ip: request.ip ?? null,
  });
  // Refused before the body is validated: a visitor learns nothing about what a valid write looks like.
  const editorsOnly = async (request: FastifyRequest) => {
    requireEditor(request);
  };
  // Drafts and abilities are for this editor only: no shared cache keeps them.
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('cache-control', 'private, no-store');
    return payload;
  });

  app.get(
    '/references',
    {
      preValidation: editorsOnly,
      schema: {
        tags,
        summary: 'Partners and regions the content forms choose from (editors)',
        security: readSecurity,
        response: { 200: BackofficeReferences, ...readProblems },
      },
    },
    async (request) => service.references(deps(request)),
  );

  for (const d of Object.values(contentKinds)) registerKind(d as KindDescriptor<ContentKind>);

  function registerKind<K extends ContentKind>(d: KindDescriptor<K>) {
    const base = `/${d.path}`;
    const one = `${base}/:id`;
    const Item = itemSchemas[d.kind];
    const params = d.schemas.params;
    const itemId = (request: FastifyRequest) => {
      const { id } = request.params as { id: string };
      return d.idColumn === 'iso2' ? id.toUpperCase() : id;
    };

    app.get(
      base,
      {
        preValidation: editorsOnly,
        schema: {
          tags,
          summary: `List the ${d.path} with their status (editors); search by title, accents aside`,
          description:
            'Latest changed first. `status=published` includes items with pending changes; `status=pending` ' +
            'keeps only those.',
          security: readSecurity,
          querystring: BackofficeListQuery,
          response: { 200: BackofficeList, ...readProblems },
        },
      },
      async (request) => service.listItems(deps(request), d, request.query as BackofficeListQuery),
    );

    app.get(
      one,
      {
        preValidation: editorsOnly,
        schema: {
          tags,
          summary: `One item of ${d.path}: the version being edited, the live one, status and abilities (editors)`,
          security: readSecurity,
          params,
          response: { 200: Item, ...readProblems },
        },
      },
      async (request) => service.getItem(deps(request), d, itemId(request)),
    );

    if (d.schemas.create) {
      app.post(
        base,
        {
          preValidation: editorsOnly,
          schema: {
            tags,
            summary: `Create an item of ${d.path}, unpublished (editors); 409 when its identifier is taken`,
            description:
              'The identifier is the `id` given, or one derived from the French title (name for contacts). ' +
              'Both languages are required for the texts shown to the public.',
            security: writeSecurity,
            body: d.schemas.create,
            response: { 201: Item, ...writeProblems },
          },
        },
        async (request, reply) => {
          const item = await service.createItem(deps(request), d, request.body as Body, author(request));
          return reply.code(201).send(item);
        },
      );
    }

    app.patch(
      one,
      {
        preValidation: editorsOnly,
        schema: {
          tags,
          summary: `Change an item of ${d.path} (editors): published items keep their changes pending`,
          description:
            'The fields given replace the current ones. A published item keeps showing its live version to the ' +
            'public until `publish`; an unpublished one is changed directly.',
          security: writeSecurity,
          params,
          body: d.schemas.patch,
          response: { 200: Item, ...writeProblems },
        },
      },
      async (request) => service.updateItem(deps(request), d, itemId(request), request.body as Body, author(request)),
    );

    app.get(
      `${one}/preview`,
      {
        preValidation: editorsOnly,
        schema: {
          tags,
          summary: `Preview an item of ${d.path} as the public will read it, pending changes applied (editors)`,
          security: readSecurity,
          params,
          querystring: PreviewQuery,
          response: { 200: d.schemas.preview, ...readProblems },
        },
      },
      async (request) => {
        const { lang } = request.query as { lang?: 'fr' | 'en' };
        return service.previewItem(deps(request), d, itemId(request), lang ?? requestLang(request));
      },
    );

    for (const [action, summary, run] of [
      ['publish', 'Publish an item (its pending changes, if any): the public sees it at once', service.publishItem],
      ['unpublish', 'Withdraw an item from the public', service.unpublishItem],
    ] as const) {
      app.post(
        `${one}/${action}`,
        {
          preValidation: editorsOnly,
          schema: {
            tags,
            summary: `${summary} (${d.path}, editors)`,
            security: writeSecurity,
            params,
            response: { 200: Item, ...writeProblems },
          },
        },
        async (request) => run(deps(request), d, itemId(request), author(request)),
      );
    }

    app.delete(
      `${one}/draft`,
      {
        preValidation: editorsOnly,
        schema: {
          tags,
          summary: `Throw away the pending changes of a published item of ${d.path} (editors)`,
          security: writeSecurity,
          params,
          response: { 200: Item, ...writeProblems },
        },
      },
      async (request) => service.discardDraft(deps(request), d, itemId(request), author(request)),
    );

    app.get(
      `${one}/history`,
      {
        preValidation: editorsOnly,
        schema: {
          tags,
          summary: `The history of an item of ${d.path}: who changed what, when (editors)`,
          security: readSecurity,
          params,
          response: { 200: RevisionList, ...readProblems },
        },
      },
      async (request) => service.history(deps(request), d, itemId(request)),
    );
  }
}
