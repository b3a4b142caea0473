// Single sign-on for agents with OpenID Connect (ProConnect): authorisation code flow with PKCE (S256), state and
// nonce; account linking by subject, then e-mail (agents only), then the SIRET of a known public organisation.
// See docs/decisions/0004-single-sign-on.md.
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import * as client from 'openid-client';
import type { ErrorCode } from '../../common/errors.ts';
import { appendAudit } from '../access/audit.ts';
import type { Config } from '../config.ts';
import type { DB, OrganisationKind, Role } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { normaliseEmail } from './auth.service.ts';
import { seal, unseal } from './crypto.ts';
import { mfaState } from './mfa.ts';
import { createSession } from './sessions.repo.ts';

type OidcConfig = NonNullable<Config['oidc']>;

/** ProConnect's scopes: each one releases the claim of the same name. */
export const OIDC_SCOPE = 'openid email given_name usual_name siret';
/** ProConnect releases `amr` only when it is asked for through the `claims` parameter. */
const CLAIMS_REQUEST = JSON.stringify({ id_token: { amr: { essential: true } } });
/** `amr` values (RFC 8176) taken as proof that the provider already checked a second factor. */
export const MFA_AMR_VALUES: ReadonlySet<string> = new Set(['mfa', 'otp', 'hwk', 'swk']);
export const TRANSACTION_TTL_SECONDS = 600;
const SEAL_PURPOSE = 'oidc-transaction';
const AGENT_KINDS: readonly OrganisationKind[] = ['ministry', 'diplomatic_post', 'public_body'];
export const DEFAULT_RETURN_TO = '/compte';

export interface OidcDeps {
  db: Kysely<DB>;
  config: Config;
  log: FastifyBaseLogger;
}

/** Raised for every refused or failed sign-in; `reason` goes to the log, `code` to the browser. */
export class OidcError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`${code}: ${reason}`, options);
    this.name = 'OidcError';
  }
}

export function requireOidc(config: Config): OidcConfig {
  if (!config.oidc) throw new AppError('ERR_OIDC_DISABLED');
  return config.oidc;
}

// ---------------------------------------------------------------------------------------------------------------
// Discovery, cached per process (per issuer and client); a failed discovery is retried on the next request.

const configurations = new Map<string, Promise<client.Configuration>>();

export function oidcConfiguration(oidc: OidcConfig): Promise<client.Configuration> {
  const key = JSON.stringify([oidc.issuer, oidc.clientId, oidc.clientSecret, oidc.allowInsecure]);
  let pending = configurations.get(key);
  if (!pending) {
    pending = client.discovery(
      new URL(oidc.issuer),
      oidc.clientId,
      oidc.clientSecret ? { client_secret: oidc.clientSecret } : {},
      oidc.clientSecret ? client.ClientSecretPost(oidc.clientSecret) : client.None(),
      { timeout: 10, ...(oidc.allowInsecure ? { execute: [client.allowInsecureRequests] } : {}) },
    );
    configurations.set(key, pending);
    pending.catch(() => configurations.delete(key));
  }
  return pending;
}

// ---------------------------------------------------------------------------------------------------------------
// The transaction: what the callback needs to check the answer, sealed (AES-GCM) in a short-lived cookie.

export interface OidcTransaction {
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
  /** Expiry, epoch seconds: the cookie's own max-age is only a hint to the browser. */
  exp: number;
}

export function sealTransaction(secret: string, tx: OidcTransaction): string {
  return seal(secret, SEAL_PURPOSE, JSON.stringify(tx));
}

export function openTransaction(secret: string, sealed: string | undefined, now = Date.now()): OidcTransaction {
  if (!sealed) throw new OidcError('ERR_OIDC_FAILED', 'no sign-in in progress (transaction cookie missing)');
  let tx: Partial<OidcTransaction>;
  try {
    tx = JSON.parse(unseal(secret, SEAL_PURPOSE, sealed)) as Partial<OidcTransaction>;
  } catch (err) {
    throw new OidcError('ERR_OIDC_FAILED', 'transaction cookie cannot be opened', { cause: err });
  }
  const { state, nonce, codeVerifier, returnTo, exp } = tx;
  if (
    typeof state !== 'string' ||
    typeof nonce !== 'string' ||
    typeof codeVerifier !== 'string' ||
    typeof returnTo !== 'string' ||
    typeof exp !== 'number'
  ) {
    throw new OidcError('ERR_OIDC_FAILED', 'transaction cookie is malformed');
  }
  if (exp * 1000 < now) throw new OidcError('ERR_OIDC_FAILED', 'sign-in took too long (transaction expired)');
  return { state, nonce, codeVerifier, returnTo: safeReturnTo(returnTo), exp };
}

