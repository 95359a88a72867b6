import { type Command, cmd } from '../command.js';
import { note, type PlanContext, type StepPlan } from '../types.js';

/** Step 5: libvirt's "default" NAT network (virbr0): defined, started and started at boot. */
export function planNetwork({ facts }: PlanContext): StepPlan {
  const notes = [note('network.about', 'info')];
  const def = facts.libvirtNetworks?.find((n) => n.name === 'default');
  const commands: Command[] = [];
  if (facts.libvirtNetworks && !def) {
    commands.push(cmd(['virsh', 'net-define', '/usr/share/libvirt/networks/default.xml'], 'why.netDefine'));
  }
  if (!def?.active) commands.push(cmd(['virsh', 'net-start', 'default'], 'why.netStart'));
  if (!def?.autostart) commands.push(cmd(['virsh', 'net-autostart', 'default'], 'why.netAutostart'));
  if (def) notes.push(note(def.active ? 'network.active' : 'network.inactive', def.active ? 'ok' : 'warn'));
  const d = facts.defaultNet;
  if (d?.ipAddress) {
    notes.push(
      note('network.details', 'info', {
        bridge: d.bridge,
        address: d.ipAddress,
        prefix: d.prefix,
        start: d.dhcpStart,
        end: d.dhcpEnd,
      }),
    );
  } else if (!facts.libvirtNetworks) notes.push(note('network.unknown', 'warn'));
  return { id: 'network', state: commands.length ? 'todo' : 'already', notes, commands };
}
