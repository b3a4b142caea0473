// A generated network (sizes demo and large): the ministry, its embassies and the public bodies of Team France
// Export, partner organisations per country, companies; members with profiles; communities by country, sector
// and theme; memberships by affinity and popularity; deal rooms around one company each; front-office requests;
// conversations. Deterministic: one seed, independent Rng streams per part (content.ts writes the posts).
import { SECTORS, type Sector, sectorLabels } from '../../../common/network-terms.ts';
import { HOTLINE_NEEDS } from '../../../common/portal-terms.ts';
import type { OrganisationKind, Role } from '../../db/schema.ts';
import { worldCountryList } from '../../observatory/index.ts';
import { AliasTable, Rng } from '../../shared/random.ts';
import { contentStream } from './content.ts';
import {
  DAY_MS,
  type NetworkPlan,
  type PlanAssignment,
  type PlanConversation,
  type PlanOrganisation,
  type PlanRequest,
  type PlanRequestEvent,
  type PlanRoom,
  type PlanSpace,
  type PlanSpaceMember,
  type PlanUser,
} from './plan.ts';
import type { NetworkSizeSpec } from './sizes.ts';
import { place, TextGenerator } from './text.ts';
import {
  AGENT_TITLES,
  CITIES,
  COMPANY_KINDS,
  COMPANY_PLACES,
  COMPANY_ROOTS,
  COMPANY_TITLES,
  EXPERTISE,
  FIRST_NAMES_FR,
  FIRST_NAMES_WORLD,
  FRENCH_ASSOCIATIONS,
  LAST_NAMES_FR,
  LAST_NAMES_WORLD,
  PARTNER_TITLES,
  PROJECT_KINDS,
  PUBLIC_BODIES,
  REGIONS,
  THEMES,
} from './words.ts';

/** What the database already holds that the network attaches to. */
export interface ExistingData {
  /** Organisations by name (the demo's ministry, embassies, companies...): reused, not duplicated. */
  organisations: ReadonlyMap<string, string>;
  /** The demo accounts present, by e-mail. */
  demoAccounts: ReadonlyMap<string, { id: string; organisationId: string; audience: string; name: string }>;
}

export const MINISTRY = 'Ministère de l’Europe et des Affaires étrangères';
export const embassyName = (code: string) => `Ambassade de France ${place(code).in}`;

/** Lower-case ASCII for e-mail addresses. */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** "de Ségou", "d’Abidjan". */
export const deName = (name: string) => (/^[aeiouyéèêàâîôûh]/i.test(name) ? `d’${name}` : `de ${name}`);

const DOMAINS = { agent: 'agents.reseau.test', partner: 'partenaires.reseau.test', company: 'entreprises.reseau.test' };

/** The embassy countries: the busiest first (the word lists' countries, Mali and Saudi Arabia leading), then by area. */
function embassyCountries(count: number): string[] {
  const preferred = ['ML', 'SA', ...Object.keys(CITIES).filter((c) => c !== 'ML' && c !== 'SA')];
  const states = worldCountryList()
    .filter((c) => c.state && c.code !== 'FR' && !preferred.includes(c.code))
    .sort((a, b) => (b.area ?? 0) - (a.area ?? 0) || a.code.localeCompare(b.code))
    .map((c) => c.code);
  return [...preferred, ...states].slice(0, count);
}

const rankWeights = (n: number, s: number) => Array.from({ length: n }, (_, i) => 1 / (i + 1) ** s);

interface Org extends PlanOrganisation {
  sector?: Sector;
  /** Agents (or members) of this organisation, as user indices. */
  users: number[];
}

interface Person extends PlanUser {
  index: number;
  org: Org;
  /** Sectors of interest (companies: their sector). */
  sectors: Sector[];
}

