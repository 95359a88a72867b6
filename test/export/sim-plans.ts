import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Answers } from '../../src/answers/schema.js';
import { IMAGES_DIR } from '../../src/facts/iso-images.js';
import { parseOsRelease } from '../../src/facts/parse/os-release.js';
import type { Facts } from '../../src/facts/types.js';
import { planStep } from '../../src/plan/plan.js';
import { detectProfile, PROFILES, type ProfileId } from '../../src/plan/profiles.js';
import { STEP_IDS, type StepPlan } from '../../src/plan/types.js';
import { Session } from '../../src/run/session.js';
import { Transcript } from '../../src/run/transcript.js';
import { STAND_IN } from '../../src/sim/profiles.js';
import { SimulatedHost } from '../../src/sim/sim-host.js';

/** Where a plan comes from: `--simulate=SIM` or `--target PROFILE` (a stand-in fresh host of that release). */
export type Source = { sim: string } | { target: ProfileId };

/**
 * Every step's plan, as `export` makes it, for a simulated host; `facts` may change what the host said
 * (hostile text from a host) before planning. Answers are taken as given: no schema checks them here.
 */
export async function simPlans(
  source: Source,
  answers: Answers = {},
  facts: (f: Facts) => void = () => {},
): Promise<StepPlan[]> {
  const host =
    'sim' in source ? new SimulatedHost(source.sim, 0) : new SimulatedHost(STAND_IN[source.target], 0, true);
  const id =
    'sim' in source
      ? detectProfile(parseOsRelease((await host.readFile('/etc/os-release')) ?? ''))
      : source.target;
  if (!id) throw new Error(`no profile for ${JSON.stringify(source)}`);
  const session = new Session(
    host,
    PROFILES[id],
    answers,
    new Transcript(mkdtempSync(join(tmpdir(), 'kvm-wizard-export-'))),
  );
  await session.probe();
  facts(session.facts);
  // As export plans them: the steps before each one are pending.
  return STEP_IDS.map((step, i) =>
    planStep(step, session.facts, session.answers, session.profile, STEP_IDS.slice(0, i)),
  );
}

/** The same plans with libvirt's images folder moved to `dir`, so a test can put (or not) an ISO there. */
export function withImagesIn(plans: readonly StepPlan[], dir: string): StepPlan[] {
  return JSON.parse(JSON.stringify(plans).replaceAll(IMAGES_DIR, dir)) as StepPlan[];
}
