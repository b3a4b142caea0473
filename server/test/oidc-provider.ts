// A real OpenID Connect provider for tests (node-oidc-provider), shaped like ProConnect: code flow with PKCE
// required, ProConnect's scopes and claims (given_name, usual_name, siret, idp_id, uid...), ID token and userinfo
// signed RS256 (userinfo as a JWT), `claims` parameter, RP-initiated logout. The sign-in page is a plain HTML form
// ("Identifiant" + "Se connecter") that a test walks with fetch, or a browser with clicks; the accounts, and the
// `amr`/`acr` each one's sign-in asserts, come from a map the test controls. Consent is implicit.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
// @ts-expect-error oidc-provider ships no type declarations; the little used here is typed below.
import ProviderModule from 'oidc-provider';

export interface TestOidcAccount {
  /** The subject (`sub`), also the login typed on the provider's sign-in page. */
  sub: string;
  email: string;
  given_name: string;
  usual_name: string;
  siret?: string;
  siren?: string;
  idp_id?: string;
  uid?: string;
  /** What the provider asserts about how the person signed in, e.g. ['pwd'] or ['pwd', 'otp', 'mfa']. */
  amr?: string[];
  acr?: string;
}

export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  accounts: Map<string, TestOidcAccount>;
  /** Every authorisation request the provider received, as full URLs. */
  authorizationRequests: URL[];
  addAccount(account: TestOidcAccount): TestOidcAccount;
  /** The environment for the app under test (OIDC_ISSUER, OIDC_CLIENT_ID, ...). */
  env(): Record<string, string>;
  /** Registers the app's callback and post-logout URIs (when the app's port is known only after the provider's). */
  setClientUris(redirectUris: string[], postLogoutRedirectUris: string[]): void;
  /**
   * Walks the provider with plain HTTP, as a browser would: from the authorisation URL the app redirected to,
   * through the sign-in form (as `login`), until the provider redirects back out; returns that URL.
   */
  signIn(authorizationUrl: string, login: string): Promise<URL>;
  close(): Promise<void>;
}

interface InteractionDetails {
  uid: string;
  prompt: { name: string; reasons: string[] };
  params: Record<string, unknown>;
}

interface GrantLike {
  addOIDCScope(scope: string): void;
  addOIDCClaims(claims: string[]): void;
  save(): Promise<string>;
}

interface OidcContext {
  oidc: {
    client: { clientId: string };
    session: { accountId: string; grantIdFor(clientId: string): string | undefined };
    result?: { consent?: { grantId?: string } };
    requestParamScopes: Set<string>;
    requestParamClaims: Set<string>;
    provider: { Grant: GrantStatic };
  };
}

interface GrantStatic {
  new (init: { clientId: string; accountId: string }): GrantLike;
  find(id: string): Promise<GrantLike | undefined>;
}

interface ProviderInstance {
  callback(): (req: IncomingMessage, res: ServerResponse) => void;
  interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<InteractionDetails>;
  interactionFinished(
    req: IncomingMessage,
    res: ServerResponse,
    result: Record<string, unknown>,
    options?: { mergeWithLastSubmission?: boolean },
  ): Promise<void>;
  on(event: string, listener: (...args: unknown[]) => void): void;
  Grant: GrantStatic;
}

const Provider = ProviderModule as unknown as new (
  issuer: string,
  configuration: Record<string, unknown>,
) => ProviderInstance;

/** ProConnect's scopes: each releases the claim of the same name (phone releases phone_number). */
const proConnectClaims = {
  // Claims of the authentication itself, released without a scope (oidc-provider's defaults, plus amr).
  acr: null,
  amr: null,
  auth_time: null,
  iss: null,
  sid: null,
  openid: ['sub'],
  email: ['email'],
  given_name: ['given_name'],
  usual_name: ['usual_name'],
  siret: ['siret'],
  siren: ['siren'],
  uid: ['uid'],
  idp_id: ['idp_id'],
  phone: ['phone_number'],
};

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function page(title: string, body: string): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${escapeHtml(title)}</title></head><body><main>${body}</main></body></html>`;
}

function loginForm(uid: string, error?: string): string {
  return page(
    'Fournisseur d’identité de test',
    `<h1>Fournisseur d’identité de test</h1>
