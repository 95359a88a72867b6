/**
 * Free space checks, so a 10 GB download fails in the first second instead of at 97 %, and a
 * download of unknown size (no Content-Length) never fills the disk that holds /var.
 *
 * The margin kept free is the smaller of 1 GiB and 5 % of the filesystem: 1 GiB leaves libvirt,
 * journald and dnf room to work on a big disk, and 5 % keeps a small VM disk (20 GB root) usable
 * without refusing every ISO on it.
 */
import { statfs } from 'node:fs/promises';
import { IsoDownloadError } from './errors.js';

export interface DiskSpace {
  /** Bytes an unprivileged writer may still use (like `df`'s Avail). */
  available: number;
  /** Size of the filesystem in bytes. */
  total: number;
}

export type DiskSpaceProbe = (dir: string) => Promise<DiskSpace>;

export async function statfsSpace(dir: string): Promise<DiskSpace> {
  const stats = await statfs(dir);
  return { available: stats.bavail * stats.bsize, total: stats.blocks * stats.bsize };
}

const GiB = 1024 ** 3;
/** Bytes written between two looks at the disk while a download runs. */
const PROBE_EVERY = 8 * 1024 * 1024;

export function spaceMargin(total: number): number {
  return Math.min(GiB, Math.floor(total * 0.05));
}

/** Refuses up front when `needed` more bytes would leave less than the margin free. */
export async function assertFreeSpace(options: {
  dir: string;
  needed: number;
  space: DiskSpaceProbe;
}): Promise<void> {
  const { dir, needed, space } = options;
  if (needed <= 0) return;
  const { available, total } = await space(dir);
  const margin = spaceMargin(total);
  if (available - needed < margin) {
    throw new IsoDownloadError('no-space', 'iso.err.noSpace', {
      dir,
      free: formatMiB(available),
      needed: formatMiB(needed),
      margin: formatMiB(margin),
    });
  }
}

/**
 * Admits writes while the disk keeps its margin: looks at the disk again every PROBE_EVERY bytes
 * (another writer may be filling it too) and throws before a write would cross the margin.
 */
export function createSpaceGuard(
  dir: string,
  space: DiskSpaceProbe,
): { admit(length: number): Promise<void> } {
  let budget = 0;
  return {
    async admit(length) {
      if (length <= budget) {
        budget -= length;
        return;
      }
      const { available, total } = await space(dir);
      const margin = spaceMargin(total);
      const room = available - margin;
      if (room < length) {
        throw new IsoDownloadError('no-space', 'iso.err.noSpaceDuring', {
          dir,
          free: formatMiB(available),
          margin: formatMiB(margin),
        });
      }
      budget = Math.min(room, PROBE_EVERY) - length;
    },
  };
}

export function formatMiB(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
