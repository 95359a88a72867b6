import type { RunResult } from '../host/host.js';
import type { SimState } from './state.js';

/**
 * The read-only commands of the learn-more pages (run/try-it.ts) on the simulated host, in the layouts of the
 * real tools' outputs in test/fixtures (named beside each); test/host/sim/learner-commands.test.ts checks them.
 */

const ok = (stdout: string): RunResult => ({ exitCode: 0, stdout, stderr: '' });

/** `grep -Ec PATTERN FILE`: how many lines of a simulated file match (exit 1 when none, 2 for a missing file). */
export function grepCount(state: SimState, args: string[]): RunResult {
  const [flags, pattern = '', file = ''] = args;
  if (flags !== '-Ec') return { exitCode: 2, stdout: '', stderr: `grep: unsupported options ${flags}\n` };
  const text = state.files.get(file);
  if (text === undefined)
    return { exitCode: 2, stdout: '', stderr: `grep: ${file}: No such file or directory\n` };
  const re = new RegExp(pattern);
  const count = text.split('\n').filter((l) => re.test(l)).length;
  return { exitCode: count ? 0 : 1, stdout: `${count}\n`, stderr: '' };
}

/** Module sizes and users as in generic/lsmod-grep-kvm.{intel,amd}.txt. */
const MODULES: Record<string, { size: number; usedBy: (loaded: Set<string>) => string }> = {
  kvm_intel: { size: 245760, usedBy: () => '0' },
  kvm_amd: { size: 61440, usedBy: () => '0' },
  kvm: {
    size: 745472,
    usedBy: (loaded) => {
      const users = ['kvm_intel', 'kvm_amd'].filter((m) => loaded.has(m));
      return users.length ? `${users.length} ${users.join(',')}` : '0';
    },
  },
  irqbypass: { size: 16384, usedBy: (loaded) => (loaded.has('kvm') ? '1 kvm' : '0') },
};

/** `lsmod`: its header, then `%-19s %8lu  %s` per module (kmod's layout), newest first as the kernel lists them. */
export function lsmod(state: SimState): RunResult {
  const loaded = new Set(state.modules);
  if (loaded.has('kvm')) loaded.add('irqbypass');
  const rows = ['kvm_intel', 'kvm_amd', 'kvm', 'irqbypass']
    .filter((m) => loaded.has(m))
    .map((m) => {
      const info = MODULES[m];
      return `${m.padEnd(19)} ${String(info?.size ?? 0).padStart(8)}  ${info?.usedBy(loaded) ?? '0'}`;
    });
  return ok(`${['Module                  Size  Used by', ...rows].join('\n')}\n`);
}

/**
 * `bridge link` (generic/bridge-link.br0-two-veth-ports.iproute2-6.1.txt): one line per bridge port, ending
 * in a space; nothing at all when no interface has a bridge. A virtio NIC reports no speed, so the kernel
 * gives its port the default path cost, 100.
 */
export function bridgeLink(state: SimState): RunResult {
  const lines = state.links.flatMap((l, i) =>
    l.master
      ? [
          `${i + 1}: ${l.ifname}: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master ${l.master} state forwarding priority 32 cost 100 `,
        ]
      : [],
  );
  return ok(lines.map((l) => `${l}\n`).join(''));
}

/** nmcli's short type names, as `nmcli connection show` prints them (el9/nmcli-con-show.br0-lo-virbr0.txt). */
const SHORT_TYPE: Record<string, string> = { '802-3-ethernet': 'ethernet' };

/**
 * `nmcli connection show` for people (el9/nmcli-con-show.br0-lo-virbr0.txt): columns padded to the widest
 * cell plus two (the last plus one), active profiles first, `--` for a profile on no device.
 */
export function nmcliConnectionTable(state: SimState): RunResult {
  const sorted = [
    ...state.connections.filter((c) => c.active),
    ...state.connections.filter((c) => !c.active),
  ];
  const rows = [
    ['NAME', 'UUID', 'TYPE', 'DEVICE'],
    ...sorted.map((c) => [c.name, c.uuid, SHORT_TYPE[c.type] ?? c.type, c.active ? c.ifname : '--']),
  ];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]?.length ?? 0)));
  const line = (r: string[]) =>
    r.map((cell, i) => cell.padEnd((widths[i] ?? 0) + (i === r.length - 1 ? 1 : 2))).join('');
  return ok(`${rows.map(line).join('\n')}\n`);
}
