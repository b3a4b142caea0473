// The self-assessment's API: the questionnaire, taking it as a visitor or a member, reading a result by its link,
// a member's history, and recommendations drawn from the published offers at read time.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, type TestApp } from '../../test/app.ts';
import { makeUser, PASSWORD } from '../../test/factories.ts';
import { seedPortal } from '../seed/index.ts';
import { QUESTIONS } from './questionnaire.ts';
import { REMEDIES } from './scoring.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await seedPortal(t.database.db);
});
afterAll(() => t.close());

const all = (pick: (optionCount: number) => number) =>
  Object.fromEntries(QUESTIONS.map((q) => [q.id, pick(q.options.length)]));
const highest = all((n) => n - 1);
/** Strong everywhere but finance: (2 x 100 + 2 x 100 + 1.5 x 0 + 3 x 1.5 x 100) / 10 = 85, a regular exporter. */
const weakFinance = {
  ...highest,
  ...Object.fromEntries(QUESTIONS.filter((q) => q.dimension === 'finance').map((q) => [q.id, 0])),
};

type Result = {
  id: string;
  overall: number;
  maturity: string;
  maturityLabel: string;
  mine: boolean;
  dimensions: { dimension: string; score: number; gap: boolean }[];
  gaps: { dimension: string; score: number; severity: string; label: string }[];
  recommendations: {
    kind: string;
    dimension: string | null;
    title: string;
    advice: string;
    steps: { id: number; slug: string; name: string }[];
    offers: { id: string; title: string; type: string; steps: number[]; provider: { name: string } }[];
  }[];
};

/** A visitor straight from a link: no cookie, no CSRF token. */
const bare = (payload: unknown, remoteAddress = '127.0.0.1') =>
  t.app.inject({
    method: 'POST',
    url: '/api/portal/assessments',
    payload: payload as object,
    remoteAddress,
  });

async function signIn(): Promise<Client> {
  const user = await makeUser(t.database.db, { no2fa: true });
  const c = await new Client(t.app).start();
  expect((await c.post('/api/auth/login', { email: user.email, password: PASSWORD })).statusCode).toBe(200);
  return c;
}

const storedCount = async () =>
  Number(
    (
      await t.database.db
        .selectFrom('portal_assessments')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirst()
    )?.n,
  );

describe('the questionnaire', () => {
  it('is served in French by default, in English on request, and may be cached', async () => {
    const fr = await t.app.inject('/api/portal/assessments/questionnaire');
    expect(fr.statusCode).toBe(200);
    expect(fr.headers['cache-control']).toBe('public, max-age=60');
    const body = fr.json();
    expect(body.version).toBe(1);
    expect(body.questionCount).toBeGreaterThanOrEqual(24);
    expect(body.dimensions.map((d: { id: string }) => d.id)).toEqual([
      'strategy',
      'product',
      'finance',
      'people',
      'marketing',
      'legal_logistics',
    ]);
    expect(body.dimensions[0].label).toBe('Stratégie et engagement');
    expect(body.dimensions[0].questions[0].options[0]).toEqual({ value: 0, label: 'Jamais pour l’instant' });

    const en = await t.app.inject({
      url: '/api/portal/assessments/questionnaire',
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
    });
    expect(en.json().dimensions[0].label).toBe('Strategy and commitment');
    const forced = await t.app.inject('/api/portal/assessments/questionnaire?lang=en');
    expect(forced.json().dimensions[2].questions[0].text).toBe('Do you have a budget for international growth?');
  });
});

