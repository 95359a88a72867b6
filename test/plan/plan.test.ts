// Facts + answers → exact plan, table-driven: every command of every step, argv by argv.
import { describe, expect, it } from 'vitest';
import { type Answers, answersSchema } from '../../src/answers/schema.js';
import type { Facts } from '../../src/facts/types.js';
import { planStep } from '../../src/plan/plan.js';
import { portWords } from '../../src/plan/steps/bridge.js';
import { STEP_IDS, type StepId, type StepPlan, type StepState } from '../../src/plan/types.js';
import {
  allInstalled,
  DHCP_IPV4,
  freshFacts,
  MAC,
  profileOf,
  type Release,
  RUNNING,
  SYSTEM_ETH0_UUID,
  UPLINK_UUID,
  uplinkOf,
  withUnits,
} from './facts-builder.js';

interface Case {
  name: string;
  release: Release;
  step: StepId;
  facts?: (base: Facts) => Partial<Facts>;
  answers?: Answers;
  state: StepState;
  argv: string[][];
  /** Note keys, in order, when the case is about the explanation. */
  notes?: string[];
}

function run(c: Case): StepPlan {
  const base = freshFacts(c.release);
  const facts = { ...base, ...(c.facts?.(base) ?? {}) };
  // As --dry-run plans a whole run: the steps before are pending (prerequisites.test.ts plans steps alone).
  return planStep(
    c.step,
    facts,
    c.answers ?? {},
    profileOf(c.release),
    STEP_IDS.slice(0, STEP_IDS.indexOf(c.step)),
  );
}

const argvOf = (plan: StepPlan) => plan.commands.map((c) => [...c.argv]);

const VALIDATOR = '/usr/bin/virt-host-validate';

const MODULAR_SOCKETS = [
  'virtqemud.socket',
  'virtqemud-ro.socket',
  'virtqemud-admin.socket',
  'virtnetworkd.socket',
  'virtnetworkd-ro.socket',
  'virtnetworkd-admin.socket',
  'virtnodedevd.socket',
  'virtnodedevd-ro.socket',
  'virtnodedevd-admin.socket',
  'virtnwfilterd.socket',
  'virtnwfilterd-ro.socket',
  'virtnwfilterd-admin.socket',
  'virtsecretd.socket',
  'virtsecretd-ro.socket',
  'virtsecretd-admin.socket',
  'virtstoraged.socket',
  'virtstoraged-ro.socket',
  'virtstoraged-admin.socket',
];
const FIREWALL = [
  ['firewall-cmd', '--add-service=cockpit'],
  ['firewall-cmd', '--permanent', '--add-service=cockpit'],
];
const ENABLE_COCKPIT = ['systemctl', 'enable', '--now', 'cockpit.socket'];

/** Units as they are after the packages step: installed, disabled, inactive. */
const installedUnits = (base: Facts, names: string[]) =>
  withUnits(base, Object.fromEntries(names.map((u) => [u, { enabled: 'disabled', active: 'inactive' }])));

const PACKAGES: Case[] = [
  ...(['el9', 'el10'] as const).map(
    (release): Case => ({
      name: `${release}: nothing installed → one dnf install with the validator by path`,
      release,
      step: 'packages',
      state: 'todo',
      argv: [
        [
          'dnf',
          '-y',
          'install',
          'qemu-kvm',
          'libvirt',
          'virt-install',
          'cockpit',
          'cockpit-machines',
          VALIDATOR,
        ],
      ],
      notes: ['packages.profile', 'packages.missing'],
    }),
  ),
  {
    name: 'el8: nothing installed → virt module, then the rest',
    release: 'el8',
    step: 'packages',
    state: 'todo',
    argv: [
      ['dnf', '-y', 'module', 'install', 'virt'],
      ['dnf', '-y', 'install', 'virt-install', 'cockpit', 'cockpit-machines', VALIDATOR],
    ],
  },
  {
    name: 'el9: qemu-kvm and libvirt installed → only the missing ones',
    release: 'el9',
    step: 'packages',
    facts: (b) => ({
      packages: { ...b.packages, 'qemu-kvm': true, libvirt: true },
      hasVirtHostValidate: true,
    }),
    state: 'todo',
    argv: [['dnf', '-y', 'install', 'virt-install', 'cockpit', 'cockpit-machines']],
    notes: ['packages.profile', 'packages.installed', 'packages.missing'],
  },
  {
    name: 'el8: core installed, Cockpit missing → no module install',
    release: 'el8',
    step: 'packages',
    facts: (b) => ({
      packages: { ...b.packages, 'qemu-kvm': true, libvirt: true, 'virt-install': true },
      hasVirtHostValidate: true,
    }),
    state: 'todo',
    argv: [['dnf', '-y', 'install', 'cockpit', 'cockpit-machines']],
  },
  {
    name: 'el8: libvirt missing alone → module install again, nothing else',
    release: 'el8',
    step: 'packages',
    facts: (b) => ({
      packages: {
        ...b.packages,
        'qemu-kvm': true,
        'virt-install': true,
        cockpit: true,
        'cockpit-machines': true,
      },
      hasVirtHostValidate: true,
    }),
    state: 'todo',
    argv: [['dnf', '-y', 'module', 'install', 'virt']],
  },
  {
    name: 'el9: every package installed but no virt-host-validate → install it by path',
    release: 'el9',
    step: 'packages',
    facts: () => ({ ...allInstalled('el9'), hasVirtHostValidate: false }),
    state: 'todo',
    argv: [['dnf', '-y', 'install', VALIDATOR]],
  },
  ...(['el8', 'el9', 'el10'] as const).map(
    (release): Case => ({
      name: `${release}: everything installed → already, no command`,
      release,
      step: 'packages',
      facts: () => allInstalled(release),
      state: 'already',
      argv: [],
      notes: ['packages.profile', 'packages.installed'],
    }),
  ),
];

