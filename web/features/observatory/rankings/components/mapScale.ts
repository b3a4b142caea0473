// The choropleth's colour classes: quartiles of the ranked countries' indices, each a DSFR blue whose light and
// dark theme values both step away from the page background as the index grows.
import type { CountryRankingItem } from '../../../../../common/schemas/observatory.ts';

export const classColors = [
  'var(--blue-france-925-125)',
  'var(--blue-france-850-200)',
  'var(--blue-france-main-525)',
  'var(--blue-france-sun-113-625)',
] as const;
export const noScoreColor = 'var(--background-contrast-grey)';

export interface MapClass {
  color: string;
  min: number;
  max: number;
}

/** Four classes bounded by the quartiles; fewer when several quartiles coincide. */
export function mapClasses(items: readonly CountryRankingItem[]): MapClass[] {
  const values = items.map((item) => item.index).sort((a, b) => a - b);
  if (values.length === 0) return [];
  const at = (q: number) => values[Math.min(values.length - 1, Math.floor(q * values.length))] ?? 0;
  const bounds = [values[0] ?? 0, at(0.25), at(0.5), at(0.75), values.at(-1) ?? 0];
  const classes: MapClass[] = [];
  for (let i = 0; i < 4; i++) {
    const min = bounds[i] ?? 0;
    const max = bounds[i + 1] ?? min;
    if (i > 0 && min === max && classes.length > 0) continue;
    classes.push({ color: classColors[i] ?? classColors[0], min, max });
  }
  return classes;
}

export function classOf(index: number, classes: readonly MapClass[]): MapClass | undefined {
  for (let i = classes.length - 1; i >= 0; i--) {
    const candidate = classes[i];
    if (candidate && index >= candidate.min) return candidate;
  }
  return classes[0];
}
