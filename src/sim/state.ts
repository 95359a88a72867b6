/** The simulated host's state: what a real host would have, changed only by the commands the wizard runs. */

export interface SimConnection {
  name: string;
  uuid: string;
  /** nmcli's setting name, as terse output prints it: 802-3-ethernet, bridge, loopback. */
  type: string;
  ifname: string;
  active: boolean;
  master: string;
  ipv4: { method: string; addresses: string[]; gateway: string; dns: string[] };
  ipv6method: string;
  clonedMac: string;
  /** Any other property the profile sets ("ipv4.routes" → nmcli's text), as `nmcli -f all` prints it. */
  settings?: Record<string, string>;
}

export interface SimLink {
  ifname: string;
  mac: string;
  addresses: string[];
  master?: string;
}

export interface SimUnit {
  enabled: string;
  active: string;
}

export interface SimState {
  /** Text files by absolute path (/etc/os-release, /proc/cpuinfo, …). */
  files: Map<string, string>;
  /** Binary-ish files: only size and ISO volume id matter. */
  images: Map<string, { size: number; volumeId?: string }>;
  cpuFlag?: 'vmx' | 'svm';
  modules: Set<string>;
  packageTool: 'dnf' | 'yum' | 'apt-get';
  /** Debian-style: installing a package enables and starts its services. */
  startsOnInstall: boolean;
  /** Package name → version-release.arch (rpm) or version (dpkg). */
  available: Record<string, string>;
  installed: Set<string>;
  units: Map<string, SimUnit>;
  networks: Array<{ name: string; active: boolean; autostart: boolean }>;
  nmVersion: string;
  connections: SimConnection[];
  links: SimLink[];
  gateway: string;
  /** The address the LAN's DHCP server hands out (nmcli.ts SIM_DHCP_LEASE when unset). */
  dhcpLease?: string;
  /** Interface that carries the default route. */
  defaultDev: string;
  firewalldCockpit: boolean;
  vms: string[];
  /** QEMU is built with SPICE (the release profile's `spice`: not EL9 and later). */
  spice: boolean;
  /** The VMs made with SPICE graphics: `virsh vncdisplay` has no VNC port for them. */
  spiceVms: Set<string>;
  checkpoints: Array<{ path: string; snapshot: Pick<SimState, 'connections' | 'links' | 'defaultDev'> }>;
  /** Milliseconds between output lines of long commands (dnf), so progress shows in the simulation. */
  lineDelayMs: number;
  nextUuid: number;
}

export function unit(state: SimState, name: string): SimUnit {
  return state.units.get(name) ?? { enabled: 'not-found', active: 'inactive' };
}
