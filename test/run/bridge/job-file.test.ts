import { describe, expect, it } from 'vitest';
import { planStep } from '../../../src/plan/plan.js';
import { PROFILES } from '../../../src/plan/profiles.js';
import { JobSchema } from '../../../src/run/bridge/applier-process.js';
import { jobFromPlan } from '../../../src/run/bridge/job.js';
import { probe } from '../../../src/run/session.js';
import { SimulatedHost } from '../../../src/sim/sim-host.js';

describe('the bridge job file', () => {
  it('reaches the detached applier whole: what the plan expects, the uplink’s carried state included', async () => {
    const host = new SimulatedHost('centos-stream9', 0);
    const facts = await probe(host, PROFILES.el9, {});
    const job = jobFromPlan(planStep('bridge', facts, {}, PROFILES.el9));
    expect(job.expect.carried?.routes?.length).toBeGreaterThan(0);
    // What the wizard writes and the applier reads back (applier-process.ts) is the same job.
    expect(JobSchema.parse(JSON.parse(JSON.stringify(job)))).toEqual(job);
  });

  it('refuses a field it does not know instead of dropping it', () => {
    const job = {
      id: 'j1',
      create: ['busctl'],
      commands: [],
      rollbackTimeout: 90,
      expect: { bridge: 'br0', port: 'enp1s0', somethingNew: true },
      verifyWindowMs: 1000,
    };
    expect(JobSchema.safeParse(job).success).toBe(false);
  });
});
