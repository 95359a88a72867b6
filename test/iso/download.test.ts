import { createHash, randomBytes } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { downloadIso, MAX_ATTEMPTS } from '../../src/iso/download.js';
import type { DownloadProgress } from '../../src/iso/progress.js';
import { expectCode, fileRequests, ISO_PATH, useDownloadFixture } from './helpers/download-fixture.js';
import { hasXorriso } from './helpers/make-iso.js';

const xorriso = await hasXorriso();
if (!xorriso) console.warn('xorriso not installed (Debian package "xorriso"): skipping ISO download tests');

/** What a real CHECKSUM lists for the "latest" link: the versioned name. */
const VERSIONED_NAME = 'Rocky-9.6-x86_64-minimal.iso';
const MiB = 1024 * 1024;

describe.skipIf(!xorriso)('downloadIso against a local HTTP server', () => {
  const f = useDownloadFixture();

  it('downloads, verifies, renames into place with mode 0644 and reports progress', async () => {
    const s = await f.serve();
    const dest = await f.freshDest();
    const events: DownloadProgress[] = [];
    const result = await downloadIso({
      url: s.url + ISO_PATH,
      dest,
      expectedSha256: f.sha256.toUpperCase(),
      http: f.http,
      onProgress: (p) => events.push(p),
    });
    expect(result).toEqual({ path: dest, sha256: f.sha256, resumed: false });
    expect(
      createHash('sha256')
        .update(await readFile(dest))
        .digest('hex'),
    ).toBe(f.sha256);
    expect((await stat(dest)).mode & 0o777).toBe(0o644);
    await expect(stat(`${dest}.part`)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(events.at(-1)).toMatchObject({ bytes: f.iso.length, total: f.iso.length });
    expect(fileRequests(s)).toEqual([
      expect.objectContaining({ range: undefined, acceptEncoding: 'identity' }),
    ]);
  });

  it('deletes the file and names both hashes when the checksum does not match', async () => {
    const s = await f.serve();
    const dest = await f.freshDest();
    const wrong = 'ab'.repeat(32);
    const error = await expectCode(
      downloadIso({ url: s.url + ISO_PATH, dest, expectedSha256: wrong, http: f.http }),
      'checksum-mismatch',
    );
    expect(error.message).toContain(`expected ${wrong}`);
    expect(error.message).toContain(`got ${f.sha256}`);
    await expect(stat(dest)).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(stat(`${dest}.part`)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('resumes with a Range request when the connection drops, in the same call', async () => {
    const cut = MiB;
    const s = await f.serve({ behaviour: { cutAfter: cut } });
    const dest = await f.freshDest();
    const result = await downloadIso({ url: s.url + ISO_PATH, dest, expectedSha256: f.sha256, http: f.http });
    expect(result).toEqual({ path: dest, sha256: f.sha256, resumed: true });
    const ranges = fileRequests(s).map((r) => r.range);
    expect(ranges).toHaveLength(2);
    expect(ranges[0]).toBeUndefined();
    // Everything the server flushed may not have reached the disk, but what did is a clean prefix.
    const kept = Number(/^bytes=(\d+)-$/.exec(ranges[1] ?? '')?.[1]);
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThanOrEqual(cut);
    expect((await readFile(dest)).equals(f.iso)).toBe(true);
  });

  it(`gives up after ${MAX_ATTEMPTS} dropped connections, keeping a clean prefix that the next call resumes`, async () => {
    const s = await f.serve({ behaviour: { cutAfter: 256 * 1024, cutRequests: MAX_ATTEMPTS } });
    const dest = await f.freshDest();
    const url = s.url + ISO_PATH;
    const first = await expectCode(
      downloadIso({ url, dest, expectedSha256: f.sha256, http: f.http }),
      'http',
    );
    expect(first.message).toMatch(new RegExp(`gave up after ${MAX_ATTEMPTS} attempts: run again to resume`));
    expect(fileRequests(s)).toHaveLength(MAX_ATTEMPTS);
    const kept = (await stat(`${dest}.part`)).size;
    expect(kept).toBeGreaterThan(0);
    expect(f.iso.subarray(0, kept).equals(await readFile(`${dest}.part`))).toBe(true);

    const result = await downloadIso({ url, dest, expectedSha256: f.sha256, http: f.http });
    expect(result).toEqual({ path: dest, sha256: f.sha256, resumed: true });
    expect(fileRequests(s).at(-1)?.range).toBe(`bytes=${kept}-`);
  });

  it('starts over from zero when the server answers a Range request with 200', async () => {
    const s = await f.serve({ behaviour: { ignoreRange: true } });
    const dest = await f.freshDest();
    // A stale part whose bytes are NOT a prefix of the file: appending to it would corrupt the ISO.
    await writeFile(`${dest}.part`, randomBytes(300 * 1024));
    const result = await downloadIso({ url: s.url + ISO_PATH, dest, expectedSha256: f.sha256, http: f.http });
    expect(result).toEqual({ path: dest, sha256: f.sha256, resumed: false });
    expect(fileRequests(s).map((r) => r.range)).toEqual(['bytes=307200-']);
    expect((await readFile(dest)).equals(f.iso)).toBe(true);
  });

  it('starts over when a 206 does not begin where the partial file ends', async () => {
    const s = await f.serve();
    const dest = await f.freshDest();
    await writeFile(`${dest}.part`, f.iso.subarray(0, 4096));
    let calls = 0;
    // A broken cache answering from the wrong offset: trusting it would splice two pieces together.
    const fake: typeof fetch = async (input, init) => {
      calls++;
      if (calls === 1) {
        return new Response(new Uint8Array(f.iso.subarray(100)), {
          status: 206,
          headers: { 'content-range': `bytes 100-${f.iso.length - 1}/${f.iso.length}` },
        });
      }
      return f.http.fetch(input, init);
    };
    const http = { ...f.http, fetch: fake };
    const result = await downloadIso({ url: s.url + ISO_PATH, dest, expectedSha256: f.sha256, http });
    expect(result.resumed).toBe(false);
    expect(fileRequests(s).map((r) => r.range)).toEqual([undefined]);
    expect((await readFile(dest)).equals(f.iso)).toBe(true);
  });

  it('accepts a partial file that is already complete (416 with the same total)', async () => {
    const s = await f.serve();
    const dest = await f.freshDest();
    await writeFile(`${dest}.part`, f.iso);
    const result = await downloadIso({ url: s.url + ISO_PATH, dest, expectedSha256: f.sha256, http: f.http });
    expect(result).toEqual({ path: dest, sha256: f.sha256, resumed: true });
    expect(fileRequests(s).map((r) => r.range)).toEqual([`bytes=${f.iso.length}-`]);
  });

  it('a server that gzips in spite of identity: verified by its hash, one request, no endless resume', async () => {
    const s = await f.serve({ behaviour: { gzipAnyway: true } });
    const dest = await f.freshDest();
    const result = await downloadIso({ url: s.url + ISO_PATH, dest, expectedSha256: f.sha256, http: f.http });
    expect(result).toEqual({ path: dest, sha256: f.sha256, resumed: false });
    expect(fileRequests(s)).toHaveLength(1);
    expect((await readFile(dest)).equals(f.iso)).toBe(true);
  });

  it('a gzipped body that is not the ISO: a checksum mismatch after one request, not a lost connection', async () => {
    const s = await f.serve({ behaviour: { gzipAnyway: true } });
    const dest = await f.freshDest();
    await expectCode(
      downloadIso({ url: s.url + ISO_PATH, dest, expectedSha256: 'cd'.repeat(32), http: f.http }),
      'checksum-mismatch',
    );
    expect(fileRequests(s)).toHaveLength(1);
    await expect(stat(`${dest}.part`)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('a Content-Length that counts other bytes (a proxy that decoded the body): the hash decides, not the length', async () => {
    const dest = await f.freshDest();
    let calls = 0;
    const fake: typeof fetch = async () => {
      calls++;
      // No Content-Encoding left to say so, only a length that is not the file's.
      return new Response(new Uint8Array(f.iso), { headers: { 'content-length': String(f.iso.length * 3) } });
    };
    const result = await downloadIso({
      url: 'http://mirror.invalid/x.iso',
      dest,
      expectedSha256: f.sha256,
      http: { fetch: fake },
    });
    expect(result.sha256).toBe(f.sha256);
    expect(calls).toBe(1);
  });

  it('takes the hash from a clearsigned BSD CHECKSUM that lists the versioned name of a "latest" link', async () => {
    const checksum = [
      '-----BEGIN PGP SIGNED MESSAGE-----',
      'Hash: SHA256',
      '',
      `# ${VERSIONED_NAME}: ${f.iso.length} bytes`,
      `SHA256 (${VERSIONED_NAME}) = ${f.sha256}`,
      '# Rocky-9.6-x86_64-boot.iso: 1 bytes',
      `SHA256 (Rocky-9.6-x86_64-boot.iso) = ${'0'.repeat(64)}`,
      '-----BEGIN PGP SIGNATURE-----',
      '',
      'iQIzBAEBCAAdFiEEfakefakefakefakefakefakefakefakeFAKE=',
      '=abcd',
      '-----END PGP SIGNATURE-----',
      '',
    ].join('\n');
    const s = await f.serveHttps({ texts: { '/isos/CHECKSUM': checksum } });
    const dest = await f.freshDest();
    const result = await downloadIso({
      url: s.url + ISO_PATH,
      dest,
      checksumUrl: `${s.url}/isos/CHECKSUM`,
      http: f.http,
    });
    expect(result.sha256).toBe(f.sha256);
  });

  it('takes the hash from a GNU SHA256SUMS file (binary-mode "*name" lines)', async () => {
    const sums = `${'1'.repeat(64)} *other.iso\n${f.sha256} *Rocky-9-latest-x86_64-minimal.iso\n`;
    const s = await f.serveHttps({ texts: { '/isos/SHA256SUMS': sums } });
    const dest = await f.freshDest();
    const result = await downloadIso({
      url: s.url + ISO_PATH,
      dest,
      checksumUrl: `${s.url}/isos/SHA256SUMS`,
      http: f.http,
    });
    expect(result.sha256).toBe(f.sha256);
  });

  it('fails with no-checksum when there is nothing to verify against', async () => {
    const s = await f.serve();
    await expectCode(
      downloadIso({ url: s.url + ISO_PATH, dest: await f.freshDest(), http: f.http }),
      'no-checksum',
    );
    expect(s.requests).toEqual([]);
  });

  it('reports HTTP errors for the checksum file and for the ISO', async () => {
    const s = await f.serveHttps();
    const dest = await f.freshDest();
    await expectCode(
      downloadIso({ url: s.url + ISO_PATH, dest, checksumUrl: `${s.url}/missing`, http: f.http }),
      'http',
    );
    const error = await expectCode(
      downloadIso({ url: `${s.url}/isos/missing.iso`, dest, expectedSha256: f.sha256, http: f.http }),
      'http',
    );
    expect(error.message).toContain('404');
  });

  it('stops with aborted and keeps the partial file when the caller cancels', async () => {
    const s = await f.serve();
    const dest = await f.freshDest();
    const controller = new AbortController();
    await expectCode(
      downloadIso({
        url: s.url + ISO_PATH,
        dest,
        expectedSha256: f.sha256,
        http: f.http,
        signal: controller.signal,
        onProgress: (p) => {
          if (p.bytes > 0) controller.abort();
        },
      }),
      'aborted',
    );
    await expect(stat(dest)).rejects.toMatchObject({ code: 'ENOENT' });
    // Kept for the next attempt to resume.
    expect((await stat(`${dest}.part`)).isFile()).toBe(true);
    // An already-aborted signal stops before any request.
    const before = s.requests.length;
    await expectCode(
      downloadIso({
        url: s.url + ISO_PATH,
        dest,
        expectedSha256: f.sha256,
        http: f.http,
        signal: controller.signal,
      }),
      'aborted',
    );
    expect(s.requests.length).toBe(before);
  });
});
