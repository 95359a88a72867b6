import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../src/answers/schema.js';
import { downloadArgv } from '../../src/export/download.js';
import { shellScript } from '../../src/export/shell.js';
import { IMAGES_DIR } from '../../src/facts/iso-images.js';
import { en } from '../../src/i18n/en.js';
import { ja } from '../../src/i18n/ja.js';
import { setCatalogue } from '../../src/i18n/messages.js';
import { formatArgv } from '../../src/plan/command.js';
import { PROFILES, type ProfileId } from '../../src/plan/profiles.js';
import type { StepPlan } from '../../src/plan/types.js';
import { SIM_PROFILES } from '../../src/sim/profiles.js';
import { expectedArgv, runStubbed } from './run-stubbed.js';
import { type Source, simPlans, withImagesIn } from './sim-plans.js';

/** Every release the wizard makes a script for: each simulated host, and each --target stand-in. */
const SOURCES: Source[] = [
  ...SIM_PROFILES.map((sim) => ({ sim })),
  ...(Object.keys(PROFILES) as ProfileId[]).map((target) => ({ target })),
];
const label = (s: Source) => ('sim' in s ? `--simulate=${s.sim}` : `--target ${s.target}`);

/** An ISO by URL with its SHA-256, and a first VM on it: every step has something to do. */
const ANSWERS: Answers = {
  iso: { url: 'https://example.org/kw-export-test.iso', sha256: 'ab'.repeat(32) },
  vm: { name: 'vm1', network: 'nat', graphics: 'vnc' },
};

/**
 * Commands without an "already so" test must be safe to run again as they are: installs, enabling units,
 * loading a module, checks and listings. Anything else that changes the host needs `unless`.
 */
const REPEATABLE = [
  /^(dnf|yum) -y (module )?install /,
  /^apt-get update$/,
  /^env DEBIAN_FRONTEND=noninteractive apt-get install /,
  /^systemctl enable --now /,
  /^modprobe kvm_(intel|amd)$/,
  /^virt-host-validate qemu$/,
  /^restorecon -v /,
  /^ufw allow 9090\/tcp$/,
  /^virsh --connect qemu:\/\/\/system list --all$/,
];

const plansBySource = new Map<string, StepPlan[]>();
beforeAll(async () => {
  for (const s of SOURCES) plansBySource.set(label(s), await simPlans(s, ANSWERS));
  // The fresh model downloads: nothing may be at the destination on this machine.
  expect(existsSync(`${IMAGES_DIR}/kw-export-test.iso`)).toBe(false);
});
afterAll(() => setCatalogue(en));
const plansOf = (s: Source) => plansBySource.get(label(s)) ?? [];

describe('the exported script of every release', () => {
  it('parses with bash -n, and shellcheck finds nothing at warning level (English and Japanese)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kw-export-lint-'));
    const files: string[] = [];
    for (const [lang, catalogue] of [
      ['en', en],
      ['ja', ja],
    ] as const) {
      setCatalogue(catalogue);
      for (const s of SOURCES) {
        const file = join(dir, `${lang}-${label(s).replace(/\W+/g, '_')}.sh`);
        writeFileSync(file, shellScript(plansOf(s), [label(s)]));
        files.push(file);
      }
    }
    setCatalogue(en);
    for (const file of files) {
      const parse = spawnSync('bash', ['-n', file], { encoding: 'utf8' });
      expect(parse.stderr, file).toBe('');
      expect(parse.status, file).toBe(0);
    }
    const lint = spawnSync('shellcheck', ['-S', 'warning', ...files], { encoding: 'utf8' });
    expect(lint.stdout + lint.stderr).toBe('');
    expect(lint.status).toBe(0);
  }, 120_000);

  it('has every step of the el9 simulation to do, so the runs below cover every guard', () => {
    const states = plansOf({ sim: 'centos-stream9' }).map((p) => `${p.id}:${p.state}`);
    for (const step of ['packages', 'services', 'network', 'iso', 'bridge', 'vm'])
      expect(states).toContain(`${step}:todo`);
  });

  it('guards every command that cannot simply run again, and the bridge step as a whole', () => {
    for (const plans of plansBySource.values()) {
      for (const p of plans) {
        if (p.guard) expect(p.unless, p.id).toBeDefined();
        if (p.guard || p.state !== 'todo') continue;
        for (const c of p.commands) {
          if (c.unless) continue;
          const line = formatArgv(c.argv);
          expect(
            REPEATABLE.some((r) => r.test(line)),
            line,
          ).toBe(true);
        }
      }
    }
  });

  it.each(SOURCES.map((s) => [label(s), s] as const))(
    '%s: runs exactly the plan on a fresh host; run again, changes nothing and succeeds',
    (_label, s) => {
      // The downloaded ISO is there after the first run: the plan's images folder moved to a temp dir for it.
      const images = mkdtempSync(join(tmpdir(), 'kw-export-images-'));
      const plans = withImagesIn(plansOf(s), images);
      const script = shellScript(plans, []);
      const first = runStubbed(script, plans);
      expect(first.stderr).toBe('');
      expect(first.code).toBe(0);
      expect(first.extra).toEqual([]);
      expect(first.recorded).toEqual(expectedArgv(plans, 'fresh'));
      // What curl and mv did on the real host: the ISO is in place.
      for (const p of plans) if (p.download) writeFileSync(p.download.dest, 'the ISO');

      // On the finished host, a command that cannot simply run again fails, as `virsh net-start` does on an
      // active network and virt-install on an existing VM.
      const changing = plans.flatMap((p) => [
        ...p.commands.filter((c) => !REPEATABLE.some((r) => r.test(formatArgv(c.argv)))).map((c) => c.argv),
        ...(p.download ? [downloadArgv(p.download).fetch, downloadArgv(p.download).move] : []),
        ...(p.guard ? [p.guard.create.argv] : []),
      ]);
      const second = runStubbed(script, plans, {
        host: 'done',
        responses: changing.map((argv) => ({ argv, code: 1 })),
      });
      expect(second.stderr).toBe('');
      expect(second.code).toBe(0);
      expect(second.extra).toEqual([]);
      expect(second.recorded).toEqual(expectedArgv(plans, 'done'));
      for (const argv of changing) expect(second.recorded).not.toContainEqual([...argv]);
    },
  );
});
