import { note, type PlanContext, type StepPlan } from '../types.js';

/** Step 6: choose the installation ISO for the first VM. Nothing runs; the choice is checked and remembered. */
export function planIso({ facts, answers }: PlanContext): StepPlan {
  const chosen = answers.iso?.path;
  if (!chosen) {
    return {
      id: 'iso',
      state: 'skip',
      notes: [note(facts.isos.length ? 'iso.choose' : 'iso.none', facts.isos.length ? 'info' : 'warn')],
      commands: [],
    };
  }
  const image = facts.isos.find((i) => i.path === chosen);
  if (!image)
    return {
      id: 'iso',
      state: 'blocked',
      notes: [note('iso.missing', 'error', { path: chosen })],
      commands: [],
    };
  if (!image.volumeId) {
    return {
      id: 'iso',
      state: 'blocked',
      notes: [note('iso.notIso', 'error', { path: chosen })],
      commands: [],
    };
  }
  return {
    id: 'iso',
    state: 'already',
    notes: [note('iso.chosen', 'ok', { path: chosen, volumeId: image.volumeId })],
    commands: [],
  };
}
