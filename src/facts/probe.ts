import type { Host } from '../host/host.js';
import { readLastBridgeApply } from './bridge-jobs.js';
import { readCheckpoints } from './checkpoints.js';
import { invocation, sessionEnv } from './invocation.js';
import { IMAGES_DIR, probeIsos } from './iso-images.js';
import { probeLinkState } from './link-state.js';
import { parseCpuinfo } from './parse/cpuinfo.js';
import { parseDpkgQuery } from './parse/dpkg.js';
import { groupMembers, hasNoPassword, listsUser } from './parse/etc-group.js';
import { parseIpAddrJson } from './parse/ip-addr.js';
import { parseIpRouteJson } from './parse/ip-route.js';
import { parseLscpu } from './parse/lscpu.js';
import { parseMeminfo } from './parse/meminfo.js';
import { parseNmcliConnections } from './parse/nmcli-connections.js';
import { parseNmcliDevices } from './parse/nmcli-devices.js';
import { parseNmcliGeneral } from './parse/nmcli-general.js';
import { parseNmcliProfile, profileList } from './parse/nmcli-profile.js';
import { parseOsRelease } from './parse/os-release.js';
import { parseOsinfoDetect, parseOsinfoQueryOs } from './parse/osinfo.js';
import { parseRpmQuery } from './parse/rpm.js';
import { parseSshSession } from './parse/ssh-connection.js';
import { parseSystemctlShow } from './parse/systemctl-show.js';
import { parseVirshNetDumpxml } from './parse/virsh-net-dumpxml.js';
import { parseVirshNetList } from './parse/virsh-net-list.js';
import type { Facts, Ipv4Settings, NmDevice, Uplink } from './types.js';

/** What the probe needs to know of the release (plan/profiles.ts's Profile has it): which packages, and how to ask. */
export interface PackageQuery {
  packageQuery: 'rpm' | 'dpkg';
  packages: readonly string[];
}

/** The units whose state the steps look at, on every release. */
export const PROBED_UNITS = [
  'libvirtd.service',
  'libvirtd.socket',
  'virtqemud.socket',
  'virtnetworkd.socket',
  'virtstoraged.socket',
  'cockpit.socket',
  'firewalld.service',
  'NetworkManager.service',
];

/**
 * Looks at the host: one read or command per source, run in parallel, each parsed by a pure parser.
 * `profile` says which packages to ask about; `extraIsos` adds ISO paths from the answers.
 */
