/**
 * Opens the HTTP transfer for an ISO and decides how it relates to the partial file on disk:
 * append (a 206 that starts exactly where the part ends), restart (a 200, or a 206/416 that
 * does not fit), or nothing to fetch (a 416 saying the part already holds the whole file).
 */
import { parseContentRange, parseUnsatisfiedRange } from './content-range.js';
import { describeError, IsoDownloadError } from './errors.js';

export type Transfer =
  /** Write `response.body` at `offset` (0 → truncate the part first). */
  | { kind: 'body'; response: Response; offset: number; total?: number }
  /** The part already holds all `total` bytes. */
  | { kind: 'complete'; total: number };

export async function openTransfer(options: {
  url: string;
  /** Size of the existing partial file, 0 when there is none. */
  partSize: number;
  fetchImpl: typeof fetch;
  signal?: AbortSignal;
}): Promise<Transfer> {
  const { url, partSize, fetchImpl, signal } = options;
  if (partSize > 0) {
    const response = await request(url, fetchImpl, signal, partSize);
    if (response.status === 206) {
      const range = parseContentRange(response.headers.get('content-range'));
      if (range?.start === partSize) {
        return {
          kind: 'body',
          response,
          offset: partSize,
          total: range.total ?? lengthAfter(response, partSize),
        };
      }
    } else if (response.status === 416) {
      const total = parseUnsatisfiedRange(response.headers.get('content-range'));
      if (total === partSize) {
        await response.body?.cancel();
        return { kind: 'complete', total };
      }
    } else if (response.status === 200) {
      // The server ignores Range (or the file changed): the body is the whole file, from byte 0.
      return { kind: 'body', response, offset: 0, total: lengthAfter(response, 0) };
    } else {
      return failStatus(url, response);
    }
    // A range we did not ask for, or a part larger than the file: start over rather than guess.
    await response.body?.cancel();
  }
  const response = await request(url, fetchImpl, signal);
  if (response.status !== 200) return failStatus(url, response);
  return { kind: 'body', response, offset: 0, total: lengthAfter(response, 0) };
}

async function request(
  url: string,
  fetchImpl: typeof fetch,
  signal: AbortSignal | undefined,
  from?: number,
): Promise<Response> {
  // identity: byte ranges and Content-Length must count the file's bytes, not a gzip stream's.
  const headers: Record<string, string> = { 'accept-encoding': 'identity' };
  if (from !== undefined) headers.range = `bytes=${from}-`;
  try {
    return await fetchImpl(url, { headers, signal, redirect: 'follow' });
  } catch (error) {
    if (signal?.aborted) throw new IsoDownloadError('aborted', 'download cancelled', { cause: error });
    throw new IsoDownloadError('http', `could not connect to ${url}: ${describeError(error)}`, {
      cause: error,
    });
  }
}

/** Full file size from Content-Length, given the body starts at `offset`. */
function lengthAfter(response: Response, offset: number): number | undefined {
  const header = response.headers.get('content-length');
  if (header === null || !/^\d+$/.test(header.trim())) return undefined;
  return offset + Number(header);
}

async function failStatus(url: string, response: Response): Promise<never> {
  await response.body?.cancel();
  throw new IsoDownloadError('http', `${url} answered HTTP ${response.status} ${response.statusText}`.trim());
}
