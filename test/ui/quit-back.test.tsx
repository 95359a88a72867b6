// Leaving and going back: Back from result screens, "Quit? [y/N]" after Ctrl-C on an idle screen, and the
// exit code README promises (0 finished, 1 left before the end or a step failed).
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { ja } from '../../src/i18n/ja.js';
import { setCatalogue, t } from '../../src/i18n/messages.js';
import { KEY } from './render.js';
import { ranCommands } from './sim-session.js';
import { waitFor } from './wait-for.js';
import { Wizard } from './wizard-driver.js';

const CTRL_C = '\u0003';
let w: Wizard | undefined;
afterEach(() => {
  w?.unmount();
  setCatalogue(en);
});

const exited = async (wiz: Wizard) => {
  await waitFor(() => wiz.onExit.mock.calls.length > 0);
  return wiz.onExit.mock.calls[0]?.[0];
};
/** Lets a few renders pass, so that a key that wrongly acted would show. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 60));

describe('Back from a result screen', () => {
  it('after packages ran: [Next, Back, Quit]; Back shows the host step, Next from there returns to packages done', async () => {
    w = await Wizard.start();
    await w.next('packages');
    await w.run();
    expect(w.menu()).toEqual(['Next', 'Back', 'Quit']);
    await w.key('b', '· Host check');
    expect(w.frame()).toContain('Step 1/');
    await w.next('packages');
    // The packages are installed now: the step is already so, nothing runs twice.
    expect(w.menu()[0]).toBe('Next');
    expect(ranCommands(w.session).filter((l) => l.startsWith('$ dnf'))).toHaveLength(1);
  });

  it('after a step was canceled: [Retry, Skip, Back, Quit]; Back leaves it for the step before', async () => {
    // 40 ms per dnf line: long enough to interrupt.
    w = await Wizard.start({ lineDelayMs: 40 });
    await w.next('packages');
    w.press(KEY.enter);
    await w.r.waitForFrame('Installing:');
    w.press(CTRL_C);
    await w.r.waitForFrame(t('ui.canceled'));
    expect(w.menu()).toEqual(['Retry', 'Skip', 'Back', 'Quit']);
    await w.key('b', '· Host check');
    expect(w.frame()).toContain('Step 1/');
    expect(w.onExit).not.toHaveBeenCalled();
  });
});

describe('Ctrl-C on an idle screen asks first', () => {
  it('n, Enter and Esc stay on the screen as it was; nothing quits', async () => {
    w = await Wizard.start();
    await w.next('packages');
    for (const answer of ['n', KEY.enter, KEY.escape]) {
      await w.key(CTRL_C, t('ui.quitAsk'));
      // The menu under the question takes no key: Enter does not run the step.
      await w.key(answer, (f) => !f.includes(t('ui.quitAsk')));
    }
    await settle();
    expect(w.frame()).toContain('· Packages');
    expect(w.menu()).toEqual(['Run', 'Skip', 'Back', 'Quit']);
    expect(w.onExit).not.toHaveBeenCalled();
    expect(ranCommands(w.session)).toEqual([]);
  });

  it('y quits mid-way: exit code 1 (not finished), even though no step failed', async () => {
    w = await Wizard.start();
    await w.next('packages');
    await w.key(CTRL_C, t('ui.quitAsk'));
    w.press('y');
    expect(await exited(w)).toBe(1);
    expect(ranCommands(w.session)).toEqual([]);
  });

  it('a second Ctrl-C quits too', async () => {
    w = await Wizard.start({ steps: ['host', 'summary'] });
    await w.key(CTRL_C, t('ui.quitAsk'));
    w.press(CTRL_C);
    expect(await exited(w)).toBe(1);
  });

  it('over a form: what was typed stays when the answer is no', async () => {
    w = await Wizard.start({ steps: ['vm', 'summary'] });
    await w.key('e', 'vm1');
    await w.key('x', 'vm1x');
    await w.key(CTRL_C, t('ui.quitAsk'));
    await w.key('n', (f) => !f.includes(t('ui.quitAsk')));
    await settle();
    expect(w.frame()).toContain('vm1x');
    expect(w.onExit).not.toHaveBeenCalled();
  });

  it('asks in Japanese', async () => {
    w = await Wizard.start({ steps: ['host', 'summary'] });
    setCatalogue(ja);
    const f = await w.key(CTRL_C, t('ui.quitAsk'));
    expect(f).toContain('終了しますか? まだ実行していないステップはそのままです。[y/N]');
  });
});

// i-harden: q (Quit) on an idle screen asks as Ctrl-C does; q again (or y) quits.
describe('Quit (q) on an idle screen asks first, as Ctrl-C does', () => {
  it('q asks; n, Enter and Esc stay, and the menu still picks (q again asks again)', async () => {
    w = await Wizard.start();
    await w.next('packages');
    for (const answer of ['n', KEY.enter, KEY.escape]) {
      await w.key('q', t('ui.quitAsk'));
      await w.key(answer, (f) => !f.includes(t('ui.quitAsk')));
    }
    await settle();
    expect(w.onExit).not.toHaveBeenCalled();
    expect(ranCommands(w.session)).toEqual([]);
    // The menu is there to use after "no": Skip moves on.
    await w.key('s', '· virt-host-validate');
  });

  it('Quit picked with Enter asks too; q q quits (exit 1), as does q y', async () => {
    w = await Wizard.start({ steps: ['host', 'summary'] });
    await w.key(`${KEY.right}${KEY.enter}`, t('ui.quitAsk'));
    expect(w.onExit).not.toHaveBeenCalled();
    w.press('q');
    expect(await exited(w)).toBe(1);
    w.unmount();
    w = await Wizard.start({ steps: ['host', 'summary'] });
    await w.key('q', t('ui.quitAsk'));
    w.press('y');
    expect(await exited(w)).toBe(1);
  });
});

describe('exit codes', () => {
  it('Quit from a menu mid-way is 1; Finish on the summary after every step is 0', async () => {
    w = await Wizard.start({ steps: ['host', 'summary'] });
    await w.key('q', t('ui.quitAsk'));
    w.press('q');
    expect(await exited(w)).toBe(1);
    w.unmount();
    w = await Wizard.start({ steps: ['host', 'summary'] });
    await w.next('summary');
    w.press('f');
    expect(await exited(w)).toBe(0);
  });
});

describe('--only without the summary', () => {
  it('Next on the last step asked for ends the wizard: exit 0, finished (it did nothing before)', async () => {
    w = await Wizard.start({ steps: ['host'] });
    expect(w.menu()[0]).toBe('Next');
    w.press(KEY.enter);
    expect(await exited(w)).toBe(0);
  });

  it('after the last step ran: Next ends it, exit 0', async () => {
    w = await Wizard.start({ steps: ['packages'] });
    await w.run();
    expect(w.menu()[0]).toBe('Next');
    w.press(KEY.enter);
    expect(await exited(w)).toBe(0);
  });
});
