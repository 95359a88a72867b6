import type { Answers } from '../answers/schema.js';
import type { Facts } from '../facts/types.js';
import type { MessageKey, MessageParams } from '../i18n/messages.js';
import type { AlreadySo, Command } from './command.js';
import type { Profile } from './profiles.js';

export const STEP_IDS = [
  'host',
  'packages',
  'validate',
  'services',
  'network',
  'iso',
  'bridge',
  'vm',
  'summary',
] as const;
export type StepId = (typeof STEP_IDS)[number];

export interface PlanContext {
  facts: Facts;
  answers: Answers;
  profile: Profile;
}

export type Tone = 'info' | 'ok' | 'warn' | 'error';

/** A line of explanation derived from the facts ("VT-x found", "default network inactive"). */
export interface Note {
  key: MessageKey;
  params?: MessageParams;
  tone: Tone;
}

/**
 * What a step would do on this host:
 * - todo: commands to run;       - already: the host is already so, nothing runs;
 * - check: read-only commands that run every time (virt-host-validate);
 * - blocked: cannot run, `notes` say why and how to fix it;  - skip: nothing to do by choice.
 */
export type StepState = 'todo' | 'already' | 'check' | 'blocked' | 'skip';

export interface StepPlan {
  id: StepId;
  state: StepState;
  notes: Note[];
  commands: Command[];
  /** The ISO step: a verified download that runs before the commands. */
  download?: IsoDownload;
  /** The bridge: run inside a NetworkManager checkpoint from a detached process (see run/bridge/). */
  guard?: CheckpointGuard;
  /** The exported script skips the whole step (download, commands, checkpoint) when this test succeeds. */
  unless?: AlreadySo;
}

/** What protects and verifies the bridge change; data, so --dry-run shows it and the applier follows it. */
export interface CheckpointGuard {
  create: Command;
  /** Shown with a placeholder; the applier fills in the checkpoint path. */
  commit: Command;
  rollbackTimeout: number;
  expect: BridgeExpectation;
}

export interface BridgeExpectation {
  bridge: string;
  port: string;
  /** CIDR the bridge must carry: the static address, or for DHCP the address the host has now. */
  address?: string;
  gateway?: string;
}

export type StepOutcome = 'done' | 'already' | 'skipped' | 'failed' | 'canceled' | 'blocked';

/** Outcomes that stop an unattended run and make the exit code non-zero. */
export function isFailure(outcome: StepOutcome | undefined): boolean {
  return outcome === 'failed' || outcome === 'canceled' || outcome === 'blocked';
}

export function note(key: MessageKey, tone: Tone = 'info', params?: MessageParams): Note {
  return params ? { key, tone, params } : { key, tone };
}

export interface IsoDownload {
  url: string;
  dest: string;
  sha256?: string;
  checksumUrl?: string;
  sizeMiB?: number;
}
