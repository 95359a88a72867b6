import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BridgeStatus } from './status.js';

/** Where bridge jobs live: they must outlive the wizard, the SSH session and a reboot. */
export function bridgeStateDir(): string {
  return join(process.env.KVM_WIZARD_STATE_DIR ?? '/var/lib/kvm-wizard', 'bridge');
}

export function jobPaths(dir: string, id: string) {
  return {
    job: join(dir, `${id}.job.json`),
    status: join(dir, `${id}.status.json`),
    confirm: join(dir, `${id}.confirm`),
    log: join(dir, `${id}.log`),
    reported: join(dir, `${id}.reported`),
  };
}

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
