import type { Facts } from '../../facts/types.js';
import { parseCidr } from '../../net/ipv4.js';
import { type Command, cmd } from '../command.js';
import { note, type PlanContext, type StepPlan } from '../types.js';

/** libvirt's own definition of "default", and its subnet: what `virsh net-define` below installs. */
const SHIPPED_XML = '/usr/share/libvirt/networks/default.xml';
const SHIPPED_DEFAULT = '192.168.122.1/24';

/**
 * The host's own addresses against the default network's subnet. Common when the host is itself a VM on
 * another libvirt host (whose NAT is 192.168.122.0/24 too). The same network and prefix: libvirt refuses to
 * start ("Network is already in use by interface …"). Overlapping only: it starts, and its route then hides
 * that part of the LAN from the host.
 */
function subnetClash(facts: Facts, subnet: string) {
  const net = parseCidr(subnet);
  if (!net) return undefined;
  const hits = facts.ipv4Addresses.flatMap(({ iface, cidr }) => {
    const own = parseCidr(cidr);
    if (!own || !(net.contains(own.network) || own.contains(net.network))) return [];
    return [{ iface, address: cidr, same: own.network === net.network && own.prefix === net.prefix }];
  });
  const hit = hits.find((h) => h.same) ?? hits[0];
  return hit && { ...hit, subnet: `${net.network}/${net.prefix}` };
}

export function planNetwork({ facts }: PlanContext): StepPlan {
  const notes = [note('network.about', 'info')];
  const def = facts.libvirtNetworks?.find((n) => n.name === 'default');
  const d = facts.defaultNet;
  // Checked against what will really be started: the defined network's subnet, or the shipped file's when
  // the step defines it. Not when libvirt does not answer yet: EL's package then picks a free subnet itself.
  const defining = facts.libvirtNetworks !== undefined && !def;
  const subnet = d?.ipAddress ? `${d.ipAddress}/${d.prefix}` : defining ? SHIPPED_DEFAULT : undefined;
  const clash = !def?.active && subnet ? subnetClash(facts, subnet) : undefined;
  const params = clash && { subnet: clash.subnet, iface: clash.iface, address: clash.address };
  const fix = note(def ? 'network.subnetFix' : 'network.subnetFixUndefined', 'info', { xml: SHIPPED_XML });
  if (clash?.same) {
    notes.push(note('network.subnetClash', 'error', params), fix);
    return { id: 'network', state: 'blocked', notes, commands: [] };
  }
  if (clash) notes.push(note('network.subnetOverlap', 'warn', params), fix);
  const commands: Command[] = [];
  // The script's "already so" tests read the same lists the probe reads: defined, active, started at boot.
  const listed = (...flags: string[]) => ({
    argv: ['virsh', 'net-list', ...flags, '--name'],
    line: 'default',
  });
  if (facts.libvirtNetworks && !def) {
    commands.push({ ...cmd(['virsh', 'net-define', SHIPPED_XML], 'why.netDefine'), unless: listed('--all') });
  }
  if (!def?.active)
    commands.push({ ...cmd(['virsh', 'net-start', 'default'], 'why.netStart'), unless: listed() });
  if (!def?.autostart) {
    const autostart = cmd(['virsh', 'net-autostart', 'default'], 'why.netAutostart');
    commands.push({ ...autostart, unless: listed('--all', '--autostart') });
  }
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