export async function probeFacts(
  host: Host,
  profile: PackageQuery,
  extraIsos: string[] = [],
  env: NodeJS.ProcessEnv = process.env,
): Promise<Facts> {
  const [
    osText,
    cpuText,
    memText,
    devKvm,
    modules,
    packages,
    units,
    nets,
    nm,
    route,
    addrs,
    selinux,
    hvv,
    isos,
    lastBridge,
    groupText,
    disallowedUsers,
    shadowText,
  ] = await Promise.all([
    host.readFile('/etc/os-release'),
    host.readFile('/proc/cpuinfo'),
    host.readFile('/proc/meminfo'),
    host.exists('/dev/kvm'),
    loadedModules(host),
    probePackages(host, profile),
    probeUnits(host),
    host.run(['virsh', 'net-list', '--all']),
    probeNm(host),
    host.run(['ip', '-j', 'route', 'show', 'default']),
    host.run(['ip', '-j', 'addr', 'show']),
    host.readFile('/sys/fs/selinux/enforce'),
    host.exists('/usr/bin/virt-host-validate'),
    probeIsos(host, extraIsos),
    readLastBridgeApply(host),
    host.readFile('/etc/group'),
    host.readFile('/etc/cockpit/disallowed-users'),
    // Readable as root only: without it nobody is said to lack a password.
    host.readFile('/etc/shadow'),
  ]);
  const meminfo = parseMeminfo(memText ?? '');
  const defaultRoute = route.exitCode === 0 ? parseIpRouteJson(route.stdout) : undefined;
  const links = addrs.exitCode === 0 ? parseIpAddrJson(addrs.stdout) : [];
  const link = links.find((l) => l.ifname === defaultRoute?.dev);
  let uplink: Uplink | undefined;
  if (defaultRoute && link) {
    const active = nm.connections.find((c) => c.device === defaultRoute.dev);
    uplink = {
      interface: defaultRoute.dev,
      mac: link.mac.toUpperCase(),
      liveAddresses: link.addresses,
      gateway: defaultRoute.gateway,
      defaultRouteMetric: defaultRoute.metric,
      state: await probeLinkState(host, link),
      ...(active
        ? {
            connection: {
              ...(await probeConnection(host, active.uuid)),
              name: active.name,
              type: active.type,
            },
          }
        : {}),
    };
  }
  return {
    probedAt: Date.now(),
    ...(host.standIn ? { standIn: true as const } : {}),
    os: parseOsRelease(osText ?? ''),
    cpu: await probeCpu(host, cpuText ?? ''),
    devKvm,
    kvmModules: modules,
    isRoot: host.isRoot(),
    packages,
    units,
    ...(nets.exitCode === 0 ? { libvirtNetworks: parseVirshNetList(nets.stdout) } : {}),
    ...(nets.exitCode === 0 && parseVirshNetList(nets.stdout).some((n) => n.name === 'default')
      ? await probeDefaultNet(host)
      : {}),
    nm,
    ...(uplink ? { uplink } : {}),
    ...sshSession(host, env),
    // About this machine's session, so not for a simulated host or a stand-in (an export's plan runs elsewhere):
    // there the README's `kvm-wizard` is said.
    ...(host.simulated || host.standIn ? {} : { invocation: invocation(env) }),
    ipv4Addresses: links
      .filter((l) => l.ifname !== 'lo')
      .flatMap((l) => l.addresses.filter((a) => a.includes('.')).map((cidr) => ({ iface: l.ifname, cidr }))),
    ...(lastBridge ? { lastBridgeApply: lastBridge } : {}),
    firewall: await probeFirewall(host, units),
    // The file exists when SELinux is on, enforcing (1) or permissive (0): labels matter in both, since
    // a permissive host can be switched to enforcing later.
    selinuxEnabled: selinux !== undefined,
    hasVirtHostValidate: hvv,
    cockpitLogin: cockpitLogin(groupText ?? '', disallowedUsers, shadowText),
    isos,
    memoryMiB: meminfo.totalMiB,
    memoryAvailableMiB: meminfo.availableMiB,
    ...(await probeVirt(host, extraIsos[0])),
  };
}

/** The SSH session this wizard runs in: about this machine only, so not for a simulated host. */
function sshSession(host: Host, env: NodeJS.ProcessEnv): Pick<Facts, 'ssh'> {
  const ssh = host.simulated ? undefined : parseSshSession(sessionEnv(env));
  return ssh ? { ssh } : {};
}

/**
 * Who can log in to Cockpit. Since Cockpit 280 a new install lists root in /etc/cockpit/disallowed-users;
 * older ones (CentOS 7, Ubuntu 22.04) let root in, so nothing is said before Cockpit is installed. The
 * admins are the members of wheel (EL, Fedora) or sudo (Debian, Ubuntu).
 */
function cockpitLogin(groupText: string, disallowed: string | undefined, shadow: string | undefined) {
  const adminGroup = groupMembers(groupText, 'wheel') !== undefined ? 'wheel' : 'sudo';
  const admins = groupMembers(groupText, adminGroup) ?? [];
  return {
    rootRefused: disallowed !== undefined && listsUser(disallowed, 'root'),
    adminGroup,
    admins,
    // An admin whose passwd failed or was given up: Cockpit's login page would only say "wrong password".
    ...(shadow !== undefined ? { withoutPassword: admins.filter((a) => hasNoPassword(shadow, a)) } : {}),
  } as const;
}

/**
 * What the VM step needs: defined VMs, free space for disk images, the osinfo ids this host knows, and the
 * OS on the chosen ISO as osinfo-detect sees it (matched back to a short id through osinfo-query's names).
 */
