import { t } from '../i18n/messages.js';
import type { DownloadProgress } from '../iso/progress.js';

const MIB = 1024 * 1024;

/** "812 of 1900 MiB · 95.0 MiB/s · 0:11 left" — shared by the progress bar and the --yes output. */
export function progressText(p: DownloadProgress): string {
  const done = Math.floor(p.bytes / MIB);
  const rate = (p.rate / MIB).toFixed(1);
  if (!p.total) return t('iso.progressUnknown', { done, rate });
  const eta =
    p.etaSeconds === undefined
      ? '?'
      : `${Math.floor(p.etaSeconds / 60)}:${String(Math.round(p.etaSeconds % 60)).padStart(2, '0')}`;
  return t('iso.progress', { done, total: Math.floor(p.total / MIB), rate, eta });
}

export function percentOf(p: DownloadProgress): number | undefined {
  return p.total ? Math.min(100, Math.floor((p.bytes / p.total) * 100)) : undefined;
}
