// Keys on the whole App: batched chunks, hotkeys, a failing step, the bridge form, other releases.
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { KEY } from './render.js';
import { ranCommands } from './sim-session.js';
import { waitFor } from './wait-for.js';
import { flat, Wizard } from './wizard-driver.js';

let w: Wizard | undefined;
afterEach(() => w?.unmount());

const exited = async (wiz: Wizard) => {
  await waitFor(() => wiz.onExit.mock.calls.length > 0);
  return wiz.onExit.mock.calls[0]?.[0];
};

describe('batched keys on the App', () => {
  it('packages [Run, Skip, Back, Quit]: "→ → Enter" in one chunk is Back → the host screen, nothing ran', async () => {
    w = await Wizard.start();
    await w.next('packages');
    expect(w.menu()).toEqual(['Run', 'Skip', 'Back', 'Quit']);
    const f = await w.key(`${KEY.right}${KEY.right}${KEY.enter}`, '· Host check');
    expect(f).toContain('Step 1/');
    expect(ranCommands(w.session)).toEqual([]);
  });

  it('packages: "→ Enter" in one chunk is Skip → validate, packages recorded as skipped', async () => {
    w = await Wizard.start();
    await w.next('packages');
    const f = await w.key(`${KEY.right}${KEY.enter}`, '· virt-host-validate');
    expect(f).toContain('✗ virt-host-validate is not installed: the packages step installs it.');
    expect(ranCommands(w.session)).toEqual([]);
  });

  it('two Enters in quick succession (separate chunks) run the step once', async () => {
    w = await Wizard.start({ lineDelayMs: 5 });
    await w.next('packages');
    w.press(KEY.enter);
    w.press(KEY.enter);
    await w.r.waitForFrame(/^✓ done$/m, 10_000);
    expect(ranCommands(w.session).filter((l) => l.startsWith('$ dnf'))).toHaveLength(1);
  });

  it('two Enters in quick succession on the host screen move on one screen, not two', async () => {
    w = await Wizard.start();
    w.press(KEY.enter);
    w.press(KEY.enter);
    await w.at('packages');
    await new Promise((resolve) => setTimeout(resolve, 50));
    // The second Enter must not reach the host screen's menu again (that "Next" skipped packages unseen).
    expect(w.frame()).toContain('· Packages');
    expect(w.menu()).toEqual(['Run', 'Skip', 'Back', 'Quit']);
  });
});

describe('hotkeys and a failing step', () => {
  it('s skips packages; validate is blocked with the reason, r runs nothing (no exit 127); q exits 1', async () => {
    w = await Wizard.start();
    await w.next('packages');
    const f = await w.key('s', '· virt-host-validate');
    expect(flat(f)).toContain(
      '✗ virt-host-validate is not installed: the packages step installs it. Run that step first (Back, or --only packages,validate).',
    );
    expect(f).not.toContain('Commands:');
    expect(w.menu()).toEqual(['Skip', 'Back', 'Quit']);
    w.press('r');
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(ranCommands(w.session)).toEqual([]);
    await w.key('q', en['ui.quitAsk']);
    w.press('q');
    expect(await exited(w)).toBe(1);
  });

  it('a blocked step runs once its prerequisite is met: Back to packages, Run, Next, validate runs', async () => {
    w = await Wizard.start({ steps: ['packages', 'validate', 'summary'] });
    await w.key('s', '· virt-host-validate');
    expect(w.menu()).toEqual(['Skip', 'Back', 'Quit']);
    await w.key('b', '· Packages');
    await w.run();
    await w.next('validate');
    const f = await w.run();
    expect(f).toMatch(/^✓ checked$/m);
    expect(f).toMatch(/^PASS +hardware virtualization$/m);
  });

  it('a failed (canceled) step can be retried: r runs it again, to done', async () => {
    w = await Wizard.start({ steps: ['packages', 'summary'], lineDelayMs: 40 });
    w.press(KEY.enter);
    await w.r.waitForFrame('Installing:');
    w.press('\u0003');
    await w.r.waitForFrame(/^↩ canceled$/m);
    // The simulated dnf had got the packages in before the stop: the retry finds them and verifies.
    const f = await w.key('r', /^✓ (done|already done)$/m, 10_000);
    expect(f).not.toContain('canceled');
  });

  it('Ctrl-R and Ctrl-Q are not hotkeys', async () => {
    w = await Wizard.start();
    await w.next('packages');
    w.press('\u0012');
    w.press('\u0011');
    // The next real key still works on the same screen: nothing ran, nothing quit.
    await w.key(`${KEY.right}${KEY.right}${KEY.enter}`, '· Host check');
    expect(ranCommands(w.session)).toEqual([]);
    expect(w.onExit).not.toHaveBeenCalled();
  });

  it('q q on the first screen exits 1: the wizard was left before the end', async () => {
    w = await Wizard.start();
    await w.key('q', en['ui.quitAsk']);
    w.press('q');
    expect(await exited(w)).toBe(1);
  });
});

