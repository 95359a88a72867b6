import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readLastBridgeApply } from '../../src/facts/bridge-jobs.js';
import { RealHost } from '../../src/host/real-host.js';

const saved = process.env.KVM_WIZARD_STATE_DIR;
afterEach(() => {
  if (saved === undefined) delete process.env.KVM_WIZARD_STATE_DIR;
  else process.env.KVM_WIZARD_STATE_DIR = saved;
});

function stateWith(status: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'kvmwiz-state-'));
  mkdirSync(join(dir, 'bridge'));
  writeFileSync(join(dir, 'bridge', '20260101T000000000Z.status.json'), status);
  process.env.KVM_WIZARD_STATE_DIR = dir;
}

describe('the last bridge change, read from its status file', () => {
  it('a status of the right shape is read', async () => {
    stateWith(JSON.stringify({ phase: 'committed', id: 'j', at: 1_700_000_000_000, checks: [] }));
    expect((await readLastBridgeApply(new RealHost()))?.status.phase).toBe('committed');
  });

  it.each([
    ['an empty object', '{}'],
    ['a time no date can hold', JSON.stringify({ phase: 'committed', id: 'j', at: 9e15, checks: [] })],
    ['an unknown phase', JSON.stringify({ phase: 'exploded', id: 'j', at: 1 })],
    ['not JSON', '{'],
  ])('%s is ignored, never a crash later', async (_what, text) => {
    stateWith(text);
    expect(await readLastBridgeApply(new RealHost())).toBeUndefined();
  });
});
