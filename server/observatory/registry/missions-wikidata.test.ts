import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/index.ts';
import { createTestDatabase } from '../../test/db.ts';
import { fixture } from '../ingest/fixtures/index.ts';
import { countryNames, missionName } from '../ingest/mission-names.ts';
import { missionKind } from '../ingest/missions-wikidata-csv.ts';
import { runImport } from '../ingest/runner.ts';

const shipped = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'data',
  'diplomatic-missions-wikidata-2022-11-16.csv',
);
const sample = fixture('missions-wikidata.csv');

async function actor(wikidataId: string) {
  return database.db.selectFrom('obs_actors').selectAll().where('wikidata_id', '=', wikidataId).executeTakeFirst();
}
async function accountsOf(actorId: string) {
  return database.db
    .selectFrom('obs_accounts')
    .select(['network', 'handle', 'network_id', 'verified', 'tracked'])
    .where('actor_id', '=', actorId)
    .orderBy('network')
    .execute();
}

describe('mission names', () => {
  it('builds French and English names with the articles and prepositions each country takes', () => {
    const name = (sending: string, host: string, type = 'embassy', city: string | null = null) => {
      const s = countryNames(sending);
      const h = countryNames(host);
      const k = missionKind(type);
      if (!s || !h || !k) throw new Error('unknown');
      return missionName(k, s, h, city);
    };
    expect(name('FR', 'AU')).toEqual({ fr: 'Ambassade de France en Australie', en: 'Embassy of France in Australia' });
    expect(name('JP', 'NL')).toEqual({
      fr: 'Ambassade du Japon aux Pays-Bas',
      en: 'Embassy of Japan in the Netherlands',
    });
    expect(name('US', 'IT')).toEqual({
      fr: 'Ambassade des États-Unis en Italie',
      en: 'Embassy of the United States in Italy',
    });
    expect(name('IT', 'CU').fr).toBe("Ambassade d'Italie à Cuba");
    expect(name('DE', 'IL').fr).toBe("Ambassade d'Allemagne en Israël");
    expect(name('GB', 'CA', 'high commission')).toEqual({
      fr: 'Haut-commissariat du Royaume-Uni au Canada',
      en: 'High Commission of the United Kingdom in Canada',
    });
    expect(name('VA', 'FR', 'apostolic nunciature')).toEqual({
      fr: 'Nonciature apostolique en France',
      en: 'Apostolic Nunciature to France',
    });
    expect(name('FR', 'AU', 'consulate general', 'Sydney')).toEqual({
      fr: 'Consulat général de France à Sydney',
      en: 'Consulate General of France in Sydney',
    });
    expect(missionKind('Consulate General of Sweden')?.actor).toBe('consulate');
    expect(missionKind('Quebec Government Office')).toBeNull();
  });
});

