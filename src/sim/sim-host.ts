import type { DownloadOptions, DownloadRequest, Host, RunOptions, RunResult } from '../host/host.js';
import { deliverOutput } from '../host/output.js';
import { useradd } from './accounts.js';
import { busctl, reachGateway } from './busctl.js';
import { SimJobs } from './jobs.js';
import { bridgeLink, grepCount, lsmod } from './learner-commands.js';
import { nmcli } from './nmcli.js';
import {
  createdSymlink,
  ipAddr,
  ipRouteDefault,
  rpmQuery,
  virshNetList,
  virtHostValidate,
} from './outputs.js';
import { aptGet, commitPrinted, dnfInstall, dpkgQuery, type InstallOutput, provides } from './packages.js';
import { type SimTerminal, simPasswd } from './passwd.js';
import { simState } from './profiles.js';
import { type SimState, unit } from './state.js';
import { osinfoDetect, osinfoQuery, simDownload, virshList, virshVncDisplay, virtInstall } from './virt.js';

/** A whole KVM host in memory, driven by the same argv the real host would run. Nothing on this machine is touched. */
export class SimulatedHost implements Host {
  readonly simulated = true;
  readonly state: SimState;
  /** Long steps run as jobs, as on a real host, but in this process. */
  readonly jobs: SimJobs = new SimJobs(this);

  constructor(
    profile = 'centos-stream9',
    lineDelayMs = 0,
    readonly standIn = false,
    /** Extra lines the package install prints, as fast as it can (benchmarks, tests of a flood of output). */
    readonly floodLines = simFloodLines(),
  ) {
    this.state = simState(profile, lineDelayMs);
    // A stand-in's plan is for a real host: an ISO only the simulation has must not end up in it.
    if (standIn) this.state.images.clear();
  }

  async run(argv: readonly string[], options: RunOptions = {}): Promise<RunResult> {
    let streamed = false;
    const result = await this.dispatch([...argv], options, () => {
      streamed = true;
    });
    // Like the real host, every line reaches onLine: the long commands above stream theirs, the rest come here.
    const quiet = (result.stdout + result.stderr).split('\n').filter(Boolean);
    if (!streamed && quiet.length) deliverOutput(options, `${quiet.join('\n')}\n`);
    // Like execa with cancelSignal: a stopped command reports canceled (the state it got to stays).
    if (options.signal?.aborted) return { ...result, exitCode: 143, canceled: true };
    return result;
  }

