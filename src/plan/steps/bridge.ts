import type { BridgeAnswers } from '../../answers/schema.js';
import { type BridgeStatus, reasonText } from '../../facts/bridge-status.js';
import type { Facts, Ipv4Settings, Ipv6Settings, Uplink } from '../../facts/types.js';
import { visible } from '../../i18n/visible.js';
import { type Carry, carryOver, keepRoute6Metric, keepRouteMetric } from '../bridge-carry.js';
import { checkpointCommit, checkpointCreate, staleParams } from '../checkpoint.js';
import { comeBackWords } from '../come-back.js';
import { type Command, cmd } from '../command.js';
import { type Note, note, type PlanContext, type Reconnect, type StepPlan } from '../types.js';
import { carriedState, sameIpv4 } from './bridge-expect.js';

/**
 * Step 7: put the uplink NIC into a bridge so VMs sit on the LAN. The commands run inside a
 * NetworkManager checkpoint (see run/bridge/apply.ts), so a mistake rolls back instead of locking the user out.
 */
export function planBridge({ facts, answers }: PlanContext): StepPlan {
  const settings = bridgeSettings(facts, answers.bridge);
  const last = facts.lastBridgeApply
    ? lastBridgeNote(facts.lastBridgeApply.status, facts.probedAt)
    : undefined;
  const history = last ? [last] : [];
  const blocked = (n: Note): StepPlan => ({
    id: 'bridge',
    state: 'blocked',
    notes: [...history, n],
    commands: [],
  });
  const { uplink } = facts;
  if (facts.standIn) return blocked(note('bridge.standIn', 'info'));
  if (!facts.nm.running) return blocked(note('bridge.nmDown', 'error'));
  if (isBridgeDone(facts, settings.name)) {
    return {
      id: 'bridge',
      state: 'already',
      notes: [...history, note('bridge.exists', 'ok', { name: settings.name })],
      commands: [],
    };
  }
  if (!uplink) return blocked(note('bridge.noUplink', 'error'));
  const wanted = answers.bridge?.interface;
  if (wanted && wanted !== uplink.interface) {
    return blocked(note('bridge.interfaceMismatch', 'error', { wanted, iface: uplink.interface }));
  }
  const con = uplink.connection;
  if (!con) return blocked(note('bridge.unmanaged', 'error', { iface: uplink.interface }));
  if (con.controller)
    return blocked(
      note('bridge.alreadyPort', 'error', { iface: uplink.interface, controller: con.controller }),
    );
  // The host already sits on a bridge (made earlier, under another name than the form's).
  if (con.type === 'bridge')
    return blocked(note('bridge.uplinkIsBridge', 'warn', { iface: uplink.interface }));
  if (con.type !== 'ethernet')
    return blocked(note('bridge.notEthernet', 'error', { iface: uplink.interface, type: con.type }));
  const clash =
    facts.nm.connections.find((c) => c.name === settings.name) ??
    facts.nm.devices.find((d) => d.device === settings.name);
  if (clash) return blocked(note('bridge.nameTaken', 'error', { name: settings.name }));

  const forever = facts.nm.neverExpiring?.[0];
  if (forever) return blocked(note('bridge.staleCheckpointForever', 'error', staleParams(forever)));
  if (facts.nm.checkpoints.length)
    return blocked(note('bridge.staleCheckpoint', 'error', { path: facts.nm.checkpoints.join(', ') }));
  if (con.profileError !== undefined)
    return blocked(
      note('bridge.carry.unreadableProbe', 'error', { uuid: con.uuid, output: visible(con.profileError) }),
    );
  // Every setting of the old profile is copied to the bridge or the port, or the step stops here, naming it.
  const decided = carryOver(con.profile ?? {}, con.uuid, con.profileDuplicates);
  if (!('bridge' in decided)) return blocked(decided);
  // Routes of the card come back on the bridge with its metrics, or another card's could win.
  const metric6 = uplink.state?.routes?.find((r) => r.family === 6 && !isLinkLocal6(r.dst))?.metric;
  const carry = con.profile
    ? keepRoute6Metric(keepRouteMetric(decided, con.profile, uplink.defaultRouteMetric), con.profile, metric6)
    : decided;

  const moves = addressChanges(con.ipv4, settings.ipv4);
  const current = uplink.liveAddresses.find((a) => a.includes('.'));
  // A static host moving to DHCP gets whatever the server hands out: any address counts, not the old one.
  const address =
    settings.ipv4.method === 'manual' ? settings.ipv4.addresses[0] : moves ? undefined : current;
  const reconnect = moves ? reconnectTo(current, settings.ipv4, uplink.mac) : undefined;
  // Longer when the user must open a new session to the new address to confirm.
  const timeout = reconnect ? (settings.reconnectTimeout ?? RECONNECT_TIMEOUT) : settings.rollbackTimeout;
  // DHCP profiles have no gateway of their own: the one the default route uses now must answer afterwards.
  const gateway = settings.ipv4.gateway || con.ipv4.gateway || uplink.gateway;
  // What the uplink has working now, which the bridge must have too (run/bridge/verify.ts checks it).
  const carried = carriedState(uplink, sameIpv4(con.ipv4, settings.ipv4));
  return {
    id: 'bridge',
    state: 'todo',
    // For the exported script: a profile of that name exists (an earlier run made it, or the name is taken).
    unless: { argv: ['nmcli', 'connection', 'show', 'id', settings.name] },
    guard: {
      create: checkpointCreate(timeout),
      commit: checkpointCommit(),
      rollbackTimeout: timeout,
      expect: {
        bridge: settings.name,
        port: uplink.interface,
        ...(address ? { address } : {}),
        ...(gateway ? { gateway } : {}),
        ...(carried ? { carried } : {}),
        profile: con.uuid,
        portProfile: portProfileName(settings.name, uplink.interface),
      },
      ...(reconnect ? { reconnect } : {}),
    },
    notes: [
      ...history,
      note('bridge.uplink', 'info', { iface: uplink.interface, profile: con.name, uuid: con.uuid }),
      addressNote(con.ipv4, settings.ipv4),
      ...ipv6Notes(con.ipv6, con.profile),
      ...carry.notes,
      ...(reconnect
        ? [
            ...reconnectNotes(reconnect, timeout, comeBackWords(facts.invocation)),
            // The form's "roll back after" is for a change this session survives; say why another time applies.
            ...(timeout !== settings.rollbackTimeout
              ? [
                  note('bridge.reconnectTimeout', 'info', {
                    seconds: String(timeout),
                    rollback: String(settings.rollbackTimeout),
                  }),
                ]
              : []),
          ]
        : [note('bridge.sshWarning', 'warn', { seconds: String(settings.rollbackTimeout) })]),
    ],
    commands: bridgeCommands(uplink, settings, facts.nm.version, carry),
  };
}

