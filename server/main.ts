// The `diplomatie` command: serve, start, migrate, seed, user create, backup, restore, graph pagerank, import.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { IMPORT_KINDS, type ImportKind } from '../common/schemas/observatory.ts';
import {
  type GraphPagerankOptions,
  graphPagerankCommand,
  graphPagerankDefaults,
  parseOption,
} from './analytics/pagerank-cli.ts';
import { buildApp, webDistDir } from './app.ts';
import { provisionUser } from './auth/provision.ts';
import { progressLine } from './cli/progress.ts';
import { type Config, ConfigError, loadConfig } from './config.ts';
import { backup, RestoreError, restore } from './db/backup.ts';
import type { Database } from './db/index.ts';
import { DataDirLockedError } from './db/lock.ts';
import { migrate } from './db/migrate.ts';
import { openConfiguredDatabase } from './db/open.ts';
import type { Audience, OrganisationKind, Role } from './db/schema.ts';
import { AppError } from './errors.ts';
import { createMailer } from './mail/mailer.ts';
import { removeStaleUploads } from './network/attachments/index.ts';
import { startNetworkScheduler } from './network/notifications/index.ts';
import {
  describeNetworkSeed,
  NETWORK_SIZE_NAMES,
  NetworkExistsError,
  NetworkSeedError,
  type NetworkSizeName,
  seedNetwork,
} from './network/seed/index.ts';
import { type ImportCommandOptions, importCommand } from './observatory/ingest/import-cli.ts';
import { startObservatoryScheduler } from './observatory/jobs/scheduler.ts';
import { loadWeights, saveWeights, scoreAll } from './observatory/scoring/index.ts';
import { isDay } from './observatory/scoring/periods.ts';
import {
  DEFAULT_END_DATE,
  seedWorld,
  WORLD_SIZES,
  WorldExistsError,
  type WorldSizeName,
  worldWindow,
} from './observatory/synthetic/index.ts';
import { describePortalSeed, ReferenceDataError, seedPortal } from './portal/seed/index.ts';
import { DEMO_PASSWORD, demoAccounts, seedDemo } from './seed/demo.ts';
import { seedObservatoryDemo } from './seed/observatory-demo.ts';

const rootDir = path.resolve(webDistDir, '..', '..');

function config(): Config {
  return loadConfig();
}

async function withDatabase<T>(cfg: Config, fn: (database: Database) => Promise<T>): Promise<T> {
  const database = await openConfiguredDatabase(cfg);
  try {
    await migrate(database);
    return await fn(database);
  } finally {
    await database.close();
  }
}

async function ensureWebBuilt(): Promise<void> {
  const index = path.join(webDistDir, 'index.html');
  if (existsSync(index)) return;
  if (!existsSync(path.join(rootDir, 'node_modules', 'vite'))) {
    console.warn(
      'The web app is not built and Vite is not installed: serving the API only (run `npm install` then `npm run build`).',
    );
    return;
  }
  console.log('Building the web app (first start only)…');
  const { build } = await import('vite');
  await build({ configFile: path.join(rootDir, 'vite.config.ts'), logLevel: 'warn' });
}

