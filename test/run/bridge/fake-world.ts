// A fake host for the bridge applier: answers argv like the lab's NetworkManager 1.42 did (outputs from
// test/fixtures/lab-nm142), before the change on enp0s3 and after it on br0, with a fake clock. Any command
// it was not told about throws, so a test cannot pass by the applier skipping or inventing a call.

import type { BridgeStatus } from '../../../src/facts/bridge-status.js';
import type { Host, RunResult } from '../../../src/host/host.js';
import type { ApplyIo } from '../../../src/run/bridge/apply.js';
import { fixture } from '../../fixture.js';

export const CP = '/org/freedesktop/NetworkManager/Checkpoint/7';
const NM = 'org.freedesktop.NetworkManager /org/freedesktop/NetworkManager org.freedesktop.NetworkManager';

export type Answer = Partial<RunResult>;
export const ok = (stdout = ''): Answer => ({ exitCode: 0, stdout, stderr: '' });
export const fail = (stderr: string, exitCode = 1): Answer => ({ exitCode, stdout: '', stderr });

/** The bridge as it should be after the change: the uplink's own outputs with enp0s3 renamed br0. */
export function goodBridge() {
  const addrs = JSON.parse(fixture('lab-nm142/ip-j-addr-show.static-ipv6-mtu9000.txt')) as Array<
    Record<string, unknown>
  >;
  const uplink = addrs.find((l) => l.ifname === 'enp0s3') ?? {};
  return {
    addr: [
      ...addrs.filter((l) => l !== uplink),
      { ...uplink, ifname: 'enp0s3', master: 'br0', addr_info: [] },
      { ...uplink, ifname: 'br0' },
    ] as Array<Record<string, unknown>>,
    routes4: fixture('lab-nm142/ip-j-route-show-table-main.static-two-routes.txt').replaceAll(
      '"enp0s3"',
      '"br0"',
    ),
    routes6: fixture('lab-nm142/ip-j-6-route-show-table-main.static-route.txt').replaceAll(
      '"enp0s3"',
      '"br0"',
    ),
    dns: fixture('lab-nm142/nmcli-t-f-IP4.DNS,IP6.DNS-device-show.two-each.txt'),
  };
}

/** The uplink before the change, as captured in the lab. */
const BEFORE = {
  addr: JSON.parse(fixture('lab-nm142/ip-j-addr-show.static-ipv6-mtu9000.txt')) as Array<
    Record<string, unknown>
  >,
  routes4: fixture('lab-nm142/ip-j-route-show-table-main.static-two-routes.txt'),
  routes6: fixture('lab-nm142/ip-j-6-route-show-table-main.static-route.txt'),
  dns: fixture('lab-nm142/nmcli-t-f-IP4.DNS,IP6.DNS-device-show.two-each.txt'),
};

export interface World {
  /** Pending checkpoints before the run, with their RollbackTimeout. */
  stale: Array<{ path: string; timeout: number }>;
  create: Answer;
  /** The answer to the n-th command of the job (default: success). */
  command: (index: number) => Answer;
  after: ReturnType<typeof goodBridge>;
  /** Whether a gateway answers ping/arping through an interface, before (enp0s3) or after (br0). */
  answers: (gateway: string, iface: string) => boolean;
  commit: Answer;
  rollback: Answer;
  deviceNames: Record<string, string>;
}

export function makeWorld(over: Partial<World> = {}): World {
  return {
    stale: [],
    create: ok(`o "${CP}"\n`),
    command: () => ok(),
    after: goodBridge(),
    answers: () => true,
    commit: ok(),
    rollback: ok(fixture('lab-nm142/busctl-CheckpointRollback.ok.txt')),
    deviceNames: {},
    ...over,
  };
}

export class WorldHost implements Host {
  readonly simulated = false;
  /** Every command run, as one space-joined line, in order. */
  readonly calls: string[] = [];
  private changed = false;

  constructor(
    private readonly world: World,
    private readonly commands: string[],
  ) {}

  async run(argv: readonly string[]): Promise<RunResult> {
    const line = argv.join(' ');
    this.calls.push(line);
    return { exitCode: 0, stdout: '', stderr: '', ...this.answer(line, argv) };
  }

