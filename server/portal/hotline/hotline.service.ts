// The export hotline's rules: a public form checked field by field (one 400 naming every bad field, nothing
// stored), a honeypot, a numbered support request for the front office, and an acknowledgement by e-mail.

import type { FastifyBaseLogger } from 'fastify';
import countries from 'i18n-iso-countries';
import type { Kysely } from 'kysely';
import { errorMessage, type Lang } from '../../../common/errors.ts';
import type { HotlineNeed, Sector } from '../../../common/portal-terms.ts';
import {
  type HotlineRequestBody,
  type HotlineRequestCreated,
  hotlineLimits,
  type SupportRequestList,
  type SupportRequestSummary,
} from '../../../common/schemas/portal-hotline.ts';
import { findClassificationMarking } from '../../access/markings.ts';
import type { Viewer } from '../../access/viewer.ts';
import { luhnValid } from '../../auth/auth.service.ts';
import type { DB } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import type { Mailer } from '../../mail/mailer.ts';
import { openFrontOfficeCase } from '../../network/index.ts';
import { acknowledgementMail } from './hotline.mails.ts';
import * as repo from './hotline.repo.ts';

export interface HotlineDeps {
  db: Kysely<DB>;
  mailer: Mailer;
  log: FastifyBaseLogger;
  publicUrl: string;
  lang: Lang;
}

type FieldError = { field: string; message: string };
const say = (lang: Lang, fr: string, en: string) => (lang === 'fr' ? fr : en);

// C0 and C1 controls, plus the separators and bidirectional overrides that can disguise text. Line breaks and tabs
// are allowed in the message only.
const CONTROL = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;
const hasControl = (value: string, multiLine: boolean) =>
  CONTROL.test(multiLine ? value.replace(/[\t\n\r]/g, '') : value);
