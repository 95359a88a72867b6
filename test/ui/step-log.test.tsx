// A step's result says what changed (packages, units, time) and `l` shows its whole output, scrollable.
import { afterEach, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/messages.js';
import { KEY } from './render.js';
import { flat, Wizard } from './wizard-driver.js';

let w: Wizard | undefined;
afterEach(() => w?.unmount());

describe('what a step changed, and its log', () => {
  it('packages: the installed packages and the time; l shows the command and all its lines; Esc goes back', async () => {
    w = await Wizard.start({ steps: ['packages', 'services', 'summary'] });
    const f = await w.run();
    expect(flat(f)).toContain('Installed: qemu-kvm libvirt virt-install cockpit cockpit-machines');
    expect(f).toMatch(/^Took \d+\.\d s\.$/m);
    expect(f).toContain(t('ui.logHint'));
    const log = await w.key('l', /lines 1–\d+ of \d+/);
    expect(log).toContain('$ dnf -y install qemu-kvm libvirt');
    expect(log).not.toContain('Installed: qemu-kvm');
    // Scrolling down moves the window: the command line leaves it.
    const total = Number(/of (\d+)/.exec(log)?.[1]);
    expect(total).toBeGreaterThan(16);
    const down = await w.key(KEY.down, /lines 2–/);
    expect(down).not.toContain('$ dnf -y install');
    const back = await w.key(KEY.escape, /^Took /m);
    expect(back).toContain('Installed: qemu-kvm');
    expect(w.menu()[0]).toBe('Next');
  });

  it('services: the units it enabled and started', async () => {
    w = await Wizard.start({ steps: ['packages', 'services', 'summary'] });
    await w.run();
    await w.next('services');
    const f = flat(await w.run());
    expect(f).toContain('Enabled and started:');
    expect(f).toContain('virtqemud.socket');
    expect(f).toContain('cockpit.socket');
  });
});
