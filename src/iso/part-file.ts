/**
 * The files a download touches in the images directory, opened so that nothing planted there is
 * followed or replaced: `DEST.part` is created with O_EXCL and opened with O_NOFOLLOW (a symlink at
 * DEST.part pointing at /etc/shadow stays a refusal, not a write through it), and the verified
 * part becomes DEST by link()+unlink(), which fails instead of replacing a file that appeared meanwhile.
 */
import { createHash, type Hash } from 'node:crypto';
import { constants } from 'node:fs';
import { type FileHandle, link, lstat, open, rename, unlink } from 'node:fs/promises';
import { dirname } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { cancelled, describeError, errnoCode, IsoDownloadError } from './errors.js';

const { O_APPEND, O_CREAT, O_EXCL, O_NOFOLLOW, O_RDONLY, O_WRONLY } = constants;

/** Size of the kept partial file, 0 when there is none; anything but a plain file there is refused. */
export async function partFileSize(part: string): Promise<number> {
  try {
    const stats = await lstat(part);
    if (!stats.isFile()) throw notAPlainFile(part);
    return stats.size;
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return 0;
    throw asWriteError(error, part);
  }
}

/**
 * Opens the part for writing: appended to when resuming, else created afresh (an old one is
 * removed first, then O_EXCL: if anything reappears at that name in between, we stop).
 */
export async function openPart(part: string, append: boolean, mode: number): Promise<FileHandle> {
  try {
    if (append) {
      const handle = await open(part, O_WRONLY | O_APPEND | O_NOFOLLOW);
      if (!(await handle.stat()).isFile()) {
        await handle.close();
        throw notAPlainFile(part);
      }
      return handle;
    }
    await unlink(part).catch((error: unknown) => {
      if (errnoCode(error) !== 'ENOENT') throw error;
    });
    return await open(part, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, mode);
  } catch (error) {
    throw asWriteError(error, part);
  }
}

/** Feeds the first `length` bytes of `path` into `hash`, without following a symlink. */
export async function hashFilePrefix(
  hash: Hash,
  path: string,
  length: number,
  signal?: AbortSignal,
): Promise<void> {
  if (length <= 0) return;
  let handle: FileHandle;
  try {
    handle = await open(path, O_RDONLY | O_NOFOLLOW);
  } catch (error) {
    throw asWriteError(error, path);
  }
  try {
    await pipeline(
      handle.createReadStream({ start: 0, end: length - 1 }),
      async (chunks: AsyncIterable<Uint8Array>) => {
        for await (const chunk of chunks) hash.update(chunk);
      },
      { signal },
    );
  } catch (error) {
    if (signal?.aborted) throw cancelled(error);
    throw asWriteError(error, path);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * What is at the final name before anything is fetched: nothing, or this very ISO (its SHA-256 is
 * `expected`), which is kept as it is. Anything else is refused with its path and left untouched.
 */
export async function existingTarget(
  dest: string,
  expected: string,
  signal?: AbortSignal,
): Promise<'absent' | 'same'> {
  try {
    const stats = await lstat(dest);
    if (!stats.isFile()) throw notThisIso(dest);
    const hash = createHash('sha256');
    await hashFilePrefix(hash, dest, stats.size, signal);
    if (hash.digest('hex') !== expected) throw notThisIso(dest);
    return 'same';
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return 'absent';
    throw error;
  }
}

/** Sets the mode, then gives the verified part its final name without ever replacing a file there. */
export async function finishPart(part: string, dest: string, mode: number): Promise<void> {
  try {
    const handle = await open(part, O_RDONLY | O_NOFOLLOW);
    // chmod before the rename: the file never appears under its final name with a looser mode.
    await handle.chmod(mode).finally(() => handle.close());
    try {
      await link(part, dest);
    } catch (error) {
      const code = errnoCode(error);
      if (code === 'EEXIST') throw notThisIso(dest);
      // A filesystem without hard links (vfat, some FUSE): check, then rename.
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw error;
      if (
        await lstat(dest).then(
          () => true,
          () => false,
        )
      )
        throw notThisIso(dest);
      await rename(part, dest);
      return;
    }
    await unlink(part);
  } catch (error) {
    throw asWriteError(error, dest);
  }
}

/** A file-system failure as the user should read it: disk full and read-only said plainly. */
export function asWriteError(error: unknown, path: string): IsoDownloadError {
  if (error instanceof IsoDownloadError) return error;
  const dir = dirname(path);
  const code = errnoCode(error);
  if (code === 'ENOSPC' || code === 'EDQUOT')
    return new IsoDownloadError('no-space', 'iso.err.diskFull', { dir }, { cause: error });
  if (code === 'EROFS')
    return new IsoDownloadError('read-only', 'iso.err.readOnly', { dir }, { cause: error });
  if (code === 'ELOOP') return notAPlainFile(path);
  return new IsoDownloadError(
    'write',
    'iso.err.write',
    { path, reason: describeError(error) },
    { cause: error },
  );
}

function notAPlainFile(path: string): IsoDownloadError {
  return new IsoDownloadError('exists', 'iso.err.notPlainFile', { path });
}

function notThisIso(path: string): IsoDownloadError {
  return new IsoDownloadError('exists', 'iso.err.exists', { path });
}
