import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

/** Why a file given on the command line could not be read. */
export type LocalFileProblem =
  | { kind: 'unreadable'; message: string }
  | { kind: 'notFile' }
  | { kind: 'tooLarge'; limitBytes: number }
  | { kind: 'notUtf8' };

export type LocalFileResult = { ok: true; text: string } | { ok: false; problem: LocalFileProblem };

/**
 * Reads a file the user named (answers, facts) as UTF-8 text, safely: a regular file only (a FIFO or
 * /dev/zero would hang or never end: O_NONBLOCK keeps the open from waiting on a FIFO), at most `limitBytes`
 * (counted while reading, so a file that grows meanwhile is still cut off), and valid UTF-8 (`lossy`: bad
 * bytes read as U+FFFD, for files of the host's own).
 */
export async function readLocalFile(
  path: string,
  limitBytes: number,
  { lossy = false }: { lossy?: boolean } = {},
): Promise<LocalFileResult> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    return { ok: false, problem: { kind: 'unreadable', message: (e as Error).message } };
  }
  try {
    if (!(await handle.stat()).isFile()) return { ok: false, problem: { kind: 'notFile' } };
    const buffer = Buffer.alloc(limitBytes + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > limitBytes) return { ok: false, problem: { kind: 'tooLarge', limitBytes } };
    try {
      return {
        ok: true,
        text: new TextDecoder('utf-8', { fatal: !lossy }).decode(buffer.subarray(0, length)),
      };
    } catch {
      return { ok: false, problem: { kind: 'notUtf8' } };
    }
  } catch (e) {
    return { ok: false, problem: { kind: 'unreadable', message: (e as Error).message } };
  } finally {
    await handle.close();
  }
}
