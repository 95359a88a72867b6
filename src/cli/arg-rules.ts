import { t } from '../i18n/messages.js';
import { UsageError } from '../i18n/usage-error.js';
import { visible } from '../i18n/visible.js';
import type { CliOptions, ParsedTokens, ParsedValues } from './options.js';

export { UsageError } from '../i18n/usage-error.js';

const SHOWN_MAX = 80;

/** A value the user typed, fit to quote in a one-line message: control characters written out, cut when long. */
export function shown(value: string): string {
  const v = visible(value);
  return v.length > SHOWN_MAX ? `${v.slice(0, SHOWN_MAX)}…` : v;
}

const STRING_OPTIONS = ['simulate', 'target', 'answers', 'facts', 'only', 'lang'] as const;

/**
 * Every value is used or refused: `--simulate=` (an unset `$PROFILE`) once ran against the real host, and
 * `--answers ''` ran without answers. A string option given twice would drop one of its values.
 */
export function checkValues(values: ParsedValues, tokens: ParsedTokens): void {
  for (const name of STRING_OPTIONS) {
    if (tokens.filter((k) => k.kind === 'option' && k.name === name).length > 1)
      throw new UsageError(t('cli.repeated', { option: `--${name}` }));
    if (values[name]?.trim() !== '') continue;
    throw new UsageError(
      name === 'simulate' ? t('cli.emptySimulate') : t('cli.emptyValue', { option: `--${name}` }),
    );
  }
}

/** What each command but the wizard takes besides --lang, --help and --version: anything else means nothing there. */
const TAKES: Record<Exclude<CliOptions['command'], 'wizard'>, readonly string[]> = {
  facts: ['json', 'simulate', 'facts'],
  export: ['simulate', 'target', 'answers', 'facts', 'only'],
  validate: ['json'],
  schema: [],
  confirm: ['json'],
  revert: ['json'],
};
const NOT_FOR = {
  facts: 'cli.notForFacts',
  export: 'cli.notForExport',
  validate: 'cli.notForValidate',
  schema: 'cli.notForSchema',
  confirm: 'cli.notForDecide',
  revert: 'cli.notForDecide',
} as const;
const ANYWHERE = ['lang', 'help', 'version'];

/** Options that contradict each other or mean nothing for the command: exit 2 saying what to use instead. */
export function checkCombination(command: CliOptions['command'], values: ParsedValues): void {
  const has = (name: keyof ParsedValues) => values[name] !== undefined;
  if (has('target') && command !== 'export' && !(command === 'wizard' && has('dry-run')))
    throw new UsageError(t('cli.targetOnly'));
  // --json: one document on stdout, for the commands that have a result to tell (not the interactive wizard).
  if (has('json') && command === 'wizard' && !has('yes') && !has('dry-run'))
    throw new UsageError(t('cli.jsonWhere'));
  if (command !== 'wizard') {
    const takes = TAKES[command];
    const extra = Object.keys(values).find((name) => !ANYWHERE.includes(name) && !takes.includes(name));
    if (extra !== undefined) throw new UsageError(t(NOT_FOR[command], { option: `--${extra}`, command }));
  }
  if (has('yes') && has('dry-run')) throw new UsageError(t('cli.yesDryRun'));
  if (has('target') && has('simulate')) throw new UsageError(t('cli.targetSimulate'));
  if (has('facts')) checkFacts(command, has);
}

/**
 * --facts plans from a captured description of a host; nothing can run against it. (A simulated host seeded
 * from the facts could run --yes, but the simulation has state the facts do not record — package versions,
 * other profiles' settings — so it would not be the host of the file: refused rather than half true.)
 */
function checkFacts(command: CliOptions['command'], has: (name: keyof ParsedValues) => boolean): void {
  if (has('target')) throw new UsageError(t('cli.factsTarget'));
  if (has('yes')) throw new UsageError(t('cli.factsYes'));
  if (has('simulate')) throw new UsageError(t('cli.factsSimulate'));
  if (command === 'wizard' && !has('dry-run')) throw new UsageError(t('cli.factsOnly'));
}