async function serve(options: { seedDemo: boolean; build: boolean }) {
  const cfg = config();
  if (options.build) await ensureWebBuilt();
  const database = await openConfiguredDatabase(cfg);
  const applied = await migrate(database);
  if (applied.length > 0) console.log(`Database migrated: ${applied.join(', ')}`);
  let seeded = false;
  if (options.seedDemo && cfg.demoSeed)
    seeded = await seedDemo(database.db, { waiveSecondFactor: cfg.auth.allowNo2fa });
  if (options.seedDemo && cfg.demoSeed && cfg.demoWorld !== 'none')
    await seedObservatoryDemo(database, { world: cfg.demoWorld, log: (line) => console.log(line) });
  // The portal's reference data (idempotent: adds what is missing, keeps steps, providers and regions current).
  if (options.seedDemo) console.log(describePortalSeed(await seedPortal(database.db)));
  // The small demo network around the demo accounts, on the first start only (an empty network).
  if (options.seedDemo && cfg.demoSeed) {
    try {
      const network = await seedNetwork(database.db, {
        size: 'small',
        waiveSecondFactor: cfg.auth.allowNo2fa,
        onlyIfEmpty: true,
      });
      console.log(describeNetworkSeed(network));
    } catch (error) {
      if (error instanceof NetworkSeedError) console.log(error.message);
      else if (!(error instanceof NetworkExistsError)) throw error;
    }
  }
  const mailer = createMailer({
    smtpUrl: cfg.mail.smtpUrl,
    from: cfg.mail.from,
    outboxDir: path.join(cfg.dataDir, 'outbox'),
  });
  const app = await buildApp(cfg, { database, mailer });
  // Scheduled polls and rescoring (the job runner itself drains in app.close()).
  const scheduler = await startObservatoryScheduler({ database, config: cfg, log: app.log });
  // Notification e-mails (immediate every minute, daily digests) and the daily clean-up of unattached uploads.
  const networkScheduler = startNetworkScheduler({ database, config: cfg, mailer, log: app.log });
  const cleanUploads = () =>
    removeStaleUploads(database.db, cfg.dataDir).catch((err: unknown) =>
      app.log.error({ err }, 'network: stale uploads clean-up failed'),
    );
  const uploadsTimer = setInterval(cleanUploads, 24 * 3_600_000);
  uploadsTimer.unref();
  void cleanUploads();

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    try {
      scheduler.stop();
      networkScheduler.stop();
      clearInterval(uploadsTimer);
      await app.close();
      mailer.close();
      await database.close();
      process.exit(0);
    } catch (err) {
      app.log.error({ err }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: cfg.port, host: cfg.host });
  const engine = cfg.databaseUrl
    ? 'PostgreSQL server (DATABASE_URL)'
    : `embedded PostgreSQL (PGlite) in ${cfg.dataDir}`;
  console.log(`\nDiplomatie is running at ${cfg.publicUrl}  (database: ${engine})`);
  console.log(`API description: ${cfg.publicUrl}/api/docs`);
  if (options.seedDemo && cfg.demoSeed) {
    console.log(
      seeded
        ? '\nDemo data created. Demo sign-ins (password for all):'
        : '\nDemo sign-ins (if you kept the demo data):',
    );
    console.log(`  password: ${DEMO_PASSWORD}`);
    for (const a of demoAccounts) {
      const note =
        a.email === 'agent@diplomatie.test'
          ? ' (second factor waived for the demo)'
          : a.audience === 'agent'
            ? ' (sets up TOTP at first sign-in)'
            : '';
      console.log(`  ${a.audience.padEnd(8)} ${a.email}${a.roles.length ? ` [${a.roles.join(', ')}]` : ''}${note}`);
    }
  }
  if (!cfg.mail.smtpUrl)
    console.log(`\nNo SMTP_URL: e-mails are written to ${path.join(cfg.dataDir, 'outbox')} and their links logged.`);
}

const program = new Command()
  .name('diplomatie')
  .description('Diplomatie: influence observatory, export portal and professional network')
  .showHelpAfterError();

program
  .command('start')
  .description('First-run friendly: build the web app if needed, migrate, seed the demo on an empty database, serve')
  .action(() => serve({ seedDemo: true, build: true }));

program
  .command('serve')
  .description('Migrate and serve the platform (API and built web app)')
  .action(() => serve({ seedDemo: false, build: false }));

program
  .command('migrate')
  .description('Apply the database migrations')
  .action(async () => {
    const cfg = config();
    const database = await openConfiguredDatabase(cfg);
    try {
      const applied = await migrate(database, (v) => console.log(`applied ${v}`));
      console.log(applied.length ? `${applied.length} migration(s) applied` : 'Database is up to date');
    } finally {
      await database.close();
    }
  });

