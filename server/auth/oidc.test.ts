// Single sign-on with OpenID Connect, against a real provider (node-oidc-provider shaped like ProConnect),
// walked with plain HTTP: app login -> provider sign-in form -> app callback.
import { randomBytes, randomInt } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import type { OrganisationKind } from '../db/schema.ts';
import { createMailer } from '../mail/mailer.ts';
import { Client, createTestApp, type TestApp } from '../test/app.ts';
import { makeUser, PASSWORD } from '../test/factories.ts';
import { startTestOidcProvider, type TestOidcAccount, type TestOidcProvider } from '../test/oidc-provider.ts';
import { OIDC_SCOPE, safeReturnTo, sealTransaction } from './oidc.service.ts';

let provider: TestOidcProvider;
let t: TestApp;
const extraApps: FastifyInstance[] = [];

beforeAll(async () => {
  provider = await startTestOidcProvider();
  t = await createTestApp({ env: provider.env() });
});
afterAll(async () => {
  for (const app of extraApps) await app.close();
  await t?.close();
  await provider?.close();
});

const db = () => t.database.db;
const OIDC_COOKIE = 'diplomatie_oidc';
const SESSION_COOKIE = 'diplomatie_session';

const siret = () => String(randomInt(10_000_000, 99_999_999)) + String(randomInt(100_000, 999_999));

async function makeOrganisation(kind: OrganisationKind = 'ministry') {
  return db()
    .insertInto('organisations')
    .values({ name: `Org ${randomBytes(3).toString('hex')}`, kind, siren: null, siret: siret(), country: 'FR' })
    .returning(['id', 'siret', 'kind'])
    .executeTakeFirstOrThrow();
}

function agentAccount(overrides: Partial<TestOidcAccount> = {}): TestOidcAccount {
  const id = randomBytes(6).toString('hex');
  return provider.addAccount({
    sub: `sub-${id}`,
    email: `agent-${id}@diplomatie.gouv.fr`,
    given_name: 'Marie',
    usual_name: 'Curie',
    siret: siret(),
    idp_id: 'idp-test',
    uid: `uid-${id}`,
    amr: ['pwd'],
    ...overrides,
  });
}

/** Login at the app, sign-in at the provider, back to the app's callback. */
async function signInWithProvider(c: Client, login: string, returnTo?: string) {
  const start = await c.get(
    `/api/auth/oidc/login${returnTo === undefined ? '' : `?returnTo=${encodeURIComponent(returnTo)}`}`,
  );
  expect(start.statusCode).toBe(302);
  const authorizationUrl = new URL(start.headers.location as string);
  const back = await provider.signIn(authorizationUrl.href, login);
  expect(`${back.origin}${back.pathname}`).toBe('http://localhost:3000/api/auth/oidc/callback');
  const callback = await c.get(`${back.pathname}${back.search}`);
  return { start, authorizationUrl, back, callback };
}

const locationOf = (res: { statusCode: number; headers: Record<string, unknown> }) => {
  expect(res.statusCode).toBe(302);
  return res.headers.location as string;
};

async function sessionsOf(userId: string) {
  return db().selectFrom('sessions').selectAll().where('user_id', '=', userId).execute();
}

