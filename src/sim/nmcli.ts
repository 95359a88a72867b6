import type { RunResult } from '../host/host.js';
import { nmcliConnectionTable } from './learner-commands.js';
import { simProfileText } from './nm-profile.js';
import type { SimConnection, SimState } from './state.js';

/** The nmcli subset the wizard uses, acting on the simulated NetworkManager. Messages as in test/fixtures. */
export function nmcli(state: SimState, args: string[]): RunResult {
  const ok = (stdout: string): RunResult => ({ exitCode: 0, stdout, stderr: '' });
  const fail = (code: number, stderr: string): RunResult => ({ exitCode: code, stdout: '', stderr });
  const terse = args[0] === '-t';
  const fields = terse && args[1] === '-f' ? (args[2] ?? '').split(',') : [];
  const rest = terse ? args.slice(fields.length ? 3 : 1) : args;
  const [object, verb, ...tail] = rest;
  const esc = (v: string) => v.replaceAll('\\', '\\\\').replaceAll(':', '\\:');

  if (object === 'general') return ok(`running:${state.nmVersion}\n`);
  if (object === 'device' && verb === 'show') {
    // `nmcli -t -f IP4.DNS,IP6.DNS device show IF`: the DNS servers of the profile active on IF.
    const con = state.connections.find((c) => c.active && c.ifname === tail[0]);
    if (!state.links.some((l) => l.ifname === tail[0]))
      return fail(10, `Error: Device '${tail[0]}' not found.`);
    return ok((con?.ipv4.dns ?? []).map((d, i) => `IP4.DNS[${i + 1}]:${esc(d)}\n`).join(''));
  }
  if (object === 'device') {
    const lines = state.links.map((l) => {
      const con = state.connections.find((c) => c.active && c.ifname === l.ifname);
      const type =
        l.ifname === 'lo'
          ? 'loopback'
          : l.ifname.startsWith('br') || l.ifname.startsWith('virbr')
            ? 'bridge'
            : 'ethernet';
      return [l.ifname, type, con ? 'connected' : 'disconnected', con?.name ?? ''].map(esc).join(':');
    });
    return ok(`${lines.join('\n')}\n`);
  }
  if (object !== 'connection') return fail(2, `Error: argument '${object}' not understood.`);
  // Without -t: the table people read (the learn-more page's `nmcli connection show`).
  if (verb === 'show' && tail.length === 0 && !terse) return nmcliConnectionTable(state);
  if (verb === 'show' && tail.length === 0) {
    const lines = state.connections.map((c) =>
      [c.name, c.uuid, c.type, c.active ? c.ifname : ''].map(esc).join(':'),
    );
    return ok(`${lines.join('\n')}\n`);
  }
  const target = findConnection(state, tail);
  if (verb === 'show') {
    if (!target) return fail(10, `Error: ${tail.at(-1)} - no such connection profile.`);
    // A single-column terse line is printed raw (not escaped) by nmcli 1.42: see test/fixtures/generic/nm-1.42-lab.
    if (fields.length === 1 && fields[0] === 'all') return ok(simProfileText(target));
    return ok(`${fields.map((f) => `${f}:${esc(connectionField(target, f))}`).join('\n')}\n`);
  }
  if (verb === 'add') return add(state, tail);
  if (verb === 'delete') {
    if (!target) return fail(10, `Error: unknown connection '${tail.at(-1)}'.`);
    state.connections = state.connections.filter((c) => c !== target);
    return ok(`Connection '${target.name}' (${target.uuid}) successfully deleted.\n`);
  }
  if (verb === 'up') {
    if (!target) return fail(10, `Error: unknown connection '${tail.at(-1)}'.`);
    activate(state, target);
    return ok(
      'Connection successfully activated (D-Bus active path: /org/freedesktop/NetworkManager/ActiveConnection/7)\n',
    );
  }
  return fail(2, `Error: argument '${verb}' not understood.`);
}

