import { homedir } from 'node:os';
import { dirname } from 'node:path';
import {
  type BridgeCheck,
  type BridgeStatus,
  checkTitle,
  checkValue,
  describeFinal,
} from '../facts/bridge-status.js';
import type { Facts, Invocation } from '../facts/types.js';
import { NoHost } from '../host/no-host.js';
import { t } from '../i18n/messages.js';
import { visible } from '../i18n/visible.js';
import { displayWidth, padEndDisplay } from '../i18n/width.js';
import { comeBackWords } from '../plan/come-back.js';
import { formatArgv } from '../plan/command.js';
import { shownCommands } from '../plan/plan.js';
import { profileLabel } from '../plan/profiles.js';
import { cockpitListening, cockpitLoginNote, cockpitUrl } from '../plan/steps/services.js';
import { plannedGraphics } from '../plan/steps/vm.js';
import {
  isFailure,
  type Note,
  STEP_IDS,
  type StepId,
  type StepOutcome,
  type StepPlan,
  type Tone,
} from '../plan/types.js';
import type { Session, StepResult } from '../run/session.js';
import { deviceStateWord } from './device-state.js';
import { outcomeWord, stateWord } from './outcome-words.js';
import { style } from './style.js';

/** Plain-text rendering of plan data, shared by --dry-run and --yes. */

/**
 * Says first when the plan is not this machine's: the simulation, a fresh host of a --target release, or
 * the host a facts file describes.
 */
export function hostBanner(session: Session, writesLog = false): string | undefined {
  if (session.host instanceof NoHost) return t('cli.factsBanner');
  if (session.host.standIn) return t('cli.standIn', { profile: profileLabel(session.profile) });
  if (!session.host.simulated) return undefined;
  // --dry-run and export write nothing at all; a run (--yes) writes its log like the interactive wizard.
  return writesLog ? simulationBanner(session.transcript.path) : t('ui.simulationWritesNothing');
}

/**
 * The simulation changes no host, but it does write its transcript and answers (for a --yes replay): the
 * banner says so, and where (the home directory as ~, as people type it).
 */
export function simulationBanner(transcriptPath: string): string {
  const dir = dirname(transcriptPath);
  const home = homedir();
  const shown = dir === home || dir.startsWith(`${home}/`) ? `~${dir.slice(home.length)}` : dir;
  return t('ui.simulation', { dir: visible(shown) });
}

const MARK: Record<Tone, string> = { info: '·', ok: '✓', warn: '!', error: '✗' };
const TONE_STYLE: Record<Tone, (s: string) => string> = {
  info: (s) => s,
  ok: style.green,
  warn: style.yellow,
  error: style.red,
};

export function noteLine(n: Note): string {
  return TONE_STYLE[n.tone](`  ${MARK[n.tone]} ${t(n.key, n.params)}`);
}

export function commandLines(plan: StepPlan): string[] {
  return shownCommands(plan).flatMap((c) => [
    `  $ ${formatArgv(c.argv)}`,
    style.dim(`      # ${t(c.why, c.whyParams)}`),
  ]);
}

export function stepHeader(plan: StepPlan, index: number, total: number): string {
  const title = t(`step.${plan.id}.title`);
  return style.bold(`[${index + 1}/${total}] ${title}`) + style.dim(` (${stateWord(plan)})`);
}

export function outcomeLine(id: StepId, outcome: StepOutcome): string {
  const text = `  → ${outcomeWord(id, outcome)}`;
  if (outcome === 'canceled') return style.yellow(text);
  return isFailure(outcome) ? style.red(text) : style.green(text);
}

/**
 * With a VM made, the next step is its installer's console (with the exact SSH tunnel to its VNC port when
 * virsh told the display); otherwise creating one.
 */
export function nextSteps(results: Array<StepResult | undefined>, facts: Facts): string {
  const vm = results.find((r) => r?.id === 'vm');
  const name = vm?.plan.notes.find((n) => n.params?.name)?.params?.name;
  if (!vm || !name || (vm.outcome !== 'done' && vm.outcome !== 'already')) return t('summary.next');
  // The address the SSH session came in on is the one the user can reach; else the uplink's.
  const host = facts.ssh?.localAddress ?? facts.uplink?.liveAddresses[0]?.replace(/\/\d+$/, '') ?? 'HOST';
  // The console virt-install gave it: a SPICE VM has no VNC display to tunnel to.
  if (plannedGraphics(vm.plan) === 'spice') return t('vm.reachSpice', { name, host });
  const display = facts.vncDisplays?.[String(name)];
  if (display === undefined) return t('vm.reach', { name });
  const port = String(5900 + display);
  // As short as the general line: the summary has no rows to spare at 80×24.
  return t('vm.reachVnc', { port, host });
}

