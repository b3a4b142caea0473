import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { type Label, labelAt } from './labels.ts';
import { type Viewer, visitor } from './viewer.ts';
import { assertCanCreate, assertCanLower, canCreateCompartment, canWriteChild, type OwnedItem } from './write.ts';

const ROOM = '30000000-0000-4000-8000-000000000001';
const OTHER_ROOM = '30000000-0000-4000-8000-000000000002';
const ALICE = '20000000-0000-4000-8000-000000000001';
const BOB = '20000000-0000-4000-8000-000000000002';

const viewer = (audience: Viewer['audience'], userId: string | null, rooms: string[] = []): Viewer => ({
  userId,
  organisationId: '10000000-0000-4000-8000-000000000001',
  audience,
  roles: [],
  compartmentIds: new Set(rooms),
});
const agent = viewer('agent', ALICE, [ROOM]);
const company = viewer('company', BOB, [ROOM]);

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).code;
  }
  return 'none';
}

const l0 = labelAt(0, null);
const l1 = labelAt(1, null);
const l2 = labelAt(2, null);
const room = labelAt(3, ROOM);
const roomRed = labelAt(3, ROOM, 'RED');
const other = labelAt(3, OTHER_ROOM);

describe('no write-down', () => {
  const cases: [Label, Label, boolean][] = [
    [l0, l0, true],
    [l0, l2, true],
    [l1, l0, false],
    [l2, l1, false],
    [l2, l2, true],
    // Replies never leave or enter a compartment.
    [l2, room, false],
    [room, l2, false],
    [room, room, true],
    [room, other, false],
    // At level 3 the marking may rise (AMBER to RED), never fall.
    [room, roomRed, true],
    [roomRed, room, false],
  ];
  it.each(cases)('%o under %o: %s', (parent, child, allowed) => {
    expect(canWriteChild(parent, child)).toBe(allowed);
  });
});

describe('creating', () => {
  it('lets a writer create only what they could read', () => {
    expect(assertCanCreate(company, { level: 1, tlp: 'GREEN' })).toEqual(l1);
    expect(assertCanCreate(company, { level: 3, tlp: 'RED', compartmentId: ROOM })).toEqual(roomRed);
    expect(codeOf(() => assertCanCreate(company, { level: 2, tlp: 'AMBER+STRICT' }))).toBe('ERR_FORBIDDEN');
    // A compartment one is not in does not exist, for writing as for reading.
    expect(codeOf(() => assertCanCreate(agent, { level: 3, tlp: 'AMBER', compartmentId: OTHER_ROOM }))).toBe(
      'ERR_NOT_FOUND',
    );
    expect(codeOf(() => assertCanCreate(agent, { level: 3, tlp: 'GREEN', compartmentId: ROOM }))).toBe(
      'ERR_INVALID_LABEL',
    );
  });

  it('refuses visitors and lapsed accounts; roles change nothing', () => {
    expect(codeOf(() => assertCanCreate(visitor, { level: 0, tlp: 'CLEAR' }))).toBe('ERR_UNAUTHENTICATED');
    expect(codeOf(() => assertCanCreate(viewer('visitor', ALICE, [ROOM]), { level: 0, tlp: 'CLEAR' }))).toBe(
      'ERR_FORBIDDEN',
    );
    const admin = { ...company, roles: ['admin', 'moderator', 'editor'] as const };
    expect(codeOf(() => assertCanCreate(admin, { level: 2, tlp: 'AMBER+STRICT' }))).toBe('ERR_FORBIDDEN');
  });

  it('checks a reply against its thread', () => {
    expect(assertCanCreate(agent, l2, l1)).toEqual(l2);
    expect(codeOf(() => assertCanCreate(agent, l1, l2))).toBe('ERR_LEVEL_WRITE_DOWN');
    expect(codeOf(() => assertCanCreate(agent, l2, room))).toBe('ERR_LEVEL_WRITE_DOWN');
    // A thread the writer cannot read is not found, whatever the reply.
    expect(codeOf(() => assertCanCreate(company, l2, l2))).toBe('ERR_NOT_FOUND');
    expect(codeOf(() => assertCanCreate(company, room, other))).toBe('ERR_NOT_FOUND');
  });
});

describe('lowering a label', () => {
  const note = (level: 0 | 1 | 2 | 3, ownerId: string | null, compartmentId: string | null = null): OwnedItem => ({
    type: 'note',
    id: 7,
    level,
    compartmentId,
    ownerId,
    tlp: labelAt(level, compartmentId).tlp,
  });

  it('is the owner’s explicit act and returns the audit entry', () => {
    const { label, audit } = assertCanLower(agent, note(3, ALICE, ROOM), 2, {
      reason: 'shared with all agents',
      ip: '10.0.0.1',
    });
    expect(label).toEqual(l2);
    expect(audit).toEqual({
      action: 'label.lowered',
      actorId: ALICE,
      objectType: 'note',
      objectId: '7',
      details: {
        from: { level: 3, tlp: 'AMBER', compartmentId: ROOM },
        to: { level: 2, tlp: 'AMBER+STRICT', compartmentId: null },
        reason: 'shared with all agents',
      },
      ip: '10.0.0.1',
    });
  });

  it('refuses others, raises, and labels the owner would lose', () => {
    // Not the owner (an admin neither): forbidden; cannot read it at all: not found.
    expect(codeOf(() => assertCanLower({ ...agent, roles: ['admin'] }, note(2, BOB), 1))).toBe('ERR_FORBIDDEN');
    expect(codeOf(() => assertCanLower(company, note(2, BOB), 1))).toBe('ERR_NOT_FOUND');
    expect(codeOf(() => assertCanLower(company, note(3, BOB, OTHER_ROOM), 1))).toBe('ERR_NOT_FOUND');
    expect(codeOf(() => assertCanLower(agent, note(2, null), 1))).toBe('ERR_FORBIDDEN');
    // Same or higher is not lowering.
    expect(codeOf(() => assertCanLower(agent, note(1, ALICE), 1))).toBe('ERR_INVALID_LABEL');
    expect(codeOf(() => assertCanLower(agent, note(1, ALICE), 2))).toBe('ERR_INVALID_LABEL');
    expect(codeOf(() => assertCanLower(agent, note(1, ALICE), -1 as 0))).toBe('ERR_INVALID_LABEL');
    // A company member lowering a room item to Agents would lose it.
    expect(codeOf(() => assertCanLower(company, note(3, BOB, ROOM), 2))).toBe('ERR_FORBIDDEN');
    expect(assertCanLower(company, note(3, BOB, ROOM), 1).label).toEqual(l1);
    // A lapsed owner is a visitor: the item is not found.
    expect(codeOf(() => assertCanLower(viewer('visitor', ALICE), note(1, ALICE), 0))).toBe('ERR_NOT_FOUND');
  });
});

describe('compartments', () => {
  it('are opened by agents only', () => {
    expect(canCreateCompartment(agent)).toBe(true);
    expect(canCreateCompartment({ ...company, roles: ['admin'] })).toBe(false);
    expect(canCreateCompartment(viewer('partner', BOB))).toBe(false);
    expect(canCreateCompartment(visitor)).toBe(false);
  });
});
