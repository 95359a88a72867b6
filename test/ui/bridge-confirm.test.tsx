// The bridge's confirm screens (issue 12, netplan try): a y/N last review before the change, undo at once on
// the countdown, and Edit with the whole reason after a rollback.
import { afterEach, describe, expect, it } from 'vitest';
import { describeFinal } from '../../src/facts/bridge-status.js';
import { en } from '../../src/i18n/en.js';
import { ja } from '../../src/i18n/ja.js';
import { setCatalogue } from '../../src/i18n/messages.js';
import { displayWidth } from '../../src/i18n/width.js';
import { planStep } from '../../src/plan/plan.js';
import type { SimulatedHost } from '../../src/sim/sim-host.js';
import { StepResultView } from '../../src/ui/StepResultView.js';
import { KEY, render } from './render.js';
import { ranCommands, simSession } from './sim-session.js';
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

  // i-screens: the spinner showed /org/freedesktop/NetworkManager/Checkpoint/1 as what was running.
  it('while the change runs, the spinner says in words what is being done, not a D-Bus path', async () => {
    w = await Wizard.start({ steps: ['bridge', 'summary'] });
    const before = w.r.frames.length;
    await w.applyBridge();
    const running = w.r.frames
      .slice(before)
      .filter((f) => f.includes(en['bridge.running.applying'].slice(0, 30)));
    expect(running.length).toBeGreaterThan(0);
    for (const f of w.r.frames.slice(before)) expect(f).not.toContain('/org/freedesktop');
  });

  // i-screens: "gateway answers 192.168.1.1: answers" said its verdict twice.
  it('says each check with its label once, in English and Japanese', async () => {
    for (const [lang, c] of [
      ['en', en],
      ['ja', ja],
    ] as const) {
      w = await Wizard.start({ steps: ['bridge', 'summary'] });
      setCatalogue(c);
      await w.key(KEY.enter, c['bridge.review.ask'].slice(0, 10));
      const screen = await w.key('y', `✓ ${c['bridge.check.gateway']} 192`, 10_000);
      const lines = screen.split('\n').filter((l) => /^[✓✗] /.test(l));
      expect(lines.length, lang).toBeGreaterThan(5);
      expect(lines, lang).toContain(
        `✓ ${c['bridge.check.gateway']} 192.168.1.1: ${c['bridge.word.answers']}`,
      );
      for (const line of lines) {
        const [label = '', value = ''] = line.slice(2).split(': ');
        expect(label.includes(value) || value.includes(label), `${lang}: ${line}`).toBe(false);
      }
      // The bridge's state is NetworkManager's word in the user's language.
      expect(lines[0], lang).toBe(`✓ ${c['bridge.check.bridge-active']}: ${c['nm.state.connected']}`);
      w.unmount();
      setCatalogue(en);
    }
  });

  it.each([
    ['r', 'r'],
    ['Esc', KEY.escape],
    ['Ctrl-C', '\u0003'],
  ])('%s rolls the checkpoint back at once', async (_name, key) => {
    w = await Wizard.start({ steps: ['bridge', 'summary'] });
    await w.applyBridge();
    // Well inside the 90 s deadline: undone because it was asked, not because time ran out.
    // The user's choice, not a failure: no ✗, said as asked for.
    const f = flat(await w.key(key, /^↩ rolled back, as you asked$/m, 10_000));
    expect(f).not.toContain('✗');
    expect(f).toContain(`Rolled back to the previous network: ${en['bridge.reason.reverted']}`);
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
    // Japanese wraps anywhere: compare without the line breaks and indents.
    const done = (await w.key('r', /^↩ 指示どおり元に戻しました$/m, 10_000)).replace(/\n\s*/g, '');
    // Japanese lines are joined without a space, and a space in the message may be where a line broke.
    const unspaced = (s: string) => s.replace(/ /g, '');
    expect(unspaced(done)).toContain(
      unspaced(`元のネットワークにロールバックしました: ${ja['bridge.reason.reverted']}`),
    );
  });
});

