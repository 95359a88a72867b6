import type { Host } from '../host/host.js';
import { parseVolumeDescriptor } from '../iso/iso9660.js';
import type { IsoImage } from './types.js';

export const IMAGES_DIR = '/var/lib/libvirt/images';

/** ISO9660: the Primary Volume Descriptor sits in sector 16 (read through the Host seam, so simulation works). */
const PVD_OFFSET = 32768;

export async function inspectIsoOnHost(host: Host, path: string): Promise<IsoImage | undefined> {
  const size = await host.fileSize(path);
  if (size === undefined) return undefined;
  const pvd = await host.readBytes(path, PVD_OFFSET, 2048);
  const pvdInfo = pvd ? parseVolumeDescriptor(pvd) : undefined;
  const volumeId = pvdInfo?.kind === 'primary' ? pvdInfo.volumeId : undefined;
  return { path, sizeBytes: size, ...(volumeId !== undefined ? { volumeId } : {}) };
}

/** ISO files in libvirt's images directory plus the given paths, each checked for the ISO9660 signature. */
export async function probeIsos(host: Host, extra: string[]): Promise<IsoImage[]> {
  const found = (await host.listDir(IMAGES_DIR))
    .filter((n) => n.toLowerCase().endsWith('.iso'))
    .map((n) => `${IMAGES_DIR}/${n}`);
  const paths = [...new Set([...found.sort(), ...extra])];
  const images = await Promise.all(paths.map((p) => inspectIsoOnHost(host, p)));
  return images.filter((i): i is IsoImage => i !== undefined);
}
