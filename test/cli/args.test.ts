// parseCli: every value is used or refused (exit 2 by UsageError), never silently dropped or defaulted.
import { afterEach, describe, expect, it } from 'vitest';
import { shown } from '../../src/cli/arg-rules.js';
import { parseCli, UsageError } from '../../src/cli/args.js';
import { applyLanguage } from '../../src/i18n/select.js';

const usageError = (argv: string[]): string => {
  try {
    parseCli(argv);
  } catch (e) {
    if (e instanceof UsageError) return e.message;
    throw e;
  }
  throw new Error(`accepted: ${JSON.stringify(argv)}`);
};

afterEach(() => {
  applyLanguage({ env: {} });
});

describe('an empty value is never ignored', () => {
  it.each([
    [
      ['--dry-run', '--simulate='],
      /^--simulate= has an empty value \(an unset variable\?\), so nothing was run\./,
    ],
    // The case that made a real br0: `--simulate=$PROFILE` with PROFILE unset.
    [['--yes', '--only', 'bridge', '--simulate='], /^--simulate= has an empty value/],
    [['--dry-run', '--simulate', '--answers', ''], /^Option --answers has an empty value\./],
    [['--dry-run', '--simulate', '--answers='], /^Option --answers has an empty value\./],
    [['--dry-run', '--simulate', '-a', ''], /^Option --answers has an empty value\./],
    [['--dry-run', '--simulate', '--answers', '  '], /^Option --answers has an empty value\./],
    [['--dry-run', '--simulate', '--only', ''], /^Option --only has an empty value\./],
    [['--dry-run', '--simulate', '--only', ','], /^--only has an empty step name \(check the commas\)\./],
    [['--dry-run', '--simulate', '--only', 'packages,,bridge'], /^--only has an empty step name/],
    [['--dry-run', '--simulate', '--only', 'packages,'], /^--only has an empty step name/],
    [['--dry-run', '--target='], /^Option --target has an empty value\./],
    [['export', '--target', ''], /^Option --target has an empty value\./],
    [['--dry-run', '--simulate', '--lang='], /^Option --lang has an empty value\./],
  ])('%j', (argv, message) => {
    expect(usageError(argv)).toMatch(message);
  });

  it('--simulate alone still means centos-stream9', () => {
    expect(parseCli(['--dry-run', '--simulate']).simulate).toBe('centos-stream9');
  });

  it('after --, "--simulate" is a word as typed, and the error says it so', () => {
    expect(usageError(['--', '--simulate'])).toBe('Unknown command "--simulate". Try --help.');
  });
});

describe('a repeated option would drop a value: refused', () => {
  it.each([
    [['--dry-run', '--simulate', '--simulate=fedora'], '--simulate'],
    [['--dry-run', '--simulate', '--answers', 'a.yaml', '-a', 'b.yaml'], '--answers'],
    [['--dry-run', '--simulate', '--only', 'host', '--only', 'vm'], '--only'],
    [['export', '--target', 'el8', '--target=el9'], '--target'],
    [['--dry-run', '--simulate', '--lang', 'ja', '--lang', 'en'], '--lang'],
  ])('%j', (argv, option) => {
    expect(usageError(argv)).toBe(`Option ${option} is given more than once: give it once.`);
  });

  it('a repeated switch changes nothing and is accepted', () => {
    expect(parseCli(['--dry-run', '-n', '--simulate']).dryRun).toBe(true);
  });
});