describe('sign-in with ProConnect: the authorisation request', () => {
  it('redirects to the provider with PKCE (S256), state, nonce and the ProConnect scopes, keeping a sealed cookie', async () => {
    const c = await new Client(t.app).start();
    const res = await c.get('/api/auth/oidc/login?returnTo=/reseau');
    const url = new URL(locationOf(res));
    expect(`${url.origin}${url.pathname}`).toBe(`${provider.issuer}/auth`);
    const p = url.searchParams;
    expect(p.get('response_type')).toBe('code');
    expect(p.get('client_id')).toBe(provider.clientId);
    expect(p.get('redirect_uri')).toBe('http://localhost:3000/api/auth/oidc/callback');
    expect(p.get('scope')).toBe(OIDC_SCOPE);
    expect(p.get('scope')).toBe('openid email given_name usual_name siret');
    expect(p.get('code_challenge_method')).toBe('S256');
    expect(p.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(p.get('state')?.length).toBeGreaterThanOrEqual(32);
    expect(p.get('nonce')?.length).toBeGreaterThanOrEqual(32);
    expect(p.has('acr_values')).toBe(false);

    const cookie = res.cookies.find((k) => k.name === OIDC_COOKIE)!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/', maxAge: 600 });
    // Sealed: neither the state nor anything else readable in the browser.
    expect(cookie.value).not.toContain(p.get('state')!);
    expect(cookie.value.startsWith('v1.')).toBe(true);
  });

  it('sends the code challenge the provider then enforces', async () => {
    const account = agentAccount({ amr: ['pwd', 'mfa'] });
    await makeUser(db(), { audience: 'agent', email: account.email });
    const c = await new Client(t.app).start();
    const { authorizationUrl } = await signInWithProvider(c, account.sub);
    const seen = provider.authorizationRequests.find(
      (u) => u.searchParams.get('state') === authorizationUrl.searchParams.get('state'),
    );
    expect(seen?.searchParams.get('code_challenge')).toBe(authorizationUrl.searchParams.get('code_challenge'));
    expect(seen?.searchParams.get('code_challenge_method')).toBe('S256');

    // The same flow with a transaction holding the right state and nonce but another code verifier: refused.
    const c2 = await new Client(t.app).start();
    const start = await c2.get('/api/auth/oidc/login');
    const params = new URL(start.headers.location as string).searchParams;
    const back = await provider.signIn(start.headers.location as string, account.sub);
    c2.cookies.set(
      OIDC_COOKIE,
      sealTransaction(t.config.secret, {
        state: params.get('state')!,
        nonce: params.get('nonce')!,
        codeVerifier: randomBytes(32).toString('base64url'),
        returnTo: '/compte',
        exp: Math.floor(Date.now() / 1000) + 600,
      }),
    );
    const res = await c2.get(`${back.pathname}${back.search}`);
    expect(locationOf(res)).toBe('/connexion?erreur=ERR_OIDC_FAILED');
    expect(c2.cookies.has(SESSION_COOKIE)).toBe(false);
  });

  it('answers 404 ERR_OIDC_DISABLED when ProConnect is not configured, and never a 500 when the provider is down', async () => {
    const mailer = createMailer({
      smtpUrl: t.config.mail.smtpUrl,
      from: t.config.mail.from,
      outboxDir: '/nonexistent',
    });
    const disabled = await buildApp({ ...t.config, oidc: undefined }, { database: t.database, mailer });
    extraApps.push(disabled);
    const off = await disabled.inject({ method: 'GET', url: '/api/auth/oidc/login' });
    expect(off.statusCode).toBe(404);
    expect(off.json()).toMatchObject({ code: 'ERR_OIDC_DISABLED' });
    const offCallback = await disabled.inject({ method: 'GET', url: '/api/auth/oidc/callback?code=x&state=y' });
    expect(locationOf(offCallback)).toBe('/connexion?erreur=ERR_OIDC_DISABLED');
    expect((await new Client(disabled).get('/api/auth/me')).json().oidcEnabled).toBe(false);
    expect((await new Client(t.app).get('/api/auth/me')).json().oidcEnabled).toBe(true);

    const down = await buildApp(
      { ...t.config, oidc: { ...t.config.oidc!, issuer: 'http://127.0.0.1:9/nowhere' } },
      { database: t.database, mailer },
    );
    extraApps.push(down);
    const res = await down.inject({ method: 'GET', url: '/api/auth/oidc/login' });
    expect(locationOf(res)).toBe('/connexion?erreur=ERR_OIDC_FAILED');
  });

  it('keeps returnTo to local paths only', async () => {
    expect(safeReturnTo('/reseau/espaces?x=1#a')).toBe('/reseau/espaces?x=1#a');
    for (const bad of [
      'https://evil.example/',
      '//evil.example/x',
      '/\\evil.example',
      'javascript:alert(1)',
      'reseau',
      '',
      '/a\nb',
      42,
    ]) {
      expect(safeReturnTo(bad)).toBe('/compte');
    }
    const account = agentAccount({ amr: ['pwd', 'mfa'] });
    await makeUser(db(), { audience: 'agent', email: account.email });
    const c = await new Client(t.app).start();
    const { callback } = await signInWithProvider(c, account.sub, 'https://evil.example/');
    expect(locationOf(callback)).toBe('/compte');
  });
});

describe('sign-in with ProConnect: accounts', () => {
  it('creates the agent account on first sign-in when the SIRET is a known public organisation', async () => {
    const org = await makeOrganisation('diplomatic_post');
    const account = agentAccount({ siret: org.siret!, given_name: 'Marie', usual_name: 'Curie' });
    const c = await new Client(t.app).start();
    const { callback } = await signInWithProvider(c, account.sub, '/reseau');
    // An agent without a second factor goes to the TOTP enrolment first.
    expect(locationOf(callback)).toBe('/compte/double-authentification');
    expect(c.cookies.has(OIDC_COOKIE)).toBe(false);
    expect(c.cookies.has(SESSION_COOKIE)).toBe(true);

    const user = await db()
      .selectFrom('users')
      .selectAll()
      .where('email', '=', account.email)
      .executeTakeFirstOrThrow();
    expect(user).toMatchObject({
      audience: 'agent',
      roles: [],
      name: 'Marie Curie',
      organisation_id: org.id,
      oidc_subject: account.sub,
      password_hash: null,
      active: true,
    });
    expect(user.email_verified_at).not.toBeNull();

    const [session] = await sessionsOf(user.id);
    expect(session).toMatchObject({ method: 'oidc', mfa_verified: false });
    expect(session!.id_token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);

    const me = (await c.get('/api/auth/me')).json();
    expect(me.mfa).toBe('enrolment_required');
    expect(me.user).toMatchObject({
      email: account.email,
      audience: 'agent',
      organisation: { id: org.id, kind: 'diplomatic_post' },
    });
    // Nothing beyond the enrolment until the second factor is set up.
    expect((await c.get('/api/auth/sessions')).json().code).toBe('ERR_MFA_ENROLMENT_REQUIRED');

    const audit = await db()
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('actor_id', '=', user.id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['auth.login', 'auth.oidc_account_created']);
    expect(audit[0]!.details).toMatchObject({ method: 'oidc', account: 'created', amr: ['pwd'], mfaByProvider: false });

    // The second sign-in finds the same account, by subject.
    const again = await new Client(t.app).start();
    await signInWithProvider(again, account.sub);
    expect(await db().selectFrom('users').select('id').where('oidc_subject', '=', account.sub).execute()).toHaveLength(
      1,
    );
    expect(await sessionsOf(user.id)).toHaveLength(2);
  });

  it('links an existing agent with the same e-mail, and asks for the TOTP code when the agent has one', async () => {
    const agent = await makeUser(db(), { audience: 'agent' });
    await db().updateTable('users').set({ totp_enabled_at: new Date() }).where('id', '=', agent.id).execute();
    const account = agentAccount({ email: agent.email.toUpperCase(), siret: siret() });
    const c = await new Client(t.app).start();
    const { callback } = await signInWithProvider(c, account.sub, '/reseau?onglet=1');
    expect(locationOf(callback)).toBe(
      `/connexion/double-authentification?retour=${encodeURIComponent('/reseau?onglet=1')}`,
    );
    const user = await db().selectFrom('users').selectAll().where('id', '=', agent.id).executeTakeFirstOrThrow();
    expect(user.oidc_subject).toBe(account.sub);
    expect((await c.get('/api/auth/me')).json().mfa).toBe('required');
    const actions = await db().selectFrom('audit_log').select('action').where('actor_id', '=', agent.id).execute();
    expect(actions.map((a) => a.action)).toContain('auth.oidc_linked');
  });

  it('marks the session verified when the provider asserts a second factor (amr)', async () => {
    const agent = await makeUser(db(), { audience: 'agent' });
    const account = agentAccount({ email: agent.email, amr: ['pwd', 'otp', 'mfa'] });
    const c = await new Client(t.app).start();
    const { callback } = await signInWithProvider(c, account.sub, '/reseau');
    expect(locationOf(callback)).toBe('/reseau');
    const me = (await c.get('/api/auth/me')).json();
    expect(me.mfa).toBe('none');
    expect(me.user.email).toBe(agent.email);
    expect((await sessionsOf(agent.id))[0]).toMatchObject({ method: 'oidc', mfa_verified: true });
    expect((await c.get('/api/auth/sessions')).statusCode).toBe(200);
  });

  it('never links a company or partner account, even with the same e-mail', async () => {
    for (const audience of ['company', 'partner'] as const) {
      const user = await makeUser(db(), { audience });
      const org = await makeOrganisation('ministry');
      const account = agentAccount({ email: user.email, siret: org.siret!, amr: ['mfa'] });
      const c = await new Client(t.app).start();
      const { callback } = await signInWithProvider(c, account.sub);
      expect(locationOf(callback)).toBe('/connexion?erreur=ERR_OIDC_NOT_ALLOWED');
      expect(c.cookies.has(SESSION_COOKIE)).toBe(false);
      expect(c.cookies.has(OIDC_COOKIE)).toBe(false);
      const row = await db()
        .selectFrom('users')
        .select(['oidc_subject', 'audience'])
        .where('id', '=', user.id)
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ oidc_subject: null, audience });
      expect(await sessionsOf(user.id)).toHaveLength(0);
    }
  });

  it('refuses an unknown SIRET, and the SIRET of a company', async () => {
    const unknown = agentAccount();
    const c = await new Client(t.app).start();
    expect(locationOf((await signInWithProvider(c, unknown.sub)).callback)).toBe(
      '/connexion?erreur=ERR_OIDC_NOT_ALLOWED',
    );
    expect(await db().selectFrom('users').select('id').where('email', '=', unknown.email).execute()).toHaveLength(0);

    const company = await makeOrganisation('company');
    const employee = agentAccount({ siret: company.siret! });
    const c2 = await new Client(t.app).start();
    expect(locationOf((await signInWithProvider(c2, employee.sub)).callback)).toBe(
      '/connexion?erreur=ERR_OIDC_NOT_ALLOWED',
    );
    expect(await db().selectFrom('users').select('id').where('email', '=', employee.email).execute()).toHaveLength(0);
  });

  it('refuses a deactivated agent', async () => {
    const agent = await makeUser(db(), { audience: 'agent' });
    await db().updateTable('users').set({ active: false }).where('id', '=', agent.id).execute();
    const account = agentAccount({ email: agent.email, amr: ['mfa'] });
    const c = await new Client(t.app).start();
    expect(locationOf((await signInWithProvider(c, account.sub)).callback)).toBe(
      '/connexion?erreur=ERR_ACCOUNT_INACTIVE',
    );
    expect(await sessionsOf(agent.id)).toHaveLength(0);
  });

  it('ends the session the browser had before', async () => {
    const company = await makeUser(db(), { audience: 'company' });
    const c = await new Client(t.app).start();
    expect((await c.post('/api/auth/login', { email: company.email, password: PASSWORD })).statusCode).toBe(200);
    expect(await sessionsOf(company.id)).toHaveLength(1);
    const agent = await makeUser(db(), { audience: 'agent' });
    const account = agentAccount({ email: agent.email, amr: ['mfa'] });
    await signInWithProvider(c, account.sub);
    expect(await sessionsOf(company.id)).toHaveLength(0);
    expect((await c.get('/api/auth/me')).json().user.email).toBe(agent.email);
  });
});

