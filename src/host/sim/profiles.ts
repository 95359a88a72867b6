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

export const SIM_PROFILES = Object.keys(OS_RELEASE);

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

export function simState(profile: string, lineDelayMs: number): SimState {
  const osRelease = OS_RELEASE[profile];
  if (!osRelease) throw new Error(`unknown simulation profile ${profile}`);
  const el8 = profile === 'centos-stream8';
  // EL8 installs name the profile "System eth0" — the case where the seed's `nmcli con del eth0` fails.
  const nic = el8 ? 'eth0' : 'enp1s0';
  const uplink: SimConnection = {
    name: el8 ? 'System eth0' : nic,
    uuid: el8 ? '5fb06bd0-0bb0-7ffb-45f1-d6edd65f3e03' : 'd1ce7368-eda2-34c4-a40a-f93122e9646f',
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
      ['/sys/fs/selinux/enforce', '1'],
    ]),
    images: new Map([
      [
        '/var/lib/libvirt/images/CentOS-Stream-9-latest-x86_64-boot.iso',
        { size: 1_212_153_856, volumeId: 'CentOS-Stream-9-BaseOS-x86_64' },
      ],
    ]),
    cpuFlag: 'vmx',
    modules: new Set(['kvm', 'kvm_intel']),
    packageTool: 'dnf',
    available: EL_VERSIONS[profile] ?? {},
    installed: new Set(),
    units: new Map([
      ['NetworkManager.service', { enabled: 'enabled', active: 'active' }],
      ['firewalld.service', { enabled: 'enabled', active: 'active' }],
    ]),
    networks: [],
    nmVersion: el8 ? '1.40.16' : profile === 'centos-stream10' ? '1.52.0' : '1.48.10',
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
    lineDelayMs,
    nextUuid: 1,
  };
}
