// The posts of a generated network, in chronological order and in batches, with their comments and reactions.
// Each post goes to a community (more to the bigger ones) or a deal room, written by one of its members at a level
// the author may write: communities from their own level up to 2 (outsiders up to 1), deal rooms at level 3 in
// their compartment. Comments keep their post's label; their authors and reactors can read the post.

import type { Sector } from '../../../common/network-terms.ts';
import type { Level } from '../../access/labels.ts';
import { AliasTable, Rng } from '../../shared/random.ts';
import {
  type ContentBatch,
  DAY_MS,
  type PlanComment,
  type PlanPost,
  type PlanReaction,
  type PlanRoom,
  type PlanSpace,
  type PlanSpaceMember,
  tlpOf,
} from './plan.ts';
import type { NetworkSizeSpec } from './sizes.ts';
import { plainParagraphsHtml, TextGenerator, type TextTopic } from './text.ts';

const POSTS_PER_BATCH = 5_000;
const REACTIONS = ['like', 'thanks', 'insightful', 'support'] as const;
const HIDDEN_REASONS = ['Hors sujet', 'Information trop sensible pour ce niveau', 'Publicité'];

export interface ContentInput {
  spec: NetworkSizeSpec;
  seed: number;
  now: Date;
  spaces: readonly PlanSpace[];
  rooms: readonly PlanRoom[];
  people: readonly { id: string; audience: string }[];
  /** Members of each community, by space index then person index. */
  spaceMembers: ReadonlyMap<number, ReadonlyMap<number, PlanSpaceMember>>;
  companyName: ReadonlyMap<string, string>;
  /** Countries that theme and sector spaces talk about. */
  fallbackCountries: readonly string[];
}

interface Container {
  spaceId: string;
  compartmentId: string | null;
  level: Level;
  defaultLevel: Level;
  country: string | null;
  sector: Sector | null;
  project?: { name: string; company: string };
  /** Person indices who take part (may post, comment, react). */
  authors: number[];
  agents: number[];
  moderators: number[];
}

export function contentStream(input: ContentInput): () => Iterable<ContentBatch> {
  return () => generate(input);
}

