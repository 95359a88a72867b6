// The learn-more page (? key) and the check-it-yourself commands, in English and Japanese, at 80×24.
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { ja } from '../../src/i18n/ja.js';
import { setCatalogue } from '../../src/i18n/messages.js';
import { note, type StepPlan } from '../../src/plan/types.js';
import { StepReview } from '../../src/ui/StepReview.js';
import { KEY, render } from './render.js';
import { flat, Wizard } from './wizard-driver.js';

let w: Wizard | undefined;
afterEach(() => {
  w?.unmount();
  w = undefined;
  setCatalogue(en);
});

/** Scrolls the page to its end (the status line says "… of N" until the last line shows). */
async function toEnd(wizard: Wizard, until: string): Promise<string> {
  return wizard.key(
    KEY.down.repeat(60),
    (f) => f.includes(until) && !/lines \d+–(\d+) of (?!\1\b)\d+/.test(f),
  );
}

function fits(frame: string) {
  const lines = frame.split('\n');
  expect(lines.length).toBeLessThanOrEqual(24);
  for (const l of lines) expect([...l].length, l).toBeLessThanOrEqual(80);
}

describe('a check step whose text is taller than its rows (the host check over SSH, with its session notes)', () => {
  it('scrolls its text and keeps its state line, instead of pushing the title off the screen', () => {
    const notes = Array.from({ length: 12 }, (_, i) =>
      note('host.emulationAccepted', 'warn', { n: String(i) }),
    );
    const plan = { id: 'host', state: 'already', notes, commands: [] } as unknown as StepPlan;
    const r = render(<StepReview plan={plan} rows={14} columns={80} prompt="#" />);
    const f = r.lastFrame() ?? '';
    expect(f.split('\n').length).toBeLessThanOrEqual(14);
    expect(f).toMatch(/scroll/);
    r.unmount();
  });
});

