import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { assertNoClassificationMarking, findClassificationMarking, REFUSED_MARKINGS } from './markings.ts';

const refused: [string, string][] = [
  // Diffusion Restreinte, in any case and spacing.
  ['DIFFUSION RESTREINTE', 'DIFFUSION RESTREINTE'],
  ['Diffusion Restreinte', 'DIFFUSION RESTREINTE'],
  ['diffusion restreinte', 'DIFFUSION RESTREINTE'],
  ['Note DIFFUSION  RESTREINTE du 3 mars', 'DIFFUSION RESTREINTE'],
  ['DIFFUSION-RESTREINTE', 'DIFFUSION RESTREINTE'],
  ['DIFFUSION\nRESTREINTE', 'DIFFUSION RESTREINTE'],
  ['DIFFUSION\r\n  RESTREINTE', 'DIFFUSION RESTREINTE'],
  ['DIFFUSION\u00a0RESTREINTE', 'DIFFUSION RESTREINTE'],
  ['DIFFUSION \u2013 RESTREINTE', 'DIFFUSION RESTREINTE'],
  ['D\u00adIFFUSION RESTREINTE', 'DIFFUSION RESTREINTE'],
  ['DIFFU\u200bSION RESTREINTE', 'DIFFUSION RESTREINTE'],
  ['« diffusion restreinte »', 'DIFFUSION RESTREINTE'],
  ['(DR) Diffusion restreinte - ne pas transmettre', 'DIFFUSION RESTREINTE'],
  // French classification levels, with or without accents.
  ['SECRET', 'SECRET'],
  ['Objet : SECRET', 'SECRET'],
  ['SECRET - ne pas diffuser', 'SECRET'],
  ['[SECRET]', 'SECRET'],
  ['TRES SECRET', 'TRÈS SECRET'],
  ['TRÈS SECRET', 'TRÈS SECRET'],
  ['TRÈS  SECRET', 'TRÈS SECRET'],
  ['TRE\u0300S SECRET', 'TRÈS SECRET'],
  ['TOP SECRET', 'TOP SECRET'],
  ['SECRET DÉFENSE', 'SECRET DÉFENSE'],
  ['SECRET DEFENSE', 'SECRET DÉFENSE'],
  ['Secret-Défense', 'SECRET DÉFENSE'],
  ['secret défense', 'SECRET DÉFENSE'],
  ['SECRET\nDÉFENSE', 'SECRET DÉFENSE'],
  ['TRÈS SECRET DÉFENSE', 'TRÈS SECRET DÉFENSE'],
  ['Très Secret Défense', 'TRÈS SECRET DÉFENSE'],
  ['tres-secret-defense', 'TRÈS SECRET DÉFENSE'],
  ['CONFIDENTIEL DÉFENSE', 'CONFIDENTIEL DÉFENSE'],
  ['Confidentiel-Defense', 'CONFIDENTIEL DÉFENSE'],
  // EU.
  ['RESTREINT UE', 'RESTREINT UE'],
  ['Restreint UE', 'RESTREINT UE'],
  ['RESTREINT UE/EU RESTRICTED', 'RESTREINT UE'],
  ['EU RESTRICTED', 'EU RESTRICTED'],
  ['EU-RESTRICTED', 'EU RESTRICTED'],
  ['CONFIDENTIEL UE', 'CONFIDENTIEL UE'],
  ['EU CONFIDENTIAL', 'EU CONFIDENTIAL'],
  ['SECRET UE', 'SECRET'],
  // NATO.
  ['NATO RESTRICTED', 'NATO RESTRICTED'],
  ['NATO\tRESTRICTED', 'NATO RESTRICTED'],
  ['NATO CONFIDENTIAL', 'NATO CONFIDENTIAL'],
  ['NATO SECRET', 'NATO SECRET'],
  ['COSMIC TOP SECRET', 'COSMIC TOP SECRET'],
  ['Cosmic Top Secret', 'COSMIC TOP SECRET'],
  // Full-width and other compatibility forms fold to plain letters.
  ['ＳＥＣＲＥＴ', 'SECRET'],
];

const allowed: string[] = [
  '',
  'Le secret des affaires est protégé par la loi.',
  'le secret est dans la sauce',
  'Secret des affaires : ce que les PME doivent savoir',
  'La secrétaire générale a signé.',
  'SECRÉTAIRE GÉNÉRAL',
  'SECRETARY GENERAL',
  'SECRETS de fabrication',
  'Grandma shared a secret recipe.',
  'A top secret recipe',
  'un projet très secret',
  'Secret',
  'secret',
  'Les secrets défensifs du jeu d’échecs',
  'Diffusion limitée aux seuls adhérents',
  'Restreint aux membres du club',
  'accès restreint',
  'Diffusion large',
  'NATO restricted airspace over the Baltic.',
  'The EU restricted imports of steel in 2024.',
  'NATO secret talks, say reporters',
  'Nato Secretary General',
  'NATO SECRETARIAT',
  'Confidentiel',
  'Document confidentiel entreprise',
  'CONFIDENTIEL',
  'Défense nationale',
  'TLP:RED',
  'TLP:AMBER+STRICT',
  'Restreint (niveau 3) : les seuls membres du compartiment',
  'cosmic rays and top secrets',
  'SUPERSECRETS',
  'UNSECRET',
];

describe('classification markings', () => {
  it.each(refused)('refuses %j as %s', (text, marking) => {
    expect(findClassificationMarking(text)).toBe(marking);
  });

  it.each(allowed)('lets %j through', (text) => {
    expect(findClassificationMarking(text)).toBeNull();
  });

  it('finds a marking inside a long text', () => {
    const text = `${'Compte rendu de la réunion export. '.repeat(500)}\n\nDIFFUSION RESTREINTE\n${'Suite. '.repeat(500)}`;
    expect(findClassificationMarking(text)).toBe('DIFFUSION RESTREINTE');
  });

  it('names the most specific marking', () => {
    expect(findClassificationMarking('TRÈS SECRET DÉFENSE - SPÉCIAL FRANCE')).toBe('TRÈS SECRET DÉFENSE');
    expect(findClassificationMarking('NATO SECRET')).toBe('NATO SECRET');
  });

  it('throws the coded error with the marking', () => {
    expect(() => assertNoClassificationMarking('Une note ordinaire')).not.toThrow();
    expect(() => assertNoClassificationMarking(null)).not.toThrow();
    try {
      assertNoClassificationMarking('Note — Diffusion Restreinte');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('ERR_CLASSIFIED_MARKING');
      expect((error as AppError).status).toBe(422);
      expect((error as AppError).params).toEqual({ marking: 'DIFFUSION RESTREINTE' });
    }
  });

  it('lists what it refuses', () => {
    expect(REFUSED_MARKINGS).toContain('DIFFUSION RESTREINTE');
    expect(REFUSED_MARKINGS).toContain('NATO RESTRICTED');
    expect(REFUSED_MARKINGS).toContain('RESTREINT UE');
  });
});
