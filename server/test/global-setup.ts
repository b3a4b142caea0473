// Once per test run: migrate a PGlite database and keep its data folder as a tarball; on PostgreSQL,
// migrate a template database. Test files then clone these instead of migrating from scratch.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase } from '../db/index.ts';
import { migrate } from '../db/migrate.ts';

export default async function setup() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'diplomatie-test-'));
  // Databases of this run carry its id, so the teardown never drops another run's databases.
  const runId = `${process.pid}${Date.now().toString(36)}`;
  process.env.DIPLOMATIE_TEST_RUN = runId;
  const database = await openDatabase({ engine: 'pglite' });
  await migrate(database);
  const dump = await database.pglite!.dumpDataDir('none');
  const file = path.join(dir, 'template.tar');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  process.env.DIPLOMATIE_PGLITE_TEMPLATE = file;

  const adminUrl = process.env.TEST_DATABASE_URL;
  let template: string | undefined;
  if (adminUrl) {
    template = `diplomatie_tpl_${process.pid}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${template}`);
    await admin.end();
    const u = new URL(adminUrl);
    u.pathname = `/${template}`;
    const tpl = await openDatabase({ engine: 'postgres', url: u.toString(), poolSize: 1 });
    await migrate(tpl);
    await tpl.close();
    process.env.DIPLOMATIE_PG_TEMPLATE = template;
  }

  return async () => {
    rmSync(dir, { recursive: true, force: true });
    if (adminUrl && template) {
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      const leftovers = await admin.query<{ datname: string }>(
        'SELECT datname FROM pg_database WHERE datname LIKE $1',
        [`diplomatie_t_${runId}_%`],
      );
      for (const row of leftovers.rows) await admin.query(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`);
      await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
      await admin.end();
    }
  };
}
