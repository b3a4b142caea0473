// What the file importers share: opening their input, reading CSV as a stream with real line numbers,
// and reading the messy scalar fields of research exports (counts, epoch seconds, ISO dates, lists).
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { ImportFormatError } from './records.ts';

/** A file path or an open stream (an upload, a test fixture). */
export type ImportInput = Readable | string;

export interface ParseOptions {
  /** Called once when a parser knows how many items the source holds (the outbox, parsed whole). */
  onTotal?: (total: number) => void;
}

export function openInput(input: ImportInput): Readable {
  return typeof input === 'string' ? createReadStream(input) : input;
}

/** The whole input as text (formats that are one JSON document). */
export async function readText(input: ImportInput): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of openInput(input)) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
}

export type CsvUnit = { line: number; fields: string[]; error?: undefined } | { line: number; error: string };

export interface CsvOptions {
  /** The import kind, prefixed to format errors. */
  format: string;
  delimiter?: string;
  /** Each entry is a column, or a list of alternatives of which one must be present. */
  required: (string | string[])[];
  /** Quotes inside unquoted fields are data (exports that never quote, such as the Wikidata one). */
  relaxQuotes?: boolean;
}

export interface CsvReader {
  /** Column name -> index; -1 when absent. */
  column(name: string): number;
  rows: AsyncIterable<CsvUnit>;
}

// A record bigger than this is a broken quote swallowing the file, not data: it is reported, not buffered on.
const MAX_RECORD_CHARS = 4_000_000;

/**
 * Opens a CSV source and checks its header before any row is read: an ImportFormatError names the missing
 * columns. Rows with the wrong number of fields, broken quotes or a truncated end come out as errors with
 * the line where they start; the other rows keep coming.
 */
export async function openCsv(input: ImportInput, options: CsvOptions): Promise<CsvReader> {
  const skipped: { endLine: number; reason: string }[] = [];
  const parser = openInput(input).pipe(
    parse({
      delimiter: options.delimiter ?? ',',
      bom: true,
      info: true,
      // Fewer fields come through so that a header ending in empty names (a trailing delimiter) can match
      // rows without it; every other width is checked below, so a cut or shifted row is still an error.
      relax_column_count_less: true,
      relax_quotes: options.relaxQuotes ?? false,
      skip_empty_lines: true,
      skip_records_with_error: true,
      max_record_size: MAX_RECORD_CHARS,
      on_skip: (error) => {
        if (error) skipped.push({ endLine: Number(error.lines), reason: csvReason(error) });
        return undefined;
      },
    }),
  );
  const iterator = parser[Symbol.asyncIterator]() as AsyncIterator<{ record: string[]; info: CsvInfo }>;
  let first: IteratorResult<{ record: string[]; info: CsvInfo }>;
  try {
    first = await iterator.next();
  } catch (error) {
    throw new ImportFormatError(`${options.format}: the file cannot be read as CSV (${(error as Error).message})`, 1);
  }
  if (first.done) {
    parser.destroy();
    throw new ImportFormatError(`${options.format}: the file is empty (no header line)`, 1);
  }
  const header = first.value.record.map((name) => name.trim());
  let width = header.length;
  while (width > 1 && header[width - 1] === '') width--;
  const index = new Map<string, number>();
  header.forEach((name, i) => {
    if (name && !index.has(name)) index.set(name, i);
  });
  const missing = options.required
    .filter((need) => (Array.isArray(need) ? !need.some((n) => index.has(n)) : !index.has(need)))
    .map((need) => (Array.isArray(need) ? need.join(' or ') : need));
  if (missing.length > 0) {
    parser.destroy();
    const found = header.slice(0, 12).join(', ') + (header.length > 12 ? ', …' : '');
    const guess = layoutOf(index);
    const hint = guess && guess !== options.format ? `; it looks like a ${guess} file` : '';
    throw new ImportFormatError(
      `${options.format}: missing required column(s) ${missing.join(', ')} (the header has: ${found || 'nothing'})${hint}`,
      first.value.info.lines,
    );
  }

  async function* rows(): AsyncGenerator<CsvUnit> {
    let lastEnd = first.value.info.lines;
    let emptyLines = first.value.info.empty_lines;
    // A skipped record ends before the next good one: report it at the line where it starts.
    const flushSkipped = function* (before: number): Generator<CsvUnit> {
      while (skipped.length > 0 && (skipped[0]?.endLine ?? 0) < before) {
        const s = skipped.shift()!;
        yield { line: lastEnd + 1, error: s.reason };
        lastEnd = s.endLine;
      }
    };
    try {
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
        const { record, info } = next.value;
        yield* flushSkipped(info.lines);
        // Blank lines are skipped by the parser but still move the line count.
        const start = lastEnd + 1 + (info.empty_lines - emptyLines);
        emptyLines = info.empty_lines;
        lastEnd = info.lines;
        if (record.length < width)
          yield { line: start, error: `expected ${width} columns, found ${record.length} (a cut or shifted line)` };
        else yield { line: start, fields: record };
      }
      yield* flushSkipped(Number.POSITIVE_INFINITY);
    } finally {
      parser.destroy();
    }
  }

  return { column: (name) => index.get(name) ?? -1, rows: rows() };
}

