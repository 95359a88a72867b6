// --json contract: one JSON document on stdout and nothing else, per mode, with the shape the README documents.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, ensureBuilt, tempDirs } from '../e2e/cli.js';

beforeAll(() => ensureBuilt(), 120_000);

interface Check {
  name: string;
  ok: boolean;
  expected: string;
}
interface Step {
  id: string;
  outcome: string;
  state: string;
  blocking: boolean;
  durationMs: number;
  commands: Array<{ argv: string[]; exitCode?: number }>;
  bridge: { result: string; reason?: string; checks: Check[] };
  reason?: string[];
}
/** The document as the README describes it (the run's, the dry run's or validate's fields). */
interface Doc {
  [field: string]: unknown;
  exitCode: number;
  transcript: string;
  steps: Step[];
  valid: boolean;
  errors: string[];
}

const OUTCOMES = ['ok', 'changed', 'skipped', 'blocked', 'failed'];

/** stdout must be exactly one JSON document (JSON.parse refuses anything before or after it). */
function documentOf(stdout: string): Doc {
  const doc = JSON.parse(stdout);
  expect(doc).toMatchObject({ format: 'kvm-wizard-result', version: 1 });
  return doc;
}

function answersFile(yaml: string): string {
  const { dir } = tempDirs();
  const path = join(dir, 'answers.yaml');
  writeFileSync(path, yaml);
  return path;
}

describe('--yes --simulate --json', () => {
  it('one document: every step with its outcome, commands with exit codes, durations, the transcript', () => {
    const r = cli(['--yes', '--simulate', '--json']);
    expect(r.code).toBe(0);
    const doc = documentOf(r.stdout);
    expect(doc).toMatchObject({
      command: 'run',
      exitCode: 0,
      simulated: true,
      standIn: false,
      profile: 'el9',
    });
    expect(doc.transcript).toMatch(new RegExp(`^${r.dir}/transcript-.*\\.log$`));
    expect(doc.steps.map((s: Step) => s.id)).toEqual([
      'host',
      'packages',
      'validate',
      'services',
      'network',
      'iso',
      'bridge',
      'vm',
    ]);
    for (const s of doc.steps) {
      expect(OUTCOMES).toContain(s.outcome);
      expect(s.durationMs).toBeGreaterThanOrEqual(0);
    }
    const step = (id: string) => doc.steps.find((s: Step) => s.id === id) as Step;
    expect(step('packages')).toMatchObject({ outcome: 'changed' });
    expect(step('packages').commands[0]).toMatchObject({
      argv: [
        'dnf',
        '-y',
        'install',
        'qemu-kvm',
        'libvirt',
        'virt-install',
        'cockpit',
        'cockpit-machines',
        '/usr/bin/virt-host-validate',
      ],
      exitCode: 0,
    });
    // virt-host-validate runs every time and changes nothing: ok, not changed.
    expect(step('validate')).toMatchObject({
      outcome: 'ok',
      commands: [{ argv: ['virt-host-validate', 'qemu'], exitCode: 0 }],
    });
    expect(step('iso').outcome).toBe('skipped');
    expect(step('bridge').outcome).toBe('changed');
    expect(step('bridge').bridge.result).toBe('committed');
    expect(step('bridge').bridge.checks.map((c: Check) => c.name)).toEqual([
      'bridge-active',
      'port-attached',
      'address',
      'default-route',
      'addresses',
      'routes',
      'mtu',
      'dns',
      'gateway',
    ]);
    expect(step('bridge').bridge.checks.every((c: Check) => c.ok)).toBe(true);
  });

  it('a bridge that rolls back: exit 1 as without --json, its checks, the reason, the rest not run', () => {
    // The simulated LAN has no 10.9.9.1: the gateway check fails and the applier rolls the change back.
    const answers = answersFile(
      'bridge:\n  ipv4:\n    method: manual\n    address: 10.9.9.9/24\n    gateway: 10.9.9.1\n',
    );
    const r = cli(['--yes', '--simulate', '--json', '--answers', answers]);
    expect(r.code).toBe(1);
    const doc = documentOf(r.stdout);
    expect(doc.exitCode).toBe(1);
    const last = doc.steps.at(-1) as Step;
    expect(last).toMatchObject({ id: 'bridge', outcome: 'failed' });
    expect(last.bridge).toMatchObject({ result: 'rolled-back', reason: 'bridge.reason.verify' });
    expect(last.bridge.checks.find((c: Check) => c.name === 'gateway')).toMatchObject({
      ok: false,
      expected: '10.9.9.1',
    });
    expect(doc.steps.map((s: Step) => s.id)).not.toContain('vm');
  });

  it('a blocked step: exit 1, outcome blocked with the reason, nothing after it', () => {
    const r = cli([
      '--yes',
      '--simulate',
      '--json',
      '--answers',
      answersFile('iso:\n  path: /nope/missing.iso\n'),
    ]);
    expect(r.code).toBe(1);
    const doc = documentOf(r.stdout);
    expect(doc.steps.at(-1)).toMatchObject({ id: 'iso', outcome: 'blocked', reason: ['iso.missing'] });
  });
});

