// Labels: the confidentiality level (0-3) and TLP marking every item carries, the banner names,
// and the one function that says which combinations are valid.
import { AppError } from '../errors.ts';
import type { ViewerAudience } from './viewer.ts';

export type Level = 0 | 1 | 2 | 3;
export const LEVELS: readonly Level[] = [0, 1, 2, 3];

/** Traffic Light Protocol 2.0 markings (FIRST). */
export type Tlp = 'CLEAR' | 'GREEN' | 'AMBER' | 'AMBER+STRICT' | 'RED';
export const TLPS: readonly Tlp[] = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'];

export interface Label {
  level: Level;
  tlp: Tlp;
  /** Set on every level-3 item and on nothing else. */
  compartmentId: string | null;
}

/** The markings each level may carry; the first one is the default. */
export const TLPS_BY_LEVEL: Readonly<Record<Level, readonly Tlp[]>> = {
  0: ['CLEAR'],
  1: ['GREEN'],
  2: ['AMBER+STRICT'],
  3: ['AMBER', 'RED'],
};

export const LEVEL_NAMES: Readonly<Record<Level, { fr: string; en: string }>> = {
  0: { fr: 'Public', en: 'Public' },
  1: { fr: 'Communauté', en: 'Community' },
  2: { fr: 'Agents', en: 'Agents' },
  3: { fr: 'Restreint', en: 'Restricted' },
};

/** Who may read, as the banner says it. */
export const LEVEL_READERS: Readonly<Record<Level, { fr: string; en: string }>> = {
  0: { fr: 'Tout le monde, connecté ou non', en: 'Anyone, signed in or not' },
  1: { fr: 'Tous les membres connectés', en: 'Every signed-in member' },
  2: { fr: 'Les agents publics uniquement', en: 'Public agents only' },
  3: {
    fr: 'Les seuls membres nommés du compartiment (besoin d’en connaître)',
    en: 'The named members of the compartment only (need to know)',
  },
};

const VIEWER_LEVELS: Readonly<Record<ViewerAudience, Level>> = { visitor: 0, company: 1, partner: 1, agent: 2 };

/** The highest level an audience reads outside compartments (never 3: level 3 is membership only). */
export function viewerLevel(audience: ViewerAudience): Level {
  // Deny by default: an unknown audience reads as a visitor.
  return Object.hasOwn(VIEWER_LEVELS, audience) ? VIEWER_LEVELS[audience] : 0;
}

export function isLevel(value: unknown): value is Level {
  return value === 0 || value === 1 || value === 2 || value === 3;
}

export function isTlp(value: unknown): value is Tlp {
  return typeof value === 'string' && (TLPS as readonly string[]).includes(value);
}

export function defaultTlp(level: Level): Tlp {
  return TLPS_BY_LEVEL[level][0]!;
}

/** The label of an item moved to `level`: default marking, and a compartment only at level 3. */
export function labelAt(level: Level, compartmentId: string | null, tlp: Tlp = defaultTlp(level)): Label {
  return validateLabel({ level, tlp, compartmentId: level === 3 ? compartmentId : null });
}

function invalid(fr: string, en: string): AppError {
  // The catalogue puts one value into both languages: the reason carries both.
  return new AppError('ERR_INVALID_LABEL', { params: { reason: `${fr} / ${en}` } });
}

/**
 * Checks a label from any source (request body, database row) and returns it typed.
 * Compartment items are level 3 and level 3 items are in a compartment: the two go together.
 */
export function validateLabel(input: { level: unknown; tlp: unknown; compartmentId?: unknown }): Label {
  const { level, tlp } = input;
  const compartmentId = input.compartmentId ?? null;
  if (!isLevel(level)) throw invalid(`niveau inconnu (${String(level)})`, `unknown level (${String(level)})`);
  if (!isTlp(tlp)) throw invalid(`marquage TLP inconnu (${String(tlp)})`, `unknown TLP marking (${String(tlp)})`);
  if (!TLPS_BY_LEVEL[level].includes(tlp)) {
    const allowed = TLPS_BY_LEVEL[level].map((t) => `TLP:${t}`).join(' | ');
    throw invalid(`le niveau ${level} demande ${allowed}`, `level ${level} takes ${allowed}`);
  }
  if (compartmentId !== null && (typeof compartmentId !== 'string' || compartmentId === '')) {
    throw invalid('compartiment invalide', 'invalid compartment');
  }
  if (level === 3 && compartmentId === null) {
    throw invalid('le niveau 3 demande un compartiment', 'level 3 needs a compartment');
  }
  if (level !== 3 && compartmentId !== null) {
    throw invalid('seul le niveau 3 va dans un compartiment', 'only level 3 goes in a compartment');
  }
  return { level, tlp, compartmentId };
}

/** The banner shown on an item: level name, marking, who may read. */
export function banner(label: Label, lang: 'fr' | 'en'): { name: string; tlp: string; readers: string } {
  return { name: LEVEL_NAMES[label.level][lang], tlp: `TLP:${label.tlp}`, readers: LEVEL_READERS[label.level][lang] };
}
