import { profileList } from '../facts/parse/nmcli-profile.js';
import { hasControlChars, visible } from '../i18n/visible.js';
import { carryRule } from './bridge-carry-table.js';
import { type Note, note } from './types.js';

/** The uplink's settings sorted into the bridge's and the port's `nmcli connection add` arguments. */
export interface Carry {
  bridge: string[];
  port: string[];
  /** What is carried over, for the dry-run and the review screen. */
  notes: Note[];
}

/** Long values (a PAC script, a hostile one) are shortened on the screen; the command keeps them whole. */
function shown(value: string): string {
  const v = visible(value);
  return v.length > 80 ? `${v.slice(0, 77)}…` : v;
}

/** nmcli prints a few values with a " (default)" tail in some versions; the tail is not part of the value. */
function bare(value: string): string {
  return value.replace(/ \(default\)$/, '');
}

/**
 * Reads the uplink's whole profile (`settings` from `nmcli -t -f all connection show`) and decides each
 * setting: left alone (default value, or written by the wizard), copied to the bridge and/or the port, or
 * the first one that cannot be carried over, as the note that blocks the step. `uuid` goes into the hint.
 */
export function carryOver(
  settings: Record<string, string>,
  uuid: string,
  duplicates: string[] = [],
): Carry | Note {
  if (duplicates.length) {
    return note('bridge.carry.unreadable', 'error', { setting: duplicates.map(visible).join(', ') });
  }
  const carry: Carry = { bridge: [], port: [], notes: [] };
  const copied: Array<[string, string]> = [];
  for (const [key, raw] of Object.entries(settings)) {
    const value = bare(raw);
    const rule = carryRule(key);
    if (rule.kind === 'wizard') continue;
    if (rule.defaults.includes(value)) continue;
    const params = { setting: key, value: shown(value), uuid };
    // A line break or an escape sequence: nmcli would store it, but no screen or script can show it honestly.
    if (hasControlChars(value)) return note('bridge.carry.hostile', 'error', params);
    if (rule.kind === 'block') return note(`bridge.carry.block.${rule.reason}`, 'error', params);
    if (rule.blockValues?.includes(value)) return note('bridge.carry.block.perInterface', 'error', params);
    if (rule.to !== 'port') carry.bridge.push(key, value);
    if (rule.to !== 'bridge') carry.port.push(key, value);
    copied.push([key, value]);
  }
  carry.notes = carryNotes(copied);
  return carry;
}

/** "10.9.9.0/24 192.168.1.2 100 table=100" (nmcli's route syntax) → "10.9.9.0/24 via 192.168.1.2 metric 100 table=100". */
export function routeText(route: string): string {
  const [dest = '', ...rest] = route.trim().split(/\s+/);
  const words = [dest];
  for (const [i, w] of rest.entries()) {
    if (w.includes('=')) words.push(w);
    else if (i === 0 && /[.:]/.test(w)) words.push('via', w);
    else words.push('metric', w);
  }
  return words.join(' ');
}

function carryNotes(copied: Array<[string, string]>): Note[] {
  const notes: Note[] = [];
  const take = (...keys: string[]) => {
    const found = copied.filter(([k]) => keys.includes(k));
    for (const f of found) copied.splice(copied.indexOf(f), 1);
    return found.map(([, v]) => v);
  };
  const routes = take('ipv4.routes', 'ipv6.routes').flatMap(profileList);
  // Every route in full, however many: a route left out of the list is the one the user worries about.
  if (routes.length) {
    const text = routes.map((r) => shown(routeText(r))).join(', ');
    notes.push(note('bridge.carry.routes', 'info', { routes: text }));
  }
  const [mtu] = take('802-3-ethernet.mtu');
  if (mtu) notes.push(note('bridge.carry.mtu', 'info', { mtu: shown(mtu) }));
  const search = take('ipv4.dns-search', 'ipv6.dns-search').flatMap(profileList);
  if (search.length) {
    notes.push(note('bridge.carry.dnsSearch', 'info', { domains: search.map(shown).join(', ') }));
  }
  const [zone] = take('connection.zone');
  if (zone) notes.push(note('bridge.carry.zone', 'info', { zone: shown(zone) }));
  if (copied.length) {
    const settings = copied.map(([k, v]) => `${k} ${shown(v)}`).join('; ');
    notes.push(note('bridge.carry.other', 'info', { settings }));
  }
  return notes;
}

/**
 * NetworkManager gives a profile without `ipv4.route-metric` the device type's metric: 100 for Ethernet,
 * 425 for a bridge (measured in the lab: DHCP routes went from metric 100 on enp0s3 to 425 on br0). Another
 * card's default route could then win, so the bridge keeps the metric the uplink's default route has now.
 */
export function keepRouteMetric(
  carry: Carry,
  settings: Record<string, string>,
  metric: number | undefined,
): Carry {
  const own = bare(settings['ipv4.route-metric'] ?? '-1');
  if (metric === undefined || own !== '-1' || carry.bridge.includes('ipv4.route-metric')) return carry;
  return {
    ...carry,
    bridge: [...carry.bridge, 'ipv4.route-metric', String(metric)],
    notes: [...carry.notes, note('bridge.carry.metric', 'info', { metric: String(metric) })],
  };
}

/**
 * The same for IPv6: NetworkManager's device-type default is a metric for both families (Ethernet 100, bridge
 * 425), so an IPv6 route of the card would come back on br0 with another metric, and verification (which
 * compares metrics) would roll the change back. `metric` is that of the card's IPv6 routes now.
 */
export function keepRoute6Metric(
  carry: Carry,
  settings: Record<string, string>,
  metric: number | undefined,
): Carry {
  const own = bare(settings['ipv6.route-metric'] ?? '-1');
  const method = bare(settings['ipv6.method'] ?? 'ignore');
  if (metric === undefined || own !== '-1' || method === 'ignore' || method === 'disabled') return carry;
  if (carry.bridge.includes('ipv6.route-metric')) return carry;
  return {
    ...carry,
    bridge: [...carry.bridge, 'ipv6.route-metric', String(metric)],
    notes: [...carry.notes, note('bridge.carry.metric6', 'info', { metric: String(metric) })],
  };
}
