import { afterEach, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/messages.js';
import { ranCommands } from './sim-session.js';
import { waitFor } from './wait-for.js';
import { Wizard } from './wizard-driver.js';

describe('Ctrl-C', () => {
  let w: Wizard | undefined;
  afterEach(() => w?.r.unmount());

  it('while dnf runs: stops it, the step says canceled and offers Retry; the wizard keeps running', async () => {
    // 40 ms per dnf line: the install takes about a second, long enough to interrupt.
    w = await Wizard.start({ steps: ['packages', 'summary'], lineDelayMs: 40 });
    w.r.press('\r');
    await w.r.waitForFrame('Installing:');
    w.r.press('\u0003');
    const f = await w.r.waitForFrame(t('ui.canceled'));
    // What the user stopped is not marked as a failure.
    expect(f).toContain(`↩ ${t('outcome.canceled')}`);
    expect(w.menu()).toEqual([t('ui.retry'), t('ui.skip'), t('ui.quit')]);
    // (packages is the first step here: no Back)
    expect(w.onExit).not.toHaveBeenCalled();
    expect(ranCommands(w.session)).toEqual([
      '$ dnf -y install qemu-kvm libvirt virt-install cockpit cockpit-machines /usr/bin/virt-host-validate',
    ]);
  });

  it('with nothing running: asks, and y quits with exit code 1 (left before the end)', async () => {
    w = await Wizard.start({ steps: ['host', 'summary'] });
    w.r.press('\u0003');
    await w.r.waitForFrame(t('ui.quitAsk'));
    w.r.press('y');
    await waitFor(() => (w?.onExit.mock.calls.length ?? 0) > 0);
    expect(w.onExit).toHaveBeenCalledWith(1);
  });
});
