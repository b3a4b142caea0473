// A random world as rows (one transaction), sessions for its accounts, and the wipe between worlds.
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { type Kysely, sql } from 'kysely';
import { createSession } from '../../auth/sessions.repo.ts';
import type { DB } from '../../db/schema.ts';
import { renderMarkdown } from '../core/markdown.ts';
import type { World } from './world.ts';

const DAY = 86_400_000;

export async function insertWorld(db: Kysely<DB>, w: World, dataDir: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('organisations')
      .values(w.orgs.map((o) => ({ id: o.id, name: o.name, kind: o.kind, siren: null, siret: null, country: 'ML' })))
      .execute();
    await trx
      .insertInto('users')
      .values(
        w.users.map((u) => ({
          id: u.id,
          organisation_id: u.orgId,
          email: u.email,
          name: u.name,
          audience: u.audience,
          roles: u.roles,
          password_hash: null,
          email_verified_at: u.verified ? new Date(Date.now() - 10 * DAY) : null,
          partner_expires_at: u.audience === 'partner' ? new Date(Date.now() + (u.expired ? -DAY : 30 * DAY)) : null,
          active: u.active,
          mfa_exempt: true,
          totp_secret: null,
          oidc_subject: null,
        })),
      )
      .execute();
    await trx
      .insertInto('net_profiles')
      .values(w.users.map((u) => ({ user_id: u.id, title: `Poste ${u.token}`, public_profile: u.publicProfile })))
      .execute();
    await sql`INSERT INTO net_member_search (user_id, search)
      SELECT id, to_tsvector('french_unaccent', name) FROM users WHERE id = ANY(${w.users.map((u) => u.id)}::uuid[])`.execute(
      trx,
    );
    if (w.assignments.length > 0) {
      await trx
        .insertInto('net_assignments')
        .values(w.assignments.map((a) => ({ member_id: a.memberId, agent_id: a.agentId, reason: 'manual' as const })))
        .execute();
    }
    const creator = w.users[0]!.id;
    const compartments = [
      ...w.spaces.filter((s) => s.room).map((s) => ({ id: s.id, kind: 'deal_room' as const, name: s.name })),
      ...w.requests.map((r) => ({ id: r.compartmentId, kind: 'company_file' as const, name: r.reference })),
      ...w.conversations.map((c) => ({ id: c.id, kind: 'conversation' as const, name: 'conversation' })),
    ];
    if (compartments.length > 0) {
      await trx
        .insertInto('compartments')
        .values(compartments.map((c) => ({ ...c, created_by: creator })))
        .execute();
    }
    await trx
      .insertInto('net_spaces')
      .values(
        w.spaces.map((s) => ({
          id: s.id,
          kind: s.room ? ('deal_room' as const) : ('theme' as const),
          name: s.name,
          description: `Description ${s.token}`,
          level: s.level,
          tlp: s.room ? 'AMBER' : (['CLEAR', 'GREEN', 'AMBER+STRICT'][s.level] ?? 'CLEAR'),
          compartment_id: s.compartmentId,
          default_level: s.defaultLevel,
          default_tlp: s.room ? 'AMBER' : (['CLEAR', 'GREEN', 'AMBER+STRICT'][s.defaultLevel] ?? 'CLEAR'),
          membership: s.room ? ('invitation' as const) : ('open' as const),
          created_by: creator,
        })),
      )
      .execute();
    const spaceMembers = w.spaces.flatMap((s) =>
      s.members.map((m) => ({ space_id: s.id, user_id: m.userId, role: m.role, state: m.state })),
    );
    if (spaceMembers.length > 0) await trx.insertInto('net_space_members').values(spaceMembers).execute();
    const rooms = w.spaces.filter((s) => s.room);
    if (rooms.length > 0) {
      await trx
        .insertInto('net_deal_rooms')
        .values(
          rooms.map((s) => ({
            id: s.id,
            company_id: s.companyId!,
            sector: 'energy',
            country: 'ML',
            created_by: creator,
          })),
        )
        .execute();
      await trx
        .insertInto('net_deal_room_companies')
        .values(rooms.map((s) => ({ room_id: s.id, organisation_id: s.companyId! })))
        .execute();
    }
    const members = [
      ...rooms.flatMap((s) => [
        ...s.roomUsers.map((user_id) => ({ compartment_id: s.id, user_id, organisation_id: null })),
        ...s.roomTeams.map((organisation_id) => ({ compartment_id: s.id, user_id: null, organisation_id })),
      ]),
      ...w.requests.flatMap((r) =>
        [...new Set([r.requesterId, ...(r.assigneeId ? [r.assigneeId] : [])])].map((user_id) => ({
          compartment_id: r.compartmentId,
          user_id,
          organisation_id: null as string | null,
        })),
      ),
      ...w.requests.flatMap((r) =>
        [...new Set([r.queueOrgId, ...(r.routedOrgId ? [r.routedOrgId] : [])])].map((organisation_id) => ({
          compartment_id: r.compartmentId,
          user_id: null as string | null,
          organisation_id,
        })),
      ),
      ...w.conversations.flatMap((c) =>
        c.userIds.map((user_id) => ({ compartment_id: c.id, user_id, organisation_id: null })),
      ),
    ];
    if (members.length > 0) await trx.insertInto('compartment_members').values(members).execute();
    const hidden = (h: boolean, by: string) =>
      h ? { hidden_at: new Date(), hidden_by: by, hidden_reason: 'probe' } : {};
    await trx
      .insertInto('net_posts')
      .values(
        w.posts.map((p, i) => ({
          id: p.id,
          space_id: p.spaceId,
          author_id: p.authorId,
          title: `Titre ${p.token}`,
          body: `Texte ${p.token}`,
          body_html: renderMarkdown(`Texte ${p.token}`),
          level: p.level,
          tlp: p.tlp,
          compartment_id: p.compartmentId,
          created_at: new Date(Date.now() - (i + 1) * 60_000),
          ...hidden(p.hidden, creator),
        })),
      )
      .execute();
    if (w.comments.length > 0) {
      await trx
        .insertInto('net_comments')
        .values(
          w.comments.map((c, i) => ({
            id: c.id,
            post_id: c.postId,
            space_id: c.spaceId,
            author_id: c.authorId,
            body: `Réponse ${c.token}`,
            body_html: renderMarkdown(`Réponse ${c.token}`),
            level: c.level,
            tlp: c.tlp,
            compartment_id: c.compartmentId,
            created_at: new Date(Date.now() - (i + 1) * 30_000),
            ...hidden(c.hidden, creator),
          })),
        )
        .execute();
    }
    for (const r of w.requests) {
      const requester = w.users.find((u) => u.id === r.requesterId)!;
      await trx
        .insertInto('portal_support_requests')
        .values({
          id: r.id,
          reference: r.reference,
          company_name: `Société ${r.token}`,
          siren: null,
          region: null,
          countries: ['ML'],
          sector: 'energy',
          step: null,
          need: 'financing',
          message: `Projet ${r.token}`,
          contact_name: requester.name,
          email: requester.email,
          user_id: requester.id,
          organisation_id: requester.orgId,
          consent_at: new Date(),
          compartment_id: r.compartmentId,
          queue_id: r.queueOrgId,
          assignee_id: r.assigneeId,
          routed_to_id: r.routedOrgId,
          status: r.routedOrgId ? 'routed' : 'new',
        })
        .execute();
      await trx
        .insertInto('net_request_events')
        .values([
          { request_id: r.id, kind: 'created', level: 3, tlp: 'AMBER', compartment_id: r.compartmentId },
          ...(r.noteToken
            ? [
                {
                  request_id: r.id,
                  kind: 'note' as const,
                  body: `Note ${r.noteToken}`,
                  level: 2,
                  tlp: 'AMBER+STRICT',
                  compartment_id: r.compartmentId,
                },
              ]
            : []),
        ])
        .execute();
    }
    for (const c of w.conversations) {
      await trx.insertInto('net_conversations').values({ id: c.id, title: '', created_by: c.userIds[0]! }).execute();
      await trx
        .insertInto('net_messages')
        .values({
          id: c.messageId,
          conversation_id: c.id,
          author_id: c.userIds[0]!,
          body: `Message ${c.token}`,
          body_html: renderMarkdown(`Message ${c.token}`),
          compartment_id: c.id,
        })
        .execute();
    }
    if (w.notifications.length > 0) {
      await trx
        .insertInto('net_notifications')
        .values(
          w.notifications.map((n) => {
            const target =
              n.objectType === 'post'
                ? w.posts.find((p) => p.id === n.objectId)!
                : w.comments.find((c) => c.id === n.objectId)!;
            return {
              user_id: n.userId,
              kind: n.objectType === 'post' ? 'mention' : 'comment',
              actor_id: null,
              object_type: n.objectType,
              object_id: n.objectId,
              level: target.level,
              compartment_id: target.compartmentId,
            };
          }),
        )
        .execute();
    }
    for (const a of w.attachments) {
      const post = w.posts.find((p) => p.id === a.postId)!;
      const bytes = Buffer.from(`Pièce ${a.token}\n`, 'utf8');
      const sha = createHash('sha256').update(bytes).digest('hex');
      const dir = path.join(dataDir, 'attachments', sha.slice(0, 2));
      await mkdir(dir, { recursive: true });
      await writeFile(path.join(dir, sha), bytes);
      await trx
        .insertInto('net_attachments')
        .values({
          id: a.id,
          uploader_id: post.authorId,
          post_id: post.id,
          space_id: post.spaceId,
          filename: `piece-${a.token}.txt`,
          media_type: 'text/plain',
          size: bytes.length,
          sha256: sha,
          level: post.level,
          tlp: post.tlp,
          compartment_id: post.compartmentId,
          attached_at: new Date(),
        })
        .execute();
    }
  });
}

