import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Client, createTestApp, type TestApp } from '../test/app.ts';
import { makeUser, PASSWORD } from '../test/factories.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const codeAt = (secret: string, offsetSteps = 0) =>
  new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({
    timestamp: Date.now() + offsetSteps * 30_000,
  });

async function enrolledAgent() {
  const agent = await makeUser(t.database.db, { audience: 'agent', organisationKind: 'ministry' });
  const c = await new Client(t.app).start();
  const login = await c.post('/api/auth/login', { email: agent.email, password: PASSWORD });
  expect(login.json().mfa).toBe('enrolment_required');
  const setup = (await c.post('/api/auth/totp/setup')).json();
  const enabled = await c.post('/api/auth/totp/enable', { code: codeAt(setup.secret) });
  expect(enabled.statusCode).toBe(200);
  return { agent, c, secret: setup.secret as string, recoveryCodes: enabled.json().recoveryCodes as string[] };
}

describe('TOTP second factor', () => {
  it('is mandatory for agents: nothing but enrolment works before it', async () => {
    const agent = await makeUser(t.database.db, { audience: 'agent', organisationKind: 'ministry' });
    const c = await new Client(t.app).start();
    await c.post('/api/auth/login', { email: agent.email, password: PASSWORD });
    const blocked = await c.get('/api/auth/sessions');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('ERR_MFA_ENROLMENT_REQUIRED');
    const me = (await c.get('/api/auth/me')).json();
    expect(me.user.mfaMandatory).toBe(true);
    expect(me.abilities.invite).toBe(false);
  });

  it('enrols with a QR code and a first code, then completes the session', async () => {
    const agent = await makeUser(t.database.db, { audience: 'agent', organisationKind: 'ministry' });
    const c = await new Client(t.app).start();
    await c.post('/api/auth/login', { email: agent.email, password: PASSWORD });
    const setup = (await c.post('/api/auth/totp/setup')).json();
    expect(setup.otpauthUri).toMatch(/^otpauth:\/\/totp\/Diplomatie:/);
    expect(setup.qrSvg).toMatch(/^<svg/);
    const wrong = await c.post('/api/auth/totp/enable', {
      code: '000000' === codeAt(setup.secret) ? '111111' : '000000',
    });
    expect(wrong.json().code).toBe('ERR_INVALID_TOTP');
    const enabled = await c.post('/api/auth/totp/enable', { code: codeAt(setup.secret) });
    const codes = enabled.json().recoveryCodes as string[];
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    const me = (await c.get('/api/auth/me')).json();
    expect(me.mfa).toBe('none');
    expect(me.user.totpEnabled).toBe(true);
    expect(me.abilities.invite).toBe(true);
    const stored = await t.database.db
      .selectFrom('users')
      .select('totp_secret')
      .where('id', '=', agent.id)
      .executeTakeFirstOrThrow();
    expect(stored.totp_secret).not.toContain(setup.secret);
  });

  it('asks for a code at the next sign-in, refuses a replayed code, and accepts a recovery code once', async () => {
    const { agent, c, secret, recoveryCodes } = await enrolledAgent();
    await c.post('/api/auth/logout');
    const login = await c.post('/api/auth/login', { email: agent.email, password: PASSWORD });
    expect(login.json().mfa).toBe('required');
    expect((await c.get('/api/auth/sessions')).json().code).toBe('ERR_MFA_REQUIRED');
    // The code used at enrolment cannot be used again.
    const replay = await c.post('/api/auth/totp/verify', { code: codeAt(secret) });
    expect(replay.json().code).toBe('ERR_INVALID_TOTP');
    const next = await c.post('/api/auth/totp/verify', { code: codeAt(secret, 1) });
    expect(next.statusCode).toBe(200);
    expect(next.json().mfa).toBe('none');
    expect((await c.get('/api/auth/sessions')).statusCode).toBe(200);

    const other = await new Client(t.app).start();
    await other.post('/api/auth/login', { email: agent.email, password: PASSWORD });
    const recovered = await other.post('/api/auth/totp/verify', { recoveryCode: recoveryCodes[0]!.toUpperCase() });
    expect(recovered.json().mfa).toBe('none');
    const third = await new Client(t.app).start();
    await third.post('/api/auth/login', { email: agent.email, password: PASSWORD });
    expect((await third.post('/api/auth/totp/verify', { recoveryCode: recoveryCodes[0] })).json().code).toBe(
      'ERR_INVALID_TOTP',
    );
  });

  it('cannot be turned off where it is mandatory, and can be by a company member', async () => {
    const { c, secret } = await enrolledAgent();
    const refused = await c.post('/api/auth/totp/disable', { password: PASSWORD, code: codeAt(secret, 1) });
    expect(refused.json().code).toBe('ERR_MFA_MANDATORY');

    const company = await makeUser(t.database.db);
    const m = await new Client(t.app).start();
    await m.post('/api/auth/login', { email: company.email, password: PASSWORD });
    const setup = (await m.post('/api/auth/totp/setup')).json();
    await m.post('/api/auth/totp/enable', { code: codeAt(setup.secret) });
    const off = await m.post('/api/auth/totp/disable', { password: PASSWORD, code: codeAt(setup.secret, 1) });
    expect(off.json().status).toBe('disabled');
    await m.post('/api/auth/logout');
    expect((await m.post('/api/auth/login', { email: company.email, password: PASSWORD })).json().mfa).toBe('none');
  });

  it('lets an operator exempt one account (--no-2fa)', async () => {
    const agent = await makeUser(t.database.db, { audience: 'agent', no2fa: true, organisationKind: 'ministry' });
    const c = await new Client(t.app).start();
    expect((await c.post('/api/auth/login', { email: agent.email, password: PASSWORD })).json().mfa).toBe('none');
  });
});
