// What the generic content service needs to know about one kind of portal content: its table, its schemas,
// how its content maps to columns and back, its own checks and its public preview. One descriptor per kind
// (kinds/*.ts); everything else (drafts, publishing, history, audit) is shared.
import type { TSchema } from '@sinclair/typebox';
import type { Kysely, RawBuilder } from 'kysely';
import type { Lang } from '../../../common/errors.ts';
import type { ContentKind } from '../../../common/portal-terms.ts';
import type { ProviderRef } from '../../../common/schemas/portal.ts';
import type { ContentOf } from '../../../common/schemas/portal-backoffice.ts';
import type { DB } from '../../db/schema.ts';

export type ContentTable = 'portal_offers' | 'portal_events' | 'portal_news' | 'portal_contacts' | 'portal_countries';

/** A table row as SQL returns it: the kind's content columns plus the shared ones below. */
export type ContentRow = Record<string, unknown> & {
  item_id: string;
  status: 'draft' | 'published' | 'unpublished';
  draft: Record<string, unknown> | null;
  published_at: Date | null;
  created_at: Date;
  updated_at: Date;
};

export interface FieldError {
  field: string;
  message: string;
}

export interface CheckContext {
  db: Kysely<DB>;
  lang: Lang;
}

export interface PreviewContext {
  lang: Lang;
  /** Provider names for the public shape; null when the provider does not exist (any more). */
  providerRef(id: string | null): Promise<ProviderRef | null>;
}

/** The item's state around its content, for the preview's dates. */
export interface ItemMeta {
  id: string;
  publishedAt: Date | null;
  updatedAt: Date;
}

/** Where a kind lives in the database: all the SQL layer needs. */
export interface KindTable {
  kind: ContentKind;
  table: ContentTable;
  idColumn: 'id' | 'iso2';
  /** Content columns, selected for every read. */
  columns: readonly string[];
  /** SQL text the list's search looks into (columns of `t`), besides the draft's titles. */
  searchText: RawBuilder<string>;
  /** Keys of the draft's content searched too. */
  draftSearchKeys: readonly string[];
  /** Identifiers whose names match the query when names are not in the table (country pages). */
  searchIds?(q: string): string[];
}

export interface KindDescriptor<K extends ContentKind = ContentKind> extends KindTable {
  kind: K;
  /** Path segment of the kind's routes under /api/portal/admin. */
  path: string;
  schemas: {
    content: TSchema;
    /** Absent: the kind cannot be created (country pages exist for every ISO code). */
    create: TSchema | null;
    patch: TSchema;
    params: TSchema;
    preview: TSchema;
  };
  /** Text fields that must not be blank once trimmed (every text is trimmed and checked for markings). */
  requiredText: readonly (keyof ContentOf<K> & string)[];
  /** The titles shown in lists and the history (country pages: the country's names). */
  titles(content: ContentOf<K>, id: string): { fr: string; en: string };
  /** What a new item's identifier is derived from when the editor gives none. */
  slugSource?(content: ContentOf<K>): string;
  fromRow(row: ContentRow): ContentOf<K>;
  toColumns(content: ContentOf<K>): Record<string, unknown>;
  /** The kind's own checks, beyond the schema and the shared text checks. */
  check(content: ContentOf<K>, ctx: CheckContext): Promise<FieldError[]>;
  /** The item as the public would read it, in one language (the public schemas of common/schemas/portal.ts). */
  preview(content: ContentOf<K>, meta: ItemMeta, ctx: PreviewContext): Promise<unknown>;
}
