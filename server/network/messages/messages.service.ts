// Direct messages: who may write to whom (the access module's messaging rule), conversations as compartments,
// reads marked and audited, participants notified. Unknown and refused recipients answer the same 403; a
// conversation one is not in answers the 404 of an unknown id.
import type { Lang } from '../../../common/errors.ts';
import type {
  Conversation,
  ConversationCreateBody,
  ConversationCreated,
  ConversationList,
  MessageView,
  RecipientList,
} from '../../../common/schemas/network-messages.ts';
import { recordRestrictedReads } from '../../access/audit.ts';
import { assertNoClassificationMarking } from '../../access/markings.ts';
import type { Viewer } from '../../access/viewer.ts';
import { AppError, notFound } from '../../errors.ts';
import { assertNotSuspended, assertUuid, type NetworkDeps, UUID } from '../core/context.ts';
import { plainExcerpt, renderMarkdown } from '../core/markdown.ts';
import { notify } from '../core/notify.ts';
import { decodeCursor, encodeCursor, presentLabel, presentMemberRef } from '../core/present.ts';
import * as repo from './messages.repo.ts';

export type MessagesDeps = Pick<NetworkDeps, 'db' | 'lang' | 'ip'>;
type Member = Viewer & { userId: string };
type ParticipantRow = Awaited<ReturnType<typeof repo.participants>>[number];

const notAllowed = () => new AppError('ERR_RECIPIENT_NOT_ALLOWED');

function presentMessage(
  row: repo.MessageRow,
  viewer: Member,
  people: Map<string, ParticipantRow>,
  lang: Lang,
): MessageView {
  const author = row.author_id ? people.get(row.author_id) : undefined;
  return {
    id: row.id,
    author: author ? presentMemberRef(author) : null,
    bodyHtml: row.body_html,
    createdAt: row.created_at.toISOString(),
    mine: row.author_id === viewer.userId,
    label: presentLabel(row.level, row.tlp, lang),
  };
}

async function peopleOf(deps: MessagesDeps, conversationId: string) {
  const rows = await repo.participants(deps.db, [conversationId]);
  return new Map(rows.map((r) => [r.id, r]));
}

function checkBody(body: string): string {
  if (body.trim().length === 0) {
    throw new AppError('ERR_VALIDATION', { fieldErrors: [{ field: 'body', message: 'empty message' }] });
  }
  assertNoClassificationMarking(body);
  return body;
}

/**
 * Starts a conversation (or continues the one-to-one conversation with the same person) with a first message.
 * Every recipient must pass the messaging rule; an unknown id is refused exactly like a forbidden one.
 */
export async function startConversation(
  deps: MessagesDeps,
  viewer: Member,
  input: ConversationCreateBody,
): Promise<ConversationCreated> {
  const others = [...new Set(input.participantIds)].filter((id) => id !== viewer.userId);
  if (others.length === 0) {
    throw new AppError('ERR_VALIDATION', {
      fieldErrors: [{ field: 'participantIds', message: 'write to someone else' }],
    });
  }
  if (others.some((id) => !UUID.test(id))) throw notAllowed();
  const title = (input.title ?? '').trim();
  assertNoClassificationMarking(title);
  const body = checkBody(input.body);
  return deps.db.transaction().execute(async (tx) => {
    await assertNotSuspended(tx, viewer, deps.lang);
    const allowed = await repo.messageableIds(tx, viewer, others);
    if (allowed.length !== others.length) throw notAllowed();
    const existing = others.length === 1 ? await repo.findOneToOne(tx, viewer.userId, others[0]!) : undefined;
    const id =
      existing ??
      (await repo.insertConversation(tx, {
        title,
        createdBy: viewer.userId,
        participantIds: [viewer.userId, ...others],
      }));
    const message = await repo.insertMessage(tx, {
      conversationId: id,
      authorId: viewer.userId,
      body,
      bodyHtml: renderMarkdown(body),
    });
    await notify(tx, {
      recipients: others,
      kind: 'message',
      actorId: viewer.userId,
      object: { type: 'conversation', id, level: 3, compartmentId: id },
    });
    const people = await peopleOf({ ...deps, db: tx }, id);
    return { id, reused: existing !== undefined, message: presentMessage(message, viewer, people, deps.lang) };
  });
}

