// The checks an upload goes through before a byte is stored: a clean name, a size within bounds, a type decided
// by the content that agrees with the name's extension, and no classification marking in its name or its text.
import type { Lang } from '../../../common/errors.ts';
import { ATTACHMENT_MAX_BYTES, type AttachmentMediaType } from '../../../common/network-terms.ts';
import { assertNoClassificationMarking } from '../../access/markings.ts';
import { AppError } from '../../errors.ts';
import { extractText, UnverifiableError } from './extract.ts';
import { detect, FAMILY_NAMES, familyOf, typeOfExtension } from './sniff.ts';

export const MAX_FILENAME_LENGTH = 200;

/**
 * The name as stored and sent back: no folders, no control or bidirectional-override characters (which can make
 * "fdp.exe" read as "exe.pdf"), spaces collapsed, at most 200 characters with the extension kept.
 */
export function sanitizeFilename(raw: string): string {
  const base = raw.split(/[/\\]/).pop() ?? '';
  let name = base
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .trim()
    .replace(/^\.+/, '');
  if ([...name].length > MAX_FILENAME_LENGTH) {
    const dot = name.lastIndexOf('.');
    const extension = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
    const stem = [...name.slice(0, name.length - extension.length)];
    name =
      stem
        .slice(0, MAX_FILENAME_LENGTH - [...extension].length)
        .join('')
        .trimEnd() + extension;
  }
  return name;
}

/** "10 Mo" / "10 MB": a size limit in the words of the request's language. */
export function sizeInWords(bytes: number, lang: Lang): string {
  const megabytes = bytes / (1024 * 1024);
  const number = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: 1 }).format(
    megabytes,
  );
  return `${number} ${lang === 'fr' ? 'Mo' : 'MB'}`;
}

export const tooLarge = (lang: Lang) =>
  new AppError('ERR_ATTACHMENT_TOO_LARGE', { params: { max: sizeInWords(ATTACHMENT_MAX_BYTES, lang) } });

export interface Inspected {
  filename: string;
  mediaType: AttachmentMediaType;
}

/** Accepts the file or throws the coded error that explains why not (415, 413, 422, 400). */
export function inspectUpload(rawName: string, bytes: Uint8Array, lang: Lang): Inspected {
  const filename = sanitizeFilename(rawName);
  if (filename === '') {
    throw new AppError('ERR_VALIDATION', {
      fieldErrors: [{ field: 'filename', message: lang === 'fr' ? 'Nom de fichier vide' : 'Empty file name' }],
    });
  }
  assertNoClassificationMarking(filename);
  if (bytes.byteLength === 0) throw new AppError('ERR_EMPTY_FILE');
  if (bytes.byteLength > ATTACHMENT_MAX_BYTES) throw tooLarge(lang);
  const { extension, mediaType: promised } = typeOfExtension(filename);
  const detected = detect(bytes);
  if (promised === null) {
    const detail =
      detected.family === null
        ? detected.what[lang]
        : extension === ''
          ? lang === 'fr'
            ? 'fichier sans extension'
            : 'file without an extension'
          : lang === 'fr'
            ? `extension .${extension}`
            : `.${extension} extension`;
    throw new AppError('ERR_ATTACHMENT_TYPE', { params: { detail } });
  }
  const expected = familyOf(promised);
  if (detected.family !== expected) {
    throw new AppError('ERR_ATTACHMENT_DISGUISED', {
      params: { filename, expected: FAMILY_NAMES[expected][lang] },
    });
  }
  let text: string;
  try {
    text = extractText(expected, bytes, detected.zip);
  } catch (error) {
    if (!(error instanceof UnverifiableError)) throw error;
    throw new AppError('ERR_ATTACHMENT_UNREADABLE', { params: { filename } });
  }
  assertNoClassificationMarking(text);
  return { filename, mediaType: promised };
}
