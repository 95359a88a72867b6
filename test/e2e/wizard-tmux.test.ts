// The built CLI in a real 80×24 pseudo-terminal (tmux): all screens by keystrokes, from the first to the summary.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { ja } from '../../src/i18n/ja.js';
import { type MessageKey, t } from '../../src/i18n/messages.js';
import { displayWidth } from '../../src/i18n/width.js';
import { STEP_IDS, type StepId } from '../../src/plan/types.js';
import { wrapLines } from '../../src/ui/layout.js';
import { ensureBuilt, transcriptCommands } from './cli.js';
import { closeTmuxServer, TmuxWizard } from './tmux.js';

const title = (id: StepId) => t(`step.${id}.title` as MessageKey);
/** The simulation's banner as the screen wraps it: it says where this wizard's log and answers go. */
const bannerLines = (dir: string, text: string = en['ui.simulation']) =>
  wrapLines(text.replace('{dir}', dir), 80);
const N = STEP_IDS.length;

let w: TmuxWizard | undefined;
beforeAll(() => ensureBuilt(), 120_000);
afterEach(() => w?.kill());
afterAll(() => closeTmuxServer());

/** The last line with text: the menu on every screen but the ISO list. */
const lastLine = (screen: string) =>
  screen
    .split('\n')
    .filter((l) => l.trim())
    .at(-1) ?? '';

/**
 * Nothing important scrolled off: 24 rows, the banner on the first and the step title on the second, the
 * menu (or prompt) on screen.
 */
function assertFits(screen: string, id: StepId, what: string) {
  const lines = screen.replace(/\n$/, '').split('\n');
  expect(lines, what).toHaveLength(24);
  const banner = bannerLines(w?.dir ?? '');
  expect(lines.slice(0, banner.length), `${what}: first rows\n${screen}`).toEqual(banner);
  expect(lines[banner.length], `${what}: the row after the banner\n${screen}`).toContain(
    `Step ${STEP_IDS.indexOf(id) + 1}/${N} · ${title(id)}`,
  );
  for (const l of lines) expect(l.length, `${what}: ${l}`).toBeLessThanOrEqual(80);
}

const MENU = /^[ ›](Run|Next|Retry|Finish|Continue anyway|Edit|Skip) {2}/;
// A check that passed (virt-host-validate) says checked.
const RESULT = new RegExp(
  `^[✓✗] (${t('outcome.done')}|${t('outcome.checked')}|${t('outcome.failed')})$`,
  'm',
);

