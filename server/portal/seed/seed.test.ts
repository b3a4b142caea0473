import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OFFER_TYPES } from '../../../common/portal-terms.ts';
import type { Database } from '../../db/index.ts';
import { createTestDatabase } from '../../test/db.ts';
import { DEFAULT_PORTAL_DATA_DIR, ISO_COUNTRY_CODES, loadReferenceData, seedPortal, zonedInstant } from './index.ts';
import type { OfferData, ProviderData } from './reference-data.ts';

const data = loadReferenceData();
const contactCount =
  data.regions.reduce((n, r) => n + r.contacts.length, 0) + data.countries.reduce((n, c) => n + c.contacts.length, 0);
const TODAY = new Date('2026-03-10T12:00:00Z');

async function tableCounts(database: Database) {
  const count = async (table: string) =>
    Number((await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(database.db)).rows[0]?.n);
  return {
    steps: await count('portal_steps'),
    providers: await count('portal_providers'),
    regions: await count('portal_regions'),
    offers: await count('portal_offers'),
    events: await count('portal_events'),
    news: await count('portal_news'),
    contacts: await count('portal_contacts'),
    countries: await count('portal_countries'),
    revisions: await count('portal_revisions'),
  };
}

/** A copy of data/portal with one file changed, for the tests that feed the loader a modified file. */
function dataDirWith(file: string, change: (items: unknown[]) => unknown): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-data-'));
  cpSync(DEFAULT_PORTAL_DATA_DIR, dir, { recursive: true });
  const items = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as unknown[];
  writeFileSync(path.join(dir, file), JSON.stringify(change(items)));
  return dir;
}

describe('zonedInstant', () => {
  it('turns a wall-clock time into an instant, on both sides of a daylight-saving change', () => {
    expect(zonedInstant('2026-03-28', '09:00', 'Europe/Paris').toISOString()).toBe('2026-03-28T08:00:00.000Z');
    expect(zonedInstant('2026-03-29', '09:00', 'Europe/Paris').toISOString()).toBe('2026-03-29T07:00:00.000Z');
    expect(zonedInstant('2026-11-02', '09:00', 'America/New_York').toISOString()).toBe('2026-11-02T14:00:00.000Z');
    expect(zonedInstant('2026-07-01', '09:00', 'Asia/Ho_Chi_Minh').toISOString()).toBe('2026-07-01T02:00:00.000Z');
  });
});

describe('the files of data/portal', () => {
  it('hold what the portal promises', () => {
    expect(data.steps.map((s) => s.slug)).toEqual([
      'diagnostic-export',
      's-informer',
      'batir-une-strategie',
      'prospecter',
      'gerer-ses-exportations',
      'developper-sa-presence-internationale',
    ]);
    expect(data.regions).toHaveLength(18);
    expect(data.offers.length).toBeGreaterThanOrEqual(70);
    expect(new Set(data.offers.flatMap((o) => o.steps)).size).toBe(6);
    expect(new Set(data.offers.map((o) => o.type)).size).toBe(OFFER_TYPES.length);
    expect(new Set(data.offers.map((o) => o.providerId))).toEqual(new Set(data.providers.map((p) => p.id)));
    expect(data.offers.find((o) => o.id === 'assurance-prospection')?.providerId).toBe('bpifrance');
    expect(data.events.length).toBeGreaterThanOrEqual(30);
    expect(data.events.filter((e) => e.countries.includes('VN')).length).toBeGreaterThanOrEqual(4);
    expect(data.events.filter((e) => e.startsInDays < 0)).toHaveLength(2);
    expect(data.news.length).toBeGreaterThanOrEqual(15);
    expect(data.countries.length).toBeGreaterThanOrEqual(40);
    // No invented e-mail addresses or phone numbers: the url is the contact channel.
    const contacts = [...data.regions.flatMap((r) => r.contacts), ...data.countries.flatMap((c) => c.contacts)];
    expect(contacts.filter((c) => c.email || c.phone)).toEqual([]);
  });
});

