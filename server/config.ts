// The only reader of process.env: every setting is read, validated and typed here, once, at boot.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  publicUrl: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** Secret for signing CSRF tokens and encrypting TOTP secrets (32+ bytes). */
  secret: string;
  logLevel: string;
  trustProxy: boolean;
  /** Serve the built web app (web/dist) from the same server. */
  serveWeb: boolean;
  /** Folder of the built web app when not web/dist (tests serve a fixture). */
  webDir?: string;
  mail: { smtpUrl: string | undefined; from: string };
  oidc:
    | {
        issuer: string;
        clientId: string;
        clientSecret: string;
        redirectUri: string;
        /** Accept plain-HTTP issuers (local test providers only). */
        allowInsecure: boolean;
        postLogoutRedirectUri: string;
      }
    | undefined;
  auth: {
    /** Whether `user create --no-2fa` may exempt a user from TOTP (set false in production). */
    allowNo2fa: boolean;
    /** Requests per minute per IP on the authentication routes. */
    rateLimitPerMinute: number;
    sessionDays: number;
  };
  demoSeed: boolean;
  /** Demo data: the synthetic world's size seeded on first start ('none' to skip). */
  demoWorld: 'small' | 'demo' | 'none';
  /** Export hotline requests accepted per IP in 10 minutes (spam protection). */
  hotlineRateLimit: number;
  observatory: {
    /** Minutes between two polls of the tracked accounts (0: no scheduled polling, on demand only). */
    pollMinutes: number;
    /** Minutes between two scheduled scorings (0: only after imports and `diplomatie score`). */
    scoreMinutes: number;
    /** X API v2 bearer token; without it X accounts are not polled. */
    xBearerToken: string | undefined;
    xApiUrl: string;
    blueskyApiUrl: string;
    /** Base URL for every Mastodon lookup (tests); by default each account's own instance over HTTPS. */
    mastodonBaseUrl: string | undefined;
    /** Largest file an editor may upload for import, in megabytes. */
    importMaxMegabytes: number;
  };
}

export class ConfigError extends Error {}

type Env = Record<string, string | undefined>;

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return n;
}

function url(env: Env, name: string, fallback?: string): string | undefined {
  const raw = env[name] || fallback;
  if (!raw) return undefined;
  try {
    return new URL(raw).toString().replace(/\/$/, '');
  } catch {
    throw new ConfigError(`${name} must be a URL, got "${raw}"`);
  }
}

/** In development a secret is generated once and kept in DATA_DIR so sessions survive restarts. */
function secretFor(env: Env, dataDir: string, production: boolean): string {
  const given = env.SECRET;
  if (given) {
    if (given.length < 32) throw new ConfigError('SECRET must be at least 32 characters long');
    return given;
  }
  if (production) throw new ConfigError('SECRET is required in production (32+ random characters)');
  const file = path.join(dataDir, '.secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const generated = randomBytes(32).toString('base64url');
  writeFileSync(file, generated, { mode: 0o600 });
  return generated;
}

function demoWorld(env: Env): Config['demoWorld'] {
  const value = env.DEMO_WORLD || 'demo';
  if (value !== 'small' && value !== 'demo' && value !== 'none')
    throw new ConfigError(`DEMO_WORLD must be small, demo or none, got "${value}"`);
  return value;
}

export function loadConfig(env: Env = process.env, overrides: Partial<Config> = {}): Config {
  const nodeEnv = env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  const port = int(env, 'PORT', 3000, 0, 65535);
  const dataDir = path.resolve(env.DATA_DIR || './data');
  const publicUrl = url(env, 'PUBLIC_URL', `http://localhost:${port}`)!;
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://');
  }
  const oidcIssuer = url(env, 'OIDC_ISSUER');
  let oidc: Config['oidc'];
  if (oidcIssuer) {
    if (!env.OIDC_CLIENT_ID) throw new ConfigError('OIDC_CLIENT_ID is required when OIDC_ISSUER is set');
    oidc = {
      issuer: oidcIssuer,
      clientId: env.OIDC_CLIENT_ID,
      clientSecret: env.OIDC_CLIENT_SECRET ?? '',
      redirectUri: url(env, 'OIDC_REDIRECT_URI', `${publicUrl}/api/auth/oidc/callback`)!,
      postLogoutRedirectUri: url(env, 'OIDC_POST_LOGOUT_REDIRECT_URI', `${publicUrl}/`)!,
      allowInsecure: bool(env, 'OIDC_ALLOW_INSECURE', nodeEnv !== 'production'),
    };
  }
  const config: Config = {
    env: nodeEnv,
    host: env.HOST || '0.0.0.0',
    port,
    publicUrl,
    dataDir,
    databaseUrl,
    secret: overrides.secret ?? secretFor(env, dataDir, nodeEnv === 'production'),
    logLevel: env.LOG_LEVEL || (nodeEnv === 'test' ? 'silent' : 'info'),
    trustProxy: bool(env, 'TRUST_PROXY', false),
    serveWeb: bool(env, 'SERVE_WEB', true),
    mail: { smtpUrl: url(env, 'SMTP_URL'), from: env.MAIL_FROM || 'Diplomatie <no-reply@diplomatie.localhost>' },
    oidc,
    auth: {
      allowNo2fa: bool(env, 'ALLOW_NO_2FA', nodeEnv !== 'production'),
      rateLimitPerMinute: int(env, 'AUTH_RATE_LIMIT_PER_MINUTE', 30, 1, 100000),
      sessionDays: int(env, 'SESSION_DAYS', 14, 1, 365),
    },
    demoSeed: bool(env, 'DEMO_SEED', true),
    demoWorld: demoWorld(env),
    hotlineRateLimit: int(env, 'PORTAL_HOTLINE_RATE_LIMIT', 5, 1, 100000),
    observatory: {
      pollMinutes: int(env, 'OBSERVATORY_POLL_MINUTES', 60, 0, 10080),
      scoreMinutes: int(env, 'OBSERVATORY_SCORE_MINUTES', 60, 0, 10080),
      xBearerToken: env.X_BEARER_TOKEN || undefined,
      xApiUrl: url(env, 'X_API_URL', 'https://api.x.com')!,
      blueskyApiUrl: url(env, 'BLUESKY_API_URL', 'https://public.api.bsky.app')!,
      mastodonBaseUrl: url(env, 'MASTODON_BASE_URL'),
      importMaxMegabytes: int(env, 'IMPORT_MAX_MB', 512, 1, 10240),
    },
  };
  return { ...config, ...overrides };
}
