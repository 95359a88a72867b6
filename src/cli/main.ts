import { existsSync, lstatSync } from 'node:fs';
import { loadAnswers, setValidationLanguage } from '../answers/load.js';
import type { Answers } from '../answers/schema.js';
import { shellScript } from '../export/shell.js';
import type { Facts } from '../facts/types.js';
import { NoHost } from '../host/no-host.js';
import { RealHost, sysrootPath } from '../host/real-host.js';
import { t } from '../i18n/messages.js';
import { applyLanguage } from '../i18n/select.js';
import { visible } from '../i18n/visible.js';
import { wrapDisplay } from '../i18n/width.js';
import { planStep } from '../plan/plan.js';
import { profileLabel } from '../plan/profiles.js';
import { hostBanner } from '../present/text.js';
import { type CliOptions, parseCli, UsageError } from './args.js';
import { EXIT, ExitError, makeHost, openSession, resolveProfile, selectedSteps } from './context.js';
import { printPlan } from './dry-run.js';
import { printFacts } from './facts.js';
import { loadFactsFile } from './facts-file.js';
import { printPlanJson, runUnattendedJson } from './json-result.js';
import { holdHostLock } from './lock.js';
import { printSchema } from './schema.js';
import { runUnattended } from './unattended.js';
import { runValidate } from './validate.js';

const write = (s: string) => process.stdout.write(`${s}\n`);
// One line each: whatever a message quotes (a path, a value, a host's os-release) cannot move the cursor.
/**
 * An error, one line for a pipe or a log; on a terminal wrapped at spaces to its width, so no word of it is
 * split where the terminal would fold it (a path or option stays whole).
 */
const fail = (s: string) => {
  const line = `kvm-wizard: ${visible(s)}`;
  const width = process.stderr.isTTY ? process.stderr.columns : 0;
  process.stderr.write(`${width ? wrapDisplay(line, width, { cut: false }).join('\n') : line}\n`);
};
const warn = (s: string) => process.stderr.write(`${s}\n`);

/** Read when --answers is not given: a host provisioned with its answers needs no flag (said on stderr). */
export const DEFAULT_ANSWERS = '/etc/kvm-wizard/answers.yaml';

/** The answers file to use: --answers, else the default one when it exists (through KVM_WIZARD_SYSROOT). */
function answersFile(options: CliOptions): string | undefined {
  if (options.answers) return options.answers;
  if (options.command !== 'wizard' && options.command !== 'export') return undefined;
  const path = sysrootPath(DEFAULT_ANSWERS);
  if (!existsSync(path)) return undefined;
  // It is read without being asked for: only a file that only its owner (root, or you) can change counts,
  // or any local user could choose root's bridge address or ISO.
  const st = lstatSync(path);
  const uid = process.getuid?.() ?? 0;
  if (!st.isFile() || (st.uid !== 0 && st.uid !== uid) || (st.mode & 0o022) !== 0)
    throw new ExitError(t('cli.defaultAnswersUnsafe', { file: visible(path) }), EXIT.usage);
  warn(t('cli.defaultAnswers', { file: visible(path) }));
  return path;
}

