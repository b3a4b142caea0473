import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, type TestApp } from '../test/app.ts';
import { makeUser, PASSWORD, uniqueEmail } from '../test/factories.ts';
import { linkIn } from '../test/smtp.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const tokenOf = (link: string) => new URL(link).searchParams.get('token')!;

async function signUp(email = uniqueEmail('company')) {
  const c = await new Client(t.app).start();
  const res = await c.post('/api/auth/signup', {
    email,
    password: PASSWORD,
    name: 'Claire Martin',
    organisationName: 'Export & Co',
    siren: '732829320',
  });
  expect(res.statusCode).toBe(201);
  return { c, email };
}

describe('company sign-up, e-mail verification and sign-in', () => {
  it('signs up, verifies through the e-mailed link, signs in and out', async () => {
    const { c, email } = await signUp();
    const mail = await t.smtp.waitFor(email, { subject: /Confirmez/ });
    const link = linkIn(mail, '/verifier-email');
    expect(link.startsWith('http://localhost:3000/verifier-email?token=')).toBe(true);

    const early = await c.post('/api/auth/login', { email, password: PASSWORD });
    expect(early.statusCode).toBe(403);
    expect(early.json().code).toBe('ERR_EMAIL_NOT_VERIFIED');

    expect((await c.post('/api/auth/verify-email', { token: tokenOf(link) })).statusCode).toBe(200);
    expect((await c.post('/api/auth/verify-email', { token: tokenOf(link) })).json().code).toBe('ERR_INVALID_TOKEN');

    const login = await c.post('/api/auth/login', { email, password: PASSWORD });
    expect(login.statusCode).toBe(200);
    const me = login.json();
    expect(me.user).toMatchObject({
      email,
      audience: 'company',
      roles: [],
      organisation: { name: 'Export & Co', kind: 'company' },
    });
    expect(me.mfa).toBe('none');
    expect(me.user).not.toHaveProperty('password_hash');

    const cookie = login.cookies.find((k) => k.name === 'diplomatie_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');

    expect((await c.get('/api/auth/me')).json().user.email).toBe(email);
    expect((await c.post('/api/auth/logout')).json().status).toBe('signed_out');
    expect((await c.get('/api/auth/me')).json().user).toBeNull();
  });

  it('answers a sign-up with a taken address exactly like a new one, and tells only the owner', async () => {
    const { email } = await signUp();
    await t.smtp.waitFor(email, { subject: /Confirmez/ });
    const again = await signUp(email);
    expect(again.email).toBe(email);
    const notice = await t.smtp.waitFor(email, { subject: /déjà un compte/ });
    expect(notice.text).toContain('/mot-de-passe-oublie');
    expect(await t.database.db.selectFrom('users').select('id').where('email', '=', email).execute()).toHaveLength(1);
  });

  it('refuses weak passwords and wrong SIREN keys with clear messages in French or English', async () => {
    const c = await new Client(t.app).start();
    const weak = await c.post('/api/auth/signup', {
      email: uniqueEmail(),
      password: 'short',
      name: 'A',
      organisationName: 'B',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.headers['content-type']).toContain('application/problem+json');
    expect(weak.json()).toMatchObject({ code: 'ERR_WEAK_PASSWORD', status: 400 });
    expect(weak.json().detail).toMatch(/12 caractères/);
    c.lang = 'en';
    const siren = await c.post('/api/auth/signup', {
      email: uniqueEmail(),
      password: PASSWORD,
      name: 'A',
      organisationName: 'B',
      siren: '123456789',
    });
    expect(siren.statusCode).toBe(400);
    expect(siren.json().detail).toBe('The request is invalid.');
    expect(siren.json().errors).toEqual([{ field: 'siren', message: 'invalid SIREN (Luhn key)' }]);
  });

  it('gives a wrong password and an unknown address the same answer', async () => {
    const user = await makeUser(t.database.db);
    const c = await new Client(t.app).start();
    const wrong = await c.post('/api/auth/login', { email: user.email, password: 'not the password at all' });
    const unknown = await c.post('/api/auth/login', { email: uniqueEmail(), password: 'not the password at all' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().detail).toBe(unknown.json().detail);
  });

  it('locks an address after five failures, known or not, even for the right password', async () => {
    const user = await makeUser(t.database.db);
    const c = await new Client(t.app).start();
    for (let i = 0; i < 5; i++) {
      expect((await c.post('/api/auth/login', { email: user.email, password: `wrong password ${i}` })).statusCode).toBe(
        401,
      );
    }
    const locked = await c.post('/api/auth/login', { email: user.email, password: PASSWORD });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().code).toBe('ERR_ACCOUNT_LOCKED');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);

    const ghost = uniqueEmail('ghost');
    for (let i = 0; i < 5; i++) await c.post('/api/auth/login', { email: ghost, password: `wrong password ${i}` });
    expect((await c.post('/api/auth/login', { email: ghost, password: PASSWORD })).json().code).toBe(
      'ERR_ACCOUNT_LOCKED',
    );
  });

  it('rotates the session at sign-in: the cookie from before no longer works', async () => {
    const user = await makeUser(t.database.db);
    const c = await new Client(t.app).start();
    await c.post('/api/auth/login', { email: user.email, password: PASSWORD });
    const first = c.cookies.get('diplomatie_session')!;
    await c.post('/api/auth/login', { email: user.email, password: PASSWORD });
    const second = c.cookies.get('diplomatie_session')!;
    expect(second).not.toBe(first);
    const stale = await t.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: { cookie: `diplomatie_session=${first}` },
    });
    expect(stale.json().user).toBeNull();
  });

  it('marks the session cookie Secure behind HTTPS', async () => {
    const secure = await createTestApp({ env: { PUBLIC_URL: 'https://diplomatie.example.org' } });
    try {
      const user = await makeUser(secure.database.db);
      const c = await new Client(secure.app).start();
      const res = await c.request({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: user.email, password: PASSWORD },
      });
      const cookie = res.cookies.find((k) => k.name === '__Host-diplomatie_session')!;
      expect(cookie.secure).toBe(true);
      expect(res.headers['strict-transport-security']).toContain('max-age=');
    } finally {
      await secure.close();
    }
  });
});

