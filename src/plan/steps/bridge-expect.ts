import type { Ipv4Settings, Uplink } from '../../facts/types.js';
import { ipv6Network } from '../../net/ipv6.js';
import type { CarriedState } from '../types.js';

/**
 * What of the uplink's working state the bridge must reproduce (see CarriedState for what "the same" means).
 * When the bridge's IPv4 settings differ from the uplink's (the form or answers changed them), its IPv4
 * addresses, routes and DNS are not expected to survive; IPv6 and the MTU still are.
 */
export function carriedState(uplink: Uplink, keepsIpv4: boolean): CarriedState | undefined {
  const state = uplink.state;
  if (!state) return undefined;
  const isV6 = (address: string) => address.includes(':');
  const kept = (address: string) => keepsIpv4 || isV6(address);
  const slaac = state.addresses.filter((a) => a.dynamic && isV6(a.cidr));
  const routes = state.routes
    // Every IPv6 interface has fe80::/64 from the kernel: it says nothing about the uplink's configuration.
    ?.filter((r) => (r.family === 6 ? !r.dst.startsWith('fe80:') : keepsIpv4))
    .map(({ family, dst, gateway, metric }) => ({ family, dst, metric, ...(gateway ? { gateway } : {}) }));
  return {
    ipv4: keepsIpv4,
    addresses: state.addresses.filter((a) => !slaac.includes(a) && kept(a.cidr)).map((a) => a.cidr),
    prefixes: unique(slaac.flatMap((a) => ipv6Network(a.cidr) ?? [])),
    // One prefix route per address on the same subnet (differing only in their source): one is enough.
    ...(routes
      ? { routes: uniqueBy(routes, (r) => `${r.family} ${r.dst} ${r.gateway ?? ''} ${r.metric}`) }
      : {}),
    ...(state.mtu ? { mtu: state.mtu } : {}),
    ...(state.dns ? { dns: unique(state.dns.filter(kept)) } : {}),
  };
}

/** The bridge gets exactly the uplink's IPv4 settings (the usual case: nothing was edited). */
export function sameIpv4(a: Ipv4Settings, b: Ipv4Settings): boolean {
  const same = (x: string[], y: string[]) => x.length === y.length && x.every((v, i) => v === y[i]);
  return (
    a.method === b.method && a.gateway === b.gateway && same(a.addresses, b.addresses) && same(a.dns, b.dns)
  );
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

function uniqueBy<T>(values: T[], key: (v: T) => string): T[] {
  const seen = new Set<string>();
  return values.filter((v) => !seen.has(key(v)) && Boolean(seen.add(key(v))));
}
