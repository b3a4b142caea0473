// Opens the database the configuration names, locking the embedded data folder for this process.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.ts';
import { type Database, openDatabase } from './index.ts';
import { lockDataDir } from './lock.ts';

export async function openConfiguredDatabase(config: Config): Promise<Database> {
  if (config.databaseUrl) return openDatabase({ engine: 'postgres', url: config.databaseUrl });
  mkdirSync(config.dataDir, { recursive: true });
  const release = lockDataDir(config.dataDir);
  try {
    const database = await openDatabase({ engine: 'pglite', dataDir: path.join(config.dataDir, 'pglite') });
    const close = database.close;
    database.close = async () => {
      try {
        await close();
      } finally {
        release();
      }
    };
    return database;
  } catch (error) {
    release();
    throw error;
  }
}