const parseWorldSeed = (value: string) => {
  if (!/^\d{1,15}$/.test(value)) throw new InvalidArgumentError('expected a whole number (0 or more)');
  return Number(value);
};
const parseWorldEndDate = (value: string) => {
  try {
    worldWindow(value);
  } catch {
    throw new InvalidArgumentError('expected a calendar date YYYY-MM-DD');
  }
  return value;
};

program
  .command('seed')
  .description(
    'Load the demo organisations and accounts into an empty database and the export portal’s reference data ' +
      '(idempotent); with --world, also a synthetic observatory world; with --network, a professional network',
  )
  .addOption(
    new Option('--world <size>', 'also seed a deterministic synthetic world of this size').choices(
      Object.keys(WORLD_SIZES),
    ),
  )
  .addOption(
    new Option(
      '--network <size>',
      'also seed a deterministic network: small (around the demo accounts), demo (3,000 members), ' +
        'large (30,000 members, 1,000,000 posts: the benchmarks’)',
    ).choices(NETWORK_SIZE_NAMES),
  )
  .option('--seed <n>', 'seed of the synthetic world and of the network', parseWorldSeed, 1)
  .option('--end-date <date>', 'last day of the world’s 90 days (YYYY-MM-DD)', parseWorldEndDate, DEFAULT_END_DATE)
  .action(async (opts: { world?: WorldSizeName; network?: NetworkSizeName; seed: number; endDate: string }) => {
    const cfg = config();
    await withDatabase(cfg, async (database) => {
      const seeded = await seedDemo(database.db, { waiveSecondFactor: cfg.auth.allowNo2fa });
      console.log(
        seeded ? `Demo data created (password: ${DEMO_PASSWORD})` : 'The database already has accounts: nothing seeded',
      );
      console.log(describePortalSeed(await seedPortal(database.db)));
      if (opts.network) {
        const bar = progressLine('network');
        try {
          const summary = await seedNetwork(database.db, {
            size: opts.network,
            seed: opts.seed,
            waiveSecondFactor: cfg.auth.allowNo2fa,
            onProgress: (line) => bar.update(line),
          });
          bar.done(describeNetworkSeed(summary));
        } catch (error) {
          if (!(error instanceof NetworkExistsError || error instanceof NetworkSeedError)) throw error;
          bar.done(error.message);
          process.exitCode = 1;
        }
      }
      if (!opts.world) return;
      const bar = progressLine('world');
      try {
        const s = await seedWorld(database, {
          size: opts.world,
          seed: opts.seed,
          endDate: opts.endDate,
          onProgress: (p) => bar.update(`${p.phase}: day ${p.day}/${p.days}, ${p.rows} rows`),
        });
        bar.done(
          `"${s.world}" (seed ${s.seed}, 90 days to ${s.endDate}) seeded in ${s.seconds} s: ` +
            `${s.officialAccounts} official accounts (${s.reusedAccounts} from the registry), ${s.publicAccounts} public accounts, ` +
            `${s.bots} bots in ${s.rings} rings, ${s.boughtFollowers} accounts with bought followers; ${s.posts} posts, ` +
            `${s.metrics} post metric snapshots, ${s.interactions} interactions, ${s.snapshots} follower snapshots`,
        );
      } catch (error) {
        if (!(error instanceof WorldExistsError)) throw error;
        console.error(error.message);
        process.exitCode = 1;
      }
    });
  });

