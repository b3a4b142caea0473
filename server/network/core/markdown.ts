// Markdown for posts, comments and messages, rendered once on write and stored as HTML. Safe by construction:
// raw HTML is escaped (never passed through), links only to http(s), mailto and same-site paths, images only
// from the network's own attachments, and mentions written `@[Name](user:<uuid>)` become profile links.
import MarkdownIt from 'markdown-it';
import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';

const SAFE_LINK = /^(https?:\/\/|mailto:|\/(?!\/))/i;
const ATTACHMENT_IMAGE = /^\/api\/network\/attachments\/[0-9a-f-]{36}$/;
const MENTION = /^@\[([^\]\n]{1,100})\]\(user:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\)/;
const MENTIONS = /@\[([^\]\n]{1,100})\]\(user:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\)/g;

/** Where a mention links to (the member's profile page in the web app). */
export const profilePath = (userId: string) => `/reseau/membres/${userId}`;

function mentionRule(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x40 /* @ */) return false;
  const match = MENTION.exec(state.src.slice(state.pos));
  if (!match) return false;
  if (!silent) {
    const open = state.push('mention_open', 'a', 1);
    open.attrs = [
      ['href', profilePath(match[2]!)],
      ['class', 'mention'],
      ['data-user-id', match[2]!],
    ];
    const text = state.push('text', '', 0);
    text.content = `@${match[1]!}`;
    state.push('mention_close', 'a', -1);
  }
  state.pos += match[0].length;
  return true;
}

function createRenderer(): MarkdownIt {
  const md = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });
  md.validateLink = (url: string) => SAFE_LINK.test(url.trim());
  md.inline.ruler.before('link', 'mention', mentionRule);
  // Remote images would tell a third party who reads what: only the network's attachments are shown inline.
  const defaultImage = md.renderer.rules.image!;
  md.renderer.rules.image = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    const src = token.attrGet('src') ?? '';
    if (!ATTACHMENT_IMAGE.test(src)) {
      const alt = self.renderInlineAsText(token.children ?? [], options, env);
      return md.utils.escapeHtml(alt ? `[${alt}]` : '');
    }
    token.attrSet('loading', 'lazy');
    return defaultImage(tokens, idx, options, env, self);
  };
  const defaultLinkOpen =
    md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const token = tokens[idx]!;
    const href = token.attrGet('href') ?? '';
    if (/^https?:\/\//i.test(href)) {
      token.attrSet('rel', 'nofollow noopener noreferrer ugc');
      token.attrSet('target', '_blank');
    }
    return defaultLinkOpen(tokens, idx, options, env, self);
  };
  return md;
}

const renderer = createRenderer();

/** The safe HTML of a Markdown text. */
export function renderMarkdown(source: string): string {
  return renderer.render(source);
}

/** The distinct user ids mentioned in a Markdown text, in order of first mention. */
export function mentionedUserIds(source: string): string[] {
  const ids: string[] = [];
  for (const match of source.matchAll(MENTIONS)) {
    if (!ids.includes(match[2]!)) ids.push(match[2]!);
  }
  return ids;
}

/** Plain text of a Markdown source for excerpts (notifications, search results): mentions keep their name. */
export function plainExcerpt(source: string, max = 200): string {
  const text = source
    .replace(MENTIONS, '@$1')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*_>#~]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