function* generate(input: ContentInput): Iterable<ContentBatch> {
  const { spec, now, people } = input;
  const rng = Rng.stream(input.seed, 'network:posts');
  const ids = Rng.stream(input.seed, 'network:post-ids');
  const text = new TextGenerator(Rng.stream(input.seed, 'network:post-text'), [...input.companyName.values()]);
  const indexOf = new Map(people.map((p, i) => [p.id, i]));
  const isAgent = (i: number) => people[i]!.audience === 'agent';

  const containers: Container[] = [];
  input.spaces.forEach((space, i) => {
    const list = [...(input.spaceMembers.get(i)?.entries() ?? [])].filter(([, m]) => m.state === 'member');
    const authors = list.map(([idx]) => idx);
    containers.push({
      spaceId: space.id,
      compartmentId: null,
      level: space.level,
      defaultLevel: space.defaultLevel,
      country: space.country,
      sector: space.sector as Sector | null,
      authors,
      agents: authors.filter(isAgent),
      moderators: list.filter(([idx, m]) => m.role !== 'member' && isAgent(idx)).map(([idx]) => idx),
    });
  });
  const communities = containers.length;
  for (const room of input.rooms) {
    const authors = room.userIds.map((id) => indexOf.get(id)).filter((i): i is number => i !== undefined);
    containers.push({
      spaceId: room.id,
      compartmentId: room.id,
      level: 3,
      defaultLevel: 3,
      country: room.country,
      sector: room.sector as Sector,
      project: { name: room.name, company: input.companyName.get(room.companyIds[0]!) ?? 'l’entreprise' },
      authors,
      agents: authors.filter(isAgent),
      moderators: [],
    });
  }
  const communityWeight = containers.slice(0, communities).map((c) => c.authors.length ** 0.8);
  const roomWeight = containers.slice(communities).map((c) => c.authors.length);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0) || 1;
  const roomShare = input.rooms.length > 0 ? spec.roomPostShare : 0;
  const scaleCommunities = (1 - roomShare) / sum(communityWeight);
  const scaleRooms = roomShare / sum(roomWeight);
  const table = new AliasTable([
    ...communityWeight.map((w) => w * scaleCommunities),
    ...roomWeight.map((w) => w * scaleRooms),
  ]);

  const span = spec.days * DAY_MS;
  const latest = now.getTime() - 60_000;
  const n = spec.posts;
  let batch: ContentBatch = { posts: [], comments: [], reactions: [] };
  for (let i = 0; i < n; i++) {
    const c = containers[table.sample(rng)]!;
    if (c.authors.length === 0) continue;
    const author = rng.pick(c.authors);
    const level = postLevel(rng, c, isAgent(author));
    const created = Math.min(latest, now.getTime() - span * (1 - (i + rng.next()) / n));
    const topic: TextTopic = {
      country: c.country ?? rng.pick(input.fallbackCountries),
      sector: c.sector,
      project: c.project,
    };
    const { title, body } = text.post(topic);
    const hide = c.moderators.length > 0 && rng.chance(0.0005);
    const post: PlanPost = {
      id: ids.uuid(),
      spaceId: c.spaceId,
      authorId: people[author]!.id,
      title,
      body,
      html: plainParagraphsHtml(body),
      level,
      tlp: tlpOf(level, level === 3 && rng.chance(0.2)),
      compartmentId: c.compartmentId,
      createdAt: new Date(created),
      editedAt: rng.chance(0.03) ? new Date(Math.min(latest, created + (1 + rng.int(120)) * 60_000)) : null,
      hidden: hide ? { by: people[rng.pick(c.moderators)]!.id, reason: rng.pick(HIDDEN_REASONS) } : null,
    };
    batch.posts.push(post);
    // Who may comment and react: the members who can read the post.
    const readers = level === 2 ? c.agents : c.authors;
    if (readers.length > 0 && rng.chance(spec.commentsPerPost / 2)) {
      const count = 1 + rng.int(3);
      for (let k = 0; k < count; k++) {
        const body = text.comment(topic);
        const comment: PlanComment = {
          id: ids.uuid(),
          postId: post.id,
          spaceId: c.spaceId,
          authorId: people[rng.pick(readers)]!.id,
          body,
          html: plainParagraphsHtml(body),
          level,
          tlp: post.tlp,
          compartmentId: c.compartmentId,
          createdAt: new Date(Math.min(latest, created + (5 + rng.int(3 * 24 * 60)) * 60_000)),
        };
        batch.comments.push(comment);
      }
    }
    if (readers.length > 0 && rng.chance(spec.reactionsPerPost / 2.5)) {
      const seen = new Set<string>();
      const count = 1 + rng.int(4);
      for (let k = 0; k < count; k++) {
        const userId = people[rng.pick(readers)]!.id;
        const kind = rng.pick(REACTIONS);
        if (seen.has(`${userId}:${kind}`)) continue;
        seen.add(`${userId}:${kind}`);
        const reaction: PlanReaction = {
          postId: post.id,
          userId,
          kind,
          spaceId: c.spaceId,
          createdAt: new Date(Math.min(latest, created + (1 + rng.int(48 * 60)) * 60_000)),
        };
        batch.reactions.push(reaction);
      }
    }
    if (batch.posts.length >= POSTS_PER_BATCH) {
      yield batch;
      batch = { posts: [], comments: [], reactions: [] };
    }
  }
  if (batch.posts.length > 0) yield batch;
}

/** Mostly the space's default level; otherwise any level from the space's own up to what the author may write. */
function postLevel(rng: Rng, c: Container, agent: boolean): Level {
  if (c.level === 3) return 3;
  const max = agent ? 2 : 1;
  const preferred = Math.min(c.defaultLevel, max);
  if (rng.chance(agent ? 0.75 : 0.85)) return preferred as Level;
  return (c.level + rng.int(max - c.level + 1)) as Level;
}
