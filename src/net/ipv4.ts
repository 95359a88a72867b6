/** Small IPv4 helpers for validating the bridge form (no dependency needed for this much). */

export function isValidIpv4(s: string): boolean {
  const parts = s.split('.');
  return parts.length === 4 && parts.every((p) => /^(0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255);
}

function toInt(s: string): number {
  return s.split('.').reduce((n, p) => n * 256 + Number(p), 0);
}

function fromInt(n: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256).join('.');
}

/**
 * Why a host cannot take this address on a LAN, or undefined when it can: 0.0.0.0/8 ("this network"),
 * 127.0.0.0/8 (loopback), 224.0.0.0/4 (multicast) and 240.0.0.0/4 (reserved, with the limited broadcast),
 * RFC 1122 3.2.1.3 and RFC 5735. NetworkManager takes 127.0.0.2/8 on a bridge, and the host is then unreachable.
 */
export function notUnicast(ip: string): 'thisNetwork' | 'loopback' | 'multicast' | 'reserved' | undefined {
  const first = Number(ip.split('.')[0]);
  if (first === 0) return 'thisNetwork';
  if (first === 127) return 'loopback';
  if (first >= 224 && first <= 239) return 'multicast';
  if (first >= 240) return 'reserved';
  return undefined;
}

export interface Cidr {
  address: string;
  prefix: number;
  network: string;
  /** The last address of the subnet; with the network address, not one a host can take (prefix ≤ 30). */
  broadcast: string;
  contains(ip: string): boolean;
}

export function parseCidr(s: string): Cidr | undefined {
  const m = /^([\d.]+)\/(\d{1,2})$/.exec(s);
  if (!m?.[1] || !m[2] || !isValidIpv4(m[1])) return undefined;
  const prefix = Number(m[2]);
  if (prefix < 1 || prefix > 32) return undefined;
  const size = 2 ** (32 - prefix);
  const base = Math.floor(toInt(m[1]) / size) * size;
  return {
    address: m[1],
    prefix,
    network: fromInt(base),
    broadcast: fromInt(base + size - 1),
    contains: (ip) => isValidIpv4(ip) && Math.floor(toInt(ip) / size) * size === base,
  };
}
