// The registry's rules: actors and their accounts, edited by observatory editors. Input is checked beyond the
// schema (real ISO country codes, trimmed names, each network's handle shape), and every change is audited.
import type { Static } from '@sinclair/typebox';
import countries from 'i18n-iso-countries';
import type { Kysely } from 'kysely';
import type { Lang } from '../../../common/errors.ts';
import type {
  AccountBody,
  AccountPatch,
  AccountSummary,
  Actor,
  ActorBody,
  ActorList,
  ActorPatch,
  ActorType,
  Network,
} from '../../../common/schemas/observatory.ts';
import { appendAudit } from '../../access/audit.ts';
import type { DB } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { presentAccount } from '../shared.ts';
import * as repo from './registry.repo.ts';

export interface RegistryDeps {
  db: Kysely<DB>;
  lang: Lang;
}

/** Who makes a change, for the audit log. */
export interface ChangeAuthor {
  userId: string;
  ip: string | null;
}

type FieldError = { field: string; message: string };
const say = (lang: Lang, fr: string, en: string) => (lang === 'fr' ? fr : en);

function invalid(errors: FieldError[]): AppError {
  return new AppError('ERR_VALIDATION', { fieldErrors: errors });
}

// --- Actors ----------------------------------------------------------------------------------------------

function presentActor(row: repo.ActorRow, accounts: repo.ActorAccountRow[], canEdit: boolean): Actor {
  return {
    id: row.id,
    country: row.country,
    type: row.type,
    nameFr: row.name_fr,
    nameEn: row.name_en,
    hostCountry: row.host_country,
    city: row.city,
    latitude: row.latitude,
    longitude: row.longitude,
    wikidataId: row.wikidata_id,
    accounts: accounts.map((a) => ({
      id: a.id,
      network: a.network,
      handle: a.handle,
      verified: a.verified,
      tracked: a.tracked,
    })),
    abilities: { edit: canEdit },
  };
}

export async function listActors(
  deps: RegistryDeps,
  query: { q?: string; country?: string; type?: ActorType; limit?: number; offset?: number },
  canEdit: boolean,
): Promise<ActorList> {
  const { total, rows } = await repo.listActors(deps.db, query, {
    limit: query.limit ?? 50,
    offset: query.offset ?? 0,
  });
  const accounts = await repo.accountsOfActors(
    deps.db,
    rows.map((r) => r.id),
  );
  return { total, items: rows.map((r) => presentActor(r, accounts.get(r.id) ?? [], canEdit)) };
}

export async function getActor(deps: RegistryDeps, id: string, canEdit: boolean): Promise<Actor> {
  const row = await repo.findActor(deps.db, id);
  if (!row) throw new AppError('ERR_NOT_FOUND');
  const accounts = await repo.accountsOfActors(deps.db, [id]);
  return presentActor(row, accounts.get(id) ?? [], canEdit);
}

type ActorInput = Partial<Static<typeof ActorBody>>;

/** Checks and cleans the given fields; throws one 400 naming every bad field. */
function cleanActorFields(input: ActorInput, lang: Lang): Partial<repo.ActorValues> {
  const errors: FieldError[] = [];
  const values: Partial<repo.ActorValues> = {};
  for (const field of ['nameFr', 'nameEn'] as const) {
    const raw = input[field];
    if (raw === undefined) continue;
    const name = raw.trim().replace(/\s+/g, ' ');
    if (name === '')
      errors.push({ field, message: say(lang, 'le nom ne peut pas être vide', 'the name cannot be empty') });
    else values[field === 'nameFr' ? 'name_fr' : 'name_en'] = name;
  }
  for (const field of ['country', 'hostCountry'] as const) {
    const code = input[field];
    if (code === undefined) continue;
    if (code !== null && !countries.isValid(code)) {
      errors.push({
        field,
        message: say(lang, `code pays ISO 3166-1 inconnu : ${code}`, `unknown ISO 3166-1 country code: ${code}`),
      });
      continue;
    }
    if (field === 'country') values.country = code as string;
    else values.host_country = code;
  }
  if (input.type !== undefined) values.type = input.type;
  if (input.city !== undefined) values.city = input.city?.trim() || null;
  if (input.latitude !== undefined) values.latitude = input.latitude;
  if (input.longitude !== undefined) values.longitude = input.longitude;
  if (errors.length > 0) throw invalid(errors);
  return values;
}

export async function createActor(
  deps: RegistryDeps,
  body: Static<typeof ActorBody>,
  author: ChangeAuthor,
): Promise<Actor> {
  // The schema requires country, type and both names; the optional fields default to null.
  const values = {
    host_country: null,
    city: null,
    latitude: null,
    longitude: null,
    ...cleanActorFields(body, deps.lang),
  } as repo.ActorValues;
  const row = await deps.db.transaction().execute(async (trx) => {
    const created = await repo.insertActor(trx, values);
    await appendAudit(trx, {
      action: 'observatory.actor.create',
      actorId: author.userId,
      objectType: 'obs_actor',
      objectId: created.id,
      details: { country: created.country, type: created.type, nameFr: created.name_fr, nameEn: created.name_en },
      ip: author.ip,
    });
    return created;
  });
  return presentActor(row, [], true);
}

