// Security headers on every response, computed once at boot (cheaper than a generic helmet on each request).
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export function contentSecurityPolicy(extraFormActions: string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    // DSFR and React set style attributes; no inline scripts are allowed.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self'${extraFormActions.map((a) => ` ${a}`).join('')}`,
    "frame-ancestors 'none'",
  ].join('; ');
}

export const securityHeadersPlugin = fp(
  async (app: FastifyInstance, options: { https: boolean; formActions?: string[] }) => {
    const headers: Record<string, string> = {
      'content-security-policy': contentSecurityPolicy(options.formActions),
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-resource-policy': 'same-origin',
      'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
      'x-dns-prefetch-control': 'off',
      'origin-agent-cluster': '?1',
    };
    if (options.https) headers['strict-transport-security'] = 'max-age=31536000; includeSubDomains';
    const entries = Object.entries(headers);
    // Callback style, no promise per response; the request id is echoed here too for support.
    app.addHook('onSend', (request, reply, payload, done) => {
      for (const [name, value] of entries) if (!reply.hasHeader(name)) reply.header(name, value);
      reply.header('x-request-id', request.id);
      done(null, payload);
    });
  },
  { name: 'security-headers' },
);
