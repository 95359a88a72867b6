import type { Answers } from '../answers/schema.js';
import { parseOsRelease } from '../facts/parse/os-release.js';
import type { OsRelease } from '../facts/types.js';
import type { Host } from '../host/host.js';
import { RealHost } from '../host/real-host.js';
import { t } from '../i18n/messages.js';
import { detectProfile, findProfile, PROFILES, type Profile, profileLabel } from '../plan/profiles.js';
import { STEP_IDS, type StepId } from '../plan/types.js';
import { reportOnce } from '../run/bridge/last-apply.js';
import { Session } from '../run/session.js';
import { logDirectory, Transcript } from '../run/transcript.js';
import { SIM_PROFILES, STAND_IN } from '../sim/profiles.js';
import { SimulatedHost } from '../sim/sim-host.js';
import { shown, UsageError } from './arg-rules.js';
import type { CliOptions } from './args.js';

export class ExitError extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

/** Exit codes: 0 all good, 1 a step failed or is blocked, 2 bad usage or answers, 3 wrong environment. */
export const EXIT = { ok: 0, failed: 1, usage: 2, environment: 3 } as const;

/**
 * The host the wizard looks at: this machine, the built-in simulation (--simulate), or, for a plan of another
 * release (--target without --simulate), a fresh host of that release standing in for one we cannot see.
 */
export function makeHost(options: CliOptions, lineDelayMs: number): Host {
  if (!options.simulate) {
    if (!options.target) return new RealHost();
    return new SimulatedHost(STAND_IN[targetProfile(options.target).id], 0, true);
  }
  if (!SIM_PROFILES.includes(options.simulate)) {
    throw new UsageError(
      t('cli.unknownProfile', { profile: shown(options.simulate), profiles: SIM_PROFILES.join(', ') }),
    );
  }
  return new SimulatedHost(options.simulate, lineDelayMs);
}

/**
 * The release profile: --target when given (dry-run of another release), else detected from os-release: the
 * host's, or `captured` from a facts file.
 */
export async function resolveProfile(
  host: Host,
  options: CliOptions,
  captured?: OsRelease,
): Promise<Profile> {
  if (options.target) return targetProfile(options.target);
  const os = captured ?? parseOsRelease((await host.readFile('/etc/os-release')) ?? '');
  const id = detectProfile(os);
  if (!id) {
    throw new ExitError(
      t('cli.unsupported', {
        name: os.prettyName || '?',
        id: os.id || '?',
        version: os.versionId || '?',
        profiles: Object.keys(PROFILES).join(', '),
      }),
      EXIT.environment,
    );
  }
  const profile = PROFILES[id];
  if (profile.planOnly && !options.dryRun && options.command === 'wizard') {
    throw new ExitError(t('cli.planOnly', { profile: profileLabel(profile), id }), EXIT.environment);
  }
  return profile;
}

function targetProfile(name: string): Profile {
  const p = findProfile(name);
  if (p) return p;
  throw new UsageError(
    t('cli.unknownProfile', { profile: shown(name), profiles: Object.keys(PROFILES).join(', ') }),
  );
}

export function selectedSteps(options: CliOptions): StepId[] {
  return options.only ?? [...STEP_IDS];
}

export function openSession(host: Host, profile: Profile, answers: Answers): Session {
  const transcript = new Transcript(logDirectory(host.isRoot(), host.simulated));
  return new Session(host, profile, answers, transcript);
}

/** After a lost SSH session: say once, at the start, what became of the last bridge change. */
export function reportLastBridgeApply(session: Session, write: (s: string) => void): void {
  const n = reportOnce(session.facts.lastBridgeApply, session.facts.probedAt);
  if (n) write(t(n.key, n.params));
}