let database: Database;
let dir: string;
beforeAll(async () => {
  database = await createTestDatabase();
  dir = mkdtempSync(path.join(os.tmpdir(), 'diplomatie-missions-'));
});
afterAll(async () => {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('missions-wikidata import', () => {
  it('loads real missions, reports broken rows by line, and adds nothing the second time', async () => {
    // An account met in imported posts before the registry knew it: the mission adopts it.
    await database.db.insertInto('obs_accounts').values({ network: 'x', handle: 'franceenangola' }).execute();

    const result = await runImport(database, { kind: 'missions-wikidata', file: sample });
    expect(result).toMatchObject({ status: 'done', read: 22, added: 15, updated: 0, skipped: 7 });
    expect(result.errors).toEqual([
      { line: 14, reason: 'x account @usa_china_talk already belongs to Q12057126: kept there' },
      { line: 16, reason: "unknown sending state 'Quebec' (operator): not an ISO 3166 country" },
      { line: 17, reason: 'the host country is the sending state (Australia): a wrong host country in Wikidata' },
      { line: 18, reason: "unknown host country 'Nordic countries' (country)" },
      { line: 20, reason: 'duplicate Wikidata id Q106686567 (first seen on line 19)' },
      { line: 21, reason: "bad coordinates (latitude '95.2', longitude '-3.689')" },
      { line: 22, reason: 'missing Wikidata id (QID)' },
      { line: 23, reason: 'expected 25 columns, found 10 (a cut or shifted line)' },
    ]);

    const angola = await actor('Q2841716');
    expect(angola).toMatchObject({
      country: 'FR',
      host_country: 'AO',
      type: 'embassy',
      name_fr: 'Ambassade de France en Angola',
      name_en: 'Embassy of France in Angola',
      city: 'Luanda',
      latitude: -8.816567,
      longitude: 13.236026,
    });
    expect(await accountsOf(angola?.id as string)).toEqual([
      { network: 'facebook', handle: 'franceenangola', network_id: null, verified: false, tracked: false },
      { network: 'x', handle: 'franceenangola', network_id: null, verified: false, tracked: false },
    ]);
    // A YouTube channel id keeps its case, as the network's own id.
    const chile = await actor('Q2841631');
    expect((await accountsOf(chile?.id as string)).find((a) => a.network === 'youtube')).toMatchObject({
      handle: null,
      network_id: 'UCEHoIZvuBxp7c4-wmwwHt6Q',
    });
    // A Facebook "Page-Title-123" slug is a page id.
    const bamako = await database.db
      .selectFrom('obs_accounts')
      .select('network_id')
      .where('network', '=', 'facebook')
      .where('network_id', '=', '271484906550398')
      .executeTakeFirst();
    expect(bamako).toBeDefined();
    expect(await actor('Q106686567')).toMatchObject({ country: 'IQ' });
    expect(await actor('Q106530288')).toMatchObject({ name_en: 'High Commission of Australia in the Cook Islands' });
    const nunciature = await database.db
      .selectFrom('obs_actors')
      .select(['name_fr', 'country', 'host_country'])
      .where('country', '=', 'VA')
      .executeTakeFirstOrThrow();
    expect(nunciature).toEqual({ name_fr: 'Nonciature apostolique en Argentine', country: 'VA', host_country: 'AR' });

    const again = await runImport(database, { kind: 'missions-wikidata', file: sample });
    expect(again).toMatchObject({ status: 'done', read: 22, added: 0, updated: 0, skipped: 22, unchanged: 15 });
  });

  it('updates a mission whose row changed in a newer extract', async () => {
    const text = readFileSync(sample, 'utf8').replace('-8.816567;13.236026', '-8.8;13.2');
    const file = path.join(dir, 'changed.csv');
    writeFileSync(file, text);
    const result = await runImport(database, { kind: 'missions-wikidata', file });
    expect(result).toMatchObject({ read: 22, added: 0, updated: 1, skipped: 21, unchanged: 14 });
    expect(await actor('Q2841716')).toMatchObject({ latitude: -8.8, longitude: 13.2 });
  });

  it('loads the shipped extract: every sending state\u2019s missions, France\u2019s 255, the rest reported', async () => {
    const result = await runImport(database, { kind: 'missions-wikidata', file: shipped });
    expect(result.status).toBe('done');
    expect(result.read).toBe(9852);
    // 113 rows cannot be actors: 77 senders without an ISO code (Quebec, the Order of Malta…), 5 unknown hosts,
    // 31 missions placed in their own country, and one Wikidata id given to two missions.
    expect(result.skipped - result.unchanged).toBe(114);
    // The fixture's missions are already there (one with the coordinates the previous test changed).
    expect(result.added + result.updated + result.unchanged).toBe(9852 - 114);
    expect(result.updated).toBe(1);
    const byCountry = await database.db
      .selectFrom('obs_actors')
      .select(['country', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('country')
      .execute();
    const n = Object.fromEntries(byCountry.map((r) => [r.country, Number(r.n)]));
    expect(n.FR).toBe(255);
    expect(Object.keys(n).length).toBeGreaterThan(180);
    const x = await database.db
      .selectFrom('obs_accounts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('network', '=', 'x')
      .where('actor_id', 'is not', null)
      .executeTakeFirstOrThrow();
    expect(Number(x.n)).toBeGreaterThan(800);
  });
});
