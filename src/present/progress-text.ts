import { t } from '../i18n/messages.js';
import type { DownloadProgress } from '../iso/progress.js';

const MIB = 1024 * 1024;

/**
 * An ISO's size as every screen says it: whole MiB, rounded the one way (the picker's catalogue figure, the
 * download's title and its "of N MiB" must never disagree by a rounding).
 */
export function mib(bytes: number): number {
  return Math.round(bytes / MIB);
}

/**
 * The download's title: its size is the server's (Content-Length), in MiB; when the picker showed the
 * catalogue's estimate and the server's size differs from it, the title says both, so the two numbers the
 * user saw are explained, not contradicting.
 */
export function downloadTitle(name: string, total: number | undefined, estimateMiB?: number): string {
  if (!total) return t('iso.downloadTitleUnknown', { name });
  const size = mib(total);
  if (estimateMiB === undefined || estimateMiB === size) return t('iso.downloadTitle', { name, size });
  return t('iso.downloadTitleEstimate', { name, size, estimate: estimateMiB });
}

/** "812 of 1900 MiB · 95.0 MiB/s · 0:11 left" — shared by the progress bar and the --yes output. */
export function progressText(p: DownloadProgress): string {
  const done = Math.floor(p.bytes / MIB);
  const rate = (p.rate / MIB).toFixed(1);
  if (!p.total) return t('iso.progressUnknown', { done, rate });
  const eta =
    p.etaSeconds === undefined
      ? '?'
      : `${Math.floor(p.etaSeconds / 60)}:${String(Math.round(p.etaSeconds % 60)).padStart(2, '0')}`;
  return t('iso.progress', { done, total: mib(p.total), rate, eta });
}

export function percentOf(p: DownloadProgress): number | undefined {
  return p.total ? Math.min(100, Math.floor((p.bytes / p.total) * 100)) : undefined;
}
