// What other modules use of the search: the search itself (the benchmark calls it too) and the read rules of
// posts and comments as SQL conditions.

export { moderates, readableComment, readablePost, readableSpace } from './readable.ts';
export { parseQuery } from './search.repo.ts';
export { type SearchInput, searchNetwork } from './search.service.ts';