const SERVICES: Case[] = [
  ...(['el9', 'el10'] as const).map(
    (release): Case => ({
      name: `${release} fresh: modular sockets, cockpit, firewall`,
      release,
      step: 'services',
      facts: (b) =>
        installedUnits(b, ['libvirtd.service', 'libvirtd.socket', 'cockpit.socket', ...MODULAR_SOCKETS]),
      state: 'todo',
      argv: [['systemctl', 'enable', '--now', ...MODULAR_SOCKETS], ENABLE_COCKPIT, ...FIREWALL],
      notes: ['services.modular', 'services.cockpitLoginAs'],
    }),
  ),
  {
    name: 'el8 fresh: libvirtd.service, not the sockets',
    release: 'el8',
    step: 'services',
    facts: (b) => installedUnits(b, ['libvirtd.service', 'libvirtd.socket', 'cockpit.socket']),
    state: 'todo',
    argv: [['systemctl', 'enable', '--now', 'libvirtd.service'], ENABLE_COCKPIT, ...FIREWALL],
    notes: ['services.monolithic', 'services.cockpitLoginAs'],
  },
  {
    name: 'el9 where libvirtd.service is enabled (upgraded host) keeps libvirtd',
    release: 'el9',
    step: 'services',
    facts: (b) => withUnits(b, { 'libvirtd.service': { enabled: 'enabled', active: 'inactive' } }),
    state: 'todo',
    argv: [['systemctl', 'enable', '--now', 'libvirtd.service'], ENABLE_COCKPIT, ...FIREWALL],
    notes: ['services.monolithic', 'services.cockpitLoginAs'],
  },
  {
    name: 'el9 with libvirtd running: nothing for libvirt',
    release: 'el9',
    step: 'services',
    facts: (b) => withUnits(b, { 'libvirtd.service': RUNNING }),
    state: 'todo',
    argv: [ENABLE_COCKPIT, ...FIREWALL],
    notes: ['services.monolithic', 'services.libvirtOk', 'services.cockpitLoginAs'],
  },
  {
    name: 'firewalld not running: no firewall-cmd',
    release: 'el9',
    step: 'services',
    facts: (b) => ({
      ...withUnits(b, { 'firewalld.service': { enabled: 'disabled', active: 'inactive' } }),
      firewall: { kind: 'none', cockpitAllowed: true },
    }),
    state: 'todo',
    argv: [['systemctl', 'enable', '--now', ...MODULAR_SOCKETS], ENABLE_COCKPIT],
  },
  {
    name: 'firewalld running and cockpit already allowed: no firewall-cmd',
    release: 'el9',
    step: 'services',
    facts: () => ({ firewall: { kind: 'firewalld', cockpitAllowed: true } }),
    state: 'todo',
    argv: [['systemctl', 'enable', '--now', ...MODULAR_SOCKETS], ENABLE_COCKPIT],
  },
  {
    name: 'el9 everything running and allowed → already',
    release: 'el9',
    step: 'services',
    facts: (b) => ({
      ...withUnits(b, {
        'libvirtd.service': { enabled: 'disabled', active: 'inactive' },
        'virtqemud.socket': RUNNING,
        'virtnetworkd.socket': RUNNING,
        'virtstoraged.socket': RUNNING,
        'cockpit.socket': RUNNING,
      }),
      firewall: { kind: 'firewalld', cockpitAllowed: true },
    }),
    state: 'already',
    argv: [],
    notes: ['services.modular', 'services.libvirtOk', 'services.cockpitOk', 'services.cockpitLoginAs'],
  },
  {
    name: 'el9 one modular socket enabled but stopped → enable them all again',
    release: 'el9',
    step: 'services',
    facts: (b) => ({
      ...withUnits(b, {
        'virtqemud.socket': RUNNING,
        'virtnetworkd.socket': { enabled: 'enabled', active: 'inactive' },
        'virtstoraged.socket': RUNNING,
        'cockpit.socket': RUNNING,
      }),
      firewall: { kind: 'firewalld', cockpitAllowed: true },
    }),
    state: 'todo',
    argv: [['systemctl', 'enable', '--now', ...MODULAR_SOCKETS]],
  },
  {
    name: 'Cockpit from before 280 (root may log in) → no login note',
    release: 'el9',
    step: 'services',
    facts: (b) => ({ cockpitLogin: { ...b.cockpitLogin, rootRefused: false } }),
    state: 'todo',
    argv: [['systemctl', 'enable', '--now', ...MODULAR_SOCKETS], ENABLE_COCKPIT, ...FIREWALL],
    notes: ['services.modular'],
  },
  {
    name: 'root refused and nobody in wheel yet → warn, with how to make an admin user',
    release: 'el9',
    step: 'services',
    facts: () => ({ cockpitLogin: { rootRefused: true, adminGroup: 'wheel', admins: [] } }),
    state: 'todo',
    argv: [['systemctl', 'enable', '--now', ...MODULAR_SOCKETS], ENABLE_COCKPIT, ...FIREWALL],
    notes: ['services.modular', 'services.cockpitNoAdmin'],
  },
  {
    name: 'el8 libvirtd and cockpit running, firewall allowed → already',
    release: 'el8',
    step: 'services',
    facts: (b) => ({
      ...withUnits(b, { 'libvirtd.service': RUNNING, 'cockpit.socket': RUNNING }),
      firewall: { kind: 'firewalld', cockpitAllowed: true },
    }),
    state: 'already',
    argv: [],
  },
];

