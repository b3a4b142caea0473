// `diplomatie import <kind> <file> [--json]`: runs a file import with a progress line on stderr, then prints
// its summary (readable, or one JSON object on the last line of stdout). Exit code 1 when the file could not
// be read at all; 0 otherwise, skipped rows included.
import { existsSync, statSync } from 'node:fs';
import type { ImportKind, ImportSummary } from '../../../common/schemas/observatory.ts';
import { progressLine } from '../../cli/progress.ts';
import type { Database } from '../../db/index.ts';
import { scoreAll } from '../scoring/index.ts';
import { type ImportProgress, runImport } from './runner.ts';

/** Errors listed by the readable summary; --json and the run record keep up to a thousand. */
const SHOWN_ERRORS = 20;

export interface ImportCommandOptions {
  json?: boolean;
  /** false: skip the rescoring after the import (`--no-score`, e.g. before several imports in a row). */
  score?: boolean;
}

type WithDatabase = <T>(fn: (database: Database) => Promise<T>) => Promise<T>;

export async function importCommand(
  kind: ImportKind,
  file: string,
  options: ImportCommandOptions,
  withDatabase: WithDatabase,
  out: { log: (line: string) => void; error: (line: string) => void } = console,
): Promise<number> {
  const summary = (s: ImportSummary) =>
    JSON.stringify({ read: s.read, added: s.added, updated: s.updated, skipped: s.skipped, errors: s.errors });
  if (!existsSync(file) || !statSync(file).isFile()) {
    const reason = `import: ${file} is not a readable file`;
    out.error(reason);
    if (options.json) out.log(summary({ read: 0, added: 0, updated: 0, skipped: 0, errors: [{ line: null, reason }] }));
    return 1;
  }
  const result = await withDatabase(async (database) => {
    const bar = progressLine(`import ${kind}`);
    const started = performance.now();
    const result = await runImport(database, { kind, file, onProgress: (p) => bar.update(progressText(p)) });
    const seconds = (performance.now() - started) / 1000;
    if (result.status === 'failed') bar.done('failed');
    else
      bar.done(
        `${result.read} read in ${seconds.toFixed(1)} s (${Math.round(result.read / Math.max(seconds, 0.001))} items/s)` +
          (result.resumedFrom !== null ? `, resumed after line ${result.resumedFrom}` : ''),
      );
    // New data changes the index: rescore now, as the server does after an upload.
    if (result.status === 'done' && (result.added > 0 || result.updated > 0) && options.score !== false) {
      const periods = await scoreAll(database);
      out.error(`index recomputed: ${periods.length} period(s) scored`);
    }
    return result;
  });
  if (result.status === 'failed') out.error(result.message ?? 'import: the file could not be read');
  if (options.json) out.log(summary(result));
  else if (result.status === 'done') {
    out.log(
      `${file} (${kind}): ${result.read} read, ${result.added} added, ${result.updated} updated, ${result.skipped} skipped`,
    );
    const listed = result.errors.filter((e) => !(e.line === null && /^… and \d+ more$/.test(e.reason)));
    const more =
      result.errors.length - listed.length > 0 ? Number(/\d+/.exec(result.errors.at(-1)?.reason ?? '')?.[0]) : 0;
    if (listed.length > 0) {
      out.log(`Reported (${listed.length + more}):`);
      for (const e of listed.slice(0, SHOWN_ERRORS))
        out.log(`  ${e.line === null ? '' : `line ${e.line}: `}${e.reason}`);
      const hidden = listed.length + more - SHOWN_ERRORS;
      if (hidden > 0) out.log(`  … and ${hidden} more (--json lists up to 1,000)`);
    }
    if (result.unchanged > 0) out.log(`${result.unchanged} item(s) were already imported and unchanged.`);
  }
  return result.status === 'failed' ? 1 : 0;
}

function progressText(p: ImportProgress): string {
  const pct = `${Math.floor(p.fraction * 100)}%`.padStart(4);
  const of = p.total !== null && p.total >= p.read ? ` of ~${p.total}` : '';
  return `${pct} ${p.read}${of} read · ${p.added} added · ${p.updated} updated · ${p.skipped} skipped`;
}
