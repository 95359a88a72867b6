// Every step screen of the App, on a real Session against the simulated CentOS Stream 9 host, at 80×24.
import { dirname } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/messages.js';
import { STEP_IDS } from '../../src/plan/types.js';
import { KEY } from './render.js';
import { ranCommands } from './sim-session.js';
import { flat, title, Wizard } from './wizard-driver.js';

let w: Wizard | undefined;
afterEach(() => w?.unmount());

const DNF =
  '$ dnf -y install qemu-kvm libvirt virt-install cockpit cockpit-machines /usr/bin/virt-host-validate';
const ISO = '/var/lib/libvirt/images/CentOS-Stream-9-latest-x86_64-boot.iso';

/** No screen is wider than the 80 columns it is rendered at. */
function fitsWidth(frame: string) {
  for (const line of frame.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(80);
}

describe('App screens (simulated CentOS Stream 9, 80 columns)', () => {
  it('host: the simulation banner, the VT-x note and Next/Quit (no Back on the first screen)', async () => {
    w = await Wizard.start();
    const f = w.frame();
    // True to what the simulation does: no host changes, but its log and answers are written, and where.
    expect(flat(f)).toContain(
      `SIMULATION — host unchanged; log and answers: ${dirname(w.session.transcript.path)}`,
    );
    expect(f).toContain(`kvm-wizard · Step 1/${STEP_IDS.length} · Host check`);
    expect(f).toContain('✓ Intel VT-x found (flag vmx): module kvm-intel.');
    expect(f).toContain('✓ The kvm module is loaded and /dev/kvm exists.');
    expect(f).toContain('· System: CentOS Stream 9');
    expect(w.menu()).toEqual(['Next', 'Quit']);
    fitsWidth(f);
  });

  it('packages: the exact dnf command and Run/Skip/Back/Quit', async () => {
    w = await Wizard.start();
    const f = await w.next('packages');
    expect(f).toContain('! To install: qemu-kvm libvirt virt-install cockpit cockpit-machines');
    expect(await w.commands()).toContain(
      `#${DNF.slice(1)} # install the virtualization and Cockpit packages`,
    );
    expect(w.menu()).toEqual(['Run', 'Skip', 'Back', 'Quit']);
    fitsWidth(f);
  });

  it('packages: Run shows the result, then Next; the transcript has exactly the command shown', async () => {
    w = await Wizard.start();
    await w.next('packages');
    const f = await w.run();
    expect(f).toMatch(/^✓ done$/m);
    expect(f).not.toContain('Commands:');
    expect(w.menu()).toEqual(['Next', 'Back', 'Quit']);
    expect(ranCommands(w.session)).toEqual([DNF]);
    await w.next('validate');
  });

  it('packages: while it runs, the spinner names the command and the last output lines show', async () => {
    w = await Wizard.start({ lineDelayMs: 30 });
    await w.next('packages');
    const f = await w.key(KEY.enter, 'Running');
    expect(flat(f)).toContain('Running dnf -y install qemu-kvm libvirt');
    await w.r.waitForFrame(/Installing|Downloading|metadata/);
    expect(w.frame()).not.toMatch(/[ ›]Run {2,}Skip/);
    await w.r.waitForFrame(/^✓ done$/m, 10_000);
  });

  it('validate: the PASS/WARN table with the IOMMU explanation', async () => {
    w = await Wizard.start();
    await w.walkTo('validate');
    expect(await w.commands()).toContain("# virt-host-validate qemu # run libvirt's host check for QEMU/KVM");
    const f = await w.run();
    expect(f).toMatch(/^PASS +hardware virtualization$/m);
    expect(f).toMatch(/^PASS +device \/dev\/kvm exists$/m);
    expect(f).toMatch(/^WARN +device assignment IOMMU support$/m);
    expect(flat(f)).toContain(
      '→ PCI passthrough only: add intel_iommu=on (or amd_iommu=on) to the kernel arguments (EL: grubby --args; Debian: /etc/default/grub + update-grub), reboot.',
    );
    expect(f).toContain('→ Secure guests (SEV/TDX/PEF) are optional; most hosts do not have them.');
    // A check that passed set nothing up: it says checked.
    expect(f).toMatch(/^✓ checked$/m);
    fitsWidth(f);
  });

  it('services: systemctl for the modular libvirt sockets and cockpit, firewall-cmd for port 9090', async () => {
    w = await Wizard.start();
    const f = await w.walkTo('services');
    expect(f).toContain('· This host uses the modular libvirt daemons');
    const c = await w.commands();
    expect(c).toMatch(
      /# systemctl enable --now virtqemud\.socket virtqemud-ro\.socket .*virtstoraged-admin\.socket # start libvirt now and at every boot/,
    );
    expect(c).toContain(
      '# systemctl enable --now cockpit.socket # start the Cockpit web console on port 9090',
    );
    expect(c).toContain('# firewall-cmd --add-service=cockpit');
    expect(c).toContain('# firewall-cmd --permanent --add-service=cockpit');
    expect(await w.run()).toMatch(/^✓ done$/m);
    expect(ranCommands(w.session)).toContain('$ systemctl enable --now cockpit.socket');
    expect(ranCommands(w.session)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\$ systemctl enable --now virtqemud\.socket /)]),
    );
  });

  it('network: starts the default network and marks it autostarted', async () => {
    w = await Wizard.start();
    const f = await w.walkTo('network');
    expect(f).toContain('! The default network exists but is not active.');
    const c = await w.commands();
    expect(c).toContain('# virsh net-start default # start the default network (creates virbr0)');
    expect(c).toContain('# virsh net-autostart default # start it at every boot');
    expect(await w.run()).toMatch(/^✓ done$/m);
    expect(ranCommands(w.session)).toEqual(
      expect.arrayContaining(['$ virsh net-start default', '$ virsh net-autostart default']),
    );
  });

  it('ISO picker: lists the simulated ISO with its volume id; Enter picks it', async () => {
    w = await Wizard.start();
    const f = await w.walkTo('iso');
    // On one line: the file name (the text above names the directory) and its volume id.
    expect(f).toContain('❯ CentOS-Stream-9-latest-x86_64-boot.iso  [CentOS-Stream-9-BaseOS-x86_64]');
    // Every choice is on screen, the last ones too (not hidden below a 5-line list).
    expect(f).toContain('  Path or URL of an ISO…');
    expect(f).toContain('  No ISO for now');
    const picked = await w.key(KEY.enter, 'Using');
    expect(flat(picked)).toContain(`✓ Using ${ISO} (volume CentOS-Stream-9-BaseOS-x86_64).`);
    expect(w.session.answers.iso).toEqual({ path: ISO });
    expect(w.menu()).toEqual(['Next', 'Edit', 'Back', 'Quit']);
  });

  it('ISO picker: "No ISO for now" goes on to the bridge and the summary says skipped', async () => {
    w = await Wizard.start({ steps: ['iso', 'summary'] });
    await w.pick('No ISO for now');
    await w.at('summary');
    expect(w.frame()).toMatch(/^Installation ISO +skipped$/m);
    expect(w.session.answers.iso).toBeUndefined();
  });

  it('ISO picker: an absolute path typed after the prefilled directory replaces it', async () => {
    w = await Wizard.start({ steps: ['iso', 'summary'] });
    await w.pick('Path or URL of an ISO…');
    await w.r.waitForFrame('Path or URL of an ISO: ');
    const f = await w.key(`/srv/nope.iso${KEY.enter}`, 'does not exist');
    expect(flat(f)).toContain('✗ ISO /srv/nope.iso does not exist.');
  });

  it('ISO picker: a typed path that does not exist is refused; Esc returns to the list to skip', async () => {
    w = await Wizard.start({ steps: ['iso', 'summary'] });
    await w.pick('Path or URL of an ISO…');
    await w.r.waitForFrame('Path or URL of an ISO: ');
    await w.key('nope.iso', 'nope.iso');
    const f = await w.key(KEY.enter, 'does not exist');
    expect(flat(f)).toContain('✗ ISO /var/lib/libvirt/images/nope.iso does not exist.');
    await w.key(KEY.escape, 'No ISO for now');
    await w.pick('No ISO for now');
    await w.at('summary');
    expect(w.frame()).toMatch(/^Installation ISO +skipped$/m);
  });

  it('ISO picker: URL, Enter and SHA-256 pasted in one go land in their own fields', async () => {
    w = await Wizard.start({ steps: ['iso', 'summary'] });
    await w.pick('Path or URL of an ISO…');
    await w.r.waitForFrame('Path or URL of an ISO: ');
    const sha = 'cd'.repeat(32);
    await w.key(
      `\u0015https://mirror.example.org/x.iso${KEY.enter}${sha}${KEY.enter}`,
      'Download https://mirror.example.org/x.iso',
    );
    expect(w.session.answers.iso).toEqual({ url: 'https://mirror.example.org/x.iso', sha256: sha });
  });

  it('ISO picker: your own URL needs its SHA-256 or checksum file; a bad one names the key', async () => {
    w = await Wizard.start({ steps: ['iso', 'summary'] });
    await w.pick('Path or URL of an ISO…');
    await w.r.waitForFrame('Path or URL of an ISO: ');
    // Typed after the prefilled directory, a URL of its own replaces it.
    await w.key('https://mirror.example.org/my.iso', 'my.iso');
    await w.key(KEY.enter, 'Its SHA-256 (64 hex digits), or the https:// URL of its checksum file:');
    expect(flat(w.frame())).toContain('Path or URL of an ISO: https://mirror.example.org/my.iso');
    // Neither a SHA-256 nor a URL: say what is expected.
    await w.key(`abc123${KEY.enter}`, '✗');
    expect(flat(w.frame())).toContain(
      '✗ Enter the ISO’s SHA-256 (64 hex digits) or the https:// URL of its checksum file.',
    );
    await w.key(`\u0015http://x/SUMS`, 'http://x/SUMS');
    const bad = await w.key(KEY.enter, 'iso.checksumUrl');
    expect(flat(bad)).toContain('✗ iso.checksumUrl: must be an https:// URL');
    expect(w.session.answers.iso).toBeUndefined();
    // A held Backspace: every DEL in the one read counts.
    await w.key(KEY.backspace.repeat('http://x/SUMS'.length), (f) => !f.includes('SUMS'));
    const sha = 'ab'.repeat(32);
    await w.key(sha, sha.slice(-8));
    await w.key(KEY.enter, 'Download https://mirror.example.org/my.iso');
    expect(w.session.answers.iso).toEqual({ url: 'https://mirror.example.org/my.iso', sha256: sha });
  });

  it('bridge: the nmcli commands inside a checkpoint, then Run asks to confirm and keeps the network', async () => {
    w = await Wizard.start();
    const f = await w.walkTo('bridge');
    expect(flat(f)).toContain('· The bridge takes the static address 192.168.1.20/24, gateway 192.168.1.1.');
    expect(flat(f)).toContain('! Your SSH session may freeze for a few seconds.');
    expect(w.menu()).toEqual(['Run', 'Edit', 'Skip', 'Back', 'Quit']);
    const c = await w.commands();
    expect(c).toContain(
      '# nmcli connection add type bridge con-name br0 ifname br0 connection.autoconnect yes bridge.stp no ethernet.cloned-mac-address 52:54:00:6B:3C:1D ipv4.method manual ipv4.addresses 192.168.1.20/24 ipv4.gateway 192.168.1.1 ipv4.dns 192.168.1.1 ipv6.method auto',
    );
    expect(c).toContain(
      '# nmcli connection add type ethernet con-name br0-port-enp1s0 ifname enp1s0 connection.autoconnect yes controller br0 port-type bridge',
    );
    expect(c).toContain('# nmcli connection up br0-port-enp1s0');
    expect(c).toContain('# nmcli connection delete uuid d1ce7368-eda2-34c4-a40a-f93122e9646f');
    const confirm = await w.applyBridge();
    expect(confirm).toContain('✓ address on the bridge: 192.168.1.20/24');
    const done = await w.key(KEY.enter, /^✓ done$/m, 10_000);
    expect(done).toContain('The bridge is kept');
    expect(ranCommands(w.session)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\$ nmcli connection add type bridge con-name br0 /)]),
    );
  });

  it('summary: every outcome, the Cockpit URL and the log; Finish exits 0', async () => {
    w = await Wizard.start();
    const f = await w.walkTo('summary');
    for (const [step, outcome] of [
      ['Host check', 'checked'],
      ['Packages', 'done'],
      ['virt-host-validate', 'checked'],
      ['Services', 'done'],
      ['Default network', 'done'],
      ['Installation ISO', t('outcome.already')],
      ['Bridge', 'done'],
    ])
      expect(f).toMatch(new RegExp(`^${step} +${outcome}$`, 'm'));
    // The Cockpit login advice wraps at spaces, with no stray space at the start of a line.
    expect(f).toContain('Cockpit does not let root log in');
    expect(f).not.toMatch(/^ [a-z]/m);
    // Every step before the summary has its row.
    for (const id of STEP_IDS.filter((s) => s !== 'summary'))
      expect(f).toMatch(new RegExp(`^${title(id)} {2,}\\S`, 'm'));
    expect(f).toContain('Cockpit: https://192.168.1.20:9090');
    expect(flat(f)).toContain(`Log: ${w.session.transcript.path}`);
    expect(w.menu()).toEqual(['Finish', 'Back']);
    w.press(KEY.enter);
    await new Promise<void>((resolve) => {
      const check = () => (w?.onExit.mock.calls.length ? resolve() : setTimeout(check, 10));
      check();
    });
    expect(w.onExit).toHaveBeenCalledWith(0);
  });
});
