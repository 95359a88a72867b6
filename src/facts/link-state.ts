import type { Host } from '../host/host.js';
import type { IpLink } from './parse/ip-addr.js';
import { type IpRoute, parseIpRoutes } from './parse/ip-routes.js';
import { parseNmcliFields } from './parse/nmcli-fields.js';

/**
 * What keeps a host reachable through one interface, as the kernel and NetworkManager have it now: probed on
 * the uplink before the bridge is made (facts) and on the bridge after it (the applier's verification), so
 * the two can be compared. A part that could not be read is undefined and is not compared.
 */
export interface LinkState {
  /** Scope-global addresses; `dynamic` IPv6 ones (SLAAC, temporary) follow the interface, not the profile. */
  addresses: Array<{ cidr: string; dynamic: boolean }>;
  /** Main-table routes through the interface, IPv4 and IPv6. */
  routes?: IpRoute[];
  mtu?: number;
  /** DNS servers NetworkManager uses on the interface (IP4.DNS then IP6.DNS: DHCP's and the profile's). */
  dns?: string[];
}

export const LINK_STATE_COMMANDS = {
  routes4: ['ip', '-j', 'route', 'show', 'table', 'main'],
  routes6: ['ip', '-j', '-6', 'route', 'show', 'table', 'main'],
  dns: (iface: string) => ['nmcli', '-t', '-f', 'IP4.DNS,IP6.DNS', 'device', 'show', iface],
} as const;

/** `link` is the interface's entry from `ip -j addr show`, read by the caller (it needs the list anyway). */
export async function probeLinkState(host: Host, link: IpLink): Promise<LinkState> {
  const [r4, r6, dns] = await Promise.all([
    host.run(LINK_STATE_COMMANDS.routes4),
    host.run(LINK_STATE_COMMANDS.routes6),
    host.run(LINK_STATE_COMMANDS.dns(link.ifname)),
  ]);
  const fields = dns.exitCode === 0 ? parseNmcliFields(dns.stdout) : undefined;
  return {
    addresses: link.global,
    // A kernel without IPv6 fails `ip -6 route`: that host simply has no IPv6 routes.
    ...(r4.exitCode === 0
      ? {
          routes: [
            ...parseIpRoutes(r4.stdout, 4),
            ...(r6.exitCode === 0 ? parseIpRoutes(r6.stdout, 6) : []),
          ].filter((r) => r.dev === link.ifname),
        }
      : {}),
    ...(link.mtu ? { mtu: link.mtu } : {}),
    ...(fields ? { dns: [...(fields['IP4.DNS'] ?? []), ...(fields['IP6.DNS'] ?? [])] } : {}),
  };
}
