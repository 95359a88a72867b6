import type { OsRelease } from '../facts/types.js';
import { t } from '../i18n/messages.js';

/**
 * Release profiles: what differs between the distributions the wizard supports. Pure data plus the
 * detection from /etc/os-release; the steps read these fields instead of testing distro names. A release
 * profile (`--target el9`) is not a simulated host (`--simulate=centos-stream9`): sim/profiles.ts maps one to the other.
 */

export type ProfileId = 'centos7' | 'el8' | 'el9' | 'el10' | 'fedora' | 'debian' | 'ubuntu';

export interface Profile {
  id: ProfileId;
  /** The release family's name; say it with profileLabel(), which adds "(end of life)" in the user's language. */
  label: string;
  /** Past its end of life (CentOS 7): only a plan or a script, never a run. */
  endOfLife?: true;
  packageTool: 'yum' | 'dnf' | 'apt-get';
  /** How installed packages are listed. */
  packageQuery: 'rpm' | 'dpkg';
  /** The packages whose presence means "installed"; checked with rpm -q / dpkg-query. */
  packages: string[];
  /** dnf module that carries qemu-kvm and libvirt (EL8 only). */
  virtModule?: string;
  /** Fedora's package group, installed instead of the single packages it contains. */
  virtGroup?: string;
  /** Fresh installs use the modular libvirt daemons (virtqemud…) instead of libvirtd. */
  modularLibvirt: boolean;
  /**
   * QEMU is built with SPICE graphics. RHEL 9 removed it (Red Hat, "Considerations in adopting RHEL 9": libvirt
   * refuses "spice graphics are not supported with this QEMU"), and so do its rebuilds and EL10: VNC only.
   */
  spice: boolean;
  /** Node.js 20+ cannot run there: only --dry-run and export make sense. */
  planOnly?: boolean;
}

/**
 * Installed without Recommends (see steps/packages.ts), so the ones the host needs are named: dnsmasq-base
 * for the NAT network, qemu-utils for disk images, libosinfo-bin for os-variant detection.
 */
const DEBIAN_PACKAGES = [
  'qemu-system-x86',
  'qemu-utils',
  'libvirt-daemon-system',
  'libvirt-clients',
  'virtinst',
  'dnsmasq-base',
  'libosinfo-bin',
  'cockpit',
  'cockpit-machines',
];

const EL_PACKAGES = ['qemu-kvm', 'libvirt', 'virt-install', 'cockpit', 'cockpit-machines'];

export function profileLabel(p: Profile): string {
  return p.endOfLife ? t('profile.endOfLife', { label: p.label }) : p.label;
}

export const PROFILES: Record<ProfileId, Profile> = {
  centos7: {
    id: 'centos7',
    label: 'CentOS 7',
    endOfLife: true,
    packageTool: 'yum',
    packageQuery: 'rpm',
    packages: EL_PACKAGES,
    modularLibvirt: false,
    spice: true,
    planOnly: true,
  },
  el8: {
    id: 'el8',
    label: 'Enterprise Linux 8',
    packageTool: 'dnf',
    packageQuery: 'rpm',
    packages: EL_PACKAGES,
    virtModule: 'virt',
    modularLibvirt: false,
    spice: true,
  },
  el9: {
    id: 'el9',
    label: 'Enterprise Linux 9',
    packageTool: 'dnf',
    packageQuery: 'rpm',
    packages: EL_PACKAGES,
    modularLibvirt: true,
    spice: false,
  },
  el10: {
    id: 'el10',
    label: 'Enterprise Linux 10',
    packageTool: 'dnf',
    packageQuery: 'rpm',
    packages: EL_PACKAGES,
    modularLibvirt: true,
    spice: false,
  },
  fedora: {
    id: 'fedora',
    label: 'Fedora',
    packageTool: 'dnf',
    packageQuery: 'rpm',
    packages: EL_PACKAGES,
    virtGroup: '@virtualization',
    modularLibvirt: true,
    spice: true,
  },
  debian: {
    id: 'debian',
    label: 'Debian',
    packageTool: 'apt-get',
    packageQuery: 'dpkg',
    packages: DEBIAN_PACKAGES,
    modularLibvirt: false,
    spice: true,
  },
  ubuntu: {
    id: 'ubuntu',
    label: 'Ubuntu',
    packageTool: 'apt-get',
    packageQuery: 'dpkg',
    packages: DEBIAN_PACKAGES,
    modularLibvirt: false,
    spice: true,
  },
};

/** The profile a user named (`--target`), or undefined: own keys only, so `__proto__` or `toString` is not one. */
export function findProfile(name: string): Profile | undefined {
  return Object.hasOwn(PROFILES, name) ? PROFILES[name as ProfileId] : undefined;
}

const RHEL_LIKE = ['rhel', 'centos', 'rocky', 'almalinux', 'ol', 'circle', 'eurolinux', 'navy', 'scientific'];

/** Picks the profile from os-release ID / ID_LIKE / VERSION_ID; undefined for an unsupported system. */
export function detectProfile(os: OsRelease): ProfileId | undefined {
  const ids = [os.id, ...os.idLike];
  const major = Number.parseInt(os.versionId, 10);
  if (os.id === 'fedora') return 'fedora';
  if (os.id === 'ubuntu') return 'ubuntu';
  if (os.id === 'debian') return 'debian';
  if (ids.some((id) => RHEL_LIKE.includes(id))) {
    if (major === 7) return 'centos7';
    if (major === 8) return 'el8';
    if (major === 9) return 'el9';
    if (major === 10) return 'el10';
    return undefined;
  }
  if (ids.includes('ubuntu')) return 'ubuntu';
  if (ids.includes('debian')) return 'debian';
  return undefined;
}

/**
 * The drivers a modular libvirt splits out of libvirtd: each is its own daemon (virtqemud…), started by its
 * socket, its read-only socket and its admin socket.
 */
const LIBVIRT_MODULAR_DRIVERS = ['qemu', 'network', 'nodedev', 'nwfilter', 'secret', 'storage'];

export function modularSockets(): string[] {
  return LIBVIRT_MODULAR_DRIVERS.flatMap((d) => [
    `virt${d}d.socket`,
    `virt${d}d-ro.socket`,
    `virt${d}d-admin.socket`,
  ]);
}
