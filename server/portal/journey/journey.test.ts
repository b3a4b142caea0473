// The journey on the real reference data (seedPortal): steps with their published offer counts, a step's page,
// the partners; a draft offer and an unpublished contact of this file's own must never show.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProviderList, StepList, StepPage } from '../../../common/schemas/portal.ts';
import { createTestApp, type TestApp } from '../../test/app.ts';
import { seedPortal } from '../seed/index.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  await seedPortal(t.database.db);
  const db = t.database.db;
  await db
    .insertInto('portal_offers')
    .values({
      id: 'test-draft-offer',
      provider_id: 'bpifrance',
      title_fr: 'Offre en préparation',
      title_en: 'Offer in preparation',
      summary_fr: 'Brouillon.',
      summary_en: 'Draft.',
      description_fr: 'Brouillon.',
      description_en: 'Draft.',
      steps: [1, 2, 3, 4, 5, 6],
      type: 'training',
      price: 'free',
      url: 'https://example.org',
      status: 'draft',
    })
    .execute();
  await db
    .insertInto('portal_contacts')
    .values([
      {
        id: 'test-unpublished-contact',
        kind: 'regional_export',
        name: 'Contact retiré',
        region: '84',
        steps: [4],
        status: 'unpublished',
      },
      {
        id: 'test-embassy-contact',
        kind: 'embassy_economic_service',
        name: 'Service économique de Hanoï',
        country: 'VN',
        city: 'Hanoï',
        steps: [4],
        status: 'published',
        published_at: new Date(),
      },
    ])
    .execute();
});
afterAll(() => t.close());

async function get<T>(url: string, lang = 'fr'): Promise<T> {
  const response = await t.app.inject({ url, headers: { 'accept-language': lang } });
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers['cache-control']).toBe('public, max-age=60');
  return response.json() as T;
}

async function publishedOfferCount(condition: ReturnType<typeof sql>): Promise<number> {
  const result = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM portal_offers o WHERE o.status = 'published' AND ${condition}`.execute(
    t.database.db,
  );
  return result.rows[0]!.n;
}

describe('journey: steps', () => {
  it('lists the six steps in order, localised, with their published offer counts', async () => {
    const fr = await get<StepList>('/api/portal/steps');
    expect(fr.items.map((s) => s.id)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(fr.items[3]).toMatchObject({ slug: 'prospecter', name: 'Prospecter' });
    for (const step of fr.items) {
      expect(step.offerCount, step.slug).toBe(await publishedOfferCount(sql`${step.id}::smallint = ANY(o.steps)`));
    }
    const en = await get<StepList>('/api/portal/steps', 'en');
    expect(en.items[3]?.name).not.toBe('Prospecter');
    expect(en.items[3]?.summary).not.toBe(fr.items[3]?.summary);
  });

  it('shows a step\u2019s published offers and contacts, regional advisers and partners\u2019 desks first', async () => {
    const page = await get<StepPage>('/api/portal/steps/prospecter');
    expect(page.step).toMatchObject({ id: 4, slug: 'prospecter' });
    const offerIds = page.offers.map((o) => o.id);
    expect(offerIds).toContain('assurance-prospection');
    expect(offerIds).not.toContain('test-draft-offer');
    expect(offerIds.length).toBe(page.step.offerCount);
    for (const offer of page.offers) expect(offer.steps).toContain(4);
    const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
    const titles = page.offers.map((o) => o.title);
    expect(titles).toEqual([...titles].sort(collator.compare));

    const contactIds = page.contacts.map((c) => c.id);
    expect(contactIds).toContain('test-embassy-contact');
    expect(contactIds).not.toContain('test-unpublished-contact');
    for (const contact of page.contacts) expect(contact.steps).toContain(4);
    const rank = (kind: string) => (kind === 'regional_export' ? 0 : kind === 'provider_desk' ? 1 : 2);
    const ranks = page.contacts.map((c) => rank(c.kind));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(ranks[0]).toBe(0);
    expect(ranks.at(-1)).toBe(2);
    const published = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM portal_contacts WHERE status = 'published' AND 4 = ANY(steps)`.execute(
      t.database.db,
    );
    expect(page.contacts.length).toBe(published.rows[0]!.n);
  });

  it('answers 404 for an unknown step and 400 for a malformed slug', async () => {
    const unknown = await t.app.inject({ url: '/api/portal/steps/no-such-step' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'ERR_NOT_FOUND' });
    const malformed = await t.app.inject({ url: '/api/portal/steps/Not_A_Slug' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({ code: 'ERR_VALIDATION' });
  });

  it('counts a newly published offer at once', async () => {
    const before = (await get<StepList>('/api/portal/steps')).items.map((s) => s.offerCount);
    const db = t.database.db;
    try {
      await db
        .updateTable('portal_offers')
        .set({ status: 'published', published_at: new Date() })
        .where('id', '=', 'test-draft-offer')
        .execute();
      const after = (await get<StepList>('/api/portal/steps')).items.map((s) => s.offerCount);
      expect(after).toEqual(before.map((n) => n + 1));
      const page = await get<StepPage>('/api/portal/steps/diagnostic-export');
      expect(page.offers.map((o) => o.id)).toContain('test-draft-offer');
    } finally {
      await db.updateTable('portal_offers').set({ status: 'draft' }).where('id', '=', 'test-draft-offer').execute();
    }
  });
});

describe('journey: partners', () => {
  it('lists the providers by their set position, with published offer counts', async () => {
    const list = await get<ProviderList>('/api/portal/providers');
    const positions = await sql<{ id: string }>`SELECT id FROM portal_providers ORDER BY position, name, id`.execute(
      t.database.db,
    );
    expect(list.items.map((p) => p.id)).toEqual(positions.rows.map((r) => r.id));
    for (const provider of list.items) {
      expect(provider.offerCount, provider.id).toBe(await publishedOfferCount(sql`o.provider_id = ${provider.id}`));
    }
    const bpifrance = list.items.find((p) => p.id === 'bpifrance');
    expect(bpifrance).toMatchObject({ name: 'Bpifrance', kind: 'public' });
    const en = await get<ProviderList>('/api/portal/providers', 'en');
    expect(en.items.find((p) => p.id === 'bpifrance')?.description).not.toBe(bpifrance?.description);
  });
});
