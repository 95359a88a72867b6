import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checksumFetchArgv, downloadArgv, hashArgv } from '../../src/export/download.js';
import { urlFileName } from '../../src/iso/url-file-name.js';
import { checkpointCommit, checkpointRollback } from '../../src/plan/checkpoint.js';
import type { AlreadySo } from '../../src/plan/command.js';
import type { StepPlan } from '../../src/plan/types.js';

/**
 * Runs an exported script with every program it may call replaced by a stub that records its argv, to see
 * what the script really executes. PATH holds only the stubs: the script itself needs no other program
 * (bash builtins only), and a name that is not a stub is caught by bash's command_not_found_handle.
 *
 * The stubs model a host: `fresh` (every "already so" test fails, so everything runs) or `done` (every test
 * succeeds, as on a host where the script already ran once). busctl answers a checkpoint path, sha256sum the
 * expected sum; `responses` overrides any argv's answer.
 */
export type HostModel = 'fresh' | 'done';

export interface StubResponse {
  argv: readonly string[];
  code?: number;
  stdout?: string;
}

export interface StubbedRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Every program the script started, in order (stubs, and names that are not on PATH). */
  recorded: string[][];
  /** What ran that the plan does not have: any argv not in `planArgv`, and every name not found on PATH. */
  extra: string[][];
  /** Files that appeared in the script's working directory, which starts empty. */
  created: string[];
}

/** The checkpoint busctl's stub hands out; the commit or rollback must carry it back. */
export const CHECKPOINT = '/org/freedesktop/NetworkManager/Checkpoint/7';
const NOT_FOUND = 'not-found:';

export function runStubbed(
  script: string,
  plans: readonly StepPlan[],
  options: { host?: HostModel; input?: string; stdin?: string; responses?: readonly StubResponse[] } = {},
): StubbedRun {
  const host = options.host ?? 'fresh';
  const dir = mkdtempSync(join(tmpdir(), 'kvm-wizard-stubbed-'));
  const bin = join(dir, 'bin');
  const work = join(dir, 'work');
  const answers = join(dir, 'answers');
  const log = join(dir, 'argv.log');
  for (const d of [bin, work, answers]) mkdirSync(d);
  for (const download of plans.flatMap((p) => (p.download ? [p.download] : []))) {
    if (existsSync(download.dest) !== (host === 'done'))
      throw new Error(`host model ${host} needs ${download.dest} to ${host === 'done' ? '' : 'not '}exist`);
  }
  const responses = [...modelResponses(plans, host), ...(options.responses ?? [])];
  for (const r of responses) {
    const file = join(answers, key(r.argv));
    writeFileSync(`${file}.code`, String(r.code ?? 0));
    writeFileSync(`${file}.out`, r.stdout ?? '');
  }
  const answering = new Set(responses.map((r) => r.argv[0]));
  for (const name of new Set(planArgv(plans).map((argv) => argv[0] ?? ''))) {
    if (!name || name.includes('/') || name === '.' || name === '..')
      throw new Error(`cannot stub the program ${JSON.stringify(name)}`);
    writeFileSync(join(bin, name), stub(log, answering.has(name) ? answers : undefined));
    chmodSync(join(bin, name), 0o755);
  }
  const env = join(dir, 'env.sh');
  writeFileSync(
    env,
    `command_not_found_handle() { printf '%s\\0' "${NOT_FOUND}$#" "$@" >>${q(log)}; return 127; }\n`,
  );
  writeFileSync(join(dir, 'script.sh'), script);
  // What the person types at the bridge's confirmation comes from the terminal (KVM_WIZARD_TTY stands in for
  // /dev/tty); stdin gets `stdin`, which a script fed on stdin would see instead.
  const tty = join(dir, 'tty');
  writeFileSync(tty, options.input ?? '\n');
  const r = spawnSync('/bin/bash', [join(dir, 'script.sh')], {
    cwd: work,
    env: { PATH: bin, BASH_ENV: env, HOME: work, LC_ALL: 'C.UTF-8', KVM_WIZARD_TTY: tty },
    input: options.stdin ?? '',
    encoding: 'utf8',
    timeout: 60_000,
  });
  const entries = readLog(log);
  const allowed = new Set(planArgv(plans).map((a) => JSON.stringify(a)));
  return {
    code: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    recorded: entries.map((e) => e.argv),
    extra: entries.filter((e) => e.notFound || !allowed.has(JSON.stringify(e.argv))).map((e) => e.argv),
    created: readdirSync(work),
  };
}

/** Every argv the script of these plans may run: commands, "already so" tests, download, checkpoint. */
export function planArgv(plans: readonly StepPlan[]): string[][] {
  return plans.flatMap((p) =>
    [
      ...(p.unless ? [p.unless.argv] : []),
      ...(p.download ? downloadSteps(p.download) : []),
      ...(p.guard
        ? [p.guard.create.argv, checkpointCommit(CHECKPOINT).argv, checkpointRollback(CHECKPOINT).argv]
        : []),
      ...p.commands.flatMap((c) => [...(c.unless ? [c.unless.argv] : []), c.argv]),
    ].map((a) => [...a]),
  );
}

function downloadSteps(d: NonNullable<StepPlan['download']>): string[][] {
  const { fetch, move, part } = downloadArgv(d);
  const listed = !d.sha256 && d.checksumUrl ? [checksumFetchArgv(d.checksumUrl)] : [];
  return [...listed, fetch, move, hashArgv(part), hashArgv(d.dest)];
}