const net = (active: boolean, autostart: boolean) => [
  { name: 'default', active, autostart, persistent: true },
];

/** The host is itself a guest behind another libvirt's NAT: its address is in 192.168.122.0/24. */
const NESTED = (): Partial<Facts> => ({ ipv4Addresses: [{ iface: 'enp1s0', cidr: '192.168.122.15/24' }] });
const DEFAULT_NET = (ipAddress: string) => ({
  name: 'default',
  bridge: 'virbr0',
  forward: 'nat',
  ipAddress,
  netmask: '255.255.255.0',
  prefix: 24,
  dhcpStart: '',
  dhcpEnd: '',
});

const NETWORK: Case[] = [
  {
    name: 'default inactive on the subnet the host is in → blocked, nothing started, how to change it',
    release: 'el9',
    step: 'network',
    facts: () => ({
      ...NESTED(),
      libvirtNetworks: net(false, true),
      defaultNet: DEFAULT_NET('192.168.122.1'),
    }),
    state: 'blocked',
    argv: [],
    notes: ['network.about', 'network.subnetClash', 'network.subnetFix'],
  },
  {
    name: 'default not defined yet, the shipped 192.168.122.0/24 is the host’s → blocked before net-define',
    release: 'el10',
    step: 'network',
    facts: () => ({ ...NESTED(), libvirtNetworks: [] }),
    state: 'blocked',
    argv: [],
    notes: ['network.about', 'network.subnetClash', 'network.subnetFixUndefined'],
  },
  {
    name: 'libvirt not answering yet: no guess about a clash (EL picks a free subnet when it installs)',
    release: 'el9',
    step: 'network',
    facts: () => NESTED(),
    state: 'todo',
    argv: [
      ['virsh', 'net-start', 'default'],
      ['virsh', 'net-autostart', 'default'],
    ],
    notes: ['network.about', 'network.unknown'],
  },
  {
    name: 'a second NIC on 192.168.122.0/24 counts as much as the uplink',
    release: 'el9',
    step: 'network',
    facts: (b) => ({
      ipv4Addresses: [...b.ipv4Addresses, { iface: 'enp2s0', cidr: '192.168.122.7/24' }],
      libvirtNetworks: net(false, true),
      defaultNet: DEFAULT_NET('192.168.122.1'),
    }),
    state: 'blocked',
    argv: [],
    notes: ['network.about', 'network.subnetClash', 'network.subnetFix'],
  },
  {
    name: 'a LAN on 192.168.0.0/16 only overlaps: libvirt starts it, with a warning and how to move it',
    release: 'el9',
    step: 'network',
    facts: () => ({
      ipv4Addresses: [{ iface: 'enp1s0', cidr: '192.168.1.5/16' }],
      libvirtNetworks: net(false, true),
      defaultNet: DEFAULT_NET('192.168.122.1'),
    }),
    state: 'todo',
    argv: [['virsh', 'net-start', 'default']],
    notes: [
      'network.about',
      'network.subnetOverlap',
      'network.subnetFix',
      'network.inactive',
      'network.details',
    ],
  },
  {
    name: 'default moved to 192.168.124.0/24 → no clash, started',
    release: 'el9',
    step: 'network',
    facts: () => ({
      ...NESTED(),
      libvirtNetworks: net(false, true),
      defaultNet: DEFAULT_NET('192.168.124.1'),
    }),
    state: 'todo',
    argv: [['virsh', 'net-start', 'default']],
    notes: ['network.about', 'network.inactive', 'network.details'],
  },
  {
    name: 'default inactive, no autostart → net-start + net-autostart',
    release: 'el9',
    step: 'network',
    facts: () => ({ libvirtNetworks: net(false, false) }),
    state: 'todo',
    argv: [
      ['virsh', 'net-start', 'default'],
      ['virsh', 'net-autostart', 'default'],
    ],
    notes: ['network.about', 'network.inactive'],
  },
  {
    name: 'default missing → net-define first',
    release: 'el9',
    step: 'network',
    facts: () => ({ libvirtNetworks: [] }),
    state: 'todo',
    argv: [
      ['virsh', 'net-define', '/usr/share/libvirt/networks/default.xml'],
      ['virsh', 'net-start', 'default'],
      ['virsh', 'net-autostart', 'default'],
    ],
    notes: ['network.about'],
  },
  {
    name: 'default active but not autostarted → net-autostart only',
    release: 'el8',
    step: 'network',
    facts: () => ({ libvirtNetworks: net(true, false) }),
    state: 'todo',
    argv: [['virsh', 'net-autostart', 'default']],
    notes: ['network.about', 'network.active'],
  },
  {
    name: 'default active and autostarted → already',
    release: 'el10',
    step: 'network',
    facts: () => ({ libvirtNetworks: net(true, true) }),
    state: 'already',
    argv: [],
    notes: ['network.about', 'network.active'],
  },
  {
    name: 'libvirt not answering yet → start + autostart, and say so',
    release: 'el9',
    step: 'network',
    state: 'todo',
    argv: [
      ['virsh', 'net-start', 'default'],
      ['virsh', 'net-autostart', 'default'],
    ],
    notes: ['network.about', 'network.unknown'],
  },
];

