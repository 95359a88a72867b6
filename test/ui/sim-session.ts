import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Answers } from '../../src/answers/schema.js';
import { PROFILES, type ProfileId } from '../../src/plan/profiles.js';
import { Session } from '../../src/run/session.js';
import { Transcript } from '../../src/run/transcript.js';
import { SimulatedHost } from '../../src/sim/sim-host.js';

/** A probed Session on a fresh simulated host, its transcript in a temp dir (never in ~/.local/state). */
export async function simSession(
  sim = 'centos-stream9',
  profile: ProfileId = 'el9',
  answers: Answers = {},
  lineDelayMs = 0,
): Promise<Session> {
  const dir = mkdtempSync(join(tmpdir(), 'kvm-wizard-ui-'));
  process.env.KVM_WIZARD_LOG_DIR = dir;
  process.env.KVM_WIZARD_STATE_DIR = join(dir, 'state');
  const session = new Session(
    new SimulatedHost(sim, lineDelayMs),
    PROFILES[profile],
    answers,
    new Transcript(dir),
  );
  await session.probe();
  return session;
}

/** The `$ …` command lines the transcript recorded, i.e. what actually ran. */
export function ranCommands(session: Session): string[] {
  // No file yet means nothing has been written, so nothing ran.
  if (!existsSync(session.transcript.path)) return [];
  return readFileSync(session.transcript.path, 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('$ '));
}
