// Random command lines for cli-fuzz.test.ts, each with the one exit code it must give (a model of the rules).
import { STEP_IDS } from '../../src/plan/types.js';

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface FuzzCase {
  args: string[];
  /** 0 done, 1 a step blocked, 2 usage, 3 no terminal (interactive) or a plan-only release (CentOS 7). */
  code: number;
}

/** Answers files the generator may pass: one that changes nothing blocking, one whose ISO step is blocked. */
export interface AnswersFiles {
  ok: string;
  blocking: string;
}

type Mode =
  | 'dry-sim'
  | 'yes-sim'
  | 'tty-sim'
  | 'export-sim'
  | 'facts-sim'
  | 'dry-target'
  | 'export-target'
  | 'help'
  | 'dry-real';

const MODES: Mode[] = [
  'dry-sim',
  'yes-sim',
  'tty-sim',
  'export-sim',
  'facts-sim',
  'dry-target',
  'export-target',
  'help',
  'dry-real',
];
const SIM = [
  'centos-stream8',
  'centos-stream9',
  'centos-stream10',
  'centos7',
  'debian12',
  'ubuntu24.04',
  'fedora',
];
const TARGETS = ['centos7', 'el8', 'el9', 'el10', 'fedora', 'debian', 'ubuntu'];
const LANGS = ['ja', 'en', 'ja_JP.UTF-8', 'EN'];

/** Values no option accepts: empty, prototype names, huge, control characters, odd Unicode, dashes, shell. */
const HOSTILE_VALUES = [
  '',
  ' ',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'x'.repeat(100_000),
  'é'.repeat(3000),
  '\u001b[2J\u001b[31mred',
  '\u001b]0;title\u0007',
  'a\nb',
  'a\rb',
  'tab\there',
  '\u202eevil',
  '\u2028',
  'ブリッジ',
  '🙂',
  '-',
  '--',
  '..',
  '/',
  '/nonexistent/answers.yaml',
  '$(touch /tmp/kvm-wizard-fuzz-pwned)',
  '`id`',
  '%s%n%x',
  'host,,vm',
  ',',
  'packages,bridgez',
];
const STRING_OPTIONS = ['--simulate', '--target', '--answers', '--only', '--lang'];
/** Words that are not options or commands at all. */
const JUNK = [
  '--frobnicate',
  '-x',
  '-',
  'extra',
  '--yes=1',
  '--json=false',
  '--',
  '---',
  '-yz',
  'FACTS',
  '--Simulate',
];

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;

/** A valid --only for --yes: the first k steps (each needs the ones before it), typed shuffled and once repeated. */
function stepList(rand: () => number): string {
  const steps = STEP_IDS.slice(0, 1 + Math.floor(rand() * STEP_IDS.length));
  const typed = [...steps].sort(() => rand() - 0.5);
  if (rand() < 0.3) typed.push(pick(rand, steps));
  return typed.join(rand() < 0.5 ? ',' : ', ');
}

/** `--name value` or `--name=value`; a value that starts with "-" only in the second form (else it is an option). */
function option(rand: () => number, name: string, value: string): string[] {
  return rand() < 0.5 || value.startsWith('-') ? [`${name}=${value}`] : [name, value];
}

/** One hostile item for the mode: a bad value, a repeated option, a meaningless option, junk. */
function hostile(rand: () => number, mode: Mode): string[] {
  // Only a dry-run may carry a bad --simulate (or a second one): if one ever got through, it would look at
  // this machine, and a dry-run changes nothing there.
  const simulateOk =
    mode === 'dry-sim' || mode === 'dry-real' || mode === 'facts-sim' || mode === 'export-sim';
  // --help and --version read no file: only an empty --answers is a mistake there.
  const names = STRING_OPTIONS.filter(
    (n) => (n !== '--simulate' || simulateOk) && (n !== '--answers' || mode !== 'help'),
  );
  const kind = rand();
  if (kind < 0.6) return option(rand, pick(rand, names), pick(rand, HOSTILE_VALUES));
  if (kind < 0.75) {
    const name = pick(rand, names);
    const good =
      name === '--lang' ? 'en' : name === '--only' ? 'host' : name === '--target' ? 'el9' : 'x.yaml';
    return [...option(rand, name, good), ...option(rand, name, good)];
  }
  if (kind < 0.9) {
    const meaningless: Record<Mode, string[][]> = {
      // --json is taken by --yes and --dry-run (one document on stdout), not by the interactive wizard or export.
      'dry-sim': [['--yes'], ['--target', 'el9']],
      'yes-sim': [['--dry-run'], ['-n']],
      'tty-sim': [['--json'], ['--target', 'el9']],
      'export-sim': [['--yes'], ['--dry-run'], ['--json'], ['--target', 'el9']],
      'facts-sim': [['--yes'], ['--dry-run'], ['--only', 'host'], ['--target', 'el9']],
      'dry-target': [['--simulate'], ['--yes']],
      'export-target': [['--simulate'], ['--yes'], ['--dry-run'], ['--json']],
      help: [['--json'], ['--target', 'el9'], ['--yes', '--dry-run'], ['--answers=']],
      'dry-real': [['--target', 'el9', '--simulate'], ['--yes']],
    };
    return pick(rand, meaningless[mode]);
  }
  return [pick(rand, JUNK)];
}