  private async dispatch(argv: string[], options: RunOptions, markStreamed: () => void): Promise<RunResult> {
    const s = this.state;
    const [file = '', ...args] = argv;
    const ok = (stdout = ''): RunResult => ({ exitCode: 0, stdout, stderr: '' });
    let printed = 0; // how many lines the last emit delivered before a stop
    const emit = async (lines: string[]): Promise<string> => {
      markStreamed();
      printed = 0;
      if (!s.lineDelayMs && !options.signal?.aborted) {
        deliverOutput(options, lines.map((l) => `${l}\n`).join(''));
        printed = lines.length;
      }
      for (const line of s.lineDelayMs ? lines : []) {
        if (options.signal?.aborted) break;
        deliverOutput(options, `${line}\n`);
        printed++;
        await new Promise((r) => setTimeout(r, s.lineDelayMs));
      }
      return lines.map((l) => `${l}\n`).join('');
    };
    // The package install, with KVM_WIZARD_SIM_LINES: its lines, then the flood, then its last line. Only the
    // packages whose lines were printed are installed (a Ctrl-C before the transaction installs nothing).
    const install = async (output: InstallOutput): Promise<RunResult> => {
      const { lines } = output;
      if (!this.floodLines || !args.includes('install')) {
        const text = await emit(lines);
        commitPrinted(s, output, printed);
        return ok(text);
      }
      const head = await emit(lines.slice(0, -1));
      const headPrinted = printed;
      await flood(this.floodLines, options);
      const tail = await emit(lines.slice(-1));
      commitPrinted(s, output, headPrinted + printed);
      return ok(head + tail);
    };
    switch (file) {
      case 'env': {
        // `env VAR=value cmd …`: the variables change nothing in the simulation; run the command.
        const rest = args.filter(
          (a, i) => !(a.includes('=') && args.slice(0, i).every((b) => b.includes('='))),
        );
        return this.dispatch(rest, options, markStreamed);
      }
      case 'rpm':
        return { ...rpmQuery(s, args.slice(1)), stderr: '' };
      case 'dnf':
      case 'yum':
        return install(dnfInstall(s, args));
      case 'apt-get':
        return install(aptGet(s, args));
      case 'dpkg-query':
        return dpkgQuery(s, args);
      case 'systemctl':
        return this.systemctl(args, emit);
      case 'virsh':
        return this.virsh(args);
      case 'virt-host-validate': {
        if (!provides(s, 'client')) return notFound(file);
        const r = virtHostValidate(s);
        await emit(r.stdout.trimEnd().split('\n'));
        return { ...r, stderr: '' };
      }
      case 'nmcli':
        return nmcli(s, args);
      case 'ip':
        // The simulated host has no IPv6 routes (nor addresses).
        if (args.includes('-6')) return ok('[]\n');
        return ok(args.includes('route') ? ipRouteDefault(s) : ipAddr(s));
      case 'firewall-cmd':
        if (args[0] === '--query-service=cockpit')
          return {
            exitCode: s.firewalldCockpit ? 0 : 1,
            stdout: s.firewalldCockpit ? 'yes\n' : 'no\n',
            stderr: '',
          };
        if (args.includes('--permanent')) s.firewalldCockpit = true;
        return ok('success\n');
      case 'busctl':
        return busctl(s, args);
      case 'ping':
      case 'arping':
        return reachGateway(s, args);
      case 'virt-install':
        if (!provides(s, 'installer')) return notFound(file);
        return virtInstall(s, args);
      case 'osinfo-detect':
        return provides(s, 'osinfo') ? osinfoDetect(s, args.at(-1) ?? '') : notFound(file);
      case 'osinfo-query':
        return provides(s, 'osinfo') ? ok(osinfoQuery()) : notFound(file);
      case 'df':
        return ok('        Avail\n53687091200\n');
      case 'restorecon':
        return ok();
      // The learn-more pages' read-only commands (run/try-it.ts).
      case 'grep':
        return grepCount(s, args);
      case 'lsmod':
        return lsmod(s);
      case 'ls':
        return ls(s, args);
      case 'bridge':
        return args[0] === 'link' ? bridgeLink(s) : notFound(file);
      case 'useradd':
        return useradd(s, args);
      case 'modprobe':
        if (args[0]) s.modules.add(args[0]);
        return ok();
      default:
        return notFound(file);
    }
  }

  private async systemctl(args: string[], emit: (lines: string[]) => Promise<string>): Promise<RunResult> {
    const s = this.state;
    const [verb, ...rest] = args;
    // Options and the value of `-p PROPS` are not units.
    const units = rest.filter((a, i) => !a.startsWith('-') && rest[i - 1] !== '-p');
    if (verb === 'show') {
      const blocks = units.map((u) => {
        const st = unit(s, u);
        return `Id=${u}\nLoadState=${st.enabled === 'not-found' ? 'not-found' : 'loaded'}\nActiveState=${st.active}\nUnitFileState=${st.enabled === 'not-found' ? '' : st.enabled}\n`;
      });
      return { exitCode: 0, stdout: blocks.join('\n'), stderr: '' };
    }
    if (verb === 'enable') {
      const missing = units.find((u) => unit(s, u).enabled === 'not-found');
      if (missing)
        return {
          exitCode: 1,
          stdout: '',
          stderr: `Failed to enable unit: Unit file ${missing} does not exist.\n`,
        };
      const lines = units.map((u) => {
        s.units.set(u, { enabled: 'enabled', active: rest.includes('--now') ? 'active' : unit(s, u).active });
        return createdSymlink(u);
      });
      return { exitCode: 0, stdout: await emit(lines), stderr: '' };
    }
    return { exitCode: 1, stdout: '', stderr: `Unknown command verb ${verb}.\n` };
  }

