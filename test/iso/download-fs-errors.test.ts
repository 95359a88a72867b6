/**
 * A full disk and a read-only filesystem, for real: a tmpfs mounted in a mount namespace of a child
 * process (root only; the machine's own mounts are never touched), not a stub that throws ENOSPC.
 */
import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { fileRequests, ISO_PATH, useDownloadFixture } from './helpers/download-fixture.js';
import { hasXorriso } from './helpers/make-iso.js';

const run = promisify(execFile);
const xorriso = await hasXorriso();
const root = process.getuid?.() === 0;
const canUnshare =
  root &&
  (await run('unshare', ['-m', 'true']).then(
    () => true,
    () => false,
  ));
if (!canUnshare) console.warn('not root or no unshare: skipping the ENOSPC/EROFS download tests');

const CHILD = join(import.meta.dirname, 'helpers', 'download-child.ts');

describe.skipIf(!xorriso || !canUnshare)(
  'downloadIso on a full or read-only filesystem',
  { timeout: 60_000 },
  () => {
    const f = useDownloadFixture();

    async function inTmpfs(mountOptions: string, request: Record<string, unknown>) {
      const dir = await mkdtemp(join(f.work, 'mnt-'));
      const script = 'mount -t tmpfs -o "$1" kvmwiz-dl "$2" && exec node --import tsx "$3" "$4"';
      const input = JSON.stringify({ ...request, dest: join(dir, 'guest.iso') });
      const env = { ...process.env };
      for (const k of ['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY']) delete env[k];
      const { stdout } = await run(
        'unshare',
        ['-m', '--propagation', 'private', 'sh', '-c', script, 'sh', mountOptions, dir, CHILD, input],
        { env },
      );
      return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}');
    }

    it('ENOSPC is "the disk is full", not "connection lost", and the part is removed', async () => {
      const s = await f.serve();
      const out = await inTmpfs('size=512k', {
        url: s.url + ISO_PATH,
        sha256: f.sha256,
        lieAboutSpace: true,
      });
      expect(out).toMatchObject({ ok: false, code: 'no-space', part: false });
      expect(out.message).toMatch(/is full \(ENOSPC\)/);
      expect(out.message).not.toMatch(/connection/);
      expect(fileRequests(s)).toHaveLength(1);
    });

    it('EROFS is "read-only file system"', async () => {
      const s = await f.serve();
      const out = await inTmpfs('ro', { url: s.url + ISO_PATH, sha256: f.sha256 });
      expect(out).toMatchObject({ ok: false, code: 'read-only', part: false });
      expect(out.message).toMatch(/read-only file system \(EROFS\)/);
    });

    it('the statfs margin stops a download of unknown size before the kernel has to say ENOSPC', async () => {
      const s = await f.serve({ behaviour: { noContentLength: true } });
      const out = await inTmpfs('size=1m', { url: s.url + ISO_PATH, sha256: f.sha256 });
      expect(out).toMatchObject({ ok: false, code: 'no-space', part: false });
      expect(out.message).toMatch(/^not enough space in .*: stopped/);
    });
  },
);
