import { mkdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { BridgeStatus } from '../../facts/bridge-status.js';
import { writeRegular } from '../safe-file.js';

export { bridgeStateDir, jobPaths } from '../../facts/bridge-jobs.js';

/** Write-then-rename, so a reader never sees half a status file. */
export function writeJsonAtomic(path: string, value: unknown): void {
  mkdirSync(join(path, '..'), { recursive: true, mode: 0o700 });
  const tmp = `${path}.tmp`;
  // The temporary name too: never written through a link planted there.
  writeRegular(tmp, `${JSON.stringify(value)}\n`);
  renameSync(tmp, path);
}

export function readStatusFile(path: string): BridgeStatus | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as BridgeStatus;
  } catch {
    return undefined;
  }
}

/**
 * Whether the process a status file names still runs. 0 and negative numbers are no process (kill() would
 * ask about a process group); EPERM is alive but not ours to signal (cannot happen as root).
 */
export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