/** Edit → the gateway field → a gateway in the subnet that does not answer → saved: the plan uses it. */
async function wrongGateway(wiz: Wizard): Promise<void> {
  await wiz.key('e', '› Network card');
  await wiz.key(KEY.down.repeat(4), /^› Gateway/m);
  await wiz.key(`\u0015192.168.1.254`, '192.168.1.254');
  await wiz.key(KEY.enter, /^› DNS/m);
  await wiz.key(KEY.enter, /^› STP/m);
  await wiz.key(KEY.enter, /^› Roll back/m);
  await wiz.key(KEY.enter, 'Commands:');
}

describe('after a rollback', () => {
  it('offers Edit with the values kept, besides Retry/Skip/Quit; Retry asks y/N again', async () => {
    w = await Wizard.start({ steps: ['bridge', 'summary'] });
    await wrongGateway(w);
    await w.key(KEY.enter, ASK);
    const f = flat(await w.key('y', /^✗ failed$/m, 20_000));
    expect(f).toContain(
      'Rolled back to the previous network: check "gateway" failed: expected 192.168.1.254, found no answer',
    );
    expect(w.menu()).toEqual(['Retry', 'Edit', 'Skip', 'Quit']);
    const form = await w.key('e', '› Network card');
    expect(form).toMatch(/Gateway +192\.168\.1\.254$/m);
    // Fixed in the form: the step screen, then Run asks again before anything changes.
    await w.key(`${KEY.down.repeat(4)}\u0015192.168.1.1`, /^› Gateway +192\.168\.1\.1$/m);
    await w.key(KEY.enter, /^› DNS/m);
    await w.key(KEY.enter, /^› STP/m);
    await w.key(KEY.enter, /^› Roll back/m);
    await w.key(KEY.enter, 'Commands:');
    expect(w.session.answers.bridge?.ipv4).toMatchObject({ gateway: '192.168.1.1' });
    await w.applyBridge();
    await w.key(KEY.enter, /^✓ done$/m, 10_000);
  });

  it('Retry goes through the last review too, and "no" there is back to the rollback screen', async () => {
    w = await Wizard.start({ steps: ['bridge', 'summary'] });
    await w.applyBridge();
    await w.key('r', /^↩ rolled back, as you asked$/m, 10_000);
    await w.key('r', ASK);
    await w.key('n', /^↩ rolled back, as you asked$/m);
    expect(w.menu()).toEqual(['Retry', 'Edit', 'Skip', 'Quit']);
    expect(network(w)).toEqual(UNTOUCHED);
  });

  it.each([80, 132])('the reason is shown whole, wrapped at %i columns, never cut', async (columns) => {
    const session = await simSession();
    const plan = planStep('bridge', session.facts, {}, session.profile);
    // nmcli's error as the applier keeps it (up to 500 characters), inside the rollback's reason.
    const output = `Error: Connection activation failed: ${'no carrier on enp1s0, '.repeat(14)}END`;
    const tail = describeFinal({
      phase: 'rolled-back',
      id: 'job',
      at: 0,
      reason: 'bridge.reason.command',
      params: { command: 'nmcli connection up br0-port-enp1s0', code: 4, output },
    });
    const r = render(
      <StepResultView
        result={{ id: 'bridge', outcome: 'failed', plan, failure: { tail } }}
        rows={20}
        columns={columns}
        prompt="#"
      />,
      columns,
    );
    try {
      const f = await r.waitForFrame('✗ failed');
      expect(flat(f)).toContain(
        `Rolled back to the previous network: command nmcli connection up br0-port-enp1s0 failed (exit 4): ${output}`,
      );
      for (const line of f.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(columns);
      // Wrapped, not cut: more than one line, and the continuation lines are indented under the first.
      expect(f.split('\n').filter((l) => l.startsWith('  ')).length).toBeGreaterThan(1);
    } finally {
      r.unmount();
    }
  });
});