const parseDate = (value: string) => {
  const date = new Date(`${value}T23:59:59Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime()))
    throw new InvalidArgumentError('expected YYYY-MM-DD');
  return date;
};

const user = program.command('user').description('Manage accounts');
user
  .command('create')
  .description('Create an account whose e-mail counts as verified (for operators and scripts)')
  .requiredOption('--email <email>', 'e-mail address')
  .requiredOption('--password <password>', 'password (12 characters or more)')
  .addOption(
    new Option('--audience <audience>', 'audience').choices(['agent', 'partner', 'company']).makeOptionMandatory(),
  )
  .requiredOption('--org <name>', 'organisation name (created if new)')
  .addOption(
    new Option('--org-kind <kind>', 'kind of a new organisation').choices([
      'ministry',
      'diplomatic_post',
      'public_body',
      'company',
      'association',
      'foreign_body',
    ]),
  )
  .addOption(new Option('--role <role...>', 'roles (agents only)').choices(['editor', 'moderator', 'admin']))
  .option('--name <name>', 'display name')
  .option('--partner-expires <date>', 'partner access expiry, YYYY-MM-DD (default: in one year)', parseDate)
  .option('--no-2fa', 'exempt this account from the mandatory second factor (refused when ALLOW_NO_2FA=false)')
  .action(async (opts) => {
    const cfg = config();
    await withDatabase(cfg, async (database) => {
      const created = await provisionUser(
        database.db,
        {
          email: opts.email,
          password: opts.password,
          audience: opts.audience as Audience,
          organisation: opts.org,
          ...(opts.orgKind ? { organisationKind: opts.orgKind as OrganisationKind } : {}),
          roles: (opts.role ?? []) as Role[],
          ...(opts.name ? { name: opts.name } : {}),
          ...(opts.partnerExpires ? { partnerExpiresAt: opts.partnerExpires } : {}),
          no2fa: opts['2fa'] === false,
        },
        { allowNo2fa: cfg.auth.allowNo2fa },
      );
      console.log(`Created ${opts.audience} ${created.email} (id ${created.id})`);
    });
  });

program
  .command('backup')
  .description('Write a full logical backup (gzipped JSON lines) of the database')
  .option(
    '--out <file>',
    'backup file',
    `diplomatie-backup-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}.jsonl.gz`,
  )
  .action(async (opts) => {
    const cfg = config();
    await withDatabase(cfg, async (database) => {
      const bar = progressLine('backup');
      const counts = await backup(database, opts.out, (p) =>
        bar.update(`table ${p.index + 1}/${p.total} ${p.table}: ${p.rows} rows`),
      );
      const total = Object.values(counts).reduce((a, b) => a + b, 0);
      bar.done(
        `${total} rows from ${Object.keys(counts).length} tables written to ${opts.out} (${statSync(opts.out).size} bytes)`,
      );
    });
  });

program
  .command('restore')
  .description('Restore a backup into an empty database')
  .argument('<file>', 'backup file written by `diplomatie backup`')
  .action(async (file: string) => {
    const cfg = config();
    if (!existsSync(file)) throw new InvalidArgumentError(`${file} does not exist`);
    await withDatabase(cfg, async (database) => {
      const bar = progressLine('restore');
      const counts = await restore(database, file, (p) => bar.update(`${p.table}: ${p.rows} rows`));
      const total = Object.values(counts).reduce((a, b) => a + b, 0);
      bar.done(`${total} rows restored into ${Object.keys(counts).length} tables`);
    });
  });

program
  .command('graph')
  .description('Network analysis on your own data, with the kernels of the influence index')
  .command('pagerank')
  .description('Weighted PageRank of a source,target[,weight] CSV edge list: prints node,pagerank sorted by node id')
  .argument('<edges.csv>', 'edge list; header line optional; weight 1 when absent; duplicate edges are summed')
  .option('--damping <d>', 'damping factor, between 0 and 1', parseOption.damping, graphPagerankDefaults.damping)
  .option(
    '--max-iterations <n>',
    'power iterations at most',
    parseOption.maxIterations,
    graphPagerankDefaults.maxIterations,
  )
  .option(
    '--tolerance <t>',
    'stop when the L1 change < nodes × t',
    parseOption.tolerance,
    graphPagerankDefaults.tolerance,
  )
  .action(async (file: string, opts: GraphPagerankOptions) => {
    process.exitCode = await graphPagerankCommand(file, opts);
  });

program
  .command('score')
  .description('Compute the influence index: current and previous period of every window (run after imports)')
  .option('--as-of <day>', 'last day of the periods (default: the last day with posts)')
  .option('--history <n>', 'also score this many past periods per window (history charts)', (v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1 || n > 400)
      throw new InvalidArgumentError('expected a whole number from 1 to 400');
    return n;
  })
  .option(
    '--weights <list>',
    'set the weights first, e.g. audience=0.15,engagement=0.3 (stored; unnamed factors keep theirs)',
  )
  .option('--json', 'print the periods scored as one JSON object on the last line')
  .action(async (opts: { asOf?: string; history?: number; weights?: string; json?: boolean }) => {
    if (opts.asOf && !isDay(opts.asOf))
      throw new InvalidArgumentError(`--as-of: expected YYYY-MM-DD, got "${opts.asOf}"`);
    await withDatabase(config(), async (database) => {
      if (opts.weights) {
        const current = await loadWeights(database);
        const given: Record<string, number> = { ...current };
        for (const part of opts.weights.split(',')) {
          const [key, value] = part.split('=');
          if (!key || value === undefined || value.trim() === '' || Number.isNaN(Number(value)))
            throw new InvalidArgumentError(`--weights: expected factor=number, got "${part}"`);
          given[key.trim()] = Number(value);
        }
        try {
          const saved = await saveWeights(database, given);
          if (!opts.json) console.error(`weights: ${JSON.stringify(saved)}`);
        } catch (error) {
          throw new InvalidArgumentError((error as Error).message);
        }
      }
      const started = performance.now();
      const periods = await scoreAll(database, {
        ...(opts.asOf ? { asOf: opts.asOf } : {}),
        ...(opts.history ? { history: opts.history } : {}),
        onPeriod: (p) => {
          if (!opts.json)
            console.error(
              `scored ${p.window} ending ${p.periodEnd}: ${p.accounts} accounts, ${p.countries} countries (${p.ms} ms)`,
            );
        },
      });
      const seconds = Math.round((performance.now() - started) / 10) / 100;
      if (opts.json) console.log(JSON.stringify({ periods, seconds }));
      else
        console.log(
          periods.length ? `${periods.length} period(s) scored in ${seconds} s` : 'No posts yet: nothing to score',
        );
    });
  });

program
  .command('import')
  .description(
    'Import a file into the observatory: posts (minet-csv, minet-bluesky-csv, x-v2-jsonl, mastodon-outbox) or the ' +
      "registry's diplomatic missions (missions-wikidata). Idempotent; an interrupted import resumes where it stopped",
  )
  .addArgument(program.createArgument('<kind>', 'what the file holds').choices(IMPORT_KINDS))
  .argument('<file>', 'the file to read')
  .option('--json', 'print the summary as one JSON object on the last line: { read, added, updated, skipped, errors }')
  .option('--no-score', 'do not recompute the index afterwards (run `diplomatie score` after a series of imports)')
  .action(async (kind: ImportKind, file: string, opts: ImportCommandOptions) => {
    process.exitCode = await importCommand(kind, file, opts, (fn) => withDatabase(config(), fn));
  });

export async function main(argv: string[]): Promise<void> {
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof ConfigError) console.error(`Configuration error: ${error.message}`);
    else if (
      error instanceof DataDirLockedError ||
      error instanceof RestoreError ||
      error instanceof ReferenceDataError ||
      error instanceof InvalidArgumentError
    ) {
      console.error(error.message);
    } else if (error instanceof AppError) {
      const details = error.fieldErrors?.map((f) => `${f.field}: ${f.message}`).join('; ');
      const { errorMessage } = await import('../common/errors.ts');
      console.error(`${errorMessage(error.code, 'en', error.params)}${details ? ` (${details})` : ''}`);
    } else throw error;
    process.exitCode = 1;
  }
}
