// sitemap.xml and robots.txt (served with or without the web build), and, on the real catalogue, every URL of the
// sitemap prerendered with its own title.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app.ts';
import { seedPortal } from '../seed/index.ts';
import { insertPortalFixtures, makeWebRoot } from './test-fixtures.ts';

const publicUrl = 'http://localhost:3000';

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

/** A strict reader for the XML we emit: well-formed nesting, quoted attributes, only predefined entities. */
function parseXml(xml: string): XmlElement {
  const body = xml.replace(/^<\?xml version="1\.0" encoding="UTF-8"\?>\s*/, '');
  if (body === xml) throw new Error('missing XML declaration');
  const root: XmlElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack = [root];
  const token = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/y;
  let match: RegExpExecArray | null;
  while (token.lastIndex < body.length) {
    const at = token.lastIndex;
    match = token.exec(body);
    if (!match) throw new Error(`not well-formed at ${at}: ${body.slice(at, at + 40)}`);
    const [, closing, name, attrs, selfClosing, text] = match;
    const top = stack.at(-1) as XmlElement;
    if (text !== undefined) {
      if (/&(?!(amp|lt|gt|quot|apos|#\d+);)/.test(text)) throw new Error(`bare & in "${text}"`);
      top.text += text
        .replaceAll('&lt;', '<')
        .replaceAll('&gt;', '>')
        .replaceAll('&quot;', '"')
        .replaceAll('&#39;', "'")
        .replaceAll('&amp;', '&');
    } else if (closing) {
      if (top.name !== name) throw new Error(`</${name}> closes <${top.name}>`);
      stack.pop();
    } else {
      const element: XmlElement = { name: name as string, attributes: {}, children: [], text: '' };
      for (const [, key, value] of (attrs ?? '').matchAll(/([\w:.-]+)="([^"]*)"/g))
        element.attributes[key as string] = value as string;
      top.children.push(element);
      if (!selfClosing) stack.push(element);
    }
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack.at(-1)?.name}>`);
  const elements = root.children;
  if (elements.length !== 1 || root.text.trim()) throw new Error('expected exactly one root element');
  return elements[0] as XmlElement;
}

/** The sitemaps.org 0.9 rules: <urlset> in its namespace, <url> with one absolute <loc>, optional W3C <lastmod>. */
function sitemapEntries(xml: string): { loc: string; lastmod?: string }[] {
  const urlset = parseXml(xml);
  expect(urlset.name).toBe('urlset');
  expect(urlset.attributes.xmlns).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
  expect(urlset.children.length).toBeLessThanOrEqual(50_000);
  return urlset.children.map((url) => {
    expect(url.name).toBe('url');
    const names = url.children.map((c) => c.name);
    expect(names[0]).toBe('loc');
    expect(names.every((n) => ['loc', 'lastmod', 'changefreq', 'priority'].includes(n))).toBe(true);
    expect(new Set(names).size).toBe(names.length);
    const loc = url.children[0]?.text as string;
    expect(loc.startsWith(`${publicUrl}/`)).toBe(true);
    expect(loc.length).toBeLessThan(2048);
    const lastmod = url.children.find((c) => c.name === 'lastmod')?.text;
    if (lastmod) expect(lastmod).toMatch(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2}))?$/);
    return lastmod ? { loc, lastmod } : { loc };
  });
}

describe('sitemap.xml and robots.txt, without the web build', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await insertPortalFixtures(t.database.db);
  });
  afterAll(() => t.close());

  it('lists every published page with its last change, and nothing unpublished', async () => {
    const res = await t.app.inject('/sitemap.xml');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/xml; charset=utf-8');
    const entries = sitemapEntries(res.body);
    const byPath = new Map(entries.map((e) => [e.loc.slice(publicUrl.length), e.lastmod]));
    for (const path of [
      '/portail-export',
      '/portail-export/offres',
      '/portail-export/partenaires',
      '/portail-export/regions',
      '/portail-export/pays',
      '/portail-export/agenda',
      '/portail-export/actualites',
      '/portail-export/autodiagnostic',
      '/portail-export/ligne-directe',
      '/portail-export/etapes/diagnostic-export',
      '/portail-export/etapes/prospecter',
      '/portail-export/offres/assurance-prospection',
      '/portail-export/offres/offre-piegee',
      '/portail-export/pays/VN',
      '/portail-export/agenda/salon-vietnam',
      '/portail-export/actualites/nouvelle-aide',
    ])
      expect(byPath.has(path), path).toBe(true);
    for (const hidden of [
      'offre-brouillon',
      'offre-retiree',
      'evenement-brouillon',
      'actualite-brouillon',
      '/pays/DE',
      'gestion',
    ])
      expect(
        entries.some((e) => e.loc.includes(hidden)),
        hidden,
      ).toBe(false);
    expect(entries).toHaveLength(new Set(entries.map((e) => e.loc)).size);
    // An item's own change, and a list's latest change among what it lists.
    expect(byPath.get('/portail-export/offres/assurance-prospection')).toBe('2026-10-01T08:00:00Z');
    expect(byPath.get('/portail-export/offres')).toBe('2026-11-02T10:30:00Z');
    expect(byPath.get('/portail-export/pays/VN')).toBe('2026-09-01T00:00:00Z');
    expect(byPath.get('/portail-export/etapes/prospecter')).toBe('2026-10-01T08:00:00Z');
    expect(byPath.get('/portail-export/autodiagnostic')).toBeUndefined();
  });

  it('tells robots where the sitemap is and keeps them out of the API and the back office', async () => {
    const res = await t.app.inject('/robots.txt');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    const lines = res.body.split('\n');
    expect(lines[0]).toBe('User-agent: *');
    expect(lines).toContain('Disallow: /api/');
    expect(lines).toContain('Disallow: /portail-export/gestion');
    expect(lines).toContain(`Sitemap: ${publicUrl}/sitemap.xml`);
    expect(lines.some((l) => /^Disallow: \/?$/.test(l) || l === 'Disallow: /portail-export')).toBe(false);
  });

  it('has no page routes without the web build (the API-only server)', async () => {
    const res = await t.app.inject({ url: '/portail-export', headers: { accept: 'text/html' } });
    expect(res.statusCode).toBe(404);
  });
});

describe('on the real catalogue', () => {
  let t: TestApp;
  let webDir: string;
  beforeAll(async () => {
    webDir = makeWebRoot();
    t = await createTestApp({ env: { SERVE_WEB: 'true' }, config: { webDir } });
    await seedPortal(t.database.db);
  });
  afterAll(async () => {
    await t.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it('prerenders every URL of the sitemap with its own title and an h1', async () => {
    const entries = sitemapEntries((await t.app.inject('/sitemap.xml')).body);
    expect(entries.length).toBeGreaterThan(60 + 9 + 6);
    const titles = new Set<string>();
    const timings: Record<string, number[]> = {};
    for (const { loc } of entries) {
      const path = loc.slice(publicUrl.length);
      const started = performance.now();
      const res = await t.app.inject({ url: path, headers: { accept: 'text/html' } });
      const parts = path.split('/');
      const kind = parts.length > 3 ? (parts[2] as string) : 'lists';
      timings[kind] = [...(timings[kind] ?? []), performance.now() - started];
      expect(res.statusCode, path).toBe(200);
      const title = res.body.match(/<title>([^<]*)<\/title>/)?.[1];
      expect(title, path).toBeDefined();
      titles.add(title as string);
      expect(res.body, path).toContain('<h1>');
      expect(res.body, path).toContain(`<link rel="canonical" href="${loc}" />`);
    }
    expect(titles.size).toBe(entries.length);
    for (const [kind, ms] of Object.entries(timings)) {
      ms.sort((a, b) => a - b);
      const at = (q: number) => (ms[Math.min(ms.length - 1, Math.floor(q * ms.length))] as number).toFixed(1);
      console.log(
        `[pages] ${kind}: ${ms.length} pages, median ${at(0.5)} ms, p95 ${at(0.95)} ms (app.inject, seeded catalogue)`,
      );
    }
  });
});
