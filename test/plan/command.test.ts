import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hasControlChars, visible } from '../../src/i18n/visible.js';
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

  it.each(
    (
      [
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
        ['line\nbreak', "$'line\\nbreak'"],
        ['\u001b[31mred', "$'\\e[31mred'"],
        ['a\u2028b', "$'a\\xe2\\x80\\xa8b'"],
        ["it's\r", "$'it\\'s\\r'"],
        ['back\\slash\t', "$'back\\\\slash\\t'"],
        ['Wired connection 1', "'Wired connection 1'"],
        ['日本語', "'日本語'"],
      ] as const
    ).map(([word, quoted]) => [visible(JSON.stringify(word)), word, quoted]),
  )('quotes %s as %s', (_label, word, quoted) => {
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

  it('quotes a first word that bash would read as a keyword', () => {
    expect(formatArgv(['if', 'then'])).toBe("'if' then");
    expect(formatArgv(['time', 'x'])).toBe("'time' x");
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

  // Control characters, each in a word of its own and amid text: newline, CR, tab, ESC, DEL, a C1 control,
  // the Unicode line/paragraph separators, a bidi override; then words that act when not quoted.
  const NASTY: string[][] = [
    ['\n', 'a\nb', '\r', 'x\r\ny', '\t', '\u001b', '\u001b[2J\u001b]0;title\u0007', '\u007f', '\u0085'],
    ['\u2028', 'a\u2029b', 'abc\u202edef', '\u2066x\u2069', '\u0001\u001f', 'é\u0085日本'],
    ['/x\ntouch /tmp/PWNED', '$(touch X)', '`touch X`', "'; touch X; '", '"$(id)"', 'a;b', '--', '-e'],
    ["'\n'", '\\\n', '\\x41', "\\'\n", "$'x'", '\n$HOME\n', '!\n', '# x\ny'],
  ];

  /** What bash's printf receives: one NUL-terminated word per argv entry, byte for byte. */
  function bashArgv(argv: readonly string[], locale: string): string[] {
    const out = execFileSync('bash', ['-c', `printf '%s\\0' ${formatArgv(argv)}`], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', LC_ALL: locale },
    });
    return out.split('\0').slice(0, -1);
  }

  it.each([...TRICKY, ...NASTY].map((argv) => [visible(JSON.stringify(argv)), argv] as const))(
    'bash gets back exactly %s, in a UTF-8 and in the C locale',
    (_label, argv) => {
      expect(bashArgv(argv, 'C.UTF-8')).toEqual(argv);
      expect(bashArgv(argv, 'C')).toEqual(argv);
    },
  );

  it.each(NASTY.map((argv) => [visible(JSON.stringify(argv)), argv] as const))(
    'shows %s on one line, without a control character',
    (_label, argv) => {
      const shown = formatArgv(argv);
      expect(hasControlChars(shown)).toBe(false);
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
