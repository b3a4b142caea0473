// The words of a catalogue search: tokenised and normalised as the search lexicon is (lower case, no accents),
// then turned into groups of alternatives once the lexicon has said which words it knows (typo corrections,
// completions of the word being typed). Pure: the SQL lives in catalogue.repo.ts.

/** At most this many words of a query are searched (the rest is ignored). */
export const MAX_QUERY_WORDS = 12;
/** The lexicon only holds words of at least 3 letters: shorter ones are searched as typed, never corrected. */
export const MIN_CORRECTED_LENGTH = 3;

/** A word as the user typed it, and the lexicon-shaped words it stands for ("Pays-Bas" is one token, two words). */
export interface QueryToken {
  source: string;
  words: string[];
}

export interface ParsedQuery {
  tokens: QueryToken[];
  /** Every searched word, in order (the tokens' words flattened, capped at MAX_QUERY_WORDS). */
  words: string[];
  /** The last word is still being typed (no space after it): it may be completed. */
  completeLast: boolean;
}

/** Lower case without accents or ligatures, as `lower(immutable_unaccent(...))` gives the lexicon's words. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replaceAll('œ', 'oe')
    .replaceAll('æ', 'ae')
    .replaceAll('ß', 'ss');
}

export function parseQuery(q: string | undefined): ParsedQuery {
  const tokens: QueryToken[] = [];
  let count = 0;
  for (const match of (q ?? '').matchAll(/[\p{L}\p{N}]+/gu)) {
    if (count >= MAX_QUERY_WORDS) break;
    const words = normaliseText(match[0])
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 0)
      .slice(0, MAX_QUERY_WORDS - count);
    if (words.length === 0) continue;
    tokens.push({ source: match[0], words });
    count += words.length;
  }
  const words = tokens.flatMap((t) => t.words);
  const completeLast = words.length > 0 && !/[^\p{L}\p{N}]$/u.test(q ?? '');
  return { tokens, words, completeLast };
}

/** What the lexicon says about one query word. */
export interface WordVerdict {
  /** In the lexicon, matched by the full-text search (an inflection), a stop word or too short to correct. */
  known: boolean;
  /** The most similar lexicon words, best first (empty when known or when nothing is similar enough). */
  suggestions: string[];
  /** Lexicon words starting with it (only for the last word while it is typed). */
  completions: string[];
}

/** One alternative of a word group: a word (stemmed by the search configuration) or a prefix. */
export type Alternative = { word: string } | { prefix: string };

export interface SearchPlan {
  /** Every group must match (AND); within a group, any alternative (OR). Empty: no text search. */
  groups: Alternative[][];
  /** The query as corrected, when a word was corrected; null otherwise. */
  didYouMean: string | null;
}

export function planSearch(parsed: ParsedQuery, verdicts: WordVerdict[]): SearchPlan {
  const corrections = new Map<number, string>();
  const groups = parsed.words.map((word, i): Alternative[] => {
    const verdict = verdicts[i];
    if (!verdict || verdict.known) return [{ word }];
    const isLast = i === parsed.words.length - 1;
    // A word being typed is completed rather than corrected: "prosp" is the start of "prospection".
    if (isLast && parsed.completeLast && verdict.completions.length > 0) {
      return [{ prefix: word }, ...verdict.completions.map((c) => ({ word: c }))];
    }
    if (verdict.suggestions.length > 0) {
      corrections.set(i, verdict.suggestions[0]!);
      return verdict.suggestions.map((s) => ({ word: s }));
    }
    return [{ word }];
  });
  if (corrections.size === 0) return { groups, didYouMean: null };
  let index = 0;
  const corrected = parsed.tokens.map((token) => {
    const start = index;
    index += token.words.length;
    const changed = token.words.some((_, j) => corrections.has(start + j));
    return changed ? token.words.map((w, j) => corrections.get(start + j) ?? w).join(' ') : token.source;
  });
  return { groups, didYouMean: corrected.join(' ') };
}
