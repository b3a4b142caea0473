// Test data, made per test: never a shared seeded database.
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { provisionUser } from '../auth/provision.ts';
import type { Audience, DB, OrganisationKind, Role } from '../db/schema.ts';

export const PASSWORD = 'correct horse battery staple';

export const uniqueEmail = (prefix = 'user') => `${prefix}-${randomBytes(4).toString('hex')}@example.org`;

export async function makeUser(
  db: Kysely<DB>,
  options: {
    audience?: Audience;
    roles?: Role[];
    no2fa?: boolean;
    organisation?: string;
    organisationKind?: OrganisationKind;
    email?: string;
    partnerExpiresAt?: Date;
  } = {},
) {
  const audience = options.audience ?? 'company';
  const user = await provisionUser(
    db,
    {
      email: options.email ?? uniqueEmail(audience),
      password: PASSWORD,
      audience,
      organisation: options.organisation ?? `Org ${randomBytes(3).toString('hex')}`,
      ...(options.organisationKind ? { organisationKind: options.organisationKind } : {}),
      roles: options.roles ?? [],
      no2fa: options.no2fa ?? false,
      ...(options.partnerExpiresAt ? { partnerExpiresAt: options.partnerExpiresAt } : {}),
    },
    { allowNo2fa: true },
  );
  return { ...user, password: PASSWORD };
}
