import { describe, expect, it } from 'vitest';
import { cmd } from '../../src/plan/command.js';
import type { StepPlan } from '../../src/plan/types.js';
import { runStubbed } from './run-stubbed.js';

/** The harness itself: a check that cannot see what a script does would pass anything. */
describe('runStubbed', () => {
  const plans: StepPlan[] = [
    {
      id: 'network',
      state: 'todo',
      notes: [],
      commands: [
        {
          ...cmd(['virsh', 'net-start', 'default'], 'why.netStart'),
          unless: { argv: ['virsh', 'net-list', '--name'], line: 'default' },
        },
      ],
    },
  ];

  it('records every program in order, and reports what the plan does not have', () => {
    const script = [
      '#!/bin/bash',
      'virsh net-list --name',
      "virsh net-start 'default'",
      'virsh net-destroy default',
      'touch PWNED',
      'x=$(id -u)',
      ': > made-by-redirection',
      'printf "%s" "$x" >/dev/null',
    ].join('\n');
    const run = runStubbed(script, plans);
    expect(run.recorded).toEqual([
      ['virsh', 'net-list', '--name'],
      ['virsh', 'net-start', 'default'],
      ['virsh', 'net-destroy', 'default'],
      ['touch', 'PWNED'],
      ['id', '-u'],
    ]);
    expect(run.extra).toEqual([
      ['virsh', 'net-destroy', 'default'],
      ['touch', 'PWNED'],
      ['id', '-u'],
    ]);
    expect(run.created).toEqual(['made-by-redirection']);
  });

  it('keeps words with newlines, quotes and empty words apart', () => {
    const run = runStubbed("#!/bin/bash\nvirsh $'a\\nb' '' \"'\" x\n", plans);
    expect(run.recorded).toEqual([['virsh', 'a\nb', '', "'", 'x']]);
  });

  it('answers "already so" tests as the modelled host would', () => {
    const script = '#!/bin/bash\nvirsh net-list --name; echo "rc=$?"\n';
    expect(runStubbed(script, plans).stdout).toBe('rc=1\n');
    expect(runStubbed(script, plans, { host: 'done' }).stdout).toBe('default\nrc=0\n');
  });
});
