// Comparing versions of an item's content: deep equality (jsonb does not keep key order) and the fields that
// changed between two versions, for the history and the "pending changes" summary.
import type { FieldChange } from '../../../common/schemas/portal-backoffice.ts';

export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameValue(item, b[i]));
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      if (!sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
    }
    return true;
  }
  return false;
}

/** The fields whose value differs, in the order of `after`'s keys then any removed ones. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
  const keys = [...new Set([...Object.keys(after), ...Object.keys(before)])];
  return keys
    .filter((key) => !sameValue(before[key], after[key]))
    .map((key) => ({ field: key, before: before[key] ?? null, after: after[key] ?? null }));
}
