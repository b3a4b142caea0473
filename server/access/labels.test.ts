import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { banner, defaultTlp, LEVELS, labelAt, TLPS, TLPS_BY_LEVEL, validateLabel, viewerLevel } from './labels.ts';
import type { ViewerAudience } from './viewer.ts';

const ROOM = '30000000-0000-4000-8000-000000000001';

function reasonOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('ERR_INVALID_LABEL');
    return String((error as AppError).params.reason);
  }
  throw new Error('expected ERR_INVALID_LABEL');
}

describe('labels', () => {
  it('accepts exactly the table of ARCHITECTURE.md', () => {
    const valid: string[] = [];
    for (const level of LEVELS) {
      for (const tlp of TLPS) {
        for (const compartmentId of [null, ROOM]) {
          try {
            validateLabel({ level, tlp, compartmentId });
            valid.push(`${level} ${tlp} ${compartmentId ? 'in' : 'out'}`);
          } catch {}
        }
      }
    }
    expect(valid).toEqual(['0 CLEAR out', '1 GREEN out', '2 AMBER+STRICT out', '3 AMBER in', '3 RED in']);
  });

  it('says why a label is refused, in both languages', () => {
    expect(reasonOf(() => validateLabel({ level: 3, tlp: 'AMBER', compartmentId: null }))).toBe(
      'le niveau 3 demande un compartiment / level 3 needs a compartment',
    );
    expect(reasonOf(() => validateLabel({ level: 1, tlp: 'GREEN', compartmentId: ROOM }))).toMatch(/only level 3 goes/);
    expect(reasonOf(() => validateLabel({ level: 2, tlp: 'AMBER', compartmentId: null }))).toMatch(
      /level 2 takes TLP:AMBER\+STRICT/,
    );
    expect(reasonOf(() => validateLabel({ level: 3, tlp: 'GREEN', compartmentId: ROOM }))).toMatch(
      /level 3 takes TLP:AMBER \| TLP:RED/,
    );
    expect(reasonOf(() => validateLabel({ level: 4, tlp: 'RED', compartmentId: ROOM }))).toMatch(/unknown level \(4\)/);
    expect(reasonOf(() => validateLabel({ level: '0', tlp: 'CLEAR' }))).toMatch(/unknown level/);
    expect(reasonOf(() => validateLabel({ level: 0, tlp: 'WHITE' }))).toMatch(/unknown TLP marking \(WHITE\)/);
    expect(reasonOf(() => validateLabel({ level: 3, tlp: 'RED', compartmentId: '' }))).toMatch(/invalid compartment/);
    expect(reasonOf(() => validateLabel({ level: 3, tlp: 'RED', compartmentId: 42 }))).toMatch(/invalid compartment/);
  });

  it('treats a missing compartment as none', () => {
    expect(validateLabel({ level: 1, tlp: 'GREEN' })).toEqual({ level: 1, tlp: 'GREEN', compartmentId: null });
  });

  it('builds labels at a level with the default marking', () => {
    expect(LEVELS.map(defaultTlp)).toEqual(['CLEAR', 'GREEN', 'AMBER+STRICT', 'AMBER']);
    expect(labelAt(3, ROOM)).toEqual({ level: 3, tlp: 'AMBER', compartmentId: ROOM });
    expect(labelAt(3, ROOM, 'RED')).toEqual({ level: 3, tlp: 'RED', compartmentId: ROOM });
    // Below level 3 an item leaves its compartment.
    expect(labelAt(2, ROOM)).toEqual({ level: 2, tlp: 'AMBER+STRICT', compartmentId: null });
    expect(() => labelAt(3, null)).toThrow(AppError);
    expect(TLPS_BY_LEVEL[3]).toEqual(['AMBER', 'RED']);
  });

  it('gives each audience its level; anything unknown reads as a visitor', () => {
    expect((['visitor', 'company', 'partner', 'agent'] as const).map(viewerLevel)).toEqual([0, 1, 1, 2]);
    expect(viewerLevel('admin' as ViewerAudience)).toBe(0);
    expect(viewerLevel('toString' as ViewerAudience)).toBe(0);
  });

  it('names the banner in French and English', () => {
    expect(banner(labelAt(1, null), 'fr')).toEqual({
      name: 'Communauté',
      tlp: 'TLP:GREEN',
      readers: 'Tous les membres connectés',
    });
    expect(banner(labelAt(3, ROOM, 'RED'), 'en')).toEqual({
      name: 'Restricted',
      tlp: 'TLP:RED',
      readers: 'The named members of the compartment only (need to know)',
    });
  });
});
