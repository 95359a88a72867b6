import type { SimState } from './state.js';

/** What the simulated tools need, and which package brings it on each family (EL name, Debian name). */
const PROVIDERS = {
  daemon: ['libvirt', 'libvirt-daemon-system'],
  client: ['libvirt', 'libvirt-clients'],
  installer: ['virt-install', 'virtinst'],
  // libosinfo-bin: pulled in by virt-install on EL; on Debian only when asked for (virtinst merely recommends it).
  osinfo: ['virt-install', 'libosinfo-bin'],
} as const;

export function provides(s: SimState, what: keyof typeof PROVIDERS): boolean {
  return PROVIDERS[what].some((p) => s.installed.has(p));
}

/** Units each package brings, disabled until someone enables them (on EL; Debian starts them). */
const LIBVIRT_UNITS = [
  'libvirtd.service',
  'libvirtd.socket',
  ...['qemu', 'network', 'nodedev', 'nwfilter', 'secret', 'storage'].flatMap((d) => [
    `virt${d}d.socket`,
    `virt${d}d-ro.socket`,
    `virt${d}d-admin.socket`,
  ]),
];
const PACKAGE_UNITS: Record<string, string[]> = {
  libvirt: LIBVIRT_UNITS,
  'libvirt-daemon-system': LIBVIRT_UNITS,
  cockpit: ['cockpit.socket'],
};
/** What Debian's maintainer scripts enable and start right away. */
const STARTED_ON_INSTALL = ['libvirtd.service', 'libvirtd.socket', 'cockpit.socket'];

/** Files a package installs that the wizard reads. */
const PACKAGE_FILES: Record<string, Record<string, string>> = {
  // Since Cockpit 280 a new install refuses root logins.
  cockpit: {
    '/etc/cockpit/disallowed-users': '# List of users which are not allowed to login to Cockpit\nroot\n',
  },
};

function add(s: SimState, name: string): void {
  s.installed.add(name);
  for (const [path, text] of Object.entries(PACKAGE_FILES[name] ?? {})) s.files.set(path, text);
  for (const u of PACKAGE_UNITS[name] ?? []) {
    const started = s.startsOnInstall && STARTED_ON_INSTALL.includes(u);
    if (!s.units.has(u))
      s.units.set(
        u,
        started ? { enabled: 'enabled', active: 'active' } : { enabled: 'disabled', active: 'inactive' },
      );
  }
  if (PACKAGE_UNITS[name] === LIBVIRT_UNITS && !s.networks.length)
    s.networks.push({ name: 'default', active: false, autostart: false });
}

/** dnf -y install … / dnf -y module install virt / @virtualization, with dnf-like progress lines. */
/**
 * An install's output, and the package each line commits: rpm and dpkg install one package at a time, so a
 * transaction stopped midway (Ctrl-C) leaves only the packages whose lines were printed.
 */
export interface InstallOutput {
  lines: string[];
  /** Line index → the package installed when that line is printed. */
  commits: Map<number, string>;
}

export function dnfInstall(s: SimState, args: string[]): InstallOutput {
  const names = args.filter((a) => !a.startsWith('-') && a !== 'install' && a !== 'module');
  const expanded = names.flatMap((n) =>
    n === 'virt' || n === '@virtualization'
      ? ['qemu-kvm', 'libvirt', 'virt-install']
      : n === '/usr/bin/virt-host-validate'
        ? ['libvirt']
        : [n],
  );
  const fresh = [...new Set(expanded)].filter((n) => !s.installed.has(n));
  const commits = new Map<number, string>();
  const lines = ['Last metadata expiration check: 0:00:42 ago.', 'Dependencies resolved.'];
  if (!fresh.length) return { lines: [...lines, 'Nothing to do.', 'Complete!'], commits };
  lines.push('Installing:');
  for (const n of fresh)
    lines.push(
      ` ${n.padEnd(30)} x86_64  ${(s.available[n] ?? '1.0-1.el9').replace(/\.x86_64$/, '')}  appstream`,
    );
  lines.push('Downloading Packages:');
  for (const [i, n] of fresh.entries())
    lines.push(`(${i + 1}/${fresh.length}): ${n}.rpm   1.2 MB/s | 640 kB     00:00`);
  lines.push('Running transaction');
  fresh.forEach((n, i) => {
    commits.set(lines.length, n);
    lines.push(`  Installing       : ${n.padEnd(40)} ${i + 1}/${fresh.length}`);
  });
  return { lines: [...lines, 'Complete!'], commits };
}

/** Applies what the printed lines committed (see InstallOutput). */
export function commitPrinted(s: SimState, output: InstallOutput, printed: number): void {
  for (const [at, name] of output.commits) if (at < printed) add(s, name);
}

/** apt-get update / apt-get install -y …, in apt's own words. */
export function aptGet(s: SimState, args: string[]): InstallOutput {
  const commits = new Map<number, string>();
  if (args.includes('update'))
    return {
      lines: ['Hit:1 http://deb.debian.org/debian bookworm InRelease', 'Reading package lists...'],
      commits,
    };
  const fresh = args.filter((a) => !a.startsWith('-') && a !== 'install' && !s.installed.has(a));
  const lines = ['Reading package lists...', 'Building dependency tree...', 'Reading state information...'];
  if (!fresh.length)
    return { lines: [...lines, '0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.'], commits };
  lines.push('The following NEW packages will be installed:', `  ${fresh.join(' ')}`);
  lines.push(`0 upgraded, ${fresh.length} newly installed, 0 to remove and 0 not upgraded.`);
  for (const n of fresh) lines.push(`Unpacking ${n} ...`);
  for (const n of fresh) {
    commits.set(lines.length, n);
    lines.push(`Setting up ${n} ...`);
  }
  return { lines, commits };
}

export function dpkgQuery(s: SimState, args: string[]): { exitCode: number; stdout: string; stderr: string } {
  const names = args.filter((a) => !a.startsWith('-'));
  const missing = names.filter((n) => !s.installed.has(n));
  return {
    exitCode: missing.length ? 1 : 0,
    stdout: names
      .filter((n) => s.installed.has(n))
      .map((n) => `${n}\tinstalled\n`)
      .join(''),
    stderr: missing.map((n) => `dpkg-query: no packages found matching ${n}\n`).join(''),
  };
}
