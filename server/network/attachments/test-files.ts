// Tiny files of every accepted type (and some disguised ones), built in code for the attachment tests:
// a minimal PDF, PNG, JPEG, GIF, WebP, and office documents through a minimal ZIP writer.
import { deflateRawSync, deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** A ZIP archive of `files` (deflated unless `store`), in order. */
export function zip(files: readonly { name: string; content: string | Uint8Array; store?: boolean }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const data = typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : Buffer.from(file.content);
    const packed = file.store ? data : deflateRawSync(data);
    const name = Buffer.from(file.name, 'utf8');
    const crc = crc32(data);
    const method = file.store ? 0 : 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, packed);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const xmlEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const contentTypes = (main: string, part: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  `<Default Extension="xml" ContentType="application/xml"/><Override PartName="/${part}" ContentType="${main}"/></Types>`;

/** A Word document whose body holds `text`, each word in its own run (as Word often splits them). */
export function docx(text: string, header = ''): Buffer {
  const runs = text
    .split(' ')
    .map((word, i) => `<w:r><w:t xml:space="preserve">${i > 0 ? ' ' : ''}${xmlEscape(word)}</w:t></w:r>`)
    .join('');
  return zip([
    {
      name: '[Content_Types].xml',
      content: contentTypes(
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
        'word/document.xml',
      ),
    },
    { name: '_rels/.rels', content: '<Relationships/>' },
    {
      name: 'word/document.xml',
      content: `<?xml version="1.0"?><w:document xmlns:w="w"><w:body><w:p>${runs}</w:p></w:body></w:document>`,
    },
    ...(header
      ? [
          {
            name: 'word/header1.xml',
            content: `<w:hdr xmlns:w="w"><w:p><w:r><w:t>${xmlEscape(header)}</w:t></w:r></w:p></w:hdr>`,
          },
        ]
      : []),
  ]);
}

export function xlsx(cell: string): Buffer {
  return zip([
    {
      name: '[Content_Types].xml',
      content: contentTypes(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
        'xl/workbook.xml',
      ),
    },
    { name: 'xl/workbook.xml', content: '<workbook><sheets><sheet name="A" sheetId="1"/></sheets></workbook>' },
    { name: 'xl/sharedStrings.xml', content: `<sst><si><t>${xmlEscape(cell)}</t></si></sst>` },
    {
      name: 'xl/worksheets/sheet1.xml',
      content: '<worksheet><sheetData><row><c t="s"><v>0</v></c></row></sheetData></worksheet>',
    },
  ]);
}

export function pptx(text: string): Buffer {
  return zip([
    {
      name: '[Content_Types].xml',
      content: contentTypes(
        'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml',
        'ppt/presentation.xml',
      ),
    },
    { name: 'ppt/presentation.xml', content: '<p:presentation xmlns:p="p"/>' },
    {
      name: 'ppt/slides/slide1.xml',
      content: `<p:sld xmlns:p="p" xmlns:a="a"><a:p><a:r><a:t>${xmlEscape(text)}</a:t></a:r></a:p></p:sld>`,
    },
  ]);
}

function odf(mimetype: string, text: string): Buffer {
  return zip([
    { name: 'mimetype', content: mimetype, store: true },
    { name: 'META-INF/manifest.xml', content: '<manifest/>' },
    {
      name: 'content.xml',
      content: `<office:document-content><text:p>${xmlEscape(text)}</text:p></office:document-content>`,
    },
  ]);
}

export const odt = (text: string) => odf('application/vnd.oasis.opendocument.text', text);
export const ods = (text: string) => odf('application/vnd.oasis.opendocument.spreadsheet', text);

/** A one-page PDF drawing `text`, its content stream deflated unless `raw`, with an optional title. */
export function pdf(text: string, options: { raw?: boolean; title?: string } = {}): Buffer {
  const ops = `BT /F1 12 Tf 72 720 Td [(${text.replace(/([()\\])/g, '\\$1')})] TJ ET`;
  const stream = options.raw ? Buffer.from(ops, 'latin1') : deflateSync(Buffer.from(ops, 'latin1'));
  const filter = options.raw ? '' : ' /Filter /FlateDecode';
  const parts: Buffer[] = [
    Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1'),
    Buffer.from('1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n'),
    Buffer.from('2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n'),
    Buffer.from('3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >> endobj\n'),
    Buffer.from(`4 0 obj << /Length ${stream.length}${filter} >>\nstream\n`),
    stream,
    Buffer.from('\nendstream\nendobj\n'),
    Buffer.from(`5 0 obj << /Title (${options.title ?? 'Note'}) >> endobj\n`),
    Buffer.from('trailer << /Root 1 0 R /Info 5 0 R >>\n%%EOF\n'),
  ];
  return Buffer.concat(parts);
}

export const png = () =>
  Buffer.from(
    '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f3c5d60000000049454e44ae426082',
    'hex',
  );
export const jpeg = () => Buffer.from('ffd8ffe000104a46494600010100000100010000ffd9', 'hex');
export const gif = () =>
  Buffer.from('47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b', 'hex');
export const webp = () => {
  const body = Buffer.concat([
    Buffer.from('WEBPVP8L'),
    Buffer.from('0a000000', 'hex'),
    Buffer.from('2f0000000700000000', 'hex'),
    Buffer.from([0]),
  ]);
  const header = Buffer.alloc(8);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(body.length, 4);
  return Buffer.concat([header, body]);
};
export const elf = () => Buffer.concat([Buffer.from('7f454c46020101', 'hex'), Buffer.alloc(57)]);
export const exe = () => Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62)]);
export const html = () => Buffer.from('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>');
export const svg = () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>');
/** A plain ZIP archive that is no office document. */
export const plainZip = () => zip([{ name: 'notes.txt', content: 'hello' }]);
