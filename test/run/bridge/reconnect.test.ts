// The reconnect flow end to end without a network: the plan of an address move on the simulated host, the
// real applier (applyBridge) reporting through status files in a temporary directory as the detached one
// does, and `kvm-wizard confirm` / `revert` (answerPending) answering it from "another session".
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { answersSchema } from '../../../src/answers/schema.js';
import { type BridgeStatus, keptUnattended } from '../../../src/facts/bridge-status.js';
import { probeFacts } from '../../../src/facts/probe.js';
import { planStep } from '../../../src/plan/plan.js';
import { PROFILES } from '../../../src/plan/profiles.js';
import { applyBridge, type BridgeJob } from '../../../src/run/bridge/apply.js';
import { jobFromPlan } from '../../../src/run/bridge/job.js';
import { jobPaths, writeJsonAtomic } from '../../../src/run/bridge/job-files.js';
import { type AnswerIo, answerPending, findPending } from '../../../src/run/bridge/pending.js';
import { SimulatedHost } from '../../../src/sim/sim-host.js';

const root = mkdtempSync(join(tmpdir(), 'kvm-wizard-reconnect-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** A move of the simulated host (static 192.168.1.20) to `ipv4`, planned as the wizard plans it. */
async function moveJob(ipv4: Record<string, unknown>, host = new SimulatedHost()) {
  const facts = await probeFacts(host, PROFILES.el9);
  const answers = answersSchema.parse({ bridge: { ipv4, reconnectTimeout: 60 } });
  const plan = planStep('bridge', facts, answers, PROFILES.el9);
  return { host, plan, job: jobFromPlan(plan, 1500, `job${++n}`) };
}

/** The applier as the detached process runs it: status, confirm and revert are files in `dir`. */
function startApplier(host: SimulatedHost, job: BridgeJob, dir: string) {
  const paths = jobPaths(dir, job.id);
  writeJsonAtomic(paths.job, job);
  const announced: string[] = [];
  const done = applyBridge(host, job, {
    report: (s) => writeJsonAtomic(paths.status, s),
    confirmed: () => existsSync(paths.confirm),
    reverted: () => existsSync(paths.revert),
    announce: (line) => announced.push(line),
    log: () => {},
    now: () => Date.now(),
    sleep: (ms) => sleep(Math.min(ms, 20)),
    pid: process.pid,
  });
  return { paths, done, announced };
}

function answerIo(dir: string, said: string[] = []): AnswerIo {
  return {
    dir,
    now: () => Date.now(),
    sleep: (ms) => sleep(Math.min(ms, 20)),
    say: (e) => said.push(e.kind),
  };
}

const status = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as BridgeStatus;

async function untilVerified(path: string): Promise<BridgeStatus> {
  for (;;) {
    if (existsSync(path)) {
      const s = status(path);
      if (s.phase !== 'applying') return s;
    }
    await sleep(10);
  }
}

describe('reconnect flow: plan', () => {
  it('static → another static: reconnect to the bare new address, 180 s unless the answers say', async () => {
    const host = new SimulatedHost();
    const facts = await probeFacts(host, PROFILES.el9);
    const answers = answersSchema.parse({
      bridge: { ipv4: { method: 'manual', address: '192.168.1.30/24', gateway: '192.168.1.1' } },
    });
    const plan = planStep('bridge', facts, answers, PROFILES.el9);
    expect(plan.guard?.reconnect).toEqual({
      from: '192.168.1.20',
      to: '192.168.1.30',
      mac: '52:54:00:6B:3C:1D',
    });
    expect(plan.guard?.rollbackTimeout).toBe(180);
    expect(plan.guard?.create.argv).toContain('180');
    const note = plan.notes.find((x) => x.key === 'bridge.reconnect');
    expect(note?.params).toMatchObject({ address: '192.168.1.30', from: '192.168.1.20', seconds: '180' });
  });

  it('static → DHCP: no address expected (any lease), how to find it said with the kept MAC', async () => {
    const { plan } = await moveJob({ method: 'auto' });
    expect(plan.guard?.reconnect).toEqual({ from: '192.168.1.20', mac: '52:54:00:6B:3C:1D' });
    expect(plan.guard?.expect.address).toBeUndefined();
    expect(plan.guard?.rollbackTimeout).toBe(60);
    expect(plan.notes.find((x) => x.key === 'bridge.reconnectFind')?.params).toEqual({
      mac: '52:54:00:6B:3C:1D',
    });
  });

  it('the same address: no reconnect, the ordinary rollback timeout', async () => {
    const { plan } = await moveJob({ method: 'manual', address: '192.168.1.20/24', gateway: '192.168.1.1' });
    expect(plan.guard?.reconnect).toBeUndefined();
    expect(plan.guard?.rollbackTimeout).toBe(90);
  });
});

describe('reconnect flow: confirm and revert from another session', () => {
  it('verified: waits with the new address, never keeps by itself; confirm checks and keeps it', async () => {
    const dir = join(root, 'keep');
    const { host, job } = await moveJob({
      method: 'manual',
      address: '192.168.1.30/24',
      gateway: '192.168.1.1',
    });
    const applier = startApplier(host, job, dir);
    const verified = await untilVerified(applier.paths.status);
    expect(verified).toMatchObject({ phase: 'verified', reconnect: { addresses: ['192.168.1.30'] } });
    expect(applier.announced.join('\n')).toContain('br0 now has the address 192.168.1.30');
    // --yes keeps a verified change itself, but not this one.
    expect(keptUnattended(verified)).toBe(false);
    if (verified.phase !== 'verified') throw new Error('not verified');
    const { reconnect: _moved, ...inPlace } = verified;
    expect(keptUnattended(inPlace)).toBe(true);
    // Nobody answered: still waiting, nothing written beside the job.
    await sleep(100);
    expect(status(applier.paths.status).phase).toBe('verified');
    expect(existsSync(applier.paths.confirm)).toBe(false);

    const outcome = await answerPending(host, 'keep', answerIo(dir));
    expect(outcome).toMatchObject({
      kind: 'final',
      ours: true,
      answered: 'keep',
      status: { phase: 'committed' },
    });
    expect((await applier.done).phase).toBe('committed');
    expect(host.state.links.find((l) => l.ifname === 'br0')?.addresses).toEqual(['192.168.1.30/24']);
  });

  it('revert: rolled back now, the old address back on the card', async () => {
    const dir = join(root, 'revert');
    const { host, job } = await moveJob({
      method: 'manual',
      address: '192.168.1.30/24',
      gateway: '192.168.1.1',
    });
    const applier = startApplier(host, job, dir);
    await untilVerified(applier.paths.status);
    const outcome = await answerPending(host, 'revert', answerIo(dir));
    expect(outcome).toMatchObject({
      kind: 'final',
      status: { phase: 'rolled-back', reason: 'bridge.reason.reverted' },
    });
    expect(host.state.links.find((l) => l.ifname === 'enp1s0')?.addresses).toEqual(['192.168.1.20/24']);
    expect(host.state.links.some((l) => l.ifname === 'br0')).toBe(false);
  });

  it('DHCP: the lease the server handed out is what to reconnect to, and is announced', async () => {
    const dir = join(root, 'dhcp');
    const { host, job } = await moveJob({ method: 'auto' });
    const applier = startApplier(host, job, dir);
    const verified = await untilVerified(applier.paths.status);
    expect(verified).toMatchObject({ reconnect: { addresses: ['192.168.1.120'] } });
    expect(applier.announced).toHaveLength(1);
    expect(applier.announced[0]).toContain('ssh root@192.168.1.120');
    expect(await answerPending(host, 'keep', answerIo(dir))).toMatchObject({
      status: { phase: 'committed' },
    });
  });

  it('two confirms at once: one answers, the other says so and reports the same result', async () => {
    const dir = join(root, 'twice');
    const { host, job } = await moveJob({
      method: 'manual',
      address: '192.168.1.30/24',
      gateway: '192.168.1.1',
    });
    const applier = startApplier(host, job, dir);
    await untilVerified(applier.paths.status);
    const said: string[] = [];
    const both = await Promise.all([
      answerPending(host, 'keep', answerIo(dir, said)),
      answerPending(host, 'keep', answerIo(dir, said)),
    ]);
    expect(both.map((o) => o.kind === 'final' && o.status.phase)).toEqual(['committed', 'committed']);
    expect(both.filter((o) => o.kind === 'final' && o.ours)).toHaveLength(1);
    expect(said).toEqual(['decided']);
    expect((await applier.done).phase).toBe('committed');
  });

  it('checks that fail from here keep nothing: no answer written, and revert still works', async () => {
    const dir = join(root, 'checks');
    const { host, job } = await moveJob({
      method: 'manual',
      address: '192.168.1.30/24',
      gateway: '192.168.1.1',
    });
    const applier = startApplier(host, job, dir);
    await untilVerified(applier.paths.status);
    // What `confirm` sees is not the bridge the applier made (another host: no br0 at all).
    const outcome = await answerPending(new SimulatedHost(), 'keep', answerIo(dir));
    expect(outcome.kind).toBe('checks-failed');
    if (outcome.kind === 'checks-failed')
      expect(outcome.checks.find((c) => c.name === 'bridge-active')?.ok).toBe(false);
    expect(existsSync(applier.paths.confirm)).toBe(false);
    expect(await answerPending(host, 'revert', answerIo(dir))).toMatchObject({
      status: { phase: 'rolled-back' },
    });
  });

  it('a revert already given: confirm does not keep, it reports the rollback', async () => {
    const dir = join(root, 'late');
    const { host, job } = await moveJob({
      method: 'manual',
      address: '192.168.1.30/24',
      gateway: '192.168.1.1',
    });
    const applier = startApplier(host, job, dir);
    await untilVerified(applier.paths.status);
    writeFileSync(applier.paths.revert, 'x\n');
    const outcome = await answerPending(host, 'keep', answerIo(dir));
    expect(outcome).toMatchObject({
      kind: 'final',
      ours: false,
      answered: 'revert',
      status: { phase: 'rolled-back' },
    });
    expect(existsSync(applier.paths.confirm)).toBe(false);
  });
});

describe('findPending: only a live change whose files are what the applier wrote', () => {
  const now = Date.now();
  const good = (id: string, over: Record<string, unknown> = {}) => ({
    phase: 'verified',
    id,
    at: now,
    checkpoint: '/org/freedesktop/NetworkManager/Checkpoint/1',
    deadline: now + 60_000,
    pid: process.pid,
    checks: [],
    ...over,
  });
  async function dirWith(files: Record<string, unknown>): Promise<string> {
    const dir = mkdtempSync(join(root, 'find-'));
    const { job } = await moveJob({ method: 'manual', address: '192.168.1.30/24', gateway: '192.168.1.1' });
    for (const [name, value] of Object.entries(files)) {
      const id = name.slice(0, -'.status.json'.length);
      if (name.endsWith('.status.json') && value !== undefined)
        writeFileSync(join(dir, name), typeof value === 'string' ? value : JSON.stringify(value));
      if (name.endsWith('.status.json'))
        writeFileSync(join(dir, `${id}.job.json`), JSON.stringify({ ...job, id }));
    }
    return dir;
  }

  it('a good one is found', async () => {
    const dir = await dirWith({ 'a1.status.json': good('a1') });
    expect(findPending(dir, now)?.job.id).toBe('a1');
  });

  it.each([
    ['its applier is gone', { 'a1.status.json': good('a1', { pid: 2 ** 22 + 7 }) }],
    ['its deadline passed', { 'a1.status.json': good('a1', { deadline: now - 1 }) }],
    [
      'its deadline is further ahead than any timeout (confirm/revert would wait for it)',
      { 'a1.status.json': good('a1', { deadline: 8_640_000_000_000_000 }) },
    ],
    ['it is final', { 'a1.status.json': { phase: 'committed', id: 'a1', at: now, checks: [] } }],
    ['the status names another id', { 'a1.status.json': good('a2') }],
    ['the status has a field the applier never writes', { 'a1.status.json': good('a1', { extra: 1 }) }],
    ['the status is not JSON', { 'a1.status.json': '{"phase":' }],
    [
      'the status is a pid of 0 (kill(0) would ask about our own group)',
      { 'a1.status.json': good('a1', { pid: 0 }) },
    ],
    ['the file name is not an id the applier takes', { '.a1.status.json': good('.a1') }],
  ])('none when %s', async (_what, files) => {
    const dir = await dirWith(files);
    expect(findPending(dir, now)).toBeUndefined();
  });

  it('none when the job beside the status is not a job (strict schema) or names another id', async () => {
    const dir = await dirWith({ 'a1.status.json': good('a1'), 'b1.status.json': good('b1') });
    writeFileSync(
      join(dir, 'a1.job.json'),
      JSON.stringify({ id: 'a1', create: [], commands: [], extra: true }),
    );
    const b1 = JSON.parse(readFileSync(join(dir, 'b1.job.json'), 'utf8'));
    writeFileSync(join(dir, 'b1.job.json'), JSON.stringify({ ...b1, id: 'a1' }));
    expect(findPending(dir, now)).toBeUndefined();
  });

  it('a status that is a symlink is not read through; an older good change behind it is still found', async () => {
    const dir = await dirWith({ 'a1.status.json': good('a1') });
    writeFileSync(join(root, 'elsewhere.json'), JSON.stringify(good('z9')));
    symlinkSync(join(root, 'elsewhere.json'), join(dir, 'z9.status.json'));
    writeFileSync(
      join(dir, 'z9.job.json'),
      readFileSync(join(dir, 'a1.job.json'), 'utf8').replace('"a1"', '"z9"'),
    );
    expect(findPending(dir, now)?.job.id).toBe('a1');
  });

  it('nothing pending: confirm and revert say so and write nothing', async () => {
    const dir = await dirWith({});
    const host = new SimulatedHost();
    expect(await answerPending(host, 'keep', answerIo(dir))).toEqual({ kind: 'nothing' });
    expect(await answerPending(host, 'revert', answerIo(dir))).toEqual({ kind: 'nothing' });
  });
});