/** Options the mode takes, with values it accepts; whether the answers block the ISO step is decided later. */
function validItems(rand: () => number, mode: Mode, files: AnswersFiles): string[][] {
  const items: string[][] = [option(rand, '--lang', pick(rand, LANGS))];
  if (mode === 'facts-sim') items.push(['--json']);
  if (mode === 'dry-sim' || mode === 'dry-target') items.push(['-n']);
  if (mode !== 'facts-sim' && mode !== 'help' && mode !== 'dry-real') {
    items.push(option(rand, '--answers', rand() < 0.5 ? files.ok : files.blocking));
    items.push(option(rand, '--only', stepList(rand)));
  }
  return items;
}

/** The value of `--name=value` or `--name value`. */
const optionValue = (item: string[], name: string) => (item.at(-1) ?? '').replace(`${name}=`, '');

export function fuzzCase(rand: () => number, files: AnswersFiles): FuzzCase {
  const mode = pick(rand, MODES);
  const sim = rand() < 0.3 ? undefined : pick(rand, SIM);
  const simArg = sim ? `--simulate=${sim}` : '--simulate';
  // Groups of words that stay together (`--target el9`); the extras go between them, in any order.
  const base: Record<Mode, string[][]> = {
    'dry-sim': [['--dry-run'], [simArg]],
    'yes-sim': [['--yes'], [simArg]],
    'tty-sim': [[simArg]],
    'export-sim': [['export'], [simArg]],
    'facts-sim': [['facts'], [simArg]],
    'dry-target': [['--dry-run'], ['--target', pick(rand, TARGETS)]],
    'export-target': [['export'], ['--target', pick(rand, TARGETS)]],
    help: [[pick(rand, ['--help', '-h', '--version', '-V'])]],
    'dry-real': [['--dry-run']],
  };
  const extras: string[][] = [];
  let answers: string | undefined;
  let only: string[] | undefined;
  for (const item of validItems(rand, mode, files)) {
    if (rand() < 0.5) continue;
    if (item[0]?.startsWith('--answers')) answers = optionValue(item, '--answers');
    if (item[0]?.startsWith('--only'))
      only = optionValue(item, '--only')
        .split(',')
        .map((s) => s.trim());
    extras.push(item);
  }
  // Every run on this machine (no --simulate, no --target) carries a mistake: it must stop before looking.
  const bad = mode === 'dry-real' || rand() < 0.55;
  if (bad) extras.splice(Math.floor(rand() * (extras.length + 1)), 0, hostile(rand, mode));
  const groups = [...base[mode]];
  // --yes keeps its --simulate first: whatever junk follows (a "--" that turns the rest into words) cannot undo it.
  for (const e of extras)
    groups.splice(mode === 'yes-sim' ? groups.length : Math.floor(rand() * (groups.length + 1)), 0, e);
  const args = groups.flat();
  if (bad) return { args, code: 2 };
  return { args, code: expectedCode(mode, sim, answers === files.blocking, only ?? [...STEP_IDS]) };
}

function expectedCode(mode: Mode, sim: string | undefined, blocking: boolean, steps: string[]): number {
  const isoBlocked = blocking && steps.includes('iso');
  switch (mode) {
    case 'tty-sim':
      return 3;
    case 'yes-sim':
      return sim === 'centos7' ? 3 : isoBlocked ? 1 : 0;
    case 'dry-sim':
    case 'dry-target':
      return isoBlocked ? 1 : 0;
    default:
      return 0;
  }
}
