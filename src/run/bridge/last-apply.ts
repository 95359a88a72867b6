import { writeFileSync } from 'node:fs';
import type { Host } from '../../host/host.js';
import { lastBridgeNote } from '../../plan/steps/bridge.js';
import type { Note } from '../../plan/types.js';
import { bridgeStateDir, jobPaths } from './job-files.js';
import type { BridgeStatus } from './status.js';

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
  try {
    return text
      ? { status: JSON.parse(text) as BridgeStatus, reported: names.includes(`${id}.reported`) }
      : undefined;
  } catch {
    return undefined;
  }
}

export function markReported(id: string): void {
  try {
    writeFileSync(jobPaths(bridgeStateDir(), id).reported, `${new Date().toISOString()}\n`);
  } catch {
    // Not being able to mark it only means the same report shows once more.
  }
}

/**
 * What became of the last bridge change, as a note, the first time it is asked for (then marked reported):
 * the one place that decides whether a start of the wizard says it.
 */
export function reportOnce(
  last: { status: BridgeStatus; reported: boolean } | undefined,
  now: number,
): Note | undefined {
  const note = last && !last.reported ? lastBridgeNote(last.status, now) : undefined;
  if (last && note) markReported(last.status.id);
  return note;
}
