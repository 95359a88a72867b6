import { PROFILES, type ProfileId } from '../plan/profiles.js';
import { DEBIAN12_GROUP, DEBIAN12_PASSWD, EL9_GROUP, EL9_PASSWD } from './accounts-seed.js';
import type { SimConnection, SimState } from './state.js';

/**
 * Fresh hosts for `--simulate=PROFILE`: what a minimal install of each release looks like before the wizard.
 * os-release texts are the real files from test/fixtures (CentOS Stream 10's follows the same layout).
 */

const OS_RELEASE: Record<string, string> = {
  'centos-stream8': `NAME="CentOS Stream"
VERSION="8"
ID="centos"
ID_LIKE="rhel fedora"
VERSION_ID="8"
PLATFORM_ID="platform:el8"
PRETTY_NAME="CentOS Stream 8"
ANSI_COLOR="0;31"
CPE_NAME="cpe:/o:centos:centos:8"
HOME_URL="https://centos.org/"
BUG_REPORT_URL="https://bugzilla.redhat.com/"
REDHAT_SUPPORT_PRODUCT="Red Hat Enterprise Linux 8"
REDHAT_SUPPORT_PRODUCT_VERSION="CentOS Stream"
`,
  'centos-stream9': `NAME="CentOS Stream"
VERSION="9"
ID="centos"
ID_LIKE="rhel fedora"
VERSION_ID="9"
PLATFORM_ID="platform:el9"
PRETTY_NAME="CentOS Stream 9"
ANSI_COLOR="0;31"
LOGO="fedora-logo-icon"
CPE_NAME="cpe:/o:centos:centos:9"
HOME_URL="https://centos.org/"
BUG_REPORT_URL="https://issues.redhat.com/"
REDHAT_SUPPORT_PRODUCT="Red Hat Enterprise Linux 9"
REDHAT_SUPPORT_PRODUCT_VERSION="CentOS Stream"
`,
  'centos-stream10': `NAME="CentOS Stream"
VERSION="10 (Coughlan)"
ID="centos"
ID_LIKE="rhel fedora"
VERSION_ID="10"
PLATFORM_ID="platform:el10"
PRETTY_NAME="CentOS Stream 10 (Coughlan)"
ANSI_COLOR="0;31"
LOGO="fedora-logo-icon"
CPE_NAME="cpe:/o:centos:centos:10"
HOME_URL="https://centos.org/"
BUG_REPORT_URL="https://issues.redhat.com/"
REDHAT_SUPPORT_PRODUCT="Red Hat Enterprise Linux 10"
REDHAT_SUPPORT_PRODUCT_VERSION="CentOS Stream"
`,
};

// CentOS 7's file as the last release shipped it; only `--target centos7` plans use it (Node cannot run there).
OS_RELEASE.centos7 = `NAME="CentOS Linux"
VERSION="7 (Core)"
ID="centos"
ID_LIKE="rhel fedora"
VERSION_ID="7"
PRETTY_NAME="CentOS Linux 7 (Core)"
ANSI_COLOR="0;31"
CPE_NAME="cpe:/o:centos:centos:7"
HOME_URL="https://www.centos.org/"
BUG_REPORT_URL="https://bugs.centos.org/"

CENTOS_MANTISBT_PROJECT="CentOS-7"
CENTOS_MANTISBT_PROJECT_VERSION="7"
REDHAT_SUPPORT_PRODUCT="centos"
REDHAT_SUPPORT_PRODUCT_VERSION="7"
`;
OS_RELEASE.debian12 = `PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
NAME="Debian GNU/Linux"
VERSION_ID="12"
VERSION="12 (bookworm)"
VERSION_CODENAME=bookworm
ID=debian
HOME_URL="https://www.debian.org/"
SUPPORT_URL="https://www.debian.org/support"
BUG_REPORT_URL="https://bugs.debian.org/"
`;
OS_RELEASE['ubuntu24.04'] = `PRETTY_NAME="Ubuntu 24.04.3 LTS"
NAME="Ubuntu"
VERSION_ID="24.04"
VERSION="24.04.3 LTS (Noble Numbat)"
VERSION_CODENAME=noble
ID=ubuntu
ID_LIKE=debian
HOME_URL="https://www.ubuntu.com/"
SUPPORT_URL="https://help.ubuntu.com/"
BUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"
PRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"
UBUNTU_CODENAME=noble
LOGO=ubuntu-logo
`;
OS_RELEASE.fedora = `NAME="Fedora Linux"
VERSION="38 (Container Image)"
ID=fedora
VERSION_ID=38
VERSION_CODENAME=""
PLATFORM_ID="platform:f38"
PRETTY_NAME="Fedora Linux 38 (Container Image)"
ANSI_COLOR="0;38;2;60;110;180"
LOGO=fedora-logo-icon
CPE_NAME="cpe:/o:fedoraproject:fedora:38"
DEFAULT_HOSTNAME="fedora"
HOME_URL="https://fedoraproject.org/"
`;