describe('CSRF protection', () => {
  it('refuses state-changing requests without a token, with another session’s token, or from another origin', async () => {
    const user = await makeUser(t.database.db);
    const c = await new Client(t.app).start();
    const bare = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: user.email, password: PASSWORD },
    });
    expect(bare.statusCode).toBe(403);
    expect(bare.json().code).toBe('ERR_CSRF');

    await c.post('/api/auth/login', { email: user.email, password: PASSWORD });
    const other = await new Client(t.app).start();
    const forged = await c.request({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { 'x-csrf-token': other.csrf! },
    });
    expect(forged.json().code).toBe('ERR_CSRF');
    const crossOrigin = await c.request({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { origin: 'https://evil.example' },
    });
    expect(crossOrigin.json().code).toBe('ERR_CSRF');
    expect((await c.get('/api/auth/me')).json().user.email).toBe(user.email);
  });
});

describe('password reset', () => {
  it('resets by e-mail, ends every session, and the link works once', async () => {
    const user = await makeUser(t.database.db);
    const laptop = await new Client(t.app).start();
    await laptop.post('/api/auth/login', { email: user.email, password: PASSWORD });
    const c = await new Client(t.app).start();
    expect((await c.post('/api/auth/password/forgot', { email: user.email })).statusCode).toBe(202);
    expect((await c.post('/api/auth/password/forgot', { email: uniqueEmail() })).statusCode).toBe(202);
    const token = tokenOf(linkIn(await t.smtp.waitFor(user.email), '/reinitialiser-mot-de-passe'));
    const newPassword = 'a much longer new passphrase';
    expect((await c.post('/api/auth/password/reset', { token, password: newPassword })).statusCode).toBe(200);
    expect((await c.post('/api/auth/password/reset', { token, password: newPassword })).json().code).toBe(
      'ERR_INVALID_TOKEN',
    );
    expect((await laptop.get('/api/auth/me')).json().user).toBeNull();
    expect((await c.post('/api/auth/login', { email: user.email, password: PASSWORD })).statusCode).toBe(401);
    expect((await c.post('/api/auth/login', { email: user.email, password: newPassword })).statusCode).toBe(200);
  });
});

