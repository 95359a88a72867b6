/**
 * Opens the HTTP transfer for an ISO and decides how it relates to the partial file on disk:
 * append (a 206 that starts exactly where the part ends), restart (a 200, or a 206/416 that
 * does not fit), or nothing to fetch (a 416 saying the part already holds the whole file).
 */
import { parseContentRange, parseUnsatisfiedRange } from './content-range.js';
import { IsoDownloadError } from './errors.js';
import { type HttpClient, httpGet } from './http.js';
import { maskUrl } from './url-credentials.js';

export type Transfer =
  /** Write `response.body` at `offset` (0 → truncate the part first). */
  | { kind: 'body'; response: Response; offset: number; total?: number }
  /** The part already holds all `total` bytes. */
  | { kind: 'complete'; total: number };

export async function openTransfer(options: {
  url: string;
  /** Size of the existing partial file, 0 when there is none. */
  partSize: number;
  http: HttpClient;
  signal?: AbortSignal;
}): Promise<Transfer> {
  const { url, partSize, http, signal } = options;
  if (partSize > 0) {
    const response = await request(http, url, signal, partSize);
    if (response.status === 206 && !encoded(response)) {
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
        await response.body?.cancel().catch(() => undefined);
        return { kind: 'complete', total };
      }
    } else if (response.status === 200) {
      // The server ignores Range (or the file changed): the body is the whole file, from byte 0.
      return { kind: 'body', response, offset: 0, total: lengthAfter(response, 0) };
    } else if (response.status !== 206) {
      return failStatus(url, response);
    }
    // A range we did not ask for, a compressed range, or a part larger than the file: start over rather than guess.
    await response.body?.cancel().catch(() => undefined);
  }
  const response = await request(http, url, signal);
  if (response.status !== 200) return failStatus(url, response);
  return { kind: 'body', response, offset: 0, total: lengthAfter(response, 0) };
}

function request(
  http: HttpClient,
  url: string,
  signal: AbortSignal | undefined,
  from?: number,
): Promise<Response> {
  // identity: byte ranges and Content-Length must count the file's bytes, not a gzip stream's.
  const headers: Record<string, string> = { 'accept-encoding': 'identity' };
  if (from !== undefined) headers.range = `bytes=${from}-`;
  return httpGet(http, url, { headers, ...(signal ? { signal } : {}) });
}

/**
 * A body compressed in spite of `Accept-Encoding: identity`: fetch hands over the decoded bytes, so
 * Content-Length and Content-Range count something else and cannot be trusted.
 */
function encoded(response: Response): boolean {
  const encoding = response.headers.get('content-encoding')?.trim().toLowerCase();
  return encoding !== undefined && encoding !== '' && encoding !== 'identity';
}

/** Full file size from Content-Length, given the body starts at `offset`; unknown for an encoded body. */
function lengthAfter(response: Response, offset: number): number | undefined {
  const header = response.headers.get('content-length');
  if (encoded(response) || header === null || !/^\d+$/.test(header.trim())) return undefined;
  return offset + Number(header);
}

async function failStatus(url: string, response: Response): Promise<never> {
  await response.body?.cancel().catch(() => undefined);
  throw new IsoDownloadError('http', 'iso.err.status', {
    url: maskUrl(url),
    status: `${response.status} ${response.statusText}`.trim(),
  });
}