/** A local path of this site (not `//host`, not `/\host`, no scheme), or the account page. */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 1000) return DEFAULT_RETURN_TO;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return DEFAULT_RETURN_TO;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused here
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return DEFAULT_RETURN_TO;
  try {
    const base = 'http://local.invalid';
    const parsed = new URL(value, base);
    if (parsed.origin !== base) return DEFAULT_RETURN_TO;
    return `${parsed.pathname}${parsed.search}${parsed.hash}`;
  } catch {
    return DEFAULT_RETURN_TO;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The flow.

/** The provider's authorisation URL and the sealed transaction to keep in the browser meanwhile. */
export async function beginLogin(config: Config, returnTo: unknown): Promise<{ url: string; sealed: string }> {
  const oidc = requireOidc(config);
  let configuration: client.Configuration;
  try {
    configuration = await oidcConfiguration(oidc);
  } catch (err) {
    throw new OidcError('ERR_OIDC_FAILED', 'provider discovery failed', { cause: err });
  }
  const codeVerifier = client.randomPKCECodeVerifier();
  const tx: OidcTransaction = {
    state: client.randomState(),
    nonce: client.randomNonce(),
    codeVerifier,
    returnTo: safeReturnTo(returnTo),
    exp: Math.floor(Date.now() / 1000) + TRANSACTION_TTL_SECONDS,
  };
  const url = client.buildAuthorizationUrl(configuration, {
    redirect_uri: oidc.redirectUri,
    scope: OIDC_SCOPE,
    state: tx.state,
    nonce: tx.nonce,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    claims: CLAIMS_REQUEST,
  });
  return { url: url.href, sealed: sealTransaction(config.secret, tx) };
}

export interface OidcIdentity {
  sub: string;
  email: string;
  givenName: string;
  usualName: string;
  siret: string | null;
  idpId: string | null;
  amr: string[];
  acr: string | null;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

/** Checks the provider's answer (state, code with PKCE, ID token and nonce) and reads the identity from userinfo. */
export async function exchangeCode(
  config: Config,
  tx: OidcTransaction,
  query: Record<string, unknown>,
): Promise<{ identity: OidcIdentity; idToken: string | null }> {
  const oidc = requireOidc(config);
  if (typeof query.error === 'string') {
    const description = typeof query.error_description === 'string' ? `: ${query.error_description.slice(0, 200)}` : '';
    throw new OidcError('ERR_OIDC_FAILED', `provider answered ${query.error.slice(0, 100)}${description}`);
  }
  let configuration: client.Configuration;
  try {
    configuration = await oidcConfiguration(oidc);
  } catch (err) {
    throw new OidcError('ERR_OIDC_FAILED', 'provider discovery failed', { cause: err });
  }
  // The answer is read against the registered redirect URI (the server may sit behind a proxy).
  const currentUrl = new URL(oidc.redirectUri);
  for (const [k, v] of Object.entries(query)) {
    if (typeof v === 'string') currentUrl.searchParams.append(k, v);
    else if (Array.isArray(v)) for (const item of v) currentUrl.searchParams.append(k, String(item));
  }
  let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
  try {
    tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
      pkceCodeVerifier: tx.codeVerifier,
      expectedState: tx.state,
      expectedNonce: tx.nonce,
      idTokenExpected: true,
    });
  } catch (err) {
    throw new OidcError('ERR_OIDC_FAILED', `code exchange refused: ${describe(err)}`, { cause: err });
  }
  const claims = tokens.claims();
  if (!claims) throw new OidcError('ERR_OIDC_FAILED', 'no ID token in the token response');
  let info: client.UserInfoResponse;
  try {
    info = await client.fetchUserInfo(configuration, tokens.access_token, claims.sub);
  } catch (err) {
    throw new OidcError('ERR_OIDC_FAILED', `userinfo refused: ${describe(err)}`, { cause: err });
  }
  const email = str(info.email) ?? str(claims.email);
  if (!email) throw new OidcError('ERR_OIDC_FAILED', 'the provider gave no e-mail address');
  const amr = Array.isArray(claims.amr) ? claims.amr.filter((v): v is string => typeof v === 'string') : [];
  return {
    identity: {
      sub: claims.sub,
      email: normaliseEmail(email),
      givenName: str(info.given_name) ?? '',
      usualName: str(info.usual_name) ?? str(info.family_name) ?? '',
      siret: str(info.siret),
      idpId: str(info.idp_id) ?? str(claims.idp_id),
      amr,
      acr: str(claims.acr),
    },
    idToken: tokens.id_token ?? null,
  };
}

