import type { BridgeStatus } from './bridge-status.js';
import type { LinkState } from './link-state.js';
import type { VirshNetDetails } from './parse/virsh-net-dumpxml.js';

/** Host facts: everything the plan needs to know, probed once per step and passed around as data. */

export interface OsRelease {
  id: string;
  idLike: string[];
  versionId: string;
  name: string;
  prettyName: string;
}

export type CpuVendor = 'intel' | 'amd' | 'other';
export type VirtFlag = 'vmx' | 'svm';

export interface CpuInfo {
  vendor: CpuVendor;
  /** vmx (Intel VT-x) or svm (AMD-V); undefined when the CPU or the BIOS hides it. */
  flag?: VirtFlag;
  model: string;
  count: number;
}

export type ValidateStatus = 'PASS' | 'WARN' | 'FAIL' | 'NOTE';

export interface ValidateLine {
  /** "QEMU", "LXC", or "" for a bare line without the prefix. */
  driver: string;
  check: string;
  status: ValidateStatus;
  hint?: string;
}

export interface UnitState {
  /** `systemctl is-enabled`: enabled, disabled, static, indirect, not-found, … */
  enabled: string;
  /** `systemctl is-active`: active, inactive, failed, … */
  active: string;
}

export interface LibvirtNetwork {
  name: string;
  active: boolean;
  autostart: boolean;
  persistent: boolean;
}

export interface NmConnection {
  name: string;
  uuid: string;
  /** Normalised: ethernet, bridge, bond, vlan, team, wifi, loopback, … ("802-3-ethernet" → "ethernet"). */
  type: string;
  /** Empty when the profile is not active. */
  device: string;
}

export interface NmDevice {
  device: string;
  type: string;
  state: string;
  connection: string;
  /** Link speed of an Ethernet card (/sys/class/net/DEV/speed), when the kernel knows it (up, not virtio). */
  speedMbps?: number;
}

export interface Ipv4Settings {
  method: 'auto' | 'manual' | 'disabled' | 'link-local' | 'shared';
  /** CIDR strings, e.g. 192.168.1.5/24 */
  addresses: string[];
  gateway: string;
  dns: string[];
}

export interface Ipv6Settings {
  method: string;
  addresses: string[];
  gateway: string;
  dns: string[];
}

/** The NIC that carries the default route and the NetworkManager profile active on it. */
export interface Uplink {
  interface: string;
  mac: string;
  /** Kernel addresses now on the interface (CIDR). */
  liveAddresses: string[];
  /** The default route's gateway now (also known with DHCP, where the profile has none). */
  gateway: string;
  /**
   * The default route's metric now (ip route; 0 when the kernel prints none). NetworkManager gives an
   * Ethernet card 100 and a bridge 425 by default, so the bridge is given this one to keep its precedence.
   */
  defaultRouteMetric?: number;
  /** Its working addresses, routes, MTU and DNS now: the bridge must have the same (run/bridge/verify.ts). */
  state?: LinkState;
  connection?: {
    uuid: string;
    name: string;
    type: string;
    /** Set when the profile already is a bridge port. */
    controller: string;
    ipv4: Ipv4Settings;
    ipv6: Ipv6Settings;
    /**
     * The whole profile as `nmcli -t -f all connection show uuid UUID` prints it ("ipv4.routes" → value),
     * so the bridge carries over every setting (plan/bridge-carry.ts). Undefined in hand-made facts.
     */
    profile?: Record<string, string>;
    /** Properties printed more than once (the profile cannot be trusted). */
    profileDuplicates?: string[];
    /** Set when the profile could not be read: nmcli's error output. */
    profileError?: string;
  };
}

/** The SSH connection the wizard was started in (SSH_CONNECTION), and what protects it from a drop. */
export interface SshSession {
  clientAddress: string;
  clientPort: number;
  /** The host's address the session came in on. */
  localAddress: string;
  localPort: number;
  /** A tmux or screen session keeps the wizard's screen when the connection drops. */
  multiplexer: 'tmux' | 'screen' | 'none';
}

