// Network test data, made per test by direct inserts (so a feature's tests never depend on another feature's
// write endpoints): signed-in members, spaces, deal rooms, posts and comments.
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { expect } from 'vitest';
import { defaultTlp, type Level } from '../../access/labels.ts';
import type { Audience, DB, OrganisationKind, Role } from '../../db/schema.ts';
import { Client, type TestApp } from '../../test/app.ts';
import { makeUser, PASSWORD } from '../../test/factories.ts';
import { renderMarkdown } from '../core/markdown.ts';

const tag = () => randomBytes(3).toString('hex');

export interface Member {
  client: Client;
  id: string;
  email: string;
  organisationId: string;
}

/** A verified member signed in through the real login route (no second factor). */
export async function member(
  t: TestApp,
  options: {
    audience?: Audience;
    roles?: Role[];
    organisation?: string;
    organisationKind?: OrganisationKind;
    partnerExpiresAt?: Date;
    name?: string;
  } = {},
): Promise<Member> {
  const user = await makeUser(t.database.db, { no2fa: true, ...options });
  if (options.name)
    await t.database.db.updateTable('users').set({ name: options.name }).where('id', '=', user.id).execute();
  const client = await new Client(t.app).start();
  const res = await client.post('/api/auth/login', { email: user.email, password: PASSWORD });
  expect(res.statusCode).toBe(200);
  return { client, id: user.id, email: user.email, organisationId: user.organisation_id };
}

export async function makeSpace(
  db: Kysely<DB>,
  options: {
    createdBy: string;
    name?: string;
    kind?: 'country' | 'sector' | 'theme';
    level?: 0 | 1 | 2;
    defaultLevel?: 0 | 1 | 2;
    membership?: 'open' | 'request' | 'invitation';
    country?: string | null;
    sector?: string | null;
    description?: string;
    /** Members besides the creator (who is the owner). */
    members?: { userId: string; role?: 'owner' | 'moderator' | 'member'; state?: 'member' | 'requested' | 'invited' }[];
  },
): Promise<{ id: string }> {
  const level = options.level ?? 1;
  const defaultLevel = Math.max(options.defaultLevel ?? level, level) as Level;
  const space = await db
    .insertInto('net_spaces')
    .values({
      kind: options.kind ?? 'theme',
      name: options.name ?? `Espace ${tag()}`,
      description: options.description ?? '',
      country: options.country ?? null,
      sector: options.sector ?? null,
      level,
      tlp: defaultTlp(level),
      compartment_id: null,
      default_level: defaultLevel,
      default_tlp: defaultTlp(defaultLevel),
      membership: options.membership ?? 'open',
      created_by: options.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const members = [
    { userId: options.createdBy, role: 'owner' as const, state: 'member' as const },
    ...(options.members ?? []),
  ];
  await db
    .insertInto('net_space_members')
    .values(
      members.map((m) => ({
        space_id: space.id,
        user_id: m.userId,
        role: m.role ?? 'member',
        state: m.state ?? 'member',
      })),
    )
    .execute();
  return space;
}

/** A deal room: compartment, space and project rows, its companies, and its named members and agent teams. */
export async function makeDealRoom(
  db: Kysely<DB>,
  options: {
    createdBy: string;
    companyId: string;
    name?: string;
    sector?: string;
    country?: string;
    consortium?: boolean;
    userIds?: string[];
    teamOrganisationIds?: string[];
    extraCompanyIds?: string[];
  },
): Promise<{ id: string; name: string }> {
  const name = options.name ?? `Projet ${tag()}`;
  const compartment = await db
    .insertInto('compartments')
    .values({ kind: 'deal_room', name, created_by: options.createdBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  const id = compartment.id;
  await db
    .insertInto('net_spaces')
    .values({
      id,
      kind: 'deal_room',
      name,
      level: 3,
      tlp: 'AMBER',
      compartment_id: id,
      default_level: 3,
      default_tlp: 'AMBER',
      membership: 'invitation',
      created_by: options.createdBy,
    })
    .execute();
  await db
    .insertInto('net_deal_rooms')
    .values({
      id,
      company_id: options.companyId,
      sector: options.sector ?? 'energy',
      country: options.country ?? 'ML',
      consortium: options.consortium ?? false,
      created_by: options.createdBy,
    })
    .execute();
  const companies = [options.companyId, ...(options.extraCompanyIds ?? [])];
  await db
    .insertInto('net_deal_room_companies')
    .values(companies.map((organisation_id) => ({ room_id: id, organisation_id, added_by: options.createdBy })))
    .execute();
  const userIds = [...new Set([options.createdBy, ...(options.userIds ?? [])])];
  await db
    .insertInto('compartment_members')
    .values([
      ...userIds.map((user_id) => ({ compartment_id: id, user_id, organisation_id: null })),
      ...(options.teamOrganisationIds ?? []).map((organisation_id) => ({
        compartment_id: id,
        user_id: null,
        organisation_id,
      })),
    ])
    .execute();
  return { id, name };
}

/** A post with its label; in a deal room, pass level 3 and the room id as compartment. */
export async function makePost(
  db: Kysely<DB>,
  options: {
    spaceId: string;
    authorId: string;
    body?: string;
    title?: string;
    level?: Level;
    tlp?: string;
    compartmentId?: string | null;
    createdAt?: Date;
    hidden?: boolean;
  },
): Promise<{ id: string }> {
  const level = options.level ?? 1;
  const body = options.body ?? `Publication ${tag()}`;
  return db
    .insertInto('net_posts')
    .values({
      space_id: options.spaceId,
      author_id: options.authorId,
      title: options.title ?? '',
      body,
      body_html: renderMarkdown(body),
      level,
      tlp: options.tlp ?? defaultTlp(level),
      compartment_id: level === 3 ? (options.compartmentId ?? options.spaceId) : null,
      ...(options.createdAt ? { created_at: options.createdAt } : {}),
      ...(options.hidden ? { hidden_at: new Date(), hidden_by: options.authorId, hidden_reason: 'test' } : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function makeComment(
  db: Kysely<DB>,
  options: { postId: string; authorId: string; body?: string; level?: Level; tlp?: string },
): Promise<{ id: string }> {
  const post = await db
    .selectFrom('net_posts')
    .select(['space_id', 'level', 'compartment_id'])
    .where('id', '=', options.postId)
    .executeTakeFirstOrThrow();
  const level = options.level ?? (post.level as Level);
  const body = options.body ?? `Commentaire ${tag()}`;
  return db
    .insertInto('net_comments')
    .values({
      post_id: options.postId,
      space_id: post.space_id,
      author_id: options.authorId,
      body,
      body_html: renderMarkdown(body),
      level,
      tlp: options.tlp ?? defaultTlp(level),
      compartment_id: level === 3 ? post.compartment_id : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}
