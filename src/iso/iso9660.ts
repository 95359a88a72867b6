/**
 * Reads the ISO 9660 Primary Volume Descriptor (ECMA-119) to tell a real install image from a
 * mistyped path or a half-downloaded file, and to learn its volume id (which names the OS).
 */
const SECTOR = 2048;
/** Sectors 0–15 are the "system area" (boot code, hybrid MBR/GPT); descriptors start at 16. */
const FIRST_DESCRIPTOR = 16 * SECTOR;
/** A real set is PVD + maybe boot record/supplementary/terminator; more than this is not an ISO. */
const MAX_DESCRIPTORS = 16;
const TYPE_PRIMARY = 1;
const TYPE_TERMINATOR = 255;
const MAGIC = 'CD001';

export type IsoInspection = { ok: true; volumeId: string } | { ok: false; reason: 'not-iso' | 'too-small' };

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

/** Reads `length` bytes at `offset`; fewer (or none) at the end of the file. */
export type ReadAt = (offset: number, length: number) => Promise<Uint8Array | undefined>;

/**
 * Checks a reader holds an ISO 9660 image (facts/iso-images.ts reads through the Host seam). Reads only the
 * descriptor sectors (a DVD image is ~10 GB). The PVD is nearly always at sector 16, but ECMA-119 only
 * promises the set *starts* there, so we walk it up to the terminator.
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