const HOST: Case[] = [
  {
    name: 'vmx, kvm_intel loaded, /dev/kvm → already',
    release: 'el9',
    step: 'host',
    state: 'already',
    argv: [],
    notes: ['host.os', 'host.nmRunning', 'host.flagVmx', 'host.devKvmOk'],
  },
  {
    name: 'no vmx/svm → blocked',
    release: 'el9',
    step: 'host',
    facts: (b) => ({ cpu: { ...b.cpu, flag: undefined }, devKvm: false, kvmModules: [] }),
    state: 'blocked',
    argv: [],
    notes: ['host.os', 'host.nmRunning', 'host.noFlag', 'host.noFlagFix'],
  },
  {
    name: 'no vmx/svm, emulation accepted → already',
    release: 'el9',
    step: 'host',
    facts: (b) => ({ cpu: { ...b.cpu, flag: undefined }, devKvm: false, kvmModules: [] }),
    answers: { host: { allowNoVirt: true } },
    state: 'already',
    argv: [],
    notes: ['host.os', 'host.nmRunning', 'host.noFlag', 'host.noFlagFix', 'host.emulationAccepted'],
  },
  {
    name: 'vmx but kvm_intel not loaded → modprobe kvm_intel',
    release: 'el8',
    step: 'host',
    facts: () => ({ kvmModules: ['kvm'], devKvm: false }),
    state: 'todo',
    argv: [['modprobe', 'kvm_intel']],
    // The el8 builder is CentOS Stream 8, whose mirrors are gone.
    notes: ['host.os', 'host.endOfLife', 'host.nmRunning', 'host.flagVmx', 'host.moduleMissing'],
  },
  {
    name: 'Rocky Linux 8 is EL8 too, and supported: no end-of-life warning',
    release: 'el8',
    step: 'host',
    facts: (b) => ({
      os: { ...b.os, id: 'rocky', name: 'Rocky Linux', prettyName: 'Rocky Linux 8.10 (Green Obsidian)' },
    }),
    state: 'already',
    argv: [],
    notes: ['host.os', 'host.nmRunning', 'host.flagVmx', 'host.devKvmOk'],
  },
  {
    name: 'svm without kvm_amd → modprobe kvm_amd',
    release: 'el10',
    step: 'host',
    facts: (b) => ({ cpu: { ...b.cpu, vendor: 'amd', flag: 'svm' }, kvmModules: [], devKvm: false }),
    state: 'todo',
    argv: [['modprobe', 'kvm_amd']],
    notes: ['host.os', 'host.nmRunning', 'host.flagSvm', 'host.moduleMissing'],
  },
  {
    name: 'not root, NetworkManager down: warnings, still already',
    release: 'el9',
    step: 'host',
    facts: (b) => ({ isRoot: false, nm: { ...b.nm, running: false } }),
    state: 'already',
    argv: [],
    notes: ['host.os', 'host.notRoot', 'host.nmDown', 'host.flagVmx', 'host.devKvmOk'],
  },
];