/** The host's address moves: DHCP where it was static, or another static address. */
function addressChanges(current: Ipv4Settings, wanted: Ipv4Settings): boolean {
  if (wanted.method !== current.method) return true;
  return wanted.method === 'manual' && wanted.addresses[0] !== current.addresses[0];
}

function reconnectTo(current: string | undefined, wanted: Ipv4Settings, mac: string): Reconnect {
  const bare = (cidr: string | undefined) => cidr?.split('/')[0] ?? '';
  const to = wanted.method === 'manual' ? bare(wanted.addresses[0]) : '';
  return { from: bare(current), ...(to ? { to } : {}), ...(mac ? { mac } : {}) };
}

/** The exact next commands of the reconnect flow; for DHCP, how to learn the address first. */
function reconnectNotes(r: Reconnect, seconds: number, words: ReturnType<typeof comeBackWords>): Note[] {
  const params = { seconds: String(seconds), from: r.from || '-', ...words };
  if (r.to) return [note('bridge.reconnect', 'warn', { ...params, address: r.to })];
  return [
    note('bridge.reconnectDhcp', 'warn', params),
    note('bridge.reconnectFind', 'info', { mac: r.mac || '-' }),
  ];
}

/** What the bridge's IPv4 will be, said against what the card has now. */
function addressNote(current: Ipv4Settings, wanted: Ipv4Settings): Note {
  const params = {
    address: wanted.addresses.join(', '),
    gateway: wanted.gateway || '-',
    current: current.addresses.join(', ') || '-',
  };
  if (wanted.method === 'auto') {
    return current.method === 'auto'
      ? note('bridge.dhcp', 'info', params)
      : note('bridge.toDhcp', 'warn', params);
  }
  return addressChanges(current, wanted)
    ? note('bridge.newAddress', 'warn', params)
    : note('bridge.static', 'info', params);
}