  private virsh(allArgs: string[]): RunResult {
    const s = this.state;
    // `--connect URI` / `-c URI` pick the connection; the simulation has only qemu:///system.
    const args = allArgs.filter(
      (a, i) => !['--connect', '-c'].includes(a) && !['--connect', '-c'].includes(allArgs[i - 1] ?? ''),
    );
    const running = [...s.units].some(
      ([n, u]) => (n === 'libvirtd.service' || n === 'virtnetworkd.socket') && u.active === 'active',
    );
    if (!provides(s, 'client')) return notFound('virsh');
    if (!running) {
      return {
        exitCode: 1,
        stdout: '',
        stderr:
          "error: failed to connect to the hypervisor\nerror: Failed to connect socket to '/var/run/libvirt/virtqemud-sock': No such file or directory\n",
      };
    }
    const [verb, name = 'default'] = args;
    const net = s.networks.find((n) => n.name === name);
    if (verb === 'net-list') return { exitCode: 0, stdout: virshNetList(s), stderr: '' };
    if (verb === 'list') return { exitCode: 0, stdout: virshList(s, args), stderr: '' };
    if (verb === 'vncdisplay') return virshVncDisplay(s, name);
    if (verb === 'net-define') {
      s.networks.push({ name: 'default', active: false, autostart: false });
      return {
        exitCode: 0,
        stdout: 'Network default defined from /usr/share/libvirt/networks/default.xml\n\n',
        stderr: '',
      };
    }
    if (verb === 'net-dumpxml' && net) return { exitCode: 0, stdout: DEFAULT_NETWORK_XML, stderr: '' };
    if (!net)
      return {
        exitCode: 1,
        stdout: '',
        stderr: `error: failed to get network '${name}'\nerror: Network not found: no network with matching name '${name}'\n`,
      };
    if (verb === 'net-start') {
      net.active = true;
      s.links.push({ ifname: 'virbr0', mac: '52:54:00:C3:81:9D', addresses: ['192.168.122.1/24'] });
      return { exitCode: 0, stdout: `Network ${name} started\n\n`, stderr: '' };
    }
    if (verb === 'net-autostart') {
      net.autostart = true;
      return { exitCode: 0, stdout: `Network ${name} marked as autostarted\n\n`, stderr: '' };
    }
    return { exitCode: 1, stdout: '', stderr: `error: unknown command: '${verb}'\n` };
  }

  async readFile(path: string): Promise<string | undefined> {
    // An Ethernet card's link speed, as an e1000/igb card reports it (virtio reports none).
    const speed = /^\/sys\/class\/net\/([^/]+)\/speed$/.exec(path)?.[1];
    if (speed && speed !== 'lo' && this.state.links.some((l) => l.ifname === speed)) return '1000\n';
    return this.state.files.get(path);
  }

  async exists(path: string): Promise<boolean> {
    const s = this.state;
    if (path === '/dev/kvm')
      return Boolean(s.cpuFlag) && (s.modules.has('kvm_intel') || s.modules.has('kvm_amd'));
    if (path.startsWith('/sys/module/')) return s.modules.has(path.slice('/sys/module/'.length));
    if (path === '/usr/bin/virt-host-validate') return provides(s, 'client');
    return s.files.has(path) || s.images.has(path);
  }

  async listDir(path: string): Promise<string[]> {
    const prefix = path.endsWith('/') ? path : `${path}/`;
    return [...this.state.images.keys()]
      .filter((p) => p.startsWith(prefix))
      .map((p) => p.slice(prefix.length));
  }

  async fileSize(path: string): Promise<number | undefined> {
    return this.state.images.get(path)?.size ?? this.state.files.get(path)?.length;
  }

