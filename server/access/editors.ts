// Who may edit published content (the observatory's registry and imports, the export portal's back office):
// agents with the editor or admin role. One rule, shared by every area and by the `me` abilities.
import type { FastifyRequest } from 'fastify';
import { type AuthState, requireMember } from '../auth/auth.plugin.ts';
import { AppError } from '../errors.ts';
import type { Viewer } from './viewer.ts';

export function canEditContent(audience: string, roles: readonly string[]): boolean {
  return audience === 'agent' && (roles.includes('editor') || roles.includes('admin'));
}

export function isEditor(viewer: Viewer): boolean {
  return canEditContent(viewer.audience, viewer.roles);
}

/** A signed-in editor: 401 when signed out, 403 for any other member. */
export function requireEditor(request: FastifyRequest): AuthState & { viewer: Viewer } {
  const member = requireMember(request);
  if (!isEditor(member.viewer)) throw new AppError('ERR_FORBIDDEN');
  return member;
}
