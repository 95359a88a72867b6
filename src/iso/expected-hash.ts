/**
 * Decides which SHA-256 a download must match, before a single ISO byte is fetched: if the
 * checksum file is unreachable or does not list the image, there is no point spending an hour
 * on a file we could not verify.
 */
import { findChecksum } from './checksum.js';
import { describeError, IsoDownloadError } from './errors.js';

const SHA256_HEX = /^[0-9a-f]{64}$/;

export async function resolveExpectedSha256(options: {
  fileName: string;
  expectedSha256?: string;
  checksumUrl?: string;
  fetchImpl: typeof fetch;
  signal?: AbortSignal;
}): Promise<string> {
  const { fileName, expectedSha256, checksumUrl, fetchImpl, signal } = options;
  if (expectedSha256 !== undefined) {
    const hash = expectedSha256.trim().toLowerCase();
    if (!SHA256_HEX.test(hash)) {
      throw new IsoDownloadError('no-checksum', `"${expectedSha256}" is not a SHA-256 hash (64 hex digits)`);
    }
    return hash;
  }
  if (checksumUrl === undefined) {
    throw new IsoDownloadError(
      'no-checksum',
      `no checksum given for ${fileName}; refusing an unverified ISO`,
    );
  }
  let response: Response;
  try {
    response = await fetchImpl(checksumUrl, { signal, redirect: 'follow' });
  } catch (error) {
    if (signal?.aborted) throw new IsoDownloadError('aborted', 'download cancelled', { cause: error });
    throw new IsoDownloadError('http', `could not fetch ${checksumUrl}: ${describeError(error)}`, {
      cause: error,
    });
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new IsoDownloadError('http', `${checksumUrl} answered HTTP ${response.status}`);
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    if (signal?.aborted) throw new IsoDownloadError('aborted', 'download cancelled', { cause: error });
    throw new IsoDownloadError('http', `could not read ${checksumUrl}: ${describeError(error)}`, {
      cause: error,
    });
  }
  const hash = findChecksum(text, fileName);
  if (!hash) throw new IsoDownloadError('no-checksum', `${checksumUrl} lists no SHA-256 for ${fileName}`);
  return hash;
}
