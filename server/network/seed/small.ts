// The small network (for `npm start` and the browser tests), written by hand around the demo accounts of
// server/seed/demo.ts: the Mali embassy's agent and its front office, a partner of the Mali section of the foreign
// trade advisers, the company Atelier Lumière SAS and its deal room, a second company (Hydro Sahel Ingénierie)
// with a room of its own, eight communities, about 150 posts at every level, requests, two conversations.

import { Rng } from '../../shared/random.ts';
import { renderMarkdown } from '../core/markdown.ts';
import type { ExistingData } from './generic.ts';
import { embassyName, MINISTRY, slug } from './generic.ts';
import {
  DAY_MS,
  type NetworkPlan,
  type PlanAssignment,
  type PlanComment,
  type PlanConversation,
  type PlanOrganisation,
  type PlanPost,
  type PlanReaction,
  type PlanRequest,
  type PlanRoom,
  type PlanSpace,
  type PlanSpaceMember,
  type PlanUser,
  tlpOf,
} from './plan.ts';
import { MEMBERS, POSTS, type SmallPost, SPACES } from './small-content.ts';
import { TextGenerator } from './text.ts';

/** The second company's account, created with the demo password when absent. */
export const HYDRO_SAHEL_EMAIL = 'hydro@diplomatie.test';

export const DEMO_EMAILS = {
  admin: 'admin@diplomatie.test',
  agent: 'agent@diplomatie.test',
  partner: 'partenaire@diplomatie.test',
  company: 'entreprise@diplomatie.test',
} as const;

