/**
 * Reads the ISO 9660 Primary Volume Descriptor (ECMA-119) to tell a real install image from a
 * mistyped path or a half-downloaded file, and to learn its volume id (which names the OS).
 */
import { open } from 'node:fs/promises';

const SECTOR = 2048;
/** Sectors 0–15 are the "system area" (boot code, hybrid MBR/GPT); descriptors start at 16. */
const FIRST_DESCRIPTOR = 16 * SECTOR;
/** A real set is PVD + maybe boot record/supplementary/terminator; more than this is not an ISO. */
const MAX_DESCRIPTORS = 16;
const TYPE_PRIMARY = 1;
const TYPE_TERMINATOR = 255;
const MAGIC = 'CD001';

export type IsoInspection =
  | { ok: true; volumeId: string }
  | { ok: false; reason: 'missing' | 'not-iso' | 'too-small' };

export type DescriptorParse =
  | { kind: 'primary'; volumeId: string }
  | { kind: 'other' }
  | { kind: 'terminator' }
  | { kind: 'invalid' };

/** Classifies one 2048-byte volume descriptor; only a primary one yields the volume id. */
export function parseVolumeDescriptor(sector: Uint8Array): DescriptorParse {
  if (sector.length < SECTOR) return { kind: 'invalid' };
  const magic = Buffer.from(sector.subarray(1, 6)).toString('latin1');
  if (magic !== MAGIC) return { kind: 'invalid' };
  const type = sector[0];
  if (type === TYPE_TERMINATOR) return { kind: 'terminator' };
  if (type !== TYPE_PRIMARY) return { kind: 'other' };
  // Bytes 40..72: volume identifier, 32 "d-characters" padded with spaces (some mastering tools pad with NUL).
  const volumeId = Buffer.from(sector.subarray(40, 72))
    .toString('latin1')
    .replace(/[\s\0]+$/, '')
    .trim();
  return { kind: 'primary', volumeId };
}

/**
 * Checks `path` is an ISO 9660 image. Reads only the descriptor sectors (a DVD image is ~10 GB).
 * The PVD is nearly always at sector 16, but ECMA-119 only promises the set *starts* there, so
 * we walk it up to the terminator.
 */
export async function inspectIso(path: string): Promise<IsoInspection> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    if (isNotFound(error)) return { ok: false, reason: 'missing' };
    throw error;
  }
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) return { ok: false, reason: 'not-iso' };
    // A block device (/dev/sr0) reports size 0, so only regular files are judged by their size.
    if (stats.isFile() && stats.size < FIRST_DESCRIPTOR + SECTOR) return { ok: false, reason: 'too-small' };
    return await walkDescriptors(async (offset, length) => {
      const buf = Buffer.alloc(length);
      const { bytesRead } = await handle.read(buf, 0, length, offset);
      return buf.subarray(0, bytesRead);
    });
  } finally {
    await handle.close();
  }
}

/** Reads `length` bytes at `offset`; fewer (or none) at the end of the file. */
export type ReadAt = (offset: number, length: number) => Promise<Uint8Array | undefined>;

/**
 * The descriptor walk itself, over any reader (a file here, the Host seam in facts/iso-images.ts): the PVD is
 * nearly always at sector 16, but ECMA-119 only promises the set *starts* there.
 */
export async function walkDescriptors(read: ReadAt): Promise<IsoInspection> {
  for (let i = 0; i < MAX_DESCRIPTORS; i++) {
    const sector = await read(FIRST_DESCRIPTOR + i * SECTOR, SECTOR);
    if (!sector || sector.length < SECTOR) return { ok: false, reason: i === 0 ? 'too-small' : 'not-iso' };
    const parsed = parseVolumeDescriptor(sector);
    if (parsed.kind === 'primary') return { ok: true, volumeId: parsed.volumeId };
    if (parsed.kind !== 'other') break;
  }
  return { ok: false, reason: 'not-iso' };
}

function isNotFound(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  // A path through a non-directory is as missing as a path that does not exist.
  return code === 'ENOENT' || code === 'ENOTDIR';
}
