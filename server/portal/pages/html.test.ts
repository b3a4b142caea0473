// The escaping of prerendered HTML and JSON-LD, on hostile input.
import { describe, expect, it } from 'vitest';
import { parseShell } from './document.ts';
import { escapeHtml, html, jsonLd, link, paragraphs, SafeHtml, safeHref, shorten } from './html.ts';

describe('html template', () => {
  it('escapes every interpolated string, in text and in attributes', () => {
    const value = `</script><img src=x onerror="alert(1)"> & 'it'`;
    const out = html`<p title="${value}">${value}</p>`.value;
    expect(out).toBe(
      '<p title="&lt;/script&gt;&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;it&#39;">' +
        '&lt;/script&gt;&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;it&#39;</p>',
    );
    expect(out).not.toContain('<img');
  });

  it('keeps nested templates, joins arrays and omits nullish and false', () => {
    const items = ['<a>', 'b'];
    expect(html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>`.value).toBe('<ul><li>&lt;a&gt;</li><li>b</li></ul>');
    expect(html`${null}${undefined}${false}${0}`.value).toBe('0');
    const empty: string = '';
    expect(html`${empty && html`<b>never</b>`}`.value).toBe('');
  });

  it('keeps markup only when it is explicitly marked safe', () => {
    expect(html`${new SafeHtml('<br />')}`.value).toBe('<br />');
    expect(html`${'<br />'}`.value).toBe('&lt;br /&gt;');
  });

  it('escapes the five characters that matter and nothing else', () => {
    expect(escapeHtml(`<>&"' é ’`)).toBe('&lt;&gt;&amp;&quot;&#39; é ’');
  });
});

describe('links', () => {
  it('links only http(s) URLs and site paths', () => {
    expect(safeHref('https://example.org/a?b=1&c=2')).toBe('https://example.org/a?b=1&c=2');
    expect(safeHref('/portail-export')).toBe('/portail-export');
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,<x>',
      '//evil.example',
      'vbscript:x',
    ])
      expect(safeHref(bad), bad).toBeUndefined();
    expect(link('javascript:alert(1)', 'Lien').value).toBe('Lien');
    expect(link('https://example.org/?a="1"&b', '<b>').value).toBe(
      '<a href="https://example.org/?a=&quot;1&quot;&amp;b">&lt;b&gt;</a>',
    );
  });
});

describe('JSON-LD', () => {
  it('cannot close its script element, and parses back to the same data', () => {
    const data = { name: '</script><script>alert(1)</script>', text: '<!-- & -->', line: 'a\u2028b' };
    const out = jsonLd(data).value;
    const inner = out.slice('<script type="application/ld+json">'.length, -'</script>'.length);
    expect(inner).not.toMatch(/[<>&\u2028]/);
    expect(out.match(/<\/script>/g)).toHaveLength(1);
    expect(JSON.parse(inner)).toEqual(data);
  });
});

describe('text helpers', () => {
  it('splits paragraphs on blank lines and escapes them', () => {
    expect(paragraphs('Un <b>.\n\n  Deux.\n\n\n').value).toBe('<p>Un &lt;b&gt;.</p><p>Deux.</p>');
  });

  it('shortens descriptions at a word boundary', () => {
    expect(shorten('court')).toBe('court');
    const long = `${'mot '.repeat(60)}fin`;
    const short = shorten(long, 50);
    expect(short.length).toBeLessThanOrEqual(50);
    expect(short.endsWith('mot…')).toBe(true);
  });
});

describe('shell', () => {
  it('replaces the title and description of index.html and fills #root', () => {
    const shell = parseShell(
      '<html><head><meta name="description" content="x" /><title>Old</title><script src="/a.js"></script></head><body><div id="root"></div></body></html>',
    );
    const out = shell.render(html`<title>New</title>`, html`<main>Hi</main>`);
    expect(out).toContain('<script src="/a.js"></script>\n    <title>New</title>');
    expect(out).not.toContain('Old');
    expect(out).not.toContain('content="x"');
    expect(out).toContain('<div id="root"><main>Hi</main></div>');
  });

  it('refuses an index.html without an empty #root', () => {
    expect(() => parseShell('<html><head></head><body><div id="app"></div></body></html>')).toThrow(/root/);
  });
});
