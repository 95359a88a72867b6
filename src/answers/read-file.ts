import { constants, type Stats } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { type MessageKey, t } from '../i18n/messages.js';

/** An answers file is a few dozen lines; anything near this size is a mistake (or a trap), never an answer. */
export const MAX_ANSWERS_BYTES = 1024 * 1024;

export type TextResult = { ok: true; text: string } | { ok: false; error: string };

const KINDS: ReadonlyArray<[(s: Stats) => boolean, MessageKey]> = [
  [(s) => s.isDirectory(), 'answers.file.directory'],
  [(s) => s.isFIFO(), 'answers.file.fifo'],
  [(s) => s.isSocket(), 'answers.file.socket'],
  [(s) => s.isCharacterDevice() || s.isBlockDevice(), 'answers.file.device'],
];

/** "is a directory", "is a named pipe (FIFO)"…: what a path that is not a regular file is. */
function notRegular(s: Stats): string {
  const key = KINDS.find(([is]) => is(s))?.[1] ?? 'answers.file.notRegular';
  return t(key);
}

/**
 * Reads an answers file as UTF-8 text, refusing at once what is not one: a directory, a FIFO (O_NONBLOCK, so
 * one with no writer does not hang the open), a socket, a device (/dev/zero would never end), more than
 * MAX_ANSWERS_BYTES, bytes that are not UTF-8, a NUL byte. The checks are made on the opened descriptor
 * (fstat), so the file cannot be swapped between the check and the read.
 */
export async function readAnswersText(path: string): Promise<TextResult> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (e) {
    // A socket cannot be opened at all (ENXIO): say what it is rather than "no such device or address".
    if ((e as NodeJS.ErrnoException).code === 'ENXIO') {
      const s = await stat(path).catch(() => undefined);
      if (s) return { ok: false, error: notRegular(s) };
    }
    return { ok: false, error: t('answers.cannotRead', { reason: (e as Error).message }) };
  }
  try {
    const s = await handle.stat();
    if (!s.isFile()) return { ok: false, error: notRegular(s) };
    const tooBig = { ok: false, error: t('answers.file.tooBig', { max: '1 MiB' }) } as const;
    if (s.size > MAX_ANSWERS_BYTES) return tooBig;
    // The size can change after fstat: read one byte more than allowed and never more.
    const buffer = Buffer.alloc(MAX_ANSWERS_BYTES + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > MAX_ANSWERS_BYTES) return tooBig;
    return decode(buffer.subarray(0, length));
  } catch (e) {
    return { ok: false, error: t('answers.cannotRead', { reason: (e as Error).message }) };
  } finally {
    await handle.close();
  }
}

/** The bytes as text, or which rule they break: a NUL (a binary file, or UTF-16), or not UTF-8 at all. */
function decode(bytes: Buffer): TextResult {
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, error: t('answers.file.nul', { offset: nul }) };
  try {
    // fatal: a wrong byte is an error, not a silent U+FFFD; the BOM, if any, is dropped.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, error: t('answers.file.notUtf8') };
  }
}