/**
 * What the script of these plans runs, in order, on the modelled host, when every command succeeds and the
 * bridge change is confirmed. Written from the plan, independently of the script writer.
 */
/**
 * Where the script stops: at the first blocked step (as the wizard would), unless it is the bridge a
 * `--target` plan leaves out on purpose. The steps before it, and the exit code the script ends with.
 */
export function untilBlocked(plans: readonly StepPlan[]): { plans: StepPlan[]; code: number } {
  const blocked = plans.findIndex(
    (p) => p.state === 'blocked' && !p.notes.some((n) => n.key === 'bridge.standIn'),
  );
  return blocked < 0 ? { plans: [...plans], code: 0 } : { plans: plans.slice(0, blocked), code: 1 };
}

export function expectedArgv(plans: readonly StepPlan[], host: HostModel): string[][] {
  const done = host === 'done';
  const out: (readonly string[])[] = [];
  for (const p of plans) {
    if (p.id === 'summary' || (p.state !== 'todo' && p.state !== 'check')) continue;
    if (p.unless) {
      out.push(p.unless.argv);
      if (done) continue;
    }
    const d = p.download;
    // Without a SHA-256, the checksum file is fetched first and its sum checked the same way.
    if (d && !d.sha256 && d.checksumUrl) out.push(checksumFetchArgv(d.checksumUrl));
    const checked = Boolean(d?.sha256 || d?.checksumUrl);
    if (d && done && checked) out.push(hashArgv(d.dest));
    if (d && !done) {
      const { fetch, move, part } = downloadArgv(d);
      out.push(fetch, ...(checked ? [hashArgv(part)] : []), move);
    }
    if (p.guard) {
      out.push(p.guard.create.argv, ...p.commands.map((c) => c.argv), checkpointCommit(CHECKPOINT).argv);
      continue;
    }
    for (const c of p.commands) {
      if (c.unless) out.push(c.unless.argv);
      if (!(c.unless && done)) out.push(c.argv);
    }
  }
  return out.map((a) => [...a]);
}

/** The sum the modelled checksum file lists for the ISO. */
export const LISTED_SHA = 'ef'.repeat(32);

/** How the modelled host answers: the "already so" tests, the checkpoint, the downloaded file's sum. */
function modelResponses(plans: readonly StepPlan[], host: HostModel): StubResponse[] {
  const already = (u: AlreadySo): StubResponse =>
    host === 'done'
      ? { argv: u.argv, stdout: u.line === undefined ? '' : `${u.line}\n` }
      : { argv: u.argv, code: 1 };
  return plans.flatMap((p) => [
    ...(p.unless ? [already(p.unless)] : []),
    ...p.commands.flatMap((c) => (c.unless ? [already(c.unless)] : [])),
    ...(p.guard ? [{ argv: p.guard.create.argv, stdout: `o "${CHECKPOINT}"\n` }] : []),
    ...(p.download?.sha256
      ? [downloadArgv(p.download).part, p.download.dest].map((file) => ({
          argv: hashArgv(file),
          stdout: `${p.download?.sha256}  ${file}\n`,
        }))
      : []),
    // A checksum file that lists the ISO (GNU format), and the files with that sum.
    ...(p.download && !p.download.sha256 && p.download.checksumUrl && URL.canParse(p.download.url)
      ? [
          {
            argv: checksumFetchArgv(p.download.checksumUrl),
            stdout: `${LISTED_SHA}  ${urlFileName(p.download.url)}\n`,
          },
          ...[downloadArgv(p.download).part, p.download.dest].map((file) => ({
            argv: hashArgv(file),
            stdout: `${LISTED_SHA}  ${file}\n`,
          })),
        ]
      : []),
  ]);
}

/** Records its argv; a program with answers looks its own up (by the argv's hash), the others exit 0. */
function stub(log: string, answers: string | undefined): string {
  const lookup = answers
    ? [
        `key=$(printf '%s\\0' "\${0##*/}" "$@" | /usr/bin/sha256sum)`,
        `r=${q(answers)}/\${key%% *}`,
        'if [ -e "$r.out" ]; then /bin/cat -- "$r.out"; fi',
        'if [ -e "$r.code" ]; then exit "$(<"$r.code")"; fi',
      ]
    : [];
  return ['#!/bin/bash', `printf '%s\\0' "$#" "\${0##*/}" "$@" >>${q(log)}`, ...lookup, 'exit 0', ''].join(
    '\n',
  );
}

function key(argv: readonly string[]): string {
  return createHash('sha256')
    .update(argv.map((w) => `${w}\0`).join(''))
    .digest('hex');
}

const q = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;

/** The log: per run, the word count (prefixed for a name bash did not find), then the words, NUL-terminated. */
function readLog(file: string): { argv: string[]; notFound: boolean }[] {
  if (!existsSync(file)) return [];
  const words = readFileSync(file, 'utf8').split('\0');
  const entries: { argv: string[]; notFound: boolean }[] = [];
  for (let i = 0; i < words.length - 1; ) {
    const head = words[i] ?? '';
    const notFound = head.startsWith(NOT_FOUND);
    const n = Number(head.slice(notFound ? NOT_FOUND.length : 0)) + (notFound ? 0 : 1);
    entries.push({ argv: words.slice(i + 1, i + 1 + n), notFound });
    i += n + 1;
  }
  return entries;
}
