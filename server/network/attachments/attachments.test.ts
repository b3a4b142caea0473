// Attachments through the API: uploads checked by content, downloads only where the item is readable (a
// competitor gets the same 404 as for an id that never existed), level-3 downloads audited, cleanup.
import { mkdtemp, rm, stat, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ATTACHMENT_MAX_BYTES } from '../../../common/network-terms.ts';
import type { Viewer } from '../../access/viewer.ts';
import { createTestApp, type TestApp } from '../../test/app.ts';
import { type Member, makeDealRoom, makePost, makeSpace, member } from '../test/world.ts';
import { blobPath } from './attachments.storage.ts';
import { attachTo, listAttachments, removeStaleUploads } from './index.ts';
import * as f from './test-files.ts';

let t: TestApp;
let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'diplomatie-attachments-'));
  t = await createTestApp({ config: { dataDir } });
});
afterAll(async () => {
  await t.close();
  await rm(dataDir, { recursive: true, force: true });
});

const RANDOM_ID = '0badc0de-0000-4000-8000-000000000000';
const tag = () => Math.random().toString(16).slice(2, 8);
const agent = () =>
  member(t, { audience: 'agent', organisation: `Ambassade ${tag()}`, organisationKind: 'diplomatic_post' });
const company = () => member(t, { audience: 'company', organisation: `Société ${tag()}`, organisationKind: 'company' });
/** The viewer as the SQL filter sees it (compartment membership is read from the database). */
const viewerOf = (who: Member, audience: Viewer['audience'] = 'company'): Viewer => ({
  userId: who.id,
  organisationId: who.organisationId,
  audience,
  roles: [],
  compartmentIds: new Set(),
});
const comparable = (body: string) => {
  const { instance: _i, requestId: _r, ...rest } = JSON.parse(body) as Record<string, unknown>;
  return rest;
};

function upload(who: Member, filename: string, bytes: Uint8Array, contentType = 'application/octet-stream') {
  return who.client.request({
    method: 'POST',
    url: `/api/network/attachments?${new URLSearchParams({ filename })}`,
    headers: { 'content-type': contentType },
    payload: Buffer.from(bytes),
  });
}

