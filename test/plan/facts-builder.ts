// Facts of a freshly installed host (nothing of KVM yet), per release, with overrides for each test case.

import { PROBED_UNITS } from '../../src/facts/probe.js';
import type { Facts, Ipv4Settings, NmConnection, UnitState, Uplink } from '../../src/facts/types.js';
import { PROFILES, type Profile, type ProfileId } from '../../src/plan/profiles.js';

export type Release = 'el8' | 'el9' | 'el10';

const NOT_FOUND: UnitState = { enabled: 'not-found', active: 'inactive' };
const RUNNING: UnitState = { enabled: 'enabled', active: 'active' };

export const MAC = '52:54:00:6B:3C:1D';
export const UPLINK_UUID = 'd1ce7368-eda2-34c4-a40a-f93122e9646f';
export const SYSTEM_ETH0_UUID = '5fb06bd0-0bb0-7ffb-45f1-d6edd65f3e03';

export const STATIC_IPV4: Ipv4Settings = {
  method: 'manual',
  addresses: ['192.168.1.20/24'],
  gateway: '192.168.1.1',
  dns: ['192.168.1.1'],
};
export const DHCP_IPV4: Ipv4Settings = { method: 'auto', addresses: [], gateway: '', dns: [] };

const RELEASES: Record<
  Release,
  { os: Facts['os']; nmVersion: string; nic: string; profileName: string; uuid: string }
> = {
  el8: {
    os: {
      id: 'centos',
      idLike: ['rhel', 'fedora'],
      versionId: '8',
      name: 'CentOS Stream',
      prettyName: 'CentOS Stream 8',
    },
    nmVersion: '1.40.16',
    nic: 'eth0',
    profileName: 'System eth0',
    uuid: SYSTEM_ETH0_UUID,
  },
  el9: {
    os: {
      id: 'centos',
      idLike: ['rhel', 'fedora'],
      versionId: '9',
      name: 'CentOS Stream',
      prettyName: 'CentOS Stream 9',
    },
    nmVersion: '1.48.10',
    nic: 'enp1s0',
    profileName: 'enp1s0',
    uuid: UPLINK_UUID,
  },
  el10: {
    os: {
      id: 'centos',
      idLike: ['rhel', 'fedora'],
      versionId: '10',
      name: 'CentOS Stream',
      prettyName: 'CentOS Stream 10 (Coughlan)',
    },
    nmVersion: '1.52.0',
    nic: 'enp1s0',
    profileName: 'enp1s0',
    uuid: UPLINK_UUID,
  },
};

export function profileOf(release: Release | ProfileId): Profile {
  return PROFILES[release];
}

/** The uplink as the probe reports it: the NIC with the default route and its active ethernet profile. */
export function uplinkOf(release: Release, ipv4: Ipv4Settings = STATIC_IPV4): Uplink {
  const r = RELEASES[release];
  return {
    interface: r.nic,
    mac: MAC,
    liveAddresses: ipv4.method === 'manual' ? [...ipv4.addresses] : ['192.168.1.57/24'],
    gateway: '192.168.1.1',
    connection: {
      uuid: r.uuid,
      name: r.profileName,
      type: 'ethernet',
      controller: '',
      ipv4,
      ipv6: { method: 'auto', addresses: [], gateway: '', dns: [] },
    },
  };
}

/** A fresh minimal install of the release: KVM-capable Intel CPU, nothing installed, firewalld running. */
export function freshFacts(release: Release, overrides: Partial<Facts> = {}): Facts {
  const r = RELEASES[release];
  const profile = profileOf(release);
  const connections: NmConnection[] = [
    { name: r.profileName, uuid: r.uuid, type: 'ethernet', device: r.nic },
    { name: 'lo', uuid: '80baca5b-005f-4db6-a00d-a0324c520a75', type: 'loopback', device: 'lo' },
  ];
  const units = Object.fromEntries(PROBED_UNITS.map((u) => [u, NOT_FOUND]));
  units['NetworkManager.service'] = RUNNING;
  units['firewalld.service'] = RUNNING;
  return {
    // A fixed time: plans read the clock only through the facts.
    probedAt: Date.UTC(2026, 0, 15, 9, 30),
    os: r.os,
    cpu: { vendor: 'intel', flag: 'vmx', model: 'Intel(R) Xeon(R) Silver 4214 CPU @ 2.20GHz', count: 4 },
    devKvm: true,
    kvmModules: ['kvm', 'kvm_intel'],
    isRoot: true,
    packages: Object.fromEntries(profile.packages.map((p) => [p, false])),
    units,
    nm: {
      running: true,
      version: r.nmVersion,
      connections,
      devices: [
        { device: r.nic, type: 'ethernet', state: 'connected', connection: r.profileName },
        { device: 'lo', type: 'loopback', state: 'connected (externally)', connection: 'lo' },
      ],
      checkpoints: [],
    },
    uplink: uplinkOf(release),
    ipv4Addresses: uplinkOf(release).liveAddresses.map((cidr) => ({ iface: r.nic, cidr })),
    firewall: { kind: 'firewalld', cockpitAllowed: false },
    selinuxEnabled: true,
    hasVirtHostValidate: false,
    // A minimal install made with an admin user (the installer's "make this user administrator").
    cockpitLogin: { rootRefused: true, adminGroup: 'wheel', admins: ['alice'] },
    isos: [],
    memoryMiB: 15776,
    memoryAvailableMiB: 15106,
    imagesFreeBytes: 50 * 1024 ** 3,
    ...overrides,
  };
}

/** All of the profile's packages installed, virt-host-validate present. */
export function allInstalled(release: Release | ProfileId): Pick<Facts, 'packages' | 'hasVirtHostValidate'> {
  return {
    packages: Object.fromEntries(profileOf(release).packages.map((p) => [p, true])),
    hasVirtHostValidate: true,
  };
}

/** `facts.units` with the given units set, the others as in `base`. */
export function withUnits(base: Facts, units: Record<string, UnitState>): Pick<Facts, 'units'> {
  return { units: { ...base.units, ...units } };
}

export { NOT_FOUND, RUNNING };
