// The hotline's acknowledgement e-mail, in French or English: plain text, the reference, a summary, what comes next.
// The free-text message is not repeated: anyone can type any address, and the form must not relay arbitrary text.
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import type { Lang } from '../../../common/errors.ts';
import { type HotlineNeed, hotlineNeedLabels, type Sector, sectorLabels } from '../../../common/portal-terms.ts';
import type { OutgoingMail } from '../../mail/mailer.ts';

countries.registerLocale(en);
countries.registerLocale(fr);

const sign = { fr: '— L’équipe Diplomatie', en: '— The Diplomatie team' };

export interface AcknowledgementDetails {
  reference: string;
  companyName: string;
  contactName: string;
  siren: string | null;
  need: HotlineNeed;
  countries: string[];
  sector: Sector;
  step: { id: number; name: string } | null;
  region: string | null;
  phone: string;
  portalUrl: string;
}

const countryNames = (codes: string[], lang: Lang) => codes.map((c) => countries.getName(c, lang) ?? c).join(', ');

export function acknowledgementMail(lang: Lang, to: string, d: AcknowledgementDetails): OutgoingMail {
  if (lang === 'en') {
    const lines = [
      `- Need: ${hotlineNeedLabels[d.need].en}`,
      `- Target countries: ${countryNames(d.countries, 'en')}`,
      `- Sector: ${sectorLabels[d.sector].en}`,
      ...(d.step ? [`- Step of the export journey: ${d.step.id}. ${d.step.name}`] : []),
      ...(d.region ? [`- Region: ${d.region}`] : []),
      ...(d.siren ? [`- SIREN: ${d.siren}`] : []),
    ];
    return {
      to,
      subject: `Request ${d.reference} received – Export hotline – Diplomatie`,
      text: `Hello ${d.contactName},\n\nWe have received the request of ${d.companyName} to the export hotline, under the reference ${d.reference}.\n\nSummary\n${lines.join('\n')}\n\nWhat happens next\nAn export adviser of Team France Export reads your request, passes it to the best-placed contact (in your region or in the target country) and answers you by e-mail${d.phone ? ' or by phone' : ''}. Quote the reference ${d.reference} in your exchanges.\n\nMeanwhile, the export portal lists the support offers, contacts and events that may help you:\n${d.portalUrl}\n\nIf you did not send this request, ignore this message: nothing more will be sent to you.\n\n${sign.en}\n`,
    };
  }
  const lines = [
    `- Besoin : ${hotlineNeedLabels[d.need].fr}`,
    `- Pays visés : ${countryNames(d.countries, 'fr')}`,
    `- Secteur : ${sectorLabels[d.sector].fr}`,
    ...(d.step ? [`- Étape du parcours export : ${d.step.id}. ${d.step.name}`] : []),
    ...(d.region ? [`- Région : ${d.region}`] : []),
    ...(d.siren ? [`- SIREN : ${d.siren}`] : []),
  ];
  return {
    to,
    subject: `Demande ${d.reference} bien reçue – Ligne directe export – Diplomatie`,
    text: `Bonjour ${d.contactName},\n\nNous avons bien reçu la demande de ${d.companyName} sur la ligne directe export, sous la référence ${d.reference}.\n\nRécapitulatif\n${lines.join('\n')}\n\nLa suite\nUn conseiller export de la Team France Export étudie votre demande, la transmet à l’interlocuteur le mieux placé (dans votre région ou dans le pays visé) et vous répond par courriel${d.phone ? ' ou par téléphone' : ''}. Rappelez la référence ${d.reference} dans vos échanges.\n\nEn attendant, le portail de l’export présente les offres d’accompagnement, les contacts et l’agenda qui peuvent vous être utiles :\n${d.portalUrl}\n\nSi vous n’êtes pas à l’origine de cette demande, ignorez ce message : rien d’autre ne vous sera envoyé.\n\n${sign.fr}\n`,
  };
}
