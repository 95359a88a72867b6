import { randomBytes } from 'node:crypto';
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeIsos } from '../../src/facts/iso-images.js';
import type { IsoImage } from '../../src/facts/types.js';
import { RealHost } from '../../src/host/real-host.js';
import { parseVolumeDescriptor, walkDescriptors } from '../../src/iso/iso9660.js';
import { hasXorriso, makeIso } from './helpers/make-iso.js';

const xorriso = await hasXorriso();
if (!xorriso) console.warn('xorriso not installed (Debian package "xorriso"): skipping generated-ISO tests');

let work: string;
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'kvmwiz-iso9660-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** What the wizard learns of `path`, by the production path: probeIsos over the real host's file reads. */
async function inspect(path: string): Promise<IsoImage | undefined> {
  return (await probeIsos(new RealHost(), [path])).find((i) => i.path === path);
}

describe.skipIf(!xorriso)('probeIsos on images written by xorriso', () => {
  it.each([
    'KVMWIZ_TEST',
    'CentOS-Stream-9-BaseOS-x86_64',
    'Rocky-10-1-x86_64-dvd',
    // 31 characters with spaces, as Ubuntu writes it; close to the 32-byte field limit.
    'Ubuntu-Server 24.04.3 LTS amd64',
  ])('reads back volume id %j', async (volumeId) => {
    const path = await makeIso({ workDir: work, volumeId, name: volumeId.replace(/\W/g, '_') });
    expect((await inspect(path))?.volumeId).toBe(volumeId);
  });
});

describe('probeIsos on files that are not ISOs', () => {
  it('leaves out a missing path', async () => {
    expect(await inspect(join(work, 'nope.iso'))).toBeUndefined();
    expect(await inspect(join(work, 'nope.iso', 'deeper.iso'))).toBeUndefined();
  });

  it('lists random bytes without a volume id', async () => {
    const path = join(work, 'random.bin');
    await writeFile(path, randomBytes(48 * 1024));
    expect(await inspect(path)).toEqual({ path, sizeBytes: 48 * 1024 });
  });

  it('lists a file shorter than the descriptor area without a volume id', async () => {
    const path = join(work, 'tiny.iso');
    await writeFile(path, 'not an iso\n');
    expect(await inspect(path)).toEqual({ path, sizeBytes: 11 });
  });

  it('finds no volume id in a directory', async () => {
    expect((await inspect(work))?.volumeId).toBeUndefined();
  });

  it('walks past a non-primary descriptor at sector 16 to the primary one', async () => {
    const path = join(work, 'boot-record-first.iso');
    const image = Buffer.alloc(40 * 2048);
    descriptor(image, 16, 0); // El Torito boot record
    descriptor(image, 17, 1, 'LATE_PVD');
    descriptor(image, 18, 255);
    await writeFile(path, image);
    expect((await inspect(path))?.volumeId).toBe('LATE_PVD');
  });

  it('stops at the set terminator', async () => {
    const path = join(work, 'no-pvd.iso');
    const image = Buffer.alloc(40 * 2048);
    descriptor(image, 16, 255);
    descriptor(image, 17, 1, 'AFTER_TERMINATOR');
    await writeFile(path, image);
    expect(await inspect(path)).toEqual({ path, sizeBytes: 40 * 2048 });
  });

  it('does not read the whole file (only the descriptor sectors)', async () => {
    // A sparse 8 GiB file: reading it all would take seconds; inspecting it must not.
    const path = join(work, 'sparse.iso');
    const handle = await open(path, 'w');
    const pvd = Buffer.alloc(2048);
    descriptor(pvd, 0, 1, 'SPARSE');
    await handle.write(pvd, 0, 2048, 16 * 2048);
    await handle.truncate(8 * 1024 ** 3);
    await handle.close();
    const started = performance.now();
    expect(await inspect(path)).toEqual({ path, sizeBytes: 8 * 1024 ** 3, volumeId: 'SPARSE' });
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('walkDescriptors', () => {
  const reader =
    (image: Buffer) =>
    async (offset: number, length: number): Promise<Uint8Array> =>
      image.subarray(offset, offset + length);

  it('tells a file shorter than the descriptor area from one with no primary descriptor', async () => {
    expect(await walkDescriptors(reader(Buffer.from('not an iso\n')))).toEqual({
      ok: false,
      reason: 'too-small',
    });
    expect(await walkDescriptors(reader(randomBytes(48 * 1024)))).toEqual({ ok: false, reason: 'not-iso' });
  });

  it('reads the volume id of the primary descriptor', async () => {
    const image = Buffer.alloc(40 * 2048);
    descriptor(image, 16, 1, 'IN_MEMORY');
    expect(await walkDescriptors(reader(image))).toEqual({ ok: true, volumeId: 'IN_MEMORY' });
  });
});

describe('parseVolumeDescriptor', () => {
  it('trims space and NUL padding from the volume id', () => {
    const sector = Buffer.alloc(2048);
    descriptor(sector, 0, 1, 'NUL_PADDED');
    expect(parseVolumeDescriptor(sector)).toEqual({ kind: 'primary', volumeId: 'NUL_PADDED' });
  });

  it('rejects a short buffer and a wrong magic', () => {
    expect(parseVolumeDescriptor(new Uint8Array(100))).toEqual({ kind: 'invalid' });
    const sector = Buffer.alloc(2048);
    sector[0] = 1;
    sector.write('CD002', 1, 'latin1');
    expect(parseVolumeDescriptor(sector)).toEqual({ kind: 'invalid' });
  });
});

/** Writes a minimal volume descriptor header (type, "CD001", version) at `sector` of `image`. */
function descriptor(image: Buffer, sector: number, type: number, volumeId?: string): void {
  const at = sector * 2048;
  image[at] = type;
  image.write('CD001', at + 1, 'latin1');
  image[at + 6] = 1;
  if (volumeId !== undefined) image.write(volumeId, at + 40, 'latin1');
}
