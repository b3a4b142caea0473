// The back office's rules, the same for every kind of content: a never-published item is edited in its columns;
// a published one collects its changes in `draft` until they are published, so the public keeps reading the
// live version meanwhile. Every write appends a revision (the history) and an audit entry in its transaction;
// publishing or unpublishing an offer rebuilds the catalogue's search lexicon in that same transaction.
import type { Kysely } from 'kysely';
import type { Lang } from '../../../common/errors.ts';
import type { ContentKind, RevisionAction } from '../../../common/portal-terms.ts';
import {
  BACKOFFICE_PAGE_SIZE,
  type BackofficeItemOf,
  type BackofficeList,
  type BackofficeListQuery,
  type BackofficeReferences,
  CONTENT_DEFAULTS,
  type ContentOf,
  type RevisionList,
} from '../../../common/schemas/portal-backoffice.ts';
import { appendAudit } from '../../access/audit.ts';
import type { DB } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { refreshSearchLexicon } from '../catalogue/lexicon.ts';
import { checkContent, say, tidy } from './checks.ts';
import * as repo from './content.repo.ts';
import type { ContentRow, KindDescriptor, KindTable } from './descriptor.ts';
import { changedFields, sameValue } from './history.ts';
import { slugify } from './slug.ts';

export interface BackofficeDeps {
  db: Kysely<DB>;
  lang: Lang;
}

/** Who makes a change, for the history and the audit log. */
export interface ChangeAuthor {
  userId: string;
  ip: string | null;
}

type Content = Record<string, unknown>;

// --- Presenting ------------------------------------------------------------------------------------------

/** The live version (columns) and the version being edited (the pending draft when there is one). */
function versions<K extends ContentKind>(d: KindDescriptor<K>, row: ContentRow) {
  const live = d.fromRow(row) as Content;
  // A draft written by an older shape of the content keeps the live values of the fields it lacks.
  const editing = row.draft ? { ...live, ...row.draft } : live;
  return { live, editing };
}

function presentItem<K extends ContentKind>(d: KindDescriptor<K>, row: ContentRow): BackofficeItemOf<K> {
  const { live, editing } = versions(d, row);
  const published = row.status === 'published';
  const pending = row.draft !== null;
  const titles = d.titles(editing as ContentOf<K>, row.item_id);
  return {
    kind: d.kind,
    id: row.item_id,
    titleFr: titles.fr,
    titleEn: titles.en,
    status: row.status,
    pendingChanges: published && pending,
    content: editing,
    live: published ? live : null,
    changedFields: pending ? changedFields(live, editing).map((c) => c.field) : [],
    publishedAt: row.published_at ? row.published_at.toISOString() : null,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    abilities: { edit: true, publish: !published || pending, unpublish: published, discardDraft: pending },
  } as BackofficeItemOf<K>;
}

export async function listItems<K extends ContentKind>(
  deps: BackofficeDeps,
  d: KindDescriptor<K>,
  query: BackofficeListQuery,
): Promise<BackofficeList> {
  const pageSize = query.pageSize ?? BACKOFFICE_PAGE_SIZE;
  const page = query.page ?? 1;
  const { total, rows } = await repo.listItems(
    deps.db,
    d,
    { q: query.q, status: query.status },
    { limit: pageSize, offset: (page - 1) * pageSize },
  );
  return {
    kind: d.kind,
    total,
    page,
    pageSize,
    abilities: { create: d.schemas.create !== null },
    items: rows.map((row) => {
      const { editing } = versions(d, row);
      const titles = d.titles(editing as ContentOf<K>, row.item_id);
      const lastChange =
        row.last_change_at && row.last_change_at > row.updated_at ? row.last_change_at : row.updated_at;
      return {
        id: row.item_id,
        titleFr: titles.fr,
        titleEn: titles.en,
        status: row.status,
        pendingChanges: row.status === 'published' && row.draft !== null,
        publishedAt: row.published_at ? row.published_at.toISOString() : null,
        lastChangeAt: lastChange.toISOString(),
        lastChangeBy: row.last_change_by,
      };
    }),
  };
}

async function findOr404<K extends ContentKind>(db: Kysely<DB>, d: KindDescriptor<K>, id: string, forUpdate = false) {
  const row = await repo.findItem(db, d, id, forUpdate);
  if (!row) throw new AppError('ERR_NOT_FOUND');
  return row;
}

export async function getItem<K extends ContentKind>(deps: BackofficeDeps, d: KindDescriptor<K>, id: string) {
  return presentItem(d, await findOr404(deps.db, d, id));
}

// --- Writing helpers ------------------------------------------------------------------------------------

const pgCode = (error: unknown) => (error as { code?: string } | null)?.code;