/** A session cookie for each account (inactive ones too: they must read as visitors). */
export async function sessionsFor(db: Kysely<DB>, w: World): Promise<Map<string, string>> {
  const cookies = new Map<string, string>();
  for (const u of w.users) {
    const { token } = await createSession(db, {
      userId: u.id,
      method: 'password',
      mfaVerified: true,
      days: 1,
      ip: null,
      userAgent: null,
    });
    cookies.set(u.id, `diplomatie_session=${token}`);
  }
  return cookies;
}

const WIPED = [
  'net_notifications',
  'net_reports',
  'net_attachments',
  'net_reactions',
  'net_comments',
  'net_posts',
  'net_messages',
  'net_conversation_reads',
  'net_conversations',
  'net_request_events',
  'portal_support_requests',
  'net_deal_room_companies',
  'net_deal_rooms',
  'net_space_members',
  'net_spaces',
  'compartment_members',
  'compartments',
  'net_assignments',
  'net_suspensions',
  'net_member_search',
  'net_profiles',
  'net_notification_settings',
  'sessions',
  'invitations',
  'users',
  'organisations',
];

/** Empties every table a world writes (the audit log stays: it is append-only, and worlds never share ids). */
export async function wipe(db: Kysely<DB>): Promise<void> {
  await sql.raw(`TRUNCATE ${WIPED.join(', ')} CASCADE`).execute(db);
}