${error ? `<p role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/interaction/${escapeHtml(uid)}/login">
  <label for="login">Identifiant</label>
  <input id="login" name="login" autocomplete="username" required>
  <button type="submit">Se connecter</button>
</form>`,
  );
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 64 * 1024) throw new Error('form too large');
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function send(res: ServerResponse, status: number, html: string): void {
  res.statusCode = status;
  res.setHeader('content-type', 'text/html; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end(html);
}

type Payload = Record<string, unknown> & { grantId?: string; userCode?: string; uid?: string; consumed?: number };

/** oidc-provider's storage, in memory and per provider (its own default is shared by the whole process, and says so). */
function memoryAdapter() {
  const store = new Map<string, { payload: Payload; expiresAt: number }>();
  const live = (key: string) => {
    const entry = store.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt < Date.now()) {
      store.delete(key);
      return undefined;
    }
    return entry.payload;
  };
  return class MemoryAdapter {
    readonly model: string;
    constructor(model: string) {
      this.model = model;
    }
    key(id: string) {
      return `${this.model}:${id}`;
    }
    async upsert(id: string, payload: Payload, expiresIn: number) {
      store.set(this.key(id), { payload, expiresAt: Date.now() + (expiresIn || 3600) * 1000 });
    }
    async find(id: string) {
      return live(this.key(id));
    }
    async findByUid(uid: string) {
      for (const [key, entry] of store)
        if (key.startsWith(`${this.model}:`) && entry.payload.uid === uid) return live(key);
      return undefined;
    }
    async findByUserCode(userCode: string) {
      for (const [key, entry] of store)
        if (key.startsWith(`${this.model}:`) && entry.payload.userCode === userCode) return live(key);
      return undefined;
    }
    async consume(id: string) {
      const payload = live(this.key(id));
      if (payload) payload.consumed = Math.floor(Date.now() / 1000);
    }
    async destroy(id: string) {
      store.delete(this.key(id));
    }
    async revokeByGrantId(grantId: string) {
      for (const [key, entry] of store) if (entry.payload.grantId === grantId) store.delete(key);
    }
  };
}

