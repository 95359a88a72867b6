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
    addr_info: z
      .array(
        z.object({
          family: z.string().optional(),
          local: z.string().optional(),
          prefixlen: z.number().optional(),
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
    };
    if (link.master !== undefined) entry.master = link.master;
    links.push(entry);
  }
  return links;
}