/**
 * Two words for two things, never mixed:
 * - a *simulated host* (`--simulate=NAME`: centos-stream9, debian12, …) is one fresh machine of one release,
 *   held in memory (this file);
 * - a *release profile* (`--target=ID`: el9, debian, …; src/plan/profiles.ts) is what the plan knows about a
 *   family of releases, detected on a real host from its os-release.
 * This table is the one map between them: each simulated host and the release profile its os-release is
 * detected as (a test checks that detection agrees). `--target` alone shows the plan against its stand-in.
 */
export const SIMULATED_HOSTS = {
  centos7: 'centos7',
  'centos-stream8': 'el8',
  'centos-stream9': 'el9',
  'centos-stream10': 'el10',
  fedora: 'fedora',
  debian12: 'debian',
  'ubuntu24.04': 'ubuntu',
} as const satisfies Record<string, ProfileId>;

export type SimulatedHostName = keyof typeof SIMULATED_HOSTS;

/** The names `--simulate` accepts. */
export const SIM_PROFILES: readonly string[] = Object.keys(SIMULATED_HOSTS);

/** The simulated host that stands in for a release profile (`--target` with no host): the table read backwards. */
export const STAND_IN = Object.fromEntries(
  Object.entries(SIMULATED_HOSTS).map(([host, profile]) => [profile, host]),
) as Record<ProfileId, SimulatedHostName>;

/** What differs between the simulated releases (os-release texts: Debian 12 from this project's CI machine, the others from test/fixtures). */
interface Traits {
  tool: SimState['packageTool'];
  nic: string;
  profileName: string;
  uuid: string;
  nmVersion: string;
  firewalld: boolean;
  selinux: boolean;
  /** Debian's package scripts enable and start the services they install. */
  startsOnInstall: boolean;
}

const EL9_UUID = 'd1ce7368-eda2-34c4-a40a-f93122e9646f';
const TRAITS: Record<SimulatedHostName, Traits> = {
  centos7: {
    tool: 'yum',
    nic: 'eth0',
    profileName: 'System eth0',
    uuid: '5fb06bd0-0bb0-7ffb-45f1-d6edd65f3e03',
    nmVersion: '1.18.8',
    firewalld: true,
    selinux: true,
    startsOnInstall: false,
  },
  // EL8 installs name the profile "System eth0" — the case where the seed's `nmcli con del eth0` fails.
  'centos-stream8': {
    tool: 'dnf',
    nic: 'eth0',
    profileName: 'System eth0',
    uuid: '5fb06bd0-0bb0-7ffb-45f1-d6edd65f3e03',
    nmVersion: '1.40.16',
    firewalld: true,
    selinux: true,
    startsOnInstall: false,
  },
  'centos-stream9': {
    tool: 'dnf',
    nic: 'enp1s0',
    profileName: 'enp1s0',
    uuid: EL9_UUID,
    nmVersion: '1.48.10',
    firewalld: true,
    selinux: true,
    startsOnInstall: false,
  },
  'centos-stream10': {
    tool: 'dnf',
    nic: 'enp1s0',
    profileName: 'enp1s0',
    uuid: EL9_UUID,
    nmVersion: '1.52.0',
    firewalld: true,
    selinux: true,
    startsOnInstall: false,
  },
  fedora: {
    tool: 'dnf',
    nic: 'ens2',
    profileName: 'Wired connection 1',
    uuid: '9c92fad9-6ecb-3e6c-eb4d-8a47c6f50c04',
    nmVersion: '1.42.8',
    firewalld: true,
    selinux: true,
    startsOnInstall: false,
  },
  // NetworkManager's name for a profile it made itself; Debian 12 ships NM 1.42, Ubuntu 24.04 NM 1.46.
  debian12: {
    tool: 'apt-get',
    nic: 'enp1s0',
    profileName: 'Wired connection 1',
    uuid: '8d5f0bb3-4b8e-3d2b-9f0a-7c1e2b3a4d5e',
    nmVersion: '1.42.4',
    firewalld: false,
    selinux: false,
    startsOnInstall: true,
  },
  'ubuntu24.04': {
    tool: 'apt-get',
    nic: 'enp1s0',
    profileName: 'netplan-enp1s0',
    uuid: '626dd384-8b3d-3690-9511-192b2c79b3fd',
    nmVersion: '1.46.0',
    firewalld: false,
    selinux: false,
    startsOnInstall: true,
  },
};

