// What the posts and comments routes share: their OpenAPI tag and security, the problems they answer, and the
// start of every handler.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Problem } from '../../../common/schemas/problem.ts';
import { networkDeps, requireNetworkMember } from '../core/context.ts';

export const tags = ['network-posts'];
export const security = [{ session: [] }];

/** Reading or deleting one item: unknown and hidden ids answer the same 404. */
export const itemProblems = { 401: Problem, 403: Problem, 404: Problem };
/** A request with parameters or a query that may be malformed. */
export const queryProblems = { 400: Problem, ...itemProblems };
/** A change refused on its content (a label below the space's, a marking in the text). */
export const editProblems = { ...queryProblems, 422: Problem };
export const createProblems = { ...editProblems, 409: Problem };

/** The signed-in member (checked before anything is set on the reply), answers kept out of caches, and deps. */
export function memberRequest(app: FastifyInstance, request: FastifyRequest, reply: FastifyReply) {
  const viewer = requireNetworkMember(request);
  reply.header('cache-control', 'private, no-store');
  return { viewer, deps: networkDeps(app, request) };
}