/** A reply from a participant (404 for anyone else, like an unknown id). */
export async function reply(deps: MessagesDeps, viewer: Member, id: string, text: string): Promise<MessageView> {
  assertUuid(id);
  const body = checkBody(text);
  return deps.db.transaction().execute(async (tx) => {
    const conversation = await repo.findVisibleConversation(tx, viewer, id);
    if (!conversation) throw notFound();
    await assertNotSuspended(tx, viewer, deps.lang);
    const message = await repo.insertMessage(tx, {
      conversationId: id,
      authorId: viewer.userId,
      body,
      bodyHtml: renderMarkdown(body),
    });
    const people = await peopleOf({ ...deps, db: tx }, id);
    await notify(tx, {
      recipients: [...people.keys()],
      kind: 'message',
      actorId: viewer.userId,
      object: { type: 'conversation', id, level: 3, compartmentId: id },
    });
    return presentMessage(message, viewer, people, deps.lang);
  });
}

export async function listConversations(
  deps: MessagesDeps,
  viewer: Member,
  query: { page?: number; pageSize?: number },
): Promise<ConversationList> {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 20;
  const { rows, total } = await repo.listVisibleConversations(deps.db, viewer, {
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  const ids = rows.map((r) => r.id);
  const [people, { last, unread }] = await Promise.all([
    repo.participants(deps.db, ids),
    repo.lastMessagesAndUnread(deps.db, viewer, ids),
  ]);
  // The excerpts are level-3 content: each conversation listed is a restricted read.
  await recordRestrictedReads(
    deps.db,
    viewer,
    rows.map((r) => ({ type: 'conversation', id: r.id, level: 3, compartmentId: r.id })),
    deps.ip,
  );
  const label = presentLabel(3, 'RED', deps.lang);
  return {
    items: rows.map((row) => {
      const message = last.find((m) => m.conversation_id === row.id);
      return {
        id: row.id,
        title: row.title,
        participants: people.filter((p) => p.compartment_id === row.id).map(presentMemberRef),
        lastMessage: message
          ? {
              excerpt: plainExcerpt(message.body, 160),
              authorId: message.author_id,
              createdAt: message.created_at.toISOString(),
            }
          : null,
        unread: unread.get(row.id) ?? 0,
        lastMessageAt: row.last_message_at.toISOString(),
        label,
      };
    }),
    total,
    page,
    pageSize,
  };
}

/** A page of a conversation, newest first; opening it marks it read and writes one restricted read. */
export async function readConversation(
  deps: MessagesDeps,
  viewer: Member,
  id: string,
  query: { before?: string; limit?: number },
): Promise<Conversation> {
  assertUuid(id);
  const conversation = await repo.findVisibleConversation(deps.db, viewer, id);
  if (!conversation) throw notFound();
  const limit = query.limit ?? 20;
  const before = decodeCursor(query.before);
  const rows = await repo.messagesPage(deps.db, viewer, id, { before, limit: limit + 1 });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const people = await peopleOf(deps, id);
  await deps.db.transaction().execute(async (tx) => {
    await recordRestrictedReads(tx, viewer, [{ type: 'conversation', id, level: 3, compartmentId: id }], deps.ip);
    await repo.markRead(tx, id, viewer.userId);
    await repo.markNotificationsRead(tx, id, viewer.userId);
  });
  let canReply = true;
  try {
    await assertNotSuspended(deps.db, viewer, deps.lang);
  } catch {
    canReply = false;
  }
  return {
    id,
    title: conversation.title,
    participants: [...people.values()].map(presentMemberRef),
    label: presentLabel(3, 'RED', deps.lang),
    messages: page.map((m) => presentMessage(m, viewer, people, deps.lang)),
    nextCursor: rows.length > limit && last ? encodeCursor(last.created_at, last.id) : null,
    abilities: { reply: canReply },
  };
}

export async function findRecipients(
  deps: MessagesDeps,
  viewer: Member,
  query: { q?: string; id?: string },
): Promise<RecipientList> {
  // A malformed id matches nobody (never a 500).
  if (query.id !== undefined && !UUID.test(query.id)) return { items: [] };
  const rows = await repo.recipients(deps.db, viewer, query.q ?? '', 10, query.id);
  return { items: rows.map(presentMemberRef) };
}