/** Null when the demo accounts are missing (DEMO_SEED=false): the small network has nobody to attach to. */
export function smallPlan(seed: number, now: Date, existing: ExistingData): NetworkPlan | null {
  for (const email of Object.values(DEMO_EMAILS)) if (!existing.demoAccounts.has(email)) return null;
  const ids = Rng.stream(seed, 'network:small-ids');
  const rng = Rng.stream(seed, 'network:small');
  const at = (daysAgo: number, hour = 9) =>
    new Date(Math.min(now.getTime() - 60_000, now.getTime() - daysAgo * DAY_MS + (hour - 12) * 3_600_000));

  // Organisations: the demo's, reused by name, and a few more.
  const organisations: PlanOrganisation[] = [];
  const orgIds = new Map<string, string>();
  const org = (name: string, kind: PlanOrganisation['kind'], country: string | null) => {
    const fresh = ids.uuid();
    const found = existing.organisations.get(name);
    organisations.push({ id: found ?? fresh, name, kind, country, existing: found !== undefined });
    orgIds.set(name, found ?? fresh);
  };
  org(MINISTRY, 'ministry', 'FR');
  org(embassyName('ML'), 'diplomatic_post', 'ML');
  org(embassyName('SA'), 'diplomatic_post', 'SA');
  for (const name of ['Business France', 'Bpifrance', 'CCI France International', 'Team France Export Occitanie'])
    org(name, 'public_body', 'FR');
  org('Conseillers du commerce extérieur – section Mali', 'association', 'ML');
  org('Conseillers du commerce extérieur – section Arabie saoudite', 'association', 'SA');
  org('Agence pour la promotion des investissements au Mali', 'foreign_body', 'ML');
  org('Femmes chefs d’entreprises', 'association', 'FR');
  for (const name of ['Atelier Lumière SAS', 'Hydro Sahel Ingénierie', 'Sahel Agro Export', 'Solaris Durable SAS'])
    org(name, 'company', 'FR');
  org('Médisanté Export', 'company', 'FR');
  org('Vignobles Garonne SA', 'company', 'FR');

  // Members: the demo accounts, the second company's account, and the people of MEMBERS.
  const users: PlanUser[] = [];
  const byKey = new Map<string, PlanUser>();
  for (const m of MEMBERS) {
    const demo = m.demo ? existing.demoAccounts.get(m.demo) : undefined;
    const hydro = m.email === HYDRO_SAHEL_EMAIL ? existing.demoAccounts.get(HYDRO_SAHEL_EMAIL) : undefined;
    const known = demo ?? hydro;
    const organisationId = known?.organisationId ?? orgIds.get(m.organisation);
    if (!organisationId) throw new Error(`small network: unknown organisation ${m.organisation}`);
    const fresh = ids.uuid();
    const createdAt = at(120 + rng.int(200));
    const user: PlanUser = {
      id: known?.id ?? fresh,
      organisationId,
      email: m.email ?? m.demo ?? `${slug(m.name).replace(/-/g, '.')}@reseau.diplomatie.test`,
      name: known?.name ?? m.name,
      audience: m.audience,
      roles: m.roles ?? [],
      lang: 'fr',
      createdAt,
      partnerExpiresAt: m.audience === 'partner' ? new Date(now.getTime() + 365 * DAY_MS) : null,
      existing: known !== undefined,
      profile: {
        title: m.title,
        country: m.country,
        sectors: m.sectors,
        expertise: m.expertise,
        languages: m.languages ?? ['fr', 'en'],
        bio: m.bio ?? '',
        publicProfile: m.publicProfile ?? m.audience !== 'company',
        verifiedAt: m.verified === false ? null : new Date(createdAt.getTime() + 3 * DAY_MS),
      },
    };
    users.push(user);
    byKey.set(m.key, user);
  }
  const user = (key: string) => {
    const u = byKey.get(key);
    if (!u) throw new Error(`small network: unknown member ${key}`);
    return u;
  };

  // Communities and their members.
  const spaces: PlanSpace[] = [];
  const spaceMembers: PlanSpaceMember[] = [];
  const spaceByKey = new Map<string, PlanSpace>();
  for (const s of SPACES) {
    const space: PlanSpace = {
      id: ids.uuid(),
      kind: s.kind,
      name: s.name,
      description: s.description,
      country: s.country ?? null,
      sector: s.sector ?? null,
      level: s.level,
      defaultLevel: s.defaultLevel ?? s.level,
      membership: s.membership,
      createdBy: user(s.owner).id,
      createdAt: at(200),
    };
    spaces.push(space);
    spaceByKey.set(s.key, space);
    const seen = new Set<string>();
    const add = (key: string, role: PlanSpaceMember['role'], state: PlanSpaceMember['state'] = 'member') => {
      if (seen.has(key)) return;
      seen.add(key);
      spaceMembers.push({
        spaceId: space.id,
        userId: user(key).id,
        role,
        state,
        invitedBy: state === 'invited' ? space.createdBy : null,
        createdAt: at(190 - (spaceMembers.length % 60)),
      });
    };
    add(s.owner, 'owner');
    for (const key of s.moderators ?? []) add(key, 'moderator');
    for (const key of s.members) add(key, 'member');
    for (const key of s.requested ?? []) add(key, 'member', 'requested');
    for (const key of s.invited ?? []) add(key, 'member', 'invited');
  }

  // Deal rooms: Atelier Lumière's with the demo agent, and Hydro Sahel's (which Atelier Lumière never sees).
  const lumiere: PlanRoom = {
    id: ids.uuid(),
    name: 'Éclairage public solaire de Ségou',
    companyIds: [orgIds.get('Atelier Lumière SAS')!],
    project:
      'Appel d’offres de la commune de Ségou : 4 200 lampadaires solaires et la maintenance sur cinq ans ' +
      '(15 millions d’euros). Atelier Lumière SAS répond avec un installateur local.',
    sector: 'energy',
    country: 'ML',
    consortium: false,
    status: 'open',
    createdBy: user('agent').id,
    createdAt: at(40),
    userIds: ['agent', 'sophie', 'laure', 'company', 'thomas'].map((k) => user(k).id),
    teamIds: [],
    requestId: null,
  };
  const hydro: PlanRoom = {
    id: ids.uuid(),
    name: 'Stations de pompage solaire de Kayes',
    companyIds: [orgIds.get('Hydro Sahel Ingénierie')!],
    project:
      'Douze stations de pompage solaire pour l’irrigation autour de Kayes, financement par prêt concessionnel ' +
      'et assurance crédit.',
    sector: 'environment_water',
    country: 'ML',
    consortium: false,
    status: 'open',
    createdBy: user('sophie').id,
    createdAt: at(25),
    userIds: ['sophie', 'guillaume', 'karim', 'marion'].map((k) => user(k).id),
    teamIds: [],
    requestId: null,
  };
  const rooms = [lumiere, hydro];
  const roomByKey = new Map([
    ['lumiere', lumiere],
    ['hydro', hydro],
  ]);

  const assignments: PlanAssignment[] = [
    ...['company', 'thomas'].flatMap((m) =>
      ['agent', 'sophie', 'laure'].map((a) => ({
        memberId: user(m).id,
        agentId: user(a).id,
        reason: 'deal_room' as const,
      })),
    ),
    ...['karim', 'marion'].flatMap((m) =>
      ['sophie', 'guillaume'].map((a) => ({ memberId: user(m).id, agentId: user(a).id, reason: 'deal_room' as const })),
    ),
    { memberId: user('partner').id, agentId: user('agent').id, reason: 'manual' },
    { memberId: user('boubacar').id, agentId: user('agent').id, reason: 'manual' },
    { memberId: user('faisal').id, agentId: user('nicolas').id, reason: 'manual' },
    { memberId: user('mathieu').id, agentId: user('julien').id, reason: 'request' },
    { memberId: user('caroline').id, agentId: user('nicolas').id, reason: 'request' },
  ];

  const requests = smallRequests(ids, at, orgIds, user, lumiere);
  const conversations = smallConversations(ids, at, user);

  // Posts, in time order, with their comments and reactions.
  const text = new TextGenerator(Rng.stream(seed, 'network:small-text'));
  const posts: PlanPost[] = [];
  const comments: PlanComment[] = [];
  const reactions: PlanReaction[] = [];
  const members = (spaceId: string) => spaceMembers.filter((m) => m.spaceId === spaceId && m.state === 'member');
  const written: SmallPost[] = [...POSTS, ...generatedPosts(rng, text)];
  written.sort((a, b) => b.daysAgo - a.daysAgo || a.space.localeCompare(b.space));
  for (const p of written) {
    const room = roomByKey.get(p.space);
    const space = spaceByKey.get(p.space);
    if (!room && !space) throw new Error(`small network: unknown space ${p.space}`);
    const level = room ? 3 : (p.level ?? space!.defaultLevel);
    const createdAt = at(p.daysAgo, p.hour ?? 8 + (posts.length % 10));
    const post: PlanPost = {
      id: ids.uuid(),
      spaceId: (room ?? space)!.id,
      authorId: user(p.author).id,
      title: p.title ?? '',
      body: p.body,
      html: renderMarkdown(p.body),
      level: level as PlanPost['level'],
      tlp: tlpOf(level as PlanPost['level'], p.red === true),
      compartmentId: room ? room.id : null,
      createdAt,
      editedAt: null,
      hidden: null,
    };
    posts.push(post);
    (p.comments ?? []).forEach((c, k) => {
      comments.push({
        id: ids.uuid(),
        postId: post.id,
        spaceId: post.spaceId,
        authorId: user(c.author).id,
        body: c.body,
        html: renderMarkdown(c.body),
        level: post.level,
        tlp: post.tlp,
        compartmentId: post.compartmentId,
        createdAt: new Date(Math.min(now.getTime() - 60_000, createdAt.getTime() + (k + 1) * 3 * 3_600_000)),
      });
    });
    // A few reactions from members who can read the post.
    const readers = room
      ? room.userIds
      : members(space!.id)
          .map((m) => m.userId)
          .filter((id) => level < 2 || users.find((u) => u.id === id)?.audience === 'agent');
    const count = rng.int(4);
    const seen = new Set<string>();
    for (let k = 0; k < count && readers.length > 0; k++) {
      const userId = rng.pick(readers);
      const kind = rng.pick(['like', 'thanks', 'insightful', 'support'] as const);
      if (seen.has(`${userId}:${kind}`)) continue;
      seen.add(`${userId}:${kind}`);
      reactions.push({
        postId: post.id,
        userId,
        kind,
        spaceId: post.spaceId,
        createdAt: new Date(Math.min(now.getTime() - 60_000, createdAt.getTime() + 3_600_000)),
      });
    }
  }

  return {
    organisations,
    users,
    spaces,
    spaceMembers,
    rooms,
    assignments,
    requests,
    conversations,
    postCount: posts.length,
    content: () => [{ posts, comments, reactions }],
  };
}

