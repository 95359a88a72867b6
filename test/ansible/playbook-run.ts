// Runs ansible-playbook on ansible/site.yml and reads its default output: each task's status per host, the
// fatal messages and the recap. (Debian's ansible-core 2.14 has no json callback; the default one is stable.)
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../e2e/cli.js';

export const SITE = join(ROOT, 'ansible', 'site.yml');

/** ansible-playbook and ansible-lint are Debian packages (.ci/install-system-deps.sh); without them, say so. */
export function haveAnsible(): boolean {
  return spawnSync('ansible-playbook', ['--version'], { stdio: 'ignore' }).status === 0;
}

export interface Recap {
  ok: number;
  changed: number;
  unreachable: number;
  failed: number;
  rescued: number;
}

export interface PlayResult {
  code: number | null;
  output: string;
  /** task name → host → ok | changed | failed | skipping (the last status the task printed for the host) */
  tasks: Map<string, Map<string, string>>;
  /** host → the result of its fatal task(s), parsed */
  fatal: Map<string, Array<Record<string, unknown>>>;
  recap: Map<string, Recap>;
}

/** Inventory (written as JSON, which is YAML) and a private ANSIBLE_* environment under `work`. */
export function runPlaybook(work: string, inventory: unknown, args: string[] = []): PlayResult {
  const file = join(work, 'inventory.yml');
  writeFileSync(file, JSON.stringify(inventory, null, 2));
  mkdirSync(join(work, '.ansible'), { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LC_ALL: 'C.UTF-8',
    ANSIBLE_NOCOLOR: '1',
    ANSIBLE_FORCE_COLOR: '0',
    ANSIBLE_RETRY_FILES_ENABLED: '0',
    ANSIBLE_STDOUT_CALLBACK: 'default',
    ANSIBLE_LOCAL_TEMP: join(work, '.ansible', 'tmp'),
    ANSIBLE_ASYNC_DIR: join(work, '.ansible', 'async'),
  };
  delete env.ANSIBLE_CONFIG;
  const r = spawnSync('ansible-playbook', ['-i', file, ...args, SITE], {
    cwd: work,
    env,
    encoding: 'utf8',
    timeout: 600_000,
  });
  const output = r.stdout + r.stderr;
  return { code: r.status, output, ...parseOutput(output) };
}

const TASK = /^TASK \[(?:[\w.]+ : )?(.+?)\] \*+$/;
const STATUS = /^(ok|changed|failed|fatal|skipping): \[([^\]\s]+)(?: -> [^\]]+)?\](?:: FAILED! => (.*))?$/;
const RECAP =
  /^(\S+)\s+: ok=(\d+)\s+changed=(\d+)\s+unreachable=(\d+)\s+failed=(\d+)\s+skipped=\d+\s+rescued=(\d+)/;

export function parseOutput(output: string): Omit<PlayResult, 'code' | 'output'> {
  const tasks = new Map<string, Map<string, string>>();
  const fatal = new Map<string, Array<Record<string, unknown>>>();
  const recap = new Map<string, Recap>();
  let task = '';
  for (const line of output.split('\n')) {
    const t = TASK.exec(line);
    if (t?.[1]) {
      task = t[1];
      if (!tasks.has(task)) tasks.set(task, new Map());
      continue;
    }
    const s = STATUS.exec(line);
    if (s?.[1] && s[2]) {
      const host = s[2];
      tasks.get(task)?.set(host, s[1] === 'fatal' ? 'failed' : s[1]);
      if (s[3]) fatal.set(host, [...(fatal.get(host) ?? []), { task, ...JSON.parse(s[3]) }]);
      continue;
    }
    const c = RECAP.exec(line);
    if (c?.[1]) {
      const [ok = 0, changed = 0, unreachable = 0, failed = 0, rescued = 0] = c.slice(2).map(Number);
      recap.set(c[1], { ok, changed, unreachable, failed, rescued });
    }
  }
  return { tasks, fatal, recap };
}