describe('sign-in with ProConnect: refused answers', () => {
  it('refuses a tampered state, a missing or forged transaction, and a provider error, without a session', async () => {
    const agent = await makeUser(db(), { audience: 'agent' });
    const account = agentAccount({ email: agent.email, amr: ['mfa'] });

    // State changed on the way back.
    const c = await new Client(t.app).start();
    const start = await c.get('/api/auth/oidc/login');
    const back = await provider.signIn(start.headers.location as string, account.sub);
    const tampered = new URL(back);
    tampered.searchParams.set('state', randomBytes(32).toString('base64url'));
    expect(locationOf(await c.get(`${tampered.pathname}${tampered.search}`))).toBe('/connexion?erreur=ERR_OIDC_FAILED');
    expect(c.cookies.has(SESSION_COOKIE)).toBe(false);
    expect(c.cookies.has(OIDC_COOKIE)).toBe(false);

    // The genuine answer in another browser (no transaction cookie): refused.
    const other = await new Client(t.app).start();
    expect(locationOf(await other.get(`${back.pathname}${back.search}`))).toBe('/connexion?erreur=ERR_OIDC_FAILED');
    expect(other.cookies.has(SESSION_COOKIE)).toBe(false);

    // A cookie that is not ours, or one that has expired.
    const forged = await new Client(t.app).start();
    const start2 = await forged.get('/api/auth/oidc/login');
    const back2 = await provider.signIn(start2.headers.location as string, account.sub);
    const sealed = forged.cookies.get(OIDC_COOKIE)!;
    forged.cookies.set(OIDC_COOKIE, `${sealed.slice(0, -4)}AAAA`);
    expect(locationOf(await forged.get(`${back2.pathname}${back2.search}`))).toBe('/connexion?erreur=ERR_OIDC_FAILED');
    const p2 = new URL(start2.headers.location as string).searchParams;
    forged.cookies.set(
      OIDC_COOKIE,
      sealTransaction(t.config.secret, {
        state: p2.get('state')!,
        nonce: p2.get('nonce')!,
        codeVerifier: 'x'.repeat(43),
        returnTo: '/compte',
        exp: Math.floor(Date.now() / 1000) - 1,
      }),
    );
    expect(locationOf(await forged.get(`${back2.pathname}${back2.search}`))).toBe('/connexion?erreur=ERR_OIDC_FAILED');
    expect(forged.cookies.has(SESSION_COOKIE)).toBe(false);

    // The provider says no.
    const denied = await new Client(t.app).start();
    await denied.get('/api/auth/oidc/login');
    const res = await denied.get('/api/auth/oidc/callback?error=access_denied&error_description=User%20cancelled');
    expect(locationOf(res)).toBe('/connexion?erreur=ERR_OIDC_FAILED');
    expect(denied.cookies.has(OIDC_COOKIE)).toBe(false);

    // Malformed answers are redirects too, never a 500.
    const odd = await new Client(t.app).start();
    expect(locationOf(await odd.get('/api/auth/oidc/callback?state=a&state=b&code=c'))).toBe(
      '/connexion?erreur=ERR_OIDC_FAILED',
    );
    expect(locationOf(await odd.get('/api/auth/oidc/callback'))).toBe('/connexion?erreur=ERR_OIDC_FAILED');
    expect(await sessionsOf(agent.id)).toHaveLength(0);
  });
});

