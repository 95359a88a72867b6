// Parses /proc/meminfo ("MemTotal:  24684084 kB"); MiB rounded down. Kernels before 3.14 have no
// MemAvailable: it is then estimated as MemFree + Buffers + Cached.
import { lines } from './lines.js';

export function parseMeminfo(text: string): { totalMiB: number; availableMiB: number } {
  const kB: Record<string, number> = {};
  for (const line of lines(text)) {
    const match = /^(\w+):\s+(\d+)(?:\s+kB)?\s*$/.exec(line);
    if (match?.[1] !== undefined && match[2] !== undefined) kB[match[1]] = Number(match[2]);
  }
  const available = kB.MemAvailable ?? (kB.MemFree ?? 0) + (kB.Buffers ?? 0) + (kB.Cached ?? 0);
  return { totalMiB: Math.floor((kB.MemTotal ?? 0) / 1024), availableMiB: Math.floor(available / 1024) };
}