/** The bridge commands, spelled out for one uplink. */
function bridgeArgv(o: {
  nic: string;
  uuid: string;
  ipv4: string[];
  words: [string, string];
  name?: string;
  stp?: string;
}): string[][] {
  const name = o.name ?? 'br0';
  const port = `${name}-port-${o.nic}`;
  return [
    [
      'nmcli',
      'connection',
      'add',
      'type',
      'bridge',
      'con-name',
      name,
      'ifname',
      name,
      'connection.autoconnect',
      'yes',
      'bridge.stp',
      o.stp ?? 'no',
      'ethernet.cloned-mac-address',
      MAC,
      ...o.ipv4,
      'ipv6.method',
      'auto',
    ],
    [
      'nmcli',
      'connection',
      'add',
      'type',
      'ethernet',
      'con-name',
      port,
      'ifname',
      o.nic,
      'connection.autoconnect',
      'yes',
      o.words[0],
      name,
      o.words[1],
      'bridge',
    ],
    // The port comes up first and takes the NIC over; only then is the old profile deleted.
    ['nmcli', 'connection', 'up', port],
    ['nmcli', 'connection', 'delete', 'uuid', o.uuid],
  ];
}

const STATIC_ARGS = [
  'ipv4.method',
  'manual',
  'ipv4.addresses',
  '192.168.1.20/24',
  'ipv4.gateway',
  '192.168.1.1',
  'ipv4.dns',
  '192.168.1.1',
];
const NEW: [string, string] = ['controller', 'port-type'];
const OLD: [string, string] = ['master', 'slave-type'];