describe('sign-out after ProConnect', () => {
  it('returns the provider end-session URL with id_token_hint, state and post_logout_redirect_uri', async () => {
    const agent = await makeUser(db(), { audience: 'agent' });
    const account = agentAccount({ email: agent.email, amr: ['mfa'] });
    const c = await new Client(t.app).start();
    await signInWithProvider(c, account.sub);
    const [session] = await sessionsOf(agent.id);
    await c.get('/api/auth/me');
    const out = await c.post('/api/auth/logout');
    expect(out.statusCode).toBe(200);
    const redirectTo = new URL(out.json().redirectTo);
    expect(`${redirectTo.origin}${redirectTo.pathname}`).toBe(`${provider.issuer}/session/end`);
    expect(redirectTo.searchParams.get('id_token_hint')).toBe(session!.id_token);
    expect(redirectTo.searchParams.get('post_logout_redirect_uri')).toBe('http://localhost:3000');
    expect(redirectTo.searchParams.get('state')?.length).toBeGreaterThanOrEqual(32);
    expect(await sessionsOf(agent.id)).toHaveLength(0);
    // The provider accepts it (its confirmation page), i.e. the hint and the redirect URI are the registered ones.
    expect((await fetch(redirectTo, { redirect: 'manual' })).status).toBe(200);

    // A password session has nothing to end at the provider.
    const company = await makeUser(db(), { audience: 'company' });
    const p = await new Client(t.app).start();
    await p.post('/api/auth/login', { email: company.email, password: PASSWORD });
    expect((await p.post('/api/auth/logout')).json().redirectTo).toBeNull();
  });
});
