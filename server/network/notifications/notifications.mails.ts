// The notification e-mails, in French or English, plain text. E-mail leaves the platform, so a line about a
// level-2 or level-3 object says only "un contenu à diffusion restreinte" with a link: no title, no excerpt, no
// space or room name, and no actor (who works with whom is itself need-to-know). Levels 0-1 get a short excerpt.
import type { Lang } from '../../../common/errors.ts';
import type { OutgoingMail } from '../../mail/mailer.ts';
import { plainExcerpt } from '../core/markdown.ts';
import { notificationLink, notificationSentence } from './notifications.present.ts';
import type { ResolvedNotification } from './notifications.repo.ts';

export const RESTRICTED_ITEM = { fr: 'un contenu à diffusion restreinte', en: 'a restricted item' } as const;
const sign = { fr: '— Le réseau Diplomatie', en: '— The Diplomatie network' };

/** Only levels 0 (public) and 1 (community) may show any of their text in an e-mail. */
export const mailable = (row: ResolvedNotification) => row.level <= 1;

export interface Recipient {
  email: string;
  name: string;
  lang: Lang;
}

function excerptOf(row: ResolvedNotification): string {
  const title = row.title?.trim();
  if (title && row.object_type !== 'comment') return plainExcerpt(title, 100);
  return row.body ? plainExcerpt(row.body, 100) : (title ?? '');
}

function line(row: ResolvedNotification, lang: Lang, publicUrl: string): string {
  const url = `${publicUrl}${notificationLink(row)}`;
  if (!mailable(row)) {
    const text = lang === 'fr' ? `Notification sur ${RESTRICTED_ITEM.fr}` : `Notification about ${RESTRICTED_ITEM.en}`;
    return `• ${text}\n  ${url}`;
  }
  const excerpt = excerptOf(row);
  const quoted = excerpt === '' ? '' : lang === 'fr' ? ` : « ${excerpt} »` : `: “${excerpt}”`;
  return `• ${notificationSentence(row, lang)}${quoted}\n  ${url}`;
}

function footer(lang: Lang, publicUrl: string): string {
  const settings = `${publicUrl}/reseau/notifications`;
  return lang === 'fr'
    ? `Ces courriels ne reprennent jamais le texte des contenus réservés aux agents ou à diffusion restreinte : ouvrez-les sur le réseau.\nRégler vos courriels (aucun, immédiat, résumé quotidien) : ${settings}\n\n${sign.fr}\n`
    : `These e-mails never carry the text of agents-only or restricted items: open them on the network.\nChange your e-mail settings (none, immediate, daily digest): ${settings}\n\n${sign.en}\n`;
}

/** One e-mail for one notification (immediate mode). */
export function immediateMail(to: Recipient, row: ResolvedNotification, publicUrl: string): OutgoingMail {
  const lang = to.lang;
  const subject = mailable(row)
    ? `${notificationSentence(row, lang)} – Diplomatie`
    : lang === 'fr'
      ? `Nouvelle notification sur ${RESTRICTED_ITEM.fr} – Diplomatie`
      : `New notification about ${RESTRICTED_ITEM.en} – Diplomatie`;
  const hello = lang === 'fr' ? `Bonjour ${to.name},` : `Hello ${to.name},`;
  return { to: to.email, subject, text: `${hello}\n\n${line(row, lang, publicUrl)}\n\n${footer(lang, publicUrl)}` };
}

/** The daily digest: one line per notification still readable, newest first. */
export function digestMail(to: Recipient, rows: readonly ResolvedNotification[], publicUrl: string): OutgoingMail {
  const lang = to.lang;
  const n = rows.length;
  const subject =
    lang === 'fr'
      ? `Votre résumé du jour : ${n} notification${n > 1 ? 's' : ''} – Diplomatie`
      : `Your daily digest: ${n} notification${n > 1 ? 's' : ''} – Diplomatie`;
  const intro =
    lang === 'fr'
      ? `Bonjour ${to.name},\n\nVoici ce qui vous attend sur le réseau depuis votre dernier résumé :`
      : `Hello ${to.name},\n\nHere is what has been waiting for you on the network since your last digest:`;
  const lines = rows.map((row) => line(row, lang, publicUrl)).join('\n\n');
  return { to: to.email, subject, text: `${intro}\n\n${lines}\n\n${footer(lang, publicUrl)}` };
}
