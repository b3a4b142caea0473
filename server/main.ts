// The `diplomatie` command: serve, start, migrate, seed, user create, backup, restore.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
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
import { DEMO_PASSWORD, demoAccounts, seedDemo } from './seed/demo.ts';

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
  const mailer = createMailer({
    smtpUrl: cfg.mail.smtpUrl,
    from: cfg.mail.from,
    outboxDir: path.join(cfg.dataDir, 'outbox'),
  });
  const app = await buildApp(cfg, { database, mailer });

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    try {
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

program
  .command('seed')
  .description('Load the demo organisations and accounts into an empty database')
  .action(async () => {
    const cfg = config();
    await withDatabase(cfg, async (database) => {
      const seeded = await seedDemo(database.db, { waiveSecondFactor: cfg.auth.allowNo2fa });
      console.log(
        seeded ? `Demo data created (password: ${DEMO_PASSWORD})` : 'The database already has accounts: nothing seeded',
      );
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

export async function main(argv: string[]): Promise<void> {
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof ConfigError) console.error(`Configuration error: ${error.message}`);
    else if (
      error instanceof DataDirLockedError ||
      error instanceof RestoreError ||
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
