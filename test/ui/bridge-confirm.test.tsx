// The bridge's confirm screens (issue 12, netplan try): a y/N last review before the change, undo at once on
// the countdown, and Edit with the whole reason after a rollback.
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { ja } from '../../src/i18n/ja.js';
import { setCatalogue } from '../../src/i18n/messages.js';
import type { SimulatedHost } from '../../src/sim/sim-host.js';
import { KEY } from './render.js';
import { ranCommands } from './sim-session.js';
import { flat, Wizard } from './wizard-driver.js';

let w: Wizard | undefined;
afterEach(() => {
  w?.unmount();
  setCatalogue(en);
});

const ASK = 'Apply this change now? [y/N]';
/** The simulated host's network: its NetworkManager profiles and pending checkpoints. */
const network = (wiz: Wizard) => {
  const { state } = wiz.session.host as SimulatedHost;
  return { profiles: state.connections.map((c) => c.name), checkpoints: state.checkpoints.length };
};
const UNTOUCHED = { profiles: ['enp1s0', 'lo'], checkpoints: 0 };
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

describe('the last review before a bridge change', () => {
  it('lists what goes, what comes, the address, what is carried over and how it is undone', async () => {
    w = await Wizard.start({ steps: ['bridge', 'summary'] });
    const f = flat(await w.key(KEY.enter, ASK));
    expect(f).toContain('Last check before the network changes. Nothing has changed yet.');
    expect(f).toContain(
      '! Removed: profile "enp1s0" (d1ce7368-eda2-34c4-a40a-f93122e9646f) of enp1s0. A rollback brings it back.',
    );
    expect(f).toContain(
      '· Created: bridge profile br0, and port profile br0-port-enp1s0 that makes enp1s0 its port.',
    );
    expect(f).toContain('· The bridge takes the static address 192.168.1.20/24, gateway 192.168.1.1.');
    expect(f).toContain('· The bridge keeps route metric 100');
    expect(f).toContain('· Carried over: every other setting of "enp1s0"');
    expect(f).toContain('unless you press Enter on the next screen, it is undone after 90 s.');
    expect(f).toContain('! Your SSH session may freeze for a few seconds.');
    // Fits the 80×24 terminal with its header.
    expect(w.frame().split('\n').length).toBeLessThanOrEqual(24);
    expect(network(w)).toEqual(UNTOUCHED);
  });

  it('a stray Enter on the step screen does not apply: the review says no to a second Enter too', async () => {
    w = await Wizard.start({ steps: ['bridge', 'summary'] });
    await w.key(KEY.enter, ASK);
    await w.key(KEY.enter, 'Commands:');
    await settle();
    expect(w.menu()).toEqual(['Run', 'Edit', 'Skip', 'Quit']);
    expect(network(w)).toEqual(UNTOUCHED);
  });

  it('Enter Enter in one read: the review shows, the Enter typed ahead of it is dropped, not an answer', async () => {
    w = await Wizard.start({ steps: ['bridge', 'summary'] });
    w.press(KEY.enter.repeat(2));
    await w.r.waitForFrame(ASK);
    await settle();
    expect(w.frame()).toContain(ASK);
    expect(network(w)).toEqual(UNTOUCHED);
  });

  it.each([
    ['n', 'n'],
    ['N', 'N'],
    ['Esc', KEY.escape],
  ])('%s says no: back to the step, nothing ran', async (_name, key) => {
    w = await Wizard.start({ steps: ['bridge', 'summary'] });
    await w.key(KEY.enter, ASK);
    await w.key(key, 'Commands:');
    expect(network(w)).toEqual(UNTOUCHED);
  });

  it('other keys are ignored; y applies (Y too)', async () => {
    w = await Wizard.start({ steps: ['bridge', 'summary'] });
    await w.key(KEY.enter, ASK);
    w.press('x1 ');
    await settle();
    expect(w.frame()).toContain(ASK);
    expect(network(w)).toEqual(UNTOUCHED);
    await w.key('Y', 'Press Enter within', 10_000);
    expect(network(w)).toEqual({ profiles: ['lo', 'br0', 'br0-port-enp1s0'], checkpoints: 1 });
  });
});

describe('the countdown', () => {
  it('says both keys: Enter keeps, r/Esc/Ctrl-C undo now', async () => {
    w = await Wizard.start({ steps: ['bridge', 'summary'] });
    const f = flat(await w.applyBridge());
    expect(f).toContain('Press Enter within');
    expect(f).toContain('r, Esc or Ctrl-C: undo it now.');
  });

  it.each([
    ['r', 'r'],
    ['Esc', KEY.escape],
    ['Ctrl-C', '\u0003'],
  ])('%s rolls the checkpoint back at once', async (_name, key) => {
    w = await Wizard.start({ steps: ['bridge', 'summary'] });
    await w.applyBridge();
    // Well inside the 90 s deadline: undone because it was asked, not because time ran out.
    const f = flat(await w.key(key, /^✗ failed$/m, 10_000));
    expect(f).toContain(
      'Rolled back to the previous network: you asked to undo it (r, Esc or Ctrl-C on the countdown)',
    );
    const ran = ranCommands(w.session).join('\n');
    expect(ran).toContain('CheckpointRollback');
    expect(ran).not.toContain('CheckpointDestroy');
    // The host is as it was: the old profile back, nothing of br0 left, no checkpoint pending.
    expect(network(w)).toEqual(UNTOUCHED);
    expect(w.onExit).not.toHaveBeenCalled();
  });

  it('in Japanese too', async () => {
    w = await Wizard.start({ steps: ['bridge', 'summary'] });
    setCatalogue(ja);
    await w.key(KEY.enter, 'この変更を今すぐ適用しますか？ [y/N]');
    const f = flat(await w.key('y', '秒以内に Enter', 10_000));
    expect(f).toContain('r、Esc または Ctrl-C: 今すぐ元に戻します。');
    const done = flat(await w.key('r', ja['bridge.reason.reverted'], 10_000));
    expect(done).toContain('元のネットワークにロールバックしました');
  });
});
