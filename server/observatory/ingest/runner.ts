// Runs a file import: hashes the file, creates or resumes its obs_import_runs row, streams the parser's items
// into the writer in batches, checkpoints after each batch, and returns the summary the CLI and the API show.
import { createHash } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { sql } from 'kysely';
import type { ImportKind, ImportSummary } from '../../../common/schemas/observatory.ts';
import type { Database } from '../../db/index.ts';
import type { ImportErrorRow } from '../../db/schema.ts';
import { parseMissionsWikidata, upsertMissions } from '../registry/missions-wikidata.ts';
import { parseMastodonOutbox } from './mastodon-outbox.ts';
import { parseMinetBlueskyCsv } from './minet-bluesky-csv.ts';
import { parseMinetCsv } from './minet-csv.ts';
import type { MissionItem } from './missions-wikidata-csv.ts';
import { ImportFormatError, type SourceItem } from './records.ts';
import type { ImportInput, ParseOptions } from './source.ts';
import { writeBatch } from './writer.ts';
import { parseXV2Jsonl } from './x-v2-jsonl.ts';

export const DEFAULT_BATCH_SIZE = 2_000;
/** Error entries kept on the run row and in the summary; the counts stay exact beyond. */
export const MAX_STORED_ERRORS = 1_000;

export interface ImportProgress {
  read: number;
  added: number;
  updated: number;
  skipped: number;
  /** Items expected: exact when the format says, else estimated from the share of the file read. */
  total: number | null;
  /** Share of the file read, 0 to 1. */
  fraction: number;
}

export interface RunImportOptions {
  kind: ImportKind;
  file: string;
  /** What the run row shows as its source (an upload's file name); the path by default. */
  source?: string;
  startedBy?: string | null;
  onProgress?: (progress: ImportProgress) => void | Promise<void>;
  batchSize?: number;
}

export interface ImportResult extends ImportSummary {
  runId: string;
  status: 'done' | 'failed';
  /** Why the file could not be read at all (status failed). */
  message: string | null;
  /** The checkpoint a resumed run started after (null: a fresh run). */
  resumedFrom: number | null;
  /** Items this process found already imported and unchanged (part of skipped). */
  unchanged: number;
}

type Outcome = 'added' | 'updated' | 'unchanged';
interface Unit {
  line: number;
  error?: string | undefined;
}

/** What the runner needs from a kind: its parser, the identity of an item within a file, its writer. */
interface KindHandler<U extends Unit> {
  read(input: ImportInput, options: ParseOptions): AsyncIterable<U>;
  /** Items with the same key in one file are duplicates ("duplicate post id 123"). */
  what: string;
  key(unit: U): string | null;
  write(database: Database, units: U[]): Promise<{ outcomes: Outcome[]; notes?: { index: number; reason: string }[] }>;
}

// The first post of an item is its own (a Bluesky repost line also carries the reposted post, second).
const recordsHandler = (read: KindHandler<SourceItem>['read']): KindHandler<SourceItem> => ({
  read,
  what: 'post id',
  key: (unit) => {
    for (const r of unit.records ?? []) if (r.type === 'post') return r.post.networkPostId;
    return null;
  },
  write: (database, units) =>
    writeBatch(
      database,
      units.map((u) => u.records ?? []),
    ),
});

const missionsHandler: KindHandler<MissionItem> = {
  read: (input) => parseMissionsWikidata(input),
  what: 'Wikidata id',
  key: (unit) => unit.mission?.wikidataId ?? null,
  write: (database, units) =>
    upsertMissions(
      database,
      units.flatMap((u) => (u.mission ? [u.mission] : [])),
    ),
};

