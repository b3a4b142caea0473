// The observatory's network connectors, built from configuration: what the job runner and the routes use.
import type { Config } from '../../config.ts';
import { createBlueskyConnector } from './bluesky.ts';
import type { Connector, ConnectorOptions, PolledNetwork } from './connector.ts';
import { createMastodonConnector } from './mastodon.ts';
import { createXConnector } from './x.ts';

export type { Connector, PolledNetwork } from './connector.ts';
export { AccountNotFoundError, POLLED_NETWORKS } from './connector.ts';
export { ConnectorError, RateLimitedError } from './http.ts';
export {
  NOT_FOUND_PREFIX,
  type PollDeps,
  type PollDueResult,
  type PollOutcome,
  pollAccount,
  pollDueAccounts,
} from './poll.service.ts';

/**
 * One connector per network that can be polled with this configuration: X only with a bearer token.
 * `shared` carries test seams (fetch, sleep, clock) and limits (maxPages) to every connector.
 */
export function createConnectors(
  config: Config['observatory'],
  shared: Omit<ConnectorOptions, 'baseUrl' | 'bearerToken'> = {},
): Partial<Record<PolledNetwork, Connector>> {
  const connectors: Partial<Record<PolledNetwork, Connector>> = {
    mastodon: createMastodonConnector({ ...shared, baseUrl: config.mastodonBaseUrl }),
    bluesky: createBlueskyConnector({ ...shared, baseUrl: config.blueskyApiUrl }),
  };
  if (config.xBearerToken) {
    connectors.x = createXConnector({ ...shared, baseUrl: config.xApiUrl, bearerToken: config.xBearerToken });
  }
  return connectors;
}