async function uploaded(who: Member, filename: string, bytes: Uint8Array): Promise<string> {
  const res = await upload(who, filename, bytes);
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

/** Attaches as the posts feature does, inside its transaction. */
async function attachToPost(who: Member, ids: string[], post: { id: string }) {
  const row = await t.database.db
    .selectFrom('net_posts')
    .select(['space_id', 'level', 'tlp', 'compartment_id'])
    .where('id', '=', post.id)
    .executeTakeFirstOrThrow();
  await t.database.db.transaction().execute((tx) =>
    attachTo(tx, { userId: who.id } as Viewer, ids, {
      kind: 'post',
      id: post.id,
      spaceId: row.space_id,
      level: row.level,
      tlp: row.tlp,
      compartmentId: row.compartment_id,
    }),
  );
}

describe('uploads', () => {
  it('accepts each type, decided by content, and answers a pending upload', async () => {
    const author = await company();
    const files: [string, Uint8Array, string][] = [
      ['rapport.pdf', f.pdf('Bonjour'), 'application/pdf'],
      ['carte.png', f.png(), 'image/png'],
      ['photo.jpg', f.jpeg(), 'image/jpeg'],
      ['anim.gif', f.gif(), 'image/gif'],
      ['image.webp', f.webp(), 'image/webp'],
      ['note.docx', f.docx('Une note'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['table.xlsx', f.xlsx('Chiffres'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['slides.pptx', f.pptx('Titre'), 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
      ['texte.odt', f.odt('Texte'), 'application/vnd.oasis.opendocument.text'],
      ['calc.ods', f.ods('Cellule'), 'application/vnd.oasis.opendocument.spreadsheet'],
      ['notes.txt', Buffer.from('Bonjour'), 'text/plain'],
      ['export.csv', Buffer.from('a;b\n1;2\n'), 'text/csv'],
      ['lisez-moi.md', Buffer.from('# Titre'), 'text/markdown'],
    ];
    for (const [filename, bytes, mediaType] of files) {
      const res = await upload(author, filename, bytes);
      expect(res.statusCode, `${filename}: ${res.body}`).toBe(201);
      expect(res.headers['cache-control']).toBe('private, no-store');
      const body = res.json();
      expect(body).toMatchObject({ filename, mediaType, size: bytes.byteLength, pending: true });
      expect(body.url).toBe(`/api/network/attachments/${body.id}`);
      const row = await t.database.db
        .selectFrom('net_attachments')
        .selectAll()
        .where('id', '=', body.id)
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({ level: 3, compartment_id: null, attached_at: null, uploader_id: author.id });
      expect((await stat(blobPath(dataDir, row.sha256))).size).toBe(bytes.byteLength);
    }
  });

  it('refuses disguised, unknown, empty and oversize files with a clear error', async () => {
    const author = await company();
    const disguised = await upload(author, 'rapport.pdf', f.elf());
    expect(disguised.statusCode).toBe(415);
    expect(disguised.json().code).toBe('ERR_ATTACHMENT_DISGUISED');
    expect(disguised.json().detail).toContain('« rapport.pdf » n’est pas un fichier PDF');
    for (const [name, bytes] of [
      ['page.pdf', f.html()],
      ['archive.pdf', f.plainZip()],
      ['rapport.png', f.pdf('x')],
    ] as const) {
      expect((await upload(author, name, bytes)).json().code).toBe('ERR_ATTACHMENT_DISGUISED');
    }
    const exe = await upload(author, 'setup.exe', f.exe());
    expect(exe.statusCode).toBe(415);
    expect(exe.json().code).toBe('ERR_ATTACHMENT_TYPE');
    expect((await upload(author, 'logo.svg', f.svg())).json().code).toBe('ERR_ATTACHMENT_TYPE');
    const empty = await upload(author, 'vide.txt', new Uint8Array());
    expect(empty.statusCode).toBe(400);
    expect(empty.json().code).toBe('ERR_EMPTY_FILE');
    const big = await upload(author, 'gros.txt', Buffer.alloc(ATTACHMENT_MAX_BYTES + 1, 0x61));
    expect(big.statusCode).toBe(413);
    expect(big.json().code).toBe('ERR_ATTACHMENT_TOO_LARGE');
    expect(big.json().detail).toContain('10 Mo');
    const json = await upload(author, 'note.txt', Buffer.from('{}'), 'application/json');
    expect(json.statusCode).toBe(415);
    const nameless = await author.client.request({
      method: 'POST',
      url: '/api/network/attachments',
      headers: { 'content-type': 'application/octet-stream' },
      payload: Buffer.from('x'),
    });
    expect(nameless.statusCode).toBe(400);
    const count = await t.database.db
      .selectFrom('net_attachments')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('uploader_id', '=', author.id)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });

  it('refuses marked documents, naming the marking', async () => {
    const author = await agent();
    for (const [name, bytes, marking] of [
      ['note.txt', Buffer.from('Objet : visite\nDIFFUSION RESTREINTE'), 'DIFFUSION RESTREINTE'],
      ['note.docx', f.docx('Document SECRET DÉFENSE'), 'SECRET DÉFENSE'],
      ['note.pdf', f.pdf('RESTREINT UE'), 'RESTREINT UE'],
    ] as const) {
      const res = await upload(author, name, bytes);
      expect(res.statusCode, name).toBe(422);
      expect(res.json().code).toBe('ERR_CLASSIFIED_MARKING');
      expect(res.json().detail).toContain(marking);
    }
  });

  it('needs a signed-in member who is not suspended', async () => {
    const author = await company();
    await t.database.db
      .insertInto('net_suspensions')
      .values({ user_id: author.id, reason: 'Publicités répétées' })
      .execute();
    const res = await upload(author, 'note.txt', Buffer.from('Bonjour'));
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('ERR_SUSPENDED');
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/network/attachments?filename=a.txt',
      headers: { 'content-type': 'application/octet-stream' },
      payload: Buffer.from('x'),
    });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('downloads', () => {
  it('a deal-room attachment is read by the room only; a competitor gets the 404 of an unknown id', async () => {
    const insider = await company();
    const roomAgent = await agent();
    const competitor = await company();
    const outsideAgent = await agent();
    const room = await makeDealRoom(t.database.db, {
      createdBy: roomAgent.id,
      companyId: insider.organisationId,
      userIds: [insider.id],
    });
    const post = await makePost(t.database.db, { spaceId: room.id, authorId: insider.id, level: 3, tlp: 'AMBER' });
    const id = await uploaded(insider, 'offre-technique.pdf', f.pdf('Offre'));
    await attachToPost(insider, [id], post);
    const row = await t.database.db
      .selectFrom('net_attachments')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ level: 3, tlp: 'AMBER', compartment_id: room.id, space_id: room.id, post_id: post.id });

    const res = await roomAgent.client.get(`/api/network/attachments/${id}`);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(f.pdf('Offre'))).toBe(true);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="offre-technique.pdf"; filename*=UTF-8''offre-technique.pdf`,
    );
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toBe("default-src 'none'; sandbox");
    expect(res.headers['cache-control']).toBe('private, no-store');
    const audit = await t.database.db
      .selectFrom('audit_log')
      .select(['action', 'object_type', 'actor_id'])
      .where('object_id', '=', id)
      .execute();
    expect(audit).toEqual([{ action: 'restricted.read', object_type: 'attachment', actor_id: roomAgent.id }]);

    const unknown = await competitor.client.get(`/api/network/attachments/${RANDOM_ID}`);
    expect(unknown.statusCode).toBe(404);
    for (const outsider of [competitor, outsideAgent]) {
      const denied = await outsider.client.get(`/api/network/attachments/${id}`);
      expect(denied.statusCode).toBe(404);
      expect(comparable(denied.body)).toEqual(comparable(unknown.body));
    }
    const malformed = await competitor.client.get('/api/network/attachments/nope');
    expect(comparable(malformed.body)).toEqual(comparable(unknown.body));
    const listed = (who: Member) => listAttachments(t.database.db, viewerOf(who), { kind: 'post', ids: [post.id] });
    expect(await listed(competitor)).toEqual(new Map());
    expect((await listed(insider)).get(post.id)).toEqual([
      {
        id,
        filename: 'offre-technique.pdf',
        mediaType: 'application/pdf',
        size: row.size,
        url: `/api/network/attachments/${id}`,
      },
    ]);
  });

  it('pending uploads are read by nobody, their uploader included; attaching another’s upload is refused', async () => {
    const author = await agent();
    const other = await agent();
    const id = await uploaded(author, 'brouillon.txt', Buffer.from('Brouillon'));
    for (const who of [author, other])
      expect((await who.client.get(`/api/network/attachments/${id}`)).statusCode).toBe(404);
    const space = await makeSpace(t.database.db, { createdBy: other.id, level: 1 });
    const post = await makePost(t.database.db, { spaceId: space.id, authorId: other.id });
    await expect(attachToPost(other, [id], post)).rejects.toMatchObject({ code: 'ERR_ATTACHMENT_UNAVAILABLE' });
    await expect(attachToPost(other, [RANDOM_ID], post)).rejects.toMatchObject({ code: 'ERR_ATTACHMENT_UNAVAILABLE' });
    await attachToPost(author, [id], post);
    // Once attached it cannot be attached again.
    await expect(attachToPost(author, [id], post)).rejects.toMatchObject({ code: 'ERR_ATTACHMENT_UNAVAILABLE' });
    const res = await other.client.get(`/api/network/attachments/${id}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(res.body).toBe('Brouillon');
  });

  it('follows the item: a level-2 post’s files are hidden from companies, a hidden post’s from members', async () => {
    const author = await agent();
    const reader = await company();
    const space = await makeSpace(t.database.db, { createdBy: author.id, level: 1 });
    const agentsOnly = await makePost(t.database.db, { spaceId: space.id, authorId: author.id, level: 2 });
    const open = await makePost(t.database.db, { spaceId: space.id, authorId: author.id, level: 1 });
    const secretId = await uploaded(author, 'interne.png', f.png());
    const openId = await uploaded(author, 'public.png', f.png());
    await attachToPost(author, [secretId], agentsOnly);
    await attachToPost(author, [openId], open);
    expect((await reader.client.get(`/api/network/attachments/${secretId}`)).statusCode).toBe(404);
    const image = await reader.client.get(`/api/network/attachments/${openId}`);
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-disposition']).toMatch(/^inline; /);
    // No audit for a level-1 read.
    const audit = await t.database.db.selectFrom('audit_log').select('id').where('object_id', '=', openId).execute();
    expect(audit).toHaveLength(0);

    await t.database.db
      .updateTable('net_posts')
      .set({ hidden_at: new Date(), hidden_by: author.id, hidden_reason: 'test' })
      .where('id', '=', open.id)
      .execute();
    expect((await reader.client.get(`/api/network/attachments/${openId}`)).statusCode).toBe(404);
    expect((await author.client.get(`/api/network/attachments/${openId}`)).statusCode).toBe(200);
  });

  it('sends non-ASCII names encoded (RFC 6266)', async () => {
    const author = await agent();
    const space = await makeSpace(t.database.db, { createdBy: author.id, level: 1 });
    const post = await makePost(t.database.db, { spaceId: space.id, authorId: author.id });
    const id = await uploaded(author, 'Compte rendu "Bamako" été.txt', Buffer.from('ok'));
    await attachToPost(author, [id], post);
    const res = await author.client.get(`/api/network/attachments/${id}`);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="Compte rendu _Bamako_ _t_.txt"; filename*=UTF-8''Compte%20rendu%20%22Bamako%22%20%C3%A9t%C3%A9.txt`,
    );
  });
});

describe('cleanup', () => {
  it('removes stale pending uploads and files no row references; keeps attached ones', async () => {
    const author = await agent();
    const space = await makeSpace(t.database.db, { createdBy: author.id, level: 1 });
    const post = await makePost(t.database.db, { spaceId: space.id, authorId: author.id });
    const keptId = await uploaded(author, 'garde.txt', Buffer.from(`garde ${tag()}`));
    const staleId = await uploaded(author, 'oublie.txt', Buffer.from(`oublié ${tag()}`));
    const freshId = await uploaded(author, 'recent.txt', Buffer.from(`récent ${tag()}`));
    await attachToPost(author, [keptId], post);
    const old = new Date(Date.now() - 48 * 3_600_000);
    await t.database.db
      .updateTable('net_attachments')
      .set({ created_at: old })
      .where('id', 'in', [keptId, staleId])
      .execute();
    const rows = await t.database.db
      .selectFrom('net_attachments')
      .select(['id', 'sha256'])
      .where('id', 'in', [keptId, staleId, freshId])
      .execute();
    const file = (id: string) => blobPath(dataDir, rows.find((r) => r.id === id)?.sha256 ?? '');
    for (const id of [keptId, staleId]) await utimes(file(id), old, old);

    const result = await removeStaleUploads(t.database.db, dataDir);
    expect(result.rows).toBeGreaterThanOrEqual(1);
    const left = await t.database.db
      .selectFrom('net_attachments')
      .select('id')
      .where('id', 'in', [keptId, staleId, freshId])
      .execute();
    expect(left.map((r) => r.id).sort()).toEqual([keptId, freshId].sort());
    await expect(stat(file(staleId))).rejects.toThrow();
    await stat(file(keptId));
    await stat(file(freshId));
  });
});
