import { describe, expect, it } from 'vitest';
import { changedFields, sameValue } from './history.ts';
import { slugify } from './slug.ts';

describe('slugify', () => {
  it('makes readable identifiers from French titles', () => {
    expect(slugify('Assurance prospection à l’export')).toBe('assurance-prospection-a-l-export');
    expect(slugify('  Œnologie & cœur de métier — Côte d’Ivoire  ')).toBe('oenologie-coeur-de-metier-cote-d-ivoire');
    expect(slugify('« ! »')).toBe('');
  });

  it('cuts long titles at a word boundary, within 80 characters', () => {
    const slug = slugify('Programme '.repeat(12));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^programme(-programme)+$/);
  });
});

describe('comparing versions', () => {
  it('ignores key order, as jsonb does not keep it', () => {
    expect(sameValue({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true);
    expect(sameValue({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
  });

  it('names the fields that changed, with their values before and after', () => {
    expect(changedFields({ title: 'a', steps: [1], price: 'free' }, { title: 'b', steps: [1], price: 'free' })).toEqual(
      [{ field: 'title', before: 'a', after: 'b' }],
    );
    expect(changedFields({ gone: 'x' }, {})).toEqual([{ field: 'gone', before: 'x', after: null }]);
  });
});
