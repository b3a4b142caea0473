// The observatory's editor pages in the browser: an editor agent adds an actor and one of its accounts in the
// registry, uploads a minet tweet CSV and watches the import finish; visitors and non-editors are kept out of
// the imports page; axe finds no serious violation on the account, registry and network pages (light and dark).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeUser } from '../server/test/factories.ts';
import {
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
let editor: { email: string; password: string };

// The header of the médialab tweet CSV layout (../shared/data/format-sample-minet-tweets.csv), 59 columns.
const MINET_HEADER =
  'id,timestamp_utc,local_time,user_screen_name,text,possibly_sensitive,retweet_count,like_count,reply_count,' +
  'impression_count,lang,to_username,to_userid,to_tweetid,source_name,source_url,user_location,lat,lng,user_id,' +
  'user_name,user_verified,user_verified_type,user_is_blue_verified,user_description,user_url,user_image,' +
  'user_tweets,user_followers,user_friends,user_likes,user_lists,user_created_at,user_timestamp_utc,' +
  'collected_via,match_query,retweeted_id,retweeted_user,retweeted_user_id,retweeted_timestamp_utc,quoted_id,' +
  'quoted_user,quoted_user_id,quoted_timestamp_utc,collection_time,url,place_country_code,place_name,place_type,' +
  'place_coordinates,links,domains,media_urls,media_files,media_types,media_alt_texts,mentioned_names,' +
  'mentioned_ids,hashtags';

/** Three tweets of one embassy account: an original, a reply to another account, and a mention. */
function minetFixture(): string {
  const columns = MINET_HEADER.split(',');
  const base = {
    user_screen_name: 'FranceE2eEmbassy',
    user_id: '9100000001',
    user_name: 'Ambassade de France (e2e)',
    user_followers: '1200',
    user_friends: '80',
    user_tweets: '3',
    lang: 'fr',
    retweet_count: '4',
    like_count: '12',
  };
  const rows: Record<string, string>[] = [
    {
      ...base,
      id: '1900000000000000001',
      timestamp_utc: '1735725600',
      local_time: '2025-01-01T10:00:00',
      text: 'Bonne année à tous nos partenaires !',
    },
    {
      ...base,
      id: '1900000000000000002',
      timestamp_utc: '1735812000',
      local_time: '2025-01-02T10:00:00',
      text: '@citoyen_e2e Merci pour votre question, voici la réponse.',
      to_username: 'citoyen_e2e',
      to_userid: '9100000002',
      to_tweetid: '1899999999999999999',
      mentioned_names: 'citoyen_e2e',
      mentioned_ids: '9100000002',
    },
    {
      ...base,
      id: '1900000000000000003',
      timestamp_utc: '1735898400',
      local_time: '2025-01-03T10:00:00',
      text: 'Rencontre avec @ministere_e2e sur la coopération culturelle. #culture',
      mentioned_names: 'ministere_e2e',
      mentioned_ids: '9100000003',
      hashtags: 'culture',
    },
  ];
  const quote = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const lines = rows.map((row) => columns.map((column) => quote(row[column] ?? '')).join(','));
  return `${[MINET_HEADER, ...lines].join('\n')}\n`;
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  editor = await makeUser(server.database.db, {
    audience: 'agent',
    roles: ['editor'],
    no2fa: true,
    organisation: 'Ministère de l’Europe et des Affaires étrangères',
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function editorPage(colorScheme: 'light' | 'dark' = 'light') {
  const opened = await openPage(browser, server, { colorScheme });
  await signInViaApi(opened.context, editor.email, editor.password);
  return opened;
}

async function expectNoSeriousViolations(page: Page, label: string) {
  await pageReady(page);
  // The pointer left over the last button clicked would have axe judge its hover colours.
  await page.mouse.move(0, 0);
  const violations = await seriousA11yViolations(page);
  expect(violations, formatViolations(label, violations)).toEqual([]);
}

/** An actor with one X account, made through the API (for the pages whose subject is not the registry). */
async function makeActor(context: BrowserContext, nameFr: string, handle: string): Promise<number> {
  const me = (await (await context.request.get('/api/auth/me')).json()) as { csrfToken: string };
  const headers = { 'x-csrf-token': me.csrfToken };
  const actor = await context.request.post('/api/observatory/actors', {
    headers,
    data: { country: 'FR', type: 'consulate', nameFr, nameEn: `${nameFr} (en)`, hostCountry: 'CA', city: 'Québec' },
  });
  if (!actor.ok()) throw new Error(`actor: ${actor.status()} ${await actor.text()}`);
  const { id: actorId } = (await actor.json()) as { id: string };
  const account = await context.request.post('/api/observatory/registry/accounts', {
    headers,
    data: { network: 'x', handle, actorId, verified: true, tracked: false },
  });
  if (!account.ok()) throw new Error(`account: ${account.status()} ${await account.text()}`);
  return ((await account.json()) as { id: number }).id;
}

async function accountIdOf(context: BrowserContext, actorName: string): Promise<number> {
  const response = await context.request.get(`/api/observatory/actors?q=${encodeURIComponent(actorName)}`);
  const body = (await response.json()) as { items: { nameFr: string; accounts: { id: number }[] }[] };
  const actor = body.items.find((item) => item.nameFr === actorName);
  if (!actor?.accounts[0]) throw new Error(`no account found for the actor ${actorName}`);
  return actor.accounts[0].id;
}

const actorName = 'Ambassade de France en Islande (e2e)';

describe('an editor of the observatory', () => {
  it('adds an actor and one of its accounts in the registry', async () => {
    const { page, context, problems } = await editorPage();
    await page.goto('/observatoire/registre');
    await eventually(() => page.title()).toBe('Registre des acteurs – Diplomatie');
    await page.getByRole('button', { name: 'Ajouter un acteur' }).click();

    const form = page.getByRole('region', { name: 'Nouvel acteur' });
    // Submitting empty shows the required fields next to them.
    await form.getByRole('button', { name: 'Créer l’acteur' }).click();
    await eventually(() => form.locator('.fr-select-group--error, .fr-input-group--error').count()).toBe(4);
    await form.getByLabel('Pays', { exact: true }).selectOption('FR');
    await form.getByLabel('Type d’acteur').selectOption('embassy');
    await form.getByLabel('Nom en français').fill(actorName);
    await form.getByLabel('Nom en anglais').fill('Embassy of France in Iceland (e2e)');
    await form.getByLabel(/^Pays hôte/).selectOption('IS');
    await form.getByLabel(/^Ville/).fill('Reykjavik');
    await form.getByLabel(/^Latitude/).fill('64.1466');
    await form.getByLabel(/^Longitude/).fill('-21.9426');
    await form.getByRole('button', { name: 'Créer l’acteur' }).click();
    await eventually(() => page.getByRole('status').first().textContent()).toContain('a été ajouté au registre');

    const card = page.getByRole('article', { name: actorName });
    await card.waitFor();
    expect(await card.textContent()).toContain('Reykjavik');
    await card.getByRole('button', { name: `Ajouter un compte à ${actorName}` }).click();
    await card.getByLabel('Réseau').selectOption('x');
    await card.getByLabel('Identifiant').fill('@FrIslandeE2e');
    await card.getByRole('button', { name: 'Ajouter un compte', exact: true }).click();
    await eventually(() => card.getByRole('table').textContent()).toContain('frislandee2e');
    // Verified was ticked when adding: unticking it is saved at once.
    const verified = card.getByLabel('Compte frislandee2e vérifié');
    expect(await verified.isChecked()).toBe(true);
    // The DSFR draws the box on the label, which takes the click as a reader's pointer would. The box follows the
    // server's answer (a controlled input), so the check is on what was saved, not on the box right after the click.
    await verified.click({ force: true });
    await eventually(async () => {
      const id = await accountIdOf(context, actorName);
      const account = await (await context.request.get(`/api/observatory/accounts/${id}`)).json();
      return (account as { account: { verified: boolean } }).account.verified;
    }).toBe(false);

    expect(problems).toEqual([]);
    await context.close();
  });

  it('uploads a minet tweet CSV and watches the import finish', async () => {
    const { page, context, problems } = await editorPage();
    await page.goto('/observatoire/imports');
    await eventually(() => page.title()).toBe('Imports de données – Diplomatie');
    await page.getByRole('radio', { name: 'Tweets au format minet (CSV)' }).check({ force: true });
    await page.getByLabel(/Fichier à importer/).setInputFiles({
      name: 'embassy-tweets.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(minetFixture(), 'utf8'),
    });
    await page.getByRole('button', { name: 'Lancer l’import' }).click();

    const run = page.getByTestId('import-run');
    await eventually(() => run.textContent()).toContain('Import terminé');
    const text = (await run.textContent()) ?? '';
    expect(text).toContain('3 lus');
    expect(text).toContain('embassy-tweets.csv');
    expect(text).toContain('Aucune ligne écartée.');
    // The past runs list shows it too.
    await eventually(() => page.getByRole('table', { name: /derniers imports/ }).textContent()).toContain(
      'embassy-tweets.csv',
    );

    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('people who are not editors', () => {
  it('a visitor is asked to sign in and cannot reach the imports', async () => {
    const { page, context } = await openPage(browser, server);
    await page.goto('/observatoire/imports');
    await page.getByRole('heading', { name: 'Connexion requise' }).waitFor();
    expect(await page.getByRole('button', { name: 'Lancer l’import' }).count()).toBe(0);
    const link = page.getByRole('main').getByRole('link', { name: 'Se connecter' });
    expect(await link.getAttribute('href')).toBe('/connexion?retour=%2Fobservatoire%2Fimports');
    expect((await context.request.get('/api/observatory/imports')).status()).toBe(401);
    await context.close();
  });

  it('a signed-in company member is told the page is reserved to editors', async () => {
    const member = await makeUser(server.database.db, { audience: 'company' });
    const { page, context } = await openPage(browser, server);
    await signInViaApi(context, member.email, member.password);
    await page.goto('/observatoire/imports');
    await page.getByRole('heading', { name: 'Réservé aux éditeurs' }).waitFor();
    expect(await page.getByRole('button', { name: 'Lancer l’import' }).count()).toBe(0);
    expect((await context.request.get('/api/observatory/imports')).status()).toBe(403);
    await context.close();
  });

  it('an unknown account number gets a clear not-found page', async () => {
    const { page, context } = await openPage(browser, server);
    await page.goto('/observatoire/comptes/987654321');
    await page.getByRole('heading', { level: 1, name: 'Compte introuvable' }).waitFor();
    await eventually(() => page.title()).toBe('Compte introuvable – Diplomatie');
    await context.close();
  });
});

describe('accessibility of the observatory’s editor and account pages', () => {
  const a11yActor = 'Consulat général de France à Québec (a11y)';
  let accountId = 0;
  beforeAll(async () => {
    const { context } = await editorPage();
    accountId = await makeActor(context, a11yActor, 'ConsulQcA11y');
    await context.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no serious axe violation in the ${scheme} theme`, async () => {
      const { page, context } = await editorPage(scheme);

      await page.goto(`/observatoire/comptes/${accountId}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await expectNoSeriousViolations(page, `account page (${scheme})`);

      await page.goto(`/observatoire/registre?q=${encodeURIComponent(a11yActor)}`);
      await page.getByRole('article', { name: a11yActor }).waitFor();
      await expectNoSeriousViolations(page, `registry (${scheme})`);
      await page.getByRole('button', { name: `Modifier ${a11yActor}` }).click();
      await page.getByRole('region', { name: `Modifier ${a11yActor}` }).waitFor();
      await expectNoSeriousViolations(page, `registry edit form (${scheme})`);

      await page.goto('/observatoire/registre?onglet=non-rattaches');
      await page.getByRole('heading', { name: 'Comptes non rattachés', level: 2 }).waitFor();
      await expectNoSeriousViolations(page, `unregistered accounts (${scheme})`);

      await page.goto('/observatoire/imports');
      await page.getByRole('heading', { name: 'Imports précédents' }).waitFor();
      await expectNoSeriousViolations(page, `imports (${scheme})`);

      await page.goto('/observatoire/reseau-interactions');
      await page.getByRole('heading', { name: 'Télécharger le réseau' }).waitFor();
      await expectNoSeriousViolations(page, `interaction network (${scheme})`);
      await context.close();
    });
  }
});