describe('learn more (English)', () => {
  it('the host check shows the commands that look at the host, with their output here', async () => {
    w = await Wizard.start();
    const f = await w.r.waitForFrame('kvm_intel');
    expect(f).toContain('?: learn more');
    expect(f).toContain('Checked on this host (you can type these yourself):');
    expect(f).toMatch(/^# grep -Ec 'vmx\|svm' \/proc\/cpuinfo\n4$/m);
    // 80×24 leaves room for the first lines only: the rest is counted (the ? page shows them all), and the
    // screen never overflows (a full screen scrolled its top off and ran the exit line into the menu).
    expect(f).toContain('# lsmod | grep kvm\nkvm_intel             245760  0\n… 2 more lines');
    expect(f).toMatch(/^✓ checked$/m);
    expect(w.menu()).toEqual(['Next', 'Quit']);
    fits(f);
  });

  it('a host without the kvm module: the modprobe to run and the empty lsmod both fit on the screen', async () => {
    w = await Wizard.start({ setup: (h) => h.state.modules.clear() });
    const f = await w.r.waitForFrame('# lsmod | grep kvm\n(no output, exit code 1)');
    expect(f).toMatch(/^[$#] modprobe kvm_intel/m);
    expect(w.menu()[0]).toBe('Run');
    fits(f);
  });

  it('? opens the page, ↓ scrolls to the commands with this host’s output, Esc goes back to the same menu', async () => {
    w = await Wizard.start();
    let f = await w.key('?', 'Learn more: Host check');
    expect(flat(f)).toContain('A bare-metal (type 1) hypervisor runs directly on the hardware');
    expect(flat(f)).toContain('turns Linux itself into a type-1 hypervisor');
    expect(f).toContain('Esc, q or ?: back to the step');
    expect(f).not.toMatch(/ Next {2,}Quit/);
    fits(f);
    f = await toEnd(w, 'irqbypass');
    expect(f).toContain('Check it yourself (type these; the output is from this host):');
    expect(f).toMatch(/^# grep -Ec 'vmx\|svm' \/proc\/cpuinfo\n4$/m);
    fits(f);
    await w.key(KEY.escape, (fr) => !fr.includes('Learn more'));
    expect(w.menu()).toEqual(['Next', 'Quit']);
    // The menu works again: Next goes on.
    await w.next('packages');
  });

  it('q and ? close it too, and q there does not quit the wizard', async () => {
    w = await Wizard.start();
    await w.key('?', 'Learn more: Host check');
    await w.key('q', (f) => !f.includes('Learn more'));
    await w.key('?', 'Learn more: Host check');
    await w.key('?', (f) => !f.includes('Learn more'));
    expect(w.onExit).not.toHaveBeenCalled();
    expect(w.menu()).toEqual(['Next', 'Quit']);
  });

  it('packages: the KVM/QEMU split and virtio; before the install, virsh is not there yet', async () => {
    w = await Wizard.start();
    await w.next('packages');
    const f = await w.key('?', 'Learn more: Packages');
    expect(flat(f)).toContain('KVM, in the kernel, runs the guest');
    const end = await toEnd(w, 'bash: virsh: command not found');
    expect(end).toContain('# virsh list --all\nbash: virsh: command not found');
  });

  it('after every step, the summary page shows the network, the bridge port and the VM on this host', async () => {
    w = await Wizard.start();
    await w.walkTo('summary');
    await w.key('?', 'Learn more: Summary');
    const f = await toEnd(w, 'vm1');
    const text = f.split('\n');
    expect(text).toContain('# bridge link');
    // A line wider than the screen wraps (at a space) rather than being cut.
    expect(flat(f)).toContain(
      'enp1s0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding',
    );
    expect(f).toMatch(/^ default +active +yes +yes$/m);
    expect(f).toMatch(/^ 1 +vm1 +running$/m);
    fits(f);
  });

  it('bridge: the study text’s bridge-slave/master next to port/controller, and nmcli’s table from this host', async () => {
    w = await Wizard.start();
    await w.walkTo('bridge');
    const f = await w.key('?', 'Learn more: Bridge');
    expect(f).toContain('    nmcli connection add type bridge-slave ifname enp0s3 master br0');
    const end = await toEnd(w, 'bridge link');
    expect(end).toMatch(/^# nmcli connection show\nNAME +UUID +TYPE +DEVICE *$/m);
    expect(end).toMatch(/^enp1s0 +d1ce7368-eda2-34c4-a40a-f93122e9646f +ethernet +enp1s0 *$/m);
    // No port yet: bridge link prints nothing.
    expect(end).toContain('# bridge link\n(no output, exit code 0)');
  });

  it('the ISO picker: ? on the list opens the page, Esc returns to the list; in the path field ? is text', async () => {
    w = await Wizard.start({ steps: ['iso', 'summary'] });
    const f = await w.key('?', 'Learn more: Installation ISO');
    expect(flat(f)).toContain('For a Windows guest, attach the virtio-win ISO');
    await w.key(KEY.escape, 'No ISO for now');
    await w.pick('Path or URL of an ISO…');
    await w.r.waitForFrame('Path or URL of an ISO: ');
    const typed = await w.key('?', (fr) => fr.includes('images/?'));
    expect(typed).not.toContain('Learn more');
  });

  it('? in a form is text, not the page', async () => {
    w = await Wizard.start();
    await w.walkTo('bridge');
    await w.key('e', /Bridge name/);
    await w.key(KEY.down, '› Bridge name');
    const f = await w.key('?', (fr) => fr.includes('br0?'));
    expect(f).not.toContain('Learn more');
  });
});

describe('learn more (Japanese)', () => {
  it('the host check and its page speak Japanese; the commands and outputs are the same', async () => {
    setCatalogue(ja);
    w = await Wizard.start();
    let f = await w.r.waitForFrame('kvm_intel');
    expect(f).toContain('?: 詳しく');
    expect(f).toContain('このホストで確認した内容 (自分でも入力できます):');
    expect(f).toMatch(/^✓ 確認済み$/m);
    expect(f).not.toContain('設定済み');
    fits(f);
    f = await w.key('?', '詳しく: ホストの確認');
    expect(f.replace(/\n/g, '')).toContain('ハイパーバイザー型 (ベアメタル型、タイプ 1)');
    expect(f).toContain('Esc、q、?: ステップに戻る');
    fits(f);
    f = await toEnd(w, 'irqbypass');
    expect(f).toContain('自分で確かめる (次のように入力します。出力はこのホストのもの):');
    expect(f).toContain('# lsmod | grep kvm\nkvm_intel             245760  0');
    await w.key(KEY.escape, (fr) => !fr.includes('詳しく:'));
    expect(w.menu()).toEqual(['次へ(N)', '終了(Q)']);
  });

  it('services: the modular daemons and what the study text’s systemctl enable --now libvirtd means on EL9', async () => {
    setCatalogue(ja);
    w = await Wizard.start({ steps: ['services', 'summary'] });
    const f = await w.key('?', '詳しく: サービス');
    expect(f).toContain('    systemctl enable --now libvirtd');
    const all = f.replace(/\n/g, '');
    expect(all).toContain('モジュラーデーモン');
    expect(all).toContain('virtqemud');
    fits(f);
  });
});
