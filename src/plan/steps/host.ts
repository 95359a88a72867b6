import { cmd } from '../command.js';
import { note, type PlanContext, type StepPlan } from '../types.js';

/** Step 1: can this CPU run KVM at all? Reads facts only; loads the kvm module when it is missing. */
export function planHost({ facts, answers }: PlanContext): StepPlan {
  const { cpu } = facts;
  const notes = [note('host.os', 'info', { name: facts.os.prettyName || facts.os.id })];
  // A --target plan cannot see the CPU: say what the real run checks instead of ticking made-up facts.
  if (facts.standIn)
    return { id: 'host', state: 'check', notes: [...notes, note('host.standIn', 'info')], commands: [] };
  if (!facts.isRoot) notes.push(note('host.notRoot', 'warn'));
  notes.push(
    facts.nm.running
      ? note('host.nmRunning', 'ok', { version: facts.nm.version })
      : note('host.nmDown', 'warn'),
  );

  if (!cpu.flag) {
    notes.push(note('host.noFlag', 'error'), note('host.noFlagFix', 'info'));
    if (answers.host?.allowNoVirt) {
      notes.push(note('host.emulationAccepted', 'warn'));
      return { id: 'host', state: 'already', notes, commands: [] };
    }
    return { id: 'host', state: 'blocked', notes, commands: [] };
  }

  const module = cpu.flag === 'vmx' ? 'kvm_intel' : 'kvm_amd';
  notes.push(
    note(cpu.flag === 'vmx' ? 'host.flagVmx' : 'host.flagSvm', 'ok', { module: module.replace('_', '-') }),
  );
  const loaded = facts.kvmModules.includes(module);
  if (loaded && facts.devKvm) {
    notes.push(note('host.devKvmOk', 'ok'));
    return { id: 'host', state: 'already', notes, commands: [] };
  }
  notes.push(note('host.moduleMissing', 'warn', { module }));
  return {
    id: 'host',
    state: 'todo',
    notes,
    commands: [cmd(['modprobe', module], 'why.modprobe', { module })],
  };
}
