import type { Answers } from '../answers/schema.js';
import type { BridgeStatus } from '../facts/bridge-status.js';
import type { Facts, Ipv4Settings } from '../facts/types.js';
import { type MessageKey, t } from '../i18n/messages.js';
import { bridgeSettings } from '../plan/steps/bridge.js';
import { type Note, note, type StepPlan } from '../plan/types.js';

/** The plan's notes about the address the bridge takes (bridge.ts addressNote, ipv6Notes). */
const ADDRESS_NOTES: ReadonlySet<MessageKey> = new Set([
  'bridge.static',
  'bridge.newAddress',
  'bridge.dhcp',
  'bridge.toDhcp',
  'bridge.carry.ipv6',
  'bridge.carry.slaac',
]);

/** The plan's warning about the SSH session (it freezes, or drops when the address moves). */
const SESSION_NOTES: ReadonlySet<MessageKey> = new Set([
  'bridge.sshWarning',
  'bridge.reconnect',
  'bridge.reconnectDhcp',
  'bridge.reconnectFind',
  'bridge.reconnectTimeout',
]);

/**
 * The last review before a bridge change (netplan try's "do you want to keep these settings", asked first):
 * which profile goes, which are made, what changes (old → new), the addresses, what is carried over and how
 * it is undone. Built from the same plan and settings the step screen shows, so the review cannot say
 * something else than what runs.
 */
export function bridgeReviewNotes(plan: StepPlan, facts: Facts, answers?: Answers): Note[] {
  const expect = plan.guard?.expect;
  const con = facts.uplink?.connection;
  if (!expect) return [];
  const address = plan.notes.filter((n) => ADDRESS_NOTES.has(n.key));
  const carried = plan.notes.filter((n) => n.key.startsWith('bridge.carry.') && !ADDRESS_NOTES.has(n.key));
  const session = plan.notes.filter((n) => SESSION_NOTES.has(n.key));
  return [
    ...(con
      ? [note('bridge.review.remove', 'warn', { profile: con.name, uuid: con.uuid, iface: expect.port })]
      : []),
    note('bridge.review.create', 'info', {
      bridge: expect.bridge,
      port: expect.portProfile ?? '-',
      iface: expect.port,
    }),
    ...(answers ? ipv4Changes(facts, bridgeSettings(facts, answers.bridge).ipv4) : []),
    ...address,
    ...carried,
    ...(con ? [note('bridge.review.carryAll', 'info', { profile: con.name })] : []),
    note('bridge.review.guard', 'info', { seconds: plan.guard?.rollbackTimeout ?? 0 }),
    ...session,
  ];
}

/**
 * What the bridge step is doing while it runs, in words: its "command" is a D-Bus call and then a checkpoint's
 * object path (/org/freedesktop/NetworkManager/Checkpoint/1), which tell a beginner nothing.
 */
export function bridgeRunningWords(status: BridgeStatus | undefined): string {
  return t(status?.phase === 'applying' ? 'bridge.running.applying' : 'bridge.running.checkpoint');
}

/**
 * The uplink's IPv4 now against the bridge's, one `old → new` line for each of method, address, gateway and
 * DNS that differs. "Now" is what works on the card: for DHCP, the address, gateway and DNS it was given.
 */
export function ipv4Changes(facts: Facts, wanted: Ipv4Settings): Note[] {
  const uplink = facts.uplink;
  const current = uplink?.connection?.ipv4;
  if (!uplink || !current) return [];
  const list = (items: readonly string[]) => items.join(', ') || t('bridge.review.none');
  const method = (m: string) =>
    m === 'auto' ? t('bridge.method.auto') : m === 'manual' ? t('bridge.method.manual') : m;
  const dhcp = t('bridge.review.fromDhcp');
  const old = {
    method: method(current.method),
    address: list(
      current.method === 'manual' ? current.addresses : uplink.liveAddresses.filter((a) => a.includes('.')),
    ),
    gateway: current.gateway || uplink.gateway || t('bridge.review.none'),
    dns: list(current.dns.length ? current.dns : (uplink.state?.dns ?? [])),
  };
  const manual = wanted.method === 'manual';
  const next = {
    method: method(wanted.method),
    address: manual ? list(wanted.addresses) : dhcp,
    gateway: manual ? wanted.gateway || t('bridge.review.none') : dhcp,
    dns: manual ? list(wanted.dns) : dhcp,
  };
  // DHCP kept: the server decides the rest, as it does now.
  if (current.method === 'auto' && !manual) return [];
  const lines: Array<[keyof typeof old, MessageKey]> = [
    ['method', 'bridge.review.changeMethod'],
    ['address', 'bridge.review.changeAddress'],
    ['gateway', 'bridge.review.changeGateway'],
    ['dns', 'bridge.review.changeDns'],
  ];
  return lines
    .filter(([k]) => old[k] !== next[k])
    .map(([k, key]) => note(key, 'warn', { old: old[k], new: next[k] }));
}
