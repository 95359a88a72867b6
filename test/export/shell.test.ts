import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shellScript } from '../../src/export/shell.js';
import { buildPlan } from '../../src/plan/plan.js';
import { PROFILES } from '../../src/plan/profiles.js';
import { freshFacts } from '../plan/facts-builder.js';

describe('shell export', () => {
  const plans = buildPlan(
    ['packages', 'services', 'network', 'bridge', 'summary'],
    freshFacts('el8'),
    {},
    PROFILES.el8,
  );
  const script = shellScript(plans, ['test']);

  it('is a bash script that parses', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kw-export-'));
    const file = join(dir, 'plan.sh');
    writeFileSync(file, script);
    expect(() => execFileSync('bash', ['-n', file])).not.toThrow();
    expect(script.startsWith('#!/bin/bash\n')).toBe(true);
  });

  it('carries the same argv as the plan, quoted', () => {
    expect(script).toContain(
      'dnf -y module install virt  # install QEMU/KVM and libvirt from the virt module (EL8 only)',
    );
    expect(script).toContain('nmcli connection delete uuid 5fb06bd0-0bb0-7ffb-45f1-d6edd65f3e03 || { busctl');
  });

  it('keeps the bridge inside a checkpoint: rollback on any failure and without confirmation', () => {
    const lines = script.split('\n');
    const create = lines.findIndex(
      (l) => l.startsWith('cp=$(busctl --json=short call') && l.includes('CheckpointCreate aouu 0 90 6'),
    );
    const confirm = lines.findIndex((l) => l.startsWith('if read -r -t 80 _; then busctl call'));
    expect(create).toBeGreaterThan(0);
    expect(confirm).toBeGreaterThan(create);
    const between = lines.slice(create + 2, confirm - 1);
    expect(between.length).toBe(4);
    for (const l of between)
      expect(l).toMatch(
        /^nmcli .* \|\| \{ busctl --json=short call .* CheckpointRollback o "\$cp"; exit 1; \}$/,
      );
    expect(lines[confirm]).toContain('CheckpointDestroy o "$cp"; else busctl --json=short call');
  });

  it("the checkpoint path is picked out of busctl's JSON reply", () => {
    const reply = '{"type":"o","data":["/org/freedesktop/NetworkManager/Checkpoint/3"]}';
    const sed = /sed -n '([^']*)'/.exec(script)?.[1] ?? '';
    expect(execFileSync('sed', ['-n', sed], { input: reply }).toString().trim()).toBe(
      '/org/freedesktop/NetworkManager/Checkpoint/3',
    );
  });
});
