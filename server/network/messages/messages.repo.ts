// Direct messages, SQL only: conversations are compartments (kind conversation) whose named members take part;
// messages are level 3 in them. Every read filters with visibleTo on the level-3 label of the conversation.
import { type Kysely, sql } from 'kysely';
import { messageableBy } from '../../access/directory.ts';
import { visibleTo } from '../../access/policy.ts';
import type { Viewer } from '../../access/viewer.ts';
import type { DB } from '../../db/schema.ts';

type Db = Kysely<DB>;

/** A conversation's label: level 3 in its own compartment (the conversation id). */
const conversationLabel = (viewer: Viewer) =>
  visibleTo(viewer, { level: 'conversation_label.level', compartmentId: 'c.id' });
const LABEL = sql`(SELECT 3::smallint AS level)`;

function conversations(db: Db, viewer: Viewer) {
  return db
    .selectFrom('net_conversations as c')
    .innerJoin(LABEL.as('conversation_label'), (join) => join.onTrue())
    .where(conversationLabel(viewer));
}

/** Ids among `ids` the viewer may write to (messageableBy: listed; outsiders, only their assigned agents). */
export async function messageableIds(db: Db, viewer: Viewer, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('users as u')
    .select('u.id')
    .where('u.id', 'in', [...ids])
    .where(messageableBy(viewer, 'u'))
    .execute();
  return rows.map((r) => r.id);
}

/** The one-to-one conversation of exactly these two people, if any (the most recent). */
export async function findOneToOne(db: Db, a: string, b: string): Promise<string | undefined> {
  const row = await sql<{ id: string }>`
    SELECT c.id FROM net_conversations AS c
    WHERE (SELECT count(*) FROM compartment_members AS m WHERE m.compartment_id = c.id) = 2
      AND EXISTS (SELECT 1 FROM compartment_members AS m WHERE m.compartment_id = c.id AND m.user_id = ${a})
      AND EXISTS (SELECT 1 FROM compartment_members AS m WHERE m.compartment_id = c.id AND m.user_id = ${b})
    ORDER BY c.last_message_at DESC LIMIT 1`.execute(db);
  return row.rows[0]?.id;
}

