// Who may change the observatory (registry, imports, polls): agents with the editor or admin role.
import type { FastifyRequest } from 'fastify';
import type { Viewer } from '../access/viewer.ts';
import { type AuthState, requireMember } from '../auth/auth.plugin.ts';
import { AppError } from '../errors.ts';

export function canEditObservatory(audience: string, roles: readonly string[]): boolean {
  return audience === 'agent' && (roles.includes('editor') || roles.includes('admin'));
}

export function isEditor(viewer: Viewer): boolean {
  return canEditObservatory(viewer.audience, viewer.roles);
}

/** A signed-in observatory editor: 401 when signed out, 403 for any other member. */
export function requireEditor(request: FastifyRequest): AuthState & { viewer: Viewer } {
  const member = requireMember(request);
  if (!isEditor(member.viewer)) throw new AppError('ERR_FORBIDDEN');
  return member;
}
