/**
 * The https rule across redirects, credentials in URLs, and the checksum file's limits, against real
 * HTTP and HTTPS servers (a self-signed CA made with openssl, trusted only by the test's client).
 */
import { readFile, stat } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { downloadIso } from '../../src/iso/download.js';
import { MAX_REDIRECTS } from '../../src/iso/http.js';
import { expectCode, fileRequests, ISO_PATH, useDownloadFixture } from './helpers/download-fixture.js';
import { hasXorriso } from './helpers/make-iso.js';

const xorriso = await hasXorriso();

describe.skipIf(!xorriso)('downloadIso: https stays https, across every redirect', () => {
  const f = useDownloadFixture();

  it('an https ISO URL that redirects to http is refused before the http request is sent', async () => {
    const plain = await f.serve();
    const secure = await f.serveHttps({ redirects: { '/latest.iso': `${plain.url}${ISO_PATH}` } });
    const dest = await f.freshDest();
    const error = await expectCode(
      downloadIso({ url: `${secure.url}/latest.iso`, dest, expectedSha256: f.sha256, http: f.http }),
      'insecure',
    );
    expect(error.message).toContain(`redirects to ${plain.url}${ISO_PATH}, which is not https`);
    expect(plain.requests).toEqual([]);
    await expect(stat(dest)).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(stat(`${dest}.part`)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('a checksum file redirected from https to http is refused before the ISO is fetched', async () => {
    const plain = await f.serve({
      texts: { '/SHA256SUMS': `${f.sha256}  Rocky-9-latest-x86_64-minimal.iso\n` },
    });
    const secure = await f.serveHttps({ redirects: { '/SHA256SUMS': `${plain.url}/SHA256SUMS` } });
    const error = await expectCode(
      downloadIso({
        url: secure.url + ISO_PATH,
        dest: await f.freshDest(),
        checksumUrl: `${secure.url}/SHA256SUMS`,
        http: f.http,
      }),
      'insecure',
    );
    expect(error.message).toMatch(/not https/);
    expect(plain.requests).toEqual([]);
    expect(fileRequests(secure)).toEqual([]);
  });

  it('a checksum file given as plain http is refused without a request', async () => {
    const plain = await f.serve({
      texts: { '/SHA256SUMS': `${f.sha256}  Rocky-9-latest-x86_64-minimal.iso\n` },
    });
    await expectCode(
      downloadIso({
        url: plain.url + ISO_PATH,
        dest: await f.freshDest(),
        checksumUrl: `${plain.url}/SHA256SUMS`,
        http: f.http,
      }),
      'insecure',
    );
    expect(plain.requests).toEqual([]);
  });

  it('redirects that stay secure (relative, or http → https) are followed', async () => {
    const secure = await f.serveHttps({ redirects: { '/latest.iso': ISO_PATH } });
    const plain = await f.serve({ redirects: { '/latest.iso': `${secure.url}/latest.iso` } });
    const dest = await f.freshDest();
    const result = await downloadIso({
      url: `${plain.url}/latest.iso`,
      dest,
      expectedSha256: f.sha256,
      http: f.http,
    });
    expect(result.sha256).toBe(f.sha256);
    expect((await readFile(dest)).equals(f.iso)).toBe(true);
    expect(secure.requests.map((r) => r.path)).toEqual(['/latest.iso', ISO_PATH]);
  });

  it(`a redirect loop stops after ${MAX_REDIRECTS} hops`, async () => {
    const s = await f.serveHttps({ redirects: { '/a.iso': '/b.iso', '/b.iso': '/a.iso' } });
    const error = await expectCode(
      downloadIso({
        url: `${s.url}/a.iso`,
        dest: await f.freshDest(),
        expectedSha256: f.sha256,
        http: f.http,
      }),
      'http',
    );
    expect(error.message).toContain(`more than ${MAX_REDIRECTS} times`);
    expect(s.requests).toHaveLength(MAX_REDIRECTS + 1);
  });

  it('a redirect to another scheme (file:, ftp:) is refused', async () => {
    const s = await f.serve({ redirects: { '/x.iso': 'file:///etc/shadow' } });
    const error = await expectCode(
      downloadIso({
        url: `${s.url}/x.iso`,
        dest: await f.freshDest(),
        expectedSha256: f.sha256,
        http: f.http,
      }),
      'http',
    );
    expect(error.message).toContain('not http(s)');
  });
});

describe.skipIf(!xorriso)('downloadIso: credentials in the URL', () => {
  const f = useDownloadFixture();

  it('go as Basic auth to the origin named, never to a redirect elsewhere, and never into a message', async () => {
    const mirror = await f.serveHttps();
    const origin = await f.serveHttps({ redirects: { '/x.iso': `${mirror.url}${ISO_PATH}` } });
    const url = origin.url.replace('https://', 'https://alice:s3cret@');
    const dest = await f.freshDest();
    await downloadIso({ url: `${url}/x.iso`, dest, expectedSha256: f.sha256, http: f.http });
    expect(origin.requests[0]?.authorization).toBe(`Basic ${Buffer.from('alice:s3cret').toString('base64')}`);
    expect(fileRequests(mirror)[0]?.authorization).toBeUndefined();

    const error = await expectCode(
      downloadIso({
        url: `${url}/missing.iso`,
        dest: await f.freshDest(),
        expectedSha256: f.sha256,
        http: f.http,
      }),
      'http',
    );
    expect(error.message).toContain('https://alice:***@127.0.0.1');
    expect(error.message).not.toContain('s3cret');
  });
});

describe.skipIf(!xorriso)('downloadIso: the checksum file is read with care', () => {
  const f = useDownloadFixture();
  const NAME = 'Rocky-9-latest-x86_64-minimal.iso';

  async function checksumFailure(text: string | Buffer) {
    const s = await f.serveHttps({ texts: { '/SUMS': text } });
    const error = await expectCode(
      downloadIso({
        url: s.url + ISO_PATH,
        dest: await f.freshDest(),
        checksumUrl: `${s.url}/SUMS`,
        http: f.http,
      }),
      'no-checksum',
    );
    // Refused before a single ISO byte is asked for.
    expect(fileRequests(s)).toEqual([]);
    return error.message;
  }

  it('two different SHA-256 for the same name (GNU and BSD lines) → refused, naming both', async () => {
    const other = 'e'.repeat(64);
    const message = await checksumFailure(`${f.sha256}  ${NAME}\nSHA256 (${NAME}) = ${other}\n`);
    expect(message).toContain('different SHA-256 hashes');
    expect(message).toContain(f.sha256);
    expect(message).toContain(other);
  });

  it('the same hash listed twice is fine', async () => {
    const s = await f.serveHttps({
      texts: { '/SUMS': `${f.sha256}  ${NAME}\n${f.sha256.toUpperCase()} *${NAME}\n` },
    });
    const result = await downloadIso({
      url: s.url + ISO_PATH,
      dest: await f.freshDest(),
      checksumUrl: `${s.url}/SUMS`,
      http: f.http,
    });
    expect(result.sha256).toBe(f.sha256);
  });

  it('over 1 MiB by its Content-Length → refused without reading the body', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 64 * 1024;
        controller.enqueue(new Uint8Array(64 * 1024).fill(0x23));
        if (pulled >= 2 * 1024 * 1024) controller.close();
      },
    });
    const http = {
      fetch: (async () =>
        new Response(body, { headers: { 'content-length': String(2 * 1024 * 1024) } })) as typeof fetch,
    };
    const error = await expectCode(
      downloadIso({
        url: 'https://mirror.invalid/x.iso',
        dest: await f.freshDest(),
        checksumUrl: 'https://mirror.invalid/SUMS',
        http,
      }),
      'no-checksum',
    );
    expect(error.message).toContain('larger than 1 MiB');
    // A stream pulls its first chunk by itself; nothing more was read.
    expect(pulled).toBeLessThanOrEqual(64 * 1024);
  });

  it('over 1 MiB without a Content-Length → refused once 1 MiB has been read', async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 64 * 1024;
        controller.enqueue(new Uint8Array(64 * 1024).fill(0x23));
        if (pulled > 64 * 1024 * 1024) controller.close();
      },
    });
    const http = { fetch: (async () => new Response(endless)) as typeof fetch };
    const error = await expectCode(
      downloadIso({
        url: 'https://mirror.invalid/x.iso',
        dest: await f.freshDest(),
        checksumUrl: 'https://mirror.invalid/SUMS',
        http,
      }),
      'no-checksum',
    );
    expect(error.message).toContain('larger than 1 MiB');
    expect(pulled).toBeLessThan(4 * 1024 * 1024);
  });

  it('malformed lines are skipped; a file with no usable line at all says so', async () => {
    const s = await f.serveHttps({
      texts: { '/SUMS': `garbage\n\u001b[31mred\n${f.sha256}  ${NAME}\nnot a line\n` },
    });
    const result = await downloadIso({
      url: s.url + ISO_PATH,
      dest: await f.freshDest(),
      checksumUrl: `${s.url}/SUMS`,
      http: f.http,
    });
    expect(result.sha256).toBe(f.sha256);
    expect(await checksumFailure('<html><body>Mirror maintenance</body></html>')).toContain(
      'no SHA-256 line at all',
    );
    expect(await checksumFailure(`${f.sha256}  something-else.iso\n`)).toContain(
      `lists no SHA-256 for ${NAME}`,
    );
  });
});