const HANDLERS: Record<ImportKind, KindHandler<SourceItem> | KindHandler<MissionItem>> = {
  'minet-csv': recordsHandler((input) => parseMinetCsv(input)),
  'minet-bluesky-csv': recordsHandler((input) => parseMinetBlueskyCsv(input)),
  'x-v2-jsonl': recordsHandler((input) => parseXV2Jsonl(input)),
  'mastodon-outbox': recordsHandler((input, options) => parseMastodonOutbox(input, options)),
  'missions-wikidata': missionsHandler,
};

/** sha256 of the file, read as a stream: the identity that lets a re-run of the same content resume. */
export async function hashFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** The stored error list: the first MAX_STORED_ERRORS entries, then one "… and N more". */
class ErrorList {
  readonly entries: ImportErrorRow[] = [];
  more = 0;
  dirty = false;

  constructor(stored: ImportErrorRow[] = []) {
    for (const e of stored) {
      const m = e.line === null ? /^… and (\d+) more$/.exec(e.reason) : null;
      if (m) this.more += Number(m[1]);
      else this.entries.push(e);
    }
  }

  add(line: number | null, reason: string) {
    this.dirty = true;
    if (this.entries.length < MAX_STORED_ERRORS) this.entries.push({ line, reason });
    else this.more++;
  }

  /** In line order: warnings about written rows arrive after the batch, later than the rows' own errors. */
  list(): ImportErrorRow[] {
    const sorted = [...this.entries].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    return this.more > 0 ? [...sorted, { line: null, reason: `… and ${this.more} more` }] : sorted;
  }
}

/**
 * Imports a file. Idempotency is the writer's: items are keyed on the networks' own ids, so a re-run adds
 * nothing. A run with the same kind and content hash that did not finish (running: the process died;
 * failed) is resumed after its checkpoint. The checkpoint is written right after each batch, outside the
 * batch's transaction (the writer owns that one): a crash between the two makes the resumed run write that
 * batch again, which changes nothing. Counting: read = items read; added and updated from the writer;
 * skipped = bad items + duplicates within the file + items that changed nothing. `errors` lists each bad
 * item and duplicate with its line, and rows written with a warning (a mission account left to its owner).
 */