const BRIDGE: Case[] = [
  {
    name: 'el9 static uplink: copies address, gateway, DNS and MAC; NM 1.48 words',
    release: 'el9',
    step: 'bridge',
    state: 'todo',
    argv: bridgeArgv({ nic: 'enp1s0', uuid: UPLINK_UUID, ipv4: STATIC_ARGS, words: NEW }),
    notes: ['bridge.uplink', 'bridge.static', 'bridge.sshWarning'],
  },
  {
    name: 'el9 DHCP uplink: the bridge stays DHCP',
    release: 'el9',
    step: 'bridge',
    facts: () => ({ uplink: uplinkOf('el9', DHCP_IPV4) }),
    state: 'todo',
    argv: bridgeArgv({ nic: 'enp1s0', uuid: UPLINK_UUID, ipv4: ['ipv4.method', 'auto'], words: NEW }),
    notes: ['bridge.uplink', 'bridge.dhcp', 'bridge.sshWarning'],
  },
  {
    name: 'el8 "System eth0", NM 1.40: master/slave-type, deleted by uuid',
    release: 'el8',
    step: 'bridge',
    state: 'todo',
    argv: bridgeArgv({ nic: 'eth0', uuid: SYSTEM_ETH0_UUID, ipv4: STATIC_ARGS, words: OLD }),
  },
  {
    name: 'el8 DHCP uplink',
    release: 'el8',
    step: 'bridge',
    facts: () => ({ uplink: uplinkOf('el8', DHCP_IPV4) }),
    state: 'todo',
    argv: bridgeArgv({ nic: 'eth0', uuid: SYSTEM_ETH0_UUID, ipv4: ['ipv4.method', 'auto'], words: OLD }),
  },
  {
    name: 'el10 NM 1.52: controller/port-type',
    release: 'el10',
    step: 'bridge',
    state: 'todo',
    argv: bridgeArgv({ nic: 'enp1s0', uuid: UPLINK_UUID, ipv4: STATIC_ARGS, words: NEW }),
  },
  {
    name: 'answers override: name, STP, new static address without DNS',
    release: 'el9',
    step: 'bridge',
    facts: () => ({ uplink: uplinkOf('el9', DHCP_IPV4) }),
    answers: {
      bridge: {
        name: 'lan0',
        stp: true,
        rollbackTimeout: 120,
        ipv4: { method: 'manual', address: '10.0.0.5/16', gateway: '10.0.0.1' },
      },
    },
    state: 'todo',
    argv: bridgeArgv({
      nic: 'enp1s0',
      uuid: UPLINK_UUID,
      name: 'lan0',
      stp: 'yes',
      ipv4: ['ipv4.method', 'manual', 'ipv4.addresses', '10.0.0.5/16', 'ipv4.gateway', '10.0.0.1'],
      words: NEW,
    }),
  },
  {
    name: 'answers: DHCP with DNS servers',
    release: 'el9',
    step: 'bridge',
    answers: {
      bridge: {
        name: 'br0',
        stp: false,
        rollbackTimeout: 90,
        ipv4: { method: 'auto', dns: ['1.1.1.1', '9.9.9.9'] },
      },
    },
    state: 'todo',
    argv: bridgeArgv({
      nic: 'enp1s0',
      uuid: UPLINK_UUID,
      ipv4: ['ipv4.method', 'auto', 'ipv4.dns', '1.1.1.1,9.9.9.9'],
      words: NEW,
    }),
  },
  {
    name: 'wifi uplink → blocked (notEthernet)',
    release: 'el9',
    step: 'bridge',
    facts: () => {
      const uplink = uplinkOf('el9');
      return uplink.connection
        ? {
            uplink: {
              ...uplink,
              interface: 'wlp2s0',
              connection: { ...uplink.connection, name: 'Home', type: 'wifi' },
            },
          }
        : {};
    },
    state: 'blocked',
    argv: [],
    notes: ['bridge.notEthernet'],
  },
  {
    name: 'bond uplink → blocked (notEthernet)',
    release: 'el9',
    step: 'bridge',
    facts: () => {
      const uplink = uplinkOf('el9');
      return uplink.connection
        ? {
            uplink: {
              ...uplink,
              interface: 'bond0',
              connection: { ...uplink.connection, name: 'bond0', type: 'bond' },
            },
          }
        : {};
    },
    state: 'blocked',
    argv: [],
    notes: ['bridge.notEthernet'],
  },
  {
    name: 'uplink already a port of another controller → blocked',
    release: 'el9',
    step: 'bridge',
    facts: () => {
      const uplink = uplinkOf('el9');
      return uplink.connection
        ? { uplink: { ...uplink, connection: { ...uplink.connection, controller: 'team0' } } }
        : {};
    },
    state: 'blocked',
    argv: [],
    notes: ['bridge.alreadyPort'],
  },
  {
    name: 'a connection named br0 already exists (half-made bridge) → blocked (nameTaken)',
    release: 'el9',
    step: 'bridge',
    facts: (b) => ({
      nm: {
        ...b.nm,
        connections: [...b.nm.connections, { name: 'br0', uuid: 'a0b1', type: 'bridge', device: '' }],
      },
    }),
    state: 'blocked',
    argv: [],
    notes: ['bridge.nameTaken'],
  },
  {
    name: 'a device named br0 exists outside NetworkManager → blocked (nameTaken)',
    release: 'el9',
    step: 'bridge',
    facts: (b) => ({
      nm: {
        ...b.nm,
        devices: [...b.nm.devices, { device: 'br0', type: 'bridge', state: 'unmanaged', connection: '' }],
      },
    }),
    state: 'blocked',
    argv: [],
    notes: ['bridge.nameTaken'],
  },
  {
    name: 'already bridged: br0 active and carries the default route → already',
    release: 'el9',
    step: 'bridge',
    facts: (b) => ({
      nm: {
        ...b.nm,
        connections: [
          { name: 'br0', uuid: 'b1', type: 'bridge', device: 'br0' },
          { name: 'br0-port-enp1s0', uuid: 'b2', type: 'ethernet', device: 'enp1s0' },
        ],
      },
      uplink: {
        interface: 'br0',
        mac: MAC,
        gateway: '192.168.1.1',
        liveAddresses: ['192.168.1.20/24'],
        connection: {
          uuid: 'b1',
          name: 'br0',
          type: 'bridge',
          controller: '',
          ipv4: uplinkOf('el9').connection?.ipv4 ?? DHCP_IPV4,
          ipv6: { method: 'auto', addresses: [], gateway: '', dns: [] },
        },
      },
    }),
    state: 'already',
    argv: [],
    notes: ['bridge.exists'],
  },
  {
    name: 'a checkpoint still pending (an earlier change not confirmed) → blocked',
    release: 'el9',
    step: 'bridge',
    facts: (b) => ({ nm: { ...b.nm, checkpoints: ['/org/freedesktop/NetworkManager/Checkpoint/3'] } }),
    state: 'blocked',
    argv: [],
    notes: ['bridge.staleCheckpoint'],
  },
  {
    name: 'a pending checkpoint made with timeout 0 (never expires) → blocked, with the commands that end it',
    release: 'el9',
    step: 'bridge',
    facts: (b) => ({
      nm: {
        ...b.nm,
        checkpoints: ['/org/freedesktop/NetworkManager/Checkpoint/3'],
        neverExpiring: ['/org/freedesktop/NetworkManager/Checkpoint/3'],
      },
    }),
    state: 'blocked',
    argv: [],
    notes: ['bridge.staleCheckpointForever'],
  },
  {
    name: 'NetworkManager not running → blocked',
    release: 'el9',
    step: 'bridge',
    facts: (b) => ({ nm: { ...b.nm, running: false } }),
    state: 'blocked',
    argv: [],
    notes: ['bridge.nmDown'],
  },
  {
    name: 'no default route → blocked',
    release: 'el9',
    step: 'bridge',
    facts: () => ({ uplink: undefined }),
    state: 'blocked',
    argv: [],
    notes: ['bridge.noUplink'],
  },
  {
    name: 'uplink without a NetworkManager profile → blocked',
    release: 'el9',
    step: 'bridge',
    facts: () => ({
      uplink: { interface: 'enp1s0', mac: MAC, liveAddresses: ['192.168.1.20/24'], gateway: '192.168.1.1' },
    }),
    state: 'blocked',
    argv: [],
    notes: ['bridge.unmanaged'],
  },
];

const iso = (path: string, volumeId?: string) => ({
  path,
  sizeBytes: 1_212_153_856,
  ...(volumeId ? { volumeId } : {}),
});
const ISO_PATH = '/var/lib/libvirt/images/CentOS-Stream-9-latest-x86_64-boot.iso';

