import { lstatSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAnswers } from '../../src/answers/load.js';
import { answersPathBeside, HOST_SPECIFIC_MARK, saveAnswers } from '../../src/answers/save.js';
import type { Answers } from '../../src/answers/schema.js';
import { runUnattendedJson } from '../../src/cli/json-result.js';
import { Session } from '../../src/run/session.js';
import { Transcript } from '../../src/run/transcript.js';
import { simSession } from '../ui/sim-session.js';

type Doc = {
  exitCode: number;
  steps: Array<{ id: string; outcome: string; commands: Array<{ argv: string[] }> }>;
};

async function runJson(session: Session): Promise<Doc> {
  let out = '';
  const warnings: string[] = [];
  await runUnattendedJson(
    session,
    ['host', 'packages', 'validate', 'services', 'network', 'iso', 'bridge', 'vm', 'summary'],
    (s) => {
      out += s;
    },
    (s) => warnings.push(s),
  );
  return JSON.parse(out) as Doc;
}

describe('saved answers', () => {
  it('are commented YAML: what it is, how to replay it, the host-specific values marked', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kvm-wizard-save-'));
    const answers: Answers = {
      bridge: {
        name: 'br0',
        interface: 'enp1s0',
        stp: false,
        rollbackTimeout: 90,
        ipv4: { method: 'manual', address: '192.168.1.20/24', gateway: '192.168.1.1', dns: ['192.168.1.1'] },
      },
      vm: { name: 'vm1', graphics: 'vnc' },
    };
    const path = saveAnswers(answers, join(dir, 'transcript-20260101-120000-42.log'));
    expect(path).toBe(join(dir, 'answers-20260101-120000-42.yaml'));
    const text = readFileSync(path, 'utf8');
    expect(text).toMatch(/^# kvm-wizard answers, saved /);
    expect(text).toContain('#   kvm-wizard --yes --answers FILE');
    for (const line of [
      'interface: enp1s0',
      'address: 192.168.1.20/24',
      'gateway: 192.168.1.1',
      'dns: [ 192.168.1.1 ]',
    ])
      expect(text).toContain(`${line} #${HOST_SPECIFIC_MARK}`);
    expect(text).toContain('name: br0\n');
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('keeps a URL password out of the file, and says when the answers come from the simulated host', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kvmwiz-save-'));
    const iso = { url: 'https://alice:s3cret@mirror.example.org/x.iso', sha256: 'a'.repeat(64) };
    const path = saveAnswers({ iso }, join(dir, 'transcript-20260101-120000-43.log'), new Date(), true);
    const text = readFileSync(path, 'utf8');
    expect(text).not.toContain('s3cret');
    expect(text).toContain('url: https://alice@mirror.example.org/x.iso # password removed');
    expect(text).toContain('#   kvm-wizard --yes --simulate --answers FILE');
    expect(text).not.toContain('#   kvm-wizard --yes --answers FILE');
  });

  it('never write through a symlink planted at their name, nor over an existing file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kvm-wizard-save-'));
    const transcript = join(dir, 'transcript-20260101-120000-42.log');
    const victim = join(dir, 'victim');
    writeFileSync(victim, 'precious\n');
    symlinkSync(victim, answersPathBeside(transcript));
    expect(() => saveAnswers({}, transcript)).toThrow(/EEXIST/);
    expect(readFileSync(victim, 'utf8')).toBe('precious\n');
    expect(lstatSync(answersPathBeside(transcript)).isSymbolicLink()).toBe(true);
  });
});

describe('replaying saved answers with --yes on the same host changes nothing', () => {
  it('first run changes the host; the replay of its saved answers finds every step already so', async () => {
    const first = await simSession();
    const uplink = first.facts.uplink;
    if (!uplink?.connection) throw new Error('the simulated host has an uplink');
    // What the screens write: the bridge on the uplink with its static address, the ISO found, a VM.
    first.answers = {
      bridge: {
        name: 'br0',
        interface: uplink.interface,
        stp: false,
        rollbackTimeout: 90,
        ipv4: { method: 'manual', address: '192.168.1.20/24', gateway: '192.168.1.1', dns: ['192.168.1.1'] },
      },
      iso: { path: first.facts.isos[0]?.path ?? '' },
      vm: { name: 'vm1', graphics: 'vnc', network: 'bridge' },
    };
    const run = await runJson(first);
    expect(run.exitCode).toBe(0);
    expect(run.steps.filter((s) => s.outcome === 'changed').map((s) => s.id)).toEqual([
      'packages',
      'services',
      'network',
      'bridge',
      'vm',
    ]);

    const saved = saveAnswers(first.answers, first.transcript.path);
    const loaded = await loadAnswers(saved);
    if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
    const replay = new Session(
      first.host,
      first.profile,
      loaded.answers,
      new Transcript(mkdtempSync(join(tmpdir(), 'kvm-wizard-replay-'))),
    );
    await replay.probe();
    const again = await runJson(replay);
    expect(again.exitCode).toBe(0);
    expect(again.steps.map((s) => [s.id, s.outcome])).toEqual([
      ['host', 'ok'],
      ['packages', 'ok'],
      ['validate', 'ok'],
      ['services', 'ok'],
      ['network', 'ok'],
      ['iso', 'ok'],
      ['bridge', 'ok'],
      ['vm', 'ok'],
    ]);
    // Only the read-only check ran.
    expect(again.steps.flatMap((s) => s.commands.map((c) => c.argv.join(' ')))).toEqual([
      'virt-host-validate qemu',
    ]);
  });
});