export async function runImport(database: Database, options: RunImportOptions): Promise<ImportResult> {
  const handler = HANDLERS[options.kind] as KindHandler<Unit> | undefined;
  if (!handler) throw new Error(`import: unknown kind '${options.kind}'`);
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const { size } = await stat(options.file);
  const contentHash = await hashFile(options.file);
  const source = (options.source ?? options.file).slice(0, 1000);

  const previous = await database.db
    .selectFrom('obs_import_runs')
    .selectAll()
    .where('kind', '=', options.kind)
    .where('content_hash', '=', contentHash)
    .where('status', '<>', 'done')
    .orderBy('started_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  const run = previous
    ? await database.db
        .updateTable('obs_import_runs')
        .set({ status: 'running', message: null, source, updated_at: new Date(), finished_at: null })
        .where('id', '=', previous.id)
        .returningAll()
        .executeTakeFirstOrThrow()
    : await database.db
        .insertInto('obs_import_runs')
        .values({ kind: options.kind, source, content_hash: contentHash, started_by: options.startedBy ?? null })
        .returningAll()
        .executeTakeFirstOrThrow();
  const checkpoint = previous ? Number(run.checkpoint) : 0;
  const counts = {
    read: Number(run.read),
    added: Number(run.added),
    updated: Number(run.updated),
    skipped: Number(run.skipped),
  };
  const errors = new ErrorList(previous ? run.errors : []);
  let total: number | null = run.total === null ? null : Number(run.total);
  let knownTotal = false;
  let stream: ReadStream | null = null;
  const fraction = () => (size === 0 || !stream ? 1 : Math.min(1, stream.bytesRead / size));
  const estimate = () => {
    if (knownTotal) return total;
    const f = fraction();
    return f > 0 ? Math.max(counts.read, Math.round(counts.read / f)) : null;
  };
  const progress = async () => options.onProgress?.({ ...counts, total: estimate(), fraction: fraction() });

  const seen = new Map<string, number>();
  let batch: Unit[] = [];
  let lastLine = checkpoint;
  let sinceFlush = 0;
  let unchanged = 0;

  const flush = async () => {
    if (batch.length > 0) {
      const units = batch;
      batch = [];
      const { outcomes, notes } = await handler.write(database, units);
      for (const outcome of outcomes) {
        if (outcome === 'added') counts.added++;
        else if (outcome === 'updated') counts.updated++;
        else {
          counts.skipped++;
          unchanged++;
        }
      }
      for (const note of notes ?? []) errors.add(units[note.index]?.line ?? null, note.reason);
    }
    sinceFlush = 0;
    total = estimate();
    await database.db
      .updateTable('obs_import_runs')
      .set({
        checkpoint: lastLine,
        ...counts,
        total,
        ...(errors.dirty ? { errors: JSON.stringify(errors.list()) } : {}),
        updated_at: new Date(),
      })
      .where('id', '=', run.id)
      .execute();
    errors.dirty = false;
    await progress();
  };

  try {
    stream = createReadStream(options.file);
    const units = handler.read(stream, {
      onTotal: (n) => {
        knownTotal = true;
        total = n;
      },
    });
    for await (const unit of units) {
      if (unit.line <= checkpoint) {
        // Already counted by the interrupted run; its keys still make later copies duplicates.
        if (unit.error === undefined) {
          const key = handler.key(unit);
          if (key !== null && !seen.has(key)) seen.set(key, unit.line);
        }
        if (++sinceFlush >= batchSize) {
          sinceFlush = 0;
          await progress();
        }
        continue;
      }
      // Batches end between lines: the items of one JSONL page are written together, under one checkpoint.
      if (sinceFlush >= batchSize && unit.line !== lastLine) await flush();
      lastLine = unit.line;
      sinceFlush++;
      counts.read++;
      if (unit.error !== undefined) {
        counts.skipped++;
        errors.add(unit.line, unit.error);
        continue;
      }
      const key = handler.key(unit);
      if (key !== null) {
        const first = seen.get(key);
        if (first !== undefined) {
          counts.skipped++;
          errors.add(unit.line, `duplicate ${handler.what} ${key} (first seen on line ${first})`);
          continue;
        }
        seen.set(key, unit.line);
      }
      batch.push(unit);
    }
    await flush();
  } catch (error) {
    stream?.destroy();
    if (error instanceof ImportFormatError) {
      const failed = new ErrorList();
      failed.add(error.line, error.message);
      await database.db
        .updateTable('obs_import_runs')
        .set({
          status: 'failed',
          message: error.message,
          errors: JSON.stringify(failed.list()),
          updated_at: new Date(),
          finished_at: new Date(),
        })
        .where('id', '=', run.id)
        .execute();
      return {
        runId: run.id,
        status: 'failed',
        message: error.message,
        resumedFrom: previous ? checkpoint : null,
        unchanged: 0,
        read: 0,
        added: 0,
        updated: 0,
        skipped: 0,
        errors: failed.list(),
      };
    }
    // Anything else (the database, the disk) leaves a resumable run.
    await database.db
      .updateTable('obs_import_runs')
      .set({
        status: 'failed',
        message: `interrupted: ${(error as Error).message}`.slice(0, 2000),
        updated_at: new Date(),
      })
      .where('id', '=', run.id)
      .execute()
      .catch(() => {});
    throw error;
  }

  await database.db
    .updateTable('obs_import_runs')
    .set({
      status: 'done',
      total: counts.read,
      ...counts,
      errors: JSON.stringify(errors.list()),
      updated_at: new Date(),
      finished_at: sql<Date>`now()`,
    })
    .where('id', '=', run.id)
    .execute();
  return {
    runId: run.id,
    status: 'done',
    message: null,
    resumedFrom: previous ? checkpoint : null,
    unchanged,
    ...counts,
    errors: errors.list(),
  };
}
