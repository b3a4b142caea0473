// Recent catalogue answers, kept per database and dropped as soon as the catalogue's version moves: a search that
// many visitors repeat (a facet click on a popular query) costs one cheap read instead of three queries.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

const MAX_ENTRIES = 500;

interface Memo<T> {
  version: number;
  answers: Map<string, T>;
}

const memos = new WeakMap<Kysely<DB>, Memo<unknown>>();

/** The answer for `key` at the current `version`, computed once; least recently used answers go first. */
export async function cachedSearch<T>(
  db: Kysely<DB>,
  version: number,
  key: string,
  compute: () => Promise<T>,
): Promise<T> {
  let memo = memos.get(db) as Memo<T> | undefined;
  if (!memo || memo.version !== version) {
    memo = { version, answers: new Map() };
    memos.set(db, memo as Memo<unknown>);
  }
  const hit = memo.answers.get(key);
  if (hit !== undefined) {
    memo.answers.delete(key);
    memo.answers.set(key, hit);
    return hit;
  }
  const answer = await compute();
  // The version may have moved while computing: only keep the answer under the version it was read with.
  if (memos.get(db) === memo) {
    memo.answers.set(key, answer);
    if (memo.answers.size > MAX_ENTRIES) memo.answers.delete(memo.answers.keys().next().value as string);
  }
  return answer;
}
