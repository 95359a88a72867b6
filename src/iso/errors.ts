/** Typed failures of downloadIso(), so the UI can say what to do instead of printing a stack. */
import { type MessageKey, type MessageParams, t } from '../i18n/messages.js';
import { visible } from '../i18n/visible.js';

export type IsoDownloadErrorCode =
  /** The bytes arrived but do not hash to the published value; the partial file was deleted. */
  | 'checksum-mismatch'
  /** Not enough free space (before or during the transfer), or the disk filled up; nothing is kept. */
  | 'no-space'
  /** The images directory is on a read-only filesystem. */
  | 'read-only'
  /** The part file or the final file could not be written for another reason (permissions, I/O). */
  | 'write'
  /** Bad HTTP status, an unusable redirect or a connection lost mid-transfer; a partial file is kept for resuming. */
  | 'http'
  /** An https address redirected to plain http (or a checksum file was not https): refused before it was fetched. */
  | 'insecure'
  /** The target file (or its .part) exists and is not this ISO or not a plain file: left as it is. */
  | 'exists'
  /** No expected hash given, or the checksum file does not list this ISO, or lists it twice with different hashes. */
  | 'no-checksum'
  /** The caller's AbortSignal fired; a partial file is kept for resuming. */
  | 'aborted';

/** Every message is a catalogue entry, so the failure reads in the user's language. */
export class IsoDownloadError extends Error {
  override readonly name = 'IsoDownloadError';

  constructor(
    readonly code: IsoDownloadErrorCode,
    readonly key: MessageKey,
    readonly params: MessageParams = {},
    options?: { cause?: unknown },
  ) {
    // Parameters carry what servers and URLs say (a status text, a Location, a file name): shown, never acted on.
    super(
      t(
        key,
        Object.fromEntries(
          Object.entries(params).map(([k, v]) => [k, typeof v === 'string' ? visible(v) : v]),
        ),
      ),
      options,
    );
  }
}

export function cancelled(cause?: unknown): IsoDownloadError {
  return new IsoDownloadError('aborted', 'iso.err.cancelled', {}, { cause });
}

/** One line for a failed fetch: undici says "fetch failed"/"terminated" and hides ECONNRESET in cause. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // Ours already say everything (their cause is kept for debugging, not for the screen).
  if (error instanceof IsoDownloadError) return error.message;
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}

/** The errno code of a failed file operation, looking through undici's and stream's `cause` wrappers. */
export function errnoCode(error: unknown): string | undefined {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return code;
  }
  return undefined;
}
