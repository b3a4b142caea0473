// What the other areas may use of the observatory: import from here, not from a feature's internals.

// Countries: every ISO 3166-1 country with its names, capital and language (the synthetic world's list), and a
// country's French and English names with the articles each language needs (the network's seeded texts).
export { countryNames } from './ingest/mission-names.ts';
export { worldCountryList } from './synthetic/countries.ts';
