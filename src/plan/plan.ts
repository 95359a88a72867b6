import type { Answers } from '../answers/schema.js';
import type { Facts } from '../facts/types.js';
import type { Command } from './command.js';
import { withPrerequisites } from './prerequisites.js';
import type { Profile } from './profiles.js';
import { planBridge } from './steps/bridge.js';
import { planHost } from './steps/host.js';
import { planIso } from './steps/iso.js';
import { planNetwork } from './steps/network.js';
import { planPackages } from './steps/packages.js';
import { planServices } from './steps/services.js';
import { planValidate } from './steps/validate.js';
import { planVm } from './steps/vm.js';
import type { PlanContext, StepId, StepPlan } from './types.js';

const PLANNERS: Record<Exclude<StepId, 'summary'>, (ctx: PlanContext) => StepPlan> = {
  host: planHost,
  packages: planPackages,
  validate: planValidate,
  services: planServices,
  network: planNetwork,
  iso: planIso,
  bridge: planBridge,
  vm: planVm,
};

/**
 * The plan for one step: a pure function of facts and answers. `pending`: the steps that run before it in
 * this run and have not run yet (--dry-run, export), which may still provide what it needs
 * (prerequisites.ts); a run plans each step after the ones before it ran, so it passes none.
 */
export function planStep(
  id: StepId,
  facts: Facts,
  answers: Answers,
  profile: Profile,
  pending: readonly StepId[] = [],
): StepPlan {
  if (id === 'summary') return { id, state: 'already', notes: [], commands: [] };
  const ctx = { facts, answers, profile };
  return withPrerequisites(PLANNERS[id](ctx), ctx, pending);
}

/** Every command a step shows, in order: for the bridge, the checkpoint before and the commit after. */
export function shownCommands(plan: StepPlan): Command[] {
  return plan.guard ? [plan.guard.create, ...plan.commands, plan.guard.commit] : plan.commands;
}
