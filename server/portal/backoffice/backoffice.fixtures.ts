// Test helpers of the back office: signed-in clients by role and a valid body for each kind of content.
import { expect } from 'vitest';
import { Client, type TestApp } from '../../test/app.ts';
import { makeUser, PASSWORD } from '../../test/factories.ts';

export const ADMIN = '/api/portal/admin';

export async function signIn(t: TestApp, options: Parameters<typeof makeUser>[1] = {}) {
  const user = await makeUser(t.database.db, { no2fa: true, ...options });
  const client = await new Client(t.app).start();
  const res = await client.post('/api/auth/login', { email: user.email, password: PASSWORD });
  expect(res.statusCode).toBe(200);
  return { client, user };
}

/** Valid creation bodies; `tag` makes titles unique per test. Partners and regions are the seeded ones. */
export const bodies = {
  offer: (tag: string) => ({
    providerId: 'bpifrance',
    titleFr: `Chèque relance ${tag}`,
    titleEn: `Export recovery voucher ${tag}`,
    summaryFr: `Une aide ${tag} pour prospecter.`,
    summaryEn: `A ${tag} grant to prospect.`,
    descriptionFr: `Le chèque ${tag} finance une prestation de prospection.\n\nIl est cumulable.`,
    descriptionEn: `The ${tag} voucher funds a prospecting service.`,
    steps: [4, 3],
    type: 'financing',
    price: 'cofunded',
    url: 'https://www.bpifrance.fr/catalogue-offres',
    sectors: ['agri_food'],
    regions: ['84'],
    countries: ['VN'],
  }),
  event: (tag: string) => ({
    titleFr: `Événement ${tag} à Hanoï`,
    titleEn: `${tag} event in Hanoi`,
    summaryFr: 'Rencontres d’affaires.',
    summaryEn: 'Business meetings.',
    descriptionFr: 'Deux jours de rendez-vous.',
    descriptionEn: 'Two days of meetings.',
    type: 'b2b_meetings',
    startsAt: '2031-03-10T09:00:00+07:00',
    endsAt: '2031-03-11T18:00:00+07:00',
    timezone: 'Asia/Ho_Chi_Minh',
    city: 'Hanoï',
    country: 'VN',
    countries: ['VN'],
    providerId: 'business-france',
    price: 'paid',
    url: 'https://www.businessfrance.fr/evenements',
  }),
  news: (tag: string) => ({
    titleFr: `Actualité ${tag}`,
    titleEn: `News ${tag}`,
    summaryFr: 'Un résumé.',
    summaryEn: 'A summary.',
    bodyFr: 'Le texte.',
    bodyEn: 'The text.',
    dated: '2030-01-15',
    countries: ['VN'],
  }),
  contact: (tag: string) => ({
    kind: 'business_france_office',
    name: `Business France ${tag}`,
    providerId: 'business-france',
    roleFr: 'Bureau',
    roleEn: 'Office',
    country: 'VN',
    city: 'Hô Chi Minh-Ville',
    email: 'vietnam@businessfrance.fr',
    phone: '+84 28 00 00 00',
    url: 'https://www.businessfrance.fr/vietnam',
  }),
} as const;
