/** What a download may do to the images directory: never replace a file, never follow a planted link, never fill the disk. */
import { writeFileSync } from 'node:fs';
import { lstat, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { downloadIso } from '../../src/iso/download.js';
import { spaceMargin } from '../../src/iso/free-space.js';
import { expectCode, fileRequests, ISO_PATH, useDownloadFixture } from './helpers/download-fixture.js';
import { hasXorriso } from './helpers/make-iso.js';

const xorriso = await hasXorriso();
const MiB = 1024 * 1024;

describe.skipIf(!xorriso)('downloadIso: never overwrite, never follow', () => {
  const f = useDownloadFixture();

  it('a different file at the final name is refused with its path, left as it is, and nothing is fetched', async () => {
    const s = await f.serve();
    const dest = await f.freshDest();
    await writeFile(dest, 'the disk of vm1\n');
    const error = await expectCode(
      downloadIso({ url: s.url + ISO_PATH, dest, expectedSha256: f.sha256, http: f.http }),
      'exists',
    );
    expect(error.message).toContain(`${dest} already exists and is not this ISO`);
    expect(await readFile(dest, 'utf8')).toBe('the disk of vm1\n');
    expect(fileRequests(s)).toEqual([]);
  });

  it('this very ISO at the final name (same SHA-256) is kept: nothing fetched, reported as verified', async () => {
    const s = await f.serve();
    const dest = await f.freshDest();
    await writeFile(dest, f.iso);
    const result = await downloadIso({ url: s.url + ISO_PATH, dest, expectedSha256: f.sha256, http: f.http });
    expect(result).toEqual({ path: dest, sha256: f.sha256, resumed: false, existing: true });
    expect(fileRequests(s)).toEqual([]);
  });

  it('a file that appears at the final name during the transfer is not replaced', async () => {
    const s = await f.serve();
    const dest = await f.freshDest();
    let planted = false;
    const error = await expectCode(
      downloadIso({
        url: s.url + ISO_PATH,
        dest,
        expectedSha256: f.sha256,
        http: f.http,
        onProgress: () => {
          if (planted) return;
          planted = true;
          writeFileSync(dest, 'arrived meanwhile');
        },
      }),
      'exists',
    );
    expect(error.message).toContain(dest);
    expect(await readFile(dest, 'utf8')).toBe('arrived meanwhile');
  });

  it('a symlink planted at NAME.part is not followed: refused, its target untouched', async () => {
    const s = await f.serve();
    const dest = await f.freshDest();
    const victim = join(dirname(dest), 'victim');
    await writeFile(victim, 'precious\n');
    await symlink(victim, `${dest}.part`);
    const error = await expectCode(
      downloadIso({ url: s.url + ISO_PATH, dest, expectedSha256: f.sha256, http: f.http }),
      'exists',
    );
    expect(error.message).toContain(`${dest}.part is a symbolic link`);
    expect(await readFile(victim, 'utf8')).toBe('precious\n');
    expect((await lstat(`${dest}.part`)).isSymbolicLink()).toBe(true);
  });

  it('a dangling symlink at the final name is refused, not written through', async () => {
    const s = await f.serve();
    const dest = await f.freshDest();
    const target = join(dirname(dest), 'would-be-created');
    await symlink(target, dest);
    await expectCode(
      downloadIso({ url: s.url + ISO_PATH, dest, expectedSha256: f.sha256, http: f.http }),
      'exists',
    );
    await expect(stat(target)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe.skipIf(!xorriso)('downloadIso: free space', () => {
  const f = useDownloadFixture();

  it('the margin: the smaller of 1 GiB and 5 % of the filesystem', () => {
    expect(spaceMargin(10 * 1024 ** 3)).toBe(Math.floor(0.05 * 10 * 1024 ** 3));
    expect(spaceMargin(100 * 1024 ** 3)).toBe(1024 ** 3);
  });

  it('refuses before writing a byte when the file would eat into the margin', async () => {
    const s = await f.serve();
    const dest = await f.freshDest();
    const total = 20 * MiB; // margin 1 MiB
    const error = await expectCode(
      downloadIso({
        url: s.url + ISO_PATH,
        dest,
        expectedSha256: f.sha256,
        http: f.http,
        space: async () => ({ available: f.iso.length + MiB - 1, total }),
      }),
      'no-space',
    );
    expect(error.message).toContain(`not enough space in ${dirname(dest)}`);
    await expect(stat(`${dest}.part`)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('counts only the missing bytes when resuming', async () => {
    const s = await f.serve();
    const dest = await f.freshDest();
    const have = MiB;
    await writeFile(`${dest}.part`, f.iso.subarray(0, have));
    const result = await downloadIso({
      url: s.url + ISO_PATH,
      dest,
      expectedSha256: f.sha256,
      http: f.http,
      space: async () => ({ available: f.iso.length - have + MiB, total: 20 * MiB }),
    });
    expect(result.resumed).toBe(true);
  });

  it('no Content-Length: stopped before the margin is crossed, "not enough space", the part removed', async () => {
    const s = await f.serve({ behaviour: { noContentLength: true } });
    const dest = await f.freshDest();
    const total = 20 * MiB; // margin 1 MiB
    const room = 512 * 1024; // what may be written before the margin
    let largest = 0;
    const error = await expectCode(
      downloadIso({
        url: s.url + ISO_PATH,
        dest,
        expectedSha256: f.sha256,
        http: f.http,
        // A disk that really fills as the part grows.
        space: async () => {
          const written = await stat(`${dest}.part`).then(
            (st) => st.size,
            () => 0,
          );
          largest = Math.max(largest, written);
          return { available: MiB + room - written, total };
        },
      }),
      'no-space',
    );
    expect(error.message).toMatch(new RegExp(`^not enough space in ${dirname(dest)}: stopped`));
    expect(largest).toBeLessThanOrEqual(room);
    await expect(stat(`${dest}.part`)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(fileRequests(s)).toHaveLength(1);
  });
});
