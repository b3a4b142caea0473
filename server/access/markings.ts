// Classification markings: the platform carries information below Diffusion Restreinte only, so text
// bearing a DR or classified marking (French, EU, NATO) is refused with the marking named.
import { AppError } from '../errors.ts';

// Between the words of a marking: any run of spaces, line breaks, hyphens or underscores (or none).
const SEP = '[\\s\\-\\u2010-\\u2015_]*';
const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';

interface MarkingRule {
  marking: string;
  pattern: RegExp;
}

/**
 * `words` are matched on accent-free text. `anyCase` markings are not ordinary prose in any case;
 * the others count only in capitals ("NATO restricted access", "a secret recipe" are prose).
 */
function rule(marking: string, words: string[], anyCase: boolean): MarkingRule {
  return { marking, pattern: new RegExp(`${BEFORE}${words.join(SEP)}${AFTER}`, anyCase ? 'iu' : 'u') };
}

// Most specific first: the first rule that matches names the marking.
const RULES: readonly MarkingRule[] = [
  rule('TRÈS SECRET DÉFENSE', ['tres', 'secret', 'defense'], true),
  rule('SECRET DÉFENSE', ['secret', 'defense'], true),
  rule('CONFIDENTIEL DÉFENSE', ['confidentiel', 'defense'], true),
  rule('DIFFUSION RESTREINTE', ['diffusion', 'restreinte'], true),
  rule('RESTREINT UE', ['restreint', 'ue'], true),
  rule('COSMIC TOP SECRET', ['cosmic', 'top', 'secret'], true),
  rule('EU RESTRICTED', ['EU', 'RESTRICTED'], false),
  rule('CONFIDENTIEL UE', ['CONFIDENTIEL', 'UE'], false),
  rule('EU CONFIDENTIAL', ['EU', 'CONFIDENTIAL'], false),
  rule('NATO RESTRICTED', ['NATO', 'RESTRICTED'], false),
  rule('NATO CONFIDENTIAL', ['NATO', 'CONFIDENTIAL'], false),
  rule('NATO SECRET', ['NATO', 'SECRET'], false),
  rule('TRÈS SECRET', ['TRES', 'SECRET'], false),
  rule('TOP SECRET', ['TOP', 'SECRET'], false),
  rule('SECRET', ['SECRET'], false),
];

/** Accents and compatibility forms folded, invisible characters (soft hyphen, zero-width) removed. */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '');
}

/** The first classification marking found in `text`, in its canonical form, or null. */
export function findClassificationMarking(text: string | null | undefined): string | null {
  if (!text) return null;
  const folded = fold(text);
  for (const { marking, pattern } of RULES) {
    if (pattern.test(folded)) return marking;
  }
  return null;
}

/** Throws ERR_CLASSIFIED_MARKING (422) naming the marking; check every free-text field and extracted file text. */
export function assertNoClassificationMarking(text: string | null | undefined): void {
  const marking = findClassificationMarking(text);
  if (marking !== null) throw new AppError('ERR_CLASSIFIED_MARKING', { params: { marking } });
}

/** The markings refused, for documentation and help pages. */
export const REFUSED_MARKINGS: readonly string[] = RULES.map((r) => r.marking);
