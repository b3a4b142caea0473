// The app a network test file runs against: built on a fresh database before the file's tests, closed after them,
// so no file shares data with another or depends on their order.
import { afterAll, beforeAll } from 'vitest';
import { createTestApp, type TestApp } from '../../test/app.ts';

/**
 * Registers the file's set-up and returns the app as it will be once built: read it inside tests and hooks only
 * (at the top level of the file it does not exist yet).
 */
export function networkTestApp(options: Parameters<typeof createTestApp>[0] = {}): TestApp {
  let built: TestApp | undefined;
  beforeAll(async () => {
    built = await createTestApp(options);
  });
  afterAll(() => built?.close());
  const current = (): TestApp => {
    if (!built) throw new Error('The network test app is built in beforeAll: use it inside tests and hooks.');
    return built;
  };
  return {
    get app() {
      return current().app;
    },
    get database() {
      return current().database;
    },
    get smtp() {
      return current().smtp;
    },
    get config() {
      return current().config;
    },
    close: () => current().close(),
  };
}