describe('combinations that mean nothing say what to use instead', () => {
  it.each([
    [
      ['--yes', '--dry-run', '--simulate'],
      '--yes runs the steps and --dry-run only shows them: use one of the two.',
    ],
    [['-yn', '--simulate'], '--yes runs the steps and --dry-run only shows them: use one of the two.'],
    [
      ['facts', '--dry-run', '--simulate'],
      /^--dry-run means nothing for facts, .*facts takes --json, --simulate and --facts/,
    ],
    [['facts', '--yes'], /^--yes means nothing for facts/],
    [['facts', '--only', 'host'], /^--only means nothing for facts/],
    [['facts', '--answers', 'a.yaml'], /^--answers means nothing for facts/],
    [['export', '--yes', '--simulate'], /^--yes means nothing for export, which only prints a script/],
    [['export', '--dry-run', '--simulate'], /^--dry-run means nothing for export/],
    [['export', '--json', '--simulate'], /^--json means nothing for export/],
    [
      ['--json', '--simulate'],
      /^--json needs a result to print: use it with --yes, --dry-run, facts or validate/,
    ],
    [['validate'], 'validate needs the answers file to check: kvm-wizard validate FILE'],
    [['validate', ''], 'validate needs the answers file to check: kvm-wizard validate FILE'],
    [['validate', 'a.yaml', 'b.yaml'], 'Unexpected argument "b.yaml". Try --help.'],
    [['validate', 'a.yaml', '--simulate'], /^--simulate means nothing for validate, .*validate takes --json/],
    [['validate', 'a.yaml', '--answers', 'b.yaml'], /^--answers means nothing for validate/],
    [['schema', '--json'], /^--json means nothing for schema/],
    [['schema', 'x'], 'Unexpected argument "x". Try --help.'],
    [['--target', 'el9'], '--target only works with --dry-run or export.'],
    [['--yes', '--target', 'el9'], '--target only works with --dry-run or export.'],
    [['facts', '--target', 'el9'], '--target only works with --dry-run or export.'],
    [
      ['--dry-run', '--simulate', '--target', 'el9'],
      /^--target plans for a fresh host .* use one of the two\.$/,
    ],
    [['export', '--simulate=fedora', '--target', 'el9'], /^--target plans for a fresh host/],
    [
      ['--dry-run', '--simulate', 'debian12'],
      'The profile for --simulate goes after "=": --simulate=debian12',
    ],
    [['export', '--simulate', 'fedora'], 'The profile for --simulate goes after "=": --simulate=fedora'],
    // --facts plans from a file: nothing runs, and it names its host itself.
    [['--facts', 'f.json'], /^--facts works with --dry-run, export or facts: it plans from a file/],
    [
      ['--yes', '--facts', 'f.json'],
      /^--yes runs steps on a host, and a facts file only describes one\. Use --dry-run --facts FILE/,
    ],
    [['--yes', '--simulate', '--facts', 'f.json'], /^--yes runs steps on a host, and a facts file/],
    [
      ['--dry-run', '--simulate', '--facts', 'f.json'],
      /^--facts plans from the file and --simulate .* use one of the two\.$/,
    ],
    [['export', '--simulate', '--facts', 'f.json'], /^--facts plans from the file and --simulate/],
    [
      ['--dry-run', '--target', 'el9', '--facts', 'f.json'],
      /^--facts plans for the host in the file and --target/,
    ],
    [
      ['export', '--target', 'el9', '--facts', 'f.json'],
      /^--facts plans for the host in the file and --target/,
    ],
    [
      ['--dry-run', '--facts', 'a.json', '--facts', 'b.json'],
      'Option --facts is given more than once: give it once.',
    ],
    [['--dry-run', '--facts='], /^Option --facts has an empty value\./],
  ])('%j', (argv, message) => {
    const text = usageError(argv);
    if (typeof message === 'string') expect(text).toBe(message);
    else expect(text).toMatch(message);
  });

  it.each([
    [['--dry-run', '--simulate', '--only', 'bridge', '--answers', 'a.yaml', '--lang', 'ja']],
    [['--yes', '--simulate=debian12', '--only', 'packages']],
    [['--dry-run', '--target', 'el8', '--only', 'packages']],
    [['export', '--target', 'centos7', '--answers', 'a.yaml']],
    [['export', '--simulate']],
    [['facts', '--json', '--simulate=fedora']],
    [['--dry-run', '--json', '--simulate']],
    [['--yes', '--json', '--simulate', '--answers', 'a.yaml']],
    [['validate', 'a.yaml', '--json', '--lang', 'ja']],
    [['schema']],
    [['--dry-run', '--facts', 'f.json', '--answers', 'a.yaml', '--only', 'bridge']],
    [['export', '--facts', 'f.json']],
    [['facts', '--facts', 'f.json', '--json']],
    [['--simulate', '--answers', 'a.yaml']],
    [['--help', '--simulate']],
  ])('%j is accepted', (argv) => {
    expect(() => parseCli(argv)).not.toThrow();
  });

  it('in Japanese too (--lang)', () => {
    applyLanguage({ lang: 'ja', env: {} });
    expect(usageError(['--yes', '--dry-run'])).toBe(
      '--yes はステップを実行し、--dry-run は表示するだけです。どちらか一方を指定してください。',
    );
    expect(usageError(['--answers='])).toMatch(/^オプション --answers の値が空です。/);
  });
});

describe('--only', () => {
  it('runs the steps in the wizard’s order, each once, whatever order they were typed in', () => {
    expect(parseCli(['--yes', '--simulate', '--only', 'services, packages,services']).only).toEqual([
      'packages',
      'services',
    ]);
  });

  it('an unknown step is named, with control characters written out', () => {
    expect(usageError(['--dry-run', '--simulate', '--only', 'host,\u001b[2Jx'])).toMatch(
      /^Unknown step "\\e\[2Jx" in --only\. Steps: host, packages,/,
    );
  });
});

describe('what the user typed, quoted back', () => {
  it('an unknown command or option shows control characters written out, and a long one cut', () => {
    expect(usageError(['fa\u0007cts'])).toBe('Unknown command "fa\\x07cts". Try --help.');
    expect(usageError(['--x\u001b[31m'])).toBe('Unknown option --x\\e[31m. Try --help.');
    expect(usageError(['x'.repeat(100_000)])).toBe(`Unknown command "${'x'.repeat(80)}…". Try --help.`);
  });

  it('shown(): visible and at most 80 characters plus an ellipsis', () => {
    expect(shown('a\nb')).toBe('a\\nb');
    expect(shown('é'.repeat(81))).toBe(`${'é'.repeat(80)}…`);
  });
});
