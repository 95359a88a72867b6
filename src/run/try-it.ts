import { IMAGES_DIR } from '../facts/iso-images.js';
import type { Host } from '../host/host.js';
import { visibleOutputLine } from '../i18n/visible.js';
import type { StepId } from '../plan/types.js';

/**
 * "Check it yourself": per step, read-only commands a learner can type to see what the step is about, shown
 * with their output from this host. `shown` is what the learner types; `argv` is what runs (no shell), and
 * `keep` filters its output the way the shown pipe (`| grep kvm`) would.
 */
export interface TryIt {
  shown: string;
  argv: readonly string[];
  keep?: RegExp;
}

const CPU_FLAGS: TryIt = {
  shown: "grep -Ec 'vmx|svm' /proc/cpuinfo",
  argv: ['grep', '-Ec', 'vmx|svm', '/proc/cpuinfo'],
};
const KVM_MODULES: TryIt = { shown: 'lsmod | grep kvm', argv: ['lsmod'], keep: /kvm/ };
const NETWORKS: TryIt = { shown: 'virsh net-list --all', argv: ['virsh', 'net-list', '--all'] };
const VMS: TryIt = { shown: 'virsh list --all', argv: ['virsh', 'list', '--all'] };
/** Where the ISO step puts the ISO (virsh list shows VMs, not ISOs). */
const ISOS: TryIt = { shown: `ls ${IMAGES_DIR}`, argv: ['ls', IMAGES_DIR] };
const PROFILES: TryIt = { shown: 'nmcli connection show', argv: ['nmcli', 'connection', 'show'] };
const BRIDGE_PORTS: TryIt = { shown: 'bridge link', argv: ['bridge', 'link'] };

export const TRY_IT: Record<StepId, readonly TryIt[]> = {
  host: [CPU_FLAGS, KVM_MODULES],
  packages: [VMS],
  validate: [CPU_FLAGS, KVM_MODULES],
  services: [VMS, NETWORKS],
  network: [NETWORKS],
  iso: [ISOS],
  bridge: [PROFILES, BRIDGE_PORTS],
  vm: [VMS, NETWORKS],
  summary: [KVM_MODULES, NETWORKS, BRIDGE_PORTS, VMS],
};

/** One command's result as the screen shows it: lines safe for a terminal, at most `MAX_LINES` of them. */
export interface TryItOutput {
  shown: string;
  lines: string[];
  /** Lines left out beyond MAX_LINES. */
  more: number;
  exitCode: number;
}

export const MAX_LINES = 12;
/** A line longer than this is cut (a learner who wants it whole types the command). */
const MAX_LINE_CHARS = 200;
/** A command that hangs (a libvirt daemon that does not answer) must not hold the page. */
const TIMEOUT_MS = 5000;

/** Runs one step's check-it-yourself commands on the host, in order, and returns what each printed. */
export async function runTryIt(host: Host, id: StepId): Promise<TryItOutput[]> {
  const out: TryItOutput[] = [];
  for (const c of TRY_IT[id]) out.push(await runOne(host, c));
  return out;
}

async function runOne(host: Host, c: TryIt): Promise<TryItOutput> {
  const r = await host.run(c.argv, { timeoutMs: TIMEOUT_MS });
  const [file = ''] = c.argv;
  // What the terminal would show: a missing command as bash says it, otherwise stdout then stderr.
  const text = r.notFound ? `bash: ${file}: command not found` : `${r.stdout}${r.stderr}`;
  let lines = text.replace(/\n+$/, '').split('\n');
  if (text.trim() === '') lines = [];
  let exitCode = r.exitCode;
  if (c.keep && !r.notFound) {
    const keep = c.keep;
    lines = r.stdout.split('\n').filter((l) => keep.test(l));
    // grep's own exit code: 1 when nothing matched.
    exitCode = lines.length ? 0 : 1;
  }
  const shown = lines.slice(0, MAX_LINES).map((l) => cut(visibleOutputLine(l)));
  return { shown: c.shown, lines: shown, more: Math.max(0, lines.length - MAX_LINES), exitCode };
}

function cut(line: string): string {
  return line.length > MAX_LINE_CHARS ? `${line.slice(0, MAX_LINE_CHARS - 1)}…` : line;
}