/** Generated posts on top of the written ones, so that each community has a believable history. */
function generatedPosts(rng: Rng, text: TextGenerator): SmallPost[] {
  const topics: { space: string; country: string | null; sector: Parameters<TextGenerator['post']>[0]['sector'] }[] = [
    { space: 'mali', country: 'ML', sector: null },
    { space: 'saudi', country: 'SA', sector: null },
    { space: 'energy', country: null, sector: 'energy' },
    { space: 'agri', country: null, sector: 'agri_food' },
    { space: 'finance', country: null, sector: null },
    { space: 'health', country: 'SA', sector: 'health' },
  ];
  const authors: Record<string, string[]> = {
    mali: ['agent', 'sophie', 'julien', 'mariam', 'boubacar', 'laure', 'company', 'mathieu'],
    saudi: ['nicolas', 'antoine', 'claireD', 'maxime', 'faisal', 'caroline'],
    energy: ['laure', 'guillaume', 'agent', 'baptiste', 'karim', 'thomas'],
    agri: ['elodie', 'mathieu', 'awaK', 'damien', 'boubacar'],
    finance: ['guillaume', 'sandrine', 'pierre', 'company', 'baptiste'],
    health: ['claireD', 'nicolas', 'caroline', 'hugo'],
  };
  const agents = new Set(MEMBERS.filter((m) => m.audience === 'agent').map((m) => m.key));
  const out: SmallPost[] = [];
  for (let i = 0; i < 100; i++) {
    const t = topics[i % topics.length]!;
    const author = rng.pick(authors[t.space]!);
    const { title, body } = text.post({ country: t.country ?? rng.pick(['ML', 'SA', 'SN', 'MA']), sector: t.sector });
    // Agents now and then write for agents only, in the communities everyone reads.
    const level = agents.has(author) && rng.chance(0.2) ? 2 : undefined;
    out.push({ space: t.space, author, title, body, daysAgo: 2 + rng.int(110), ...(level ? { level } : {}) });
  }
  return out;
}