describe('interactive wizard in tmux, 80×24, --simulate', () => {
  it('walks every screen to the summary by keystrokes; each screen fits', async () => {
    w = new TmuxWizard(['--simulate']);
    const tmux = w;
    const at = async (id: StepId, what: string, match?: RegExp | string) => {
      const s = await tmux.waitFor(
        (screen) =>
          screen.includes(`Step ${STEP_IDS.indexOf(id) + 1}/${N} · ${title(id)}`) &&
          (match === undefined
            ? true
            : typeof match === 'string'
              ? screen.includes(match)
              : match.test(screen)),
      );
      assertFits(s, id, `${id} ${what}`);
      // No frame so far (running output, confirmations included) was taller than the terminal.
      expect(tmux.scrolledOff(), `${id} ${what}: lines scrolled off the top`).toBe(0);
      if (process.env.E2E_SHOW) console.log(`--- ${id} ${what}\n${s}`);
      return s;
    };

    for (const id of STEP_IDS) {
      let s = await at(id, 'review');
      if (id === 'summary') {
        expect(s).toContain('Cockpit: https://192.168.1.20:9090');
        expect(lastLine(s)).toMatch(/^[ ›]Finish {2}/);
        break;
      }
      if (id === 'iso') {
        expect(s).toContain('❯ CentOS-Stream-9-latest-x86_64-boot.iso  [CentOS-Stream-9-BaseOS-x86_64]');
        tmux.send(['Enter']);
        // The host is looked at again for the chosen ISO ("Looking at the host…"); then the menu returns.
        s = await at(
          id,
          'chosen',
          /Using \/var\/lib\/libvirt\/images\/[\s\S]*^[ ›](Run|Next|Edit|Skip) {2}/m,
        );
        expect(lastLine(s)).toMatch(MENU);
      } else if (/^[ ›]Run /.test(lastLine(s))) {
        tmux.send(['Enter']);
        if (id === 'bridge') {
          // The last review asks y/N before the network changes (Enter would be "no").
          s = await at(id, 'last review', 'Apply this change now? [y/N]');
          tmux.send(['y']);
          s = await at(id, 'confirm', 'Press Enter within');
          tmux.send(['Enter']);
        }
        s = await at(id, 'result', RESULT);
        // Soft: a failing step is reported, and the walk goes on (Skip) to check the remaining screens.
        const passed = id === 'validate' ? t('outcome.checked') : t('outcome.done');
        expect.soft(s, `${id} result`).toMatch(new RegExp(`^✓ ${passed}$`, 'm'));
        if (id === 'validate') expect(s).toMatch(/^WARN +device assignment IOMMU support$/m);
      }
      expect(lastLine(s), `${id}: menu on screen`).toMatch(MENU);
      // Next where offered; a step that cannot run here (or failed) is skipped.
      tmux.send([/^[ ›]Next /.test(lastLine(s)) ? 'Enter' : 's']);
    }

    tmux.send(['Enter']);
    expect(await tmux.exitCode()).toBe(0);
    const ran = transcriptCommands(tmux.dir);
    expect(ran).toContain(
      '$ dnf -y install qemu-kvm libvirt virt-install cockpit cockpit-machines /usr/bin/virt-host-validate',
    );
    expect(ran).toContain('$ virsh net-start default');
  });

  it('in Japanese (--lang ja) every screen fits 80×24 too: wide text wraps, nothing scrolls off', async () => {
    w = new TmuxWizard(['--simulate', '--lang', 'ja']);
    const tmux = w;
    const at = async (id: StepId, what: string, match?: RegExp) => {
      const heading = `ステップ ${STEP_IDS.indexOf(id) + 1}/${N} · ${ja[`step.${id}.title` as MessageKey]}`;
      const s = await tmux.waitFor((screen) => screen.includes(heading) && (!match || match.test(screen)));
      const lines = s.replace(/\n$/, '').split('\n');
      expect(lines, `${id} ${what}`).toHaveLength(24);
      const banner = bannerLines(tmux.dir, ja['ui.simulation']);
      expect(lines.slice(0, banner.length)).toEqual(banner);
      for (const l of lines) expect(displayWidth(l), `${id} ${what}: ${l}`).toBeLessThanOrEqual(80);
      expect(tmux.scrolledOff(), `${id} ${what}: lines scrolled off the top`).toBe(0);
      return s;
    };
    // A check that passed (virt-host-validate) says 確認済み.
    const done = new RegExp(`^✓ (${ja['outcome.done']}|${ja['outcome.checked']})$`, 'm');
    for (const id of STEP_IDS) {
      let s = await at(id, 'review');
      if (id === 'summary') break;
      if (id === 'iso') {
        tmux.send(['Enter']);
        s = await at(id, 'chosen', new RegExp(`^[ ›]${ja['ui.next']}`, 'm'));
      } else if (new RegExp(`^[ ›]${ja['ui.run']}`).test(lastLine(s))) {
        tmux.send(['Enter']);
        if (id === 'bridge') {
          await at(id, 'last review', new RegExp(ja['bridge.review.title'].slice(0, 8)));
          tmux.send(['y']);
          await at(id, 'confirm', new RegExp(ja['bridge.confirm'].slice(0, 8)));
          tmux.send(['Enter']);
        }
        s = await at(id, 'result', done);
      }
      tmux.send([new RegExp(`^[ ›]${ja['ui.next']}`).test(lastLine(s)) ? 'Enter' : 's']);
    }
    tmux.send(['Enter']);
    expect(await tmux.exitCode()).toBe(0);
  });

  it('"→ → Enter" sent as one chunk on packages [Run, Skip, Back, Quit] is Back', async () => {
    w = new TmuxWizard(['--simulate']);
    await w.waitFor(`Step 1/${N} · Host check`);
    w.send(['Enter']);
    await w.waitFor(/^›Run {4}Skip {4}Back {4}Quit/m);
    // One send-keys with literal escape sequences: one write to the terminal, one read by the wizard.
    w.send(['\u001b[C\u001b[C\r'], true);
    await w.waitFor(`Step 1/${N} · Host check`);
    expect(transcriptCommands(w.dir)).toEqual([]);
  });

  it('keys that reach the wizard in one read all count: a held Backspace, then "lan0⏎←⏎"', async () => {
    // Over SSH, key repeat and fast typing arrive several keys per read; Ink alone would see one unknown key.
    w = new TmuxWizard(['--simulate', '--only', 'bridge']);
    await w.waitFor(`Step 1/1 · ${title('bridge')}`);
    w.send(['e']);
    await w.waitFor(/^› Network card/m);
    w.send(['\r\u007f\u007f\u007f'], true);
    // The method is a toggle: ← picks DHCP, and Enter then skips the static fields it keeps.
    w.send(['lan0\r\u001b[D\r'], true);
    const s = await w.waitFor(/^› STP/m);
    expect(s).toMatch(/^ {2}Bridge name +lan0$/m);
    expect(s).toMatch(/^ {2}IPv4 method +\(•\) DHCP \(auto\) {2}\( \) static \(manual\)$/m);
  });

  it('Ctrl-C on the real terminal stops the running dnf, offers Retry; Ctrl-C again asks, y quits with 1', async () => {
    // 150 ms a line: dnf takes seconds, so the Ctrl-C lands while it runs, however loaded the machine.
    w = new TmuxWizard(['--simulate', '--only', 'packages'], {
      linger: true,
      env: { KVM_WIZARD_SIM_LINE_MS: '150' },
    });
    await w.waitFor(`Step 1/1 · ${title('packages')}`);
    w.send(['Enter']);
    await w.waitFor('Dependencies resolved.');
    w.send(['C-c']);
    const s = await w.waitFor(t('ui.canceled'));
    expect(lastLine(s)).toMatch(/^[ ›]Retry {2}/);
    w.send(['C-c']);
    await w.waitFor(t('ui.quitAsk'));
    // n keeps the wizard on its screen; the terminal is still in raw mode (a second Ctrl-C is a key, not SIGINT).
    w.send(['n']);
    await w.waitFor((screen) => !screen.includes(t('ui.quitAsk')) && screen.includes(t('ui.canceled')));
    w.send(['C-c']);
    await w.waitFor(t('ui.quitAsk'));
    w.send(['y']);
    expect(await w.exitCode()).toBe(1);
    expect(await w.waitFor('Log: ')).toContain('Stopped at step 1/1');
  });

  it('q (Quit) on the first screen exits 1 (not finished) and says where it stopped', async () => {
    w = new TmuxWizard(['--simulate'], { linger: true });
    await w.waitFor(`Step 1/${N} · Host check`);
    // Quit asks first (as Ctrl-C does); q again quits.
    w.send(['q']);
    await w.waitFor('Quit kvm-wizard now?');
    w.send(['q']);
    expect(await w.exitCode()).toBe(1);
    // Nothing ran, so there is no log to point at.
    const s = await w.waitFor('Stopped at step');
    // Wrapped at spaces to the terminal's width (never cut inside a word): join the lines back.
    const unwrapped = s.replace(/\s+/g, ' ');
    expect(unwrapped).toContain(
      `Stopped at step 1/${N} (Host check); the steps after it did not run. Start kvm-wizard again to go on.`,
    );
    expect(s).not.toContain('Log: ');
  });

  it('CI=true exported on a real terminal: the wizard still draws its screens and takes keys', async () => {
    // Ink shows only the final frame when CI is set; a person at a terminal inside a CI job must see the wizard.
    w = new TmuxWizard(['--simulate'], { env: { CI: 'true', CONTINUOUS_INTEGRATION: '1' } });
    await w.waitFor(`Step 1/${N} · Host check`);
    w.send(['Enter']);
    await w.waitFor(`Step 2/${N} · ${title('packages')}`);
  });

  it('NO_COLOR=1: the screen has no colours or attributes at all', async () => {
    w = new TmuxWizard(['--simulate'], { env: { NO_COLOR: '1' } });
    await w.waitFor(`Step 1/${N} · Host check`);
    expect(w.screen(true)).not.toContain('\u001b');
  });

  it('without NO_COLOR the same screen has colours (so the test above means something)', async () => {
    w = new TmuxWizard(['--simulate']);
    await w.waitFor(`Step 1/${N} · Host check`);
    expect(w.screen(true)).toContain('\u001b[');
  });
});