const ISO: Case[] = [
  {
    name: 'no answer, no image → skip with iso.none',
    release: 'el9',
    step: 'iso',
    state: 'skip',
    argv: [],
    notes: ['iso.none'],
  },
  {
    name: 'no answer, images found → skip with iso.choose',
    release: 'el9',
    step: 'iso',
    facts: () => ({ isos: [iso(ISO_PATH, 'CentOS-Stream-9-BaseOS-x86_64')] }),
    state: 'skip',
    argv: [],
    notes: ['iso.choose'],
  },
  {
    name: 'answered path that does not exist → blocked',
    release: 'el9',
    step: 'iso',
    answers: { iso: { path: '/srv/missing.iso' } },
    state: 'blocked',
    argv: [],
    notes: ['iso.missing'],
  },
  {
    name: 'answered path that is not an ISO9660 image → blocked',
    release: 'el9',
    step: 'iso',
    facts: () => ({ isos: [iso('/srv/disk.qcow2')] }),
    answers: { iso: { path: '/srv/disk.qcow2' } },
    state: 'blocked',
    argv: [],
    notes: ['iso.notIso'],
  },
  {
    name: 'answered good ISO → already',
    release: 'el9',
    step: 'iso',
    facts: () => ({ isos: [iso(ISO_PATH, 'CentOS-Stream-9-BaseOS-x86_64')] }),
    answers: { iso: { path: ISO_PATH } },
    state: 'already',
    argv: [],
    notes: ['iso.chosen'],
  },
];

const VALIDATE: Case[] = (['el8', 'el9', 'el10'] as const).map((release) => ({
  name: `${release}: always a read-only check`,
  release,
  step: 'validate',
  state: 'check',
  argv: [['virt-host-validate', 'qemu']],
}));

describe.each([
  ['packages', PACKAGES],
  ['services', SERVICES],
  ['network', NETWORK],
  ['host', HOST],
  ['bridge', BRIDGE],
  ['iso', ISO],
  ['validate', VALIDATE],
] as const)('%s step', (_step, cases) => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const plan = run(c);
    expect(plan.id).toBe(c.step);
    expect(plan.state).toBe(c.state);
    expect(argvOf(plan)).toEqual(c.argv);
    if (c.notes) expect(plan.notes.map((n) => n.key)).toEqual(c.notes);
  });
});

