// The kvm_host role (ansible/) played against hosts on this machine (connection local), each with its own
// install prefix and answers path, the wizard running --simulate: every branch of the role runs on the real
// wizard's JSON (changed, unchanged, a bridge that rolls back, answers that validate refuses, a usage error)
// without containers. The single executable over SSH: test/system/fleet.test.sh.
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ensureBuilt, ROOT } from '../e2e/cli.js';
import { haveAnsible, type PlayResult, runPlaybook } from './playbook-run.js';

const HAVE = haveAnsible();
if (!HAVE)
  console.warn(
    'SKIPPED test/ansible: ansible-playbook not found (Debian: apt-get install ansible-core ansible-lint)',
  );

const work = mkdtempSync(join(tmpdir(), 'kvm-wizard-ansible-'));
const hostDir = (h: string) => join(work, 'hosts', h);
const results = join(work, 'results');
const WAIT = 'Wait for kvm-wizard';

const GOOD = { host: { allowNoVirt: true }, bridge: { name: 'br0' } };
const BAD_GATEWAY = {
  host: { allowNoVirt: true },
  bridge: {
    name: 'br0',
    ipv4: { method: 'manual', address: '192.168.1.20/24', gateway: '192.168.1.254', dns: ['192.168.1.1'] },
  },
};

function inventory(launcher: string, tarball: string) {
  const host = (name: string, answers: unknown, args: string[], install = 'executable') => ({
    kvm_host_install: install,
    kvm_host_answers: answers,
    kvm_host_extra_args: ['--simulate=debian12', ...args],
    kvm_host_prefix: hostDir(name),
    kvm_host_staging_dir: join(hostDir(name), 'staging'),
    kvm_host_answers_path: join(hostDir(name), 'etc', 'answers.yaml'),
    kvm_host_environment: { KVM_WIZARD_LOG_DIR: join(hostDir(name), 'log') },
  });
  return {
    kvm_hosts: {
      hosts: {
        changes: host('changes', GOOD, []),
        // the npm package, on this machine's Node (>= 20): nothing to do on the simulated host's host step
        unchanged: host('unchanged', GOOD, ['--only', 'host'], 'npm'),
        rollback: host('rollback', BAD_GATEWAY, ['--only', 'bridge']),
        refused: host('refused', { bridge: { name: 'x y', stp: 'maybe' } }, []),
        usage: host('usage', GOOD, ['--only', 'nothing']),
      },
      vars: {
        ansible_connection: 'local',
        ansible_python_interpreter: '/usr/bin/python3',
        kvm_host_executable_src: launcher,
        kvm_host_npm_tarball_src: tarball,
        kvm_host_results_dir: results,
        kvm_host_poll_seconds: 1,
      },
    },
  };
}

let first: PlayResult;
let second: PlayResult;
let inv: ReturnType<typeof inventory>;

beforeAll(() => {
  if (!HAVE) return;
  ensureBuilt();
  // "executable" mode copies whatever file it is given: here a launcher of this repository's build (the single
  // executable itself is copied over SSH in the fleet system test).
  const launcher = join(work, 'kvm-wizard-launcher');
  writeFileSync(launcher, `#!/bin/sh\nexec '${process.execPath}' '${BIN}' "$@"\n`);
  chmodSync(launcher, 0o755);
  // --ignore-scripts: prepack would rebuild dist/ under the other test files' feet.
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], {
      cwd: ROOT,
      encoding: 'utf8',
    }),
  );
  inv = inventory(launcher, join(work, packed[0].filename));
  first = runPlaybook(work, inv);
  second = runPlaybook(work, inv, ['--limit', 'changes,unchanged']);
}, 900_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const resultOf = (h: string) => JSON.parse(readFileSync(join(results, h, 'result.json'), 'utf8'));

describe.skipIf(!HAVE)('ansible/ kvm_host role on local hosts (--simulate)', () => {
  it('the play fails exactly for the hosts whose run or answers failed', () => {
    expect(first.code, first.output).toBe(2);
    expect([...first.recap].filter(([, r]) => r.failed > 0).map(([h]) => h)).toEqual([
      'refused',
      'rollback',
      'usage',
    ]);
  });

  it('changed exactly when a step changed: the wait task follows the JSON', () => {
    const wait = first.tasks.get(WAIT);
    for (const h of ['changes', 'unchanged', 'rollback', 'usage']) {
      const steps: Array<{ outcome: string }> = h === 'usage' ? [] : resultOf(h).steps;
      const changed = steps.some((s) => s.outcome === 'changed');
      expect(wait?.get(h), h).toBe(changed ? 'changed' : 'ok');
    }
    expect(resultOf('changes').steps.map((s: { outcome: string }) => s.outcome)).toContain('changed');
    expect(resultOf('unchanged').steps.map((s: { outcome: string }) => s.outcome)).toEqual(['ok']);
  });

  it('a second run changes nothing but what the wizard changed: changed=1 and changed=0', () => {
    expect(second.code, second.output).toBe(0);
    expect(second.recap.get('changes')?.changed).toBe(1); // a fresh simulated host each run
    expect(second.tasks.get(WAIT)?.get('changes')).toBe('changed');
    expect(second.recap.get('unchanged')?.changed).toBe(0);
    expect(second.recap.get('unchanged')?.failed).toBe(0);
  });

  it('a bridge that rolled back fails the host with the wizard reason and the transcript', () => {
    const bridge = resultOf('rollback').steps.at(-1);
    expect(bridge.bridge.result).toBe('rolled-back');
    const msg = String(first.fatal.get('rollback')?.at(-1)?.msg);
    expect(msg).toContain('kvm-wizard exit 1: step bridge failed (bridge rolled-back): ');
    expect(msg).toContain(bridge.reason.join('; '));
    expect(msg).toContain('192.168.1.254');
    expect(msg).toContain(join(results, 'rollback', ''));
  });

  it('brings result.json, the transcript and the answers back to the controller', () => {
    for (const h of ['changes', 'rollback']) {
      const files = readdirSync(join(results, h));
      const transcript = resultOf(h).transcript as string;
      expect(files).toContain(transcript.split('/').at(-1));
      expect(readFileSync(join(results, h, 'answers.yaml'), 'utf8')).toContain('name: br0');
    }
  });

  it('answers that kvm-wizard validate refuses: every error named, nothing put in place, nothing run', () => {
    const msg = String(first.fatal.get('refused')?.at(-1)?.msg);
    expect(msg).toMatch(/^kvm-wizard validate refused this host's answers: bridge\.name: .*; bridge\.stp: /);
    expect(existsSync(inv.kvm_hosts.hosts.refused.kvm_host_answers_path)).toBe(false);
    expect(first.tasks.get(WAIT)?.has('refused')).toBe(false);
  });

  it('exit 2 with nothing on stdout: the host fails with the wizard stderr', () => {
    const msg = String(first.fatal.get('usage')?.at(-1)?.msg);
    expect(msg).toMatch(/^kvm-wizard exit 2: kvm-wizard: .*nothing/);
  });

  it('installs the npm package with the prefix given, and only once', () => {
    expect(existsSync(join(hostDir('unchanged'), 'bin', 'kvm-wizard'))).toBe(true);
    expect(first.tasks.get('Install the npm package')?.get('unchanged')).toBe('changed');
    expect(second.tasks.get('Install the npm package')?.get('unchanged')).toBe('skipping');
  });
});
