import type { BridgeStatus } from '../facts/bridge-status.js';
import type { Facts } from '../facts/types.js';
import { type MessageKey, t } from '../i18n/messages.js';
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
]);

/**
 * The last review before a bridge change (netplan try's "do you want to keep these settings", asked first):
 * which profile goes, which are made, the addresses, what is carried over and how it is undone. Built from
 * the same plan the step screen shows, so the review cannot say something else than what runs.
 */
export function bridgeReviewNotes(plan: StepPlan, facts: Facts): Note[] {
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
