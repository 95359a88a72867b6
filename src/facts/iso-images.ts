import type { Host } from '../host/host.js';
import { walkDescriptors } from '../iso/iso9660.js';
import type { IsoImage } from './types.js';

export const IMAGES_DIR = '/var/lib/libvirt/images';

async function inspectIsoOnHost(host: Host, path: string): Promise<IsoImage | undefined> {
  const size = await host.fileSize(path);
  if (size === undefined) return undefined;
  // The same descriptor walk as iso/iso9660.ts, read through the Host seam so the simulation works too.
  const found = await walkDescriptors((offset, length) => host.readBytes(path, offset, length));
  const volumeId = found.ok ? found.volumeId : undefined;
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
