/**
 * Downloads an install ISO safely: verified against the published SHA-256, resumable after a
 * dropped connection (multi-GB images over flaky links), never leaving a half file under the
 * final name, never replacing a file that is there, and refusing up front (or stopping in time)
 * when the disk cannot hold it.
 *
 * Layout: bytes go to `DEST.part`; only a verified file gets the name DEST. A lost connection keeps
 * the .part and resumes it (MAX_ATTEMPTS times in one call, then the next call goes on); a checksum
 * mismatch or a full disk deletes it.
 */
import { createHash, type Hash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { t } from '../i18n/messages.js';
import { cancelled, describeError, IsoDownloadError } from './errors.js';
import { resolveExpectedSha256 } from './expected-hash.js';
import { assertFreeSpace, createSpaceGuard, type DiskSpaceProbe, statfsSpace } from './free-space.js';
import { defaultHttpClient, type HttpClient } from './http.js';
import {
  asWriteError,
  existingTarget,
  finishPart,
  hashFilePrefix,
  openPart,
  partFileSize,
} from './part-file.js';
import { createProgressMeter, type DownloadProgress, type ProgressMeter } from './progress.js';
import { openTransfer } from './transfer.js';
import { maskUrl } from './url-credentials.js';
import { urlFileName } from './url-file-name.js';

export interface DownloadIsoOptions {
  url: string;
  /** Final path of the ISO; the transfer goes to `${dest}.part` beside it. */
  dest: string;
  /** Known hash; wins over checksumUrl. */
  expectedSha256?: string;
  /** A GNU or BSD checksum file (https only) listing the URL's file name (or its versioned target). */
  checksumUrl?: string;
  /** fetch and dispatcher; defaults to undici's fetch through the proxy the environment names. */
  http?: HttpClient;
  /** Available and total bytes of the filesystem holding `dir`; defaults to statfs. */
  space?: DiskSpaceProbe;
  onProgress?: (progress: DownloadProgress) => void;
  signal?: AbortSignal;
}

export interface DownloadIsoResult {
  path: string;
  /** Lower-case hex, verified. */
  sha256: string;
  /** True when bytes from an earlier partial download were kept. */
  resumed: boolean;
  /** True when DEST was already this very ISO (same SHA-256): nothing was fetched. */
  existing?: boolean;
}

/** Mode of the finished ISO: qemu (a different user) must read it; nobody else needs to write it. */
const ISO_MODE = 0o644;
/** Transfers tried in one call when the connection drops; each resumes where the last one stopped. */
export const MAX_ATTEMPTS = 3;

export async function downloadIso(options: DownloadIsoOptions): Promise<DownloadIsoResult> {
  if (options.signal?.aborted) throw cancelled();
  const http = options.http ?? (await defaultHttpClient());
  try {
    const expected = await resolveExpectedSha256({
      fileName: urlFileName(options.url),
      expectedSha256: options.expectedSha256,
      checksumUrl: options.checksumUrl,
      http,
      signal: options.signal,
    });
    if ((await existingTarget(options.dest, expected, options.signal)) === 'same') {
      return { path: options.dest, sha256: expected, resumed: false, existing: true };
    }
    for (let attempt = 1; ; attempt++) {
      try {
        return await attemptDownload(options, http, expected);
      } catch (error) {
        if (!(error instanceof IsoDownloadError) || !RESUMABLE.has(error.key)) throw error;
        if (attempt >= MAX_ATTEMPTS) {
          throw new IsoDownloadError(
            'http',
            'iso.err.gaveUp',
            { reason: error.message, attempts: attempt },
            {
              cause: error,
            },
          );
        }
      }
    }
  } finally {
    // Our own proxy agent: its idle keep-alive sockets must not outlive the download.
    if (!options.http) await http.dispatcher?.destroy().catch(() => undefined);
  }
}

/** Failures after which the part on disk is a clean prefix of the file and worth resuming. */
const RESUMABLE = new Set(['iso.err.lost', 'iso.err.short']);

async function attemptDownload(options: DownloadIsoOptions, http: HttpClient, expected: string) {
  const { url, dest, signal } = options;
  const part = `${dest}.part`;
  const partSize = await partFileSize(part);
  // Hash the kept bytes (an earlier process hashed them, but it is gone) *before* opening the
  // transfer: re-reading gigabytes from a slow disk while a response waits would let the
  // server's idle timeout cut us off. Wasted only in the rare case the server will not resume.
  const prefixHash = createHash('sha256');
  await hashFilePrefix(prefixHash, part, partSize, signal);
  const transfer = await openTransfer({ url, partSize, http, signal });
  const offset = transfer.kind === 'body' ? transfer.offset : transfer.total;
  const total = transfer.total;
  const space = options.space ?? statfsSpace;

  if (transfer.kind === 'body' && total !== undefined) {
    // A restart truncates the part, so its current size counts as reclaimable space.
    try {
      await assertFreeSpace({ dir: dirname(dest), needed: total - partSize, space });
    } catch (error) {
      await transfer.response.body?.cancel().catch(() => undefined);
      throw error;
    }
  }

  const hash = offset === partSize ? prefixHash : createHash('sha256');
  let bytes = offset;
  if (transfer.kind === 'body') {
    const meter = createProgressMeter({ startBytes: offset, total, onProgress: options.onProgress });
    bytes = await streamToPart({ response: transfer.response, part, offset, hash, meter, space, options });
    meter.finish(bytes);
  } else {
    options.onProgress?.({ bytes, total, rate: 0, etaSeconds: 0 });
  }

  const actual = hash.digest('hex');
  if (actual === expected) {
    await finishPart(part, dest, ISO_MODE);
    return { path: dest, sha256: actual, resumed: offset > 0 };
  }
  // Fewer bytes than announced and not yet the right hash: the transfer stopped early. (The hash is
  // looked at first: a server that compresses anyway sends a Content-Length that counts other bytes.)
  if (total !== undefined && bytes < total) {
    throw new IsoDownloadError('http', 'iso.err.short', { url: maskUrl(url), bytes, total });
  }
  await unlink(part).catch(() => undefined);
  throw new IsoDownloadError('checksum-mismatch', 'iso.err.mismatch', mismatchParams(url, expected, actual));
}

/** Said when the bytes are not the ones the checksum promised (the simulated host says it the same way). */
export function mismatchMessage(url: string, expected: string, actual: string): string {
  return t('iso.err.mismatch', mismatchParams(url, expected, actual));
}

function mismatchParams(url: string, expected: string, actual: string) {
  return { name: urlFileName(url), expected, actual };
}

async function streamToPart(options: {
  response: Response;
  part: string;
  offset: number;
  hash: Hash;
  meter: ProgressMeter;
  space: DiskSpaceProbe;
  options: DownloadIsoOptions;
}): Promise<number> {
  const { response, part, offset, hash, meter } = options;
  const { url, signal } = options.options;
  let bytes = offset;
  if (!response.body) return bytes;
  const guard = createSpaceGuard(dirname(part), options.space);
  let handle: FileHandle | undefined;
  try {
    handle = await openPart(part, offset > 0, ISO_MODE);
    for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
      await guard.admit(chunk.length);
      await writeAll(handle, chunk, part);
      hash.update(chunk);
      bytes += chunk.length;
      meter.update(bytes);
    }
  } catch (error) {
    await handle?.close().catch(() => undefined);
    handle = undefined;
    // Not read at all (the part could not be opened): let the connection go.
    if (!response.body.locked) await response.body.cancel().catch(() => undefined);
    if (error instanceof IsoDownloadError) {
      // Out of room (or the disk is full): the part is removed, it only takes the space the host needs.
      if (error.code === 'no-space') await unlink(part).catch(() => undefined);
      throw error;
    }
    // The part on disk stays a clean prefix of the file (writes are appended in order), so the
    // next attempt can resume from whatever length it has.
    if (signal?.aborted) throw cancelled(error);
    throw new IsoDownloadError(
      'http',
      'iso.err.lost',
      { url: maskUrl(url), bytes, reason: describeError(error) },
      { cause: error },
    );
  } finally {
    await handle?.close().catch(() => undefined);
  }
  return bytes;
}

async function writeAll(handle: FileHandle, chunk: Uint8Array, part: string): Promise<void> {
  try {
    for (let done = 0; done < chunk.length; ) {
      const { bytesWritten } = await handle.write(chunk, done, chunk.length - done);
      done += bytesWritten;
    }
  } catch (error) {
    throw asWriteError(error, part);
  }
}