const EL_VERSIONS: Record<string, Record<string, string>> = {
  'centos-stream8': {
    'qemu-kvm': '6.2.0-40.module_el8+691+bb1a2fc5.x86_64',
    libvirt: '8.0.0-22.module_el8+596+27e96798.x86_64',
  },
  'centos-stream9': { 'qemu-kvm': '9.1.0-15.el9.x86_64', libvirt: '10.10.0-7.el9.x86_64' },
  'centos-stream10': { 'qemu-kvm': '9.1.0-18.el10.x86_64', libvirt: '11.0.0-3.el10.x86_64' },
};

const CPUINFO = (flag: string) =>
  [0, 1, 2, 3]
    .map(
      (n) => `processor\t: ${n}
vendor_id\t: GenuineIntel
cpu family\t: 6
model\t\t: 85
model name\t: Intel(R) Xeon(R) Silver 4214 CPU @ 2.20GHz
flags\t\t: fpu vme de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov pat pse36 clflush mmx fxsr sse sse2 ss ht syscall nx pdpe1gb rdtscp lm constant_tsc ${flag} ssse3 fma cx16 pcid sse4_1 sse4_2 x2apic movbe popcnt aes xsave avx f16c rdrand hypervisor lahf_lm abm
`,
    )
    .join('\n');

const MEMINFO = `MemTotal:       16155072 kB
MemFree:        15001232 kB
MemAvailable:   15468840 kB
`;

function isSimulatedHost(name: string): name is SimulatedHostName {
  return Object.hasOwn(SIMULATED_HOSTS, name);
}

export function simState(profile: string, lineDelayMs: number): SimState {
  // Own keys only: `constructor` or `__proto__` is no profile.
  const osRelease = Object.hasOwn(OS_RELEASE, profile) ? OS_RELEASE[profile] : undefined;
  if (!osRelease || !isSimulatedHost(profile)) throw new Error(`unknown simulation profile ${profile}`);
  const traits = TRAITS[profile];
  const nic = traits.nic;
  const uplink: SimConnection = {
    name: traits.profileName,
    uuid: traits.uuid,
    type: '802-3-ethernet',
    ifname: nic,
    active: true,
    master: '',
    ipv4: { method: 'manual', addresses: ['192.168.1.20/24'], gateway: '192.168.1.1', dns: ['192.168.1.1'] },
    ipv6method: 'auto',
    clonedMac: '',
  };
  return {
    files: new Map([
      ['/etc/os-release', osRelease],
      ['/proc/cpuinfo', CPUINFO('vmx')],
      ['/proc/meminfo', MEMINFO],
      // A fresh install: its system users and groups, nobody in the admin group yet (wheel on EL and Fedora,
      // sudo on Debian and Ubuntu). EL9's files stand for every EL and Fedora, Debian 12's for Ubuntu.
      ['/etc/passwd', traits.tool === 'apt-get' ? DEBIAN12_PASSWD : EL9_PASSWD],
      ['/etc/group', traits.tool === 'apt-get' ? DEBIAN12_GROUP : EL9_GROUP],
      ...(traits.selinux ? ([['/sys/fs/selinux/enforce', '1']] as const) : []),
    ]),
    images: new Map([
      [
        '/var/lib/libvirt/images/CentOS-Stream-9-latest-x86_64-boot.iso',
        { size: 1_212_153_856, volumeId: 'CentOS-Stream-9-BaseOS-x86_64' },
      ],
    ]),
    cpuFlag: 'vmx',
    modules: new Set(['kvm', 'kvm_intel']),
    packageTool: traits.tool,
    startsOnInstall: traits.startsOnInstall,
    available: EL_VERSIONS[profile] ?? {},
    installed: new Set(),
    units: new Map([
      ['NetworkManager.service', { enabled: 'enabled', active: 'active' }],
      ...(traits.firewalld
        ? ([['firewalld.service', { enabled: 'enabled', active: 'active' }]] as const)
        : []),
    ]),
    networks: [],
    nmVersion: traits.nmVersion,
    connections: [
      uplink,
      {
        ...uplink,
        name: 'lo',
        uuid: '80baca5b-005f-4db6-a00d-a0324c520a75',
        type: 'loopback',
        ifname: 'lo',
        ipv4: { method: 'manual', addresses: ['127.0.0.1/8'], gateway: '', dns: [] },
      },
    ],
    links: [
      { ifname: 'lo', mac: '00:00:00:00:00:00', addresses: ['127.0.0.1/8'] },
      { ifname: nic, mac: '52:54:00:6B:3C:1D', addresses: ['192.168.1.20/24'] },
    ],
    gateway: '192.168.1.1',
    defaultDev: nic,
    firewalldCockpit: false,
    checkpoints: [],
    vms: [],
    spice: PROFILES[SIMULATED_HOSTS[profile]].spice,
    spiceVms: new Set(),
    lineDelayMs,
    nextUuid: 1,
  };
}
