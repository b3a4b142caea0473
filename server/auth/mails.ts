// The e-mails of the account lifecycle, in French or English.
import type { Lang } from '../../common/errors.ts';
import type { OutgoingMail } from '../mail/mailer.ts';

const sign = { fr: '— L’équipe Diplomatie', en: '— The Diplomatie team' };

export function verificationMail(lang: Lang, to: string, name: string, link: string): OutgoingMail {
  return lang === 'en'
    ? {
        to,
        subject: 'Confirm your e-mail address – Diplomatie',
        text: `Hello ${name},\n\nConfirm your e-mail address to activate your Diplomatie account:\n${link}\n\nThe link is valid for 48 hours. If you did not sign up, ignore this message.\n\n${sign.en}\n`,
      }
    : {
        to,
        subject: 'Confirmez votre adresse électronique – Diplomatie',
        text: `Bonjour ${name},\n\nConfirmez votre adresse électronique pour activer votre compte Diplomatie :\n${link}\n\nLe lien est valable 48 heures. Si vous n’êtes pas à l’origine de cette inscription, ignorez ce message.\n\n${sign.fr}\n`,
      };
}

export function accountExistsMail(lang: Lang, to: string, link: string): OutgoingMail {
  return lang === 'en'
    ? {
        to,
        subject: 'You already have an account – Diplomatie',
        text: `Hello,\n\nSomeone tried to sign up to Diplomatie with this address, which already has an account.\nIf it was you, sign in, or reset your password here:\n${link}\n\n${sign.en}\n`,
      }
    : {
        to,
        subject: 'Vous avez déjà un compte – Diplomatie',
        text: `Bonjour,\n\nQuelqu’un a tenté de s’inscrire sur Diplomatie avec cette adresse, qui a déjà un compte.\nSi c’était vous, connectez-vous, ou réinitialisez votre mot de passe ici :\n${link}\n\n${sign.fr}\n`,
      };
}

export function resetMail(lang: Lang, to: string, name: string, link: string): OutgoingMail {
  return lang === 'en'
    ? {
        to,
        subject: 'Reset your password – Diplomatie',
        text: `Hello ${name},\n\nTo choose a new password, follow this link (valid for 1 hour):\n${link}\n\nIf you did not ask for it, ignore this message: your password stays the same.\n\n${sign.en}\n`,
      }
    : {
        to,
        subject: 'Réinitialisez votre mot de passe – Diplomatie',
        text: `Bonjour ${name},\n\nPour choisir un nouveau mot de passe, suivez ce lien (valable 1 heure) :\n${link}\n\nSi vous n’avez rien demandé, ignorez ce message : votre mot de passe reste inchangé.\n\n${sign.fr}\n`,
      };
}

/** The invitee's language is not known yet: the invitation is written in both. */
export function invitationMail(
  to: string,
  inviter: string,
  organisation: string,
  audience: 'agent' | 'partner',
  link: string,
): OutgoingMail {
  const roleFr = audience === 'agent' ? 'agent' : 'partenaire';
  const roleEn = audience === 'agent' ? 'an agent' : 'a partner';
  return {
    to,
    subject: 'Invitation à rejoindre Diplomatie / Invitation to Diplomatie',
    text: `Bonjour,\n\n${inviter} vous invite à rejoindre Diplomatie en tant que ${roleFr} de ${organisation}.\nAcceptez l’invitation (valable 7 jours) :\n${link}\n\n${sign.fr}\n\n---\n\nHello,\n\n${inviter} invites you to join Diplomatie as ${roleEn} of ${organisation}.\nAccept the invitation (valid for 7 days):\n${link}\n\n${sign.en}\n`,
  };
}
