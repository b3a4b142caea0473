// The hotline form's own checks, run before sending so that people see every problem at once; the server checks
// the same rules (server/portal/hotline/hotline.service.ts) and more, and its answer is shown the same way.
import type { hotlineMessages } from './messages.ts';

/** The server's limits (common/schemas/portal-hotline.ts `hotlineLimits`, kept out of the bundle with TypeBox). */
export const limits = { companyName: 200, contactName: 200, email: 254, phone: 30, message: 5000, countries: 10 };

export interface HotlineForm {
  companyName: string;
  siren: string;
  region: string;
  sector: string;
  countries: string[];
  step: string;
  need: string;
  message: string;
  contactName: string;
  email: string;
  phone: string;
  consent: boolean;
  website: string;
}

export type HotlineField = Exclude<keyof HotlineForm, 'website'>;

/** The fields in the order of the page, with the id of the element that takes focus for each. */
export const fieldOrder: readonly { field: HotlineField; id: string }[] = [
  { field: 'companyName', id: 'hotline-company-name' },
  { field: 'siren', id: 'hotline-siren' },
  { field: 'region', id: 'hotline-region' },
  { field: 'sector', id: 'hotline-sector' },
  { field: 'countries', id: 'hotline-country-search' },
  { field: 'step', id: 'hotline-step' },
  { field: 'need', id: 'hotline-need-0' },
  { field: 'message', id: 'hotline-message' },
  { field: 'contactName', id: 'hotline-contact-name' },
  { field: 'email', id: 'hotline-email' },
  { field: 'phone', id: 'hotline-phone' },
  { field: 'consent', id: 'hotline-consent-0' },
];

const MARKUP = /<[a-zA-Z/!?]/;
const EMAIL = /^[A-Za-z0-9.!#$%&'*+=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;
const PHONE = /^\+?[0-9 ().\-/]+$/;

export const sirenDigits = (siren: string) => siren.replace(/[\s\u00A0\u202F]/g, '');

/** SIREN numbers end with a Luhn check digit. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

type Messages = (typeof hotlineMessages)['fr'];

function textProblem(t: Messages, value: string, max: number, required: boolean): string | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return required ? t.required : undefined;
  if (MARKUP.test(trimmed)) return t.markup;
  if (trimmed.length > max) return t.tooLong(max, trimmed.length);
  return undefined;
}

/** Every problem of the form, by field. */
export function validate(form: HotlineForm, t: Messages): Partial<Record<HotlineField, string>> {
  const errors: Partial<Record<HotlineField, string>> = {};
  const set = (field: HotlineField, message: string | undefined) => {
    if (message) errors[field] = message;
  };
  set('companyName', textProblem(t, form.companyName, limits.companyName, true));
  const siren = sirenDigits(form.siren);
  if (siren) set('siren', !/^[0-9]{9}$/.test(siren) ? t.sirenDigits : luhnValid(siren) ? undefined : t.sirenKey);
  if (!form.sector) set('sector', t.required);
  if (form.countries.length === 0) set('countries', t.countriesRequired);
  if (!form.need) set('need', t.needRequired);
  set('message', textProblem(t, form.message, limits.message, true));
  set('contactName', textProblem(t, form.contactName, limits.contactName, true));
  const email = form.email.trim();
  if (!email) set('email', t.required);
  else if (email.length > limits.email || !EMAIL.test(email)) set('email', t.invalidEmail);
  const phone = form.phone.trim();
  if (phone && (!PHONE.test(phone) || phone.length > limits.phone || (phone.match(/[0-9]/g) ?? []).length < 4))
    set('phone', t.invalidPhone);
  if (!form.consent) set('consent', t.consentRequired);
  return errors;
}
