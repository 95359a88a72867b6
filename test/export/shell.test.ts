import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shellScript } from '../../src/export/shell.js';
import { visible } from '../../src/i18n/visible.js';
import { checkpointCommit, checkpointRollback } from '../../src/plan/checkpoint.js';
import { planStep } from '../../src/plan/plan.js';
import { PROFILES } from '../../src/plan/profiles.js';
import { freshFacts } from '../plan/facts-builder.js';
import { CHECKPOINT, expectedArgv, runStubbed } from './run-stubbed.js';
import { simPlans } from './sim-plans.js';

function bashParses(script: string): void {
  const file = join(mkdtempSync(join(tmpdir(), 'kw-export-')), 'plan.sh');
  writeFileSync(file, script);
  execFileSync('bash', ['-n', file]);
}

describe('shell export', () => {
  const plans = (['packages', 'services', 'network', 'bridge', 'summary'] as const).map((id) =>
    planStep(id, freshFacts('el8'), {}, PROFILES.el8),
  );
  const script = shellScript(plans, ['test']);

  it('is a bash script that parses', () => {
    expect(() => bashParses(script)).not.toThrow();
    expect(script.startsWith('#!/bin/bash\n')).toBe(true);
  });

  it('carries the same argv as the plan, quoted', () => {
    expect(script).toContain(
      'dnf -y module install virt  # install QEMU/KVM and libvirt from the virt module (EL8 only)',
    );
    expect(script).toContain(
      '  nmcli connection delete uuid 5fb06bd0-0bb0-7ffb-45f1-d6edd65f3e03 || { busctl',
    );
  });

  it('keeps the bridge inside a checkpoint: rollback on any failure and without confirmation', () => {
    const lines = script.split('\n');
    const create = lines.findIndex(
      (l) =>
        l.startsWith('  reply=$(busctl call') && l.includes('CheckpointCreate aouu 0 90 6)'),
    );
    const confirm = lines.findIndex((l) =>
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the script's own shell parameter expansion
      l.startsWith('  if read -r -t 80 _ <"${KVM_WIZARD_TTY:-/dev/tty}"; then busctl call'),
    );
    expect(create).toBeGreaterThan(0);
    expect(confirm).toBeGreaterThan(create);
    const between = lines.slice(create + 3, confirm - 1);
    expect(between.length).toBe(4);
    for (const l of between)
      expect(l).toMatch(
        /^ {2}nmcli .* \|\| \{ busctl call .* CheckpointRollback o "\$cp"; exit 1; \}$/,
      );
    expect(lines[confirm]).toContain('CheckpointDestroy o "$cp"; else busctl call');
  });

  it('skips the whole bridge block when a profile of that name exists', () => {
    const lines = script.split('\n');
    const start = lines.indexOf('if nmcli connection show id br0 >/dev/null 2>&1; then');
    expect(start).toBeGreaterThan(0);
    expect(lines[start + 2]).toBe('else');
    expect(lines.indexOf('fi', start)).toBeGreaterThan(
      lines.findIndex((l) => l.includes('CheckpointDestroy')),
    );
  });
});

describe('the checkpoint, run with stubs', () => {
  it("commits the checkpoint busctl answered, picked out of busctl's JSON reply", async () => {
    const plans = await simPlans({ sim: 'centos-stream9' });
    const run = runStubbed(shellScript(plans, []), plans);
    expect(run.code).toBe(0);
    expect(run.recorded.at(-1)).toEqual(checkpointCommit(CHECKPOINT).argv);
    expect(run.recorded).toEqual(expectedArgv(plans, 'fresh'));
  });

  it.each([
    ['gives no checkpoint path', { stdout: '{}' }],
    ['fails', { code: 1 }],
  ])('stops before any bridge change when busctl %s', async (_label, answer) => {
    const plans = await simPlans({ sim: 'centos-stream9' });
    const create = plans.find((p) => p.guard)?.guard?.create.argv ?? [];
    const run = runStubbed(shellScript(plans, []), plans, { responses: [{ argv: create, ...answer }] });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('no NetworkManager checkpoint: nothing changed');
    expect(run.recorded.at(-1)).toEqual(create);
  });

  it('rolls back and fails when nobody confirms', async () => {
    const plans = await simPlans({ sim: 'centos-stream9' });
    const run = runStubbed(shellScript(plans, []), plans, { input: '' });
    expect(run.code).toBe(1);
    expect(run.recorded.at(-1)).toEqual(checkpointRollback(CHECKPOINT).argv);
  });
});

