import { parseArgs } from 'node:util';
import { t } from '../i18n/messages.js';
import { STEP_IDS, type StepId } from '../plan/types.js';

export interface CliOptions {
  command: 'wizard' | 'facts' | 'export';
  help: boolean;
  version: boolean;
  yes: boolean;
  dryRun: boolean;
  json: boolean;
  simulate?: string;
  target?: string;
  answers?: string;
  only?: StepId[];
  lang?: string;
}

const DEFAULT_SIMULATION = 'centos-stream9';

export class UsageError extends Error {}

/** Parses argv; `--simulate` takes an optional value, which node:util's parser cannot express, so it is expanded first. */
export function parseCli(argv: string[]): CliOptions {
  const expanded = argv.map((a) => (a === '--simulate' ? `--simulate=${DEFAULT_SIMULATION}` : a));
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(expanded);
  } catch (e) {
    throw new UsageError(parseErrorText(e as NodeJS.ErrnoException));
  }
  const { values, positionals } = parsed;
  const [command = 'wizard', ...extra] = positionals;
  if (command !== 'wizard' && command !== 'facts' && command !== 'export')
    throw new UsageError(t('cli.unknownCommand', { command }));
  if (extra.length) throw new UsageError(t('cli.unexpectedArgument', { arg: extra[0] ?? '' }));
  const only = values.only
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = only?.find((s) => !(STEP_IDS as readonly string[]).includes(s));
  if (unknown) throw new UsageError(t('cli.unknownStep', { step: unknown, steps: STEP_IDS.join(', ') }));
  if (values.target && command !== 'export' && !(command === 'wizard' && values['dry-run']))
    throw new UsageError(t('cli.targetOnly'));
  return {
    command,
    help: Boolean(values.help),
    version: Boolean(values.version),
    yes: Boolean(values.yes),
    dryRun: Boolean(values['dry-run']),
    json: Boolean(values.json),
    ...(values.simulate ? { simulate: values.simulate } : {}),
    ...(values.target ? { target: values.target } : {}),
    ...(values.answers ? { answers: values.answers } : {}),
    ...(only ? { only: only as StepId[] } : {}),
    ...(values.lang ? { lang: values.lang } : {}),
  };
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
  const option = /'(?:-\w, )?(--?[\w-]+)/.exec(e.message)?.[1] ?? '';
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return t('cli.unknownOption', { option });
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return t('cli.optionValue', { option });
  return e.message;
}

function parse(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'V' },
      yes: { type: 'boolean', short: 'y' },
      'dry-run': { type: 'boolean', short: 'n' },
      json: { type: 'boolean' },
      simulate: { type: 'string' },
      target: { type: 'string' },
      answers: { type: 'string', short: 'a' },
      only: { type: 'string' },
      lang: { type: 'string' },
    },
  });
}
