/** Free space checks, so a 10 GB download fails in the first second instead of at 97 %. */
import { statfs } from 'node:fs/promises';
import { IsoDownloadError } from './errors.js';

/** Bytes an unprivileged writer may still use on the filesystem holding `dir` (like `df`'s Avail). */
export async function statfsFreeBytes(dir: string): Promise<number> {
  const stats = await statfs(dir);
  return stats.bavail * stats.bsize;
}

export async function assertFreeSpace(options: {
  dir: string;
  /** Bytes still to be written. */
  needed: number;
  freeBytes: (dir: string) => Promise<number>;
}): Promise<void> {
  const { dir, needed, freeBytes } = options;
  if (needed <= 0) return;
  const free = await freeBytes(dir);
  if (free < needed) {
    throw new IsoDownloadError(
      'no-space',
      `${dir} has ${formatMiB(free)} free but the download needs ${formatMiB(needed)} more`,
    );
  }
}

function formatMiB(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
