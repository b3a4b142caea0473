// Attachments: the picker of the post, comment and message forms, and the list under an item.
import { ATTACHMENT_MAX_BYTES } from '../../../../common/network-terms.ts';

const fr = {
  label: 'Pièces jointes',
  hint: `PDF, images (PNG, JPEG, GIF, WebP), documents Word, Excel, PowerPoint ou OpenDocument, texte, CSV ou Markdown ; ${formatSize(ATTACHMENT_MAX_BYTES, 'fr')} au plus par fichier. Le type est vérifié d’après le contenu. Aucun document classifié ou Diffusion Restreinte.`,
  uploading: (name: string, percent: number) => `Envoi de « ${name} » : ${percent} %`,
  uploaded: (name: string) => `« ${name} » est prêt à être joint.`,
  failed: (name: string) => `« ${name} » n’a pas été accepté`,
  remove: (name: string) => `Retirer « ${name} »`,
  dismiss: 'Masquer ce message',
  list: 'Pièces jointes',
  download: (name: string, type: string, size: string) => `Télécharger « ${name} » (${type}, ${size})`,
  tooMany: (max: number) => `${max} pièces jointes au plus.`,
  network: 'Le serveur ne répond pas : vérifiez votre connexion et réessayez.',
};

const en: typeof fr = {
  label: 'Attachments',
  hint: `PDF, images (PNG, JPEG, GIF, WebP), Word, Excel, PowerPoint or OpenDocument files, text, CSV or Markdown; at most ${formatSize(ATTACHMENT_MAX_BYTES, 'en')} per file. The type is checked from the content. No classified or Diffusion Restreinte documents.`,
  uploading: (name: string, percent: number) => `Uploading “${name}”: ${percent}%`,
  uploaded: (name: string) => `“${name}” is ready to attach.`,
  failed: (name: string) => `“${name}” was not accepted`,
  remove: (name: string) => `Remove “${name}”`,
  dismiss: 'Dismiss this message',
  list: 'Attachments',
  download: (name: string, type: string, size: string) => `Download “${name}” (${type}, ${size})`,
  tooMany: (max: number) => `At most ${max} attachments.`,
  network: 'The server does not answer: check your connection and try again.',
};

export const attachmentsMessages = { fr, en };

/** A size in bytes, in words a reader understands (Ko/Mo in French, KB/MB in English). */
export function formatSize(bytes: number, lang: 'fr' | 'en'): string {
  const units = lang === 'fr' ? ['o', 'Ko', 'Mo', 'Go'] : ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  const number = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { maximumFractionDigits: digits }).format(
    value,
  );
  return `${number} ${units[unit]}`;
}

/** A short name for a media type: "PDF", "PNG", "Word"... */
export function typeName(mediaType: string): string {
  const names: Record<string, string> = {
    'application/pdf': 'PDF',
    'image/png': 'PNG',
    'image/jpeg': 'JPEG',
    'image/gif': 'GIF',
    'image/webp': 'WebP',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
    'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint',
    'application/vnd.oasis.opendocument.text': 'OpenDocument',
    'application/vnd.oasis.opendocument.spreadsheet': 'OpenDocument',
    'text/plain': 'Texte',
    'text/csv': 'CSV',
    'text/markdown': 'Markdown',
  };
  return names[mediaType] ?? mediaType;
}