/** How the user starts this wizard again from a new session (facts/invocation.ts). */
export interface Invocation {
  /** The name they log in as over ssh (sudo's SUDO_USER when they came through sudo). */
  user: string;
  /** The command that runs this wizard, as argv (quoted where it is shown). */
  command: string[];
  /** They ran it through sudo, so they do again. */
  sudo: boolean;
}

export interface Facts {
  /** When the probe ran (ms since the epoch): the plan compares deadlines with it and never reads the clock. */
  probedAt: number;
  /** The facts are a fresh host's of the `--target` release, not this machine's (see Host.standIn). */
  standIn?: true;
  os: OsRelease;
  cpu: CpuInfo;
  devKvm: boolean;
  /** Loaded kvm modules among kvm, kvm_intel, kvm_amd. */
  kvmModules: string[];
  isRoot: boolean;
  /** Package name → installed, for the packages the profile cares about. */
  packages: Record<string, boolean>;
  /** Unit name → state, for the units the profile cares about. */
  units: Record<string, UnitState>;
  /** undefined when virsh could not be asked (not installed, daemon down). */
  libvirtNetworks?: LibvirtNetwork[];
  /** The "default" network's settings (`virsh net-dumpxml default`), when it exists. */
  defaultNet?: VirshNetDetails;
  nm: {
    running: boolean;
    version: string;
    connections: NmConnection[];
    devices: NmDevice[];
    /** Pending NetworkManager checkpoints (object paths): a change still waiting for confirmation. */
    checkpoints: string[];
    /** Those of them made with rollback timeout 0: they never expire and must be removed by hand. */
    neverExpiring?: string[];
  };
  /** The last bridge change made by the wizard; `reported` once a start banner has shown it. */
  lastBridgeApply?: { status: BridgeStatus; reported: boolean };
  uplink?: Uplink;
  /** Set when the wizard runs over SSH (not for a simulated host, whose addresses are made up). */
  ssh?: SshSession;
  invocation?: Invocation;
  /** Every IPv4 address on the host's interfaces but lo, with its prefix (ip addr). */
  ipv4Addresses: Array<{ iface: string; cidr: string }>;
  firewall: {
    kind: 'firewalld' | 'ufw' | 'none';
    /** Cockpit's port 9090 is already allowed (always true for 'none'). */
    cockpitAllowed: boolean;
  };
  /** SELinux is on (enforcing or permissive): files qemu reads need their label. */
  selinuxEnabled: boolean;
  /** virt-host-validate is on the host (it moved between packages over the years). */
  hasVirtHostValidate: boolean;
  /** Cockpit's login rules: root refused (listed in disallowed-users, the default since 280), and who may log in as an administrator. */
  cockpitLogin: {
    rootRefused: boolean;
    adminGroup: 'wheel' | 'sudo';
    admins: string[];
    /** Admins whose /etc/shadow entry holds no password (!, !!, *, empty, locked): Cockpit cannot let them in. Absent when /etc/shadow was not read. */
    withoutPassword?: string[];
  };
  /** ISO images found in the libvirt images directory, plus any path from the answers. */
  isos: IsoImage[];
  memoryMiB: number;
  memoryAvailableMiB: number;
  /** Free bytes where libvirt keeps disk images (/var/lib/libvirt/images). */
  imagesFreeBytes: number;
  /** Names of defined VMs; undefined when libvirt did not answer. */
  vms?: string[];
  /** VNC display number of each running VM with VNC graphics (`virsh vncdisplay`): port 5900 + it. */
  vncDisplays?: Record<string, number>;
  /** osinfo short ids the host's osinfo-db knows; undefined when osinfo-query is missing. */
  osVariants?: string[];
  /** Their names ("CentOS Stream 9"), by short id: the VM form's list is searched by both. */
  osNames?: Record<string, string>;
  /** The chosen ISO's OS according to osinfo-detect, as a short id. */
  isoVariant?: string;
}

export interface IsoImage {
  path: string;
  /** ISO9660 volume id; undefined when the file is not an ISO image. */
  volumeId?: string;
  sizeBytes: number;
}