function describe(err: unknown): string {
  if (err instanceof client.ResponseBodyError)
    return `${err.error}${err.error_description ? ` (${err.error_description})` : ''}`;
  if (err instanceof client.AuthorizationResponseError) return err.error;
  if (err instanceof Error)
    return `${err.message}${'code' in err && typeof err.code === 'string' ? ` [${err.code}]` : ''}`;
  return String(err);
}

export const providerAssertsMfa = (identity: Pick<OidcIdentity, 'amr'>): boolean =>
  identity.amr.some((v) => MFA_AMR_VALUES.has(v));

// ---------------------------------------------------------------------------------------------------------------
// Account linking.

const userColumns = [
  'id',
  'email',
  'audience',
  'roles',
  'active',
  'email_verified_at',
  'partner_expires_at',
  'totp_enabled_at',
  'mfa_exempt',
  'oidc_subject',
] as const;

export type LinkOutcome = 'existing' | 'linked' | 'created';

/**
 * The agent account for a ProConnect identity: the one already linked to its subject; else the agent account
 * with its e-mail address (linked now); else a new agent account in the public organisation with its SIRET.
 * Company and partner accounts are never reached this way, and nobody else gets in (the ministry invites first).
 */
export async function resolveAgent(db: Kysely<DB>, identity: OidcIdentity) {
  const bySubject = await db
    .selectFrom('users')
    .select(userColumns)
    .where('oidc_subject', '=', identity.sub)
    .executeTakeFirst();
  if (bySubject) return { user: checkAgent(bySubject), outcome: 'existing' as LinkOutcome };

  const byEmail = await db
    .selectFrom('users')
    .select(userColumns)
    .where('email', '=', identity.email)
    .executeTakeFirst();
  if (byEmail) {
    checkAgent(byEmail);
    if (byEmail.oidc_subject && byEmail.oidc_subject !== identity.sub) {
      throw new OidcError(
        'ERR_OIDC_NOT_ALLOWED',
        'the account with this e-mail is linked to another ProConnect identity',
      );
    }
    const linked = await db
      .updateTable('users')
      .set((eb) => ({
        oidc_subject: identity.sub,
        email_verified_at: eb.fn.coalesce('email_verified_at', eb.val(new Date())),
      }))
      .where('id', '=', byEmail.id)
      .where('oidc_subject', 'is', null)
      .returning(userColumns)
      .executeTakeFirst();
    if (!linked) throw new OidcError('ERR_OIDC_NOT_ALLOWED', 'the account was linked concurrently to another identity');
    return { user: checkAgent(linked), outcome: 'linked' as LinkOutcome };
  }

  if (!identity.siret || !/^[0-9]{14}$/.test(identity.siret)) {
    throw new OidcError('ERR_OIDC_NOT_ALLOWED', 'no account for this e-mail and no usable SIRET');
  }
  const organisation = await db
    .selectFrom('organisations')
    .select(['id', 'kind'])
    .where('siret', '=', identity.siret)
    .executeTakeFirst();
  if (!organisation) throw new OidcError('ERR_OIDC_NOT_ALLOWED', `no organisation with SIRET ${identity.siret}`);
  if (!AGENT_KINDS.includes(organisation.kind)) {
    throw new OidcError(
      'ERR_OIDC_NOT_ALLOWED',
      `organisation with SIRET ${identity.siret} is a ${organisation.kind}, not a public body`,
    );
  }
  const name =
    `${identity.givenName} ${identity.usualName}`.trim().slice(0, 200) || identity.email.split('@')[0]!.slice(0, 200);
  const created = await db
    .insertInto('users')
    .values({
      organisation_id: organisation.id,
      email: identity.email,
      name,
      audience: 'agent',
      roles: [],
      password_hash: null,
      email_verified_at: new Date(),
      partner_expires_at: null,
      mfa_exempt: false,
      totp_secret: null,
      oidc_subject: identity.sub,
    })
    // Two callbacks racing for the same person: the second one finds the account the first one made.
    .onConflict((oc) => oc.doNothing())
    .returning(userColumns)
    .executeTakeFirst();
  if (!created) return resolveAgentAfterRace(db, identity);
  return { user: created, outcome: 'created' as LinkOutcome };
}

