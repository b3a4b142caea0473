// Presenters shared by the network's features: labels with their banner, member references, cursors.
import type { Lang } from '../../../common/errors.ts';
import type { LabelView, MemberRef } from '../../../common/schemas/network.ts';
import { banner, isLevel, isTlp, type Level, type Tlp } from '../../access/labels.ts';
import { AppError } from '../../errors.ts';

export function presentLabel(level: number, tlp: string, lang: Lang): LabelView {
  if (!isLevel(level) || !isTlp(tlp)) throw new Error(`invalid stored label ${level}/${tlp}`);
  return { level, tlp, banner: banner({ level: level as Level, tlp: tlp as Tlp, compartmentId: null }, lang) };
}

export interface MemberRefRow {
  id: string;
  name: string;
  audience: 'company' | 'partner' | 'agent';
  organisation: string;
  verified_at: Date | null;
}

export function presentMemberRef(row: MemberRefRow): MemberRef {
  return {
    id: row.id,
    name: row.name,
    audience: row.audience,
    organisation: row.organisation,
    verified: row.verified_at !== null,
  };
}

/** A keyset cursor over (created_at, id), opaque to clients. */
export function encodeCursor(at: Date, id: string): string {
  return Buffer.from(`${at.toISOString()}|${id}`, 'utf8').toString('base64url');
}

/** The decoded cursor, or a 400 naming the parameter. */
export function decodeCursor(cursor: string | undefined): { at: Date; id: string } | null {
  if (cursor === undefined || cursor === '') return null;
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const date = at ? new Date(at) : null;
  if (!date || Number.isNaN(date.getTime()) || !id || !/^[0-9a-f-]{36}$/.test(id)) {
    throw new AppError('ERR_VALIDATION', { fieldErrors: [{ field: 'before', message: 'invalid cursor' }] });
  }
  return { at: date, id };
}
