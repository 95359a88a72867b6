import { factsDocument } from '../facts/schema.js';
import type { Facts } from '../facts/types.js';
import { visible } from '../i18n/visible.js';

/**
 * `kvm-wizard facts [--json]`: what the probes saw, for bug reports and for scripts. The JSON is a versioned
 * document that `--facts FILE` reads back, so a bug report replays as a plan (and as a test in test/cases/).
 */
export function printFacts(facts: Facts, json: boolean, write: (s: string) => void): void {
  if (json) {
    write(JSON.stringify(factsDocument(facts), null, 2));
    return;
  }
  const up = facts.uplink;
  const rows: Array<[string, string]> = [
    ['system', `${facts.os.prettyName} (ID=${facts.os.id}, VERSION_ID=${facts.os.versionId})`],
    ['cpu', `${facts.cpu.model || facts.cpu.vendor} ×${facts.cpu.count}, flag ${facts.cpu.flag ?? 'none'}`],
    ['/dev/kvm', facts.devKvm ? 'present' : 'missing'],
    ['kvm modules', facts.kvmModules.join(' ') || 'none'],
    ['root', facts.isRoot ? 'yes' : 'no'],
    [
      'packages',
      Object.entries(facts.packages)
        .map(([p, ok]) => `${p}${ok ? '' : ' (missing)'}`)
        .join(', '),
    ],
    [
      'units',
      Object.entries(facts.units)
        .map(([u, s]) => `${u}=${s.enabled}/${s.active}`)
        .join(', '),
    ],
    [
      'libvirt networks',
      facts.libvirtNetworks
        ?.map((n) => `${n.name} ${n.active ? 'active' : 'inactive'}${n.autostart ? ' autostart' : ''}`)
        .join(', ') ?? 'unknown (libvirt not answering)',
    ],
    ['NetworkManager', facts.nm.running ? `running ${facts.nm.version}` : 'not running'],
    [
      'NM connections',
      facts.nm.connections.map((c) => `${c.name} [${c.type}${c.device ? ` on ${c.device}` : ''}]`).join(', '),
    ],
    ['uplink', up ? `${up.interface} ${up.mac} ${up.liveAddresses.join(' ')}` : 'no default route'],
    [
      'uplink profile',
      up?.connection
        ? `"${up.connection.name}" ${up.connection.uuid} ipv4 ${up.connection.ipv4.method} ${up.connection.ipv4.addresses.join(',')} gw ${up.connection.ipv4.gateway || '-'} dns ${up.connection.ipv4.dns.join(',') || '-'}`
        : 'none',
    ],
    ['IPv4 addresses', facts.ipv4Addresses.map((a) => `${a.cidr} on ${a.iface}`).join(', ') || 'none'],
    ['firewall', `${facts.firewall.kind}${facts.firewall.cockpitAllowed ? '' : ' (cockpit not allowed)'}`],
    [
      'cockpit login',
      `root ${facts.cockpitLogin.rootRefused ? 'refused' : 'not refused'}; ${facts.cockpitLogin.adminGroup}: ${facts.cockpitLogin.admins.join(', ') || 'nobody'}`,
    ],
    ['SELinux', facts.selinuxEnabled ? 'on' : 'off'],
    [
      'ISO images',
      facts.isos.map((i) => `${i.path}${i.volumeId ? ` [${i.volumeId}]` : ' (not ISO9660)'}`).join(', ') ||
        'none',
    ],
  ];
  // Names, paths and versions come from the host: written out, never sent raw to the terminal.
  for (const [k, v] of rows) write(`${k.padEnd(17)} ${visible(v)}`);
}
