// The built CLI without a terminal: --yes, --dry-run, --help/--version, answers files, --only, NO_COLOR, EL8.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { type MessageKey, t } from '../../src/i18n/messages.js';
import { STEP_IDS, type StepId } from '../../src/plan/types.js';
import { cli, ensureBuilt, ptyCli, tempDirs, transcriptCommands } from './cli.js';

const title = (id: StepId) => t(`step.${id}.title` as MessageKey);
const N = STEP_IDS.length;

beforeAll(() => ensureBuilt(), 120_000);

describe('--yes --simulate (no terminal)', () => {
  it('--only vm without virt-install: blocked with the reason, exit 1, nothing run (it used to fail with 127)', () => {
    const answers = join(tempDirs().dir, 'a.yaml');
    writeFileSync(answers, 'iso:\n  path: /var/lib/libvirt/images/CentOS-Stream-9-latest-x86_64-boot.iso\n');
    const r = cli(['--yes', '--simulate', '--only', 'vm', '--answers', answers]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('virt-install is not installed: the packages step installs it.');
    expect(r.stdout).not.toContain('$ virt-install');
    expect(transcriptCommands(r.dir)).toEqual([]);
    // --dry-run says the same beforehand, with the same exit code.
    const dry = cli(['--dry-run', '--simulate', '--only', 'vm', '--answers', answers]);
    expect(dry.code).toBe(1);
    expect(dry.stdout).toContain('virt-install is not installed: the packages step installs it.');
  });

  it('exits 0, prints every command before it runs, and the transcript has them', () => {
    const r = cli(['--yes', '--simulate']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = r.stdout;
    // The host is not changed, but the log and answers are written: the banner says so, and where.
    expect(out).toContain(`SIMULATION — host unchanged; log and answers: ${r.dir}\n`);
    STEP_IDS.forEach((id, i) => {
      expect(out).toContain(`[${i + 1}/${N}] ${title(id)}`);
    });
    expect(out).toContain(
      '  $ dnf -y install qemu-kvm libvirt virt-install cockpit cockpit-machines /usr/bin/virt-host-validate',
    );
    expect(out).toMatch(/^ {2}\$ systemctl enable --now virtqemud\.socket /m);
    expect(out).toContain('  $ systemctl enable --now cockpit.socket');
    expect(out).toContain('  $ virsh net-start default');
    expect(out).toMatch(/^ {2}\$ nmcli connection add type bridge con-name br0 ifname br0 /m);
    // No ISO was given (the simulated host has one, but --yes picks none by itself): the ISO and VM steps skip.
    expect(out).toContain('The other selected steps are done; skipped: iso, vm.');
    expect(out).not.toContain('All selected steps are done.');
    expect(out).toContain('Cockpit: https://192.168.1.20:9090');
    const ran = transcriptCommands(r.dir);
    expect(ran).toContain(
      '$ dnf -y install qemu-kvm libvirt virt-install cockpit cockpit-machines /usr/bin/virt-host-validate',
    );
    expect(ran).toContain('$ virsh net-start default');
    expect(out).toContain(`Log: ${r.dir}/transcript-`);
  });

  it('a second host is fresh: every run of --simulate starts from a minimal install', () => {
    const a = cli(['--yes', '--simulate', '--only', 'packages']);
    const b = cli(['--yes', '--simulate', '--only', 'packages']);
    expect(a.stdout).toContain('[1/1] Packages (to do)');
    expect(b.stdout).toContain('[1/1] Packages (to do)');
    // Nothing skipped: the plain "done".
    expect(a.stdout).toContain('\nAll selected steps are done.\n');
  });
});

describe('--dry-run --simulate', () => {
  it('prints the plan (every step, its state, its commands) and changes nothing', () => {
    const r = cli(['--dry-run', '--simulate']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('DRY RUN — nothing is changed');
    STEP_IDS.forEach((id, i) => {
      expect(r.stdout).toMatch(new RegExp(`^\\[${i + 1}/${N}\\] ${title(id)} \\(`, 'm'));
    });
    expect(r.stdout).toContain(`[2/${N}] Packages (to do)`);
    expect(r.stdout).toContain(
      '  $ dnf -y install qemu-kvm libvirt virt-install cockpit cockpit-machines /usr/bin/virt-host-validate',
    );
    expect(r.stdout).toMatch(/^ {2}\$ nmcli connection add type bridge /m);
    expect(transcriptCommands(r.dir)).toEqual([]);
  });

  it('a blocked step: the whole plan is printed, then what is blocked, and the exit code is 1', () => {
    const { dir } = tempDirs();
    const file = join(dir, 'answers.yaml');
    writeFileSync(file, 'iso:\n  path: /var/lib/libvirt/images/nonexistent.iso\n');
    const r = cli(['--dry-run', '--simulate', '--answers', file]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(`[6/${N}] Installation ISO (blocked)`);
    expect(r.stdout).toContain(`[9/${N}] Summary`);
    expect(
      r.stdout.endsWith('\nBlocked on this host: iso. A run would stop at iso (see its notes above).\n'),
    ).toBe(true);
    expect(r.code).toBe(1);
  });

  it('--simulate=centos-stream8 plans the virt module and master/slave-type for the bridge port', () => {
    const r = cli(['--dry-run', '--simulate=centos-stream8']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('  $ dnf -y module install virt');
    expect(r.stdout).toContain('master br0 slave-type bridge');
    expect(r.stdout).not.toContain('controller br0 port-type bridge');
    expect(r.stdout).toContain('delete uuid 5fb06bd0-0bb0-7ffb-45f1-d6edd65f3e03');
  });

  it('an unknown simulation profile is a usage error (exit 2) naming the profiles', () => {
    const r = cli(['--dry-run', '--simulate=centos-stream7']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Unknown profile "centos-stream7"');
    expect(r.stderr).toContain('centos-stream9');
  });
});

describe('--help, --version, usage', () => {
  it('--help prints the usage and exits 0', () => {
    const r = cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage:');
    expect(r.stdout).toContain('--simulate[=PROFILE]');
    expect(r.stdout).toBe(`${t('cli.help')}\n`);
    expect(r.stdout).toMatch(/^Exit codes: 0 done, 1 a step failed or is blocked, 2 bad usage or answers/m);
    expect(r.stderr).toBe('');
  });

  it('--version prints the package version and exits 0', () => {
    for (const flag of ['--version', '-V']) {
      const r = cli([flag]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(`${pkg.version}\n`);
    }
  });

  it.each([
    [['--frobnicate'], 'kvm-wizard: Unknown option --frobnicate. Try --help.\n'],
    [['--answers'], 'kvm-wizard: Option --answers needs a value (or takes none). Try --help.\n'],
    // --lang applies to the errors about the other arguments too.
    [['--bogus', '--lang=ja'], 'kvm-wizard: 不明なオプション --bogus です。--help を参照してください。\n'],
    [['--lang', 'ja', '--only', 'nosuch'], /^kvm-wizard: --only に不明なステップ "nosuch" があります。/],
  ])('%j exits 2 with a plain message', (args, message) => {
    const r = cli(args);
    expect(r.code).toBe(2);
    if (typeof message === 'string') expect(r.stderr).toBe(message);
    else expect(r.stderr).toMatch(message);
  });

  // Each of these was silently ignored or accepted once; `--simulate=` then ran against the real host.
  it.each([
    [
      ['--dry-run', '--simulate='],
      'kvm-wizard: --simulate= has an empty value (an unset variable?), so nothing was run. Use --simulate alone for centos-stream9, or --simulate=PROFILE.\n',
    ],
    [
      ['--dry-run', '--simulate', '--answers', ''],
      'kvm-wizard: Option --answers has an empty value. Give a value, or leave the option out. Try --help.\n',
    ],
    [
      ['--dry-run', '--simulate', '--answers='],
      'kvm-wizard: Option --answers has an empty value. Give a value, or leave the option out. Try --help.\n',
    ],
    [
      ['--dry-run', '--simulate', '--only', ''],
      'kvm-wizard: Option --only has an empty value. Give a value, or leave the option out. Try --help.\n',
    ],
    [
      ['--dry-run', '--simulate', '--only', ','],
      'kvm-wizard: --only has an empty step name (check the commas). Steps: host, packages, validate, services, network, iso, bridge, vm, summary\n',
    ],
    [
      ['--dry-run', '--target='],
      'kvm-wizard: Option --target has an empty value. Give a value, or leave the option out. Try --help.\n',
    ],
    [
      ['--dry-run', '--simulate', '--lang='],
      'kvm-wizard: Option --lang has an empty value. Give a value, or leave the option out. Try --help.\n',
    ],
    [
      ['--lang', 'ja', '--dry-run', '--simulate='],
      'kvm-wizard: --simulate= の値が空です (変数が未設定?)。何も実行していません。centos-stream9 なら --simulate だけを、それ以外は --simulate=PROFILE を指定してください。\n',
    ],
    [
      ['--yes', '--dry-run', '--simulate'],
      'kvm-wizard: --yes runs the steps and --dry-run only shows them: use one of the two.\n',
    ],
    [
      ['facts', '--dry-run', '--simulate'],
      'kvm-wizard: --dry-run means nothing for facts, which only looks at the host. Leave it out (facts takes --json, --simulate and --facts).\n',
    ],
    [
      ['export', '--yes', '--simulate'],
      'kvm-wizard: --yes means nothing for export, which only prints a script and changes nothing. Leave it out (export takes --target, --simulate, --facts, --only and --answers).\n',
    ],
    [
      ['--json', '--simulate'],
      'kvm-wizard: --json needs a result to print: use it with --yes, --dry-run, facts or validate (the interactive wizard has screens instead).\n',
    ],
    [
      ['--dry-run', '--simulate', '--simulate=fedora'],
      'kvm-wizard: Option --simulate is given more than once: give it once.\n',
    ],
    [
      ['--lang=ja', 'export', '--dry-run', '--simulate'],
      'kvm-wizard: export はスクリプトを出力するだけで何も変更しないので、--dry-run は意味がありません。外してください (export で使えるのは --target、--simulate、--facts、--only、--answers です)。\n',
    ],
  ])('%j exits 2 naming the option, and nothing is looked at or run', (args, message) => {
    const r = cli(args);
    expect(r.stderr).toBe(message);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(transcriptCommands(r.dir)).toEqual([]);
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    '--target %s is an unknown profile like any other (no stack trace)',
    (name) => {
      const r = cli(['--dry-run', '--target', name]);
      expect(r.stderr).toBe(
        `kvm-wizard: Unknown profile "${name}". Profiles: centos7, el8, el9, el10, fedora, debian, ubuntu\n`,
      );
      expect(r.code).toBe(2);
    },
  );

  it('an unknown profile with control characters in it is shown written out', () => {
    const r = cli(['--dry-run', '--simulate=\u001b]2;owned\u0007x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^kvm-wizard: Unknown profile "\\e\]2;owned\\x07x"\. Profiles: /);
  });

  it('__apply-bridge with a job file that does not exist: one line, no stack', () => {
    const r = cli(['__apply-bridge', '/nonexistent/x.job.json']);
    expect(r.stderr).toBe(
      "kvm-wizard: Cannot use the bridge job /nonexistent/x.job.json: ENOENT: no such file or directory, open '/nonexistent/x.job.json'\n",
    );
    expect(r.code).toBe(1);
  });

  it('a wrong --simulate profile is said before the missing terminal', () => {
    const r = cli(['--simulate=nosuch']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Unknown profile "nosuch".');
  });

  it('an unknown step in --only exits 2 and lists the steps', () => {
    const r = cli(['--yes', '--simulate', '--only', 'packages,bridgez']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Unknown step "bridgez" in --only');
    expect(transcriptCommands(r.dir)).toEqual([]);
  });
});

describe('interactive without a terminal', () => {
  it('exits 3 with the message, and runs nothing', () => {
    const r = cli(['--simulate']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('kvm-wizard: The interactive wizard needs a terminal.');
    expect(r.stderr).toContain('--yes');
    expect(r.stdout).toBe('');
    expect(transcriptCommands(r.dir)).toEqual([]);
  });
});

describe('answers files', () => {
  const answers = (text: string) => {
    const { dir } = tempDirs();
    const file = join(dir, 'answers.yaml');
    writeFileSync(file, text);
    return file;
  };

  it('a gateway outside the subnet exits 2 naming bridge.ipv4.gateway, and nothing runs', () => {
    const file = answers(
      'bridge:\n  ipv4:\n    method: manual\n    address: 192.168.1.20/24\n    gateway: 10.0.0.1\n',
    );
    const r = cli(['--yes', '--simulate', '--answers', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`kvm-wizard: Error in answers file ${file}:`);
    expect(r.stderr).toContain('  bridge.ipv4.gateway: must be inside 192.168.1.0/24');
    expect(r.stdout).toBe('');
    expect(transcriptCommands(r.dir)).toEqual([]);
  });

  it('an unknown key (a typo) exits 2 naming it', () => {
    const r = cli(['--yes', '--simulate', '--answers', answers('bridge:\n  nmae: br1\n')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bridge.nmae: unknown key');
    expect(transcriptCommands(r.dir)).toEqual([]);
  });

  it('a file that is not YAML exits 2', () => {
    const r = cli(['--yes', '--simulate', '--answers', answers('bridge: [unclosed\n')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not valid YAML/JSON');
  });

  it('a missing file exits 2', () => {
    const r = cli(['--yes', '--simulate', '--answers', '/nonexistent/answers.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot read');
  });

  it('a good file is used: DHCP bridge named br1', () => {
    const r = cli([
      '--dry-run',
      '--simulate',
      '--only',
      'bridge',
      '--answers',
      answers('bridge:\n  name: br1\n  ipv4:\n    method: auto\n'),
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /\$ nmcli connection add type bridge con-name br1 ifname br1 .*ipv4\.method auto/,
    );
  });
});

describe('--only', () => {
  it('--only packages,bridge runs just those two steps', () => {
    const r = cli(['--yes', '--simulate', '--only', 'packages,bridge']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('[1/2] Packages');
    expect(r.stdout).toContain('[2/2] Bridge');
    for (const id of STEP_IDS.filter((s) => s !== 'packages' && s !== 'bridge'))
      expect(r.stdout).not.toContain(`] ${title(id)} (`);
    const ran = transcriptCommands(r.dir);
    expect(ran.some((l) => l.startsWith('$ dnf -y install '))).toBe(true);
    expect(ran.some((l) => l.startsWith('$ nmcli connection add type bridge '))).toBe(true);
    expect(
      ran.filter((l) => /^\$ (systemctl|virsh|virt-host-validate|firewall-cmd|virt-install)/.test(l)),
    ).toEqual([]);
  });
});

describe('colour', () => {
  it('piped output has no colour', () => {
    const r = cli(['--dry-run', '--simulate']);
    expect(r.stdout).not.toContain('\u001b');
  });

  it('on a terminal, --dry-run and --yes are coloured…', () => {
    for (const args of [
      ['--dry-run', '--simulate'],
      ['--yes', '--simulate', '--only', 'packages'],
    ]) {
      const r = ptyCli(args);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('\u001b[');
    }
  });

  it('…and NO_COLOR=1 removes every ESC character there, too', () => {
    for (const args of [['--dry-run', '--simulate'], ['--yes', '--simulate'], ['--help']]) {
      const r = ptyCli(args, { NO_COLOR: '1' });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(args[0] === '--help' ? 'Usage:' : 'SIMULATION');
      expect(r.stdout + r.stderr).not.toContain('\u001b');
    }
  });
});

describe('Cockpit login', () => {
  it('a fresh cloud host with only root: the summary says Cockpit refuses root and how to make a user', () => {
    const r = cli(['--yes', '--simulate']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      '  Cockpit does not let root log in (/etc/cockpit/disallowed-users), and no user is in the wheel group yet. Make one first, e.g. (on a line of its own, to copy):\n    useradd -m -G wheel admin && passwd admin\n',
    );
  });

  it('Debian’s admin group is sudo', () => {
    const r = cli(['--yes', '--simulate=debian12', '--only', 'packages,services,summary']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('useradd -m -G sudo admin && passwd admin');
  });
});

describe('Japanese (--lang ja)', () => {
  it('--yes speaks Japanese, and the summary keeps a gap after its widest title', () => {
    const r = cli(['--yes', '--simulate', '--lang', 'ja']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`シミュレーション — ホストは変更しません。ログと回答: ${r.dir}\n`);
    expect(r.stdout).toContain('スキップしたステップ (iso, vm) 以外は完了しました。');
    // "デフォルトネットワーク" is 22 cells wide: the outcome column starts after it, for every row alike.
    const rows = r.stdout
      .split('\n')
      .filter((l) => /^ {2}\S.* {2,}(完了|設定済み|確認済み|スキップ)$/.test(l));
    expect(rows).toHaveLength(8);
    // The checks (host, virt-host-validate) set nothing up: 確認済み.
    expect(rows).toContain('  ホストの確認            確認済み');
    expect(rows).toContain('  デフォルトネットワーク  完了');
    expect(rows).toContain('  パッケージ              完了');
  });
});

describe('facts', () => {
  it('one row per fact, for a bug report', () => {
    const r = cli(['facts', '--simulate']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^system +CentOS Stream 9 \(ID=centos, VERSION_ID=9\)$/m);
    expect(r.stdout).toMatch(/^IPv4 addresses +192\.168\.1\.20\/24 on enp1s0$/m);
    expect(r.stdout).toMatch(/^cockpit login +root not refused; wheel: nobody$/m);
  });

  it('--json: the same facts, machine-readable', () => {
    const r = cli(['facts', '--json', '--simulate=debian12']);
    expect(r.code).toBe(0);
    const { format, version, facts } = JSON.parse(r.stdout);
    expect([format, version]).toEqual(['kvm-wizard-facts', 1]);
    expect(facts.os.id).toBe('debian');
    expect(facts.cockpitLogin).toEqual({ rootRefused: false, adminGroup: 'sudo', admins: [] });
  });
});
