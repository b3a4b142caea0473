// What a synthetic post looks like: its network id, its URL and a short templated text in the author's
// language. Kept plain so that pages showing "best posts" have something readable.
import type { Network } from '../../db/schema.ts';
import type { Rng } from './random.ts';

/** A post id in each network's own shape: numeric (X, Mastodon) or an at:// URI (Bluesky). */
export function postId(network: Network, handle: string, seq: number): string {
  if (network === 'x') return `18${String(seq).padStart(17, '0')}`;
  if (network === 'mastodon') return `11${String(seq).padStart(16, '0')}`;
  return `at://${handle}/app.bsky.feed.post/3k${seq.toString(32).padStart(11, '0')}`;
}

export function postUrl(network: Network, handle: string, id: string): string {
  if (network === 'x') return `https://x.com/${handle}/status/${id}`;
  if (network === 'mastodon') {
    const [user, instance] = handle.split('@');
    return `https://${instance ?? 'social.example'}/@${user}/${id}`;
  }
  return `https://bsky.app/profile/${handle}/post/${id.slice(id.lastIndexOf('/') + 1)}`;
}

const TOPICS: readonly { fr: string; en: string; tag: string }[] = [
  { fr: 'le climat', en: 'climate action', tag: 'climat' },
  { fr: 'la sécurité alimentaire', en: 'food security', tag: 'foodsecurity' },
  { fr: 'le commerce extérieur', en: 'trade', tag: 'trade' },
  { fr: 'la santé mondiale', en: 'global health', tag: 'globalhealth' },
  { fr: 'l’éducation', en: 'education', tag: 'education' },
  { fr: 'la culture', en: 'culture', tag: 'culture' },
  { fr: 'l’énergie', en: 'energy', tag: 'energy' },
  { fr: 'la coopération scientifique', en: 'science cooperation', tag: 'science' },
  { fr: 'les droits humains', en: 'human rights', tag: 'humanrights' },
  { fr: 'la paix et la sécurité', en: 'peace and security', tag: 'peace' },
  { fr: 'l’égalité femmes-hommes', en: 'gender equality', tag: 'genderequality' },
  { fr: 'l’océan', en: 'the ocean', tag: 'ocean' },
];

const ORIGINAL_FR = [
  (t: string, m: string) => `Entretien avec ${m} sur ${t}.`,
  (t: string) => `Nous restons pleinement mobilisés pour ${t}.`,
  (t: string, m: string) => `Retour sur la rencontre avec ${m} consacrée à ${t}.`,
  (t: string) => `Conférence aujourd’hui : ${t}, une priorité partagée.`,
  (t: string, m: string) => `Merci à ${m} pour ce dialogue constructif sur ${t}.`,
];
const ORIGINAL_EN = [
  (t: string, m: string) => `Meeting with ${m} on ${t}.`,
  (t: string) => `We remain fully committed to ${t}.`,
  (t: string, m: string) => `Looking back on our meeting with ${m} about ${t}.`,
  (t: string) => `Conference today: ${t}, a shared priority.`,
  (t: string, m: string) => `Thank you ${m} for a constructive dialogue on ${t}.`,
];
const REPLY_FR = [
  'Merci pour votre message. Vous trouverez les informations utiles sur notre site.',
  'Bonjour, nous transmettons votre question au service compétent.',
  'Merci ! Rendez-vous lors de notre prochaine rencontre.',
  'Bonjour, l’équipe consulaire vous répond par message privé.',
];
const REPLY_EN = [
  'Thank you for your message. Useful information is on our website.',
  'Hello, we have passed your question on to the relevant service.',
  'Thank you! See you at our next event.',
  'Hello, our consular team will reach out by direct message.',
];
const PUBLIC_FR = [
  'Quelle est la position officielle sur ce sujet ?',
  'Merci pour ces informations.',
  'Comment obtenir un rendez-vous au consulat ?',
  'Très bonne initiative, bravo.',
];
const PUBLIC_EN = [
  'What is the official position on this?',
  'Thanks for the update.',
  'How can I book an appointment at the consulate?',
  'Great initiative, well done.',
];

export interface Topic {
  text: string;
  hashtags: string[];
}

/** The text and hashtags of an original or a quote. */
export function originalText(rng: Rng, lang: string, mention: string | null): Topic {
  const topic = rng.pick(TOPICS);
  const fr = lang === 'fr';
  const who = mention ?? (fr ? 'nos partenaires' : 'our partners');
  const text = rng.pick(fr ? ORIGINAL_FR : ORIGINAL_EN)(fr ? topic.fr : topic.en, who);
  const hashtags = rng.chance(0.5) ? [topic.tag] : [];
  return { text: hashtags.length > 0 ? `${text} #${topic.tag}` : text, hashtags };
}

export function replyText(rng: Rng, lang: string): string {
  return rng.pick(lang === 'fr' ? REPLY_FR : REPLY_EN);
}

export function publicText(rng: Rng, lang: string, mention: string | null): string {
  const text = rng.pick(lang === 'fr' ? PUBLIC_FR : PUBLIC_EN);
  return mention ? `@${mention} ${text}` : text;
}
