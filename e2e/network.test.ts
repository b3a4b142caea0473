// The secure network in the browser: a company files a request; an agent of the Mali embassy finds it in the queue,
// assigns it to themself, routes it to Business France and opens a deal room from it; the company posts in the room
// and the agent reads the post; a second company sees no trace of any of it (lists, search, pages, API 404s with
// the body of a random id); a partner cannot open the agent directory. axe finds no serious violation on any
// network page. Each test makes its own people and data (organisations are shared by name).
import { randomBytes, randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../server/test/factories.ts';
import {
  type E2ePage,
  type E2eServer,
  eventually,
  formatViolations,
  launchBrowser,
  openPage,
  pageReady,
  seriousA11yViolations,
  signInViaApi,
  startServer,
} from './harness.ts';

let server: E2eServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const EMBASSY = 'Ambassade de France au Mali';
const UUID_PATH = /\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** A word the search engine keeps whole: letters only, unique per call. */
function uniqueWord(prefix: string): string {
  const letters = [...randomBytes(6)].map((b) => String.fromCharCode(97 + (b % 26))).join('');
  return `${prefix}${letters}`;
}

type User = Awaited<ReturnType<typeof makeUser>>;

interface World {
  agent: User;
  businessFrance: User;
  companyA: User;
  companyB: User;
  partner: User;
}

/** The people of one test: organisations by fixed name are shared, companies are new each time. */
async function makeWorld(): Promise<World> {
  const db = server.database.db;
  const tag = uniqueWord('');
  const agent = await makeUser(db, {
    audience: 'agent',
    no2fa: true,
    organisation: EMBASSY,
    organisationKind: 'diplomatic_post',
  });
  // The embassy's queue is chosen by the organisation's country.
  await db.updateTable('organisations').set({ country: 'ML' }).where('id', '=', agent.organisation_id).execute();
  const businessFrance = await makeUser(db, {
    audience: 'agent',
    no2fa: true,
    organisation: 'Business France',
    organisationKind: 'public_body',
  });
  const companyA = await makeUser(db, {
    audience: 'company',
    no2fa: true,
    organisation: `Conserverie ${tag} A`,
    organisationKind: 'company',
  });
  const companyB = await makeUser(db, {
    audience: 'company',
    no2fa: true,
    organisation: `Laiterie ${tag} B`,
    organisationKind: 'company',
  });
  const partner = await makeUser(db, {
    audience: 'partner',
    no2fa: true,
    organisation: `Association ${tag}`,
    organisationKind: 'association',
  });
  return { agent, businessFrance, companyA, companyB, partner };
}

interface Api {
  get(path: string): ReturnType<BrowserContext['request']['get']>;
  post(path: string, data: unknown): ReturnType<BrowserContext['request']['post']>;
}

/** The browser profile's own API calls (same cookies), with the CSRF token of the signed-in session. */
async function apiOf(context: BrowserContext): Promise<Api> {
  const me = (await (await context.request.get('/api/auth/me')).json()) as { csrfToken: string };
  return {
    get: (path) => context.request.get(`/api/network${path}`),
    post: (path, data) =>
      context.request.post(`/api/network${path}`, { data: data as object, headers: { 'x-csrf-token': me.csrfToken } }),
  };
}

async function postJson<T>(api: Api, path: string, data: unknown): Promise<T> {
  const response = await api.post(path, data);
  if (!response.ok()) throw new Error(`POST ${path}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

interface Session extends E2ePage {
  api: Api;
}

async function signedIn(user: User): Promise<Session> {
  const opened = await openPage(browser, server);
  await signInViaApi(opened.context, user.email, user.password);
  return { ...opened, api: await apiOf(opened.context) };
}

async function visit(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await pageReady(page);
}

async function expectAccessible(page: Page, label: string): Promise<void> {
  const violations = await seriousA11yViolations(page);
  expect(violations, formatViolations(label, violations)).toEqual([]);
}

/**
 * A problem document without what names the call: `instance` echoes the path asked (so the id the viewer sent) and
 * `requestId` is the log's. Everything else must be byte-identical.
 */
function comparable(body: string, path: string): Record<string, unknown> {
  const { requestId: _requestId, instance, ...rest } = JSON.parse(body) as Record<string, unknown>;
  expect(instance).toBe(`/api/network${path}`);
  return rest;
}

const mainText = async (page: Page) => (await page.locator('main').textContent()) ?? '';

describe('secure network', () => {
  it('a company files a request, the embassy routes it and opens a deal room, the company posts in it', async () => {
    const world = await makeWorld();
    const requestWord = uniqueWord('mangue');
    const routingWord = uniqueWord('transmis');
    const postWord = uniqueWord('karite');
    const roomName = `Salle ${uniqueWord('projet')}`;

    // Company A files the request in the browser.
    const company = await signedIn(world.companyA);
    await visit(company.page, '/reseau/demandes/nouvelle');
    await expectAccessible(company.page, 'new request');
    await company.page.getByLabel('Rechercher un pays').fill('Mali');
    await company.page.locator('label[for="hotline-country-ML"]').click();
    await company.page.getByLabel('Secteur', { exact: true }).selectOption('agri_food');
    await company.page.locator('label', { hasText: 'Information sur un marché' }).click();
    await company.page
      .getByRole('textbox', { name: /^Message/ })
      .fill(`Nous cherchons des acheteurs de ${requestWord} séchée à Bamako.`);
    await company.page.locator('label', { hasText: 'J’accepte que ma demande soit traitée' }).click();
    await company.page.getByRole('button', { name: 'Déposer la demande' }).click();
    await eventually(() => company.page.getByText('Demande déposée', { exact: true }).count()).toBeGreaterThan(0);
    const sent = (await company.page.getByText(/Votre demande DEM-\d{4}-\d+ est enregistrée/).textContent()) ?? '';
    const reference = /DEM-\d{4}-\d+/.exec(sent)?.[0] ?? '';
    expect(reference).toMatch(/^DEM-\d{4}-\d+$/);
    await expectAccessible(company.page, 'request filed');
    await company.page.getByRole('link', { name: 'Suivre la demande' }).click();
    await company.page.waitForURL(UUID_PATH);
    const requestId = UUID_PATH.exec(new URL(company.page.url()).pathname)?.[1] ?? '';
    await pageReady(company.page);
    await eventually(() => company.page.locator('main h1').textContent()).toContain(reference);

    // The embassy's agent finds it in the queue and handles it.
    const agent = await signedIn(world.agent);
    await visit(agent.page, '/reseau/demandes');
    await agent.page.getByRole('searchbox', { name: 'Référence ou entreprise' }).fill(reference);
    await agent.page.getByRole('button', { name: 'Filtrer', exact: true }).click();
    await agent.page.waitForURL(/[?&]q=DEM-/);
    await expectAccessible(agent.page, 'request queue');
    await agent.page.getByRole('link', { name: reference, exact: true }).click();
    await agent.page.waitForURL(`**/reseau/demandes/${requestId}`);
    await pageReady(agent.page);
    await eventually(() => mainText(agent.page)).toContain(requestWord);
    await expectAccessible(agent.page, 'request, agent view');
    const people = agent.page.locator('section[aria-labelledby="request-people"]');

    const assign = agent.page.getByRole('region', { name: 'Attribuer', exact: true });
    await assign.getByLabel('Agent', { exact: true }).selectOption(world.agent.id);
    await assign.getByRole('button', { name: 'Attribuer', exact: true }).click();
    const agentName = world.agent.email.split('@')[0] ?? '';
    await eventually(() => people.textContent()).toContain(`${agentName} (${EMBASSY})`);

    const route = agent.page.getByRole('region', { name: 'Orienter vers un partenaire' });
    await route.getByRole('searchbox', { name: 'Filtrer les organismes' }).fill('Business France');
    await route.getByLabel('Organisme partenaire').selectOption({ label: 'Business France' });
    await route.getByLabel('Contact', { exact: true }).selectOption(world.businessFrance.id);
    await route
      .getByRole('textbox', { name: 'Message au partenaire' })
      .fill(`Pouvez-vous les aider sur le ${routingWord} ?`);
    await route.getByRole('button', { name: 'Orienter', exact: true }).click();
    await eventually(() => people.textContent()).toContain('Business France');
    await eventually(() => mainText(agent.page)).toContain(routingWord);

    const open = agent.page.getByRole('region', { name: 'Ouvrir une salle de projet' });
    await open.getByRole('textbox', { name: 'Nom de la salle (facultatif)' }).fill(roomName);
    await open.getByRole('button', { name: 'Ouvrir la salle' }).click();
    await agent.page.waitForURL(/\/reseau\/salles\/[0-9a-f-]{36}$/);
    const roomId = UUID_PATH.exec(new URL(agent.page.url()).pathname)?.[1] ?? '';
    await pageReady(agent.page);
    await eventually(() => agent.page.locator('main h1').textContent()).toBe(roomName);

    // The company sees where its request went (not the agents’ message) and the room, then opens it from its rooms.
    await visit(company.page, `/reseau/demandes/${requestId}`);
    await eventually(() => company.page.locator('section[aria-labelledby="request-contacts"]').textContent()).toContain(
      'Business France',
    );
    expect(await mainText(company.page)).not.toContain(routingWord);
    // The request links to the room it opened, the company being one of the room's members.
    const roomLink = company.page
      .locator('section[aria-labelledby="request-contacts"]')
      .getByRole('link', { name: roomName, exact: true });
    expect(await roomLink.getAttribute('href')).toBe(`/reseau/salles/${roomId}`);
    await expectAccessible(company.page, 'request, company view');
    await visit(company.page, '/reseau/salles');
    await company.page.getByRole('link', { name: roomName, exact: true }).click();
    await company.page.waitForURL(`**/reseau/salles/${roomId}`);
    await pageReady(company.page);
    await eventually(() => company.page.locator('main h1').textContent()).toBe(roomName);
    await company.page.getByRole('textbox', { name: /^Texte/ }).fill(`Nos échantillons de ${postWord} sont prêts.`);
    await company.page.getByRole('button', { name: 'Publier', exact: true }).click();
    await eventually(() => company.page.getByText('Votre publication est en ligne.').count()).toBe(1);
    await eventually(() => company.page.locator('article', { hasText: postWord }).count()).toBe(1);
    await expectAccessible(company.page, 'deal room, company view');

    // The agent reads the company's post in the room.
    await visit(agent.page, `/reseau/salles/${roomId}`);
    await eventually(() => agent.page.locator('article', { hasText: postWord }).count()).toBe(1);
    await expectAccessible(agent.page, 'deal room, agent view');

    expect(company.problems).toEqual([]);
    expect(agent.problems).toEqual([]);
    await company.context.close();
    await agent.context.close();
  });

  it('a second company sees no trace of another company’s request and deal room', async () => {
    const world = await makeWorld();
    const requestWord = uniqueWord('baobab');
    const postWord = uniqueWord('sesame');
    const roomName = `Salle ${uniqueWord('secret')}`;

    // Company A's request, routed, with a room and a post: made through the API (not this test's subject).
    const companyA = await signedIn(world.companyA);
    const agent = await signedIn(world.agent);
    const request = await postJson<{ id: string; reference: string }>(companyA.api, '/requests', {
      countries: ['ML'],
      sector: 'agri_food',
      need: 'find_partners',
      message: `Exporter du ${requestWord} vers Bamako.`,
      consent: true,
    });
    await postJson(agent.api, `/requests/${request.id}/assign`, { assigneeId: world.agent.id });
    await postJson(agent.api, `/requests/${request.id}/route`, {
      organisationId: world.businessFrance.organisation_id,
      message: 'Une entreprise à accompagner.',
    });
    const { dealRoomId } = await postJson<{ dealRoomId: string }>(agent.api, `/requests/${request.id}/deal-room`, {
      name: roomName,
    });
    await postJson(companyA.api, `/spaces/${dealRoomId}/posts`, {
      body: `Le ${postWord} est prêt.`,
      label: { level: 3, tlp: 'AMBER' },
    });
    // The words can be found by those who may read them (so "nothing found" below means hidden, not unindexed).
    await visit(agent.page, `/reseau/recherche?q=${postWord}`);
    await eventually(() => mainText(agent.page)).toContain(postWord);

    const b = await signedIn(world.companyB);
    await visit(b.page, '/reseau/salles');
    await eventually(() => mainText(b.page)).toContain('Vous n’êtes membre d’aucune salle de projet.');
    expect(await mainText(b.page)).not.toContain(roomName);
    await visit(b.page, '/reseau/demandes');
    await eventually(() => mainText(b.page)).toContain('Vous n’avez déposé aucune demande pour l’instant.');
    expect(await mainText(b.page)).not.toContain(request.reference);

    for (const q of [requestWord, postWord, roomName, request.reference]) {
      await visit(b.page, `/reseau/recherche?q=${encodeURIComponent(q)}`);
      await eventually(() => mainText(b.page)).toContain('Aucun résultat que vous puissiez voir pour cette recherche.');
      // The query is echoed in the search box only, never in a result.
      expect(await b.page.locator('main section').count()).toBe(0);
    }

    for (const path of [`/reseau/salles/${dealRoomId}`, `/reseau/demandes/${request.id}`]) {
      await visit(b.page, path);
      await eventually(() => b.page.getByRole('alert').textContent()).toContain('Ressource introuvable.');
      const text = await mainText(b.page);
      for (const secret of [roomName, request.reference, requestWord, postWord]) expect(text).not.toContain(secret);
    }

    // The API: the same 404 body as a random id, for every way in.
    const random = randomUUID();
    const pairs: [string, string][] = [
      [`/deal-rooms/${dealRoomId}`, `/deal-rooms/${random}`],
      [`/deal-rooms/${dealRoomId}/members`, `/deal-rooms/${random}/members`],
      [`/spaces/${dealRoomId}`, `/spaces/${random}`],
      [`/spaces/${dealRoomId}/posts`, `/spaces/${random}/posts`],
      [`/requests/${request.id}`, `/requests/${random}`],
      [`/requests/${request.reference}`, '/requests/DEM-1999-999999'],
    ];
    for (const [hidden, unknown] of pairs) {
      const [h, u] = await Promise.all([b.api.get(hidden), b.api.get(unknown)]);
      expect(h.status(), hidden).toBe(404);
      expect(u.status(), unknown).toBe(404);
      expect(comparable(await h.text(), hidden), hidden).toEqual(comparable(await u.text(), unknown));
    }

    expect(b.problems).toEqual([]);
    for (const session of [companyA, agent, b]) await session.context.close();
  });

  it('a partner cannot open the agent directory', async () => {
    const world = await makeWorld();
    const partner = await signedIn(world.partner);
    await visit(partner.page, '/reseau/annuaire');
    await eventually(() => mainText(partner.page)).toContain('L’annuaire des agents est réservé aux agents publics.');
    // No "agents" choice in the member-type filter.
    const options = await partner.page.locator('main select option').allTextContents();
    expect(options).toContain('Partenaire');
    expect(options).not.toContain('Agent public');
    await expectAccessible(partner.page, 'directory, partner view');

    const refused = await partner.api.get('/members?audience=agent');
    expect(refused.status()).toBe(403);
    expect(((await refused.json()) as { code: string }).code).toBe('ERR_AGENT_DIRECTORY');
    // The agent gets the agents' list.
    const agent = await signedIn(world.agent);
    expect((await agent.api.get('/members?audience=agent')).status()).toBe(200);

    expect(partner.problems).toEqual([]);
    await partner.context.close();
    await agent.context.close();
  });

  /** A space with a post, a request with its room and a room post, a conversation: what the pages show. */
  async function populated(world: World) {
    const word = uniqueWord('acajou');
    const agent = await signedIn(world.agent);
    const company = await signedIn(world.companyA);
    const space = await postJson<{ id: string }>(agent.api, '/spaces', {
      name: `Agroalimentaire ${word}`,
      description: 'Échanges entre exportateurs.',
      kind: 'theme',
      level: 1,
      membership: 'open',
    });
    await postJson(agent.api, `/spaces/${space.id}/posts`, {
      title: `Salon ${word}`,
      body: `Le salon de **${word}** ouvre ses portes.`,
    });
    const request = await postJson<{ id: string }>(company.api, '/requests', {
      countries: ['ML'],
      sector: 'agri_food',
      need: 'trade_fairs',
      message: `Participer au salon ${word}.`,
      consent: true,
    });
    await postJson(agent.api, `/requests/${request.id}/assign`, { assigneeId: world.agent.id });
    const { dealRoomId } = await postJson<{ dealRoomId: string }>(agent.api, `/requests/${request.id}/deal-room`, {
      name: `Salle ${word}`,
    });
    await postJson(agent.api, `/spaces/${dealRoomId}/posts`, {
      body: `Ordre du jour : ${word}.`,
      label: { level: 3, tlp: 'RED' },
    });
    const conversation = await postJson<{ id: string }>(agent.api, '/messages', {
      participantIds: [world.companyA.id],
      body: `Bonjour, parlons de ${word}.`,
    });
    return {
      word,
      agent,
      company,
      spaceId: space.id,
      requestId: request.id,
      dealRoomId,
      conversationId: conversation.id,
    };
  }

  it('has no serious accessibility violation on the network pages, as an agent', async () => {
    const world = await makeWorld();
    const data = await populated(world);
    const pages = [
      '/reseau/fil',
      '/reseau/espaces',
      `/reseau/espaces/${data.spaceId}`,
      '/reseau/salles',
      `/reseau/salles/${data.dealRoomId}`,
      '/reseau/demandes',
      `/reseau/demandes/${data.requestId}`,
      '/reseau/demandes/nouvelle',
      '/reseau/annuaire',
      `/reseau/recherche?q=${data.word}`,
      '/reseau/messages',
      `/reseau/messages/${data.conversationId}`,
      '/reseau/notifications',
    ];
    for (const path of pages) {
      await visit(data.agent.page, path);
      // The page shows its data (the pages about this test's items name its word), not an error.
      if (/[0-9a-f-]{36}$|[?]q=/.test(path)) await eventually(() => mainText(data.agent.page)).toContain(data.word);
      expect(await data.agent.page.locator('main .fr-alert--error').count(), path).toBe(0);
      await expectAccessible(data.agent.page, `agent ${path}`);
    }
    expect(data.agent.problems).toEqual([]);
    await data.agent.context.close();
    await data.company.context.close();
  });

  it('has no serious accessibility violation on the network pages, as a company member', async () => {
    const world = await makeWorld();
    const data = await populated(world);
    const pages = [
      '/reseau/fil',
      '/reseau/espaces',
      `/reseau/espaces/${data.spaceId}`,
      '/reseau/salles',
      `/reseau/salles/${data.dealRoomId}`,
      '/reseau/demandes',
      `/reseau/demandes/${data.requestId}`,
      '/reseau/annuaire',
      `/reseau/recherche?q=${data.word}`,
      '/reseau/messages',
      `/reseau/messages/${data.conversationId}`,
      '/reseau/notifications',
    ];
    for (const path of pages) {
      await visit(data.company.page, path);
      // The page shows its data (the pages about this test's items name its word), not an error.
      if (/[0-9a-f-]{36}$|[?]q=/.test(path)) await eventually(() => mainText(data.company.page)).toContain(data.word);
      expect(await data.company.page.locator('main .fr-alert--error').count(), path).toBe(0);
      await expectAccessible(data.company.page, `company ${path}`);
    }
    expect(data.company.problems).toEqual([]);
    await data.agent.context.close();
    await data.company.context.close();
  });
});