export async function insertConversation(
  db: Db,
  conversation: { title: string; createdBy: string; participantIds: readonly string[] },
): Promise<string> {
  const { id } = await db
    .insertInto('compartments')
    .values({ kind: 'conversation', name: conversation.title || 'conversation', created_by: conversation.createdBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('net_conversations')
    .values({ id, title: conversation.title, created_by: conversation.createdBy })
    .execute();
  await db
    .insertInto('compartment_members')
    .values(
      [...new Set(conversation.participantIds)].map((user_id) => ({
        compartment_id: id,
        user_id,
        organisation_id: null,
      })),
    )
    .execute();
  return id;
}

export interface MessageRow {
  id: string;
  author_id: string | null;
  body: string;
  body_html: string;
  level: number;
  tlp: string;
  created_at: Date;
}

const messageColumns = ['n.id', 'n.author_id', 'n.body', 'n.body_html', 'n.level', 'n.tlp', 'n.created_at'] as const;

/** A message (level 3 TLP:RED in the conversation); the conversation's time moves on, the author has read it. */
export async function insertMessage(
  db: Db,
  message: { conversationId: string; authorId: string; body: string; bodyHtml: string },
): Promise<MessageRow> {
  const row = await db
    .insertInto('net_messages')
    .values({
      conversation_id: message.conversationId,
      author_id: message.authorId,
      body: message.body,
      body_html: message.bodyHtml,
      level: 3,
      tlp: 'RED',
      compartment_id: message.conversationId,
    })
    .returning(['id', 'author_id', 'body', 'body_html', 'level', 'tlp', 'created_at'])
    .executeTakeFirstOrThrow();
  await db
    .updateTable('net_conversations')
    .set({ last_message_at: row.created_at })
    .where('id', '=', message.conversationId)
    .execute();
  await markRead(db, message.conversationId, message.authorId, row.created_at);
  return row;
}

export async function markRead(db: Db, conversationId: string, userId: string, at: Date = new Date()): Promise<void> {
  await db
    .insertInto('net_conversation_reads')
    .values({ conversation_id: conversationId, user_id: userId, last_read_at: at })
    .onConflict((oc) =>
      oc.columns(['conversation_id', 'user_id']).doUpdateSet({
        last_read_at: sql`greatest(net_conversation_reads.last_read_at, excluded.last_read_at)`,
      }),
    )
    .execute();
}

/** The viewer's 'message' notifications of this conversation are read once they open it. */
export async function markNotificationsRead(db: Db, conversationId: string, userId: string): Promise<void> {
  await db
    .updateTable('net_notifications')
    .set({ read_at: new Date() })
    .where('user_id', '=', userId)
    .where('object_type', '=', 'conversation')
    .where('object_id', '=', conversationId)
    .where('read_at', 'is', null)
    .execute();
}

export interface ConversationRow {
  id: string;
  title: string;
  last_message_at: Date;
}

export async function findVisibleConversation(
  db: Db,
  viewer: Viewer,
  id: string,
): Promise<ConversationRow | undefined> {
  return conversations(db, viewer)
    .select(['c.id', 'c.title', 'c.last_message_at'])
    .where('c.id', '=', id)
    .executeTakeFirst();
}

export async function listVisibleConversations(
  db: Db,
  viewer: Viewer,
  page: { limit: number; offset: number },
): Promise<{ rows: ConversationRow[]; total: number }> {
  const rows = await conversations(db, viewer)
    .select(['c.id', 'c.title', 'c.last_message_at'])
    .orderBy('c.last_message_at', 'desc')
    .orderBy('c.id', 'desc')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  const count = await conversations(db, viewer)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return { rows, total: Number(count.n) };
}

/** Participants of these conversations, with what MemberRef needs. */
export async function participants(db: Db, conversationIds: readonly string[]) {
  if (conversationIds.length === 0) return [];
  return db
    .selectFrom('compartment_members as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .leftJoin('net_profiles as p', 'p.user_id', 'u.id')
    .select(['m.compartment_id', 'u.id', 'u.name', 'u.audience', 'o.name as organisation', 'p.verified_at'])
    .where('m.compartment_id', 'in', [...conversationIds])
    .orderBy('u.name')
    .execute();
}

/** The last message and the viewer's unread count of each conversation (already known to be visible). */
export async function lastMessagesAndUnread(db: Db, viewer: Viewer, conversationIds: readonly string[]) {
  if (conversationIds.length === 0) return { last: [], unread: new Map<string, number>() };
  const last = await db
    .selectFrom('net_messages as n')
    .select(['n.conversation_id', ...messageColumns])
    .distinctOn('n.conversation_id')
    .where('n.conversation_id', 'in', [...conversationIds])
    .where(visibleTo(viewer, { level: 'n.level', compartmentId: 'n.compartment_id' }))
    .orderBy('n.conversation_id')
    .orderBy('n.created_at', 'desc')
    .orderBy('n.id', 'desc')
    .execute();
  const unreadRows = await db
    .selectFrom('net_messages as n')
    .leftJoin('net_conversation_reads as r', (join) =>
      join.onRef('r.conversation_id', '=', 'n.conversation_id').on('r.user_id', '=', viewer.userId ?? ''),
    )
    .select(['n.conversation_id', (eb) => eb.fn.countAll<string>().as('n')])
    .where('n.conversation_id', 'in', [...conversationIds])
    .where(visibleTo(viewer, { level: 'n.level', compartmentId: 'n.compartment_id' }))
    .where((eb) => eb.or([eb('n.author_id', 'is', null), eb('n.author_id', '<>', viewer.userId ?? '')]))
    .where((eb) => eb.or([eb('r.last_read_at', 'is', null), eb('n.created_at', '>', eb.ref('r.last_read_at'))]))
    .groupBy('n.conversation_id')
    .execute();
  return { last, unread: new Map(unreadRows.map((r) => [r.conversation_id, Number(r.n)])) };
}

/** A page of messages, newest first, before the cursor. */
export async function messagesPage(
  db: Db,
  viewer: Viewer,
  conversationId: string,
  options: { before: { at: Date; id: string } | null; limit: number },
): Promise<MessageRow[]> {
  let query = db
    .selectFrom('net_messages as n')
    .select(messageColumns)
    .where('n.conversation_id', '=', conversationId)
    .where(visibleTo(viewer, { level: 'n.level', compartmentId: 'n.compartment_id' }));
  if (options.before) {
    const { at, id } = options.before;
    query = query.where((eb) =>
      eb.or([eb('n.created_at', '<', at), eb.and([eb('n.created_at', '=', at), eb('n.id', '<', id)])]),
    );
  }
  return query.orderBy('n.created_at', 'desc').orderBy('n.id', 'desc').limit(options.limit).execute();
}

/** People the viewer may write to, by name (messageableBy), at most `limit`. */
export async function recipients(db: Db, viewer: Viewer, q: string, limit: number, id?: string) {
  let query = db
    .selectFrom('users as u')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .leftJoin('net_profiles as p', 'p.user_id', 'u.id')
    .select(['u.id', 'u.name', 'u.audience', 'o.name as organisation', 'p.verified_at'])
    .where(messageableBy(viewer, 'u'));
  if (id !== undefined) query = query.where('u.id', '=', id);
  const text = q.trim().toLowerCase();
  if (text) {
    const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb(
        eb.fn('immutable_unaccent', [eb.fn('lower', ['u.name'])]),
        'like',
        eb.fn('immutable_unaccent', [eb.val(pattern)]),
      ),
    );
  }
  return query.orderBy('u.name').orderBy('u.id').limit(limit).execute();
}