/** Constraint failures that slipped past the checks (a partner deleted meanwhile) answer 4xx, never 500. */
function constraintError(error: unknown, lang: Lang): AppError | null {
  const code = pgCode(error);
  if (code === '23503')
    return new AppError('ERR_VALIDATION', {
      fieldErrors: [{ field: 'body', message: say(lang, 'référence inconnue', 'unknown reference') }],
    });
  if (code === '23514' || code === '22P02' || code === '22007' || code === '22008')
    return new AppError('ERR_VALIDATION', {
      fieldErrors: [{ field: 'body', message: say(lang, 'valeur refusée', 'value refused') }],
    });
  return null;
}

async function inTransaction<T>(deps: BackofficeDeps, work: (trx: Kysely<DB>) => Promise<T>): Promise<T> {
  try {
    return await deps.db.transaction().execute(work);
  } catch (error) {
    throw constraintError(error, deps.lang) ?? error;
  }
}

async function record(
  trx: Kysely<DB>,
  d: KindTable,
  id: string,
  action: RevisionAction,
  content: Content,
  author: ChangeAuthor,
  details: Record<string, unknown> = {},
  auditAction: string = action,
) {
  await repo.appendRevision(trx, { kind: d.kind, itemId: id, action, content, authorId: author.userId });
  await appendAudit(trx, {
    action: `portal.content.${auditAction}`,
    actorId: author.userId,
    objectType: `portal_${d.kind}`,
    objectId: id,
    details: { kind: d.kind, ...details },
    ip: author.ip,
  });
}

// --- Writing ---------------------------------------------------------------------------------------------

function conflict(field: string, message: string): AppError {
  return new AppError('ERR_CONFLICT', { fieldErrors: [{ field, message }] });
}

export async function createItem<K extends ContentKind>(
  deps: BackofficeDeps,
  d: KindDescriptor<K>,
  body: Content,
  author: ChangeAuthor,
) {
  const { id: givenId, ...fields } = body;
  const today = new Date().toISOString().slice(0, 10);
  const content = tidy({
    ...CONTENT_DEFAULTS[d.kind],
    ...(d.kind === 'news' ? { dated: today } : {}),
    ...fields,
  }) as Content;
  await checkContent(deps, d, content);
  const id = typeof givenId === 'string' ? givenId : slugify(d.slugSource?.(content as ContentOf<K>) ?? '');
  if (id === '')
    throw new AppError('ERR_VALIDATION', {
      fieldErrors: [
        {
          field: 'id',
          message: say(
            deps.lang,
            'le titre ne donne pas d’identifiant : indiquez-en un (lettres, chiffres et tirets)',
            'no identifier can be made from the title: give one (letters, digits and hyphens)',
          ),
        },
      ],
    });
  const taken = () =>
    conflict(
      'id',
      say(
        deps.lang,
        `l’identifiant « ${id} » est déjà pris : choisissez-en un autre`,
        `the identifier “${id}” is already taken: choose another one`,
      ),
    );
  try {
    await inTransaction(deps, async (trx) => {
      if (await repo.itemExists(trx, d, id)) throw taken();
      await repo.insertItem(trx, d, id, d.toColumns(content as ContentOf<K>));
      await record(trx, d, id, 'create', content, author, { titles: d.titles(content as ContentOf<K>, id) });
    });
  } catch (error) {
    // Another editor took the identifier between the check and the insert.
    if (pgCode(error) === '23505') throw taken();
    throw error;
  }
  return getItem(deps, d, id);
}

export async function updateItem<K extends ContentKind>(
  deps: BackofficeDeps,
  d: KindDescriptor<K>,
  id: string,
  patch: Content,
  author: ChangeAuthor,
) {
  await inTransaction(deps, async (trx) => {
    const row = await findOr404(trx, d, id, true);
    const { live, editing } = versions(d, row);
    const next = tidy({ ...editing, ...patch }) as Content;
    if (sameValue(next, editing)) return;
    await checkContent({ ...deps, db: trx }, d, next);
    if (row.status === 'published') {
      // The public keeps the live version; an edit that returns to it leaves nothing pending.
      const draft = sameValue(next, live) ? null : JSON.stringify(next);
      await repo.updateItem(trx, d, id, { draft }, false);
    } else {
      await repo.updateItem(trx, d, id, { ...d.toColumns(next as ContentOf<K>), draft: null });
    }
    await record(trx, d, id, 'edit', next, author, {
      fields: changedFields(editing, next).map((c) => c.field),
      status: row.status,
    });
  });
  return getItem(deps, d, id);
}