async function probeVirt(
  host: Host,
  iso?: string,
): Promise<Pick<Facts, 'imagesFreeBytes' | 'vms' | 'vncDisplays' | 'osVariants' | 'osNames' | 'isoVariant'>> {
  const dir = (await host.exists(IMAGES_DIR)) ? IMAGES_DIR : '/var';
  const [df, vms, osinfo] = await Promise.all([
    host.run(['df', '-B1', '--output=avail', dir]),
    host.run(['virsh', '--connect', 'qemu:///system', 'list', '--all', '--name']),
    host.run(['osinfo-query', 'os']),
  ]);
  const known = osinfo.exitCode === 0 ? parseOsinfoQueryOs(osinfo.stdout) : [];
  const detected =
    iso && known.length && (await host.exists(iso))
      ? parseOsinfoDetect((await host.run(['osinfo-detect', iso])).stdout).osName
      : undefined;
  // "CentOS Stream 9 (x86_64)" → the row named "CentOS Stream 9".
  const isoVariant = detected
    ? known.find((o) => detected.replace(/ \([^)]*\)$/, '') === o.name)?.shortId
    : undefined;
  const names =
    vms.exitCode === 0
      ? vms.stdout
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean)
      : undefined;
  const vncDisplays = names ? await probeVncDisplays(host, names) : {};
  return {
    ...(isoVariant ? { isoVariant } : {}),
    imagesFreeBytes: Number(df.stdout.trim().split('\n').at(-1)) || 0,
    ...(names ? { vms: names } : {}),
    ...(Object.keys(vncDisplays).length ? { vncDisplays } : {}),
    ...(osinfo.exitCode === 0
      ? {
          osVariants: known.map((o) => o.shortId),
          osNames: Object.fromEntries(known.map((o) => [o.shortId, o.name])),
        }
      : {}),
  };
}

/**
 * The VNC display of each VM that has one now (`virsh vncdisplay` answers `127.0.0.1:0` for a running VM with
 * VNC graphics, an error otherwise): the summary's exact tunnel command. The first 8 VMs only: one call each.
 */
async function probeVncDisplays(host: Host, names: string[]): Promise<Record<string, number>> {
  const answers = await Promise.all(
    names.slice(0, 8).map((name) => host.run(['virsh', '--connect', 'qemu:///system', 'vncdisplay', name])),
  );
  const displays: Record<string, number> = {};
  answers.forEach((r, i) => {
    const display = r.exitCode === 0 ? parseVncDisplay(r.stdout) : undefined;
    const name = names[i];
    if (display !== undefined && name !== undefined) displays[name] = display;
  });
  return displays;
}

/** `127.0.0.1:0`, `:1` or `[::1]:2` (the first line; the rest is blank): the display number, if sane. */
export function parseVncDisplay(stdout: string): number | undefined {
  const m = /:(\d{1,5})$/.exec(stdout.trim().split('\n')[0]?.trim() ?? '');
  const n = m ? Number(m[1]) : Number.NaN;
  return Number.isInteger(n) && n <= 59635 ? n : undefined;
}

/** /proc/cpuinfo, cross-checked with lscpu ("Virtualization: VT-x"/"AMD-V") in case the flags line is cut. */
async function probeCpu(host: Host, cpuinfo: string): Promise<Facts['cpu']> {
  const cpu = parseCpuinfo(cpuinfo);
  if (cpu.flag) return cpu;
  const lscpu = await host.run(['lscpu']);
  const v = lscpu.exitCode === 0 ? parseLscpu(lscpu.stdout).virtualization : undefined;
  if (!v) return cpu;
  const flag = v === 'VT-x' ? 'vmx' : 'svm';
  return { ...cpu, flag, vendor: cpu.vendor === 'other' ? (flag === 'vmx' ? 'intel' : 'amd') : cpu.vendor };
}

/** The default network's bridge, subnet and DHCP range, so the network step can show what NAT means here. */
async function probeDefaultNet(host: Host): Promise<Pick<Facts, 'defaultNet'>> {
  const r = await host.run(['virsh', 'net-dumpxml', 'default']);
  return r.exitCode === 0 ? { defaultNet: parseVirshNetDumpxml(r.stdout) } : {};
}

async function loadedModules(host: Host): Promise<string[]> {
  const names = ['kvm', 'kvm_intel', 'kvm_amd'];
  const present = await Promise.all(names.map((m) => host.exists(`/sys/module/${m}`)));
  return names.filter((_, i) => present[i]);
}

async function probePackages(host: Host, profile: PackageQuery): Promise<Record<string, boolean>> {
  if (profile.packageQuery === 'dpkg') {
    const r = await host.run([
      'dpkg-query',
      '-W',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: dpkg-query's own format syntax, not JavaScript
      '-f=${Package}\\t${db:Status-Status}\\n',
      ...profile.packages,
    ]);
    const found = parseDpkgQuery(r.stdout);
    return Object.fromEntries(profile.packages.map((p) => [p, found[p] ?? false]));
  }
  const r = await host.run(['rpm', '-q', ...profile.packages]);
  return parseRpmQuery(r.stdout + r.stderr, profile.packages);
}

