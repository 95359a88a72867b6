import { createHash } from 'node:crypto';
import type { DownloadOptions, DownloadRequest, Host, RunResult } from '../host/host.js';
import { mismatchMessage } from '../iso/download.js';
import { cancelled, describeError } from '../iso/errors.js';
import { osVariantFromVolumeId } from '../iso/volume-id.js';
import type { SimState } from './state.js';

/** virt-install and `virsh list` on the simulated host; messages as virt-install 4.x prints them. */
export function virtInstall(state: SimState, args: string[]): RunResult {
  const name = args[args.indexOf('--name') + 1] ?? 'vm';
  if (state.vms.includes(name)) {
    return { exitCode: 1, stdout: '', stderr: `ERROR    Guest name '${name}' is already in use.\n` };
  }
  const cdrom = args[args.indexOf('--cdrom') + 1] ?? '';
  if (!state.images.has(cdrom))
    return {
      exitCode: 1,
      stdout: '',
      stderr: `ERROR    Validating install media '${cdrom}' failed: No such file or directory\n`,
    };
  // RHEL 9 and later build QEMU without SPICE: libvirt refuses the domain, as virt-install prints it there.
  const graphics = args[args.indexOf('--graphics') + 1]?.split(',')[0];
  const spice = args.includes('--graphics') && graphics === 'spice';
  if (spice && !state.spice)
    return {
      exitCode: 1,
      stdout: '',
      stderr:
        'ERROR    unsupported configuration: spice graphics are not supported with this QEMU\n' +
        'Domain installation does not appear to have been successful.\n',
    };
  state.vms.push(name);
  if (spice) state.spiceVms.add(name);
  const stdout = [
    '',
    'Starting install...',
    `Allocating '${name}.qcow2'                                  |    0 B  00:00:00 ...`,
    'Creating domain...                                          |    0 B  00:00:00',
    'Domain is still running. Installation may be in progress.',
    'You can reconnect to the console to complete the installation process.',
    '',
  ].join('\n');
  return { exitCode: 0, stdout, stderr: '' };
}

/** `virsh vncdisplay NAME`: a running VM's display as virsh 9 prints it (`127.0.0.1:0` and a blank line). */
export function virshVncDisplay(state: SimState, name: string): RunResult {
  const i = state.vms.indexOf(name);
  if (i < 0) return { exitCode: 1, stdout: '', stderr: `error: failed to get domain '${name}'\n` };
  // A SPICE VM has no VNC port (virsh-domain.c's message).
  if (state.spiceVms.has(name))
    return { exitCode: 1, stdout: '', stderr: 'error: Failed to get VNC port. Is this domain using VNC?\n' };
  return { exitCode: 0, stdout: `127.0.0.1:${i}\n\n`, stderr: '' };
}

/** `virsh list --all` (fixture ubuntu/virsh-list.empty.txt) or `--name`. */
export function virshList(state: SimState, args: string[]): string {
  if (args.includes('--name')) return `${state.vms.map((n) => `${n}\n`).join('')}\n`;
  const rows = state.vms.map((n, i) => ` ${String(i + 1).padEnd(4)} ${n.padEnd(6)} running`);
  return [' Id   Name   State', '--------------------', ...rows, '', ''].join('\n');
}

/**
 * `osinfo-query os`: rows as Debian 12's osinfo-db 20221130 prints them (fixture
 * debian/osinfo-query-os.debian12-osinfo-db-20221130.excerpt.txt, checked by test/host/sim/osinfo-rows.test.ts).
 */
