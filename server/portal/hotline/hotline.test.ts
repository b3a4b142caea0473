import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, type TestApp } from '../../test/app.ts';
import { makeUser, PASSWORD } from '../../test/factories.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { PORTAL_HOTLINE_RATE_LIMIT: '10000' } });
  await insertFixtures(t);
});
afterAll(() => t.close());

/** The reference rows a request may name: two steps and a region (the portal seed may not be loaded). */
async function insertFixtures(app: TestApp) {
  await sql`
    INSERT INTO portal_steps (id, slug, name_fr, name_en, summary_fr, summary_en) VALUES
      (1, 'diagnostic-export', 'Diagnostic export', 'Export diagnostic', 'Évaluer', 'Assess'),
      (4, 'prospecter', 'Prospecter', 'Prospect', 'Rencontrer', 'Meet')
    ON CONFLICT DO NOTHING`.execute(app.database.db);
  await sql`
    INSERT INTO portal_regions (code, slug, name, export_site_url) VALUES
      ('53', 'bretagne', 'Bretagne', 'https://www.bretagne.bzh')
    ON CONFLICT DO NOTHING`.execute(app.database.db);
}

const good = (overrides: Record<string, unknown> = {}) => ({
  companyName: 'Conserverie de la Pointe',
  siren: '552 100 554',
  region: '53',
  countries: ['VN', 'JP'],
  sector: 'agri_food',
  step: 4,
  need: 'find_partners',
  message: 'Nous cherchons des importateurs de conserves de poisson au Viêt Nam et au Japon.',
  contactName: 'Anne Le Goff',
  email: `anne-${Math.random().toString(36).slice(2, 8)}@conserverie.example`,
  phone: '+33 2 98 00 00 00',
  consent: true,
  website: '',
  ...overrides,
});

async function countRequests(app: TestApp = t): Promise<number> {
  const result = await sql<{ n: number }>`SELECT count(*)::int AS n FROM portal_support_requests`.execute(
    app.database.db,
  );
  return Number(result.rows[0]?.n);
}

async function signIn(app: TestApp, options: Parameters<typeof makeUser>[1] = {}) {
  const user = await makeUser(app.database.db, { no2fa: true, ...options });
  const c = await new Client(app.app).start();
  expect((await c.post('/api/auth/login', { email: user.email, password: PASSWORD })).statusCode).toBe(200);
  return { c, user };
}

/** A visitor posting the form as a page would, with no cookie and no token. */
const visitor = (lang: 'fr' | 'en' = 'fr') => {
  const c = new Client(t.app);
  c.lang = lang;
  return c;
};

