import { cmd } from '../command.js';
import { note, type PlanContext, type StepPlan } from '../types.js';

/** Step 3: libvirt's own host check. Read-only, so it runs every time; the screen explains each line. */
export function planValidate({ facts }: PlanContext): StepPlan {
  const notes = [note('validate.about', 'info')];
  if (!facts.hasVirtHostValidate) notes.push(note('validate.notInstalled', 'warn'));
  // Exit code 1 only means "some check failed": the parsed lines decide, not the exit code.
  const run = { ...cmd(['virt-host-validate', 'qemu'], 'why.validate'), okExitCodes: [0, 1] };
  return { id: 'validate', state: 'check', notes, commands: [run] };
}