describe('plan details', () => {
  it('only the bridge runs inside a checkpoint', () => {
    const facts = freshFacts('el9', { libvirtNetworks: [] });
    const plan = STEP_IDS.map((id, i) => planStep(id, facts, {}, profileOf('el9'), STEP_IDS.slice(0, i)));
    expect(plan.map((p) => [p.id, p.state, Boolean(p.guard)])).toEqual([
      ['host', 'already', false],
      ['packages', 'todo', false],
      ['validate', 'check', false],
      ['services', 'todo', false],
      ['network', 'todo', false],
      ['iso', 'skip', false],
      ['bridge', 'todo', true],
      ['vm', 'skip', false],
      ['summary', 'already', false],
    ]);
  });

  it('validate accepts exit code 1 (some check failed): the parsed lines decide', () => {
    const plan = planStep('validate', freshFacts('el9'), {}, profileOf('el9'), ['packages']);
    expect(plan.commands[0]?.okExitCodes).toEqual([0, 1]);
    expect(plan.notes.map((n) => n.key)).toEqual(['validate.about', 'validate.notInstalled']);
  });

  it('blocked bridge notes carry the parameters the screen shows', () => {
    const uplink = uplinkOf('el9');
    if (!uplink.connection) throw new Error('builder gives a connection');
    const facts = freshFacts('el9', {
      uplink: {
        ...uplink,
        interface: 'wlp2s0',
        connection: { ...uplink.connection, name: 'Home', type: 'wifi' },
      },
    });
    expect(planStep('bridge', facts, {}, profileOf('el9')).notes).toEqual([
      { key: 'bridge.notEthernet', tone: 'error', params: { iface: 'wlp2s0', type: 'wifi' } },
    ]);
  });

  it('bridge.interface other than the default-route card is refused, naming both', () => {
    const plan = planStep(
      'bridge',
      freshFacts('el9'),
      { bridge: { name: 'br0', stp: false, rollbackTimeout: 90, interface: 'enp9s0' } },
      profileOf('el9'),
    );
    expect(plan.state).toBe('blocked');
    expect(plan.notes).toEqual([
      { key: 'bridge.interfaceMismatch', tone: 'error', params: { wanted: 'enp9s0', iface: 'enp1s0' } },
    ]);
  });

  it('the todo bridge names the profile and its uuid, and the rollback timeout', () => {
    const plan = planStep('bridge', freshFacts('el8'), {}, profileOf('el8'));
    expect(plan.notes).toEqual([
      {
        key: 'bridge.uplink',
        tone: 'info',
        params: { iface: 'eth0', profile: 'System eth0', uuid: SYSTEM_ETH0_UUID },
      },
      {
        key: 'bridge.static',
        tone: 'info',
        params: { address: '192.168.1.20/24', gateway: '192.168.1.1', current: '192.168.1.20/24' },
      },
      { key: 'bridge.sshWarning', tone: 'warn', params: { seconds: '90' } },
    ]);
  });

  it.each([
    [
      'static, same address',
      { method: 'manual', address: '192.168.1.20/24', gateway: '192.168.1.1' },
      'el9',
      ['bridge.static', 'bridge.sshWarning'],
    ],
    [
      'static → another address',
      { method: 'manual', address: '192.168.1.30/24', gateway: '192.168.1.1' },
      'el9',
      ['bridge.newAddress', 'bridge.reconnect', 'bridge.reconnectTimeout'],
    ],
    [
      'static → DHCP',
      { method: 'auto' },
      'el9',
      ['bridge.toDhcp', 'bridge.reconnectDhcp', 'bridge.reconnectFind', 'bridge.reconnectTimeout'],
    ],
  ] as const)('address notes: %s', (_what, ipv4, release, keys) => {
    const answers = answersSchema.parse({ bridge: { ipv4 } });
    const plan = planStep('bridge', freshFacts(release), answers, profileOf(release));
    expect(plan.notes.map((n) => n.key).slice(1)).toEqual(keys);
  });

  it('an address move says why its time is not the form’s rollback time (and not when they agree)', () => {
    const ipv4 = { method: 'manual', address: '192.168.1.30/24', gateway: '192.168.1.1' };
    const moved = planStep(
      'bridge',
      freshFacts('el9'),
      answersSchema.parse({ bridge: { ipv4 } }),
      profileOf('el9'),
    );
    expect(moved.notes.find((n) => n.key === 'bridge.reconnectTimeout')?.params).toEqual({
      seconds: '180',
      rollback: '90',
    });
    const same = answersSchema.parse({ bridge: { ipv4, rollbackTimeout: 180 } });
    const agreed = planStep('bridge', freshFacts('el9'), same, profileOf('el9'));
    expect(agreed.notes.map((n) => n.key)).not.toContain('bridge.reconnectTimeout');
  });

  it('DHCP that stays DHCP keeps its lease: no warning about a moving address', () => {
    const facts = freshFacts('el9', {
      uplink: uplinkOf('el9', { method: 'auto', addresses: [], gateway: '', dns: [] }),
    });
    const plan = planStep('bridge', facts, {}, profileOf('el9'));
    expect(plan.notes.map((n) => n.key).slice(1)).toEqual(['bridge.dhcp', 'bridge.sshWarning']);
  });

  it('an IPv6-static uplink keeps its IPv6 address and gateway on the bridge', () => {
    const uplink = uplinkOf('el9');
    if (!uplink.connection) throw new Error('builder gives a connection');
    const ipv6 = { method: 'manual', addresses: ['2001:db8::20/64'], gateway: '2001:db8::1', dns: [] };
    const facts = freshFacts('el9', { uplink: { ...uplink, connection: { ...uplink.connection, ipv6 } } });
    const [add] = planStep('bridge', facts, {}, profileOf('el9')).commands;
    expect(add?.argv.slice(-6)).toEqual([
      'ipv6.method',
      'manual',
      'ipv6.addresses',
      '2001:db8::20/64',
      'ipv6.gateway',
      '2001:db8::1',
    ]);
  });

  it.each([
    ['1.40.16', OLD],
    ['1.45.90', OLD],
    ['1.46.0', NEW],
    ['1.48.10', NEW],
    ['2.0', NEW],
    ['', OLD],
  ])('portWords(%j)', (version, words) => {
    expect(portWords(version)).toEqual(words);
  });

  it('fedora installs the @virtualization group, then Cockpit', () => {
    const plan = planStep('packages', freshFacts('el9'), {}, profileOf('fedora'));
    expect(argvOf(plan)).toEqual([
      ['dnf', '-y', 'install', '@virtualization'],
      ['dnf', '-y', 'install', 'cockpit', 'cockpit-machines', VALIDATOR],
    ]);
  });

  it('debian: apt-get update, then one apt-get install: no questions, no Recommends, the needed extras named', () => {
    const plan = planStep('packages', freshFacts('el9', { packages: {} }), {}, profileOf('debian'));
    expect(argvOf(plan)).toEqual([
      ['apt-get', 'update'],
      [
        'env',
        'DEBIAN_FRONTEND=noninteractive',
        'apt-get',
        'install',
        '-y',
        '--no-install-recommends',
        'qemu-system-x86',
        'qemu-utils',
        'libvirt-daemon-system',
        'libvirt-clients',
        'virtinst',
        'dnsmasq-base',
        'libosinfo-bin',
        'cockpit',
        'cockpit-machines',
      ],
    ]);
  });
});