describe('--dry-run --simulate --json', () => {
  it('one document: each step state and the commands it would run; nothing else on stdout', () => {
    const r = cli(['--dry-run', '--simulate', '--json']);
    expect(r.code).toBe(0);
    const doc = documentOf(r.stdout);
    expect(doc).toMatchObject({ command: 'dry-run', exitCode: 0, simulated: true });
    const step = (id: string) => doc.steps.find((s: Step) => s.id === id) as Step;
    expect(step('host').state).toBe('ok');
    expect(step('packages').state).toBe('todo');
    expect(step('packages').commands[0]?.argv.slice(0, 3)).toEqual(['dnf', '-y', 'install']);
    expect(step('validate').state).toBe('check');
    expect(step('iso').state).toBe('skipped');
  });

  it('a --target plan says it is for a stand-in host of that release', () => {
    const r = cli(['--dry-run', '--target', 'el8', '--json']);
    expect(r.code).toBe(0);
    expect(documentOf(r.stdout)).toMatchObject({ command: 'dry-run', standIn: true, profile: 'el8' });
  });

  it('a blocked step: exit 1 as without --json, the step marked blocking', () => {
    const r = cli([
      '--dry-run',
      '--simulate',
      '--json',
      '--answers',
      answersFile('iso:\n  path: /nope/missing.iso\n'),
    ]);
    expect(r.code).toBe(1);
    const doc = documentOf(r.stdout);
    expect(doc.exitCode).toBe(1);
    expect(doc.steps.find((s: Step) => s.id === 'iso')).toMatchObject({ state: 'blocked', blocking: true });
  });
});

describe('facts --simulate --json', () => {
  it('stays one JSON document with nothing else on stdout', () => {
    const r = cli(['facts', '--simulate', '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ format: 'kvm-wizard-facts', version: 1 });
    expect(doc.facts.os.id).toBe('centos');
  });
});

describe('validate --json', () => {
  it('a valid file: exit 0, valid, no errors', () => {
    const r = cli(['validate', '--json', 'test/answers/files/static-bridge.yaml']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(documentOf(r.stdout)).toEqual({
      format: 'kvm-wizard-result',
      version: 1,
      command: 'validate',
      file: 'test/answers/files/static-bridge.yaml',
      valid: true,
      errors: [],
    });
  });

  it('a bad file: exit 2, every error, in the language asked for', () => {
    const r = cli(['validate', '--json', '--lang', 'ja', 'test/answers/files/bad-two-unknown-keys.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('');
    const doc = documentOf(r.stdout);
    expect(doc.valid).toBe(false);
    expect(doc.errors).toEqual([
      'bridge.nmae: 不明なキーです: ここで使えるキーは name, interface, stp, ipv4, rollbackTimeout, reconnectTimeout',
      'bridge.stpp: 不明なキーです: ここで使えるキーは name, interface, stp, ipv4, rollbackTimeout, reconnectTimeout',
    ]);
  });
});