export function genericPlan(spec: NetworkSizeSpec, seed: number, now: Date, existing: ExistingData): NetworkPlan {
  const stream = (label: string) => Rng.stream(seed, `network:${label}`);
  const ids = stream('ids');
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY_MS);

  // --- Organisations --------------------------------------------------------------------------------------
  const organisations: Org[] = [];
  const org = (name: string, kind: OrganisationKind, country: string | null, sector?: Sector): Org => {
    const fresh = ids.uuid();
    const found = existing.organisations.get(name);
    const o: Org = { id: found ?? fresh, name, kind, country, existing: found !== undefined, users: [] };
    if (sector) o.sector = sector;
    organisations.push(o);
    return o;
  };
  const countries = embassyCountries(spec.embassies);
  const ministry = org(MINISTRY, 'ministry', 'FR');
  const embassies = countries.map((code) => org(embassyName(code), 'diplomatic_post', code));
  const embassyOf = new Map(countries.map((code, i) => [code, embassies[i]!]));
  const publicBodies = PUBLIC_BODIES.map((name) => org(name, 'public_body', 'FR'));
  const partnerOrgs: Org[] = [];
  const partnerCountries = countries.slice(0, Math.max(4, Math.round(countries.length / 2)));
  for (const code of partnerCountries) {
    const p = place(code);
    partnerOrgs.push(org(`Conseillers du commerce extérieur – section ${p.name}`, 'association', code));
    partnerOrgs.push(org(`CCI France ${p.name}`, 'association', code));
    partnerOrgs.push(org(`Agence de promotion des investissements ${p.of}`, 'foreign_body', code));
  }
  for (const name of FRENCH_ASSOCIATIONS) partnerOrgs.push(org(name, 'association', 'FR'));
  const orgRng = stream('companies');
  const companies: Org[] = [];
  const companyNames = new Set<string>();
  const sectorTable = new AliasTable(rankWeights(SECTORS.length, 0.5));
  const sectorOrder = orgRng.shuffle([...SECTORS]);
  const endings = ['tech', 'via', 'sol', 'nova', 'lis', 'ex', 'is', 'ance', 'ora', 'up', 'line', 'go'];
  while (companies.length < spec.companies) {
    const root = orgRng.pick(COMPANY_ROOTS);
    const name = orgRng.chance(0.5)
      ? `${root} ${orgRng.pick(COMPANY_PLACES)} ${orgRng.pick(COMPANY_KINDS)}`
      : `${root}${orgRng.pick(endings)} ${orgRng.pick(COMPANY_KINDS)}`;
    if (companyNames.has(name)) continue;
    companyNames.add(name);
    companies.push(org(name, 'company', 'FR', sectorOrder[sectorTable.sample(orgRng)]!));
  }

  // --- Members --------------------------------------------------------------------------------------------
  const people: Person[] = [];
  const userRng = stream('users');
  const person = (audience: Person['audience'], o: Org, world: boolean): Person => {
    const index = people.length;
    const first = userRng.pick(world ? FIRST_NAMES_WORLD : FIRST_NAMES_FR);
    const last = userRng.pick(world ? LAST_NAMES_WORLD : LAST_NAMES_FR);
    const createdAt = at(spec.days + 30 + userRng.int(700));
    const sectors: Sector[] = o.sector
      ? [o.sector]
      : Array.from({ length: 1 + userRng.int(2) }, () => sectorOrder[sectorTable.sample(userRng)]!);
    const titles = audience === 'agent' ? AGENT_TITLES : audience === 'partner' ? PARTNER_TITLES : COMPANY_TITLES;
    const publicShare = audience === 'agent' ? 0.35 : audience === 'partner' ? 0.5 : 0.4;
    const verifiedShare = audience === 'agent' ? 0.8 : audience === 'partner' ? 0.6 : 0.3;
    const country = o.kind === 'public_body' && userRng.chance(0.4) ? userRng.pick(countries) : o.country;
    const languages = ['fr', ...(userRng.chance(0.8) ? ['en'] : []), ...(userRng.chance(0.2) ? ['es'] : [])];
    const p: Person = {
      index,
      org: o,
      sectors: [...new Set(sectors)],
      id: ids.uuid(),
      organisationId: o.id,
      email: `${slug(first)}.${slug(last)}.${index + 1}@${DOMAINS[audience]}`,
      name: `${first} ${last}`,
      audience,
      roles: [],
      lang: audience === 'partner' && world && userRng.chance(0.3) ? 'en' : 'fr',
      createdAt,
      partnerExpiresAt: audience === 'partner' ? at(-(90 + userRng.int(640))) : null,
      existing: false,
      profile: {
        title: userRng.pick(titles),
        country,
        sectors: [...new Set(sectors)],
        expertise: [...new Set(Array.from({ length: 1 + userRng.int(4) }, () => userRng.pick(EXPERTISE)))],
        languages,
        bio: `${userRng.pick(titles)} – ${o.name}. ${sectors.map((s) => sectorLabels[s].fr).join(', ')}.`,
        publicProfile: userRng.chance(publicShare),
        verifiedAt: userRng.chance(verifiedShare) ? new Date(createdAt.getTime() + 7 * DAY_MS) : null,
      },
    };
    people.push(p);
    o.users.push(index);
    return p;
  };

  // Agents: a quarter at the ministry, a fifth in the public bodies, the rest in the embassies (three at least each).
  const ministryAgents = Math.round(spec.agents * 0.25);
  const bodyAgents = Math.round(spec.agents * 0.2);
  for (let i = 0; i < ministryAgents; i++) person('agent', ministry, false);
  const bodyTable = new AliasTable(publicBodies.map((_, i) => (i === 0 ? 8 : i === 1 ? 4 : 1)));
  for (let i = 0; i < bodyAgents; i++) person('agent', publicBodies[bodyTable.sample(userRng)]!, false);
  for (const e of embassies) for (let i = 0; i < 3; i++) person('agent', e, false);
  const embassyTable = new AliasTable(rankWeights(embassies.length, 0.6));
  while (people.length < spec.agents) person('agent', embassies[embassyTable.sample(userRng)]!, false);
  // A few agents moderate the platform.
  for (const p of people) if (userRng.chance(0.005)) p.roles = ['moderator' as Role];
  const agentCount = people.length;

  const partnerTable = new AliasTable(partnerOrgs.map((o) => (o.country === 'FR' ? 1.5 : 1)));
  for (let i = 0; i < spec.partners; i++) {
    const o = partnerOrgs[partnerTable.sample(userRng)]!;
    person('partner', o, o.kind === 'foreign_body' || (o.country !== 'FR' && userRng.chance(0.5)));
  }
  for (const c of companies) person('company', c, false);
  const companyTable = new AliasTable(rankWeights(companies.length, 0.8));
  while (people.length < agentCount + spec.partners + spec.companyMembers)
    person('company', companies[companyTable.sample(userRng)]!, false);

  // The demo accounts take part too (memberships only; their profiles are added if they have none).
  const demo: Person[] = [];
  for (const [email, account] of existing.demoAccounts) {
    const o = organisations.find((x) => x.id === account.organisationId);
    const p: Person = {
      index: people.length,
      org: o ?? ministry,
      sectors: ['energy', 'agri_food'],
      id: account.id,
      organisationId: account.organisationId,
      email,
      name: account.name,
      audience: account.audience as Person['audience'],
      roles: [],
      lang: 'fr',
      createdAt: at(spec.days + 60),
      partnerExpiresAt: null,
      existing: true,
      profile: {
        title: account.audience === 'agent' ? 'Conseiller économique' : 'Responsable export',
        country: o?.country ?? 'FR',
        sectors: ['energy', 'agri_food'],
        expertise: ['financement de projets', 'Afrique de l’Ouest'],
        languages: ['fr', 'en'],
        bio: '',
        publicProfile: true,
        verifiedAt: at(spec.days),
      },
    };
    people.push(p);
    demo.push(p);
  }
  const agents = people.filter((p) => p.audience === 'agent');

  // --- Communities ----------------------------------------------------------------------------------------
  const spaceRng = stream('spaces');
  const spaces: PlanSpace[] = [];
  const usedNames = new Set<string>();
  const ownerFor = (country: string | null): Person => {
    const embassy = country ? embassyOf.get(country) : undefined;
    const pool = embassy && embassy.users.length > 0 ? embassy.users : ministry.users;
    return people[spaceRng.pick(pool)]!;
  };
  const addSpace = (
    kind: PlanSpace['kind'],
    name: string,
    description: string,
    country: string | null,
    sector: Sector | null,
    fixedLevel?: 0 | 1 | 2,
  ) => {
    if (usedNames.has(name)) return;
    usedNames.add(name);
    const draw = spaceRng.next();
    const level = fixedLevel ?? (draw < 0.1 ? 0 : draw < 0.82 ? 1 : 2);
    const defaultLevel = level === 0 && spaceRng.chance(0.4) ? 1 : level;
    const policy = spaceRng.next();
    const membership =
      level === 2
        ? policy < 0.6
          ? 'request'
          : 'invitation'
        : policy < 0.65
          ? 'open'
          : policy < 0.9
            ? 'request'
            : 'invitation';
    spaces.push({
      id: ids.uuid(),
      kind,
      name: name.slice(0, 120),
      description,
      country,
      sector,
      level,
      defaultLevel,
      membership,
      createdBy: ownerFor(country).id,
      createdAt: at(spec.days + 30 + spaceRng.int(400)),
    });
  };
  const countrySpaces = Math.min(countries.length, Math.round(spec.communities * 0.45));
  const sectorSpaces = Math.round(spec.communities * 0.25);
  for (const code of countries.slice(0, countrySpaces)) {
    const p = place(code);
    // Mali and Saudi Arabia keep an open community (the demo accounts and the small network live there).
    const demoCountry = code === 'ML' || code === 'SA';
    if (spaceRng.chance(0.12) && !demoCountry)
      addSpace('country', `Réseau des agents ${p.in}`, `Échanges internes du réseau ${p.in}.`, code, null, 2);
    else
      addSpace(
        'country',
        p.name,
        `Affaires, projets, contacts et veille ${p.in}.`,
        code,
        null,
        demoCountry ? 1 : undefined,
      );
  }
  for (const sector of SECTORS) {
    if (spaces.length >= countrySpaces + sectorSpaces) break;
    addSpace(
      'sector',
      sectorLabels[sector].fr,
      `La communauté ${sectorLabels[sector].fr.toLowerCase()} à l’export.`,
      null,
      sector,
      1,
    );
  }
  for (let round = 0; spaces.length < countrySpaces + sectorSpaces && round < 10_000; round++) {
    const sector = SECTORS[round % SECTORS.length]!;
    const region = REGIONS[Math.floor(round / SECTORS.length) % REGIONS.length]!;
    const label = sectorLabels[sector].fr;
    addSpace('sector', `${label} – ${region.name}`, `${label} : projets et acteurs, ${region.name}.`, null, sector);
  }
  for (let round = 0; spaces.length < spec.communities && round < 10_000; round++) {
    const theme = THEMES[round % THEMES.length]!;
    const level = theme.name.includes('réseau des agents') ? 2 : undefined;
    if (round < THEMES.length) addSpace('theme', theme.name, theme.description, null, null, level ?? 1);
    else {
      const region = REGIONS[Math.floor(round / THEMES.length - 1) % REGIONS.length]!;
      addSpace('theme', `${theme.name} – ${region.name}`, theme.description, null, null, level);
    }
  }

  // --- Memberships: affinity first (own country, own sectors), then popularity --------------------------------
  const memberRng = stream('members');
  const popularity = memberRng.shuffle(spaces.map((_, i) => i));
  const weights = new Float64Array(spaces.length);
  popularity.forEach((spaceIdx, rank) => {
    weights[spaceIdx] = 1 / (rank + 1) ** 0.7;
  });
  const visibleToOutsiders = spaces.map((s, i) => (s.level <= 1 ? i : -1)).filter((i) => i >= 0);
  const allTable = new AliasTable(weights);
  const outsiderTable = new AliasTable(visibleToOutsiders.map((i) => weights[i]!));
  const byCountry = new Map<string, number[]>();
  const bySector = new Map<string, number[]>();
  spaces.forEach((s, i) => {
    if (s.country) byCountry.set(s.country, [...(byCountry.get(s.country) ?? []), i]);
    if (s.sector) bySector.set(s.sector, [...(bySector.get(s.sector) ?? []), i]);
  });
  const members: Map<number, Map<number, PlanSpaceMember>> = new Map(spaces.map((_, i) => [i, new Map()]));
  const joined: number[] = [];
  const join = (p: Person, spaceIdx: number) => {
    const space = spaces[spaceIdx]!;
    if (p.audience !== 'agent' && space.level > 1) return;
    const list = members.get(spaceIdx)!;
    if (list.has(p.index)) return;
    joined[p.index] = (joined[p.index] ?? 0) + 1;
    const pending = memberRng.chance(0.02);
    const state = pending ? (space.membership === 'invitation' ? 'invited' : 'requested') : 'member';
    list.set(p.index, {
      spaceId: space.id,
      userId: p.id,
      role: 'member',
      state,
      invitedBy: space.membership === 'invitation' ? space.createdBy : null,
      createdAt: new Date(space.createdAt.getTime() + memberRng.int(30 * 24) * 3_600_000),
    });
  };
  for (const p of people) {
    const agent = p.audience === 'agent';
    const target = p.existing
      ? agent
        ? 15
        : 6
      : agent
        ? 5 + Math.floor(26 * memberRng.next() ** 2)
        : 2 + Math.floor(9 * memberRng.next() ** 2);
    const country = p.org.country !== 'FR' ? p.org.country : p.profile.country;
    for (const i of country ? (byCountry.get(country) ?? []) : []) join(p, i);
    for (const s of p.sectors) {
      const own = bySector.get(s) ?? [];
      if (own.length > 0) join(p, memberRng.pick(own));
    }
    for (let tries = 0; (joined[p.index] ?? 0) < target && tries < target * 4; tries++) {
      join(p, agent ? allTable.sample(memberRng) : visibleToOutsiders[outsiderTable.sample(memberRng)]!);
    }
  }
  // Owners are the creating agents; one or two more agents moderate each community.
  const personById = new Map(people.map((p) => [p.id, p]));
  spaces.forEach((space, i) => {
    const list = members.get(i)!;
    const owner = personById.get(space.createdBy)!;
    list.set(owner.index, {
      spaceId: space.id,
      userId: owner.id,
      role: 'owner',
      state: 'member',
      invitedBy: null,
      createdAt: space.createdAt,
    });
    const agentMembers = [...list.entries()].filter(
      ([idx, m]) => people[idx]!.audience === 'agent' && m.role === 'member' && m.state === 'member',
    );
    for (let k = 0; k < 1 + memberRng.int(2) && agentMembers.length > 0; k++) {
      const [, m] = agentMembers.splice(memberRng.int(agentMembers.length), 1)[0]!;
      m.role = 'moderator';
    }
  });

  // --- Deal rooms: one company each, its members, two to four agents, sometimes the embassy's team ------------
  const roomRng = stream('rooms');
  const rooms: PlanRoom[] = [];
  const assignments = new Map<string, PlanAssignment>();
  const assign = (memberId: string, agentId: string, reason: PlanAssignment['reason']) => {
    const key = `${memberId}:${agentId}`;
    if (!assignments.has(key)) assignments.set(key, { memberId, agentId, reason });
  };
  const roomCompanies = roomRng.shuffle([...companies]);
  const countryTable = new AliasTable(rankWeights(countries.length, 0.8));
  const roomNames = new Set<string>();
  const roomsOfCompany = new Map<string, PlanRoom[]>();
  const bf = publicBodies[0]!;
  const agentOf = (o: Org) => (o.users.length > 0 ? people[roomRng.pick(o.users)]! : null);
  for (let i = 0; i < spec.dealRooms; i++) {
    const company = roomCompanies[i % roomCompanies.length]!;
    const country = countries[countryTable.sample(roomRng)]!;
    const p = place(country);
    const kind = roomRng.pick(PROJECT_KINDS[company.sector ?? 'energy']);
    let name = `${kind} ${deName(roomRng.pick(p.cities))}`;
    for (let phase = 2; roomNames.has(name); phase++) name = `${name.replace(/ \(phase \d+\)$/, '')} (phase ${phase})`;
    roomNames.add(name);
    const embassy = embassyOf.get(country);
    const creator = (embassy && agentOf(embassy)) || agentOf(bf) || people[ministry.users[0]!]!;
    const agentIds = new Set([creator.id]);
    const extra = 1 + roomRng.int(3);
    for (let k = 0; k < extra; k++) {
      const from = roomRng.chance(0.5) && embassy ? embassy : roomRng.pick(publicBodies.slice(0, 3));
      const a = agentOf(from);
      if (a) agentIds.add(a.id);
    }
    const companyIds = [company.id];
    const outsiders = company.users.slice(0, 4).map((idx) => people[idx]!.id);
    const consortium = roomRng.chance(0.03);
    if (consortium) {
      const partner = companies[roomRng.int(companies.length)]!;
      if (partner.id !== company.id) {
        companyIds.push(partner.id);
        outsiders.push(...partner.users.slice(0, 2).map((idx) => people[idx]!.id));
      }
    }
    const room: PlanRoom = {
      id: ids.uuid(),
      name,
      companyIds,
      project: `${name} : projet porté par ${company.name} ${p.in}.`,
      sector: company.sector ?? 'energy',
      country,
      consortium: companyIds.length > 1,
      status: roomRng.chance(0.1) ? 'closed' : 'open',
      createdBy: creator.id,
      createdAt: at(spec.days + roomRng.int(200)),
      userIds: [...agentIds, ...outsiders],
      teamIds: embassy && roomRng.chance(0.3) ? [embassy.id] : [],
      requestId: null,
    };
    rooms.push(room);
    roomsOfCompany.set(company.id, [...(roomsOfCompany.get(company.id) ?? []), room]);
    for (const member of outsiders) for (const agentId of agentIds) assign(member, agentId, 'deal_room');
  }

  // Partners know one or two agents of their country's embassy (their sponsors' colleagues).
  for (const p of people) {
    if (p.audience !== 'partner' || p.existing) continue;
    const embassy = p.org.country ? embassyOf.get(p.org.country) : undefined;
    const a = agentOf(embassy ?? bf);
    if (a) assign(p.id, a.id, 'manual');
  }

  // --- Front-office requests ---------------------------------------------------------------------------------
  const requestRng = stream('requests');
  const requestText = new TextGenerator(stream('request-text'));
  const requests: PlanRequest[] = [];
  const companyMembers = people.filter((p) => p.audience === 'company' && !p.existing);
  const routable = publicBodies.slice(0, 4);
  for (let i = 0; i < spec.requests && companyMembers.length > 0; i++) {
    const requester = requestRng.pick(companyMembers);
    const company = requester.org;
    const country = countries[countryTable.sample(requestRng)]!;
    const queue = embassyOf.get(country) ?? ministry;
    const ageDays = requestRng.int(spec.days);
    const createdAt = new Date(at(ageDays).getTime() - requestRng.int(86_400) * 1000);
    const sector = company.sector ?? 'energy';
    const draw = requestRng.next();
    const status: PlanRequest['status'] =
      ageDays < 3 || draw < 0.15
        ? 'new'
        : draw < 0.3
          ? 'triaged'
          : draw < 0.55
            ? 'routed'
            : draw < 0.75
              ? 'in_progress'
              : 'closed';
    const hours = (h: number) => new Date(createdAt.getTime() + h * 3_600_000);
    const events: PlanRequestEvent[] = [
      { at: createdAt, actorId: requester.id, kind: 'created', status: 'new', details: {}, body: null, level: 3 },
    ];
    const userIds = [requester.id];
    const teamIds = queue ? [queue.id] : [];
    let assignee: Person | null = null;
    let routedTo: Org | null = null;
    let contact: Person | null = null;
    let triagedAt: Date | null = null;
    let closedAt: Date | null = null;
    let last = createdAt;
    if (status !== 'new' && queue.users.length > 0) {
      assignee = people[requestRng.pick(queue.users)]!;
      triagedAt = hours(2 + requestRng.int(70));
      last = triagedAt;
      userIds.push(assignee.id);
      assign(requester.id, assignee.id, 'request');
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
      if (requestRng.chance(0.4)) {
        events.push({
          at: triagedAt,
          actorId: assignee.id,
          kind: 'note',
          status: null,
          details: {},
          body: `Note interne : ${requestText.comment({ country, sector })}`,
          level: 2,
        });
      }
    }
    if ((status === 'routed' || status === 'in_progress' || status === 'closed') && assignee && triagedAt) {
      routedTo = routable[requestRng.int(routable.length)]!;
      contact = routedTo.users.length > 0 ? people[requestRng.pick(routedTo.users)]! : null;
      const routedAt = new Date(triagedAt.getTime() + (1 + requestRng.int(96)) * 3_600_000);
      last = routedAt;
      teamIds.push(routedTo.id);
      if (contact && !userIds.includes(contact.id)) userIds.push(contact.id);
      events.push(
        {
          at: routedAt,
          actorId: assignee.id,
          kind: 'routed',
          status: 'routed',
          details: { organisationId: routedTo.id, contactId: contact?.id ?? null },
          body: null,
          level: 3,
        },
        {
          at: routedAt,
          actorId: assignee.id,
          kind: 'routing_message',
          status: null,
          details: { organisationId: routedTo.id },
          body: `Merci de prendre contact avec ${company.name} au sujet de son projet ${place(country).in}.`,
          level: 2,
        },
      );
      if (status !== 'routed') {
        last = new Date(routedAt.getTime() + (1 + requestRng.int(240)) * 3_600_000);
        events.push({
          at: last,
          actorId: contact?.id ?? assignee.id,
          kind: 'status',
          status: status === 'closed' ? 'closed' : 'in_progress',
          details: { from: 'routed' },
          body: null,
          level: 3,
        });
        if (status === 'closed') closedAt = last;
      }
    }
    if (last > now) last = now;
    const room = (roomsOfCompany.get(company.id) ?? []).find((r) => r.requestId === null && r.country === country);
    const requestId = ids.uuid();
    if (room && status !== 'new') {
      room.requestId = requestId;
      events.push({
        at: last,
        actorId: assignee?.id ?? null,
        kind: 'deal_room',
        status: null,
        details: { dealRoomId: room.id },
        body: null,
        level: 3,
      });
    }
    requests.push({
      id: requestId,
      compartmentId: ids.uuid(),
      companyName: company.name,
      countries: [country],
      sector,
      need: requestRng.pick(HOTLINE_NEEDS),
      message: requestText.post({ country, sector }).body.split('\n\n')[0]!,
      requesterId: requester.id,
      contactName: requester.name,
      email: requester.email,
      organisationId: company.id,
      status,
      queueId: queue.id,
      assigneeId: assignee?.id ?? null,
      routedToId: routedTo?.id ?? null,
      routedContactId: contact?.id ?? null,
      dealRoomId: room && status !== 'new' ? room.id : null,
      amountEur: requestRng.chance(0.4) ? (1 + requestRng.int(300)) * 1_000_000 : null,
      createdAt,
      triagedAt,
      closedAt,
      updatedAt: last,
      userIds,
      teamIds,
      events: events.map((e) => (e.at > now ? { ...e, at: now } : e)),
    });
  }

  // --- Conversations: an agent with an outsider assigned to them, or two agents ------------------------------
  const talkRng = stream('conversations');
  const talkText = new TextGenerator(stream('conversation-text'));
  const assignmentList = [...assignments.values()];
  const conversations: PlanConversation[] = [];
  for (let i = 0; i < spec.conversations; i++) {
    const pair: [string, string] =
      assignmentList.length > 0 && talkRng.chance(0.6)
        ? (() => {
            const a = talkRng.pick(assignmentList);
            return [a.agentId, a.memberId];
          })()
        : [talkRng.pick(agents).id, talkRng.pick(agents).id];
    if (pair[0] === pair[1]) continue;
    let time = at(talkRng.int(spec.days)).getTime();
    const count = 2 + talkRng.int(5);
    const messages = Array.from({ length: count }, (_, k) => {
      time = Math.min(now.getTime() - 60_000, time + (5 + talkRng.int(600)) * 60_000);
      return {
        id: ids.uuid(),
        authorId: pair[k % 2]!,
        body: talkText.comment({ country: talkRng.pick(countries), sector: null }),
        createdAt: new Date(time),
      };
    });
    conversations.push({ id: ids.uuid(), title: '', createdBy: pair[0], userIds: pair, messages });
  }

  const spaceMembers = [...members.values()].flatMap((list) => [...list.values()]);
  const content = contentStream({
    spec,
    seed,
    now,
    spaces,
    rooms,
    people,
    spaceMembers: members,
    companyName: new Map(companies.map((c) => [c.id, c.name])),
    fallbackCountries: countries,
  });
  return {
    organisations,
    users: people,
    spaces,
    spaceMembers,
    rooms,
    assignments: [...assignments.values()],
    requests,
    conversations,
    postCount: spec.posts,
    content,
  };
}
