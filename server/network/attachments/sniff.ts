// What a file is, decided from its bytes alone (magic numbers, the parts of a ZIP-based office document, valid
// UTF-8 text), and what its name's extension promises. The upload is accepted only when the two agree.
import type { Lang } from '../../../common/errors.ts';
import { ATTACHMENT_TYPES, type AttachmentMediaType } from '../../../common/network-terms.ts';
import { readZipEntries, readZipEntry, type ZipEntry, ZipError } from './zip.ts';

/** The kinds of file accepted; `text` covers .txt, .csv and .md (their media type comes from the extension). */
export type Family = 'pdf' | 'png' | 'jpeg' | 'gif' | 'webp' | 'docx' | 'xlsx' | 'pptx' | 'odt' | 'ods' | 'text';

type Words = Record<Lang, string>;

export type Detected =
  | { family: Family; zip?: ZipEntry[] }
  /** Anything else, named in words for the error message. */
  | { family: null; what: Words };

const FAMILY_OF_TYPE: Record<AttachmentMediaType, Family> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpeg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'text/plain': 'text',
  'text/csv': 'text',
  'text/markdown': 'text',
};

/** Names of the accepted kinds, as the error messages say "… is not a {name} file". */
export const FAMILY_NAMES: Record<Family, Words> = {
  pdf: { fr: 'PDF', en: 'PDF' },
  png: { fr: 'PNG', en: 'PNG' },
  jpeg: { fr: 'JPEG', en: 'JPEG' },
  gif: { fr: 'GIF', en: 'GIF' },
  webp: { fr: 'WebP', en: 'WebP' },
  docx: { fr: 'Word (.docx)', en: 'Word (.docx)' },
  xlsx: { fr: 'Excel (.xlsx)', en: 'Excel (.xlsx)' },
  pptx: { fr: 'PowerPoint (.pptx)', en: 'PowerPoint (.pptx)' },
  odt: { fr: 'OpenDocument texte (.odt)', en: 'OpenDocument text (.odt)' },
  ods: { fr: 'OpenDocument tableur (.ods)', en: 'OpenDocument spreadsheet (.ods)' },
  text: { fr: 'texte', en: 'text' },
};

/** The extension (lower case, without the dot) and the media type it stands for, if it is an accepted one. */
export function typeOfExtension(filename: string): { extension: string; mediaType: AttachmentMediaType | null } {
  const dot = filename.lastIndexOf('.');
  const extension = dot > 0 ? filename.slice(dot + 1).toLowerCase() : '';
  for (const [mediaType, extensions] of Object.entries(ATTACHMENT_TYPES) as [
    AttachmentMediaType,
    readonly string[],
  ][]) {
    if (extension !== '' && extensions.includes(extension)) return { extension, mediaType };
  }
  return { extension, mediaType: null };
}

export const familyOf = (mediaType: AttachmentMediaType): Family => FAMILY_OF_TYPE[mediaType];

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

const other = (fr: string, en: string): Detected => ({ family: null, what: { fr, en } });

/** What the bytes are. */
export function detect(bytes: Uint8Array): Detected {
  if (startsWith(bytes, ascii('%PDF-'))) return { family: 'pdf' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { family: 'png' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { family: 'jpeg' };
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return { family: 'gif' };
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return { family: 'webp' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return detectZip(bytes);
  if (startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46]))
    return other('programme exécutable (ELF)', 'executable program (ELF)');
  if (startsWith(bytes, ascii('MZ'))) return other('programme exécutable Windows', 'Windows executable program');
  for (const magic of [
    [0xfe, 0xed, 0xfa, 0xce],
    [0xfe, 0xed, 0xfa, 0xcf],
    [0xce, 0xfa, 0xed, 0xfe],
    [0xcf, 0xfa, 0xed, 0xfe],
    [0xca, 0xfe, 0xba, 0xbe],
  ]) {
    if (startsWith(bytes, magic)) return other('programme exécutable (Mach-O)', 'executable program (Mach-O)');
  }
  if (startsWith(bytes, ascii('#!'))) return other('script exécutable', 'executable script');
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return other('ancien format Office (.doc, .xls, .ppt)', 'legacy Office format (.doc, .xls, .ppt)');
  }
  if (
    startsWith(bytes, [0x1f, 0x8b]) ||
    startsWith(bytes, ascii('Rar!')) ||
    startsWith(bytes, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])
  ) {
    return other('archive compressée', 'compressed archive');
  }
  const text = decodeText(bytes);
  if (text === null) return other('fichier binaire de type inconnu', 'binary file of an unknown type');
  const head = text.slice(0, 1024).trimStart().toLowerCase();
  if (/^<(!doctype\s+html|html|head|body|script|iframe)\b/.test(head)) return other('page HTML', 'HTML page');
  if (/^<svg\b/.test(head) || (/^<\?xml\b/.test(head) && /<svg\b/.test(head))) return other('image SVG', 'SVG image');
  return { family: 'text' };
}

/** The text of a file that is valid UTF-8 without NUL or control characters (tab and line breaks aside). */
export function decodeText(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    // C0 controls but tab, line feed and carriage return; DEL; C1 controls.
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c <= 0x9f)) return null;
  }
  return text;
}

const OOXML_MAIN: readonly { family: Family; part: string; contentType: string }[] = [
  {
    family: 'docx',
    part: 'word/document.xml',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  },
  {
    family: 'xlsx',
    part: 'xl/workbook.xml',
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  },
  {
    family: 'pptx',
    part: 'ppt/presentation.xml',
    contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml',
  },
];

function detectZip(bytes: Uint8Array): Detected {
  let entries: ZipEntry[];
  try {
    entries = readZipEntries(bytes);
  } catch (error) {
    if (error instanceof ZipError) return other('archive ZIP illisible', 'unreadable ZIP archive');
    throw error;
  }
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  const read = (name: string, max: number) => {
    const entry = byName.get(name);
    if (!entry) return null;
    try {
      return new TextDecoder('utf-8').decode(readZipEntry(bytes, entry, max));
    } catch {
      return null;
    }
  };
  if (entries.some((entry) => /(^|\/)vbaProject\.bin$/i.test(entry.name) || /^Basic\//.test(entry.name))) {
    return other('document avec macros', 'document with macros');
  }
  const mimetype = read('mimetype', 200)?.trim();
  if (mimetype !== undefined && mimetype !== null) {
    if (mimetype === 'application/vnd.oasis.opendocument.text' && byName.has('content.xml')) {
      return { family: 'odt', zip: entries };
    }
    if (mimetype === 'application/vnd.oasis.opendocument.spreadsheet' && byName.has('content.xml')) {
      return { family: 'ods', zip: entries };
    }
    return other('document OpenDocument d’un autre type', 'OpenDocument file of another kind');
  }
  const contentTypes = read('[Content_Types].xml', 1024 * 1024);
  if (contentTypes !== null) {
    for (const main of OOXML_MAIN) {
      if (byName.has(main.part) && contentTypes.includes(main.contentType))
        return { family: main.family, zip: entries };
    }
    return other(
      'document Office d’un autre type (macros, modèle…)',
      'Office file of another kind (macros, template…)',
    );
  }
  return other('archive ZIP', 'ZIP archive');
}
