// The first-run demo: a ministry, two embassies, a public body, two companies, and one user per audience.
import type { Kysely } from 'kysely';
import { provisionUser } from '../auth/provision.ts';
import type { DB, OrganisationKind } from '../db/schema.ts';

export const DEMO_PASSWORD = 'diplomatie-demo-2026';

const organisations: { name: string; kind: OrganisationKind; country: string; siret?: string }[] = [
  {
    name: 'Ministère de l’Europe et des Affaires étrangères',
    kind: 'ministry',
    country: 'FR',
    siret: '12000101100010',
  },
  { name: 'Ambassade de France au Mali', kind: 'diplomatic_post', country: 'ML' },
  { name: 'Ambassade de France en Arabie saoudite', kind: 'diplomatic_post', country: 'SA' },
  { name: 'Business France', kind: 'public_body', country: 'FR', siret: '45163440100238' },
  { name: 'Atelier Lumière SAS', kind: 'company', country: 'FR' },
  { name: 'Hydro Sahel Ingénierie', kind: 'company', country: 'FR' },
  { name: 'Conseillers du commerce extérieur – section Mali', kind: 'association', country: 'ML' },
];

export const demoAccounts = [
  {
    email: 'admin@diplomatie.test',
    name: 'Camille Administratrice',
    audience: 'agent',
    organisation: organisations[0]!.name,
    roles: ['admin', 'moderator'],
  },
  {
    email: 'agent@diplomatie.test',
    name: 'Jean Agent',
    audience: 'agent',
    organisation: organisations[1]!.name,
    roles: ['editor'],
  },
  {
    email: 'partenaire@diplomatie.test',
    name: 'Awa Partenaire',
    audience: 'partner',
    organisation: organisations[6]!.name,
    roles: [],
  },
  {
    email: 'entreprise@diplomatie.test',
    name: 'Claire Entreprise',
    audience: 'company',
    organisation: organisations[4]!.name,
    roles: [],
  },
] as const;

/** Returns false when the database already has accounts (a second start reuses the data). */
export async function seedDemo(db: Kysely<DB>, options: { waiveSecondFactor: boolean }): Promise<boolean> {
  const existing = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (existing) return false;
  for (const o of organisations) {
    const found = await db.selectFrom('organisations').select('id').where('name', '=', o.name).executeTakeFirst();
    if (!found) {
      await db
        .insertInto('organisations')
        .values({ name: o.name, kind: o.kind, country: o.country, siren: null, siret: o.siret ?? null })
        .execute();
    }
  }
  for (const account of demoAccounts) {
    await provisionUser(
      db,
      {
        email: account.email,
        name: account.name,
        password: DEMO_PASSWORD,
        audience: account.audience,
        organisation: account.organisation,
        roles: [...account.roles],
        // The demo agent signs in with a password alone; the demo admin shows the mandatory TOTP enrolment.
        no2fa: options.waiveSecondFactor && account.email === 'agent@diplomatie.test',
      },
      { allowNo2fa: options.waiveSecondFactor },
    );
  }
  return true;
}
