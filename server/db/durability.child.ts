// Child of durability.test.ts: acknowledged inserts, then it waits to be killed.
import { openDatabase } from './index.ts';

const [dataDir, ...names] = process.argv.slice(2);
const database = await openDatabase({ engine: 'pglite', dataDir: dataDir! });
// Separate statements, each acknowledged (committed) before the next.
for (const name of names) {
  await database.db
    .insertInto('organisations')
    .values({ name, kind: 'company', siren: null, siret: null, country: null })
    .execute();
}
process.stdout.write('ACK\n');
setInterval(() => {}, 1000);
