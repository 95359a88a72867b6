import { basename } from 'node:path';
import type { Answers } from '../answers/schema.js';
import { parseVirtHostValidate } from '../facts/parse/virt-host-validate.js';
import { probeFacts } from '../facts/probe.js';
import type { Facts, ValidateLine } from '../facts/types.js';
import type { Host } from '../host/host.js';
import { t } from '../i18n/messages.js';
import { visible } from '../i18n/visible.js';
import { maskUrl } from '../iso/url-credentials.js';
import { type Command, formatArgv } from '../plan/command.js';
import { planStep } from '../plan/plan.js';
import type { Profile } from '../plan/profiles.js';
import { isoPath } from '../plan/steps/iso.js';
import { blockingFailures } from '../plan/steps/validate-judge.js';
import type { StepId, StepOutcome, StepPlan } from '../plan/types.js';
import { type BridgeApplier, detachedApplier, inProcessApplier } from './bridge/appliers.js';
import { changesBetween, type StepChanges } from './changes.js';
import { DETACHED_STEPS, jobControl, pendingJob, runDetached } from './detach/step.js';
import { type CommandEvents, type ExecResult, executeCommands } from './execute.js';
import type { Transcript } from './transcript.js';

export interface StepResult {
  id: StepId;
  outcome: StepOutcome;
  plan: StepPlan;
  failure?: {
    command?: Command;
    exitCode?: number;
    tail: string[];
    canceled?: boolean;
    verify?: boolean;
    /** The download's SHA-256 was not the expected one (the file is deleted): a retry would fetch it in vain. */
    checksum?: { name: string; expected: string; actual: string };
  };
  validate?: ValidateLine[];
  /** Extra lines for the result screen (what the bridge applier concluded). */
  detail?: string[];
  /** When the step ran commands: what changed on the host, and how long it took. */
  changes?: StepChanges;
  durationMs?: number;
}

export type { BridgeApplier } from './bridge/appliers.js';

/** Everything one step needs to run: the host, the answers and the facts it is planned from, the log. */
export interface StepContext {
  host: Host;
  profile: Profile;
  answers: Answers;
  facts: Facts;
  transcript: Transcript;
  bridgeApplier: BridgeApplier;
}

/** The host as it is now, for these answers (the ISO they name is looked at too). */
export function probe(host: Host, profile: Profile, answers: Answers): Promise<Facts> {
  const iso = isoPath(answers.iso);
  return probeFacts(host, profile, iso ? [iso] : []);
}

/** The bridge applier for this host: in-process on the simulation, a detached process on a real host. */
export function defaultBridgeApplier(host: Host, transcript: Transcript): BridgeApplier {
  return host.simulated ? inProcessApplier(host, transcript) : detachedApplier(host, transcript);
}

/**
 * Runs one step if it has anything to do, then looks at the host again to verify it: the result, and the
 * facts as they are afterwards. The TUI, `--yes` and the tests all run steps through here.
 */
export async function runStep(
  ctx: StepContext,
  id: StepId,
  events: CommandEvents = {},
): Promise<{ result: StepResult; facts: Facts }> {
  const started = Date.now();
  try {
    const { result, facts } = await stepOnce(ctx, id, events);
    // A step that did not run (already so, blocked, skipped) changed nothing and took no time worth saying.
    if (result.outcome === 'already' || result.outcome === 'blocked' || result.outcome === 'skipped')
      return { result, facts };
    const changes = changesBetween(ctx.facts, facts);
    return { result: { ...result, changes, durationMs: Date.now() - started }, facts };
  } finally {
    ctx.transcript.flush();
  }
}

async function stepOnce(
  ctx: StepContext,
  id: StepId,
  events: CommandEvents,
): Promise<{ result: StepResult; facts: Facts }> {
  const { host, profile, answers, transcript } = ctx;
  let facts = ctx.facts;
  const planNow = () => planStep(id, facts, answers, profile);
  const reprobe = async () => {
    facts = await probe(host, profile, answers);
  };
  const plan = planNow();
  const done = (result: StepResult) => ({ result, facts });
  // A long step an earlier wizard started (and a dropped session left running, or finished unseen): it is
  // followed, or read back, whatever the host looks like now, and the step counts as it ended.
  const jobs = DETACHED_STEPS.includes(id) ? jobControl(host) : undefined;
  const pending = jobs ? await pendingJob(jobs, id) : undefined;
  const early: Partial<Record<StepPlan['state'], StepOutcome>> = {
    already: 'already',
    blocked: 'blocked',
    skip: 'skipped',
  };
  const outcome = early[plan.state];
  if (outcome && !pending) return done({ id, outcome, plan });

  transcript.step(id);
  if (plan.guard) {
    // The applier reports its log line by line; the screens take output in blocks.
    const applied = await ctx.bridgeApplier(plan, {
      ...events,
      onLine: (line) => events.onOutput?.(`${line}\n`),
    });
    await reprobe();
    // Undone because the user asked: canceled (their choice, said as such), not failed; still not done.
    if (!applied.ok)
      return done({
        id,
        outcome: applied.reverted ? 'canceled' : 'failed',
        plan,
        failure: { tail: applied.tail },
      });
    if (planNow().state === 'already') return done({ id, outcome: 'done', plan, detail: applied.tail });
    return done({ id, outcome: 'failed', plan, failure: { verify: true, tail: [] } });
  }
  const ran = jobs
    ? ranFrom(
        await runDetached(jobs, plan, transcript, events, pending),
        pending?.commands ?? plan.commands,
        plan.download?.dest ?? '',
      )
    : await runHere(ctx, plan, events);
  await reprobe();
  if (!ran.ok) return done({ id, outcome: ran.canceled ? 'canceled' : 'failed', plan, failure: ran.failure });
  // Lines for the result screen beyond done/failed: the verified SHA-256 of a download, a command's output.
  const detail = ran.sha256 ? [t('iso.verified', { sha256: ran.sha256 })] : [];
  (pending?.commands ?? plan.commands).forEach((c, i) => {
    if (c.showOutput) detail.push(...(ran.outputs[i] ?? '').split('\n').filter((l) => l.trim()));
  });
  if (plan.state === 'check' && !pending) {
    const validate = parseVirtHostValidate(ran.outputs.join('\n'));
    const blocking = blockingFailures(validate, answers);
    return done({ id, outcome: blocking.length ? 'failed' : 'done', plan, validate });
  }
  if (planNow().state === 'already')
    return done({ id, outcome: 'done', plan, ...(detail.length ? { detail } : {}) });
  return done({ id, outcome: 'failed', plan, failure: { verify: true, tail: [] } });
}

