// The signed-in member's own profile: read it as others see it, and save it (created on first save). Every
// text is checked for classification markings and control characters; the directory's search text follows.
import countries from 'i18n-iso-countries';
import { type MemberProfile, PROFILE_LIMITS, type ProfileBody } from '../../../common/schemas/network-members.ts';
import { appendAudit } from '../../access/audit.ts';
import { assertNoClassificationMarking } from '../../access/markings.ts';
import type { Viewer } from '../../access/viewer.ts';
import { AppError } from '../../errors.ts';
import * as repo from './members.repo.ts';
import { type MembersDeps, presentProfile, visibleMember } from './members.service.ts';

type Member = Viewer & { userId: string };

const invalid = (field: string, message: string) =>
  new AppError('ERR_VALIDATION', { fieldErrors: [{ field, message }] });

// Line breaks are allowed in the bio only; no other control character anywhere.
const CONTROL = /[\p{Cc}\u2028\u2029]/u;

function line(field: string, value: string, max: number): string {
  const text = value.normalize('NFC').trim();
  if (CONTROL.test(text)) throw invalid(field, 'no control characters or line breaks');
  if (text.length > max) throw invalid(field, `at most ${max} characters`);
  assertNoClassificationMarking(text);
  return text;
}

function bioText(value: string): string {
  const text = value.normalize('NFC').replace(/\r\n?/g, '\n').trim();
  if (CONTROL.test(text.replace(/[\t\n]/g, ''))) throw invalid('bio', 'no control characters');
  if (text.length > PROFILE_LIMITS.bio) throw invalid('bio', `at most ${PROFILE_LIMITS.bio} characters`);
  assertNoClassificationMarking(text);
  return text;
}

/** Expertise tags: trimmed, non-empty, without duplicates (case and accents aside), order kept. */
function expertiseTags(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const [index, value] of values.entries()) {
    const tag = line(`expertise.${index}`, value, PROFILE_LIMITS.expertiseLength);
    if (!tag) throw invalid(`expertise.${index}`, 'empty tag');
    const key = tag.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
  }
  if (tags.length > PROFILE_LIMITS.expertiseItems) {
    throw invalid('expertise', `at most ${PROFILE_LIMITS.expertiseItems} tags`);
  }
  return tags;
}

export async function getOwnProfile(deps: MembersDeps, viewer: Member): Promise<MemberProfile> {
  const row = await visibleMember(deps.db, viewer, viewer.userId);
  return presentProfile(deps.db, viewer, row, deps.lang);
}

export async function saveOwnProfile(deps: MembersDeps, viewer: Member, body: ProfileBody): Promise<MemberProfile> {
  const changes: Partial<repo.ProfileValues> = {};
  if (body.title !== undefined) changes.title = line('title', body.title, PROFILE_LIMITS.title);
  if (body.country !== undefined) {
    if (body.country !== null && !countries.isValid(body.country)) throw invalid('country', 'unknown country code');
    changes.country = body.country;
  }
  if (body.sectors !== undefined) changes.sectors = [...new Set(body.sectors)];
  if (body.expertise !== undefined) changes.expertise = expertiseTags(body.expertise);
  if (body.languages !== undefined) changes.languages = [...new Set(body.languages)];
  if (body.bio !== undefined) changes.bio = bioText(body.bio);
  if (body.publicProfile !== undefined) changes.public_profile = body.publicProfile;

  await deps.db.transaction().execute(async (tx) => {
    const current = await repo.findProfile(tx, viewer.userId);
    const values: repo.ProfileValues = {
      title: current?.title ?? '',
      country: current?.country ?? null,
      sectors: current?.sectors ?? [],
      expertise: current?.expertise ?? [],
      languages: current?.languages ?? [],
      bio: current?.bio ?? '',
      public_profile: current?.public_profile ?? false,
      ...changes,
    };
    await repo.saveProfile(tx, viewer.userId, values);
    await repo.refreshMemberSearch(tx, [viewer.userId]);
    // Making a profile public (or not) changes who sees the member: a visibility change, audited.
    if (values.public_profile !== (current?.public_profile ?? false)) {
      await appendAudit(tx, {
        action: values.public_profile ? 'member.profile.public' : 'member.profile.private',
        actorId: viewer.userId,
        objectType: 'user',
        objectId: viewer.userId,
        ip: deps.ip,
      });
    }
  });
  return getOwnProfile(deps, viewer);
}