export interface BridgeSettings {
  name: string;
  /** The card the answers name (only the uplink can be bridged; the form offers the others with a reason). */
  interface?: string;
  stp: boolean;
  rollbackTimeout: number;
  /** Replaces rollbackTimeout when the address moves (see RECONNECT_TIMEOUT). */
  reconnectTimeout?: number;
  ipv4: Ipv4Settings;
}

/** The form's values: the answers where given, else the uplink's current settings (DHCP stays DHCP). */
export function bridgeSettings(facts: Facts, answers: BridgeAnswers | undefined): BridgeSettings {
  const current = facts.uplink?.connection?.ipv4;
  const a = answers?.ipv4;
  // The form and the answers hold one address: the uplink's other static addresses are kept beside it.
  const others = current?.method === 'manual' ? current.addresses.slice(1) : [];
  const ipv4: Ipv4Settings = a
    ? {
        method: a.method,
        addresses: a.address ? [a.address, ...others.filter((o) => o !== a.address)] : [],
        gateway: a.gateway ?? '',
        dns: a.dns ?? [],
      }
    : (current ?? { method: 'auto', addresses: [], gateway: '', dns: [] });
  return {
    name: answers?.name ?? 'br0',
    ...(answers?.interface ? { interface: answers.interface } : {}),
    stp: answers?.stp ?? false,
    rollbackTimeout: answers?.rollbackTimeout ?? 90,
    ...(answers?.reconnectTimeout ? { reconnectTimeout: answers.reconnectTimeout } : {}),
    ipv4,
  };
}

/** Long enough to open a new SSH session (and, for DHCP, to look the address up in the router first). */
export const RECONNECT_TIMEOUT = 180;

function isBridgeDone(facts: Facts, name: string): boolean {
  const bridge = facts.nm.connections.find((c) => c.name === name && c.type === 'bridge');
  return Boolean(bridge?.device) && facts.uplink?.interface === name;
}

/** `controller`/`port-type` replaced `master`/`slave-type` in NetworkManager 1.46; EL8's nmcli knows only the old words. */
export function portWords(nmVersion: string): [string, string] {
  const [major = 0, minor = 0] = nmVersion.split('.').map(Number);
  return major > 1 || (major === 1 && minor >= 46) ? ['controller', 'port-type'] : ['master', 'slave-type'];
}

function portProfileName(bridge: string, iface: string): string {
  return `${bridge}-port-${iface}`;
}

/**
 * A static IPv6 setup is said too, so the user sees it is not lost. A SLAAC address made with stable-privacy
 * (RFC 7217, NM's default unless the profile or NetworkManager.conf says eui64) hashes the interface name in:
 * on br0 it is another address, so an SSH session over it drops and the rollback does not watch IPv6.
 */
function ipv6Notes(v6: Ipv6Settings, profile: Record<string, string> | undefined): Note[] {
  const mode = profile?.['ipv6.addr-gen-mode'] ?? '';
  const slaac = ['auto', 'dhcp'].includes(v6.method) && ['stable-privacy', 'default'].includes(mode);
  return [
    ...(v6.method === 'manual' && v6.addresses.length
      ? [
          note('bridge.carry.ipv6', 'info', {
            addresses: v6.addresses.join(', '),
            gateway: v6.gateway || '-',
          }),
        ]
      : []),
    ...(slaac ? [note('bridge.carry.slaac', 'warn', { mode })] : []),
  ];
}

