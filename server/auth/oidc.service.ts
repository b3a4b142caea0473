// OpenID Connect (ProConnect) — being written.
import type { Config } from '../config.ts';

export async function oidcLogoutUrl(_config: Config, _idToken: string): Promise<string | null> {
  return null;
}
