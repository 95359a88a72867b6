import type { Answers } from '../answers/schema.js';
import { parseVirtHostValidate } from '../facts/parse/virt-host-validate.js';
import { probeFacts } from '../facts/probe.js';
import type { Facts, ValidateLine } from '../facts/types.js';
import type { Host } from '../host/host.js';
import { t } from '../i18n/messages.js';
import { maskUrl } from '../iso/url-credentials.js';
import type { Command } from '../plan/command.js';
import { planStep } from '../plan/plan.js';
import type { Profile } from '../plan/profiles.js';
import { isoPath } from '../plan/steps/iso.js';
import { blockingFailures } from '../plan/steps/validate-judge.js';
import type { StepId, StepOutcome, StepPlan } from '../plan/types.js';
import { detachedApplier, inProcessApplier } from './bridge/appliers.js';
import { type CommandEvents, executeCommands } from './execute.js';
import type { Transcript } from './transcript.js';

export interface StepResult {
  id: StepId;
  outcome: StepOutcome;
  plan: StepPlan;
  failure?: { command?: Command; exitCode?: number; tail: string[]; canceled?: boolean; verify?: boolean };
  validate?: ValidateLine[];
  /** Extra lines for the result screen (what the bridge applier concluded). */
  detail?: string[];
}

/** Applies the bridge step's commands; the safe (checkpoint) applier plugs in here. */
export type BridgeApplier = (
  plan: StepPlan,
  events: CommandEvents,
) => Promise<{ ok: boolean; tail: string[] }>;

/**
 * One wizard run against one host: probe → plan → execute → re-probe → verify. The TUI and `--yes` both
 * drive it, so they cannot disagree about what a step does.
 */
export class Session {
  facts!: Facts;

  private readonly bridgeApplier: BridgeApplier;

  constructor(
    readonly host: Host,
    readonly profile: Profile,
    public answers: Answers,
    readonly transcript: Transcript,
    bridgeApplier?: BridgeApplier,
  ) {
    this.bridgeApplier =
      bridgeApplier ??
      (host.simulated ? inProcessApplier(host, transcript) : detachedApplier(host, transcript));
  }

  async probe(): Promise<Facts> {
    const iso = isoPath(this.answers.iso);
    this.facts = await probeFacts(this.host, this.profile, iso ? [iso] : []);
    return this.facts;
  }

  plan(id: StepId): StepPlan {
    return planStep(id, this.facts, this.answers, this.profile);
  }

  /** Runs one step if it has anything to do, then looks at the host again to verify it. */
  async runStep(id: StepId, events: CommandEvents = {}): Promise<StepResult> {
    try {
      return await this.stepOnce(id, events);
    } finally {
      this.transcript.flush();
    }
  }

  private async stepOnce(id: StepId, events: CommandEvents): Promise<StepResult> {
    const plan = this.plan(id);
    const early: Partial<Record<StepPlan['state'], StepOutcome>> = {
      already: 'already',
      blocked: 'blocked',
      skip: 'skipped',
    };
    const outcome = early[plan.state];
    if (outcome) return { id, outcome, plan };

    this.transcript.step(id);
    // Lines for the result screen beyond done/failed (the verified SHA-256 of a download).
    const detail: string[] = [];
    if (plan.guard) {
      // The applier reports its log line by line; the screens take output in blocks.
      const applied = await this.bridgeApplier(plan, {
        ...events,
        onLine: (line) => events.onOutput?.(`${line}\n`),
      });
      await this.probe();
      if (!applied.ok) return { id, outcome: 'failed', plan, failure: { tail: applied.tail } };
      if (this.plan(id).state === 'already') return { id, outcome: 'done', plan, detail: applied.tail };
    } else {
      if (plan.download) {
        const { url, dest } = plan.download;
        this.transcript.line(`# download ${maskUrl(url)} -> ${dest}`);
        const got = await this.host.download(plan.download, {
          ...(events.onDownloadProgress ? { onProgress: events.onDownloadProgress } : {}),
          ...(events.signal ? { signal: events.signal } : {}),
        });
        this.transcript.line(
          got.ok ? `# download verified: SHA-256 ${got.sha256}` : `# download failed: ${got.message}`,
        );
        if (!got.ok) {
          await this.probe();
          return {
            id,
            outcome: 'failed',
            plan,
            failure: { tail: [t('iso.downloadFailed', { reason: got.message })] },
          };
        }
        detail.push(t('iso.verified', { sha256: got.sha256 }));
      }
      // A check's output is judged (virt-host-validate): keep it. Other steps' output only streams.
      const exec = await executeCommands(this.host, plan.commands, this.transcript, events, {
        captureAll: plan.state === 'check',
      });
      plan.commands.forEach((c, i) => {
        if (c.showOutput) detail.push(...(exec.outputs[i] ?? '').split('\n').filter((l) => l.trim()));
      });
      await this.probe();
      if (!exec.ok) {
        const { failed, exitCode, tail, canceled } = exec;
        const outcome = canceled ? 'canceled' : 'failed';
        return { id, outcome, plan, failure: { command: failed, exitCode, tail, canceled } };
      }
      if (plan.state === 'check') {
        const validate = parseVirtHostValidate(exec.outputs.join('\n'));
        const blocking = blockingFailures(validate, this.answers);
        return { id, outcome: blocking.length ? 'failed' : 'done', plan, validate };
      }
    }
    const after = this.plan(id);
    if (after.state === 'already') return { id, outcome: 'done', plan, ...(detail.length ? { detail } : {}) };
    return { id, outcome: 'failed', plan, failure: { verify: true, tail: [] } };
  }
}
