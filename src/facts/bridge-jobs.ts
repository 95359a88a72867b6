import { join } from 'node:path';
import type { Host } from '../host/host.js';
import type { BridgeStatus } from './bridge-status.js';
import { bridgeStatus } from './schema.js';

/** Where bridge jobs live: they must outlive the wizard, the SSH session and a reboot. */
export function bridgeStateDir(): string {
  return join(process.env.KVM_WIZARD_STATE_DIR ?? '/var/lib/kvm-wizard', 'bridge');
}

export function jobPaths(dir: string, id: string) {
  return {
    job: join(dir, `${id}.job.json`),
    status: join(dir, `${id}.status.json`),
    confirm: join(dir, `${id}.confirm`),
    revert: join(dir, `${id}.revert`),
    log: join(dir, `${id}.log`),
    reported: join(dir, `${id}.reported`),
  };
}

/** The newest bridge job's status, and whether a start banner already told the user about it. */
export async function readLastBridgeApply(
  host: Host,
): Promise<{ status: BridgeStatus; reported: boolean } | undefined> {
  const dir = bridgeStateDir();
  const names = await host.listDir(dir);
  const ids = names
    .filter((n) => n.endsWith('.status.json'))
    .map((n) => n.slice(0, -'.status.json'.length))
    .sort();
  const id = ids.at(-1);
  if (!id) return undefined;
  const text = await host.readFile(jobPaths(dir, id).status);
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
  // A status file of another shape (an older kvm-wizard's, a damaged one) says nothing we can trust.
  const status = bridgeStatus.safeParse(data);
  return status.success ? { status: status.data, reported: names.includes(`${id}.reported`) } : undefined;
}
