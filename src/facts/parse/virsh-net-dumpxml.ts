// Parses `virsh net-dumpxml NET` with a few regexes (no XML dependency): name, bridge, forward mode and
// the first IPv4 <ip> element with its DHCP range. Attributes may use ' or " and come in any order.
import { lines } from './lines.js';

export interface VirshNetDetails {
  name: string;
  bridge: string;
  /** nat, route, open, bridge…; '' for an isolated network (no <forward>). */
  forward: string;
  ipAddress: string;
  netmask: string;
  prefix: number;
  dhcpStart: string;
  dhcpEnd: string;
}

function decode(value: string): string {
  return value
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The value of attribute `name` in the start tag `tag` (e.g. "<ip address='…' …>"). */
function attr(tag: string, name: string): string {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:'([^']*)'|"([^"]*)")`).exec(tag);
  return decode(match?.[1] ?? match?.[2] ?? '');
}

function firstTag(xml: string, element: string): string | undefined {
  return new RegExp(`<${element}\\b[^>]*>`).exec(xml)?.[0];
}

export function netmaskToPrefix(netmask: string): number {
  const octets = netmask.split('.').map(Number);
  if (octets.length !== 4 || octets.some((o) => !Number.isInteger(o) || o < 0 || o > 255)) return 0;
  const bits = octets.map((o) => o.toString(2).padStart(8, '0')).join('');
  if (!/^1*0*$/.test(bits)) return 0;
  return bits.replace(/0+$/, '').length;
}

function prefixToNetmask(prefix: number): string {
  const bits = '1'.repeat(prefix).padEnd(32, '0');
  return [0, 8, 16, 24].map((i) => Number.parseInt(bits.slice(i, i + 8), 2)).join('.');
}

export function parseVirshNetDumpxml(text: string): VirshNetDetails {
  const xml = lines(text).join('\n');
  const name = decode(/<name>([^<]*)<\/name>/.exec(xml)?.[1]?.trim() ?? '');
  const bridgeTag = firstTag(xml, 'bridge');
  const forwardTag = firstTag(xml, 'forward');
  // libvirt's default forward mode is nat when <forward> has no mode attribute.
  const forward = forwardTag === undefined ? '' : attr(forwardTag, 'mode') || 'nat';
  const ipBlocks = xml.match(/<ip\b[^>]*?(?:\/>|>[\s\S]*?<\/ip>)/g) ?? [];
  const ipv4 = ipBlocks.find((block) => {
    const family = attr(firstTag(block, 'ip') ?? '', 'family');
    return family === '' || family === 'ipv4';
  });
  const ipTag = ipv4 === undefined ? '' : (firstTag(ipv4, 'ip') ?? '');
  const prefixAttr = attr(ipTag, 'prefix');
  let netmask = attr(ipTag, 'netmask');
  let prefix = netmask === '' ? 0 : netmaskToPrefix(netmask);
  if (netmask === '' && /^\d+$/.test(prefixAttr)) {
    prefix = Number(prefixAttr);
    netmask = prefixToNetmask(prefix);
  }
  const rangeTag = ipv4 === undefined ? undefined : firstTag(ipv4, 'range');
  return {
    name,
    bridge: bridgeTag === undefined ? '' : attr(bridgeTag, 'name'),
    forward,
    ipAddress: attr(ipTag, 'address'),
    netmask,
    prefix,
    dhcpStart: rangeTag === undefined ? '' : attr(rangeTag, 'start'),
    dhcpEnd: rangeTag === undefined ? '' : attr(rangeTag, 'end'),
  };
}
