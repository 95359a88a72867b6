/** Small IPv6 helpers: which prefix an address lies in (SLAAC addresses are compared by their prefix). */

/** The 128 bits of an IPv6 address as 8 groups, or undefined when it is not one ("::ffff:1.2.3.4" included). */
function groups(address: string): number[] | undefined {
  const text = address.toLowerCase();
  const dotted = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  let head = text;
  const tail: number[] = [];
  if (dotted?.[1] && dotted[2]) {
    const bytes = dotted[2].split('.').map(Number);
    if (bytes.some((b) => b > 255)) return undefined;
    const [a = 0, b = 0, c = 0, d = 0] = bytes;
    tail.push(a * 256 + b, c * 256 + d);
    head = dotted[1].endsWith('::') ? dotted[1] : dotted[1].slice(0, -1);
  }
  const parts = head.split('::');
  if (parts.length > 2) return undefined;
  const side = (s: string | undefined) => (s ? s.split(':') : []);
  const left = side(parts[0]);
  const right = side(parts[1]);
  if (![...left, ...right].every((g) => /^[0-9a-f]{1,4}$/.test(g))) return undefined;
  const known = left.length + right.length + tail.length;
  if (parts.length === 1 ? known !== 8 : known > 7) return undefined;
  const zeros = Array<number>(8 - known).fill(0);
  return [
    ...left.map((g) => Number.parseInt(g, 16)),
    ...zeros,
    ...right.map((g) => Number.parseInt(g, 16)),
    ...tail,
  ];
}

/** "2001:db8:1:0:a00:27ff:fe12:3456/64" → "2001:db8:1:0::/64" (not compressed further); undefined if not IPv6. */
export function ipv6Network(cidr: string): string | undefined {
  const [address = '', length = ''] = cidr.split('/');
  const bits = Number(length);
  const g = groups(address);
  if (!g || !/^\d{1,3}$/.test(length) || bits > 128) return undefined;
  const masked = g.map((v, i) => {
    const keep = Math.max(0, Math.min(16, bits - i * 16));
    return keep === 0 ? 0 : v & (0xffff << (16 - keep)) & 0xffff;
  });
  let last = 7;
  while (last >= 0 && masked[last] === 0) last--;
  const shown = masked.slice(0, Math.max(last + 1, 1)).map((v) => v.toString(16));
  return `${shown.join(':')}${last < 7 ? '::' : ''}/${bits}`;
}

/** Whether `cidr` (an address with its prefix length) lies in `network` ("2001:db8:1:0::/64"). */
export function inIpv6Network(cidr: string, network: string): boolean {
  const length = network.split('/')[1];
  const address = cidr.split('/')[0] ?? '';
  const own = ipv6Network(`${address}/${length}`);
  return own !== undefined && own === ipv6Network(network);
}