async function probeUnits(host: Host): Promise<Facts['units']> {
  const r = await host.run([
    'systemctl',
    'show',
    '-p',
    'Id,LoadState,ActiveState,UnitFileState',
    ...PROBED_UNITS,
  ]);
  const found = parseSystemctlShow(r.stdout);
  return Object.fromEntries(
    PROBED_UNITS.map((u) => [u, found[u] ?? { enabled: 'unknown', active: 'unknown' }]),
  );
}

async function probeNm(host: Host): Promise<Facts['nm']> {
  const general = await host.run(['nmcli', '-t', '-f', 'RUNNING,VERSION', 'general']);
  const g = general.exitCode === 0 ? parseNmcliGeneral(general.stdout) : { running: false, version: '' };
  if (!g.running) return { ...g, connections: [], devices: [], checkpoints: [] };
  const [cons, devs, checkpoints] = await Promise.all([
    host.run(['nmcli', '-t', '-f', 'NAME,UUID,TYPE,DEVICE', 'connection', 'show']),
    host.run(['nmcli', '-t', '-f', 'DEVICE,TYPE,STATE,CONNECTION', 'device']),
    readCheckpoints(host),
  ]);
  return {
    ...g,
    connections: parseNmcliConnections(cons.stdout),
    devices: await withSpeeds(host, parseNmcliDevices(devs.stdout)),
    ...checkpoints,
  };
}

/**
 * Ethernet cards with their link speed, for the bridge form's list of cards (as nmtui and Cockpit show it).
 * The kernel answers -1 or EINVAL when the link is down or the driver does not say (virtio): no speed then.
 */
async function withSpeeds(host: Host, devices: NmDevice[]): Promise<NmDevice[]> {
  return Promise.all(
    devices.map(async (d) => {
      // A name from nmcli becomes part of a path: one that could leave /sys/class/net is not looked up.
      if (d.type !== 'ethernet' || d.device.includes('/') || d.device.startsWith('.')) return d;
      const speed = Number((await host.readFile(`/sys/class/net/${d.device}/speed`))?.trim());
      return Number.isInteger(speed) && speed > 0 ? { ...d, speedMbps: speed } : d;
    }),
  );
}

/**
 * The uplink's saved profile, whole (`-f all`), looked up by UUID (names are not unique): the bridge step
 * decides per setting whether to copy it or refuse (plan/bridge-carry.ts), and the address settings come from it.
 */
async function probeConnection(host: Host, uuid: string) {
  const r = await host.run(['nmcli', '-t', '-f', 'all', 'connection', 'show', 'uuid', uuid]);
  const { settings, duplicates } =
    r.exitCode === 0
      ? parseNmcliProfile(r.stdout)
      : { settings: {} as Record<string, string>, duplicates: [] };
  const one = (k: string) => settings[k] ?? '';
  const method = one('ipv4.method') as Ipv4Settings['method'];
  return {
    uuid,
    controller: one('connection.controller') || one('connection.master'),
    ipv4: {
      method: method || 'auto',
      addresses: profileList(settings['ipv4.addresses']),
      gateway: one('ipv4.gateway'),
      dns: profileList(settings['ipv4.dns']),
    },
    ipv6: {
      method: one('ipv6.method'),
      addresses: profileList(settings['ipv6.addresses']),
      gateway: one('ipv6.gateway'),
      dns: profileList(settings['ipv6.dns']),
    },
    profile: settings,
    ...(duplicates.length ? { profileDuplicates: duplicates } : {}),
    ...(r.exitCode === 0 ? {} : { profileError: (r.stderr || r.stdout).trim() || `exit ${r.exitCode}` }),
  };
}

async function probeFirewall(host: Host, units: Facts['units']): Promise<Facts['firewall']> {
  if (units['firewalld.service']?.active === 'active') {
    const q = await host.run(['firewall-cmd', '--query-service=cockpit']);
    return { kind: 'firewalld', cockpitAllowed: q.exitCode === 0 };
  }
  const ufw = await host.run(['ufw', 'status']);
  if (ufw.exitCode === 0 && /^Status: active/m.test(ufw.stdout)) {
    return { kind: 'ufw', cockpitAllowed: /^9090\/tcp\s+ALLOW/m.test(ufw.stdout) };
  }
  return { kind: 'none', cockpitAllowed: true };
}
