// The labels a writer may choose (never below a floor, never above what they read themselves) and the banner
// they will carry, as the server words it (server/access/labels.ts), for the composer's preview.
import type { LabelView } from '../../../../../common/schemas/network.ts';
import type { postsMessages } from '../messages.ts';

export interface LabelChoice {
  level: LabelView['level'];
  tlp: LabelView['tlp'];
}

const TLP_BY_LEVEL: Record<number, LabelView['tlp'][]> = {
  0: ['CLEAR'],
  1: ['GREEN'],
  2: ['AMBER+STRICT'],
  3: ['AMBER', 'RED'],
};

/**
 * The labels offered: in a deal room level 3 (AMBER or RED); elsewhere from `floor` up to the writer's own
 * reading level (agents 2, other members 1).
 */
export function labelChoices(options: { floor: number; roomMode?: boolean; agent: boolean }): LabelChoice[] {
  if (options.roomMode) return TLP_BY_LEVEL[3]!.map((tlp) => ({ level: 3, tlp }));
  const top = options.agent ? 2 : 1;
  const choices: LabelChoice[] = [];
  for (let level = Math.max(0, options.floor); level <= top; level++) {
    for (const tlp of TLP_BY_LEVEL[level]!) choices.push({ level: level as LabelChoice['level'], tlp });
  }
  return choices;
}

export const choiceKey = (choice: LabelChoice) => `${choice.level}:${choice.tlp}`;

export function parseChoice(key: string): LabelChoice {
  const [level, tlp] = key.split(':');
  return { level: Number(level) as LabelChoice['level'], tlp: tlp as LabelChoice['tlp'] };
}

/** Level first, then the marking (AMBER below RED). */
export function compareChoices(a: LabelChoice, b: LabelChoice): number {
  if (a.level !== b.level) return a.level - b.level;
  return a.tlp === b.tlp ? 0 : a.tlp === 'RED' ? 1 : -1;
}

export function previewLabel(choice: LabelChoice, t: (typeof postsMessages)['fr']): LabelView {
  return {
    level: choice.level,
    tlp: choice.tlp,
    banner: {
      name: t.levelNames[choice.level] ?? '',
      tlp: `TLP:${choice.tlp}`,
      readers: t.levelReaders[choice.level] ?? '',
    },
  };
}

export function choiceText(choice: LabelChoice, t: (typeof postsMessages)['fr']): string {
  return `${t.levelNames[choice.level]} — TLP:${choice.tlp}`;
}
