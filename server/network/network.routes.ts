// /api/network: the professional network's HTTP API, one sub-plugin per feature. Every route needs a signed-in,
// active member; every read goes through the access policy (server/access).
import type { FastifyInstance } from 'fastify';
import { attachmentsRoutes } from './attachments/attachments.routes.ts';
import { auditRoutes } from './audit/audit.routes.ts';
import { dealRoomsRoutes } from './deal-rooms/deal-rooms.routes.ts';
import { feedRoutes } from './feed/feed.routes.ts';
import { frontOfficeRoutes } from './front-office/front-office.routes.ts';
import { membersRoutes } from './members/members.routes.ts';
import { messagesRoutes } from './messages/messages.routes.ts';
import { moderationRoutes } from './moderation/moderation.routes.ts';
import { notificationsRoutes } from './notifications/notifications.routes.ts';
import { postsRoutes } from './posts/posts.routes.ts';
import { searchRoutes } from './search/search.routes.ts';
import { spacesRoutes } from './spaces/spaces.routes.ts';

export async function networkRoutes(app: FastifyInstance) {
  await app.register(membersRoutes);
  await app.register(spacesRoutes);
  await app.register(postsRoutes);
  await app.register(attachmentsRoutes);
  await app.register(dealRoomsRoutes);
  await app.register(frontOfficeRoutes);
  await app.register(feedRoutes);
  await app.register(notificationsRoutes);
  await app.register(messagesRoutes);
  await app.register(searchRoutes);
  await app.register(auditRoutes);
  await app.register(moderationRoutes);
}
