/**
 * Downloads an install ISO safely: verified against the published SHA-256, resumable after a
 * dropped connection (multi-GB images over flaky links), never leaving a half file under the
 * final name, and refusing up front when the disk cannot hold it.
 *
 * Layout: bytes go to `DEST.part`; only a verified file is renamed to DEST. A failed transfer
 * keeps the .part so the next call resumes; a checksum mismatch deletes it (its bytes are bad).
 */
import { createHash, type Hash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { chmod, rename, stat, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { describeError, IsoDownloadError } from './errors.js';
import { resolveExpectedSha256 } from './expected-hash.js';
import { assertFreeSpace, statfsFreeBytes } from './free-space.js';
import { createProgressMeter, type DownloadProgress } from './progress.js';
import { openTransfer } from './transfer.js';
import { urlFileName } from './url-file-name.js';

export interface DownloadIsoOptions {
  url: string;
  /** Final path of the ISO; the transfer goes to `${dest}.part` beside it. */
  dest: string;
  /** Known hash; wins over checksumUrl. */
  expectedSha256?: string;
  /** A GNU or BSD checksum file listing the URL's file name (or its versioned target). */
  checksumUrl?: string;
  fetchImpl?: typeof fetch;
  /** Free bytes on the filesystem holding `dir`; defaults to statfs. */
  freeBytes?: (dir: string) => Promise<number>;
  onProgress?: (progress: DownloadProgress) => void;
  signal?: AbortSignal;
}

export interface DownloadIsoResult {
  path: string;
  /** Lower-case hex, verified. */
  sha256: string;
  /** True when bytes from an earlier partial download were kept. */
  resumed: boolean;
}

/** Mode of the finished ISO: qemu (a different user) must read it; nobody else needs to write it. */
const ISO_MODE = 0o644;

export async function downloadIso(options: DownloadIsoOptions): Promise<DownloadIsoResult> {
  const { url, dest, signal } = options;
  const fetchImpl = options.fetchImpl ?? fetch;
  const part = `${dest}.part`;
  if (signal?.aborted) throw new IsoDownloadError('aborted', 'download cancelled');

  const expected = await resolveExpectedSha256({
    fileName: urlFileName(url),
    expectedSha256: options.expectedSha256,
    checksumUrl: options.checksumUrl,
    fetchImpl,
    signal,
  });

  const partSize = await fileSize(part);
  // Hash the kept bytes (an earlier process hashed them, but it is gone) *before* opening the
  // transfer: re-reading gigabytes from a slow disk while a response waits would let the
  // server's idle timeout cut us off. Wasted only in the rare case the server will not resume.
  const prefixHash = createHash('sha256');
  if (partSize > 0) await hashFilePrefix(prefixHash, part, partSize, signal);
  const transfer = await openTransfer({ url, partSize, fetchImpl, signal });
  const offset = transfer.kind === 'body' ? transfer.offset : transfer.total;
  const total = transfer.total;

  if (transfer.kind === 'body' && total !== undefined) {
    // A restart truncates the part, so its current size counts as reclaimable space.
    const needed = total - partSize;
    try {
      await assertFreeSpace({ dir: dirname(dest), needed, freeBytes: options.freeBytes ?? statfsFreeBytes });
    } catch (error) {
      await transfer.response.body?.cancel();
      throw error;
    }
  }

  const hash = offset === partSize ? prefixHash : createHash('sha256');

  let bytes = offset;
  if (transfer.kind === 'body') {
    const meter = createProgressMeter({ startBytes: offset, total, onProgress: options.onProgress });
    bytes = await streamToPart({ response: transfer.response, part, offset, hash, meter, signal, url });
    meter.finish(bytes);
    if (total !== undefined && bytes !== total) {
      throw new IsoDownloadError(
        'http',
        `${url} ended after ${bytes} of ${total} bytes; run again to resume`,
      );
    }
  } else {
    options.onProgress?.({ bytes, total, rate: 0, etaSeconds: 0 });
  }

  const actual = hash.digest('hex');
  if (actual !== expected) {
    await unlink(part).catch(() => undefined);
    throw new IsoDownloadError('checksum-mismatch', mismatchMessage(url, expected, actual));
  }
  // chmod before rename: the file never appears under its final name with a looser mode.
  await chmod(part, ISO_MODE);
  await rename(part, dest);
  return { path: dest, sha256: actual, resumed: offset > 0 };
}

/** Said when the bytes are not the ones the checksum promised (the simulated host says it the same way). */
export function mismatchMessage(url: string, expected: string, actual: string): string {
  return `SHA-256 of ${urlFileName(url)} does not match: expected ${expected}, got ${actual}; the download was deleted`;
}

async function streamToPart(options: {
  response: Response;
  part: string;
  offset: number;
  hash: Hash;
  meter: { update(bytes: number): void };
  signal?: AbortSignal;
  url: string;
}): Promise<number> {
  const { response, part, offset, hash, meter, signal, url } = options;
  let bytes = offset;
  if (!response.body) return bytes;
  // undici's web stream type and node:stream/web's are the same object with different typings.
  const source = Readable.fromWeb(response.body as NodeReadableStream<Uint8Array>);
  const sink = createWriteStream(part, { flags: offset > 0 ? 'a' : 'w', mode: ISO_MODE });
  try {
    await pipeline(
      source,
      async function* (chunks: AsyncIterable<Uint8Array>) {
        for await (const chunk of chunks) {
          hash.update(chunk);
          bytes += chunk.length;
          meter.update(bytes);
          yield chunk;
        }
      },
      sink,
      { signal },
    );
  } catch (error) {
    // The part on disk stays a clean prefix of the file (writes are appended in order), so the
    // next call can resume from whatever length it has.
    if (signal?.aborted) throw new IsoDownloadError('aborted', 'download cancelled', { cause: error });
    throw new IsoDownloadError(
      'http',
      `connection to ${url} lost after ${bytes} bytes (${describeError(error)}); run again to resume`,
      { cause: error },
    );
  }
  return bytes;
}

async function hashFilePrefix(hash: Hash, path: string, length: number, signal?: AbortSignal): Promise<void> {
  try {
    await pipeline(
      createReadStream(path, { start: 0, end: length - 1 }),
      async (chunks: AsyncIterable<Uint8Array>) => {
        for await (const chunk of chunks) hash.update(chunk);
      },
      { signal },
    );
  } catch (error) {
    if (signal?.aborted) throw new IsoDownloadError('aborted', 'download cancelled', { cause: error });
    throw error;
  }
}

async function fileSize(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
}