function smallRequests(
  ids: Rng,
  at: (daysAgo: number, hour?: number) => Date,
  orgIds: Map<string, string>,
  user: (key: string) => PlanUser,
  lumiere: PlanRoom,
): PlanRequest[] {
  const mali = orgIds.get(embassyName('ML'))!;
  const riyadh = orgIds.get(embassyName('SA'))!;
  const bf = orgIds.get('Business France')!;
  const bpi = orgIds.get('Bpifrance')!;
  const request = (r: {
    requester: string;
    company: string;
    country: string;
    sector: string;
    need: string;
    message: string;
    queue: string;
    status: PlanRequest['status'];
    daysAgo: number;
    assignee?: string;
    routedTo?: string;
    contact?: string;
    amountEur?: number;
    note?: string;
    routingMessage?: string;
    room?: PlanRoom;
  }): PlanRequest => {
    const requester = user(r.requester);
    const createdAt = at(r.daysAgo, 10);
    const triagedAt = r.assignee ? new Date(createdAt.getTime() + 20 * 3_600_000) : null;
    const routedAt = r.routedTo && triagedAt ? new Date(triagedAt.getTime() + 30 * 3_600_000) : null;
    const assignee = r.assignee ? user(r.assignee) : null;
    const contact = r.contact ? user(r.contact) : null;
    const id = ids.uuid();
    const events: PlanRequest['events'] = [
      { at: createdAt, actorId: requester.id, kind: 'created', status: 'new', details: {}, body: null, level: 3 },
    ];
    if (assignee && triagedAt) {
      events.push(
        {
          at: triagedAt,
          actorId: assignee.id,
          kind: 'assigned',
          status: null,
          details: { assigneeId: assignee.id, previousAssigneeId: null },
          body: null,
          level: 2,
        },
        {
          at: triagedAt,
          actorId: assignee.id,
          kind: 'status',
          status: 'triaged',
          details: { from: 'new' },
          body: null,
          level: 3,
        },
      );
      if (r.note)
        events.push({
          at: triagedAt,
          actorId: assignee.id,
          kind: 'note',
          status: null,
          details: {},
          body: r.note,
          level: 2,
        });
    }
    if (assignee && routedAt && r.routedTo) {
      events.push(
        {
          at: routedAt,
          actorId: assignee.id,
          kind: 'routed',
          status: 'routed',
          details: { organisationId: r.routedTo, contactId: contact?.id ?? null },
          body: null,
          level: 3,
        },
        {
          at: routedAt,
          actorId: assignee.id,
          kind: 'routing_message',
          status: null,
          details: { organisationId: r.routedTo },
          body: r.routingMessage ?? null,
          level: 2,
        },
      );
    }
    if (r.status === 'in_progress' && routedAt)
      events.push({
        at: new Date(routedAt.getTime() + 48 * 3_600_000),
        actorId: contact?.id ?? assignee?.id ?? null,
        kind: 'status',
        status: 'in_progress',
        details: { from: 'routed' },
        body: null,
        level: 3,
      });
    if (r.room) {
      r.room.requestId = id;
      events.push({
        at: r.room.createdAt,
        actorId: r.room.createdBy,
        kind: 'deal_room',
        status: null,
        details: { dealRoomId: r.room.id },
        body: null,
        level: 3,
      });
    }
    return {
      id,
      compartmentId: ids.uuid(),
      companyName: r.company,
      countries: [r.country],
      sector: r.sector,
      need: r.need,
      message: r.message,
      requesterId: requester.id,
      contactName: requester.name,
      email: requester.email,
      organisationId: requester.organisationId,
      status: r.status,
      queueId: r.queue,
      assigneeId: assignee?.id ?? null,
      routedToId: r.routedTo ?? null,
      routedContactId: contact?.id ?? null,
      dealRoomId: r.room?.id ?? null,
      amountEur: r.amountEur ?? null,
      createdAt,
      triagedAt,
      closedAt: null,
      updatedAt: new Date(Math.max(...events.map((e) => e.at.getTime()))),
      userIds: [requester.id, ...(assignee ? [assignee.id] : []), ...(contact ? [contact.id] : [])],
      teamIds: [r.queue, ...(r.routedTo ? [r.routedTo] : [])],
      events,
    };
  };
  return [
    request({
      requester: 'company',
      company: 'Atelier Lumière SAS',
      country: 'ML',
      sector: 'energy',
      need: 'find_partners',
      message:
        'Nous préparons notre réponse à l’appel d’offres d’éclairage public solaire de Ségou et cherchons un ' +
        'installateur malien sérieux ainsi que des contacts à la mairie.',
      queue: mali,
      status: 'in_progress',
      daysAgo: 45,
      assignee: 'agent',
      routedTo: bf,
      contact: 'laure',
      amountEur: 15_000_000,
      note: 'Entreprise sérieuse, déjà présente au Sénégal. Prévoir une lettre de soutien.',
      routingMessage: 'Laure, peux-tu proposer deux installateurs de Ségou et de Bamako ? Merci.',
      room: lumiere,
    }),
    request({
      requester: 'karim',
      company: 'Hydro Sahel Ingénierie',
      country: 'ML',
      sector: 'environment_water',
      need: 'financing',
      message: 'Quels financements pour douze stations de pompage solaire autour de Kayes ?',
      queue: mali,
      status: 'triaged',
      daysAgo: 6,
      assignee: 'sophie',
      note: 'Voir avec Bpifrance pour l’assurance crédit.',
    }),
    request({
      requester: 'mathieu',
      company: 'Sahel Agro Export',
      country: 'ML',
      sector: 'agri_food',
      need: 'find_partners',
      message: 'Nous cherchons des distributeurs de produits transformés (mangue séchée, karité) à Bamako.',
      queue: mali,
      status: 'new',
      daysAgo: 1,
    }),
    request({
      requester: 'baptiste',
      company: 'Solaris Durable SAS',
      country: 'ML',
      sector: 'energy',
      need: 'financing',
      message: 'Mini-réseaux solaires pour six villages de la région de Sikasso : quels outils de financement ?',
      queue: mali,
      status: 'routed',
      daysAgo: 12,
      assignee: 'julien',
      routedTo: bpi,
      contact: 'guillaume',
      amountEur: 4_000_000,
      routingMessage: 'Projet éligible à l’assurance prospection, à voir avec vous.',
    }),
    request({
      requester: 'caroline',
      company: 'Médisanté Export',
      country: 'SA',
      sector: 'health',
      need: 'market_information',
      message: 'Appel d’offres pour l’équipement de l’hôpital de Tabouk : calendrier, homologation, partenaires.',
      queue: riyadh,
      status: 'triaged',
      daysAgo: 9,
      assignee: 'nicolas',
      amountEur: 300_000_000,
      note: 'Même traitement que les autres demandes : délai de tri respecté.',
    }),
  ];
}

