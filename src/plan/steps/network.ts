import type { Facts } from '../../facts/types.js';
import { type Command, cmd } from '../command.js';
import { parseCidr } from '../ipv4.js';
import { note, type PlanContext, type StepPlan } from '../types.js';

/** libvirt's own definition of "default", and its subnet: what `virsh net-define` below installs. */
const SHIPPED_XML = '/usr/share/libvirt/networks/default.xml';
const SHIPPED_DEFAULT = '192.168.122.1/24';

/**
 * The host's own address inside the default network's subnet, if any. Common when the host is itself a VM
 * on another libvirt host (whose NAT is 192.168.122.0/24 too): `virsh net-start default` then fails with
 * "Network is already in use by interface …".
 */
function subnetClash(
  facts: Facts,
  subnet: string,
): { subnet: string; iface: string; address: string } | undefined {
  const net = parseCidr(subnet);
  const up = facts.uplink;
  if (!net || !up) return undefined;
  const address = up.liveAddresses.find((a) => {
    const own = parseCidr(a);
    return own !== undefined && (net.contains(own.network) || own.contains(net.network));
  });
  return address ? { subnet: `${net.network}/${net.prefix}`, iface: up.interface, address } : undefined;
}

/** Step 5: libvirt's "default" NAT network (virbr0): defined, started and started at boot. */
export function planNetwork({ facts }: PlanContext): StepPlan {
  const notes = [note('network.about', 'info')];
  const def = facts.libvirtNetworks?.find((n) => n.name === 'default');
  const d = facts.defaultNet;
  const subnet = d?.ipAddress ? `${d.ipAddress}/${d.prefix}` : def ? undefined : SHIPPED_DEFAULT;
  const clash = !def?.active && subnet ? subnetClash(facts, subnet) : undefined;
  if (clash) {
    notes.push(
      note('network.subnetClash', 'error', clash),
      note(def ? 'network.subnetFix' : 'network.subnetFixUndefined', 'info', { xml: SHIPPED_XML }),
    );
    return { id: 'network', state: 'blocked', notes, commands: [] };
  }
  const commands: Command[] = [];
  if (facts.libvirtNetworks && !def) {
    commands.push(cmd(['virsh', 'net-define', SHIPPED_XML], 'why.netDefine'));
  }
  if (!def?.active) commands.push(cmd(['virsh', 'net-start', 'default'], 'why.netStart'));
  if (!def?.autostart) commands.push(cmd(['virsh', 'net-autostart', 'default'], 'why.netAutostart'));
  if (def) notes.push(note(def.active ? 'network.active' : 'network.inactive', def.active ? 'ok' : 'warn'));
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
