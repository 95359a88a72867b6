import type { Facts, OsRelease } from '../../facts/types.js';
import { cmd } from '../command.js';
import { type Note, note, type PlanContext, type StepPlan } from '../types.js';

/** CentOS releases whose mirrors are gone (moved to vault.centos.org): dnf fails there until repointed. */
const CENTOS_8_END = { 'CentOS Linux': '2021-12-31', 'CentOS Stream': '2024-05-31' } as const;

function endOfLife(os: OsRelease): { name: string; date: string } | undefined {
  if (os.id !== 'centos' || os.versionId.split('.')[0] !== '8') return undefined;
  const date = CENTOS_8_END[os.name as keyof typeof CENTOS_8_END];
  return date ? { name: os.prettyName || os.name, date } : undefined;
}

/**
 * Over SSH outside tmux/screen: the session may drop (say what protects it), and which address it uses —
 * on the interface the bridge step takes over or not.
 */
function sshNotes(facts: Facts): Note[] {
  const ssh = facts.ssh;
  if (ssh?.multiplexer !== 'none') return [];
  const notes = [note('host.sshNoMultiplexer', 'warn')];
  const address = ssh.localAddress;
  const up = facts.uplink;
  // An uplink that already is a bridge is not taken over again.
  if (!up || up.connection?.type === 'bridge')
    return [...notes, note('host.sshAddress', 'info', { address })];
  const same = (cidr: string) => (cidr.split('/')[0] ?? '').toLowerCase() === address.toLowerCase();
  const on = up.liveAddresses.some(same);
  return [
    ...notes,
    note(on ? 'host.sshOnUplink' : 'host.sshNotOnUplink', on ? 'warn' : 'info', {
      address,
      iface: up.interface,
    }),
  ];
}

/** Step 1: can this CPU run KVM at all? Reads facts only; loads the kvm module when it is missing. */
export function planHost({ facts, answers }: PlanContext): StepPlan {
  const { cpu } = facts;
  const notes = [note('host.os', 'info', { name: facts.os.prettyName || facts.os.id })];
  // A --target plan cannot see the CPU: say what the real run checks instead of ticking made-up facts.
  if (facts.standIn)
    return { id: 'host', state: 'check', notes: [...notes, note('host.standIn', 'info')], commands: [] };
  const eol = endOfLife(facts.os);
  if (eol) notes.push(note('host.endOfLife', 'warn', eol));
  if (!facts.isRoot) notes.push(note('host.notRoot', 'warn'));
  notes.push(...sshNotes(facts));
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