function smallConversations(
  ids: Rng,
  at: (daysAgo: number, hour?: number) => Date,
  user: (key: string) => PlanUser,
): PlanConversation[] {
  const conversation = (keys: [string, string], lines: [number, string][], daysAgo: number): PlanConversation => {
    const [a, b] = keys.map(user) as [PlanUser, PlanUser];
    return {
      id: ids.uuid(),
      title: '',
      createdBy: a.id,
      userIds: [a.id, b.id],
      messages: lines.map(([who, body], k) => ({
        id: ids.uuid(),
        authorId: who === 0 ? a.id : b.id,
        body,
        createdAt: at(daysAgo - k * 0.1, 9 + k),
      })),
    };
  };
  return [
    conversation(
      ['agent', 'company'],
      [
        [0, 'Bonjour Claire, la mairie de Ségou reçoit les candidats le 12. Pouvez-vous être présente ?'],
        [1, 'Bonjour, oui, Thomas et moi serons à Bamako la veille.'],
        [0, 'Parfait. Je vous envoie le nom du secrétaire général.'],
        [1, 'Merci beaucoup !'],
      ],
      3,
    ),
    conversation(
      ['partner', 'agent'],
      [
        [0, 'Jean, la section organise un petit-déjeuner sur l’énergie solaire jeudi. Vous seriez des nôtres ?'],
        [1, 'Avec plaisir, je viendrai avec Sophie.'],
      ],
      8,
    ),
  ];
}
