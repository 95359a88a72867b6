import { bridgeStateDir, jobPaths } from '../../facts/bridge-jobs.js';
import type { BridgeStatus } from '../../facts/bridge-status.js';
import { lastBridgeNote } from '../../plan/steps/bridge.js';
import type { Note } from '../../plan/types.js';
import { writeRegular } from '../safe-file.js';

export function markReported(id: string): void {
  try {
    writeRegular(jobPaths(bridgeStateDir(), id).reported, `${new Date().toISOString()}\n`);
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
