import { t } from '../i18n/messages.js';
import { STEP_IDS, type StepId } from '../plan/types.js';
import { checkCombination, checkValues, shown, UsageError } from './arg-rules.js';
import { type CliOptions, type ParsedTokens, parse } from './options.js';

export { UsageError } from './arg-rules.js';
export type { CliOptions } from './options.js';

const DEFAULT_SIMULATION = 'centos-stream9';

/**
 * Parses argv. `--simulate` takes an optional value, which node:util's parser cannot express, so a bare one is
 * expanded first. Nothing the user typed is dropped: an empty value, a repeated option or a combination that
 * means nothing is a usage error (see arg-rules.ts), never a silent default.
 */
export function parseCli(argv: string[]): CliOptions {
  // After `--` every word is an argument as typed: an error names it as the user wrote it.
  const end = argv.indexOf('--');
  const expanded = argv.map((a, i) =>
    a === '--simulate' && (end < 0 || i < end) ? `--simulate=${DEFAULT_SIMULATION}` : a,
  );
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(expanded);
  } catch (e) {
    throw new UsageError(parseErrorText(e as NodeJS.ErrnoException));
  }
  const { values, positionals, tokens } = parsed;
  checkValues(values, tokens);
  const [command = 'wizard', ...rest] = positionals;
  if (!isCommand(command))
    throw new UsageError(
      misplacedValue(argv, tokens, command) ?? t('cli.unknownCommand', { command: shown(command) }),
    );
  // validate takes the file to check; an empty name is refused like an empty --answers.
  const [file, ...extra] = command === 'validate' ? rest : [undefined, ...rest];
  if (command === 'validate' && !file?.trim()) throw new UsageError(t('cli.validateFile'));
  if (extra[0] !== undefined && (command === 'confirm' || command === 'revert'))
    throw new UsageError(t('cli.decideArgs', { command }));
  if (extra[0] !== undefined)
    throw new UsageError(
      misplacedValue(argv, tokens, extra[0]) ?? t('cli.unexpectedArgument', { arg: shown(extra[0]) }),
    );
  checkCombination(command, values);
  const only = values.only === undefined ? undefined : stepList(values.only);
  return {
    command,
    ...(file !== undefined ? { file } : {}),
    help: Boolean(values.help),
    version: Boolean(values.version),
    yes: Boolean(values.yes),
    dryRun: Boolean(values['dry-run']),
    json: Boolean(values.json),
    ...(values.simulate !== undefined ? { simulate: values.simulate } : {}),
    ...(values.target !== undefined ? { target: values.target } : {}),
    ...(values.answers !== undefined ? { answers: values.answers } : {}),
    ...(values.facts !== undefined ? { facts: values.facts } : {}),
    ...(only ? { only } : {}),
    ...(values.lang !== undefined ? { lang: values.lang } : {}),
  };
}

/**
 * `--only` as steps, in the wizard's order whatever order they were typed in (a step relies on the ones
 * before it: services need packages), each once. An empty item (`--only ,`, `a,,b`) is an error, not skipped.
 */
function stepList(value: string): StepId[] {
  const names = value.split(',').map((s) => s.trim());
  if (names.some((s) => s === '')) throw new UsageError(t('cli.onlyEmpty', { steps: STEP_IDS.join(', ') }));
  const unknown = names.find((s) => !(STEP_IDS as readonly string[]).includes(s));
  if (unknown !== undefined)
    throw new UsageError(t('cli.unknownStep', { step: shown(unknown), steps: STEP_IDS.join(', ') }));
  return STEP_IDS.filter((id) => names.includes(id));
}

const COMMANDS = ['wizard', 'facts', 'export', 'validate', 'schema', 'confirm', 'revert'] as const;
function isCommand(word: string): word is CliOptions['command'] {
  return (COMMANDS as readonly string[]).includes(word);
}

/** `--simulate debian12`: the profile became a word of its own; say how to give it. */
function misplacedValue(argv: string[], tokens: ParsedTokens, word: string): string | undefined {
  const after = tokens.some(
    (k) => k.kind === 'positional' && k.value === word && argv[k.index - 1] === '--simulate',
  );
  return after ? t('cli.simulateEquals', { profile: shown(word) }) : undefined;
}

/** `--lang X` or `--lang=X` as given, found before the rest is parsed: errors about the rest use it too. */
export function langArgument(argv: readonly string[]): string | undefined {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return undefined;
  const arg = argv[i] as string;
  return arg === '--lang' ? argv[i + 1] : arg.slice('--lang='.length);
}

/** node:util's parseArgs errors, in the catalogue's words (its own mention "-- \"--bogus\"" quoting tricks). */
function parseErrorText(e: NodeJS.ErrnoException): string {
  // "Unknown option '--bogus'…", "Option '-a, --answers <value>' argument missing": the long name.
  const option = shown(/'(?:-\w, )?(--?[^'\s]*)/.exec(e.message)?.[1] ?? '');
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return t('cli.unknownOption', { option });
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return t('cli.optionValue', { option });
  return shown(e.message);
}