/** The import kind a CSV header belongs to, when it is one of the known layouts (for a helpful refusal). */
function layoutOf(columns: Map<string, number>): string | null {
  const has = (...names: string[]) => names.every((n) => columns.has(n));
  if (has('uri', 'user_did', 'user_handle')) return 'minet-bluesky-csv';
  if (has('id', 'user_screen_name', 'text')) return 'minet-csv';
  if (has('operator', 'QID')) return 'missions-wikidata';
  return null;
}

interface CsvInfo {
  lines: number;
  empty_lines: number;
}

function csvReason(error: Error & { code?: string }): string {
  switch (error.code) {
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH': {
      const m = /expect (\d+), got (\d+)/.exec(error.message);
      return m ? `expected ${m[1]} columns, found ${m[2]} (a cut or shifted line)` : error.message;
    }
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted field is never closed: the file ends inside this record (truncated file?)';
    case 'CSV_MAX_RECORD_SIZE':
      return `a record longer than ${MAX_RECORD_CHARS} characters (an unclosed quote?)`;
    default:
      return `malformed CSV: ${error.message}`;
  }
}

// --- Scalar fields ------------------------------------------------------------------------------------

/** A non-negative count, or null when the field is empty or not a number ("12", "12.0"). */
export function count(value: string | undefined): number | null {
  if (!value) return null;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? Math.round(n) : null;
}

/** true/false from "1"/"0", "true"/"false" (any case); null when empty or anything else. */
export function flag(value: string | undefined): boolean | null {
  if (!value) return null;
  const v = value.trim().toLowerCase();
  if (v === '1' || v === 'true') return true;
  if (v === '0' || v === 'false') return false;
  return null;
}

/** The list fields of the médialab exports are joined with '|'. */
export function list(value: string | undefined): string[] {
  if (!value) return [];
  const parts = value.split('|');
  const out: string[] = [];
  for (const p of parts) {
    const v = p.trim();
    if (v) out.push(v);
  }
  return out;
}

export const nonEmpty = (value: string | undefined): string | null => {
  if (!value) return null;
  const v = value.trim();
  return v === '' ? null : v;
};

// Dates outside this range are a unit mistake (milliseconds for seconds) or a shifted column, not a post time.
const MIN_TIME = Date.UTC(1990, 0, 1);
const MAX_TIME = Date.UTC(2100, 0, 1);
const plausible = (t: number) => Number.isFinite(t) && t >= MIN_TIME && t < MAX_TIME;

/** Epoch seconds ("1610005273" or "1610005273.0"), or null. */
export function epochSeconds(value: string): Date | null {
  if (!/^\s*\d+(\.\d*)?\s*$/.test(value)) return null;
  const t = Number(value) * 1000;
  return plausible(t) ? new Date(t) : null;
}

/** ISO 8601; a time without an offset is read as UTC (the exports write UTC without saying so). */
export function isoDate(value: string): Date | null {
  const v = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}/.test(v)) return null;
  const zoned = /([zZ]|[+-]\d{2}:?\d{2})$/.test(v) || v.length === 10 ? v : `${v}Z`;
  const t = Date.parse(zoned);
  return plausible(t) ? new Date(t) : null;
}

/**
 * A post time from an epoch-seconds column, else an ISO column: the Date, or the error to report
 * ("invalid date in timestamp_utc: '…'").
 */
export function postTime(
  epoch: { name: string; value: string | undefined },
  iso: { name: string; value: string | undefined },
): Date | string {
  const e = epoch.value?.trim();
  if (e) return epochSeconds(e) ?? `invalid date in ${epoch.name}: '${clip(e)}'`;
  const i = iso.value?.trim();
  if (i) return isoDate(i) ?? `invalid date in ${iso.name}: '${clip(i)}'`;
  return `missing date (${epoch.name} and ${iso.name} are empty)`;
}

export const clip = (value: string, max = 60) => (value.length > max ? `${value.slice(0, max)}…` : value);
