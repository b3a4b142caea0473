// An actor's name in the interface language.
import type { Lang } from '../../../app/i18n/lang.ts';

export function actorName(actor: { nameFr: string; nameEn: string }, lang: Lang): string {
  return lang === 'fr' ? actor.nameFr : actor.nameEn;
}
