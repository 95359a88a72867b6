import { describeFinal } from '../facts/bridge-status.js';
import type { Host } from '../host/host.js';
import { t } from '../i18n/messages.js';
import { visible } from '../i18n/visible.js';
import { checkLine } from '../present/text.js';
import { bridgeStateDir } from '../run/bridge/job-files.js';
import { type AnswerOutcome, answerPending } from '../run/bridge/pending.js';
import { EXIT, ExitError } from './context.js';
import { resultDocument } from './json-result.js';

type Write = (line: string) => void;

/**
 * `kvm-wizard confirm` / `kvm-wizard revert`: answer the bridge change that waits after an address move, from
 * any session on the host. Exit 0 kept / reverted, 1 nothing pending, checks failed or another outcome.
 */
export async function runAnswer(
  host: Host,
  command: 'confirm' | 'revert',
  json: boolean,
  write: Write,
  warn: Write,
): Promise<number> {
  if (!host.isRoot()) throw new ExitError(t('cli.needRoot', { args: command }), EXIT.environment);
  const decision = command === 'confirm' ? 'keep' : 'revert';
  // With --json, stdout is the one document: progress goes to stderr.
  const say = json ? warn : write;
  const outcome = await answerPending(host, decision, {
    dir: bridgeStateDir(),
    now: () => Date.now(),
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
    say: (e) =>
      say(
        e.kind === 'waiting'
          ? t('cli.pendingWaiting')
          : t('cli.pendingDecided', { decision: e.decision ?? '?' }),
      ),
  });
  const code = exitCode(outcome, decision);
  if (json) {
    write(JSON.stringify(resultDocument(command, { exitCode: code, ...jsonBody(outcome) }), null, 2));
    return code;
  }
  // A status file is read through its schema, but its strings may still hold anything: written out.
  const lines = textLines(outcome, command).map(visible);
  for (const l of lines) (code === EXIT.ok ? write : warn)(l);
  return code;
}

function exitCode(o: AnswerOutcome, decision: 'keep' | 'revert'): number {
  if (o.kind !== 'final') return EXIT.failed;
  const wanted = decision === 'keep' ? o.status.phase === 'committed' : o.status.phase === 'rolled-back';
  return wanted ? EXIT.ok : EXIT.failed;
}

function textLines(o: AnswerOutcome, command: string): string[] {
  switch (o.kind) {
    case 'nothing':
      return [`kvm-wizard: ${t('cli.nothingPending', { verb: command })}`];
    case 'checks-failed':
      return [t('cli.pendingChecksFailed'), ...o.checks.map((c) => `  ${checkLine(c)}`)];
    case 'no-result':
      return [t('cli.pendingNoResult')];
    case 'final':
      return describeFinal(o.status);
  }
}

/** result: kept, reverted (or rolled-back for another reason), nothing, checks-failed, unknown. */
function jsonBody(o: AnswerOutcome): Record<string, unknown> {
  switch (o.kind) {
    case 'nothing':
      return { result: 'nothing' };
    case 'checks-failed':
      return { result: 'checks-failed', checks: o.checks };
    case 'no-result':
      return { result: 'unknown' };
    case 'final':
      return {
        result: o.status.phase === 'committed' ? 'kept' : o.status.phase,
        answeredBy: o.ours ? 'this' : 'another',
        ...('reason' in o.status ? { reason: o.status.reason } : {}),
        ...('checks' in o.status && o.status.checks ? { checks: o.status.checks } : {}),
      };
  }
}