describe('hotline: a good request', () => {
  it('is stored with a reference and acknowledged by e-mail, without sign-in or CSRF token', async () => {
    const body = good();
    const before = await countRequests();
    const res = await visitor().post('/api/portal/hotline', body);
    expect(res.statusCode).toBe(201);
    const created = res.json();
    const year = new Date().getFullYear();
    expect(created.reference).toMatch(new RegExp(`^DEM-(${year}|${year + 1})-\\d{6}$`));
    expect(created.email).toBe(body.email);
    expect(Number.isNaN(Date.parse(created.createdAt))).toBe(false);
    expect(await countRequests()).toBe(before + 1);

    const row = await t.database.db
      .selectFrom('portal_support_requests')
      .selectAll()
      .where('reference', '=', created.reference)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      company_name: 'Conserverie de la Pointe',
      siren: '552100554',
      region: '53',
      countries: ['VN', 'JP'],
      sector: 'agri_food',
      step: 4,
      need: 'find_partners',
      contact_name: 'Anne Le Goff',
      email: body.email,
      lang: 'fr',
      status: 'new',
      user_id: null,
      organisation_id: null,
    });
    expect(row.consent_at).toBeInstanceOf(Date);

    const mail = await t.smtp.waitFor(body.email);
    expect(mail.subject).toBe(`Demande ${created.reference} bien reçue – Ligne directe export – Diplomatie`);
    expect(mail.text).toContain(created.reference);
    expect(mail.text).toContain('Bonjour Anne Le Goff');
    expect(mail.text).toContain('Trouver des clients ou des partenaires');
    expect(mail.text).toMatch(/Viet ?nam|Viêt Nam/i);
    expect(mail.text).toContain('Japon');
    expect(mail.text).toContain('4. Prospecter');
    expect(mail.text).toContain('Bretagne');
    expect(mail.text).toContain('http://localhost:3000/portail-export');
    // The free text is not relayed to whatever address was typed.
    expect(mail.text).not.toContain('importateurs de conserves');
  });

  it('numbers requests in sequence and answers in English for an English browser', async () => {
    const first = (await visitor('en').post('/api/portal/hotline', good())).json().reference as string;
    const body = good({ siren: undefined, region: undefined, step: undefined, phone: undefined, website: undefined });
    const res = await visitor('en').post('/api/portal/hotline', body);
    expect(res.statusCode).toBe(201);
    const second = res.json().reference as string;
    expect(Number(second.slice(-6))).toBe(Number(first.slice(-6)) + 1);
    const row = await t.database.db
      .selectFrom('portal_support_requests')
      .select(['lang', 'siren', 'region', 'step', 'phone'])
      .where('reference', '=', second)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ lang: 'en', siren: null, region: null, step: null, phone: '' });
    const mail = await t.smtp.waitFor(body.email);
    expect(mail.subject).toBe(`Request ${second} received – Export hotline – Diplomatie`);
    expect(mail.text).toContain('Hello Anne Le Goff');
    expect(mail.text).toContain('Japan');
    expect(mail.text).not.toContain('Region:');
  });

  it('accepts a valid SIREN written with spaces, and trims the text fields', async () => {
    const res = await visitor().post(
      '/api/portal/hotline',
      good({ siren: ' 732 829 320 ', companyName: '  Atelier   du Lin  ', message: '\n  Bonjour,\nune question.  ' }),
    );
    expect(res.statusCode).toBe(201);
    const row = await t.database.db
      .selectFrom('portal_support_requests')
      .select(['siren', 'company_name', 'message'])
      .where('reference', '=', res.json().reference)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ siren: '732829320', company_name: 'Atelier du Lin', message: 'Bonjour,\nune question.' });
  });
});

