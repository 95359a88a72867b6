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
  /** The host's address moves: the change waits for `kvm-wizard confirm` from a session to the new address. */
  reconnect?: Reconnect;
}

/**
 * An address move (static → another static, static → DHCP, DHCP → static). The session that applies it is
 * cut off; the user reconnects to `to` (unknown before the lease for DHCP) and confirms from there.
 */
export interface Reconnect {
  /** The address the host has now (the session's), without its prefix length. */
  from: string;
  /** The new static address without its prefix length; absent for DHCP. */
  to?: string;
  /** The MAC the bridge keeps, so a DHCP reservation for it still applies. */
  mac?: string;
}

export interface BridgeExpectation {
  bridge: string;
  port: string;
  /** CIDR the bridge must carry: the static address, or for DHCP the address the host has now. */
  address?: string;
  gateway?: string;
  /** What worked on the uplink before the change and must work on the bridge after it (run/bridge/verify.ts). */
  carried?: CarriedState;
  /** UUID of the uplink's profile (deleted by the change, restored by a rollback): named in by-hand steps. */
  profile?: string;
  /** The port profile the change makes, also named in by-hand steps. */
  portProfile?: string;
}

/**
 * The uplink's working state, as the bridge must reproduce it. "The same" means: every address in
 * `addresses`; a global address in each of `prefixes` (IPv6 SLAAC and privacy addresses are derived anew
 * for the bridge, so only their prefix can be the same); every route with the same family, destination,
 * gateway and metric (the kernel's protocol, preferred source and flags may differ); an equal MTU; the
 * same DNS servers, no more and no fewer. A part that could not be read before is absent, not compared.
 */
export interface CarriedState {
  /** false when the bridge's IPv4 settings were edited: its IPv4 addresses, routes and DNS are its own then. */
  ipv4: boolean;
  addresses: string[];
  prefixes: string[];
  routes?: Array<{ family: 4 | 6; dst: string; gateway?: string; metric: number }>;
  mtu?: number;
  dns?: string[];
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
