/** Typed failures of downloadIso(), so the UI can say what to do instead of printing a stack. */

export type IsoDownloadErrorCode =
  /** The bytes arrived but do not hash to the published value; the partial file was deleted. */
  | 'checksum-mismatch'
  /** Not enough free space for the rest of the file; nothing was written. */
  | 'no-space'
  /** Bad HTTP status or a connection lost mid-transfer; a partial file is kept for resuming. */
  | 'http'
  /** No expected hash given, or the checksum file does not list this ISO. */
  | 'no-checksum'
  /** The caller's AbortSignal fired; a partial file is kept for resuming. */
  | 'aborted';

export class IsoDownloadError extends Error {
  override readonly name = 'IsoDownloadError';

  constructor(
    readonly code: IsoDownloadErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** One line for a failed fetch: undici says "fetch failed"/"terminated" and hides ECONNRESET in cause. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}
