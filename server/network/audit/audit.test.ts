import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { appendAudit, recordRestrictedReads } from '../../access/audit.ts';
import { networkTestApp } from '../test/app.ts';
import { companyUser, tag } from '../test/people.ts';
import { type Member, makeDealRoom, makePost, member } from '../test/world.ts';
import { csvCell } from './audit.service.ts';

const t = networkTestApp();

const agent = (roles: ('moderator' | 'admin')[] = []) =>
  member(t, {
    audience: 'agent',
    roles,
    organisation: `Ministère ${tag()}`,
    organisationKind: 'ministry',
    name: `Agent ${tag()}`,
  });
const company = () => companyUser(t, { name: `Cadre ${tag()}` });

let admin: Member;
beforeAll(async () => {
  admin = await agent(['admin']);
});

describe('the audit log', () => {
  it('is for administrators only: moderators, agents and companies get 403', async () => {
    for (const who of [await agent(['moderator']), await agent(), await company()]) {
      for (const url of ['/api/network/audit', '/api/network/audit/export']) {
        const res = await who.client.get(url);
        expect(res.statusCode, url).toBe(403);
        expect(res.json().code).toBe('ERR_AUDIT_ADMINS_ONLY');
      }
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/network/audit' })).statusCode).toBe(401);
    const ok = await admin.client.get('/api/network/audit');
    expect(ok.statusCode).toBe(200);
    expect(ok.headers['cache-control']).toBe('private, no-store');
  });

  it('cannot be changed, even through SQL', async () => {
    const db = t.database.db;
    await appendAudit(db, { action: `test.${tag()}`, actorId: admin.id });
    await expect(sql`UPDATE audit_log SET action = 'changed'`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_log`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`TRUNCATE audit_log`.execute(db)).rejects.toThrow(/append-only/);
    const rows = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log WHERE action = 'changed'`.execute(
      db,
    );
    expect(rows.rows[0]!.n).toBe(0);
  });

  it('shows actors, actions and titles, but withholds what the administrator may not read', async () => {
    const db = t.database.db;
    const officer = await agent();
    const insider = await company();
    const roomName = `Projet secret ${tag()}`;
    const room = await makeDealRoom(db, {
      createdBy: officer.id,
      companyId: insider.organisationId,
      name: roomName,
      userIds: [insider.id],
    });
    const post = await makePost(db, { spaceId: room.id, authorId: officer.id, level: 3, title: `Offre ${tag()}` });
    const sharedName = `Projet partagé ${tag()}`;
    const shared = await makeDealRoom(db, {
      createdBy: officer.id,
      companyId: insider.organisationId,
      name: sharedName,
      userIds: [admin.id],
    });
    const action = `test.${tag()}`;
    await appendAudit(db, [
      {
        action,
        actorId: officer.id,
        objectType: 'deal_room',
        objectId: room.id,
        details: { sector: 'energy', country: 'ML' },
        ip: '10.0.0.1',
      },
      { action, actorId: officer.id, objectType: 'deal_room', objectId: shared.id, details: { sector: 'water' } },
      { action, actorId: officer.id, objectType: 'user', objectId: insider.id, details: { spaceId: room.id } },
      { action, actorId: officer.id, objectType: 'user', objectId: insider.id, details: { reason: 'vérifié' } },
    ]);
    await recordRestrictedReads(
      db,
      {
        userId: insider.id,
        organisationId: insider.organisationId,
        audience: 'company',
        roles: [],
        compartmentIds: new Set([room.id]),
      },
      [{ type: 'post', id: post.id, level: 3, compartmentId: room.id }],
    );

    const res = await admin.client.get(`/api/network/audit?action=${action}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBe(4);
    expect(res.body).not.toContain(room.id);
    expect(res.body).not.toContain(roomName);
    expect(res.body).not.toContain('energy');
    const [plain, hiddenUser, sharedEntry, hiddenRoom] = body.items;
    expect(plain).toMatchObject({
      objectType: 'user',
      objectId: insider.id,
      restricted: false,
      details: { reason: 'vérifié' },
    });
    expect(plain.actor).toMatchObject({ id: officer.id, audience: 'agent' });
    expect(hiddenUser).toMatchObject({ objectId: null, restricted: true, details: {} });
    expect(sharedEntry).toMatchObject({
      objectId: shared.id,
      objectTitle: sharedName,
      restricted: false,
      details: { sector: 'water' },
    });
    expect(hiddenRoom).toMatchObject({
      objectType: 'deal_room',
      objectId: null,
      objectTitle: null,
      restricted: true,
      ip: '10.0.0.1',
    });

    const reads = (await admin.client.get(`/api/network/audit?actor=${insider.id}&action=restricted.read`)).json();
    expect(reads.items).toHaveLength(1);
    expect(reads.items[0]).toMatchObject({ objectType: 'post', objectId: null, restricted: true });
    // Filtering by an object one may not read finds nothing, like an unknown id.
    const byRoom = (await admin.client.get(`/api/network/audit?objectId=${room.id}`)).json();
    expect(byRoom).toMatchObject({ items: [], total: 0 });
    const byShared = (await admin.client.get(`/api/network/audit?objectId=${shared.id}&action=${action}`)).json();
    expect(byShared.total).toBe(1);
  });

  it('filters by action prefix, type, object and time, pages, and refuses bad filters', async () => {
    const db = t.database.db;
    const prefix = `filter${tag()}`;
    for (let i = 0; i < 5; i++) {
      await appendAudit(db, {
        action: `${prefix}.${i % 2 ? 'odd' : 'even'}`,
        actorId: admin.id,
        objectType: i < 2 ? 'a' : 'b',
        objectId: `obj-${i}`,
      });
    }
    const get = async (query: string) => (await admin.client.get(`/api/network/audit?${query}`)).json();
    expect((await get(`action=${prefix}.*`)).total).toBe(5);
    expect((await get(`action=${prefix}.odd`)).total).toBe(2);
    expect((await get(`action=${prefix}.*&objectType=a`)).total).toBe(2);
    expect((await get(`action=${prefix}.*&objectId=obj-3`)).items[0].action).toBe(`${prefix}.odd`);
    const today = new Date().toISOString().slice(0, 10);
    expect((await get(`action=${prefix}.*&from=${today}&to=${today}`)).total).toBe(5);
    expect((await get(`action=${prefix}.*&to=2000-01-01`)).total).toBe(0);
    const page = await get(`action=${prefix}.*&pageSize=2&page=3`);
    expect(page).toMatchObject({ total: 5, page: 3, pageSize: 2 });
    expect(page.items).toHaveLength(1);
    expect(page.items[0].objectId).toBe('obj-0');

    for (const bad of [
      'actor=nope',
      'from=yesterday',
      'from=2026-13-45',
      'to=2026-01-01&from=2026-02-01',
      'pageSize=500',
      'page=0',
    ]) {
      const res = await admin.client.get(`/api/network/audit?${bad}`);
      expect(res.statusCode, bad).toBe(400);
    }
  });

  it('exports CSV as an attachment, withholding the same, and audits the export', async () => {
    const db = t.database.db;
    const officer = await agent();
    const room = await makeDealRoom(db, {
      createdBy: officer.id,
      companyId: officer.organisationId,
      name: `Salle ${tag()}`,
    });
    const action = `export${tag()}`;
    await appendAudit(db, [
      { action, actorId: officer.id, objectType: 'deal_room', objectId: room.id, details: { sector: 'energy' } },
      { action, actorId: officer.id, objectType: 'note', objectId: '=HYPERLINK("x")', details: { text: 'a, "b"' } },
    ]);
    const res = await admin.client.get(`/api/network/audit/export?action=${action}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="diplomatie-audit-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'id,at,actor_id,actor_name,actor_organisation,action,object_type,object_id,object_title,restricted,details,ip',
    );
    expect(lines).toHaveLength(3);
    expect(res.body).not.toContain(room.id);
    expect(res.body).not.toContain('energy');
    expect(lines[1]).toContain(`'=HYPERLINK(""x"")`);
    expect(lines[1]).toContain('"{""text"":""a, \\""b\\""""}"');
    expect(lines[2]).toContain(',true,,');

    const exported = await db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('actor_id', '=', admin.id)
      .where('action', '=', 'audit.exported')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(exported.details).toEqual({ filters: { action } });
  });

  it('quotes CSV cells and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell(null)).toBe('');
    expect(csvCell(true)).toBe('true');
  });
});