  private answer(line: string, argv: readonly string[]): Answer {
    const w = this.world;
    if (line === `busctl get-property ${NM} Checkpoints`)
      return ok(`ao ${w.stale.length}${w.stale.map((s) => ` "${s.path}"`).join('')}\n`);
    const timeout =
      /^busctl get-property org\.freedesktop\.NetworkManager (\S+) org\.freedesktop\.NetworkManager\.Checkpoint RollbackTimeout$/.exec(
        line,
      );
    const stale = w.stale.find((s) => s.path === timeout?.[1]);
    if (stale) return ok(`u ${stale.timeout}\n`);
    if (line.startsWith(`busctl call ${NM} CheckpointCreate aouu 0 `)) return w.create;
    const index = this.commands.indexOf(line);
    if (index >= 0) {
      const r = w.command(index);
      if ((r.exitCode ?? 0) === 0 && index === this.commands.length - 1) this.changed = true;
      return r;
    }
    if (line === `busctl call ${NM} CheckpointDestroy o ${CP}`) return w.commit;
    if (line === `busctl call ${NM} CheckpointRollback o ${CP}`) return w.rollback;
    const device =
      /^busctl get-property org\.freedesktop\.NetworkManager (\S+) org\.freedesktop\.NetworkManager\.Device Interface$/.exec(
        line,
      );
    if (device?.[1]) {
      const name = w.deviceNames[device[1]];
      return name
        ? ok(`s "${name}"\n`)
        : fail(`Failed to get property Interface: Object does not exist at path “${device[1]}”`);
    }
    if (argv[0] === 'ping' || argv[0] === 'arping') {
      const iface = argv[argv.indexOf('-I') + 1] ?? '';
      return w.answers(argv.at(-1) ?? '', iface) ? ok('1 received') : fail('', 1);
    }
    // The uplink before the last command ran, the bridge after it.
    const a = this.changed ? w.after : BEFORE;
    if (line === 'nmcli -t -f DEVICE,TYPE,STATE,CONNECTION device')
      return ok(
        this.changed
          ? 'br0:bridge:connected:br0\nenp0s3:ethernet:connected:br0-port-enp0s3\n'
          : 'enp0s3:ethernet:connected:enp0s3\n',
      );
    if (line === 'ip -j addr show') return ok(JSON.stringify(a.addr));
    if (line === 'ip -j route show default' || line === 'ip -j route show table main') return ok(a.routes4);
    if (line === 'ip -j -6 route show table main') return ok(a.routes6);
    if (line === `nmcli -t -f IP4.DNS,IP6.DNS device show ${this.changed ? 'br0' : 'enp0s3'}`)
      return ok(a.dns);
    if (line.startsWith('nmcli -t -f IP4.DNS,IP6.DNS device show '))
      return fail(`Error: Device '${argv.at(-1)}' not found.`, 10);
    throw new Error(`the fake host was not told about: ${line}`);
  }

  readFile(): Promise<string | undefined> {
    throw new Error('not used');
  }
  exists(): Promise<boolean> {
    throw new Error('not used');
  }
  listDir(): Promise<string[]> {
    throw new Error('not used');
  }
  fileSize(): Promise<number | undefined> {
    throw new Error('not used');
  }
  readBytes(): Promise<Uint8Array | undefined> {
    throw new Error('not used');
  }
  isRoot(): boolean {
    return true;
  }
  download(): never {
    throw new Error('not used');
  }
}

/** A fake clock and the statuses the applier reports; `confirmAt` is when the user's Enter arrives (ms). */
export function fakeIo(confirmAt = 0) {
  const start = 1_000_000;
  const io = {
    time: start,
    reports: [] as BridgeStatus[],
    log: [] as string[],
  };
  const applyIo: ApplyIo = {
    report: (s) => io.reports.push(s),
    confirmed: () => io.time - start >= confirmAt,
    log: (line) => io.log.push(line),
    now: () => io.time,
    sleep: async (ms) => {
      io.time += ms;
    },
    pid: 4242,
  };
  return { io, applyIo, start };
}