/** How a step's download and commands went, wherever they ran. */
type Ran =
  | { ok: true; outputs: string[]; sha256?: string }
  | { ok: false; canceled: boolean; failure: NonNullable<StepResult['failure']> };

/** A quick step: its download and commands run in this process. */
async function runHere(ctx: StepContext, plan: StepPlan, events: CommandEvents): Promise<Ran> {
  const { host, transcript } = ctx;
  let sha256: string | undefined;
  if (plan.download) {
    const { url, dest } = plan.download;
    transcript.line(`# download ${maskUrl(url)} -> ${dest}`);
    const got = await host.download(plan.download, {
      ...(events.onDownloadProgress ? { onProgress: events.onDownloadProgress } : {}),
      ...(events.signal ? { signal: events.signal } : {}),
    });
    transcript.line(
      got.ok ? `# download verified: SHA-256 ${got.sha256}` : `# download failed: ${got.message}`,
    );
    if (!got.ok) return downloadFailed(got.message, dest, got.mismatch);
    sha256 = got.sha256;
  }
  // A check's output is judged (virt-host-validate): keep it. Other steps' output only streams.
  const exec = await executeCommands(host, plan.commands, transcript, events, {
    captureAll: plan.state === 'check',
  });
  return fromExec(exec, sha256);
}

/** A detached step's end, in the same terms. */
function ranFrom(
  r: Awaited<ReturnType<typeof runDetached>>,
  commands: readonly { argv: readonly string[] }[],
  dest: string,
): Ran {
  if ('launchFailed' in r) return { ok: false, canceled: false, failure: { tail: [r.launchFailed] } };
  if (r.lost) {
    const argv = r.running?.argv ?? commands[0]?.argv ?? [];
    const tail = [...r.tail, t('detach.lost', { command: visible(formatArgv(argv)) })];
    return { ok: false, canceled: false, failure: { tail } };
  }
  if (r.download && !r.download.ok) {
    return downloadFailed(r.download.message, dest, r.download.mismatch);
  }
  return fromExec(r.exec, r.download?.ok ? r.download.sha256 : undefined);
}

/** A failed download; a checksum mismatch says both hashes whole (the bad file is already deleted). */
function downloadFailed(
  reason: string,
  dest: string,
  mismatch?: { expected: string; actual: string } | undefined,
): Ran {
  if (!mismatch)
    return { ok: false, canceled: false, failure: { tail: [t('iso.downloadFailed', { reason })] } };
  const checksum = { name: basename(dest), ...mismatch };
  return { ok: false, canceled: false, failure: { tail: mismatchLines(checksum), checksum } };
}

/** A checksum mismatch, said whole: both hashes on lines of their own, the file deleted, what to do. */
function mismatchLines(c: { name: string; expected: string; actual: string }): string[] {
  return [
    t('iso.mismatch.head', { name: c.name }),
    t('iso.mismatch.expected', { hash: c.expected }),
    t('iso.mismatch.actual', { hash: c.actual }),
    t('iso.mismatch.deleted'),
  ];
}

function fromExec(exec: ExecResult, sha256?: string): Ran {
  if (exec.ok) return { ok: true, outputs: exec.outputs, ...(sha256 ? { sha256 } : {}) };
  const { failed, exitCode, tail, canceled } = exec;
  return { ok: false, canceled, failure: { command: failed, exitCode, tail, canceled } };
}

/**
 * One wizard run against one host, for the callers that go step by step (`--yes`, `--dry-run`, `export`):
 * the answers, the facts and the functions above, held together.
 */
export class Session {
  facts!: Facts;

  readonly bridgeApplier: BridgeApplier;

  constructor(
    readonly host: Host,
    readonly profile: Profile,
    public answers: Answers,
    readonly transcript: Transcript,
    bridgeApplier?: BridgeApplier,
  ) {
    this.bridgeApplier = bridgeApplier ?? defaultBridgeApplier(host, transcript);
  }

  async probe(): Promise<Facts> {
    this.facts = await probe(this.host, this.profile, this.answers);
    return this.facts;
  }

  context(): StepContext {
    const { host, profile, answers, facts, transcript, bridgeApplier } = this;
    return { host, profile, answers, facts, transcript, bridgeApplier };
  }

  async runStep(id: StepId, events: CommandEvents = {}): Promise<StepResult> {
    const { result, facts } = await runStep(this.context(), id, events);
    this.facts = facts;
    return result;
  }
}