describe('hotline: refused requests are never stored', () => {
  /** Posts `body`, expects a 4xx with `code` naming `field`, and checks nothing was stored nor sent. */
  async function refused(body: Record<string, unknown>, status: number, code: string, field?: string, lang?: 'en') {
    const before = await countRequests();
    const mailsBefore = t.smtp.messages.length;
    const res = await visitor(lang).post('/api/portal/hotline', body);
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const problem = res.json();
    expect(problem.code).toBe(code);
    if (field) {
      const named = (problem.errors ?? []).filter((e: { field: string }) => e.field.replace(/^body\./, '') === field);
      expect(named, JSON.stringify(problem)).not.toHaveLength(0);
    }
    // Nothing of what was sent comes back unescaped.
    expect(res.body).not.toMatch(/<script|<img/i);
    expect(await countRequests()).toBe(before);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(t.smtp.messages.length).toBe(mailsBefore);
    return problem as { detail: string; errors?: { field: string; message: string }[] };
  }

  it('a SIREN with a wrong Luhn key, or not 9 digits', async () => {
    const problem = await refused(good({ siren: '552 100 555' }), 400, 'ERR_VALIDATION', 'siren');
    expect(problem.errors).toEqual([
      { field: 'siren', message: 'ce SIREN n’existe pas : sa clé de contrôle est fausse (vérifiez les chiffres)' },
    ]);
    await refused(good({ siren: '55210055' }), 400, 'ERR_VALIDATION', 'siren');
    await refused(good({ siren: '55210055A' }), 400, 'ERR_VALIDATION', 'siren');
  });

  it('missing or refused consent', async () => {
    const { consent: _, ...withoutConsent } = good();
    await refused(withoutConsent, 400, 'ERR_VALIDATION', 'consent');
    const problem = await refused(good({ consent: false }), 400, 'ERR_VALIDATION', 'consent', 'en');
    expect(problem.errors).toEqual([
      { field: 'consent', message: 'tick the box to accept the processing of your request' },
    ]);
  });

  it('an oversize or empty message', async () => {
    const problem = await refused(good({ message: 'x'.repeat(5001) }), 400, 'ERR_VALIDATION', 'message');
    expect(problem.errors?.[0]?.message).toBe('au plus 5000 caractères (5001 saisis)');
    await refused(good({ message: 'x'.repeat(20_000) }), 400, 'ERR_VALIDATION', 'message');
    await refused(good({ message: '   \n ' }), 400, 'ERR_VALIDATION', 'message');
    // 5000 characters once trimmed is fine.
    const fits = await visitor().post('/api/portal/hotline', good({ message: ` ${'x'.repeat(5000)} ` }));
    expect(fits.statusCode).toBe(201);
  });

  it('a body past the size limit', async () => {
    await refused(good({ message: 'x'.repeat(1_100_000) }), 413, 'ERR_PAYLOAD_TOO_LARGE');
  });

  it('markup in any text field, every bad field named at once', async () => {
    const problem = await refused(
      good({
        companyName: '<script>alert(1)</script>',
        contactName: 'Anne <img src=x onerror=alert(1)>',
        message: 'Voir <a href="https://evil.example">ici</a>',
      }),
      400,
      'ERR_VALIDATION',
      'companyName',
    );
    expect(problem.errors?.map((e) => e.field)).toEqual(['companyName', 'contactName', 'message']);
    expect(problem.errors?.[0]?.message).toMatch(/balises HTML/);
    // A lone "<" in prose is not markup.
    const prose = await visitor().post('/api/portal/hotline', good({ message: 'Budget < 10 000 € et délai <3 mois' }));
    expect(prose.statusCode).toBe(201);
  });

  it('control characters', async () => {
    await refused(good({ companyName: 'Acme\u0000' }), 400, 'ERR_VALIDATION', 'companyName');
    await refused(good({ contactName: 'Anne\nBcc: victim@example.org' }), 400, 'ERR_VALIDATION', 'contactName');
    await refused(good({ message: 'texte \u202Eenversé' }), 400, 'ERR_VALIDATION', 'message');
  });

  it('unknown, malformed, missing or too many countries', async () => {
    const problem = await refused(good({ countries: ['FR', 'ZZ'] }), 400, 'ERR_VALIDATION', 'countries');
    expect(problem.errors?.[0]?.message).toBe('code pays ISO 3166-1 inconnu : ZZ');
    await refused(good({ countries: ['fra'] }), 400, 'ERR_VALIDATION');
    await refused(good({ countries: [] }), 400, 'ERR_VALIDATION', 'countries');
    const eleven = ['FR', 'DE', 'IT', 'ES', 'PT', 'BE', 'NL', 'LU', 'AT', 'CH', 'GB'];
    await refused(good({ countries: eleven }), 400, 'ERR_VALIDATION', 'countries');
  });

  it('a bad e-mail, phone, region, step, sector or need', async () => {
    await refused(good({ email: 'anne@' }), 400, 'ERR_VALIDATION', 'email');
    await refused(good({ email: 'a@example.org, b@example.org' }), 400, 'ERR_VALIDATION', 'email');
    await refused(good({ email: '../../etc/x@example.org' }), 400, 'ERR_VALIDATION', 'email');
    await refused(good({ phone: 'call me maybe' }), 400, 'ERR_VALIDATION', 'phone');
    await refused(good({ region: '99' }), 400, 'ERR_VALIDATION', 'region');
    await refused(good({ step: 2 }), 400, 'ERR_VALIDATION', 'step');
    await refused(good({ step: 7 }), 400, 'ERR_VALIDATION', 'step');
    await refused(good({ sector: 'weapons' }), 400, 'ERR_VALIDATION', 'sector');
    await refused(good({ need: 'everything' }), 400, 'ERR_VALIDATION', 'need');
    await refused(good({ isAdmin: true }), 400, 'ERR_VALIDATION');
  });

  it('a classification marking', async () => {
    const problem = await refused(
      good({ message: 'Voir la note DIFFUSION RESTREINTE jointe' }),
      422,
      'ERR_CLASSIFIED_MARKING',
      'message',
    );
    expect(problem.detail).toContain('DIFFUSION RESTREINTE');
  });

  it('a filled honeypot, even when everything else is right', async () => {
    const problem = await refused(good({ website: 'https://spam.example' }), 400, 'ERR_SPAM_SUSPECTED');
    expect(problem.detail).toMatch(/envoi automatique/);
  });
});

