// The text of an uploaded file, where it is cheap to get, for the classification-marking check: text files as
// they are; the XML parts of office documents; the strings of a PDF's uncompressed and Flate streams. Every
// size is bounded; past a bound the file is refused as unverifiable rather than accepted unread.
import { constants, inflateSync } from 'node:zlib';
import { decodeText, type Family } from './sniff.ts';
import { readZipEntry, type ZipEntry, ZipError } from './zip.ts';

export class UnverifiableError extends Error {}

/** Most bytes of XML read from one office document, and of inflated streams from one PDF. */
const MAX_TOTAL_BYTES = 48 * 1024 * 1024;
const MAX_PART_BYTES = 16 * 1024 * 1024;
const MAX_PDF_STREAMS = 20_000;

/** The parts of each office format that hold text: body, headers and footers, notes, comments, properties. */
const TEXT_PARTS: Partial<Record<Family, RegExp>> = {
  docx: /^(word\/(document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml|docProps\/(core|app|custom)\.xml)$/,
  xlsx: /^(xl\/sharedStrings\.xml|xl\/worksheets\/sheet\d+\.xml|xl\/comments\d*\.xml|docProps\/(core|app|custom)\.xml)$/,
  pptx: /^(ppt\/(slides\/slide\d+|notesSlides\/notesSlide\d+|slideMasters\/slideMaster\d+|comments\/comment\d+)\.xml|docProps\/(core|app|custom)\.xml)$/,
  odt: /^(content|styles|meta)\.xml$/,
  ods: /^(content|styles|meta)\.xml$/,
};

/** The text to check for markings, or '' for images. */
export function extractText(family: Family, bytes: Uint8Array, zip?: ZipEntry[]): string {
  if (family === 'text') return decodeText(bytes) ?? '';
  if (family === 'pdf') return pdfText(bytes);
  const parts = TEXT_PARTS[family];
  if (!parts || !zip) return '';
  return officeText(bytes, zip, parts);
}

function officeText(bytes: Uint8Array, entries: ZipEntry[], parts: RegExp): string {
  const decoder = new TextDecoder('utf-8');
  const texts: string[] = [];
  let total = 0;
  for (const entry of entries) {
    if (!parts.test(entry.name)) continue;
    let xml: Uint8Array;
    try {
      xml = readZipEntry(bytes, entry, MAX_PART_BYTES);
    } catch (error) {
      if (error instanceof ZipError) throw new UnverifiableError(error.message);
      throw error;
    }
    total += xml.byteLength;
    if (total > MAX_TOTAL_BYTES) throw new UnverifiableError('too much text to check');
    texts.push(xmlText(decoder.decode(xml)));
  }
  return texts.join('\n');
}

// Paragraph, cell and line ends become spaces; the runs inside a paragraph join as they are (a word split over
// two runs stays one word).
const BREAKS =
  /<\/(?:w:p|a:p|text:p|text:h|si|c|row|table:table-cell|dc:[\w-]+|cp:[\w-]+|vt:[\w-]+|property|meta:[\w-]+)>|<(?:w:tab|w:br|w:cr|a:br|text:tab|text:line-break|text:s)\b[^>]*>/g;

export function xmlText(xml: string): string {
  return decodeEntities(xml.replace(BREAKS, ' ').replace(/<[^>]*>/g, ''));
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g, (_, entity: string) => {
    if (entity.startsWith('#x')) return codePoint(Number.parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return codePoint(Number.parseInt(entity.slice(1), 10));
    return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[entity] ?? '';
  });
}

const codePoint = (n: number) => (Number.isInteger(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '');

/**
 * The strings of a PDF: those outside streams (the document information) and those inside the streams that are
 * uncompressed or FlateDecode only (page contents, object streams). Text drawn with embedded font encodings is
 * not recovered: the check is a safety net, not a guarantee.
 */
export function pdfText(bytes: Uint8Array): string {
  const latin = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const sources: string[] = [];
  const outside: string[] = [];
  let cursor = 0;
  let streams = 0;
  let inflated = 0;
  const streamStart = /(?<![A-Za-z])stream(\r\n|\n|\r)/g;
  for (let match = streamStart.exec(latin); match !== null; match = streamStart.exec(latin)) {
    const dataStart = match.index + match[0].length;
    const end = latin.indexOf('endstream', dataStart);
    if (end < 0) break;
    streams += 1;
    if (streams > MAX_PDF_STREAMS) throw new UnverifiableError('too many streams');
    // The stream's dictionary, just before it (a bounded look-back: a crafted file must not make this quadratic).
    const windowStart = Math.max(cursor, match.index - 4096);
    const dictWindow = latin.slice(windowStart, match.index);
    const dict = dictWindow.slice(Math.max(0, dictWindow.lastIndexOf('obj')));
    outside.push(latin.slice(cursor, match.index));
    cursor = end + 'endstream'.length;
    streamStart.lastIndex = cursor;
    const filters = [...dict.matchAll(/\/(\w+Decode|AHx|A85|LZW|Fl|RL|CCF|DCT)\b/g)].map((m) => m[1]);
    if (/\/Subtype\s*\/Image\b/.test(dict)) continue;
    const data = bytes.subarray(dataStart, end);
    if (filters.length === 0) {
      sources.push(latin.slice(dataStart, end));
    } else if (filters.length === 1 && (filters[0] === 'FlateDecode' || filters[0] === 'Fl')) {
      const budget = Math.min(MAX_PART_BYTES, MAX_TOTAL_BYTES - inflated);
      if (budget <= 0) throw new UnverifiableError('too much text to check');
      let out: Buffer;
      try {
        out = inflateSync(data, { maxOutputLength: budget, finishFlush: constants.Z_SYNC_FLUSH });
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
          throw new UnverifiableError('stream too large once inflated');
        }
        continue; // A damaged stream holds nothing readable.
      }
      inflated += out.byteLength;
      sources.push(out.toString('latin1'));
    }
  }
  outside.push(latin.slice(cursor));
  return [...outside, ...sources].map(pdfStrings).join('\n');
}

/** The literal and hex strings of PDF syntax; strings in one array (a TJ operand) join without a space. */
export function pdfStrings(source: string): string {
  const words: string[] = [];
  let array: string[] | null = null;
  const push = (text: string) => {
    if (array) array.push(text);
    else words.push(text);
  };
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i];
    if (c === '%') {
      // A comment runs to the end of the line.
      while (i < source.length && source[i] !== '\n' && source[i] !== '\r') i += 1;
    } else if (c === '[') {
      array = [];
    } else if (c === ']') {
      if (array) words.push(array.join(''));
      array = null;
    } else if (c === '(') {
      const [text, next] = literalString(source, i + 1);
      push(pdfEncoded(text));
      i = next;
    } else if (c === '<' && source[i + 1] !== '<') {
      const close = source.indexOf('>', i + 1);
      if (close < 0) break;
      const hex = source.slice(i + 1, close).replace(/\s+/g, '');
      if (/^[0-9a-fA-F]*$/.test(hex) && hex.length <= 1_000_000) push(pdfEncoded(hexString(hex)));
      i = close;
    } else if (c === '<') {
      i += 1;
    }
  }
  return words.join(' ');
}