describe('sessions', () => {
  it('lists sessions and revokes one or all the others', async () => {
    const user = await makeUser(t.database.db);
    const a = await new Client(t.app).start();
    const b = await new Client(t.app).start();
    await a.post('/api/auth/login', { email: user.email, password: PASSWORD });
    await b.post('/api/auth/login', { email: user.email, password: PASSWORD });
    const list = (await a.get('/api/auth/sessions')).json().items as { id: string; current: boolean }[];
    expect(list).toHaveLength(2);
    const other = list.find((s) => !s.current)!;
    expect((await a.delete(`/api/auth/sessions/${other.id}`)).statusCode).toBe(204);
    expect((await b.get('/api/auth/me')).json().user).toBeNull();
    expect((await a.delete(`/api/auth/sessions/${other.id}`)).statusCode).toBe(404);
    expect((await a.post('/api/auth/sessions/revoke-others')).json().revoked).toBe(0);
  });
});

describe('invitations', () => {
  it('lets an agent invite a partner with an expiry date, who then joins', async () => {
    const agent = await makeUser(t.database.db, {
      audience: 'agent',
      no2fa: true,
      organisation: 'Ambassade de France au Mali',
      organisationKind: 'diplomatic_post',
    });
    const c = await new Client(t.app).start();
    await c.post('/api/auth/login', { email: agent.email, password: PASSWORD });
    const email = uniqueEmail('partner');
    const expiry = new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10);
    const created = await c.post('/api/auth/invitations', {
      email,
      audience: 'partner',
      organisation: { name: 'CCEF Mali', kind: 'association' },
      partnerExpiresAt: expiry,
    });
    expect(created.statusCode).toBe(201);
    const token = tokenOf(linkIn(await t.smtp.waitFor(email), '/invitation'));
    const guest = await new Client(t.app).start();
    const preview = await guest.get(`/api/auth/invitations/${token}`);
    expect(preview.json()).toMatchObject({ email, audience: 'partner', organisation: { name: 'CCEF Mali' } });
    const accepted = await guest.post(`/api/auth/invitations/${token}/accept`, {
      name: 'Awa Traoré',
      password: PASSWORD,
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().user).toMatchObject({ email, audience: 'partner', name: 'Awa Traoré' });
    expect(accepted.json().user.partnerExpiresAt.slice(0, 10)).toBe(expiry);
    expect(
      (await guest.post(`/api/auth/invitations/${token}/accept`, { name: 'X', password: PASSWORD })).json().code,
    ).toBe('ERR_INVALID_TOKEN');
  });

  it('refuses invitations from companies and roles granted by non-admins', async () => {
    const company = await makeUser(t.database.db);
    const c = await new Client(t.app).start();
    await c.post('/api/auth/login', { email: company.email, password: PASSWORD });
    const byCompany = await c.post('/api/auth/invitations', {
      email: uniqueEmail(),
      audience: 'agent',
      organisation: { name: 'Ministère', kind: 'ministry' },
    });
    expect(byCompany.statusCode).toBe(403);

    const agent = await makeUser(t.database.db, { audience: 'agent', no2fa: true, organisationKind: 'ministry' });
    const a = await new Client(t.app).start();
    await a.post('/api/auth/login', { email: agent.email, password: PASSWORD });
    const roles = await a.post('/api/auth/invitations', {
      email: uniqueEmail(),
      audience: 'agent',
      organisationId: agent.organisation_id,
      roles: ['admin'],
    });
    expect(roles.statusCode).toBe(403);
    const noExpiry = await a.post('/api/auth/invitations', {
      email: uniqueEmail(),
      audience: 'partner',
      organisation: { name: 'Expert', kind: 'association' },
    });
    expect(noExpiry.statusCode).toBe(400);
    expect(noExpiry.json().errors[0].field).toBe('partnerExpiresAt');
  });

  it('treats a partner whose access expired as signed out', async () => {
    const partner = await makeUser(t.database.db, {
      audience: 'partner',
      partnerExpiresAt: new Date(Date.now() + 60_000),
    });
    const c = await new Client(t.app).start();
    await c.post('/api/auth/login', { email: partner.email, password: PASSWORD });
    await t.database.db
      .updateTable('users')
      .set({ partner_expires_at: new Date(Date.now() - 1000) })
      .where('id', '=', partner.id)
      .execute();
    expect((await c.get('/api/auth/me')).json().user).toBeNull();
    expect((await c.get('/api/auth/sessions')).json().code).toBe('ERR_UNAUTHENTICATED');
    const again = await new Client(t.app).start();
    expect((await again.post('/api/auth/login', { email: partner.email, password: PASSWORD })).json().code).toBe(
      'ERR_ACCOUNT_INACTIVE',
    );
  });
});
