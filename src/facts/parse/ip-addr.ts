// Parses `ip -j addr show` (also `ip -d -j addr`): a JSON array of links with addr_info. `address` is a MAC
// only on Ethernet-like links (a sit tunnel shows an IPv4 there), so non-MAC values give mac ''.
// `ip -j addr show up` may print `{}` for filtered-out links: entries without ifname are skipped.
import { z } from 'zod';

const Links = z.array(
  z.object({
    ifname: z.string().optional(),
    address: z.string().optional(),
    operstate: z.string().optional(),
    master: z.string().optional(),
    mtu: z.number().optional(),
    addr_info: z
      .array(
        z.object({
          family: z.string().optional(),
          local: z.string().optional(),
          prefixlen: z.number().optional(),
          scope: z.string().optional(),
          dynamic: z.boolean().optional(),
          temporary: z.boolean().optional(),
          mngtmpaddr: z.boolean().optional(),
        }),
      )
      .optional(),
  }),
);

export interface IpLink {
  ifname: string;
  mac: string;
  /** CIDR, IPv4 and IPv6, in the kernel's order. */
  addresses: string[];
  state: string;
  master?: string;
  /** 0 when ip did not say. */
  mtu: number;
  /**
   * Scope-global addresses with whether the kernel may replace them: IPv6 from SLAAC or privacy extensions
   * (dynamic/temporary/mngtmpaddr). A DHCPv4 lease is "dynamic" as well.
   */
  global: Array<{ cidr: string; dynamic: boolean }>;
}

const MAC = /^[0-9a-f]{2}(?::[0-9a-f]{2}){5}$/i;

export function parseIpAddrJson(text: string): IpLink[] {
  let json: unknown;
  try {
    json = JSON.parse(text.trim() === '' ? '[]' : text);
  } catch {
    return [];
  }
  const parsed = Links.safeParse(json);
  if (!parsed.success) return [];
  const links: IpLink[] = [];
  for (const link of parsed.data) {
    if (link.ifname === undefined) continue;
    const entry: IpLink = {
      ifname: link.ifname,
      mac: link.address !== undefined && MAC.test(link.address) ? link.address.toLowerCase() : '',
      addresses: (link.addr_info ?? []).flatMap((a) =>
        a.local !== undefined && a.prefixlen !== undefined ? [`${a.local}/${a.prefixlen}`] : [],
      ),
      state: link.operstate ?? '',
      mtu: link.mtu ?? 0,
      global: (link.addr_info ?? []).flatMap((a) =>
        a.local !== undefined && a.prefixlen !== undefined && a.scope === 'global'
          ? [
              {
                cidr: `${a.local}/${a.prefixlen}`,
                dynamic: Boolean(a.dynamic || a.temporary || a.mngtmpaddr),
              },
            ]
          : [],
      ),
    };
    if (link.master !== undefined) entry.master = link.master;
    links.push(entry);
  }
  return links;
}
