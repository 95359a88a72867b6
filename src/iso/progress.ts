/**
 * Turns a stream of byte counts into throttled progress events: redrawing an Ink screen for
 * every 64 KiB chunk of a 10 GB ISO would cost more CPU than the download itself.
 */

export interface DownloadProgress {
  /** Bytes of the file on disk so far, including a resumed part. */
  bytes: number;
  total?: number;
  /** Bytes per second over this session's transfer (resumed bytes are not counted as speed). */
  rate: number;
  etaSeconds?: number;
}

export interface ProgressMeter {
  /** Record that the file now holds `bytes`; emits at most once per interval. */
  update(bytes: number): void;
  /** Always emits: the last word after the transfer ends. */
  finish(bytes: number): void;
}

export function createProgressMeter(options: {
  startBytes: number;
  total?: number;
  onProgress?: (progress: DownloadProgress) => void;
  intervalMs?: number;
  now?: () => number;
}): ProgressMeter {
  const { startBytes, total, onProgress } = options;
  const intervalMs = options.intervalMs ?? 100;
  const now = options.now ?? (() => performance.now());
  const startedAt = now();
  let lastEmit = Number.NEGATIVE_INFINITY;

  const emit = (bytes: number, at: number): void => {
    if (!onProgress) return;
    lastEmit = at;
    const seconds = (at - startedAt) / 1000;
    const rate = seconds > 0 ? (bytes - startBytes) / seconds : 0;
    const progress: DownloadProgress = { bytes, rate };
    if (total !== undefined) {
      progress.total = total;
      if (rate > 0) progress.etaSeconds = Math.max(0, (total - bytes) / rate);
    }
    onProgress(progress);
  };

  return {
    update(bytes) {
      const at = now();
      if (at - lastEmit >= intervalMs) emit(bytes, at);
    },
    finish(bytes) {
      emit(bytes, now());
    },
  };
}