describe('taking the self-assessment', () => {
  it('works for a visitor without a session; anyone with the link reads the result, nobody owns it', async () => {
    const before = await storedCount();
    const res = await bare({ answers: weakFinance });
    expect(res.statusCode).toBe(201);
    const result = res.json() as Result;
    expect(result).toMatchObject({
      overall: 85,
      maturity: 'regular',
      maturityLabel: 'Exportateur régulier',
      mine: false,
    });
    expect(result.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.gaps).toEqual([{ dimension: 'finance', label: 'Finances', score: 0, severity: 'high' }]);
    expect(result.dimensions.filter((d) => d.gap).map((d) => d.dimension)).toEqual(['finance']);
    expect(await storedCount()).toBe(before + 1);

    const row = await t.database.db
      .selectFrom('portal_assessments')
      .selectAll()
      .where('id', '=', result.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      user_id: null,
      questionnaire_version: 1,
      overall: 85,
      maturity: 'regular',
      lang: 'fr',
    });
    expect(Object.keys(row.answers)).toHaveLength(QUESTIONS.length);

    const shared = await t.app.inject({
      url: `/api/portal/assessments/${result.id}`,
      headers: { 'accept-language': 'en' },
    });
    expect(shared.statusCode).toBe(200);
    expect(shared.headers['cache-control']).toBe('private, no-store');
    expect(shared.json()).toMatchObject({
      id: result.id,
      overall: 85,
      maturityLabel: 'Regular exporter',
      gaps: [{ dimension: 'finance', label: 'Finance', score: 0 }],
      mine: false,
    });
  });

  it('refuses incomplete or invented answers with a message naming each question, and stores nothing', async () => {
    const before = await storedCount();
    const { 'finance-budget': _, ...missingOne } = weakFinance;
    const res = await bare({ answers: { ...missingOne, 'strategy-plan': 7, 'secret-question': 1 } });
    expect(res.statusCode).toBe(400);
    const problem = res.json();
    expect(problem.code).toBe('ERR_VALIDATION');
    expect(problem.errors).toEqual([
      { field: 'answers.secret-question', message: 'Question inconnue : « secret-question ».' },
      {
        field: 'answers.strategy-plan',
        message: expect.stringContaining('« Avez-vous une stratégie export écrite'),
      },
      { field: 'answers.finance-budget', message: expect.stringContaining('Répondez à la question') },
    ]);

    const english = await t.app.inject({
      method: 'POST',
      url: '/api/portal/assessments',
      headers: { 'accept-language': 'en' },
      payload: { answers: { ...weakFinance, 'people-training': 3 } },
    });
    expect(english.statusCode).toBe(400);
    expect(english.json().errors).toEqual([
      {
        field: 'answers.people-training',
        message:
          'Choose one of the answers offered for the question “Is your team trained in international trade (export techniques, customs, negotiation)?” (0 to 2).',
      },
    ]);

    for (const payload of [
      {},
      { answers: [] },
      { answers: { ...weakFinance, 'strategy-plan': 'beaucoup' } },
      { answers: { ...weakFinance, 'strategy-plan': 1.5 } },
      { answers: weakFinance, extra: true },
    ]) {
      const refused = await bare(payload);
      expect(refused.statusCode, JSON.stringify(payload).slice(0, 80)).toBe(400);
    }
    expect((await bare({ answers: {} })).json().errors).toHaveLength(QUESTIONS.length);
    expect(await storedCount()).toBe(before);
  });

  it('answers 404, never 500, for an unknown or malformed id', async () => {
    for (const id of ['not-a-uuid', '00000000-0000-0000-0000-000000000000', `${'a'.repeat(36)}`, '%27%20OR%201=1']) {
      const res = await t.app.inject(`/api/portal/assessments/${id}`);
      expect(res.statusCode, id).toBe(404);
      expect(res.json().code).toBe('ERR_NOT_FOUND');
    }
  });

  it('rate-limits submissions per address', async () => {
    const address = '203.0.113.7';
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) statuses.push((await bare({ answers: {} }, address)).statusCode);
    expect(statuses.slice(0, 30).every((s) => s === 400)).toBe(true);
    expect(statuses[30]).toBe(429);
    // Another address is not affected.
    expect((await bare({ answers: {} }, '203.0.113.8')).statusCode).toBe(400);
  });
});

describe('a signed-in member', () => {
  it('needs the CSRF token, keeps a history, and is told which results are theirs', async () => {
    const member = await signIn();
    const withoutToken = await member.request({
      method: 'POST',
      url: '/api/portal/assessments',
      payload: { answers: highest },
      headers: { 'x-csrf-token': '' },
    });
    expect(withoutToken.statusCode).toBe(403);
    expect(withoutToken.json().code).toBe('ERR_CSRF');

    const first = (await member.post('/api/portal/assessments', { answers: weakFinance })).json() as Result;
    const second = await member.post('/api/portal/assessments', { answers: highest });
    expect(second.statusCode).toBe(201);
    expect(second.json()).toMatchObject({ overall: 100, mine: true });

    const history = await member.get('/api/portal/assessments');
    expect(history.statusCode).toBe(200);
    expect(history.headers['cache-control']).toBe('private, no-store');
    const items = history.json().items as { id: string; overall: number; maturity: string; createdAt: string }[];
    expect(items.map((i) => i.overall)).toEqual([100, 85]);
    expect(items[1]).toMatchObject({ id: first.id, maturity: 'regular', maturityLabel: 'Exportateur régulier' });
    expect((await member.get(`/api/portal/assessments/${first.id}`)).json().mine).toBe(true);

    // Someone else with the link reads it, but it is not theirs and not in their history.
    const other = await signIn();
    expect((await other.get(`/api/portal/assessments/${first.id}`)).json()).toMatchObject({ mine: false, overall: 85 });
    expect((await other.get('/api/portal/assessments')).json()).toEqual({ items: [] });
    // A visitor's results never join anyone's history.
    await bare({ answers: highest });
    expect((await member.get('/api/portal/assessments')).json().items).toHaveLength(2);
  });

  it('a visitor has no history to read', async () => {
    const res = await t.app.inject('/api/portal/assessments');
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('ERR_UNAUTHENTICATED');
  });
});

