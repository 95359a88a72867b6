import { keptUnattended } from '../facts/bridge-status.js';
import { t } from '../i18n/messages.js';
import { visible, visibleOutputLine } from '../i18n/visible.js';
import { formatArgv } from '../plan/command.js';
import { planStep } from '../plan/plan.js';
import { checkText, explainValidateLine } from '../plan/steps/validate-judge.js';
import { isFailure, type StepId } from '../plan/types.js';
import { percentOf, progressText } from '../present/progress-text.js';
import { style } from '../present/style.js';
import {
  bridgeStatusLine,
  commandLines,
  hostBanner,
  noteLine,
  outcomeLine,
  stepHeader,
  summaryLines,
} from '../present/text.js';
import { resumableStep } from '../run/detach/step.js';
import { safeBlock } from '../run/output-block.js';
import type { Session, StepResult } from '../run/session.js';
import { TurnBatch } from '../run/turn-batch.js';
import { EXIT, reportLastBridgeApply } from './context.js';

/** Command output on screen: indented behind a bar, control characters written out, tabs as spaces. */
const OUTPUT_PREFIX = '    │ ';

/** A block of output lines (see host/output.ts) as shown, without its final line break. */
export function outputText(block: string): string {
  const safe = safeBlock(block, visibleOutputLine);
  return OUTPUT_PREFIX + safe.slice(0, -1).replaceAll('\n', `\n${OUTPUT_PREFIX}`);
}

/**
 * --yes: no questions, plain lines (works without a TTY); each command is printed before it runs. What a
 * turn of the event loop produced is written at once (`writeLine` once for many lines, with newlines inside).
 */
export async function runUnattended(
  session: Session,
  steps: StepId[],
  writeLine: (s: string) => void,
): Promise<number> {
  const batch = new TurnBatch(writeLine, '\n');
  try {
    return await runSteps(session, steps, (s) => batch.add(s));
  } finally {
    batch.flush();
  }
}

/** The log's path, only once the file exists. */
function logLine(session: Session, write: (s: string) => void): void {
  if (session.transcript.written) write(t('ui.log', { path: visible(session.transcript.path) }));
}

async function runSteps(session: Session, steps: StepId[], write: (s: string) => void): Promise<number> {
  const banner = hostBanner(session, true);
  if (banner) write(style.yellow(banner));
  // Said once, when it happens; the run goes on.
  session.transcript.onProblem((message) => write(style.yellow(message)));
  // The bridge step shows it among its notes; say it up front only when that step is not part of this run.
  if (!steps.includes('bridge')) reportLastBridgeApply(session, write);
  // A long step an earlier session left in the background: its step follows it when the run gets there.
  const resume = await resumableStep(session.host, steps);
  if (resume) write(noteLine(resume.note));
  const results: StepResult[] = [];
  for (const [i, id] of steps.entries()) {
    const plan = planStep(id, session.facts, session.answers, session.profile);
    if (id === 'summary') {
      write('');
      write(stepHeader(plan, i, steps.length));
      for (const l of summaryLines(results, session.facts)) write(l);
      continue;
    }
    write('');
    write(stepHeader(plan, i, steps.length));
    for (const n of plan.notes) write(noteLine(n));
    if (plan.state === 'todo' || plan.state === 'check') {
      // Show the whole plan for the step first, then each command again as it starts.
      for (const l of commandLines(plan)) write(l);
    }
    let lastDecile = -1;
    const result = await session.runStep(id, {
      onCommand: (c) => write(style.cyan(`  ▶ ${visible(formatArgv(c.argv))}`)),
      onOutput: (block) => write(style.dim(outputText(block))),
      onDownloadProgress: (p) => {
        // Plain output: one line per 10 %, not one per chunk.
        const decile = Math.floor((percentOf(p) ?? 0) / 10);
        if (decile > lastDecile) {
          lastDecile = decile;
          write(`  ${percentOf(p) ?? '?'}% ${progressText(p)}`);
        }
      },
      onBridgeStatus: (status, confirm) => {
        write(bridgeStatusLine(status, session.facts.invocation));
        // Unattended: keep the new network only once every check passed; silence would roll it back.
        if (keptUnattended(status)) confirm();
      },
    });
    results.push(result);
    // The verified SHA-256 of a download; the bridge's detail and any command output were printed as they came.
    if (plan.download) for (const l of result.detail ?? []) write(`  ${l}`);
    const issues = (result.validate ?? []).filter((v) => v.status !== 'PASS');
    for (const v of issues)
      write(visibleOutputLine(`  ${v.status}: ${checkText(v)}${v.hint && v.check ? ` (${v.hint})` : ''}`));
    for (const key of new Set(issues.map(explainValidateLine))) write(style.yellow(`  → ${t(key)}`));
    if (result.failure?.exitCode !== undefined)
      write(style.red(`  ${t('ui.exitCode', { code: result.failure.exitCode })}`));
    // The output already streamed above; repeat the last lines only when there was none. The bridge's
    // outcome was printed as its final status arrived (bridgeStatusLine): not a second time.
    if (result.failure && result.failure.exitCode === undefined && !plan.guard)
      for (const l of result.failure.tail) write(style.red(`  ${visibleOutputLine(l)}`));
    if (result.failure?.verify) write(style.red(`  ${t('cli.verifyFailed', { step: id })}`));
    write(outcomeLine(result.id, result.outcome));
    if (isFailure(result.outcome)) {
      write('');
      write(style.red(t(result.outcome === 'blocked' ? 'cli.stepBlocked' : 'cli.stepFailed', { step: id })));
      logLine(session, write);
      return EXIT.failed;
    }
  }
  write('');
  // Exit 0 either way, but a skipped step is not "done": say which, so a script's reader is not misled.
  const skipped = results.filter((r) => r.outcome === 'skipped').map((r) => r.id);
  write(
    skipped.length
      ? style.yellow(t('cli.doneSkipped', { steps: skipped.join(', ') }))
      : style.green(t('cli.allDone')),
  );
  logLine(session, write);
  return EXIT.ok;
}