describe('portal reference data', () => {
  let database: Database;
  const dirs: string[] = [];
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('loads every file into a fresh database', async () => {
    const fresh = await createTestDatabase();
    try {
      const summary = await seedPortal(fresh.db, { today: TODAY });
      const expected = {
        steps: 6,
        providers: data.providers.length,
        regions: 18,
        offers: data.offers.length,
        events: data.events.length,
        news: data.news.length,
        contacts: contactCount,
        countries: ISO_COUNTRY_CODES.length,
      };
      const revisions = expected.offers + expected.events + expected.news + expected.contacts + expected.countries;
      expect(summary).toEqual({ ...expected, revisions });
      expect(await tableCounts(fresh)).toEqual({ ...expected, revisions });

      // Content is published (bar the ended offer), with a 'seed' revision holding the item and no author.
      const statuses = await fresh.db
        .selectFrom('portal_offers')
        .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
        .groupBy('status')
        .execute();
      const unpublished = data.offers.filter((o) => o.status === 'unpublished').length;
      expect(unpublished).toBeGreaterThanOrEqual(1);
      expect(Object.fromEntries(statuses.map((s) => [s.status, Number(s.n)]))).toEqual({
        published: data.offers.length - unpublished,
        unpublished,
      });
      const revision = await fresh.db
        .selectFrom('portal_revisions')
        .selectAll()
        .where('kind', '=', 'offer')
        .where('item_id', '=', 'assurance-prospection')
        .executeTakeFirstOrThrow();
      expect(revision).toMatchObject({ action: 'seed', author_id: null });
      expect(revision.content).toMatchObject({
        providerId: 'bpifrance',
        titleFr: 'Assurance prospection',
        steps: [3, 4],
      });

      // Every ISO 3166-1 country has a published page, with or without editorial content.
      const france = await fresh.db
        .selectFrom('portal_countries')
        .selectAll()
        .where('iso2', '=', 'FR')
        .executeTakeFirstOrThrow();
      expect(france.status).toBe('published');
      expect(france.published_at).not.toBeNull();

      // Events are dated from the seed date, at 09:00 (or their own hours) in their time zone; news likewise.
      const times = await fresh.db
        .selectFrom('portal_events')
        .select(['id', 'starts_at', 'ends_at'])
        .where('id', 'in', [
          'gulfood-dubai',
          'sial-paris',
          'webinaire-assurance-prospection',
          'wine-paris-vinexpo-paris',
        ])
        .orderBy('id')
        .execute();
      expect(times.map((e) => [e.id, e.starts_at.toISOString(), e.ends_at.toISOString()])).toEqual([
        ['gulfood-dubai', '2026-06-13T05:00:00.000Z', '2026-06-17T14:00:00.000Z'],
        ['sial-paris', '2026-08-07T07:00:00.000Z', '2026-08-11T16:00:00.000Z'],
        ['webinaire-assurance-prospection', '2026-03-20T09:00:00.000Z', '2026-03-20T10:30:00.000Z'],
        ['wine-paris-vinexpo-paris', '2026-01-29T08:00:00.000Z', '2026-01-31T17:00:00.000Z'],
      ]);
      const news = await fresh.db
        .selectFrom('portal_news')
        .select('dated')
        .where('id', '=', 'vietnam-agroalimentaire-accord-libre-echange')
        .executeTakeFirstOrThrow();
      expect(news.dated).toBe('2026-03-07');

      // The typo-tolerant search has its lexicon.
      const lexicon = await fresh.db.selectFrom('portal_search_lexicon').select('word').execute();
      expect(lexicon.map((w) => w.word)).toEqual(expect.arrayContaining(['prospection', 'assurance']));
    } finally {
      await fresh.close();
    }
  });

  it('changes nothing when run again', async () => {
    await seedPortal(database.db, { today: TODAY });
    const before = await tableCounts(database);
    const offersBefore = await database.db.selectFrom('portal_offers').selectAll().orderBy('id').execute();
    const again = await seedPortal(database.db, { today: new Date('2026-06-01T00:00:00Z') });
    expect(again).toEqual({
      steps: 0,
      providers: 0,
      regions: 0,
      offers: 0,
      events: 0,
      news: 0,
      contacts: 0,
      countries: 0,
      revisions: 0,
    });
    expect(await tableCounts(database)).toEqual(before);
    expect(await database.db.selectFrom('portal_offers').selectAll().orderBy('id').execute()).toEqual(offersBefore);
  });

  it('never overwrites an editor’s change to an offer', async () => {
    await seedPortal(database.db, { today: TODAY });
    await database.db
      .updateTable('portal_offers')
      .set({ title_fr: 'Assurance prospection (titre revu par la rédaction)', status: 'unpublished' })
      .where('id', '=', 'assurance-prospection')
      .execute();
    await seedPortal(database.db, { today: TODAY });
    const offer = await database.db
      .selectFrom('portal_offers')
      .select(['title_fr', 'status'])
      .where('id', '=', 'assurance-prospection')
      .executeTakeFirstOrThrow();
    expect(offer).toEqual({ title_fr: 'Assurance prospection (titre revu par la rédaction)', status: 'unpublished' });
  });

  it('keeps steps, providers and regions in line with the files', async () => {
    await seedPortal(database.db, { today: TODAY });
    const dir = dataDirWith('providers.json', (items) =>
      (items as ProviderData[]).map((p) =>
        p.id === 'inpi' ? { ...p, description: { ...p.description, fr: 'Description mise à jour.' } } : p,
      ),
    );
    dirs.push(dir);
    const summary = await seedPortal(database.db, { today: TODAY, dir });
    expect(summary.providers).toBe(1);
    const inpi = await database.db
      .selectFrom('portal_providers')
      .select('description_fr')
      .where('id', '=', 'inpi')
      .executeTakeFirstOrThrow();
    expect(inpi.description_fr).toBe('Description mise à jour.');
    await seedPortal(database.db, { today: TODAY });
  });

  it('refuses a bad file with a message naming the file, the item and the field, and writes nothing', async () => {
    await seedPortal(database.db, { today: TODAY });
    const before = await tableCounts(database);
    const withOffer = (change: Partial<OfferData> & Record<string, unknown>) => {
      const dir = dataDirWith('offers.json', (items) =>
        (items as OfferData[]).map((o) => (o.id === 'carnet-ata' ? { ...o, ...change, id: 'carnet-ata-2' } : o)),
      );
      dirs.push(dir);
      return dir;
    };
    await expect(seedPortal(database.db, { dir: withOffer({ steps: [4, 7] as never }) })).rejects.toThrow(
      /offers\.json: offer "carnet-ata-2", field steps\[1\]: expected one of 1, 2, 3, 4, 5, 6 \(got 7\)/,
    );
    await expect(seedPortal(database.db, { dir: withOffer({ providerId: 'coface' }) })).rejects.toThrow(
      /offers\.json: offer "carnet-ata-2", field providerId: unknown provider "coface"/,
    );
    await expect(seedPortal(database.db, { dir: withOffer({ regions: ['53', '99'] }) })).rejects.toThrow(
      /offer "carnet-ata-2", field regions\[1\]: unknown region code "99"/,
    );
    await expect(seedPortal(database.db, { dir: withOffer({ countries: ['VN', 'XX'] }) })).rejects.toThrow(
      /offer "carnet-ata-2", field countries\[1\]: unknown country code "XX"/,
    );
    await expect(seedPortal(database.db, { dir: withOffer({ sectors: ['fintech'] as never }) })).rejects.toThrow(
      /offer "carnet-ata-2", field sectors\[0\]: expected one of agri_food, .* \(got "fintech"\)/,
    );
    await expect(seedPortal(database.db, { dir: withOffer({ title: { fr: 'Carnet' } as never }) })).rejects.toThrow(
      /offer "carnet-ata-2", field title\.en is missing/,
    );
    const duplicate = dataDirWith('offers.json', (items) => [...items, items[0]]);
    dirs.push(duplicate);
    await expect(seedPortal(database.db, { dir: duplicate })).rejects.toThrow(/offer "[a-z-]+" appears twice/);
    expect(await tableCounts(database)).toEqual(before);
  });
});