/** A step's title padded to the widest title in the current language, plus a gap: the summary's first column. */
export function titleCell(id: StepId): string {
  const title = (s: StepId) => t(`step.${s}.title`);
  return padEndDisplay(title(id), Math.max(...STEP_IDS.map((s) => displayWidth(title(s)))) + 2);
}

/**
 * The summary's Cockpit lines: its URL and what the browser will say of its certificate, only when Cockpit is
 * installed and listening; otherwise that it is not, and which step sees to it.
 */
export function cockpitLines(facts: Facts): string[] {
  if (!cockpitListening(facts)) return [t('services.cockpitNotListening')];
  return [t('services.cockpitUrl', { url: cockpitUrl(facts) }), t('services.selfSigned')];
}

export function summaryLines(results: StepResult[], facts: Facts): string[] {
  const rows = results.map((r) => `  ${titleCell(r.id)}${outcomeWord(r.id, r.outcome)}`);
  const login = cockpitLoginNote(facts);
  return [
    ...rows,
    '',
    ...cockpitLines(facts).map((l) => `  ${l}`),
    ...(login ? [`  ${t(login.key, login.params)}`] : []),
    `  ${nextSteps(results, facts)}`,
  ];
}

export function bridgeStatusLine(s: BridgeStatus, invocation?: Invocation): string {
  switch (s.phase) {
    case 'applying':
      return style.cyan(`  ${t('bridge.applying', { checkpoint: s.checkpoint })}`);
    case 'verified': {
      const checks = style.green(
        `  ${s.checks.map((c) => `✓ ${checkTitle(c.name)}${c.name === 'gateway' ? ` ${c.expected}` : ''}`).join('  ')}`,
      );
      if (!s.reconnect) return `${checks}\n${style.green(`  ${t('bridge.confirmAuto')}`)}`;
      return `${checks}\n${style.yellow(indent(reconnectWaitText(s.reconnect.addresses, s.deadline, Date.now(), invocation)))}`;
    }
    case 'committed':
      return style.green(`  ${describeFinal(s).join('\n  ')}`);
    default:
      return style.red(`  ${describeFinal(s).join('\n  ')}`);
  }
}

// i-reconnect: what a session still alive after an address move says while it waits
/** The wait for `kvm-wizard confirm` from a new session: the exact commands, and the seconds left. */
export function reconnectWaitText(
  addresses: readonly string[],
  deadline: number,
  now: number,
  invocation?: Invocation,
): string {
  // The applier rolls back 2 s before NetworkManager's own deadline.
  const seconds = Math.max(0, Math.ceil((deadline - 2000 - now) / 1000));
  const { user, confirm } = comeBackWords(invocation);
  return t('bridge.reconnectWait', {
    address: visible(addresses[0] ?? 'NEW-ADDRESS'),
    seconds,
    user: visible(user),
    confirm: visible(confirm),
  });
}

/**
 * One verification check as a line: ✓/✗, its title, what was found (and expected, when it failed). The values
 * come from the host or a status file: control characters written out.
 */
export function checkLine(c: BridgeCheck): string {
  return visible(checkText(c));
}

/** The label once, then what was found: "✓ gateway 192.168.1.1: answers", "✗ MTU as before: expected 1500, found 9000". */
function checkText(c: BridgeCheck): string {
  // The gateway's label names the address it expects: its value is only whether it answered.
  const gateway = c.name === 'gateway';
  const what = `${checkTitle(c.name)}${gateway ? ` ${c.expected}` : ''}`;
  // The bridge's state is NetworkManager's word (connected): said in the user's language.
  const value = (v: string) => (c.name === 'bridge-active' ? deviceStateWord(v) : checkValue(v));
  if (c.ok || gateway) return `${c.ok ? '✓' : '✗'} ${what}: ${value(c.found)}`;
  return `✗ ${what}: ${t('bridge.checkMismatch', { expected: value(c.expected), found: value(c.found) })}`;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
}