describe('hotline: random input', () => {
  it('never answers with a server error, whatever the body', async () => {
    const c = visitor();
    const anything = fc.oneof(fc.string({ unit: 'binary' }), fc.jsonValue(), fc.constant(null));
    // Mostly well-typed values, so that many bodies reach the service checks and the database.
    const field = <T>(valid: fc.Arbitrary<T>) =>
      fc.oneof({ arbitrary: valid, weight: 19 }, { arbitrary: anything, weight: 1 });
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            companyName: field(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 250 })),
            siren: field(fc.stringMatching(/^[0-9 ]{0,12}$/)),
            region: field(fc.constantFrom('53', '53', '99')),
            countries: field(
              fc.uniqueArray(fc.constantFrom('FR', 'JP', 'VN', 'DE', 'ZZ'), { minLength: 1, maxLength: 4 }),
            ),
            sector: field(fc.constantFrom('agri_food', 'health')),
            step: field(fc.integer({ min: 1, max: 6 })),
            need: field(fc.constantFrom('other', 'financing')),
            message: field(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6000 })),
            contactName: field(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 250 })),
            email: field(fc.constantFrom('a@example.org', 'a@', '')),
            phone: field(fc.string({ maxLength: 40 })),
            consent: field(fc.constantFrom(true, true, true, false)),
            website: field(fc.constantFrom('', '', '', 'x')),
          },
          {
            requiredKeys: ['companyName', 'countries', 'sector', 'need', 'message', 'contactName', 'email', 'consent'],
          },
        ),
        async (body) => {
          const res = await c.request({
            method: 'POST',
            url: '/api/portal/hotline',
            payload: JSON.stringify(body),
            headers: { 'content-type': 'application/json' },
          });
          expect(res.statusCode, res.body).toBeLessThan(500);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('stores any plain text in the text fields, or refuses it with a 400', async () => {
    const c = visitor();
    let stored = 0;
    const text = (maxLength: number) =>
      fc.oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength }), fc.string({ unit: 'binary', maxLength }));
    await fc.assert(
      fc.asyncProperty(text(250), text(250), text(2000), async (companyName, contactName, message) => {
        const res = await c.post('/api/portal/hotline', good({ companyName, contactName, message }));
        expect([201, 400, 422], res.body).toContain(res.statusCode);
        if (res.statusCode === 201) {
          stored++;
          const row = await t.database.db
            .selectFrom('portal_support_requests')
            .select(['company_name', 'message'])
            .where('reference', '=', res.json().reference)
            .executeTakeFirstOrThrow();
          expect(row.company_name).toBe(
            companyName
              .normalize('NFC')
              .trim()
              .replace(/[ \t]+/g, ' '),
          );
          expect(row.message).toBe(message.normalize('NFC').replace(/\r\n?/g, '\n').trim());
        }
      }),
      { numRuns: 60 },
    );
    expect(stored).toBeGreaterThan(5);
  });
});