function bridgeCommands(uplink: Uplink, s: BridgeSettings, nmVersion: string, carry: Carry): Command[] {
  const con = uplink.connection;
  if (!con) return [];
  const [controller, portType] = portWords(nmVersion);
  // Addresses and gateway go with any method: a DHCP profile may carry extra static addresses too.
  const ipv4 = [
    'ipv4.method',
    s.ipv4.method,
    ...(s.ipv4.method === 'manual' || s.ipv4.addresses.length
      ? ['ipv4.addresses', s.ipv4.addresses.join(',')]
      : []),
    ...(s.ipv4.gateway ? ['ipv4.gateway', s.ipv4.gateway] : []),
    ...(s.ipv4.dns.length ? ['ipv4.dns', s.ipv4.dns.join(',')] : []),
  ];
  const ipv6 = [
    'ipv6.method',
    con.ipv6.method || 'auto',
    ...(con.ipv6.addresses.length ? ['ipv6.addresses', con.ipv6.addresses.join(',')] : []),
    ...(con.ipv6.gateway ? ['ipv6.gateway', con.ipv6.gateway] : []),
  ];
  const port = portProfileName(s.name, uplink.interface);
  return [
    cmd(
      [
        'nmcli',
        'connection',
        'add',
        'type',
        'bridge',
        'con-name',
        s.name,
        'ifname',
        s.name,
        'connection.autoconnect',
        'yes',
        'bridge.stp',
        s.stp ? 'yes' : 'no',
        ...(uplink.mac ? ['ethernet.cloned-mac-address', uplink.mac] : []),
        ...ipv4,
        ...ipv6,
        ...carry.bridge,
      ],
      'why.bridgeAdd',
      { name: s.name },
    ),
    cmd(
      [
        'nmcli',
        'connection',
        'add',
        'type',
        'ethernet',
        'con-name',
        port,
        'ifname',
        uplink.interface,
        'connection.autoconnect',
        'yes',
        controller,
        s.name,
        portType,
        'bridge',
        ...carry.port,
      ],
      'why.portAdd',
      { iface: uplink.interface, name: s.name },
    ),
    // Up first, then delete: the port takes the NIC over in ~0.2 s. Deleting first leaves the NIC without
    // a profile and loses more packets (measured in test/system/lab/probe-bridge.sh).
    cmd(['nmcli', 'connection', 'up', port], 'why.portUp', { name: s.name }),
    cmd(['nmcli', 'connection', 'delete', 'uuid', con.uuid], 'why.oldDelete', { profile: con.name }),
  ];
}

/**
 * What became of the wizard's last bridge change, from the applier's status file (the host is probed too).
 * `now` is when the facts were probed (Facts.probedAt), so the same facts always give the same plan.
 */
export function lastBridgeNote(s: BridgeStatus, now: number): Note | undefined {
  const when = `${new Date(s.at).toISOString().replace('T', ' ').slice(0, 19)} UTC`;
  if (s.phase === 'committed') return note('bridge.lastCommitted', 'ok', { when });
  if (s.phase === 'rolled-back' || s.phase === 'refused') {
    return note('bridge.lastRolledBack', 'warn', { when, reason: reasonText(s) });
  }
  if (s.phase === 'rollback-failed') {
    const steps = s.manual.join('; ');
    return note('bridge.lastRollbackFailed', 'error', {
      when,
      reason: reasonText(s),
      failure: reasonText(s.rollback),
      steps,
    });
  }
  // Still "applying"/"verified" on disk after the deadline: the applier is gone and NetworkManager rolled back.
  return s.deadline < now ? note('bridge.lastInterrupted', 'warn', { when }) : undefined;
}

/** Routes the kernel makes on every IPv6 interface by itself (fe80::/64, multicast): not the profile's. */
function isLinkLocal6(dst: string): boolean {
  return /^(fe80|ff[0-9a-f]{2}):/i.test(dst);
}