export const OSINFO_ROWS: Array<[string, string, string, string]> = [
  ['almalinux8', 'AlmaLinux 8', '8', 'http://almalinux.org/almalinux/8'],
  ['almalinux9', 'AlmaLinux 9', '9', 'http://almalinux.org/almalinux/9'],
  ['centos-stream8', 'CentOS Stream 8', '8', 'http://centos.org/centos-stream/8'],
  ['centos-stream9', 'CentOS Stream 9', '9', 'http://centos.org/centos-stream/9'],
  ['centos7.0', 'CentOS 7', '7', 'http://centos.org/centos/7.0'],
  ['centos8', 'CentOS 8', '8', 'http://centos.org/centos/8'],
  ['debian10', 'Debian 10', '10', 'http://debian.org/debian/10'],
  ['debian11', 'Debian 11', '11', 'http://debian.org/debian/11'],
  ['fedora36', 'Fedora Linux 36', '36', 'http://fedoraproject.org/fedora/36'],
  ['fedora37', 'Fedora Linux 37', '37', 'http://fedoraproject.org/fedora/37'],
  ['rhel8.7', 'Red Hat Enterprise Linux 8.7', '8.7', 'http://redhat.com/rhel/8.7'],
  ['rhel9.0', 'Red Hat Enterprise Linux 9.0', '9.0', 'http://redhat.com/rhel/9.0'],
  ['rhel9.1', 'Red Hat Enterprise Linux 9.1', '9.1', 'http://redhat.com/rhel/9.1'],
  ['rocky8', 'Rocky Linux 8', '8', 'http://rockylinux.org/rocky/8'],
  ['rocky9', 'Rocky Linux 9', '9', 'http://rockylinux.org/rocky/9'],
  ['ubuntu20.04', 'Ubuntu 20.04 LTS', '20.04', 'http://ubuntu.com/ubuntu/20.04'],
  ['ubuntu22.04', 'Ubuntu 22.04 LTS', '22.04', 'http://ubuntu.com/ubuntu/22.04'],
  ['win10', 'Microsoft Windows 10', '10.0', 'http://microsoft.com/win/10'],
  ['win11', 'Microsoft Windows 11', '11.0', 'http://microsoft.com/win/11'],
  ['win2k22', 'Microsoft Windows Server 2022', '10.0', 'http://microsoft.com/win/2k22'],
  // Newer than that osinfo-db (the simulated releases need them): the same layout, as later databases name them.
  ['centos-stream10', 'CentOS Stream 10', '10', 'http://centos.org/centos-stream/10'],
  ['debian12', 'Debian 12', '12', 'http://debian.org/debian/12'],
  ['ubuntu24.04', 'Ubuntu 24.04 LTS', '24.04', 'http://ubuntu.com/ubuntu/24.04'],
];

export function osinfoQuery(): string {
  const rows = OSINFO_ROWS;
  const line = (r: string[]) =>
    ` ${r[0]?.padEnd(20)} | ${r[1]?.padEnd(50)} | ${r[2]?.padEnd(8)} | ${r[3]?.padEnd(40)}`;
  return [
    line(['Short ID', 'Name', 'Version', 'ID']),
    `${'-'.repeat(22)}+${'-'.repeat(52)}+${'-'.repeat(10)}+${'-'.repeat(41)}`,
    ...rows.map(line),
    '',
  ].join('\n');
}

/** A download that takes a moment and lands a verified image; the volume id follows the file name. */
export async function simDownload(
  state: SimState,
  request: DownloadRequest,
  options: DownloadOptions,
): Promise<Awaited<ReturnType<Host['download']>>> {
  // The simulated mirror's bytes hash to this; its published checksum file (checksumUrl) says the same.
  const actual = createHash('sha256').update(`kvm-wizard simulated ISO ${request.url}`).digest('hex');
  const expected = request.sha256?.toLowerCase() ?? actual;
  const total = 1_900 * 1024 * 1024;
  const steps = 20;
  for (let i = 1; i <= steps; i++) {
    if (state.lineDelayMs) await new Promise((r) => setTimeout(r, state.lineDelayMs * 4));
    // Like the real download (iso/download.ts): Ctrl-C stops it where it is, and no ISO is there.
    if (options.signal?.aborted) return { ok: false, message: describeError(cancelled()) };
    options.onProgress?.({
      bytes: (total / steps) * i,
      total,
      rate: 95 * 1024 * 1024,
      etaSeconds: ((steps - i) * total) / steps / (95 * 1024 * 1024),
    });
  }
  // Like the real download: a SHA-256 that does not match leaves no ISO behind.
  if (actual !== expected)
    return {
      ok: false,
      message: mismatchMessage(request.url, expected, actual),
      mismatch: { expected, actual },
    };
  const name = request.dest.slice(request.dest.lastIndexOf('/') + 1).replace(/\.iso$/i, '');
  state.images.set(request.dest, { size: total, volumeId: name.slice(0, 32) });
  return { ok: true, sha256: actual };
}

/** `osinfo-detect ISO` (fixture centos-stream9/osinfo-detect-iso…): the OS its volume id stands for. */
export function osinfoDetect(state: SimState, path: string): RunResult {
  const image = state.images.get(path);
  if (!image)
    return { exitCode: 1, stdout: '', stderr: `Error parsing media: Failed to open file ${path}\n` };
  const variant = image.volumeId ? osVariantFromVolumeId(image.volumeId) : undefined;
  const name = OSINFO_ROWS.find((r) => r[0] === variant)?.[1];
  const stdout = name
    ? `Media is bootable.\nMedia is an installer for OS '${name} (x86_64)'\n`
    : 'Media is bootable.\n';
  return { exitCode: 0, stdout, stderr: '' };
}
