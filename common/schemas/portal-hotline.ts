// Request and response schemas of the export hotline (/api/portal/hotline): the public form and a member's own
// requests. The schema bounds shapes and sizes; the service checks the rest (SIREN key, real countries, known
// region, no markup or control characters) and names every bad field in one 400.
import { type Static, Type } from '@sinclair/typebox';
import { HOTLINE_NEEDS } from '../portal-terms.ts';
import { DateTime, Iso2, literals, RegionCode, SectorSchema, StepNumber } from './portal.ts';

export const HotlineNeedSchema = literals(HOTLINE_NEEDS, { description: 'What the company needs help with' });

/** Limits of the form's fields, shared by the server's checks and the web form. */
export const hotlineLimits = {
  companyName: 200,
  contactName: 200,
  email: 254,
  phone: 30,
  message: 5000,
  countries: 10,
} as const;

// Text caps leave room for surrounding spaces: the service trims, then applies hotlineLimits.
export const HotlineRequestBody = Type.Object(
  {
    companyName: Type.String({ maxLength: 400, description: 'Company name (1–200 characters)' }),
    siren: Type.Optional(
      Type.String({ maxLength: 20, description: 'SIREN: 9 digits with a valid Luhn key; spaces allowed' }),
    ),
    region: Type.Optional(RegionCode),
    countries: Type.Array(Iso2, {
      minItems: 1,
      maxItems: hotlineLimits.countries,
      uniqueItems: true,
      description: 'Target countries (ISO 3166-1 alpha-2), 1 to 10',
    }),
    sector: SectorSchema,
    step: Type.Optional(StepNumber),
    need: HotlineNeedSchema,
    message: Type.String({ maxLength: 10_000, description: 'The request, 1–5000 characters; plain text' }),
    contactName: Type.String({ maxLength: 400, description: 'Who to answer (1–200 characters)' }),
    email: Type.String({ maxLength: 300, description: 'E-mail address for the answer and the acknowledgement' }),
    phone: Type.Optional(Type.String({ maxLength: 60, description: 'Phone number (digits, spaces, + . - ( ))' })),
    consent: Type.Boolean({ description: 'Consent to the processing of the request (must be true)' }),
    website: Type.Optional(
      Type.String({ maxLength: 500, description: 'Leave empty: a field hidden from people, filled by robots' }),
    ),
  },
  { additionalProperties: false },
);
export type HotlineRequestBody = Static<typeof HotlineRequestBody>;

export const HotlineRequestCreated = Type.Object({
  reference: Type.String({ description: 'The request’s reference, e.g. DEM-2026-000042' }),
  createdAt: DateTime,
  email: Type.String({ description: 'Where the acknowledgement was sent' }),
});
export type HotlineRequestCreated = Static<typeof HotlineRequestCreated>;

export const SupportRequestSummary = Type.Object({
  reference: Type.String(),
  createdAt: DateTime,
  status: Type.String({ description: 'Where the request stands in the front office (new, ...)' }),
  need: HotlineNeedSchema,
  countries: Type.Array(Iso2),
  companyName: Type.String(),
});
export type SupportRequestSummary = Static<typeof SupportRequestSummary>;

export const SupportRequestList = Type.Object({ items: Type.Array(SupportRequestSummary) });
export type SupportRequestList = Static<typeof SupportRequestList>;