const actorColumnOf: Record<string, keyof repo.ActorRow> = {
  country: 'country',
  type: 'type',
  name_fr: 'name_fr',
  name_en: 'name_en',
  host_country: 'host_country',
  city: 'city',
  latitude: 'latitude',
  longitude: 'longitude',
};

export async function updateActor(
  deps: RegistryDeps,
  id: string,
  patch: Static<typeof ActorPatch>,
  author: ChangeAuthor,
): Promise<Actor> {
  const values = cleanActorFields(patch, deps.lang);
  const row = await deps.db.transaction().execute(async (trx) => {
    const before = await repo.findActor(trx, id);
    if (!before) throw new AppError('ERR_NOT_FOUND');
    // Only real changes are written and audited, as { field: [before, after] }.
    const changes: Record<string, [unknown, unknown]> = {};
    for (const [column, value] of Object.entries(values)) {
      const previous = before[actorColumnOf[column]!];
      if (previous !== value) changes[column] = [previous, value];
    }
    if (Object.keys(changes).length === 0) return before;
    const after = await repo.updateActor(trx, id, values);
    await appendAudit(trx, {
      action: 'observatory.actor.update',
      actorId: author.userId,
      objectType: 'obs_actor',
      objectId: id,
      details: { changes },
      ip: author.ip,
    });
    return after ?? before;
  });
  const accounts = await repo.accountsOfActors(deps.db, [id]);
  return presentActor(row, accounts.get(id) ?? [], true);
}

export async function deleteActor(deps: RegistryDeps, id: string, author: ChangeAuthor): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const detached = await repo.countAccountsOfActor(trx, id);
    const deleted = await repo.deleteActor(trx, id);
    if (!deleted) throw new AppError('ERR_NOT_FOUND');
    await appendAudit(trx, {
      action: 'observatory.actor.delete',
      actorId: author.userId,
      objectType: 'obs_actor',
      objectId: id,
      details: {
        country: deleted.country,
        type: deleted.type,
        nameFr: deleted.name_fr,
        nameEn: deleted.name_en,
        // Its accounts are kept, unregistered: their data and history stay in the observatory.
        detachedAccounts: detached,
      },
      ip: author.ip,
    });
  });
}

// --- Handles ---------------------------------------------------------------------------------------------

const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const MASTODON_USER = /^[a-z0-9_](?:[a-z0-9_.-]{0,62}[a-z0-9_])?$/;
const X_USER = /^[a-z0-9_]{1,15}$/;
const OTHER_HANDLE = /^[\p{L}\p{N}_.-]{1,200}$/u;

const handleRules: Record<Network, { fr: string; en: string }> = {
  x: {
    fr: 'un identifiant X : 1 à 15 lettres, chiffres ou _, sans @ (ex. francediplo)',
    en: 'an X username: 1 to 15 letters, digits or _, without @ (e.g. francediplo)',
  },
  mastodon: {
    fr: 'un compte Mastodon de la forme utilisateur@instance (ex. francediplo@social.numerique.gouv.fr)',
    en: 'a Mastodon account shaped user@instance (e.g. francediplo@social.numerique.gouv.fr)',
  },
  bluesky: {
    fr: 'un identifiant Bluesky, qui est un nom de domaine (ex. francediplo.bsky.social)',
    en: 'a Bluesky handle, which is a domain name (e.g. francediplo.bsky.social)',
  },
  facebook: { fr: 'un identifiant sans espace', en: 'a handle without spaces' },
  instagram: { fr: 'un identifiant sans espace', en: 'a handle without spaces' },
  youtube: { fr: 'un identifiant sans espace', en: 'a handle without spaces' },
  linkedin: { fr: 'un identifiant sans espace', en: 'a handle without spaces' },
};

/** A profile address pasted instead of a handle: what its path names. */
function handleFromUrl(network: Network, text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  const segments = url.pathname.split('/').filter(Boolean);
  if (network === 'mastodon') {
    // https://instance/@user or https://instance/users/user
    const user = segments[0] === 'users' ? segments[1] : segments[0]?.startsWith('@') ? segments[0] : undefined;
    return user ? `${user.replace(/^@/, '')}@${url.hostname}` : null;
  }
  if (network === 'bluesky') return segments[0] === 'profile' && segments[1] ? segments[1] : null;
  const last = segments.at(-1);
  return last ? decodeURIComponent(last) : null;
}