/** A literal string from `start` (after its opening parenthesis): balanced parentheses and escapes. */
function literalString(source: string, start: number): [string, number] {
  let depth = 1;
  let out = '';
  let i = start;
  for (; i < source.length; i += 1) {
    const c = source[i] as string;
    if (c === '\\') {
      const n = source[i + 1];
      i += 1;
      if (n === undefined) break;
      const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
      if (n in escapes) out += escapes[n];
      else if (/[0-7]/.test(n)) {
        const octal = /^[0-7]{1,3}/.exec(source.slice(i, i + 3))?.[0] ?? n;
        out += String.fromCharCode(Number.parseInt(octal, 8) & 0xff);
        i += octal.length - 1;
      } else if (n === '\r') {
        if (source[i + 1] === '\n') i += 1;
      } else if (n !== '\n') out += n;
    } else if (c === '(') {
      depth += 1;
      out += c;
    } else if (c === ')') {
      depth -= 1;
      if (depth === 0) break;
      out += c;
    } else out += c;
  }
  return [out, i];
}

function hexString(hex: string): string {
  const padded = hex.length % 2 === 1 ? `${hex}0` : hex;
  let out = '';
  for (let i = 0; i < padded.length; i += 2) out += String.fromCharCode(Number.parseInt(padded.slice(i, i + 2), 16));
  return out;
}

/** Byte strings as text: UTF-16BE with its byte order mark, otherwise (about) PDFDocEncoding, read as Latin-1. */
function pdfEncoded(bytes: string): string {
  if (bytes.charCodeAt(0) === 0xfe && bytes.charCodeAt(1) === 0xff) {
    let out = '';
    for (let i = 2; i + 1 < bytes.length; i += 2)
      out += String.fromCharCode((bytes.charCodeAt(i) << 8) | bytes.charCodeAt(i + 1));
    return out;
  }
  return bytes;
}
