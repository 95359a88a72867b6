import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadAnswers } from '../../src/answers/load.js';
import type { Answers } from '../../src/answers/schema.js';
import { shellScript } from '../../src/export/shell.js';
import type { Facts } from '../../src/facts/types.js';
import { hasControlChars, visible } from '../../src/i18n/visible.js';
import { checkpointRollback } from '../../src/plan/checkpoint.js';
import type { StepPlan } from '../../src/plan/types.js';
import { cli, ensureBuilt } from '../e2e/cli.js';
import { CHECKPOINT, expectedArgv, runStubbed } from './run-stubbed.js';
import { simPlans } from './sim-plans.js';

/** Values that act when a shell reads them unquoted, or a terminal shows them raw. */
const NASTY = [
  'x\ntouch PWNED',
  '$(touch PWNED)',
  '`touch PWNED`',
  "'; touch PWNED; '",
  '"; touch PWNED; "',
  'a;touch PWNED&',
  '$(echo >CREATED)',
  'x\rtouch PWNED',
  'x\u2028touch PWNED\u2029',
  '\u001b]0;title\u0007\u001b[2J\u202e',
  '--',
  '-rf',
  '',
];

/**
 * Every string an answers file has, set to `v` at once where the fields go together, bypassing the schema (the
 * script writer must be safe on its own). Numbers too, as strings a bad caller might pass.
 */
function answersWith(v: string): Record<string, Answers> {
  const vm = { name: v, osVariant: v, network: 'nat', graphics: 'vnc' } as unknown as Answers['vm'];
  const bridge = {
    name: v,
    stp: false,
    rollbackTimeout: 90,
    ipv4: { method: 'manual', address: v, gateway: v, dns: [v, '1.1.1.1'] },
  } as Answers['bridge'];
  return {
    path: { iso: { path: v }, vm, bridge },
    absolutePath: { iso: { path: `/${v}` }, vm: { ...vm, name: 'vm1' } as Answers['vm'] },
    catalog: { iso: { catalog: v }, bridge: { ...bridge, interface: v } as Answers['bridge'] },
    url: { iso: { url: `https://example.org/${v}.iso`, sha256: 'ab'.repeat(32) }, vm },
    // The planner itself needs a URL it can parse (the schema's job); the rest of it is free.
    fragmentUrl: { iso: { url: `https://example.org/a.iso#${v}`, checksumUrl: v } },
    badSha: { iso: { url: 'https://example.org/a.iso', sha256: v }, vm },
    numbers: {
      vm: { vcpus: v, memoryMiB: v, diskGiB: v, network: 'nat' } as unknown as Answers['vm'],
      bridge: { rollbackTimeout: v } as unknown as Answers['bridge'],
    },
  };
}

/** Text from the host itself: its release name, the uplink's profile and device. */
function hostSays(v: string) {
  return (f: Facts) => {
    f.os.prettyName = v;
    const con = f.uplink?.connection;
    if (con) Object.assign(con, { name: v, uuid: v });
    if (f.uplink) f.uplink.mac = v;
  };
}

/**
 * Runs the script against stubs: the plan's own commands, in the plan's order, and nothing else. A value that
 * makes no sense may stop it (exit 1): a SHA-256 that is not one, a timeout that is not a number (the bridge
 * then rolls back); what ran is then the plan up to there.
 */
function checkRun(script: string, plans: StepPlan[]): void {
  const run = runStubbed(script, plans);
  expect(run.extra).toEqual([]);
  expect(run.created).toEqual([]);
  const expected = expectedArgv(plans, 'fresh');
  if (run.code === 0) expect(run.recorded).toEqual(expected);
  else {
    expect(run.code).toBe(1);
    const rollback =
      JSON.stringify(run.recorded.at(-1)) === JSON.stringify(checkpointRollback(CHECKPOINT).argv);
    const ran = rollback ? run.recorded.slice(0, -1) : run.recorded;
    expect(ran).toEqual(expected.slice(0, ran.length));
  }
  // What the script prints on the terminal has the values written out, too.
  expect(hasControlChars(run.stdout.replaceAll('\n', ''))).toBe(false);
}

describe.each(NASTY.map((v) => [visible(JSON.stringify(v)), v] as const))('the value %s', (_label, v) => {
  it.each(Object.entries(answersWith(v)))(
    'in the answers (%s) is never run, only passed',
    async (_k, answers) => {
      const plans = await simPlans({ sim: 'centos-stream9' }, answers);
      const script = shellScript(plans, [v]);
      checkRun(script, plans);
    },
  );

  it('from the host is never run, only passed or shown', async () => {
    const plans = await simPlans({ sim: 'centos-stream9' }, {}, hostSays(v));
    checkRun(shellScript(plans, [v]), plans);
  });
});

it('every script with these values parses, and shellcheck finds nothing at warning level', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kw-export-nasty-'));
  const files: string[] = [];
  for (const [i, v] of NASTY.entries()) {
    const { path, url } = answersWith(v);
    for (const [k, answers] of Object.entries({ path, url })) {
      const file = join(dir, `${i}-${k}.sh`);
      writeFileSync(file, shellScript(await simPlans({ sim: 'centos-stream9' }, answers, hostSays(v)), [v]));
      files.push(file);
    }
  }
  for (const file of files) expect(spawnSync('bash', ['-n', file]).status, file).toBe(0);
  const lint = spawnSync('shellcheck', ['-S', 'warning', ...files], { encoding: 'utf8' });
  expect(lint.stdout + lint.stderr).toBe('');
  expect(lint.status).toBe(0);
}, 60_000);

describe('through the built CLI, with values the answers schema accepts', () => {
  beforeAll(() => ensureBuilt());
  const dir = mkdtempSync(join(tmpdir(), 'kw-export-answers-'));
  const FILES: Record<string, unknown> = {
    path: {
      iso: { path: `/tmp/a b/$(touch PWNED)\`touch PWNED\`;x'"y.iso` },
      bridge: { name: '$(id)' },
      vm: { network: 'nat' },
    },
    url: {
      iso: { url: "https://example.org/$(touch%20PWNED)/`id`;x'.iso", sha256: 'ab'.repeat(32) },
      bridge: { name: "'x;y" },
      vm: { network: 'nat' },
    },
    catalog: { iso: { catalog: "$(touch PWNED)';`id`" } },
  };

  it.each(Object.entries(FILES))('%s: the script runs exactly the plan', async (name, content) => {
    const file = join(dir, `${name}.yaml`);
    writeFileSync(file, JSON.stringify(content)); // YAML is a superset of JSON
    const loaded = await loadAnswers(file);
    const r = cli(['export', '--simulate', '--answers', file]);
    if (!loaded.ok) {
      // Refused by the schema: nothing to run, and the CLI says so.
      expect(r.code).toBe(2);
      return;
    }
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    checkRun(r.stdout, await simPlans({ sim: 'centos-stream9' }, loaded.answers));
  });

  it('accepts at least the plain path, so the CLI check above is not empty', async () => {
    const file = join(dir, 'path.yaml');
    writeFileSync(file, JSON.stringify(FILES.path));
    expect((await loadAnswers(file)).ok).toBe(true);
  });
});