describe('recommendations on the real catalogue', () => {
  it('follow the gaps: a weak finance dimension gets financing and insurance offers of its steps', async () => {
    const result = (await bare({ answers: weakFinance })).json() as Result;
    expect(result.recommendations).toHaveLength(1);
    const [finance] = result.recommendations;
    expect(finance).toMatchObject({ kind: 'gap', dimension: 'finance', title: 'Finances' });
    expect(finance!.advice).not.toBe('');
    expect(finance!.steps.map((s) => s.id)).toEqual([...REMEDIES.finance.steps]);
    expect(finance!.steps[0]).toMatchObject({ slug: expect.stringMatching(/^[a-z0-9-]+$/), name: expect.any(String) });
    expect(finance!.offers.length).toBeGreaterThanOrEqual(1);
    expect(finance!.offers.length).toBeLessThanOrEqual(3);
    for (const offer of finance!.offers) {
      expect(['financing', 'insurance_guarantees']).toContain(offer.type);
      expect(offer.steps.some((s) => s === 3 || s === 5)).toBe(true);
      expect(offer.provider.name).not.toBe('');
    }
    // Every recommended offer is published and fits a regular exporter.
    const ids = finance!.offers.map((o) => o.id);
    const rows = await t.database.db
      .selectFrom('portal_offers')
      .select(['status', 'maturities'])
      .where('id', 'in', ids)
      .execute();
    for (const row of rows) {
      expect(row.status).toBe('published');
      expect(row.maturities.length === 0 || row.maturities.includes('regular')).toBe(true);
    }
  });

  it('re-reads the offers at read time: an unpublished offer disappears from a stored result', async () => {
    const result = (await bare({ answers: weakFinance })).json() as Result;
    const gone = result.recommendations[0]!.offers[0]!.id;
    await sql`UPDATE portal_offers SET status = 'unpublished' WHERE id = ${gone}`.execute(t.database.db);
    try {
      const again = (await t.app.inject(`/api/portal/assessments/${result.id}`)).json() as Result;
      const ids = again.recommendations.flatMap((r) => r.offers.map((o) => o.id));
      expect(ids).not.toContain(gone);
    } finally {
      await sql`UPDATE portal_offers SET status = 'published' WHERE id = ${gone}`.execute(t.database.db);
    }
  });

  it('gives a company with no gap "consolidate" recommendations from step 6', async () => {
    const result = (await bare({ answers: highest })).json() as Result;
    expect(result.gaps).toEqual([]);
    expect(result.recommendations).toHaveLength(1);
    const [consolidate] = result.recommendations;
    expect(consolidate).toMatchObject({ kind: 'consolidate', dimension: null });
    expect(consolidate!.steps.map((s) => s.id)).toEqual([6]);
    expect(consolidate!.offers.length).toBeGreaterThanOrEqual(1);
    for (const offer of consolidate!.offers) expect(offer.steps).toContain(6);
  });

  it('names only the gaps: strong dimensions get no recommendation', async () => {
    const weakPeopleAndLegal = {
      ...highest,
      ...Object.fromEntries(
        QUESTIONS.filter((q) => q.dimension === 'people' || q.dimension === 'legal_logistics').map((q) => [q.id, 1]),
      ),
    };
    const result = (await bare({ answers: weakPeopleAndLegal })).json() as Result;
    const dimensions = result.recommendations.map((r) => r.dimension);
    expect(dimensions).toEqual(result.gaps.map((g) => g.dimension));
    expect(new Set(dimensions)).toEqual(new Set(['people', 'legal_logistics']));
    const offerIds = result.recommendations.flatMap((r) => r.offers.map((o) => o.id));
    expect(new Set(offerIds).size).toBe(offerIds.length);
  });
});