function findConnection(state: SimState, tail: string[]): SimConnection | undefined {
  const [kind, value] = tail[0] === 'uuid' || tail[0] === 'id' ? [tail[0], tail[1]] : ['any', tail[0]];
  return state.connections.find(
    (c) => (kind !== 'id' && c.uuid === value) || (kind !== 'uuid' && c.name === value),
  );
}

function connectionField(c: SimConnection, field: string): string {
  const values: Record<string, string> = {
    'connection.id': c.name,
    'connection.uuid': c.uuid,
    'connection.type': c.type,
    'connection.master': c.master,
    'ipv4.method': c.ipv4.method,
    'ipv4.addresses': c.ipv4.addresses.join(','),
    'ipv4.gateway': c.ipv4.gateway,
    'ipv4.dns': c.ipv4.dns.join(','),
    'ipv6.method': c.ipv6method,
    'ipv6.addresses': '',
    'ipv6.gateway': '',
    'ipv6.dns': '',
  };
  return values[field] ?? '';
}

/** `add` arguments the connection keeps in its own fields; any other "setting.property" goes to `settings`. */
const OWN_PROPS = new Set([
  'ipv4.method',
  'ipv4.addresses',
  'ipv4.gateway',
  'ipv4.dns',
  'ipv6.method',
  'ethernet.cloned-mac-address',
]);

function add(state: SimState, tail: string[]): RunResult {
  const props = new Map<string, string>();
  for (let i = 0; i + 1 < tail.length; i += 2) props.set(tail[i] as string, tail[i + 1] as string);
  const name = props.get('con-name') ?? props.get('ifname') ?? 'connection';
  const type = props.get('type') === 'ethernet' ? '802-3-ethernet' : (props.get('type') ?? '');
  const uuid = `5f0c6a4e-${String(state.nextUuid++).padStart(4, '0')}-4c3b-9d2e-1a7b8c9d0e1f`;
  state.connections.push({
    name,
    uuid,
    type,
    ifname: props.get('ifname') ?? '',
    active: false,
    master: props.get('controller') ?? props.get('master') ?? '',
    ipv4: {
      method: props.get('ipv4.method') ?? 'auto',
      addresses: (props.get('ipv4.addresses') ?? '').split(',').filter(Boolean),
      gateway: props.get('ipv4.gateway') ?? '',
      dns: (props.get('ipv4.dns') ?? '').split(',').filter(Boolean),
    },
    ipv6method: props.get('ipv6.method') ?? 'auto',
    clonedMac: props.get('ethernet.cloned-mac-address') ?? '',
    settings: Object.fromEntries([...props].filter(([k]) => k.includes('.') && !OWN_PROPS.has(k))),
  });
  return { exitCode: 0, stdout: `Connection '${name}' (${uuid}) successfully added.\n`, stderr: '' };
}

/** What the simulated LAN's DHCP server hands to a card that asks for the first time. */
export const SIM_DHCP_LEASE = '192.168.1.120/24';

/** Activating a port brings its bridge up; the NIC's address moves to the bridge, as NetworkManager does. */
function activate(state: SimState, con: SimConnection): void {
  const before = state.connections.find((c) => c.ifname === con.ifname && c.active);
  for (const other of state.connections) if (other.ifname === con.ifname) other.active = false;
  con.active = true;
  const link = state.links.find((l) => l.ifname === con.ifname);
  if (!con.master) {
    if (link) link.addresses = con.ipv4.addresses.length ? [...con.ipv4.addresses] : link.addresses;
    return;
  }
  const bridge = state.connections.find((c) => c.name === con.master && c.type === 'bridge');
  if (!bridge || !link) return;
  bridge.active = true;
  const addresses =
    bridge.ipv4.method === 'manual'
      ? bridge.ipv4.addresses
      : // DHCP keeps the lease it had; a card that was static gets one from the LAN's server.
        before?.ipv4.method === 'manual'
        ? [state.dhcpLease ?? SIM_DHCP_LEASE]
        : link.addresses;
  state.links.push({ ifname: bridge.ifname, mac: bridge.clonedMac || link.mac, addresses: [...addresses] });
  link.addresses = [];
  link.master = bridge.ifname;
  if (state.defaultDev === link.ifname) state.defaultDev = bridge.ifname;
}
