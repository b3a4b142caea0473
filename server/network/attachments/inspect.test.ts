// The upload checks on their own: types by content, names, disguised files, markings inside documents, bounds.
import { deflateRawSync, deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ATTACHMENT_MAX_BYTES } from '../../../common/network-terms.ts';
import { AppError } from '../../errors.ts';
import { pdfText } from './extract.ts';
import { inspectUpload, sanitizeFilename } from './inspect.ts';
import * as f from './test-files.ts';
import { readZipEntries, readZipEntry } from './zip.ts';

function refusal(name: string, bytes: Uint8Array): AppError {
  try {
    inspectUpload(name, bytes, 'fr');
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error(`${name} was accepted`);
}

describe('types decided by content', () => {
  it.each([
    ['rapport.pdf', 'application/pdf', f.pdf('Bonjour')],
    ['carte.png', 'image/png', f.png()],
    ['photo.JPG', 'image/jpeg', f.jpeg()],
    ['photo.jpeg', 'image/jpeg', f.jpeg()],
    ['anim.gif', 'image/gif', f.gif()],
    ['image.webp', 'image/webp', f.webp()],
    ['note.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', f.docx('Une note')],
    ['table.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', f.xlsx('Chiffres')],
    ['slides.pptx', 'application/vnd.openxmlformats-officedocument.presentationml.presentation', f.pptx('Titre')],
    ['texte.odt', 'application/vnd.oasis.opendocument.text', f.odt('Texte')],
    ['calc.ods', 'application/vnd.oasis.opendocument.spreadsheet', f.ods('Cellule')],
    ['lisez-moi.txt', 'text/plain', Buffer.from('Bonjour à tous\n')],
    ['export.csv', 'text/csv', Buffer.from('pays;montant\nML;15000000\n')],
    ['notes.md', 'text/markdown', Buffer.from('# Titre\n\n- un point')],
  ])('accepts %s as %s', (name, mediaType, bytes) => {
    expect(inspectUpload(name, bytes, 'fr')).toEqual({ filename: name, mediaType });
  });

  it.each([
    ['programme.pdf', 'PDF', f.elf()],
    ['setup.pdf', 'PDF', f.exe()],
    ['page.pdf', 'PDF', f.html()],
    ['archive.pdf', 'PDF', f.plainZip()],
    ['rapport.png', 'PNG', f.pdf('x')],
    ['note.docx', 'Word (.docx)', f.plainZip()],
    ['note.docx', 'Word (.docx)', f.xlsx('x')],
    ['texte.txt', 'texte', f.png()],
    ['page.txt', 'texte', f.html()],
  ])('refuses %s that is not what its name says (%s)', (name, expected, bytes) => {
    const error = refusal(name, bytes);
    expect(error.code).toBe('ERR_ATTACHMENT_DISGUISED');
    expect(error.params).toMatchObject({ filename: name, expected });
  });

  it.each([
    ['setup.exe', 'programme exécutable Windows', f.exe()],
    ['page.html', 'page HTML', f.html()],
    ['logo.svg', 'image SVG', f.svg()],
    ['script.js', 'extension .js', Buffer.from('alert(1)')],
    ['archive.zip', 'archive ZIP', f.plainZip()],
    ['sans-extension', 'fichier sans extension', Buffer.from('texte')],
  ])('refuses %s as a type not accepted (%s)', (name, detail, bytes) => {
    const error = refusal(name, bytes);
    expect(error.code).toBe('ERR_ATTACHMENT_TYPE');
    expect(error.params.detail).toBe(detail);
  });

  it('refuses empty files, text with control bytes, and oversize files', () => {
    expect(refusal('vide.txt', new Uint8Array()).code).toBe('ERR_EMPTY_FILE');
    expect(refusal('binaire.txt', Buffer.from('abc\u0000def')).code).toBe('ERR_ATTACHMENT_DISGUISED');
    expect(refusal('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9])).code).toBe('ERR_ATTACHMENT_DISGUISED');
    const big = refusal('gros.txt', Buffer.alloc(ATTACHMENT_MAX_BYTES + 1, 0x61));
    expect(big.code).toBe('ERR_ATTACHMENT_TOO_LARGE');
    expect(big.params.max).toBe('10 Mo');
  });
});

describe('markings inside files', () => {
  it.each([
    ['note.txt', 'DIFFUSION RESTREINTE', Buffer.from('Compte rendu\nDIFFUSION RESTREINTE\n')],
    ['note.md', 'TRÈS SECRET DÉFENSE', Buffer.from('# Très secret défense')],
    ['note.docx', 'DIFFUSION RESTREINTE', f.docx('Ce document est DIFFUSION RESTREINTE')],
    ['entete.docx', 'SECRET', f.docx('Rien', 'SECRET')],
    ['table.xlsx', 'NATO RESTRICTED', f.xlsx('NATO RESTRICTED')],
    ['slides.pptx', 'RESTREINT UE', f.pptx('Restreint UE')],
    ['texte.odt', 'CONFIDENTIEL DÉFENSE', f.odt('Confidentiel Défense')],
    ['rapport.pdf', 'DIFFUSION RESTREINTE', f.pdf('DIFFUSION RESTREINTE')],
    ['brut.pdf', 'SECRET DÉFENSE', f.pdf('SECRET DEFENSE', { raw: true })],
    ['titre.pdf', 'EU RESTRICTED', f.pdf('Bonjour', { title: 'EU RESTRICTED' })],
    ['DIFFUSION RESTREINTE compte rendu.txt', 'DIFFUSION RESTREINTE', Buffer.from('rien')],
  ])('refuses %s naming %s', (name, marking, bytes) => {
    const error = refusal(name, bytes);
    expect(error.code).toBe('ERR_CLASSIFIED_MARKING');
    expect(error.params.marking).toBe(marking);
  });

  it('reads text split over PDF arrays, UTF-16 strings and escapes', () => {
    expect(pdfText(Buffer.from('BT [(DIFF) -20 (USION)] TJ (\\(x\\)) Tj <FEFF0041> Tj ET'))).toContain('DIFFUSION');
    expect(pdfText(Buffer.from('BT (\\(x\\)) Tj <FEFF0041> Tj ET'))).toContain('(x) A');
  });

  it('keeps ordinary prose that merely mentions secrets', () => {
    expect(inspectUpload('recette.txt', Buffer.from('Le secret de la recette'), 'fr').mediaType).toBe('text/plain');
  });
});

describe('bounds', () => {
  it('refuses a document that inflates past its bounds (zip bomb) as unverifiable', () => {
    const bomb = f.zip([
      {
        name: '[Content_Types].xml',
        content:
          '<Types><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      },
      { name: 'word/document.xml', content: Buffer.alloc(17 * 1024 * 1024, 0x20) },
    ]);
    expect(bomb.length).toBeLessThan(ATTACHMENT_MAX_BYTES);
    expect(refusal('bombe.docx', bomb).code).toBe('ERR_ATTACHMENT_UNREADABLE');
  });

  it('refuses a PDF whose stream inflates past its bounds', () => {
    const stream = deflateSync(Buffer.alloc(17 * 1024 * 1024, 0x20));
    const bomb = Buffer.concat([
      Buffer.from(`%PDF-1.4\n1 0 obj << /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`),
      stream,
      Buffer.from('\nendstream\nendobj\n%%EOF\n'),
    ]);
    expect(refusal('bombe.pdf', bomb).code).toBe('ERR_ATTACHMENT_UNREADABLE');
  });

  it('never inflates an entry past the limit it is given, whatever its header says', () => {
    const archive = f.zip([{ name: 'a.xml', content: Buffer.alloc(100_000, 0x41) }]);
    // A lying header: the declared size is small, the data is not.
    const [entry] = readZipEntries(archive);
    if (!entry) throw new Error('no entry');
    expect(() => readZipEntry(archive, { ...entry, size: 10 }, 1000)).toThrow();
    expect(deflateRawSync(Buffer.alloc(10)).length).toBeGreaterThan(0);
  });
});

describe('file names', () => {
  it('keeps the name only, without control or direction characters, at most 200 characters', () => {
    expect(sanitizeFilename('../../etc/passwd.txt')).toBe('passwd.txt');
    expect(sanitizeFilename('C:\\Users\\moi\\note.pdf')).toBe('note.pdf');
    expect(sanitizeFilename('fac\u202Etxt.exe')).toBe('factxt.exe');
    expect(sanitizeFilename('  a\tb\n.pdf ')).toBe('a b .pdf');
    expect(sanitizeFilename('...cache.txt')).toBe('cache.txt');
    const long = sanitizeFilename(`${'é'.repeat(300)}.docx`);
    expect([...long]).toHaveLength(200);
    expect(long.endsWith('.docx')).toBe(true);
  });
});
