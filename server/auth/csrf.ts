// CSRF tokens without server state: an HMAC of what the request is bound to, the session when signed in,
// otherwise a random pre-session cookie. A token stops working when the session changes (sign-in, sign-out).
import { hmac, safeEqual } from './crypto.ts';

export const csrfToken = (secret: string, binding: string): string => hmac(secret, `csrf:${binding}`);

export const csrfValid = (secret: string, binding: string, token: string | undefined): boolean =>
  typeof token === 'string' && token.length > 0 && safeEqual(csrfToken(secret, binding), token);