describe('hotline: signed-in members and CSRF', () => {
  it('links a signed-in company’s request to its account and lists it back, to its sender only', async () => {
    const { c, user } = await signIn(t, { audience: 'company', organisation: 'Conserverie de la Pointe' });
    const res = await c.post('/api/portal/hotline', good({ email: user.email }));
    expect(res.statusCode).toBe(201);
    const reference = res.json().reference;
    const row = await t.database.db
      .selectFrom('portal_support_requests')
      .select(['user_id', 'organisation_id'])
      .where('reference', '=', reference)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ user_id: user.id, organisation_id: user.organisation_id });

    const mine = await c.get('/api/portal/hotline/requests');
    expect(mine.statusCode).toBe(200);
    expect(mine.headers['cache-control']).toContain('no-store');
    expect(mine.json().items).toEqual([
      {
        reference,
        createdAt: expect.any(String),
        status: 'new',
        need: 'find_partners',
        countries: ['VN', 'JP'],
        companyName: 'Conserverie de la Pointe',
      },
    ]);
    const other = await signIn(t);
    expect((await other.c.get('/api/portal/hotline/requests')).json().items).toEqual([]);
    expect((await visitor().get('/api/portal/hotline/requests')).json().code).toBe('ERR_UNAUTHENTICATED');
  });

  it('requires the CSRF token from a signed-in session, not from a visitor', async () => {
    const { c } = await signIn(t);
    const before = await countRequests();
    const res = await c.request({
      method: 'POST',
      url: '/api/portal/hotline',
      payload: good(),
      headers: { 'x-csrf-token': '' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('ERR_CSRF');
    const forged = await c.request({
      method: 'POST',
      url: '/api/portal/hotline',
      payload: good(),
      headers: { 'x-csrf-token': 'forged-token' },
    });
    expect(forged.json().code).toBe('ERR_CSRF');
    expect(await countRequests()).toBe(before);

    // A visitor, with or without the pre-session cookie, needs no token.
    expect((await visitor().post('/api/portal/hotline', good())).statusCode).toBe(201);
    const started = await new Client(t.app).start();
    started.csrf = undefined;
    expect((await started.post('/api/portal/hotline', good())).statusCode).toBe(201);
    // A stale or unknown session cookie is no session: treated as a visitor.
    const stale = new Client(t.app);
    stale.cookies.set('diplomatie_session', 'not-a-session');
    expect((await stale.post('/api/portal/hotline', good())).statusCode).toBe(201);
    // A foreign page is refused all the same.
    const foreign = await visitor().request({
      method: 'POST',
      url: '/api/portal/hotline',
      payload: good(),
      headers: { origin: 'https://evil.example' },
    });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().code).toBe('ERR_CSRF');
    expect(await countRequests()).toBe(before + 3);
  });
});

describe('hotline: limits and failures', () => {
  let strict: TestApp;
  beforeAll(async () => {
    // Three requests per IP, and an SMTP server that refuses connections.
    strict = await createTestApp({ env: { PORTAL_HOTLINE_RATE_LIMIT: '3', SMTP_URL: 'smtp://127.0.0.1:9' } });
    await insertFixtures(strict);
  });
  afterAll(() => strict.close());

  it('stores the request even when the acknowledgement cannot be sent, and limits each IP', async () => {
    const c = new Client(strict.app);
    for (let i = 0; i < 3; i++) {
      const res = await c.post('/api/portal/hotline', good());
      expect(res.statusCode).toBe(201);
    }
    expect(await countRequests(strict)).toBe(3);
    const limited = await c.post('/api/portal/hotline', good());
    expect(limited.statusCode).toBe(429);
    expect(limited.json().code).toBe('ERR_RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(await countRequests(strict)).toBe(3);
    // Another address is not affected.
    const elsewhere = await strict.app.inject({
      method: 'POST',
      url: '/api/portal/hotline',
      payload: good(),
      remoteAddress: '192.0.2.10',
    });
    expect(elsewhere.statusCode).toBe(201);
  });
});
