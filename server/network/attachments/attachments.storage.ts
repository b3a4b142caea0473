// Where the bytes live: DATA_DIR/attachments/<sha256[0:2]>/<sha256>, content-addressed (one copy per content),
// written to a temporary file and renamed so a reader never sees half a file.
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Executor } from '../core/context.ts';
import * as repo from './attachments.repo.ts';

const HASH = /^[0-9a-f]{64}$/;

export function attachmentsDir(dataDir: string): string {
  return path.join(dataDir, 'attachments');
}

export function blobPath(dataDir: string, sha256: string): string {
  if (!HASH.test(sha256)) throw new Error('invalid content hash');
  return path.join(attachmentsDir(dataDir), sha256.slice(0, 2), sha256);
}

/** Stores `bytes` under their hash unless the same content is there already. */
export async function storeBlob(dataDir: string, sha256: string, bytes: Uint8Array): Promise<void> {
  const target = blobPath(dataDir, sha256);
  const existing = await stat(target).catch(() => null);
  if (existing?.isFile() && existing.size === bytes.byteLength) {
    // Fresh again: the cleanup leaves files younger than its cut-off alone, even before their row is written.
    const now = new Date();
    await utimes(target, now, now).catch(() => undefined);
    return;
  }
  await mkdir(path.dirname(target), { recursive: true });
  const temp = `${target}.${randomUUID()}.tmp`;
  try {
    await writeFile(temp, bytes, { flag: 'wx', mode: 0o640 });
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/**
 * Deletes pending uploads older than `olderThanHours` (never attached), then the files no row references any
 * more, including temporary files left by an interrupted upload. Returns how many rows and files went.
 */
export async function removeStaleUploads(
  db: Executor,
  dataDir: string,
  olderThanHours = 24,
): Promise<{ rows: number; files: number }> {
  const before = new Date(Date.now() - olderThanHours * 3_600_000);
  const hashes = await repo.deletePendingBefore(db, before);
  // Hashes of deleted rows, and of files on disk, that no row references any more and that are older than the
  // cut-off (a file written by an upload in progress has no row yet).
  const candidates = new Set<string>();
  const temps: string[] = [];
  const root = attachmentsDir(dataDir);
  for (const prefix of await readdir(root).catch(() => [] as string[])) {
    if (!/^[0-9a-f]{2}$/.test(prefix)) continue;
    for (const name of await readdir(path.join(root, prefix)).catch(() => [] as string[])) {
      const full = path.join(root, prefix, name);
      if (!HASH.test(name) && !name.endsWith('.tmp')) continue;
      const info = await stat(full).catch(() => null);
      if (!info || info.mtimeMs >= before.getTime()) continue;
      if (HASH.test(name)) candidates.add(name);
      else temps.push(full);
    }
  }
  const list = [...candidates];
  const referenced = new Set<string>();
  for (let i = 0; i < list.length; i += 500) {
    for (const hash of await repo.referencedHashes(db, list.slice(i, i + 500))) referenced.add(hash);
  }
  const removed = (file: string) =>
    unlink(file).then(
      () => 1,
      () => 0,
    );
  let files = 0;
  for (const hash of list) if (!referenced.has(hash)) files += await removed(blobPath(dataDir, hash));
  for (const temp of temps) files += await removed(temp);
  return { rows: hashes.length, files };
}
