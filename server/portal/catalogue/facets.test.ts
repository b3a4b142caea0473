import { describe, expect, it } from 'vitest';
import { applyFilters, type Candidate, computeFacets, sortCandidates } from './facets.ts';

const offer = (id: string, fields: Partial<Candidate> = {}): Candidate => ({
  id,
  providerId: 'bpifrance',
  providerShortName: 'Bpifrance',
  title: id,
  steps: [4],
  type: 'prospecting',
  price: 'paid',
  companySizes: [],
  maturities: [],
  sectors: [],
  regions: [],
  countries: [],
  publishedAt: new Date('2026-01-01T00:00:00Z'),
  rank: 0,
  ...fields,
});

// Three offers: a national one for everybody, a wine mission to Vietnam from one region, a training offer.
const world = [
  offer('a-national', { steps: [3, 4], type: 'insurance_guarantees' }),
  offer('b-vietnam-wine', {
    providerId: 'business-france',
    providerShortName: 'Business France',
    sectors: ['wine_spirits'],
    regions: ['84'],
    countries: ['VN'],
    price: 'cofunded',
  }),
  offer('c-training', { steps: [2], type: 'training', sectors: ['health'], countries: ['JP', 'VN'] }),
];
const labels = {
  step: (id: number) => `Étape ${id}`,
  provider: (id: string) => ({ bpifrance: 'Bpifrance', 'business-france': 'Business France' })[id],
  region: (code: string) => ({ '84': 'Auvergne-Rhône-Alpes', '11': 'Île-de-France' })[code],
  regionCodes: ['84', '11'],
  country: (iso2: string) => ({ VN: 'Viêt Nam', JP: 'Japon' })[iso2],
};
const idsOf = (list: Candidate[]) => list.map((c) => c.id);

describe('applyFilters', () => {
  it('ORs values within a filter, ANDs filters, and lets empty lists match any value', () => {
    expect(idsOf(applyFilters(world, { step: [2, 3] }))).toEqual(['a-national', 'c-training']);
    expect(idsOf(applyFilters(world, { step: [4], sector: ['wine_spirits'] }))).toEqual([
      'a-national',
      'b-vietnam-wine',
    ]);
    expect(idsOf(applyFilters(world, { country: ['JP'] }))).toEqual(['a-national', 'c-training']);
    expect(idsOf(applyFilters(world, { region: ['11'] }))).toEqual(['a-national', 'c-training']);
    expect(idsOf(applyFilters(world, {}))).toEqual(idsOf(world));
  });
});

describe('computeFacets', () => {
  it('counts each facet with every other filter applied (disjunctive), worked out by hand', () => {
    const facets = computeFacets(world, { step: [4], sector: ['wine_spirits'] }, labels, 'fr');
    // Steps: the sector filter only (a, b match wines): step 3 -> a, step 4 -> a and b.
    expect(facets.step).toEqual([
      { value: '3', label: 'Étape 3', count: 1 },
      { value: '4', label: 'Étape 4', count: 2 },
    ]);
    // Sectors: the step filter only (a, b): a counts for every sector, b for wines.
    expect(facets.sector.find((v) => v.value === 'wine_spirits')?.count).toBe(2);
    expect(facets.sector.find((v) => v.value === 'health')?.count).toBe(1);
    // Countries: only the ones an offer names; a (all countries) counts for each.
    expect(facets.country).toEqual([
      { value: 'VN', label: 'Viêt Nam', count: 2 },
      { value: 'JP', label: 'Japon', count: 1 },
    ]);
    expect(facets.region).toEqual([
      { value: '84', label: 'Auvergne-Rhône-Alpes', count: 2 },
      { value: '11', label: 'Île-de-France', count: 1 },
    ]);
    expect(facets.price).toEqual([
      { value: 'cofunded', label: 'Cofinancé', count: 1 },
      { value: 'paid', label: 'Payant', count: 1 },
    ]);
  });

  it('keeps a selected value that counts nothing, and labels values in English when asked', () => {
    const facets = computeFacets(world, { type: ['financing'] }, labels, 'en');
    expect(facets.type.find((v) => v.value === 'financing')).toEqual({
      value: 'financing',
      label: 'Financing',
      count: 0,
    });
    expect(facets.provider).toEqual([]);
  });
});

describe('sortCandidates', () => {
  it('orders by relevance, title (accents aside), provider or date, always ending on the id', () => {
    const list = [
      offer('x', { title: 'Étude', rank: 0.5 }),
      offer('y', { title: 'Assurance', rank: 0.5, providerShortName: 'CCI' }),
      offer('z', { title: 'Etude', rank: 0.9, publishedAt: new Date('2026-06-01T00:00:00Z') }),
    ];
    expect(idsOf(sortCandidates([...list], 'relevance', 'fr'))).toEqual(['z', 'y', 'x']);
    expect(idsOf(sortCandidates([...list], 'title', 'fr'))).toEqual(['y', 'x', 'z']);
    expect(idsOf(sortCandidates([...list], 'provider', 'fr'))).toEqual(['x', 'z', 'y']);
    expect(idsOf(sortCandidates([...list], 'recent', 'fr'))).toEqual(['z', 'x', 'y']);
  });
});
