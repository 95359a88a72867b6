import type { Host } from '../host/host.js';
import type { IsoImage } from './types.js';

export const IMAGES_DIR = '/var/lib/libvirt/images';

/** ISO9660: the Primary Volume Descriptor sits in sector 16; "CD001" at byte 1, the volume id at bytes 40–71. */
const PVD_OFFSET = 32768;

export function volumeIdFromPvd(pvd: Uint8Array): string | undefined {
  if (pvd.length < 72 || pvd[0] !== 1) return undefined;
  if (Buffer.from(pvd.subarray(1, 6)).toString('latin1') !== 'CD001') return undefined;
  return Buffer.from(pvd.subarray(40, 72)).toString('latin1').trim();
}

export async function inspectIsoOnHost(host: Host, path: string): Promise<IsoImage | undefined> {
  const size = await host.fileSize(path);
  if (size === undefined) return undefined;
  const pvd = await host.readBytes(path, PVD_OFFSET, 2048);
  const volumeId = pvd ? volumeIdFromPvd(pvd) : undefined;
  return { path, sizeBytes: size, ...(volumeId !== undefined ? { volumeId } : {}) };
}

/** ISO files in libvirt's images directory plus the given paths, each checked for the ISO9660 signature. */
export async function probeIsos(host: Host, extra: string[]): Promise<IsoImage[]> {
  const found = (await host.listDir(IMAGES_DIR)).filter((n) => n.toLowerCase().endsWith('.iso')).map((n) => `${IMAGES_DIR}/${n}`);
  const paths = [...new Set([...found.sort(), ...extra])];
  const images = await Promise.all(paths.map((p) => inspectIsoOnHost(host, p)));
  return images.filter((i): i is IsoImage => i !== undefined);
}
