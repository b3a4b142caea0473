// HTML built on the server for the prerendered portal pages: a tagged template that escapes every value it is
// given unless the value is already SafeHtml, links that only ever point at http(s) URLs, and JSON-LD serialised
// so that no value can close its <script> element.

/** Markup known to be safe: built by `html` (values escaped) or by the helpers below. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = SafeHtml | string | number | false | null | undefined | readonly HtmlValue[];

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c] as string);
}

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

/** html`<p>${text}</p>`: strings and numbers are escaped, SafeHtml and arrays of it are kept, nullish and false omitted. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? '');
  return new SafeHtml(out);
}

/** An http(s) URL or a site path, else undefined: a `javascript:` or `data:` URL never becomes a link. */
export function safeHref(url: string): string | undefined {
  if (/^https?:\/\/[^\s]+$/i.test(url)) return url;
  if (/^\/(?!\/)[^\s]*$/.test(url)) return url;
  return undefined;
}

/** A link when the URL is safe, the bare text otherwise. External links open in place (RGAA: no surprise tab). */
export function link(url: string, text: HtmlValue, attributes: { class?: string } = {}): SafeHtml {
  const href = safeHref(url);
  if (!href) return html`${text}`;
  return html`<a href="${href}"${attributes.class ? html` class="${attributes.class}"` : ''}>${text}</a>`;
}

/** Plain text with paragraphs separated by a blank line, as the portal stores descriptions and news bodies. */
export function paragraphs(text: string, className?: string): SafeHtml {
  const parts = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  return html`${parts.map((p) => html`<p${className ? html` class="${className}"` : ''}>${p}</p>`)}`;
}

/**
 * A JSON-LD block. JSON.stringify alone is not enough inside <script>: `</script>` or `<!--` in a value would end
 * or change the element, so `<`, `>` and `&` are written as \u escapes (still the same JSON), and so are U+2028/9.
 */
export function jsonLd(data: object): SafeHtml {
  const json = JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return new SafeHtml(`<script type="application/ld+json">${json}</script>`);
}

/** A description for meta tags: whitespace collapsed, cut at a word boundary near `max` characters. */
export function shorten(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}
