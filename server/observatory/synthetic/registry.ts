// The registry's official accounts (real missions loaded by an importer) in the synthetic world: each one
// takes a planned slot of its country, of the same role where possible, so its real handle is used.
import type { ActorType, Network } from '../../db/schema.ts';
import type { Role, Slot } from './plan.ts';

/** An official account the registry already holds (loaded by an importer): reused before generating. */
export interface RegistryAccount {
  accountId: number;
  actorId: string;
  country: string;
  type: ActorType;
  network: Network;
  handle: string | null;
  networkId: string | null;
}

function roleOfType(type: ActorType): Role | null {
  const roles: Partial<Record<ActorType, Role>> = {
    foreign_ministry: 'ministry',
    head_of_state_or_government: 'head',
    minister: 'minister',
    embassy: 'embassy',
    consulate: 'consulate',
    permanent_mission: 'mission',
    ambassador: 'ambassador',
    diplomat: 'diplomat',
  };
  return roles[type] ?? null;
}

/** Places the registry's accounts of one country into its planned slots (same role first). */
export function placeRegistry(slots: Slot[], registry: RegistryAccount[], state: boolean) {
  const placed: (RegistryAccount | null)[] = slots.map(() => null);
  const roles: Role[] = slots.map((s) => s.role);
  const top = state ? Math.min(3, slots.length) : 0;
  for (const account of registry) {
    const role = roleOfType(account.type);
    if (!role) continue;
    let at = -1;
    if (role === 'ministry' && slots[0]?.role === 'ministry' && !placed[0]) at = 0;
    else if (role === 'head' && slots[1]?.role === 'head' && !placed[1]) at = 1;
    const wanted = role === 'ministry' ? 'ministryDesk' : role;
    for (let i = top; at < 0 && i < slots.length; i++) if (!placed[i] && slots[i]?.role === wanted) at = i;
    for (let i = slots.length - 1; at < 0 && i >= top; i--) if (!placed[i]) at = i;
    if (at < 0) break;
    placed[at] = account;
    roles[at] = role === 'ministry' && at !== 0 ? 'ministryDesk' : role;
  }
  return { placed, roles };
}
