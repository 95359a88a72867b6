import type { SimState } from './state.js';

/**
 * Output formats of the real tools, as captured in test/fixtures (named beside each function), filled
 * in from the simulated state. test/host/sim/outputs.test.ts checks them against the fixtures.
 */

/** rpm -q: NEVRA per installed package, rpm's own message for a missing one (lib/query.c). */
export function rpmQuery(state: SimState, names: string[]): { stdout: string; exitCode: number } {
  let missing = 0;
  const lines = names.map((n) => {
    if (state.installed.has(n)) return `${n}-${state.available[n] ?? '1.0-1.el9.x86_64'}`;
    missing++;
    return `package ${n} is not installed`;
  });
  return { stdout: `${lines.join('\n')}\n`, exitCode: missing };
}

/**
 * virsh net-list --all, laid out like libvirt's vshTable (tools/vsh-table.c): each cell " %s" padded to the
 * column's widest cell + 2, a dash line of width + 3 per column; virsh then prints "\n" after every command
 * (fixtures generic/virsh-net-list.session-empty.txt, rhel9/virsh-net-list-all.doc.txt).
 */
export function virshNetList(state: SimState): string {
  const rows = [
    ['Name', 'State', 'Autostart', 'Persistent'],
    ...state.networks.map((n) => [
      n.name,
      n.active ? 'active' : 'inactive',
      n.autostart ? 'yes' : 'no',
      'yes',
    ]),
  ];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]?.length ?? 0)));
  const line = (row: string[]) =>
    row.map((cell, i) => ` ${i < row.length - 1 ? cell.padEnd((widths[i] ?? 0) + 2) : cell}`).join('');
  const dashes = '-'.repeat(widths.reduce((sum, w) => sum + w + 3, 0));
  const [header = [], ...body] = rows;
  return [line(header), dashes, ...body.map(line), '', ''].join('\n');
}

/** virt-host-validate qemu (fixtures ubuntu/virt-host-validate.pass-secure-guest-warn.txt, rhel8/*). */
export function virtHostValidate(state: SimState): { stdout: string; exitCode: number } {
  // libvirt's format is "%6s: Checking %-60s: " (tools/virt-host-validate-common.c).
  const line = (msg: string, result: string) => `  QEMU: Checking ${msg.padEnd(60)}: ${result}`;
  const kvm = state.modules.has('kvm_intel') || state.modules.has('kvm_amd');
  const lines = [
    line(
      'for hardware virtualization',
      state.cpuFlag
        ? 'PASS'
        : 'FAIL (Only emulated CPUs are available, performance will be significantly limited)',
    ),
  ];
  // Without vmx/svm, libvirt does not print the /dev/kvm lines at all (tools/virt-host-validate-qemu.c).
  if (state.cpuFlag) {
    const hint =
      "FAIL (Check that the 'kvm-intel' or 'kvm-amd' modules are loaded & the BIOS has enabled virtualization)";
    lines.push(
      line('if device /dev/kvm exists', kvm ? 'PASS' : hint),
      line(
        'if device /dev/kvm is accessible',
        kvm
          ? 'PASS'
          : 'FAIL (Check /dev/kvm is world writable or you are in a group that is allowed to access it)',
      ),
    );
  }
  lines.push(
    line('if device /dev/vhost-net exists', 'PASS'),
    line('if device /dev/net/tun exists', 'PASS'),
    ...['cpu', 'cpuacct', 'cpuset', 'memory', 'devices', 'blkio'].map((c) =>
      line(`for cgroup '${c}' controller support`, 'PASS'),
    ),
    line(
      'for device assignment IOMMU support',
      'WARN (No ACPI DMAR table found, IOMMU either disabled in BIOS or not supported by this hardware platform)',
    ),
    line('for secure guest support', 'WARN (Unknown if this platform has Secure Guest support)'),
  );
  const failed = lines.some((l) => l.includes(': FAIL'));
  return { stdout: `${lines.join('\n')}\n`, exitCode: failed ? 1 : 0 };
}

/** systemctl enable --now: one "Created symlink" line per unit (fixture rocky9/systemctl-enable-libvirtd.txt). */
export function createdSymlink(unitName: string): string {
  const target = unitName.endsWith('.socket') ? 'sockets.target.wants' : 'multi-user.target.wants';
  return `Created symlink /etc/systemd/system/${target}/${unitName} → /usr/lib/systemd/system/${unitName}.`;
}

/** `ip -j route show default` (iproute2 JSON, fixture ubuntu/ip-d-j-route-table-all.ipv4.netplan-test.txt). */
export function ipRouteDefault(state: SimState): string {
  const dev = state.links.find((l) => l.ifname === state.defaultDev && l.addresses.length);
  if (!dev) return '[]\n';
  return `${JSON.stringify([{ dst: 'default', gateway: state.gateway, dev: dev.ifname, protocol: 'static', metric: 100, flags: [] }])}\n`;
}

/** `ip -j addr show` (fixture ubuntu/ip-d-j-addr.netplan-test.txt). */
export function ipAddr(state: SimState): string {
  const links = state.links.map((l, i) => ({
    ifindex: i + 1,
    ifname: l.ifname,
    flags: ['BROADCAST', 'MULTICAST', 'UP', 'LOWER_UP'],
    mtu: 1500,
    ...(l.master ? { master: l.master } : {}),
    operstate: 'UP',
    link_type: l.ifname === 'lo' ? 'loopback' : 'ether',
    address: l.mac.toLowerCase(),
    addr_info: l.addresses.map((cidr) => {
      const [local, prefixlen] = cidr.split('/');
      return {
        family: local?.includes(':') ? 'inet6' : 'inet',
        local,
        prefixlen: Number(prefixlen),
        scope: l.ifname === 'lo' ? 'host' : 'global',
      };
    }),
  }));
  return `${JSON.stringify(links)}\n`;
}
