import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { downloadIso } from '../../src/iso/download.js';
import { IsoDownloadError } from '../../src/iso/errors.js';
import type { DownloadProgress } from '../../src/iso/progress.js';
import { type IsoServer, startIsoServer } from './helpers/iso-server.js';
import { hasXorriso, makeIso } from './helpers/make-iso.js';

const xorriso = await hasXorriso();
if (!xorriso) console.warn('xorriso not installed (Debian package "xorriso"): skipping ISO download tests');

const ISO_PATH = '/isos/Rocky-9-latest-x86_64-minimal.iso';
/** What a real CHECKSUM lists for the "latest" link: the versioned name. */
const VERSIONED_NAME = 'Rocky-9.6-x86_64-minimal.iso';

describe.skipIf(!xorriso)('downloadIso against a local HTTP server', () => {
  let work: string;
  let iso: Buffer;
  let sha256: string;
  let server: IsoServer | undefined;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'kvmwiz-dl-'));
    // ~2 MiB so a connection cut at 1 MiB lands mid-body.
    iso = await readFile(
      await makeIso({ workDir: work, volumeId: 'KVMWIZ_TEST', payloadBytes: 2 * 1024 * 1024 }),
    );
    sha256 = createHash('sha256').update(iso).digest('hex');
  });

  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function serve(options: Omit<Parameters<typeof startIsoServer>[0], 'filePath' | 'file'> = {}) {
    server = await startIsoServer({ filePath: ISO_PATH, file: iso, ...options });
    return server;
  }

  async function freshDest(): Promise<string> {
    return join(await mkdtemp(join(work, 'dest-')), 'guest.iso');
  }

  const fileRequests = (s: IsoServer) => s.requests.filter((r) => r.path === ISO_PATH);

  async function expectCode(
    promise: Promise<unknown>,
    code: IsoDownloadError['code'],
  ): Promise<IsoDownloadError> {
    const error = await promise.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(IsoDownloadError);
    expect((error as IsoDownloadError).code).toBe(code);
    return error as IsoDownloadError;
  }

  it('downloads, verifies, renames into place with mode 0644 and reports progress', async () => {
    const s = await serve();
    const dest = await freshDest();
    const events: DownloadProgress[] = [];
    const result = await downloadIso({
      url: s.url + ISO_PATH,
      dest,
      expectedSha256: sha256.toUpperCase(),
      onProgress: (p) => events.push(p),
    });
    expect(result).toEqual({ path: dest, sha256, resumed: false });
    expect(
      createHash('sha256')
        .update(await readFile(dest))
        .digest('hex'),
    ).toBe(sha256);
    expect((await stat(dest)).mode & 0o777).toBe(0o644);
    await expect(stat(`${dest}.part`)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(events.at(-1)).toMatchObject({ bytes: iso.length, total: iso.length });
    expect(fileRequests(s)).toEqual([
      expect.objectContaining({ range: undefined, acceptEncoding: 'identity' }),
    ]);
  });

  it('deletes the file and names both hashes when the checksum does not match', async () => {
    const s = await serve();
    const dest = await freshDest();
    const wrong = 'ab'.repeat(32);
    const error = await expectCode(
      downloadIso({ url: s.url + ISO_PATH, dest, expectedSha256: wrong }),
      'checksum-mismatch',
    );
    expect(error.message).toContain(`expected ${wrong}`);
    expect(error.message).toContain(`got ${sha256}`);
    await expect(stat(dest)).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(stat(`${dest}.part`)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('keeps the partial file when the connection drops, then resumes it with a Range request', async () => {
    const cut = 1024 * 1024;
    const s = await serve({ behaviour: { cutFirstAfter: cut } });
    const dest = await freshDest();
    const url = s.url + ISO_PATH;

    const first = await expectCode(downloadIso({ url, dest, expectedSha256: sha256 }), 'http');
    expect(first.message).toMatch(/run again to resume/);
    const kept = (await stat(`${dest}.part`)).size;
    // Everything the server flushed may not have reached the disk, but what did is a clean prefix.
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThanOrEqual(cut);
    expect(iso.subarray(0, kept).equals(await readFile(`${dest}.part`))).toBe(true);

    const result = await downloadIso({ url, dest, expectedSha256: sha256 });
    expect(result).toEqual({ path: dest, sha256, resumed: true });
    expect(fileRequests(s).map((r) => r.range)).toEqual([undefined, `bytes=${kept}-`]);
    expect((await readFile(dest)).equals(iso)).toBe(true);
  });

  it('starts over from zero when the server answers a Range request with 200', async () => {
    const s = await serve({ behaviour: { ignoreRange: true } });
    const dest = await freshDest();
    // A stale part whose bytes are NOT a prefix of the file: appending to it would corrupt the ISO.
    await writeFile(`${dest}.part`, randomBytes(300 * 1024));
    const result = await downloadIso({ url: s.url + ISO_PATH, dest, expectedSha256: sha256 });
    expect(result).toEqual({ path: dest, sha256, resumed: false });
    expect(fileRequests(s).map((r) => r.range)).toEqual(['bytes=307200-']);
    expect((await readFile(dest)).equals(iso)).toBe(true);
  });

  it('starts over when a 206 does not begin where the partial file ends', async () => {
    const s = await serve();
    const dest = await freshDest();
    await writeFile(`${dest}.part`, iso.subarray(0, 4096));
    let calls = 0;
    // A broken cache answering from the wrong offset: trusting it would splice two pieces together.
    const fetchImpl: typeof fetch = async (input, init) => {
      calls++;
      if (calls === 1) {
        return new Response(new Uint8Array(iso.subarray(100)), {
          status: 206,
          headers: { 'content-range': `bytes 100-${iso.length - 1}/${iso.length}` },
        });
      }
      return fetch(input, init);
    };
    const result = await downloadIso({ url: s.url + ISO_PATH, dest, expectedSha256: sha256, fetchImpl });
    expect(result.resumed).toBe(false);
    expect(fileRequests(s).map((r) => r.range)).toEqual([undefined]);
    expect((await readFile(dest)).equals(iso)).toBe(true);
  });

  it('accepts a partial file that is already complete (416 with the same total)', async () => {
    const s = await serve();
    const dest = await freshDest();
    await writeFile(`${dest}.part`, iso);
    const result = await downloadIso({ url: s.url + ISO_PATH, dest, expectedSha256: sha256 });
    expect(result).toEqual({ path: dest, sha256, resumed: true });
    expect(fileRequests(s).map((r) => r.range)).toEqual([`bytes=${iso.length}-`]);
  });

  it('refuses before writing a byte when the disk is too small', async () => {
    const s = await serve();
    const dest = await freshDest();
    const dirs: string[] = [];
    const error = await expectCode(
      downloadIso({
        url: s.url + ISO_PATH,
        dest,
        expectedSha256: sha256,
        freeBytes: async (dir) => {
          dirs.push(dir);
          return 1024;
        },
      }),
      'no-space',
    );
    expect(error.message).toMatch(/free but the download needs/);
    expect(dirs).toEqual([join(dest, '..')]);
    await expect(stat(`${dest}.part`)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('counts only the missing bytes against free space when resuming', async () => {
    const s = await serve();
    const dest = await freshDest();
    const have = 1024 * 1024;
    await writeFile(`${dest}.part`, iso.subarray(0, have));
    const result = await downloadIso({
      url: s.url + ISO_PATH,
      dest,
      expectedSha256: sha256,
      freeBytes: async () => iso.length - have,
    });
    expect(result.resumed).toBe(true);
  });

  it('takes the hash from a clearsigned BSD CHECKSUM that lists the versioned name of a "latest" link', async () => {
    const checksum = [
      '-----BEGIN PGP SIGNED MESSAGE-----',
      'Hash: SHA256',
      '',
      `# ${VERSIONED_NAME}: ${iso.length} bytes`,
      `SHA256 (${VERSIONED_NAME}) = ${sha256}`,
      '# Rocky-9.6-x86_64-boot.iso: 1 bytes',
      `SHA256 (Rocky-9.6-x86_64-boot.iso) = ${'0'.repeat(64)}`,
      '-----BEGIN PGP SIGNATURE-----',
      '',
      'iQIzBAEBCAAdFiEEfakefakefakefakefakefakefakefakeFAKE=',
      '=abcd',
      '-----END PGP SIGNATURE-----',
      '',
    ].join('\n');
    const s = await serve({ texts: { '/isos/CHECKSUM': checksum } });
    const dest = await freshDest();
    const result = await downloadIso({ url: s.url + ISO_PATH, dest, checksumUrl: `${s.url}/isos/CHECKSUM` });
    expect(result.sha256).toBe(sha256);
  });

  it('takes the hash from a GNU SHA256SUMS file (binary-mode "*name" lines)', async () => {
    const sums = `${'1'.repeat(64)} *other.iso\n${sha256} *Rocky-9-latest-x86_64-minimal.iso\n`;
    const s = await serve({ texts: { '/isos/SHA256SUMS': sums } });
    const dest = await freshDest();
    const result = await downloadIso({
      url: s.url + ISO_PATH,
      dest,
      checksumUrl: `${s.url}/isos/SHA256SUMS`,
    });
    expect(result.sha256).toBe(sha256);
  });

  it('fails with no-checksum, without fetching the ISO, when the checksum file does not list it', async () => {
    const s = await serve({ texts: { '/isos/SHA256SUMS': `${sha256}  something-else.iso\n` } });
    const dest = await freshDest();
    await expectCode(
      downloadIso({ url: s.url + ISO_PATH, dest, checksumUrl: `${s.url}/isos/SHA256SUMS` }),
      'no-checksum',
    );
    expect(fileRequests(s)).toEqual([]);
  });

  it('fails with no-checksum when there is nothing to verify against', async () => {
    const s = await serve();
    await expectCode(downloadIso({ url: s.url + ISO_PATH, dest: await freshDest() }), 'no-checksum');
    expect(s.requests).toEqual([]);
  });

  it('reports HTTP errors for the checksum file and for the ISO', async () => {
    const s = await serve();
    const dest = await freshDest();
    await expectCode(downloadIso({ url: s.url + ISO_PATH, dest, checksumUrl: `${s.url}/missing` }), 'http');
    const error = await expectCode(
      downloadIso({ url: `${s.url}/isos/missing.iso`, dest, expectedSha256: sha256 }),
      'http',
    );
    expect(error.message).toContain('404');
  });

  it('stops with aborted and keeps the partial file when the caller cancels', async () => {
    const s = await serve();
    const dest = await freshDest();
    const controller = new AbortController();
    await expectCode(
      downloadIso({
        url: s.url + ISO_PATH,
        dest,
        expectedSha256: sha256,
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
      downloadIso({ url: s.url + ISO_PATH, dest, expectedSha256: sha256, signal: controller.signal }),
      'aborted',
    );
    expect(s.requests.length).toBe(before);
  });
});
