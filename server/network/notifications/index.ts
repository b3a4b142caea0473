// What the rest of the server uses of notifications: the e-mail senders and the scheduler that runs them
// (immediate e-mails every minute, digests checked every ten minutes). Any number of servers may run it: rows are
// claimed with FOR UPDATE SKIP LOCKED.

import type { Config } from '../../config.ts';
import type { Database } from '../../db/index.ts';
import type { Mailer } from '../../mail/mailer.ts';
import { flushImmediateEmails, type MailDeps, type MailLog, sendDailyDigests } from './notifications.mailing.ts';

export { flushImmediateEmails, type MailDeps, parisDay, sendDailyDigests } from './notifications.mailing.ts';

export interface NetworkScheduler {
  stop(): void;
}

export const IMMEDIATE_EVERY_MS = 60_000;
export const DIGEST_EVERY_MS = 10 * 60_000;

export function startNetworkScheduler(options: {
  database: Pick<Database, 'db'>;
  config: Pick<Config, 'publicUrl'>;
  mailer: Mailer;
  log: MailLog;
}): NetworkScheduler {
  const deps: MailDeps = { db: options.database.db, config: options.config, mailer: options.mailer, log: options.log };
  const running = { immediate: false, digest: false };
  // One run at a time per job; an error is logged and the next tick tries again.
  const run = (job: keyof typeof running, work: () => Promise<number>) => () => {
    if (running[job]) return;
    running[job] = true;
    work()
      .then((sent) => {
        if (sent > 0) options.log.info({ job, sent }, 'network notification e-mails sent');
      })
      .catch((error: unknown) => options.log.error({ err: error, job }, 'network notification e-mails failed'))
      .finally(() => {
        running[job] = false;
      });
  };
  const immediate = setInterval(
    run('immediate', () => flushImmediateEmails(deps)),
    IMMEDIATE_EVERY_MS,
  );
  const digest = setInterval(
    run('digest', () => sendDailyDigests(deps, new Date())),
    DIGEST_EVERY_MS,
  );
  immediate.unref();
  digest.unref();
  return {
    stop() {
      clearInterval(immediate);
      clearInterval(digest);
    },
  };
}