/**
 * The handle as stored: lowercased, without '@' (leading, or in an address), in each network's required
 * shape. Mastodon needs user@instance (the same name exists on many instances); Bluesky a domain handle.
 */
export function normaliseHandle(network: Network, raw: string): string | null {
  let text = raw.trim();
  if (/^https?:\/\//i.test(text)) text = handleFromUrl(network, text) ?? '';
  const handle = text.toLowerCase().replace(/^@/, '');
  switch (network) {
    case 'x':
      return X_USER.test(handle) ? handle : null;
    case 'mastodon': {
      const [user, instance, ...rest] = handle.split('@');
      return rest.length === 0 && user && instance && MASTODON_USER.test(user) && DOMAIN.test(instance) ? handle : null;
    }
    case 'bluesky':
      return DOMAIN.test(handle) ? handle : null;
    default:
      return OTHER_HANDLE.test(handle) ? handle : null;
  }
}

// --- Accounts --------------------------------------------------------------------------------------------

async function presentRegistryAccount(deps: RegistryDeps, id: number): Promise<AccountSummary> {
  const row = await repo.findAccountSummary(deps.db, id);
  if (!row) throw new AppError('ERR_NOT_FOUND');
  return presentAccount(row);
}

function unknownActor(lang: Lang): AppError {
  return invalid([{ field: 'actorId', message: say(lang, 'acteur inconnu', 'unknown actor') }]);
}

function accountExists(network: Network, handle: string, id: number): AppError {
  return new AppError('ERR_ACCOUNT_EXISTS', { params: { network, handle, id } });
}

const pgCode = (error: unknown) => (error as { code?: string } | null)?.code;

export async function createAccount(
  deps: RegistryDeps,
  body: Static<typeof AccountBody>,
  author: ChangeAuthor,
): Promise<AccountSummary> {
  const handle = normaliseHandle(body.network, body.handle);
  if (!handle) {
    const rule = handleRules[body.network];
    throw invalid([{ field: 'handle', message: say(deps.lang, `attendu : ${rule.fr}`, `expected: ${rule.en}`) }]);
  }
  const actorId = body.actorId ?? null;
  let id: number;
  try {
    id = await deps.db.transaction().execute(async (trx) => {
      const existing = await repo.findAccountByHandle(trx, body.network, handle);
      if (existing) throw accountExists(body.network, handle, existing.id);
      if (actorId && !(await repo.actorExists(trx, actorId))) throw unknownActor(deps.lang);
      const values = {
        network: body.network,
        handle,
        actor_id: actorId,
        verified: body.verified ?? false,
        tracked: body.tracked ?? false,
      };
      const created = await repo.insertAccount(trx, values);
      await appendAudit(trx, {
        action: 'observatory.account.create',
        actorId: author.userId,
        objectType: 'obs_account',
        objectId: String(created),
        details: { network: values.network, handle, actorId, verified: values.verified, tracked: values.tracked },
        ip: author.ip,
      });
      return created;
    });
  } catch (error) {
    // Another editor got there between the check and the insert, or the actor was deleted meanwhile.
    if (pgCode(error) === '23505') {
      const existing = await repo.findAccountByHandle(deps.db, body.network, handle);
      if (existing) throw accountExists(body.network, handle, existing.id);
    }
    if (pgCode(error) === '23503') throw unknownActor(deps.lang);
    throw error;
  }
  return presentRegistryAccount(deps, id);
}

export async function updateAccount(
  deps: RegistryDeps,
  id: number,
  patch: Static<typeof AccountPatch>,
  author: ChangeAuthor,
): Promise<AccountSummary> {
  try {
    await deps.db.transaction().execute(async (trx) => {
      const before = await repo.findAccountState(trx, id);
      if (!before) throw new AppError('ERR_NOT_FOUND');
      const wanted = {
        ...(patch.actorId !== undefined ? { actor_id: patch.actorId } : {}),
        ...(patch.verified !== undefined ? { verified: patch.verified } : {}),
        ...(patch.tracked !== undefined ? { tracked: patch.tracked } : {}),
      };
      const changes: Record<string, [unknown, unknown]> = {};
      for (const [column, value] of Object.entries(wanted)) {
        const previous = before[column as keyof typeof before];
        if (previous !== value) changes[column] = [previous, value];
      }
      if (Object.keys(changes).length === 0) return;
      if (wanted.actor_id && !(await repo.actorExists(trx, wanted.actor_id))) throw unknownActor(deps.lang);
      await repo.updateAccount(trx, id, wanted);
      await appendAudit(trx, {
        action: 'observatory.account.update',
        actorId: author.userId,
        objectType: 'obs_account',
        objectId: String(id),
        details: { changes },
        ip: author.ip,
      });
    });
  } catch (error) {
    if (pgCode(error) === '23503') throw unknownActor(deps.lang);
    throw error;
  }
  return presentRegistryAccount(deps, id);
}