  async readBytes(path: string, offset: number, length: number): Promise<Uint8Array | undefined> {
    const image = this.state.images.get(path);
    if (!image) return undefined;
    // Only the ISO9660 primary volume descriptor is ever read: build one for images that have a volume id.
    const out = new Uint8Array(length);
    if (offset === 32768 && image.volumeId !== undefined) {
      out[0] = 1;
      out.set(Buffer.from('CD001'), 1);
      out.set(Buffer.from(image.volumeId.padEnd(32)), 40);
    }
    return out;
  }

  download(request: DownloadRequest, options: DownloadOptions = {}) {
    return simDownload(this.state, request, options);
  }

  isRoot(): boolean {
    return true;
  }

  /** What ran on the terminal (passwd), argv only: for tests. */
  readonly attachedRuns: string[][] = [];
  /** The terminal a program run with runAttached talks to: this process's own, as a real one inherits it. */
  terminal: SimTerminal = { input: process.stdin, output: process.stdout };

  /** passwd, as Debian's asks on the terminal (sim/passwd.ts); anything else is not found, as a shell says. */
  async runAttached(argv: readonly string[]): Promise<number> {
    this.attachedRuns.push([...argv]);
    const [file = '', user = '', ...rest] = argv;
    if (file !== 'passwd' || rest.length) {
      this.terminal.output.write(`${file}: command not found\n`);
      return 127;
    }
    return simPasswd(this.state, user, this.terminal);
  }
}

/** libvirt's default.xml as `virsh net-dumpxml default` prints it (layout of test/fixtures/generic/virsh-net-dumpxml-default.*). */
const DEFAULT_NETWORK_XML = `<network>
  <name>default</name>
  <uuid>29e972d8-e019-4ec5-bc5f-d565676c55ac</uuid>
  <forward mode='nat'>
    <nat>
      <port start='1024' end='65535'/>
    </nat>
  </forward>
  <bridge name='virbr0' stp='on' delay='0'/>
  <mac address='52:54:00:c3:81:9d'/>
  <ip address='192.168.122.1' netmask='255.255.255.0'>
    <dhcp>
      <range start='192.168.122.2' end='192.168.122.254'/>
    </dhcp>
  </ip>
</network>
`;

/** KVM_WIZARD_SIM_LINES=N (with --simulate): the package install prints N more lines. */
function simFloodLines(): number {
  const n = Number(process.env.KVM_WIZARD_SIM_LINES);
  return Number.isSafeInteger(n) && n > 0 ? n : 0;
}

const FLOOD_BLOCK = 4096;

/**
 * The numbers 1…n, one a line (what `seq n` prints, so a benchmark can compare like with like), in blocks
 * as a pipe would deliver them. Between blocks the event loop runs (keys, Ctrl-C, redraws), and a stop ends
 * it. Streamed only, never kept: like a real command run with `capture: false`.
 */
async function flood(n: number, options: RunOptions): Promise<void> {
  for (let from = 1; from <= n && !options.signal?.aborted; from += FLOOD_BLOCK) {
    let block = '';
    for (let i = from; i < Math.min(from + FLOOD_BLOCK, n + 1); i++) block += `${i}\n`;
    deliverOutput(options, block);
    await new Promise((r) => setImmediate(r));
  }
}

function notFound(file: string): RunResult {
  return { exitCode: 127, stdout: '', stderr: `${file}: command not found\n`, notFound: true };
}

/** `ls DIR` into a pipe: one name a line, sorted; a directory holding nothing simulated is not there, as ls says. */
function ls(state: SimState, args: readonly string[]): RunResult {
  const dir = (args.at(-1) ?? '').replace(/\/+$/, '');
  const names = [...state.images.keys()]
    .filter((p) => p.startsWith(`${dir}/`) && !p.slice(dir.length + 1).includes('/'))
    .map((p) => p.slice(dir.length + 1))
    .sort();
  if (!names.length)
    return { exitCode: 2, stdout: '', stderr: `ls: cannot access '${dir}': No such file or directory\n` };
  return { exitCode: 0, stdout: names.map((n) => `${n}\n`).join(''), stderr: '' };
}
