/**
 * Decides which SHA-256 a download must match, before a single ISO byte is fetched: if the
 * checksum file is unreachable, does not list the image or lists it twice with different hashes,
 * there is no point spending an hour on a file we could not verify.
 */
import { lookupChecksum } from './checksum.js';
import { cancelled, describeError, IsoDownloadError } from './errors.js';
import { type HttpClient, httpGet } from './http.js';
import { maskUrl } from './url-credentials.js';

const SHA256_HEX = /^[0-9a-f]{64}$/;
/** The largest checksum file read: real ones are a few KiB (Fedora's, with every spin, ~4 KiB). */
export const CHECKSUM_FILE_LIMIT = 1024 * 1024;

export async function resolveExpectedSha256(options: {
  fileName: string;
  expectedSha256?: string;
  checksumUrl?: string;
  http: HttpClient;
  signal?: AbortSignal;
}): Promise<string> {
  const { fileName, expectedSha256, checksumUrl, http, signal } = options;
  if (expectedSha256 !== undefined) {
    const hash = expectedSha256.trim().toLowerCase();
    if (!SHA256_HEX.test(hash)) {
      throw new IsoDownloadError('no-checksum', 'iso.err.notSha256', { value: expectedSha256.slice(0, 100) });
    }
    return hash;
  }
  if (checksumUrl === undefined) {
    throw new IsoDownloadError('no-checksum', 'iso.err.noChecksum', { name: fileName });
  }
  const shown = maskUrl(checksumUrl);
  const response = await httpGet(http, checksumUrl, { signal, httpsOnly: true });
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new IsoDownloadError('http', 'iso.err.status', { url: shown, status: response.status });
  }
  const text = await readLimited(response, shown, signal);
  const found = lookupChecksum(text, fileName);
  switch (found.kind) {
    case 'found':
      return found.sha256;
    case 'conflict':
      throw new IsoDownloadError('no-checksum', 'iso.err.checksumConflict', {
        url: shown,
        name: fileName,
        hashes: found.hashes.join(', '),
      });
    case 'empty':
      throw new IsoDownloadError('no-checksum', 'iso.err.checksumEmpty', { url: shown });
    case 'unlisted':
      throw new IsoDownloadError('no-checksum', 'iso.err.checksumUnlisted', { url: shown, name: fileName });
  }
}

/** The body as text, stopping (and refusing) past CHECKSUM_FILE_LIMIT bytes whatever Content-Length says. */
async function readLimited(response: Response, shown: string, signal?: AbortSignal): Promise<string> {
  const tooBig = () =>
    new IsoDownloadError('no-checksum', 'iso.err.checksumTooBig', { url: shown, limit: '1 MiB' });
  const length = Number(response.headers.get('content-length') ?? Number.NaN);
  if (length > CHECKSUM_FILE_LIMIT) {
    await response.body?.cancel().catch(() => undefined);
    throw tooBig();
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    if (response.body) {
      for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
        size += chunk.length;
        // Leaving the loop by a throw cancels the stream (the iterator's return()).
        if (size > CHECKSUM_FILE_LIMIT) throw tooBig();
        chunks.push(chunk);
      }
    }
  } catch (error) {
    if (error instanceof IsoDownloadError) throw error;
    if (signal?.aborted) throw cancelled(error);
    throw new IsoDownloadError(
      'http',
      'iso.err.read',
      { url: shown, reason: describeError(error) },
      { cause: error },
    );
  }
  return Buffer.concat(chunks).toString('utf8');
}