describe('host without hardware virtualization', () => {
  it('is blocked, explains the BIOS setting, and "Continue anyway" accepts emulation', async () => {
    w = await Wizard.start({
      setup: (host) => {
        const s = host.state;
        s.cpuFlag = undefined;
        s.modules.delete('kvm_intel');
        s.files.set('/proc/cpuinfo', (s.files.get('/proc/cpuinfo') ?? '').replaceAll(' vmx ', ' '));
      },
    });
    const f = w.frame();
    expect(f).toContain('✗ This CPU shows no vmx or svm flag');
    expect(flat(f)).toContain('enable Intel VT-x / AMD-V');
    expect(w.menu()).toEqual(['Continue anyway (emulation only)', 'Quit']);
    const after = await w.key('c', 'Continuing without hardware virtualization');
    expect(after).toContain('! Continuing without hardware virtualization, as chosen.');
    expect(w.menu()).toEqual(['Next', 'Quit']);
    expect(w.session.answers.host).toEqual({ allowNoVirt: true });
  });
});

describe('bridge Edit', () => {
  it('a gateway outside the subnet is refused naming the Gateway field; Esc keeps the plan', async () => {
    w = await Wizard.start({ steps: ['bridge', 'summary'] });
    const before = await w.commands();
    await w.key('e', '› Network card');
    expect(w.frame()).toContain(
      'Enter: next field / save · ↑↓: move · ←→: choose · Ctrl-U: clear · Esc: cancel',
    );
    // Down to the gateway, clear it (Backspace held), paste a new one, Enter through the rest to save.
    await w.key(KEY.down.repeat(4), /^› Gateway/m);
    await w.key(KEY.backspace.repeat('192.168.1.1'.length), /^› Gateway\s*$/m);
    await w.key('10.0.0.1', '10.0.0.1');
    await w.key(KEY.enter, /^› DNS/m);
    await w.key(KEY.enter, /^› STP/m);
    await w.key(KEY.enter, /^› Roll back after/m);
    const f = await w.key(KEY.enter, '✗');
    // Under the Gateway field, in the catalogue's words.
    expect(f).toMatch(/^› Gateway +10\.0\.0\.1 ?\n +✗ must be inside 192\.168\.1\.0\/24$/m);
    await w.key(KEY.escape, 'Commands:');
    expect(await w.commands()).toBe(before);
    expect(w.session.answers.bridge).toBeUndefined();
  });

  it('switching to DHCP changes the plan on screen', async () => {
    w = await Wizard.start({ steps: ['bridge', 'summary'] });
    await w.key('e', '› Network card');
    await w.key(`${KEY.down}${KEY.down}`, /^› IPv4 method/m);
    await w.key(KEY.left, /^› IPv4 method +\(•\) DHCP \(auto\)/m);
    // The static fields are kept but skipped: Enter goes on to STP.
    for (const field of ['STP', 'Roll back']) await w.key(KEY.enter, new RegExp(`^› ${field}`, 'm'));
    // The notes are long: the step's text and its commands scroll together, the menu stays.
    const f = await w.key(KEY.enter, /^›Run /m);
    // The host was static: DHCP may give it another address, and the session to the old one would drop:
    // the reconnect flow says what to type in a new session.
    expect(flat(f)).toContain(
      'The bridge asks DHCP for an address instead of keeping the static 192.168.1.20/24',
    );
    expect(flat(f)).toContain('ssh root@NEW-ADDRESS — then: kvm-wizard confirm');
    expect(await w.commands()).toMatch(
      /# nmcli connection add type bridge con-name br0 ifname br0 .*ipv4\.method auto/,
    );
    expect(w.session.answers.bridge?.ipv4).toEqual({ method: 'auto' });
  });
});

describe('a whole form pasted in one read', () => {
  it('fills every field in order, saves once, and the keys after the last Enter do not run the step', async () => {
    w = await Wizard.start({ steps: ['bridge', 'summary'] });
    await w.key('e', '› Network card');
    const clear = '\u0015';
    // Card and method kept; name, address, gateway, DNS each cleared and typed; STP and the rollback timeout
    // kept; Enter after each; then a stray Enter and r.
    w.press(
      [
        '',
        `${clear}br1`,
        '',
        `${clear}192.168.1.30/24`,
        `${clear}192.168.1.1`,
        `${clear}192.168.1.53`,
        '',
        '',
      ]
        .map((field) => `${field}${KEY.enter}`)
        .join('') + `${KEY.enter}r`,
    );
    const f = await w.r.waitForFrame('Commands:');
    expect(w.session.answers.bridge).toMatchObject({
      name: 'br1',
      ipv4: { method: 'manual', address: '192.168.1.30/24', gateway: '192.168.1.1', dns: ['192.168.1.53'] },
    });
    expect(flat(await w.commands())).toContain('con-name br1 ifname br1');
    // Typed ahead of the review screen: dropped, so nothing ran and the menu still offers Run.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(ranCommands(w.session)).toEqual([]);
    expect(f).toContain('Run');
    expect(w.menu()[0]).toBe('Run');
  });
});

describe('CentOS Stream 8 (EL8 profile)', () => {
  it('installs from the virt module and uses master/slave-type for the bridge port', async () => {
    w = await Wizard.start({
      sim: 'centos-stream8',
      profile: 'el8',
      steps: ['packages', 'bridge', 'summary'],
    });
    expect(await w.commands()).toContain('# dnf -y module install virt');
    await w.key('s', '· Bridge');
    const c = await w.commands();
    expect(c).toContain('master br0 slave-type bridge');
    expect(c).toContain('con-name br0-port-eth0 ifname eth0');
  });
});