async function resolveAgentAfterRace(db: Kysely<DB>, identity: OidcIdentity) {
  const again = await db
    .selectFrom('users')
    .select(userColumns)
    .where('oidc_subject', '=', identity.sub)
    .executeTakeFirst();
  if (!again) throw new OidcError('ERR_OIDC_NOT_ALLOWED', 'the e-mail address was taken concurrently');
  return { user: checkAgent(again), outcome: 'existing' as LinkOutcome };
}

function checkAgent<U extends { audience: string; active: boolean; email_verified_at: Date | null }>(user: U): U {
  if (user.audience !== 'agent') {
    throw new OidcError(
      'ERR_OIDC_NOT_ALLOWED',
      `ProConnect is for agents; the account with this e-mail is a ${user.audience} account`,
    );
  }
  if (!user.active) throw new OidcError('ERR_ACCOUNT_INACTIVE', 'the account is deactivated');
  return user;
}

// ---------------------------------------------------------------------------------------------------------------
// The session.

export interface SignedIn {
  token: string;
  userId: string;
  /** Where the browser goes next: the page asked for, or the second factor first. */
  location: string;
}

export async function signInWithIdentity(
  deps: OidcDeps,
  identity: OidcIdentity,
  idToken: string | null,
  returnTo: string,
  meta: { ip: string | null; userAgent: string | null },
): Promise<SignedIn> {
  const { user, outcome } = await resolveAgent(deps.db, identity);
  const mfaVerified = providerAssertsMfa(identity);
  const session = await createSession(deps.db, {
    userId: user.id,
    method: 'oidc',
    mfaVerified,
    days: deps.config.auth.sessionDays,
    ip: meta.ip,
    userAgent: meta.userAgent,
    idToken,
  });
  await appendAudit(deps.db, {
    actorId: user.id,
    action: 'auth.login',
    details: { method: 'oidc', account: outcome, idp: identity.idpId, amr: identity.amr, mfaByProvider: mfaVerified },
    ip: meta.ip,
  });
  if (outcome !== 'existing') {
    await appendAudit(deps.db, {
      actorId: user.id,
      action: outcome === 'created' ? 'auth.oidc_account_created' : 'auth.oidc_linked',
      objectType: 'user',
      objectId: user.id,
      details: { idp: identity.idpId, siret: identity.siret },
      ip: meta.ip,
    });
  }
  const state = mfaState({ ...user, roles: user.roles as Role[] }, mfaVerified);
  const location =
    state === 'required'
      ? `/connexion/double-authentification?retour=${encodeURIComponent(returnTo)}`
      : state === 'enrolment_required'
        ? '/compte/double-authentification'
        : returnTo;
  return { token: session.token, userId: user.id, location };
}

// ---------------------------------------------------------------------------------------------------------------
// Sign-out.

/** The provider's end-session URL for this ID token, or null when the provider has none. */
export async function oidcLogoutUrl(config: Config, idToken: string): Promise<string | null> {
  if (!config.oidc) return null;
  const configuration = await oidcConfiguration(config.oidc);
  if (!configuration.serverMetadata().end_session_endpoint) return null;
  return client.buildEndSessionUrl(configuration, {
    id_token_hint: idToken,
    state: client.randomState(),
    post_logout_redirect_uri: config.oidc.postLogoutRedirectUri,
  }).href;
}