describe('notes and values never become live lines', () => {
  it('keeps a multi-line note commented: the advice to make a Cockpit user is shown, never run', async () => {
    const plans = await simPlans({ sim: 'centos-stream9' }, {}, (f) => {
      f.cockpitLogin = { rootRefused: true, adminGroup: 'wheel', admins: [] };
    });
    const script = shellScript(plans, []);
    expect(script).toContain('\n#     useradd -m -G wheel admin && passwd admin\n');
    expect(script).not.toMatch(/^\s*useradd/m);
    const run = runStubbed(script, plans);
    expect(run.extra).toEqual([]);
    expect(run.code).toBe(0);
  });

  it('shows a path with a newline on one comment line, written out, and passes it as one word', async () => {
    const path = '/x\ntouch PWNED';
    const plans = await simPlans({ sim: 'centos-stream9' }, { iso: { path } });
    const script = shellScript(plans, []);
    expect(script).toContain(`# ISO ${visible(path)} does not exist.`);
    expect(script).toContain("--cdrom $'/x\\ntouch PWNED'");
    const run = runStubbed(script, plans);
    expect(run.extra).toEqual([]);
    expect(run.created).toEqual([]);
    // No such ISO: that step is blocked, and the script stops there as the wizard would.
    const blocked = plans.findIndex((p) => p.state === 'blocked');
    expect(plans[blocked]?.id).toBe('iso');
    expect(run.code).toBe(1);
    expect(run.recorded).toEqual(expectedArgv(plans.slice(0, blocked), 'fresh'));
  });

  it('stops at a blocked step instead of running the later ones (no vmx/svm: nothing is installed)', async () => {
    const plans = await simPlans({ sim: 'centos-stream9' }, {}, (f) => {
      f.cpu.flag = undefined;
      f.devKvm = false;
      f.kvmModules = [];
    });
    expect(plans[0]?.state).toBe('blocked');
    const run = runStubbed(shellScript(plans, []), plans);
    expect(run.code).toBe(1);
    expect(run.recorded).toEqual([]);
  });

  it('never takes stdin for the confirmation: a script fed on stdin (ssh host bash -s < plan.sh) rolls back', async () => {
    const plans = await simPlans({ sim: 'centos-stream9' }, {});
    const script = shellScript(plans, []);
    // The script's own text on stdin, and no terminal: what `bash < plan.sh` over ssh gives it.
    const run = runStubbed(script, plans, { stdin: script, input: '' });
    const busctl = run.recorded.filter((a) => a[0] === 'busctl').map((a) => a.join(' '));
    expect(busctl.some((c) => c.includes('CheckpointRollback'))).toBe(true);
    expect(busctl.some((c) => c.includes('CheckpointDestroy'))).toBe(false);
    expect(run.code).toBe(1);
  });

  it('comments every line of a header, whatever ends the line, with control characters written out', () => {
    const script = shellScript(
      [],
      ['one\ntouch A', 'two\rtouch B', 'three\u2028touch C\u2029touch D', 'e\u001b[2J'],
    );
    const head = script.split('\n').slice(1, 9);
    expect(head).toEqual([
      '# one',
      '# touch A',
      '# two',
      '# touch B',
      '# three',
      '# touch C',
      '# touch D',
      '# e\\e[2J',
    ]);
    expect(() => bashParses(script)).not.toThrow();
  });
});
