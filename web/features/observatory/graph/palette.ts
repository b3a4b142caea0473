// Colours of the network's groups (countries or actor types): the most populous groups get a colour each, the
// rest share one "others" grey. Mid-tone colours, readable on the light and the dark themes' backgrounds.

const colours = [
  '#5778d9',
  '#e0803a',
  '#3fa66b',
  '#d6517d',
  '#9b6dd6',
  '#b8a33a',
  '#3aa6b8',
  '#c9694f',
  '#7f9c3c',
] as const;
export const otherColour = '#8c8c8c';

export interface LegendEntry {
  /** The group's key: a country code, an actor type, or '' when unknown. */
  key: string;
  colour: string;
  count: number;
}

export interface Palette {
  colourOf(group: string): string;
  /** The coloured groups, most populous first, then "others" when some groups share the grey. */
  legend: LegendEntry[];
  others: number;
}

export function groupPalette(groups: readonly string[]): Palette {
  const counts = new Map<string, number>();
  for (const group of groups) counts.set(group, (counts.get(group) ?? 0) + 1);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const coloured = new Map<string, string>();
  const legend: LegendEntry[] = [];
  ranked.slice(0, colours.length).forEach(([key, count], i) => {
    const colour = colours[i] ?? otherColour;
    coloured.set(key, colour);
    legend.push({ key, colour, count });
  });
  const others = ranked.slice(colours.length).reduce((sum, [, count]) => sum + count, 0);
  return { colourOf: (group) => coloured.get(group) ?? otherColour, legend, others };
}
