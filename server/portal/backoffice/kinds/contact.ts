// Directory contacts (portal_contacts): regional export advisers, the State's networks abroad, partners' desks.
import { sql } from 'kysely';
import { Contact, type Contact as ContactPage } from '../../../../common/schemas/portal.ts';
import {
  CONTENT_KIND_PATHS,
  type ContactContent,
  ContactCreateBody,
  contentSchemas,
  patchBodies,
  SlugItemParams,
} from '../../../../common/schemas/portal-backoffice.ts';
import { checkCountries, checkEmail, checkHttpsUrl, checkProvider, checkRegions, say } from '../checks.ts';
import type { ContentRow, FieldError, KindDescriptor } from '../descriptor.ts';

export const contactKind: KindDescriptor<'contact'> = {
  kind: 'contact',
  path: CONTENT_KIND_PATHS.contact,
  table: 'portal_contacts',
  idColumn: 'id',
  columns: [
    'kind',
    'name',
    'provider_id',
    'role_fr',
    'role_en',
    'region',
    'country',
    'city',
    'address',
    'email',
    'phone',
    'url',
    'steps',
  ],
  schemas: {
    content: contentSchemas.contact,
    create: ContactCreateBody,
    patch: patchBodies.contact,
    params: SlugItemParams,
    preview: Contact,
  },
  requiredText: ['name'],
  titles: (c) => ({ fr: c.name, en: c.name }),
  slugSource: (c) => c.name,
  searchText: sql<string>`t.id || ' ' || t.name || ' ' || t.city`,
  draftSearchKeys: ['name', 'city'],
  fromRow: (r: ContentRow): ContactContent => ({
    kind: r.kind as ContactContent['kind'],
    name: r.name as string,
    providerId: r.provider_id as string | null,
    roleFr: r.role_fr as string,
    roleEn: r.role_en as string,
    region: r.region as string | null,
    country: r.country as string | null,
    city: r.city as string,
    address: r.address as string,
    email: r.email as string,
    phone: r.phone as string,
    url: r.url as string,
    steps: r.steps as ContactContent['steps'],
  }),
  toColumns: (c) => ({
    kind: c.kind,
    name: c.name,
    provider_id: c.providerId,
    role_fr: c.roleFr,
    role_en: c.roleEn,
    region: c.region,
    country: c.country,
    city: c.city,
    address: c.address,
    email: c.email,
    phone: c.phone,
    url: c.url,
    steps: c.steps,
  }),
  check: async (c, ctx) => {
    const errors: FieldError[] = [
      ...(await checkProvider(c.providerId, 'providerId', ctx)),
      ...(await checkRegions([c.region], 'region', ctx)),
      ...checkCountries([c.country], 'country', ctx.lang),
      ...checkEmail(c.email, 'email', ctx.lang),
      ...checkHttpsUrl(c.url, 'url', ctx.lang, true),
    ];
    // Where the contact works: a French region for regional advisers, a country for the networks abroad.
    if (c.kind === 'regional_export' && c.region === null)
      errors.push({
        field: 'region',
        message: say(ctx.lang, 'indiquez la région de ce contact', 'give the region of this contact'),
      });
    if (c.kind !== 'regional_export' && c.kind !== 'provider_desk' && c.country === null)
      errors.push({
        field: 'country',
        message: say(ctx.lang, 'indiquez le pays de ce contact', 'give the country of this contact'),
      });
    return errors;
  },
  preview: async (c, meta, ctx): Promise<ContactPage> => ({
    id: meta.id,
    kind: c.kind,
    name: c.name,
    provider: await ctx.providerRef(c.providerId),
    role: ctx.lang === 'en' ? c.roleEn : c.roleFr,
    region: c.region,
    country: c.country,
    city: c.city,
    address: c.address,
    email: c.email,
    phone: c.phone,
    url: c.url,
    steps: c.steps,
  }),
};
