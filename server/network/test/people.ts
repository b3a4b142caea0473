// The people network tests sign in as, each in an organisation of its own unless told otherwise, so that what one
// test sees never depends on another's members.
import { randomBytes } from 'node:crypto';
import type { Role } from '../../db/schema.ts';
import type { TestApp } from '../../test/app.ts';
import { member } from './world.ts';

/** A short random suffix that keeps names unique across tests. */
export const tag = () => randomBytes(3).toString('hex');

/** A partner's access ends a month from now. */
export const inMonth = () => new Date(Date.now() + 30 * 86_400_000);

/** An agent of an embassy (a diplomatic post). */
export const embassyAgent = (t: TestApp, options: { roles?: Role[]; name?: string; organisation?: string } = {}) =>
  member(t, {
    audience: 'agent',
    organisation: options.organisation ?? `Ambassade ${tag()}`,
    organisationKind: 'diplomatic_post',
    roles: options.roles ?? [],
    ...(options.name === undefined ? {} : { name: options.name }),
  });

/** A user of a company. */
export const companyUser = (t: TestApp, options: { name?: string; organisation?: string } = {}) =>
  member(t, {
    audience: 'company',
    organisation: options.organisation ?? `Société ${tag()}`,
    organisationKind: 'company',
    ...(options.name === undefined ? {} : { name: options.name }),
  });

/** A partner (a consulting firm), whose access ends at `expiresAt` when given. */
export const partnerUser = (t: TestApp, options: { expiresAt?: Date } = {}) =>
  member(t, {
    audience: 'partner',
    organisation: `Cabinet ${tag()}`,
    ...(options.expiresAt === undefined ? {} : { partnerExpiresAt: options.expiresAt }),
  });
