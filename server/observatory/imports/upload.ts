// Receives an uploaded file: streamed to DATA_DIR/imports as it arrives (never held in memory), hashed on the
// way (the import's identity for resuming), cut off past the size limit.
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { AppError } from '../../errors.ts';

export interface StoredUpload {
  path: string;
  bytes: number;
  sha256: string;
  /** Set once a job owns the file; until then the request removes it when it ends. */
  owned: boolean;
}

/** Content types an upload may carry: the file goes through as bytes whatever it claims to be. */
export const UPLOAD_CONTENT_TYPES = [
  'application/octet-stream',
  'text/csv',
  'application/csv',
  'application/x-ndjson',
  'application/jsonl',
  'application/json',
  'application/activity+json',
  'application/ld+json',
];

export function uploadsDir(dataDir: string): string {
  return path.join(dataDir, 'imports');
}

export async function storeUpload(
  source: Readable,
  options: { dir: string; limitBytes: number; declaredLength?: number },
): Promise<StoredUpload> {
  if (options.declaredLength !== undefined && options.declaredLength > options.limitBytes) {
    throw new AppError('ERR_PAYLOAD_TOO_LARGE');
  }
  await mkdir(options.dir, { recursive: true });
  const file = path.join(options.dir, `${randomUUID()}.upload`);
  const out = createWriteStream(file, { flags: 'wx', mode: 0o600 });
  const hash = createHash('sha256');
  let bytes = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      let ended = false;
      const stop = (error: Error) => {
        source.removeListener('data', onData);
        source.removeListener('end', onEnd);
        reject(error);
      };
      const onData = (chunk: Buffer) => {
        bytes += chunk.length;
        // Like Fastify's own parsers: stop reading and answer 413; the rest of the body is not stored.
        if (bytes > options.limitBytes) return stop(new AppError('ERR_PAYLOAD_TOO_LARGE'));
        hash.update(chunk);
        if (!out.write(chunk)) {
          source.pause();
          out.once('drain', () => source.resume());
        }
      };
      const onEnd = () => {
        ended = true;
        out.end(() => resolve());
      };
      source.on('data', onData);
      source.once('end', onEnd);
      source.once('error', (error) => stop(error));
      source.once('close', () => {
        if (!ended) stop(new Error('upload: the connection closed before the end of the file'));
      });
      out.once('error', (error) => stop(new Error(`upload: cannot write ${file}: ${error.message}`)));
    });
  } catch (error) {
    out.destroy();
    await rm(file, { force: true });
    throw error;
  }
  if (bytes === 0) {
    await rm(file, { force: true });
    throw new AppError('ERR_EMPTY_FILE');
  }
  return { path: file, bytes, sha256: hash.digest('hex'), owned: false };
}