/** Everything but --help and --version (answered in cli.ts before this module and its dependencies load). */
export async function main(argv: string[]): Promise<number> {
  if (argv[0] === '__apply-bridge') {
    // The detached bridge applier (see src/run/bridge/appliers.ts); not for users.
    const { runApplierProcess } = await import('../run/bridge/applier-process.js');
    return runApplierProcess(argv.slice(1));
  }
  if (argv[0] === '__run-step') {
    // A long step's detached process (see src/run/detach/); not for users.
    const { runStepProcess } = await import('../run/detach/runner-process.js');
    return runStepProcess(argv.slice(1));
  }
  const options = parseCli(argv);
  setValidationLanguage(applyLanguage({ lang: options.lang, env: process.env }));
  if (options.command === 'schema') return printSchema(write);
  if (options.command === 'validate') return runValidate(options.file ?? '', options.json, write, warn);
  if (options.command === 'confirm' || options.command === 'revert') {
    const { runAnswer } = await import('./answer.js');
    return runAnswer(new RealHost(), options.command, options.json, write, warn);
  }
  let answers: Answers = {};
  const file = answersFile(options);
  if (file) {
    const loaded = await loadAnswers(file);
    if (!loaded.ok) {
      fail(t('cli.answersError', { file }));
      for (const e of loaded.errors) process.stderr.write(`  ${visible(e)}\n`);
      return EXIT.usage;
    }
    answers = loaded.answers;
  }
  // --facts: the plan comes from a captured `facts --json`; no host is looked at (NoHost refuses).
  let captured: Facts | undefined;
  if (options.facts) {
    const loaded = await loadFactsFile(options.facts);
    if (!loaded.ok) {
      fail(t('cli.factsError', { file: options.facts }));
      for (const e of loaded.errors) process.stderr.write(`  ${visible(e)}\n`);
      return EXIT.usage;
    }
    captured = loaded.facts;
  }
  const interactive = !options.yes && !options.dryRun && options.command === 'wizard';
  // A wrong --simulate profile is the first thing to say, terminal or not.
  // The simulation shows long commands' output line by line on screen (KVM_WIZARD_SIM_LINE_MS: slower, for
  // demos and for tests that interrupt a command).
  const lineMs = Number(process.env.KVM_WIZARD_SIM_LINE_MS) || (interactive ? 25 : 0);
  const host = captured ? new NoHost() : makeHost(options, lineMs);
  if (interactive && !(process.stdin.isTTY && process.stdout.isTTY))
    throw new ExitError(t('cli.needTty'), EXIT.environment);
  // A dumb terminal has no cursor movement: every redraw would pile up below the last one.
  if (interactive && process.env.TERM === 'dumb')
    throw new ExitError(t('cli.dumbTerminal'), EXIT.environment);

  const profile = await resolveProfile(host, options, captured?.os);
  const changesHost = options.command === 'wizard' && !options.dryRun;
  if (changesHost && !host.simulated && !host.isRoot()) {
    throw new ExitError(t('cli.needRoot', { args: argv.join(' ') }), EXIT.environment);
  }
  // One wizard at a time changes a host; looking (facts, export, --dry-run) and the simulation need no lock.
  if (changesHost && !host.simulated) holdHostLock(warn);
  const session = openSession(host, profile, answers);
  const steps = selectedSteps(options);
  const probe = async () => {
    if (captured) session.facts = captured;
    else await session.probe();
  };
  if (options.command === 'facts') {
    await probe();
    printFacts(session.facts, options.json, write);
    return EXIT.ok;
  }
  if (options.command === 'export') {
    await probe();
    // The script runs the steps in order: what an earlier one provides is not missing (prerequisites.ts).
    const plans = steps.map((id, i) =>
      planStep(id, session.facts, session.answers, session.profile, steps.slice(0, i)),
    );
    const header = [
      `${profileLabel(profile)}: ${steps.join(', ')}`,
      hostBanner(session),
      profile.planOnly
        ? t('cli.planOnlyNote', { profile: profileLabel(profile), id: profile.id })
        : undefined,
    ].filter((l) => l !== undefined);
    process.stdout.write(shellScript(plans, header));
    return EXIT.ok;
  }
  if (options.dryRun) {
    await probe();
    return options.json ? printPlanJson(session, steps, write) : printPlan(session, steps, write);
  }
  if (options.yes) {
    await session.probe();
    return options.json
      ? runUnattendedJson(session, steps, write, warn)
      : runUnattended(session, steps, write);
  }
  if ('NO_COLOR' in process.env) process.env.FORCE_COLOR = '0';
  // Ink draws only the last frame when CI is set (is-in-ci, read once at import). Interactive mode has a
  // terminal with a person at it, even inside a CI job or a container that exports CI=true.
  delete process.env.CI;
  delete process.env.CONTINUOUS_INTEGRATION;
  const { runInteractive } = await import('../ui/run-interactive.js');
  return runInteractive(session, steps);
}

/**
 * Errors that escaped main, as one line each and never a stack: a usage mistake (2), a wrong environment (the
 * ExitError's code; an error from the system itself, such as EACCES on the state directory, is one too: 3),
 * or a bug in the wizard (1), which says so and how to see the stack: KVM_WIZARD_DEBUG=1 prints it too.
 */
export function reportError(error: unknown): number {
  if (error instanceof UsageError) {
    fail(error.message);
    return EXIT.usage;
  }
  if (error instanceof ExitError) {
    fail(error.message);
    return error.code;
  }
  if (isSystemError(error)) {
    fail(error.message);
    return EXIT.environment;
  }
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  fail(t('cli.internalError', { message }));
  if (process.env.KVM_WIZARD_DEBUG && error instanceof Error && error.stack)
    process.stderr.write(`${error.stack}\n`);
  return EXIT.failed;
}

/** Node's errors from a system call (open, mkdir…): they carry the call and an errno code. */
function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).syscall === 'string';
}
