import { describe, expect, it } from 'vitest';
import { MAX_QUERY_WORDS, normaliseText, parseQuery, planSearch, type WordVerdict } from './search-text.ts';

const known: WordVerdict = { known: true, suggestions: [], completions: [] };
const unknown = (suggestions: string[] = [], completions: string[] = []): WordVerdict => ({
  known: false,
  suggestions,
  completions,
});

describe('parseQuery', () => {
  it('lower-cases, drops accents and ligatures, as the lexicon stores words', () => {
    expect(normaliseText('Événement Œnologie Straße')).toBe('evenement oenologie strasse');
    expect(parseQuery('  Événements à L’international ').words).toEqual(['evenements', 'a', 'l', 'international']);
  });

  it('knows whether the last word is still being typed', () => {
    expect(parseQuery('assurance prosp').completeLast).toBe(true);
    expect(parseQuery('assurance prosp ').completeLast).toBe(false);
    expect(parseQuery('').completeLast).toBe(false);
  });

  it('keeps at most MAX_QUERY_WORDS words', () => {
    expect(parseQuery('mot '.repeat(50)).words).toHaveLength(MAX_QUERY_WORDS);
  });
});

describe('planSearch', () => {
  it('corrects unknown words to their closest lexicon words and rebuilds the query around them', () => {
    const parsed = parseQuery('Asurance Prospection ');
    const plan = planSearch(parsed, [unknown(['assurance', 'assurances']), known]);
    expect(plan.groups).toEqual([[{ word: 'assurance' }, { word: 'assurances' }], [{ word: 'prospection' }]]);
    expect(plan.didYouMean).toBe('assurance Prospection');
  });

  it('completes the word being typed instead of correcting it', () => {
    const plan = planSearch(parseQuery('assurance prosp'), [known, unknown(['prose'], ['prospection', 'prospecter'])]);
    expect(plan.groups[1]).toEqual([{ prefix: 'prosp' }, { word: 'prospection' }, { word: 'prospecter' }]);
    expect(plan.didYouMean).toBeNull();
  });

  it('searches an unknown word with nothing similar as typed, and reports no correction', () => {
    const plan = planSearch(parseQuery('zzyzx'), [unknown()]);
    expect(plan).toEqual({ groups: [[{ word: 'zzyzx' }]], didYouMean: null });
  });

  it('has no groups without words', () => {
    expect(planSearch(parseQuery(' - '), [])).toEqual({ groups: [], didYouMean: null });
  });
});
