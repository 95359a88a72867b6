import type { StepPlan } from '../../plan/types.js';
import type { BridgeJob } from './apply.js';

/** Bridges with STP off forward within a second or two; DHCP and a gateway's ARP cache may take longer. */
const VERIFY_WINDOW_MS = 30_000;

/** The job handed to the applier: the plan's own commands, so what ran is what was shown. */
export function jobFromPlan(
  plan: StepPlan,
  verifyWindowMs = VERIFY_WINDOW_MS,
  id = new Date().toISOString().replace(/[-:.]/g, ''),
): BridgeJob {
  if (!plan.guard) throw new Error(`step ${plan.id} has no checkpoint guard`);
  return {
    id,
    create: plan.guard.create.argv,
    commands: plan.commands.map((c) => c.argv),
    rollbackTimeout: plan.guard.rollbackTimeout,
    expect: plan.guard.expect,
    verifyWindowMs,
    ...(plan.guard.reconnect ? { reconnect: plan.guard.reconnect } : {}),
  };
}
