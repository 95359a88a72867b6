// Parses `ip -j route show table main` and `ip -j -6 route show table main`: a JSON array of
// {dst, gateway?, dev, protocol, scope?, prefsrc?, metric?, flags, pref?, expires?…}. Keeps unicast routes of
// the main table that name a device (multipath and blackhole routes have none). IPv4 routes of metric 0 carry
// no "metric" key; IPv6 always has one. Seen on iproute2 6.1 (test/fixtures/lab-nm142).
import { z } from 'zod';

const Routes = z.array(
  z.object({
    dst: z.string().optional(),
    gateway: z.string().optional(),
    dev: z.string().optional(),
    metric: z.number().optional(),
    protocol: z.string().optional(),
    table: z.string().optional(),
    type: z.string().optional(),
  }),
);

export interface IpRoute {
  family: 4 | 6;
  /** "default" or a prefix (CIDR; a host route may come without "/32"). */
  dst: string;
  /** Next hop; absent for a route straight onto the link (a prefix route). */
  gateway?: string;
  dev: string;
  metric: number;
  /** kernel, static, dhcp, ra, boot…: who made it. Not part of a route's identity (see sameRoute). */
  protocol: string;
}

const DEFAULT_DST = new Set(['default', '0.0.0.0/0', '::/0']);

export function parseIpRoutes(text: string, family: 4 | 6): IpRoute[] {
  let json: unknown;
  try {
    json = JSON.parse(text.trim() === '' ? '[]' : text);
  } catch {
    return [];
  }
  const parsed = Routes.safeParse(json);
  if (!parsed.success) return [];
  return parsed.data.flatMap((r) => {
    if (r.dst === undefined || r.dev === undefined) return [];
    if (r.table !== undefined && r.table !== 'main') return [];
    if (r.type !== undefined && r.type !== 'unicast') return [];
    const route: IpRoute = {
      family,
      dst: DEFAULT_DST.has(r.dst) ? 'default' : r.dst,
      dev: r.dev,
      metric: r.metric ?? 0,
      protocol: r.protocol ?? '',
    };
    if (r.gateway !== undefined) route.gateway = r.gateway;
    return [route];
  });
}

/** "10.9.9.0/24 via 192.168.1.2 metric 100": how a route is named in checks and messages, as `ip route` says it. */
export function routeText(r: Pick<IpRoute, 'dst' | 'gateway' | 'metric'>): string {
  return `${r.dst}${r.gateway ? ` via ${r.gateway}` : ''} metric ${r.metric}`;
}