export async function startTestOidcProvider(
  options: {
    clientId?: string;
    clientSecret?: string;
    redirectUris?: string[];
    postLogoutRedirectUris?: string[];
    accounts?: TestOidcAccount[];
  } = {},
): Promise<TestOidcProvider> {
  const clientId = options.clientId ?? 'diplomatie-test';
  const clientSecret = options.clientSecret ?? randomBytes(24).toString('base64url');
  const accounts = new Map<string, TestOidcAccount>();
  for (const a of options.accounts ?? []) accounts.set(a.sub, a);
  const authorizationRequests: URL[] = [];
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const signingKey = { ...privateKey.export({ format: 'jwk' }), kid: 'test-rs256', alg: 'RS256', use: 'sig' };

  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const adapter = memoryAdapter();
  let provider!: ProviderInstance;
  let handler!: (req: IncomingMessage, res: ServerResponse) => void;

  function build(redirectUris: string[], postLogoutRedirectUris: string[]) {
    provider = new Provider(issuer, {
      clients: [
        {
          client_id: clientId,
          client_secret: clientSecret,
          redirect_uris: redirectUris,
          post_logout_redirect_uris: postLogoutRedirectUris,
          response_types: ['code'],
          grant_types: ['authorization_code'],
          token_endpoint_auth_method: 'client_secret_post',
          id_token_signed_response_alg: 'RS256',
          userinfo_signed_response_alg: 'RS256',
        },
      ],
      adapter,
      ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 3600, IdToken: 3600, Interaction: 600, Session: 3600 },
      jwks: { keys: [signingKey] },
      cookies: { keys: [randomBytes(32).toString('base64url')] },
      claims: proConnectClaims,
      acrValues: ['eidas1', 'eidas2', 'eidas3'],
      pkce: { required: () => true },
      features: {
        devInteractions: { enabled: false },
        claimsParameter: { enabled: true },
        jwtUserinfo: { enabled: true },
        rpInitiatedLogout: {
          enabled: true,
          logoutSource: async (ctx: { body: string }, form: string) => {
            ctx.body = page(
              'Déconnexion',
              `<h1>Se déconnecter du fournisseur d’identité de test ?</h1>${form}
<button type="submit" form="op.logoutForm" name="logout" value="yes">Se déconnecter</button>
<button type="submit" form="op.logoutForm">Rester connecté</button>`,
            );
          },
          postLogoutSuccessSource: async (ctx: { body: string }) => {
            ctx.body = page('Déconnexion', '<h1>Vous êtes déconnecté.</h1>');
          },
        },
        userinfo: { enabled: true },
      },
      interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
      findAccount: async (_ctx: unknown, id: string) => {
        const account = accounts.get(id);
        if (!account) return undefined;
        return {
          accountId: id,
          claims: async () => {
            const { amr: _amr, acr: _acr, ...claims } = account;
            return claims;
          },
        };
      },
      // Consent is implicit: the grant covers whatever the client asked for.
      loadExistingGrant: async (ctx: OidcContext) => {
        const { oidc } = ctx;
        const grantId = oidc.result?.consent?.grantId ?? oidc.session.grantIdFor(oidc.client.clientId);
        const Grant = oidc.provider.Grant;
        const grant = grantId ? await Grant.find(grantId) : undefined;
        const fresh = grant ?? new Grant({ clientId: oidc.client.clientId, accountId: oidc.session.accountId });
        fresh.addOIDCScope([...oidc.requestParamScopes].join(' '));
        if (oidc.requestParamClaims.size > 0) fresh.addOIDCClaims([...oidc.requestParamClaims]);
        await fresh.save();
        return fresh;
      },
    });
    handler = provider.callback();
  }
  build(
    options.redirectUris ?? ['http://localhost:3000/api/auth/oidc/callback'],
    options.postLogoutRedirectUris ?? ['http://localhost:3000'],
  );

  async function interaction(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const match = /^\/interaction\/([\w-]+)(\/login)?$/.exec(path);
    if (!match) return send(res, 404, page('Introuvable', '<h1>Introuvable</h1>'));
    const details = await provider.interactionDetails(req, res);
    if (details.prompt.name !== 'login') {
      // Consent (or any other prompt): granted at once.
      return provider.interactionFinished(req, res, { consent: {} }, { mergeWithLastSubmission: true });
    }
    if (req.method === 'GET') return send(res, 200, loginForm(details.uid));
    if (req.method !== 'POST' || !match[2]) return send(res, 405, page('Méthode', '<h1>Méthode non permise</h1>'));
    const login = (await readForm(req)).get('login')?.trim() ?? '';
    const account = accounts.get(login);
    if (!account) return send(res, 400, loginForm(details.uid, `Identifiant inconnu : ${login}`));
    await provider.interactionFinished(
      req,
      res,
      {
        login: {
          accountId: account.sub,
          ...(account.amr ? { amr: account.amr } : {}),
          ...(account.acr ? { acr: account.acr } : {}),
        },
      },
      { mergeWithLastSubmission: false },
    );
  }

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', issuer);
    if (url.pathname === '/auth') authorizationRequests.push(url);
    if (url.pathname.startsWith('/interaction/')) {
      interaction(req, res, url.pathname).catch((err: unknown) => {
        if (!res.headersSent) send(res, 400, page('Erreur', `<h1>Erreur</h1><p>${escapeHtml(String(err))}</p>`));
        else res.end();
      });
      return;
    }
    handler(req, res);
  });

  async function signIn(authorizationUrl: string, login: string): Promise<URL> {
    const jar = new Map<string, string>();
    const origin = new URL(issuer).origin;
    const request = async (url: URL, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      if (jar.size > 0) headers.set('cookie', [...jar].map(([k, v]) => `${k}=${v}`).join('; '));
      const response = await fetch(url, { ...init, headers, redirect: 'manual' });
      for (const line of response.headers.getSetCookie()) {
        const [pair, ...attributes] = line.split(';');
        const eq = pair!.indexOf('=');
        const name = pair!.slice(0, eq).trim();
        const value = pair!.slice(eq + 1).trim();
        const expired = attributes.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a) || /^\s*max-age=0\s*$/i.test(a));
        if (expired || value === '') jar.delete(name);
        else jar.set(name, value);
      }
      return response;
    };
    let url = new URL(authorizationUrl);
    for (let hops = 0; hops < 20; hops++) {
      if (url.origin !== origin) return url;
      let response = await request(url);
      if (response.status === 200 && url.pathname.startsWith('/interaction/')) {
        await response.text();
        response = await request(new URL(`${url.pathname}/login`, origin), {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ login }).toString(),
        });
      }
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) {
        throw new Error(
          `test provider answered ${response.status} at ${url.pathname}: ${(await response.text()).slice(0, 500)}`,
        );
      }
      await response.arrayBuffer();
      url = new URL(location, url);
    }
    throw new Error('too many redirects at the test provider');
  }

  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    authorizationRequests,
    addAccount(account) {
      accounts.set(account.sub, account);
      return account;
    },
    env: () => ({
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID: clientId,
      OIDC_CLIENT_SECRET: clientSecret,
      OIDC_ALLOW_INSECURE: 'true',
    }),
    setClientUris: build,
    signIn,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
