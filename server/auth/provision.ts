// Accounts created by operators and scripts (CLI `user create`, the demo seed, test factories):
// the e-mail counts as verified; `no2fa` exempts the account from the mandatory second factor.
import type { Kysely } from 'kysely';
import type { Audience, DB, OrganisationKind, Role } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { normaliseEmail } from './auth.service.ts';
import { assertPasswordPolicy, hashPassword } from './passwords.ts';

export interface ProvisionInput {
  email: string;
  password: string;
  name?: string;
  audience: Audience;
  organisation: string;
  organisationKind?: OrganisationKind;
  roles?: Role[];
  no2fa?: boolean;
  partnerExpiresAt?: Date;
  country?: string;
}

const defaultKind: Record<Audience, OrganisationKind> = {
  agent: 'ministry',
  partner: 'association',
  company: 'company',
};

export async function findOrCreateOrganisation(
  db: Kysely<DB>,
  name: string,
  kind: OrganisationKind,
  country: string | null = null,
) {
  const existing = await db
    .selectFrom('organisations')
    .select(['id', 'kind'])
    .where('name', '=', name)
    .executeTakeFirst();
  if (existing) return existing.id;
  const created = await db
    .insertInto('organisations')
    .values({ name, kind, siren: null, siret: null, country })
    .returning('id')
    .executeTakeFirstOrThrow();
  return created.id;
}

export async function provisionUser(db: Kysely<DB>, input: ProvisionInput, options: { allowNo2fa: boolean }) {
  const email = normaliseEmail(input.email);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    throw new AppError('ERR_VALIDATION', { fieldErrors: [{ field: 'email', message: 'not an e-mail address' }] });
  }
  assertPasswordPolicy(input.password, email);
  if (input.no2fa && !options.allowNo2fa) throw new AppError('ERR_FORBIDDEN');
  const roles = input.roles ?? [];
  if (roles.length > 0 && input.audience !== 'agent') {
    throw new AppError('ERR_VALIDATION', { fieldErrors: [{ field: 'roles', message: 'roles are for agents only' }] });
  }
  const partnerExpiresAt =
    input.audience === 'partner' ? (input.partnerExpiresAt ?? new Date(Date.now() + 365 * 86_400_000)) : null;
  if (await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst()) {
    throw new AppError('ERR_CONFLICT', {
      fieldErrors: [{ field: 'email', message: 'this address already has an account' }],
    });
  }
  const organisationId = await findOrCreateOrganisation(
    db,
    input.organisation,
    input.organisationKind ?? defaultKind[input.audience],
    input.country ?? null,
  );
  return db
    .insertInto('users')
    .values({
      organisation_id: organisationId,
      email,
      name: input.name ?? email.split('@')[0]!,
      audience: input.audience,
      roles,
      password_hash: await hashPassword(input.password),
      email_verified_at: new Date(),
      partner_expires_at: partnerExpiresAt,
      mfa_exempt: input.no2fa ?? false,
      totp_secret: null,
      oidc_subject: null,
    })
    .returning(['id', 'email', 'organisation_id'])
    .executeTakeFirstOrThrow();
}