// What an HTML parser reads as the start of markup: "<" then a letter, "/", "!" or "?". "a < b" and "<3" pass.
const MARKUP = /<[a-zA-Z/!?]/;
// One address, no display name, no list: nothing a mail header or a file name could misread.
const EMAIL =
  /^[A-Za-z0-9.!#$%&'*+=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;
const PHONE = /^\+?[0-9 ().\-/]+$/;

/** The request's fields, checked and cleaned. */
export interface CleanHotlineRequest {
  companyName: string;
  siren: string | null;
  region: { code: string; name: string } | null;
  countries: string[];
  sector: Sector;
  step: { id: number; name: string } | null;
  need: HotlineNeed;
  message: string;
  contactName: string;
  email: string;
  phone: string;
}

/** Trims, normalises and checks one text field; pushes a field error and returns null when it is refused. */
function text(
  errors: FieldError[],
  lang: Lang,
  field: string,
  raw: string | undefined,
  options: { max: number; required: boolean; multiLine?: boolean },
): string | null {
  const value = (raw ?? '').normalize('NFC').replace(/\r\n?/g, '\n').trim();
  const cleaned = options.multiLine ? value : value.replace(/[ \t]+/g, ' ');
  if (cleaned === '') {
    if (options.required) errors.push({ field, message: say(lang, 'champ obligatoire', 'required') });
    return options.required ? null : '';
  }
  if (hasControl(cleaned, options.multiLine ?? false)) {
    errors.push({
      field,
      message: say(
        lang,
        'contient des caractères de contrôle : retirez-les',
        'contains control characters: remove them',
      ),
    });
    return null;
  }
  if (MARKUP.test(cleaned)) {
    errors.push({
      field,
      message: say(
        lang,
        'le texte ne doit pas contenir de balises HTML (« < » suivi d’une lettre) : écrivez en texte simple',
        'the text must not contain HTML tags ("<" followed by a letter): write plain text',
      ),
    });
    return null;
  }
  if (cleaned.length > options.max) {
    errors.push({
      field,
      message: say(
        lang,
        `au plus ${options.max} caractères (${cleaned.length} saisis)`,
        `at most ${options.max} characters (${cleaned.length} given)`,
      ),
    });
    return null;
  }
  return cleaned;
}

function cleanSiren(errors: FieldError[], lang: Lang, raw: string | undefined): string | null {
  const digits = (raw ?? '').replace(/[\s\u00A0\u202F]/g, '');
  if (digits === '') return null;
  if (!/^[0-9]{9}$/.test(digits)) {
    errors.push({
      field: 'siren',
      message: say(lang, 'le SIREN compte 9 chiffres', 'a SIREN has 9 digits'),
    });
    return null;
  }
  if (!luhnValid(digits)) {
    errors.push({
      field: 'siren',
      message: say(
        lang,
        'ce SIREN n’existe pas : sa clé de contrôle est fausse (vérifiez les chiffres)',
        'this SIREN does not exist: its check digit is wrong (check the digits)',
      ),
    });
    return null;
  }
  return digits;
}

/** Checks every field and throws one 400 naming each bad one; nothing is stored before this passes. */
async function cleanHotlineRequest(db: Kysely<DB>, body: HotlineRequestBody, lang: Lang): Promise<CleanHotlineRequest> {
  const errors: FieldError[] = [];
  const companyName = text(errors, lang, 'companyName', body.companyName, {
    max: hotlineLimits.companyName,
    required: true,
  });
  const siren = cleanSiren(errors, lang, body.siren);
  const contactName = text(errors, lang, 'contactName', body.contactName, {
    max: hotlineLimits.contactName,
    required: true,
  });
  const message = text(errors, lang, 'message', body.message, {
    max: hotlineLimits.message,
    required: true,
    multiLine: true,
  });

  const email = (body.email ?? '').trim();
  if (email === '') errors.push({ field: 'email', message: say(lang, 'champ obligatoire', 'required') });
  else if (email.length > hotlineLimits.email || !EMAIL.test(email)) {
    errors.push({
      field: 'email',
      message: say(
        lang,
        'adresse électronique invalide (par exemple nom@exemple.fr)',
        'invalid e-mail address (for example name@example.com)',
      ),
    });
  }

  const phone = text(errors, lang, 'phone', body.phone, { max: hotlineLimits.phone, required: false });
  if (phone && (!PHONE.test(phone) || (phone.match(/[0-9]/g) ?? []).length < 4)) {
    errors.push({
      field: 'phone',
      message: say(
        lang,
        'numéro de téléphone invalide : chiffres, espaces et + . - ( ) seulement',
        'invalid phone number: digits, spaces and + . - ( ) only',
      ),
    });
  }

  const unknown = body.countries.filter((code) => !countries.isValid(code));
  if (unknown.length > 0) {
    errors.push({
      field: 'countries',
      message: say(
        lang,
        `code pays ISO 3166-1 inconnu : ${unknown.join(', ')}`,
        `unknown ISO 3166-1 country code: ${unknown.join(', ')}`,
      ),
    });
  }

  let region: CleanHotlineRequest['region'] = null;
  if (body.region !== undefined) {
    region = (await repo.findRegion(db, body.region)) ?? null;
    if (!region)
      errors.push({
        field: 'region',
        message: say(lang, `région inconnue : ${body.region}`, `unknown region: ${body.region}`),
      });
  }
  let step: CleanHotlineRequest['step'] = null;
  if (body.step !== undefined) {
    const row = await repo.findStep(db, body.step);
    if (row) step = { id: row.id, name: lang === 'fr' ? row.name_fr : row.name_en };
    else errors.push({ field: 'step', message: say(lang, 'étape inconnue', 'unknown step') });
  }

  if (body.consent !== true) {
    errors.push({
      field: 'consent',
      message: say(
        lang,
        'cochez la case pour accepter le traitement de votre demande',
        'tick the box to accept the processing of your request',
      ),
    });
  }

  if (errors.length > 0) throw new AppError('ERR_VALIDATION', { fieldErrors: errors });

  // The front office works below Diffusion Restreinte: a marked request is refused, its field named.
  for (const [field, value] of [
    ['companyName', companyName],
    ['message', message],
  ] as const) {
    const marking = findClassificationMarking(value);
    if (marking) {
      throw new AppError('ERR_CLASSIFIED_MARKING', {
        params: { marking },
        fieldErrors: [{ field, message: errorMessage('ERR_CLASSIFIED_MARKING', lang, { marking }) }],
      });
    }
  }

  return {
    companyName: companyName as string,
    siren,
    region,
    countries: [...new Set(body.countries)],
    sector: body.sector,
    step,
    need: body.need,
    message: message as string,
    contactName: contactName as string,
    email,
    phone: phone ?? '',
  };
}

const formatReference = (year: string, number: number) => `DEM-${year}-${String(number).padStart(6, '0')}`;

/** Who files a support request: the member and company it is linked to (none for a visitor), and the project's amount. */
export interface SupportRequestSender {
  userId: string | null;
  organisationId: string | null;
  amountEur: number | null;
}

/**
 * Files a support request, from the hotline or from a signed-in company in the front office: checks it, stores it
 * with its front-office case and acknowledges it by e-mail. `channel` names the sender's way in, in the logs.
 */
export async function fileSupportRequest(
  deps: HotlineDeps,
  body: HotlineRequestBody,
  sender: SupportRequestSender,
  channel: 'hotline' | 'front-office',
): Promise<{ id: string; reference: string; createdAt: string; email: string }> {
  const clean = await cleanHotlineRequest(deps.db, body, deps.lang);
  // The request and its front-office case (company file, queue) are stored together or not at all.
  const created = await deps.db.transaction().execute(async (trx) => {
    const { number, year } = await repo.nextRequestNumber(trx);
    const row = await repo.insertSupportRequest(trx, {
      reference: formatReference(year, number),
      company_name: clean.companyName,
      siren: clean.siren,
      region: clean.region?.code ?? null,
      countries: clean.countries,
      sector: clean.sector,
      step: clean.step?.id ?? null,
      need: clean.need,
      message: clean.message,
      contact_name: clean.contactName,
      email: clean.email,
      phone: clean.phone,
      lang: deps.lang,
      user_id: sender.userId,
      organisation_id: sender.organisationId,
      amount_eur: sender.amountEur,
      consent_at: new Date(),
    });
    await openFrontOfficeCase(trx, row.id);
    return row;
  });

  const mail = acknowledgementMail(deps.lang, clean.email, {
    reference: created.reference,
    companyName: clean.companyName,
    contactName: clean.contactName,
    siren: clean.siren,
    need: clean.need,
    countries: clean.countries,
    sector: clean.sector,
    step: clean.step,
    region: clean.region?.name ?? null,
    phone: clean.phone,
    portalUrl: `${deps.publicUrl}/portail-export`,
  });
  try {
    await deps.mailer.send(mail);
  } catch (err) {
    // The request is stored: the front office sees it even if the acknowledgement never left.
    deps.log.error({ err, reference: created.reference }, `${channel} acknowledgement could not be sent`);
  }
  return {
    id: created.id,
    reference: created.reference,
    createdAt: created.created_at.toISOString(),
    email: clean.email,
  };
}

/** Stores a hotline request (linked to the member who sends it) and acknowledges it by e-mail. */
export async function submitHotlineRequest(
  deps: HotlineDeps,
  body: HotlineRequestBody,
  viewer: Viewer,
): Promise<HotlineRequestCreated> {
  // Robots fill every field, people never see this one: refuse before anything else, quietly.
  if ((body.website ?? '').trim() !== '') {
    deps.log.info('hotline request refused: honeypot filled');
    throw new AppError('ERR_SPAM_SUSPECTED');
  }
  const member = viewer.audience !== 'visitor' && viewer.userId !== null;
  const sender = {
    userId: member ? viewer.userId : null,
    organisationId: member ? viewer.organisationId : null,
    amountEur: null,
  };
  const { reference, createdAt, email } = await fileSupportRequest(deps, body, sender, 'hotline');
  return { reference, createdAt, email };
}

export function presentSupportRequest(row: repo.SupportRequestRow): SupportRequestSummary {
  return {
    reference: row.reference,
    createdAt: row.created_at.toISOString(),
    status: row.status,
    need: row.need as HotlineNeed,
    countries: row.countries,
    companyName: row.company_name,
  };
}

/** A member's own requests, newest first. */
export async function listOwnRequests(db: Kysely<DB>, userId: string): Promise<SupportRequestList> {
  const rows = await repo.listSupportRequests(db, { userId }, { limit: 100, offset: 0 });
  return { items: rows.map(presentSupportRequest) };
}