export async function publishItem<K extends ContentKind>(
  deps: BackofficeDeps,
  d: KindDescriptor<K>,
  id: string,
  author: ChangeAuthor,
) {
  await inTransaction(deps, async (trx) => {
    const row = await findOr404(trx, d, id, true);
    if (row.status === 'published' && row.draft === null)
      throw conflict(
        'status',
        say(deps.lang, 'déjà publié, sans modification en attente', 'already published, with no pending changes'),
      );
    const { live, editing } = versions(d, row);
    // Checked again: a partner or a region may have gone since the draft was saved.
    await checkContent({ ...deps, db: trx }, d, editing);
    await repo.updateItem(trx, d, id, {
      ...d.toColumns(editing as ContentOf<K>),
      status: 'published',
      draft: null,
      published_at: new Date(),
    });
    await record(trx, d, id, 'publish', editing, author, {
      fields: row.status === 'published' ? changedFields(live, editing).map((c) => c.field) : [],
    });
    if (d.kind === 'offer') await refreshSearchLexicon(trx);
  });
  return getItem(deps, d, id);
}

export async function unpublishItem<K extends ContentKind>(
  deps: BackofficeDeps,
  d: KindDescriptor<K>,
  id: string,
  author: ChangeAuthor,
) {
  await inTransaction(deps, async (trx) => {
    const row = await findOr404(trx, d, id, true);
    if (row.status !== 'published')
      throw conflict('status', say(deps.lang, 'ce contenu n’est pas publié', 'this content is not published'));
    await repo.updateItem(trx, d, id, { status: 'unpublished' });
    await record(trx, d, id, 'unpublish', versions(d, row).live, author);
    if (d.kind === 'offer') await refreshSearchLexicon(trx);
  });
  return getItem(deps, d, id);
}

/** Throws away the pending changes; the history records the content going back to the live version. */
export async function discardDraft<K extends ContentKind>(
  deps: BackofficeDeps,
  d: KindDescriptor<K>,
  id: string,
  author: ChangeAuthor,
) {
  await inTransaction(deps, async (trx) => {
    const row = await findOr404(trx, d, id, true);
    if (row.draft === null)
      throw conflict('draft', say(deps.lang, 'aucune modification en attente', 'no pending changes'));
    const { live, editing } = versions(d, row);
    await repo.updateItem(trx, d, id, { draft: null }, false);
    await record(
      trx,
      d,
      id,
      'edit',
      live,
      author,
      { discarded: changedFields(live, editing).map((c) => c.field) },
      'discard_draft',
    );
  });
  return getItem(deps, d, id);
}

// --- Reading around an item -------------------------------------------------------------------------------

/** The item as the public would read it once its pending changes are published. */
export async function previewItem<K extends ContentKind>(
  deps: BackofficeDeps,
  d: KindDescriptor<K>,
  id: string,
  lang: Lang,
) {
  const row = await findOr404(deps.db, d, id);
  const { editing } = versions(d, row);
  return d.preview(
    editing as ContentOf<K>,
    { id: row.item_id, publishedAt: row.published_at, updatedAt: row.updated_at },
    {
      lang,
      providerRef: async (providerId) => (providerId ? ((await repo.providerRef(deps.db, providerId)) ?? null) : null),
    },
  );
}

const HISTORY_LIMIT = 100;

/** A revision's content in the back office's shape: the seed records table rows (snake_case columns). */
function revisionContent<K extends ContentKind>(d: KindDescriptor<K>, content: Content): Content {
  if (!Object.keys(content).some((key) => key.includes('_'))) return content;
  const row = { ...content, item_id: String(content[d.idColumn] ?? '') } as ContentRow;
  return d.fromRow(row) as Content;
}

/** Newest first; each revision with the fields it changed from the one before it. */
export async function history<K extends ContentKind>(
  deps: BackofficeDeps,
  d: KindDescriptor<K>,
  id: string,
): Promise<RevisionList> {
  const row = await findOr404(deps.db, d, id);
  // One more than shown: the oldest shown revision still gets its changes.
  const rows = await repo.listRevisions(deps.db, d.kind, row.item_id, HISTORY_LIMIT + 1);
  const contents = rows.map((revision) => revisionContent(d, revision.content));
  return {
    truncated: rows.length > HISTORY_LIMIT,
    items: rows.slice(0, HISTORY_LIMIT).map((revision, i) => {
      const before = contents[i + 1];
      const content = contents[i]!;
      return {
        id: revision.id,
        action: revision.action,
        author:
          revision.author_id && revision.author_name ? { id: revision.author_id, name: revision.author_name } : null,
        at: revision.created_at.toISOString(),
        content,
        changes: before ? changedFields(before, content) : [],
      };
    }),
  };
}

export async function references(deps: BackofficeDeps): Promise<BackofficeReferences> {
  return repo.references(deps.db);
}
