import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cmd, formatArgv, shellQuote } from '../../src/plan/command.js';

describe('shellQuote', () => {
  it.each([
    'nmcli',
    '/usr/bin/virt-host-validate',
    '--add-service=cockpit',
    '192.168.1.20/24',
    '1.1.1.1,9.9.9.9',
    '52:54:00:6B:3C:1D',
    'user@host',
    '100%',
    'a+b',
    'br0-port-enp1s0',
    'ipv4.dns',
  ])('leaves the safe word %j bare', (word) => {
    expect(shellQuote(word)).toBe(word);
  });

  it.each([
    ['System eth0', "'System eth0'"],
    ["it's", "'it'\\''s'"],
    ["'", "''\\'''"],
    ['', "''"],
    ['$HOME', "'$HOME'"],
    ['*', "'*'"],
    ['*.iso', "'*.iso'"],
    ['a;b', "'a;b'"],
    ['~', "'~'"],
    ['#', "'#'"],
    ['"x"', `'"x"'`],
    ['`id`', "'`id`'"],
    ['line\nbreak', "'line\nbreak'"],
    ['Wired connection 1', "'Wired connection 1'"],
    ['日本語', "'日本語'"],
  ])('quotes %j as %s', (word, quoted) => {
    expect(shellQuote(word)).toBe(quoted);
  });
});

describe('formatArgv', () => {
  it('joins quoted words with single spaces', () => {
    expect(formatArgv(['nmcli', 'connection', 'delete', 'id', 'System eth0'])).toBe(
      "nmcli connection delete id 'System eth0'",
    );
    expect(formatArgv([])).toBe('');
  });

  it('quotes a first word with "=" so that the shell does not read it as an assignment', () => {
    expect(formatArgv(['FOO=bar', 'x=1'])).toBe("'FOO=bar' x=1");
  });

  const TRICKY: string[][] = [
    ['plain', 'words'],
    ['System eth0', 'Wired connection 1'],
    ["it's", "'", "''", "a'b'c"],
    [''],
    ['', '', 'x', ''],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell parameter expansion, quoted on purpose
    ['$HOME', '${PATH}', '$(id)', '`id`', '$1', '$@'],
    ['*', '?', '[a-z]', '*.iso', '{a,b}', '~', '~root'],
    ['\\', '\\n', 'a\\b', '"', '"quoted"', 'mixed "double" and \'single\''],
    ['a;b', 'a&&b', 'a|b', 'a>b', 'a<b', '(x)', '!', '#comment', 'x#y'],
    ['line\nbreak', '\ttab', 'trailing ', ' leading', '  '],
    ['日本語', 'ブリッジ', 'é'],
    ['--add-service=cockpit', 'ipv4.addresses', '192.168.1.20/24', '-n', '-e', '--'],
    ['%s', '%d', '%%', '\\0'],
  ];

  it.each(TRICKY.map((argv) => [JSON.stringify(argv), argv] as const))(
    'sh gets back exactly %s',
    (_label, argv) => {
      const script = `printf "%s\\n" ${formatArgv(argv)}`;
      const out = execFileSync('sh', ['-c', script], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '' },
      });
      expect(out).toBe(argv.map((a) => `${a}\n`).join(''));
    },
  );

  describe('a first word with "=" runs as the command', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kvm-wizard-argv0-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('runs the program named A=1 with its argument', () => {
      const program = join(dir, 'A=1');
      writeFileSync(program, '#!/bin/sh\nprintf "ran %s\\n" "$1"\n');
      chmodSync(program, 0o755);
      const out = execFileSync('sh', ['-c', formatArgv(['A=1', 'it works'])], {
        encoding: 'utf8',
        env: { PATH: `${dir}:${process.env.PATH ?? ''}` },
      });
      expect(out).toBe('ran it works\n');
    });
  });
});

describe('cmd', () => {
  it('keeps argv and the reason, and params only when given', () => {
    expect(cmd(['modprobe', 'kvm_intel'], 'why.modprobe', { module: 'kvm_intel' })).toEqual({
      argv: ['modprobe', 'kvm_intel'],
      why: 'why.modprobe',
      whyParams: { module: 'kvm_intel' },
    });
    expect(cmd(['virsh', 'net-start', 'default'], 'why.netStart')).toEqual({
      argv: ['virsh', 'net-start', 'default'],
      why: 'why.netStart',
    });
  });
});
