import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BridgeStatus } from '../../facts/bridge-status.js';

export { bridgeStateDir, jobPaths } from '../../facts/bridge-jobs.js';

/** Write-then-rename, so a reader never sees half a status file. */
export function writeJsonAtomic(path: string, value: unknown): void {
  mkdirSync(join(path, '..'), { recursive: true, mode: 0o700 });
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(value)}\n`, { mode: 0o600 });
  renameSync(tmp, path);
}

export function readStatusFile(path: string): BridgeStatus | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as BridgeStatus;
  } catch {
    return undefined;
  }
}
