// i-layout: the built CLI in real tmux terminals of several sizes: every screen fits and follows a resize;
// below 60×18 it asks for a bigger window; monochrome terminals see the selection; TERM=dumb is refused.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { ja } from '../../src/i18n/ja.js';
import type { MessageKey } from '../../src/i18n/messages.js';
import { displayWidth } from '../../src/i18n/width.js';
import { STEP_IDS, type StepId } from '../../src/plan/types.js';
import { wrapLines } from '../../src/ui/layout.js';
import { ensureBuilt } from './cli.js';
import { closeTmuxServer, TmuxWizard } from './tmux.js';

const N = STEP_IDS.length;
let w: TmuxWizard | undefined;
beforeAll(() => ensureBuilt(), 120_000);
afterEach(() => w?.kill());
afterAll(() => closeTmuxServer());

const CATALOGUE = { en, ja } as const;
type Lang = keyof typeof CATALOGUE;
const heading = (lang: Lang, id: StepId) => {
  const c = CATALOGUE[lang];
  return `${c['ui.stepOf'].replace('{n}', String(STEP_IDS.indexOf(id) + 1)).replace('{total}', String(N))} · ${c[`step.${id}.title` as MessageKey]}`;
};
const oneLine = (screen: string) => screen.replace(/\s+/g, ' ');
const lastLine = (screen: string) =>
  screen
    .split('\n')
    .filter((l) => l.trim())
    .at(-1) ?? '';

/** The screen fits: banner on the first row, the step's title on the second, no row wider than the window. */
function assertFits(screen: string, lang: Lang, id: StepId, width: number, height: number, what: string) {
  const lines = screen.replace(/\n$/, '').split('\n');
  expect(lines, what).toHaveLength(height);
  // The banner says where the log and answers go: a long directory wraps it at narrow widths.
  const banner = wrapLines(CATALOGUE[lang]['ui.simulation'].replace('{dir}', w?.dir ?? ''), width);
  expect(lines.slice(0, banner.length), `${what}: first rows\n${screen}`).toEqual(banner);
  expect(lines[banner.length], `${what}: the row after the banner\n${screen}`).toContain(heading(lang, id));
  for (const l of lines) expect(displayWidth(l), `${what}: ${l}`).toBeLessThanOrEqual(width);
  // Text laid out for the window: some line uses more than 80 columns when there are more (the about text).
  if (width > 100 && what.endsWith('review'))
    expect(Math.max(...lines.map((l) => displayWidth(l))), what).toBeGreaterThan(80);
}

/** Every screen from the first to the summary, by keystrokes, in a `width`×`height` terminal. */
async function walk(width: number, height: number, lang: Lang) {
  w = new TmuxWizard(['--simulate', '--lang', lang], { width, height });
  const tmux = w;
  const c = CATALOGUE[lang];
  const item = (key: MessageKey) => new RegExp(`^[ ›]${c[key]}`);
  const at = async (id: StepId, what: string, match?: RegExp) => {
    const s = await tmux.waitFor(
      (screen) => screen.includes(heading(lang, id)) && (!match || match.test(screen)),
    );
    assertFits(s, lang, id, width, height, `${width}×${height} ${lang} ${id} ${what}`);
    expect(tmux.scrolledOff(), `${id} ${what}: lines scrolled off the top`).toBe(0);
    // i-screens: every step's own screen (a menu or the ISO picker below it) says ? opens its learn-more page.
    // (on the title's own line: the banner above it takes one or two rows, by the width)
    const title = s.split('\n').find((line) => line.includes(heading(lang, id)));
    if (what === 'review') expect(title, `${id} ${what}`).toContain(c['learn.hint']);
    if (process.env.E2E_SHOW) console.log(`--- ${id} ${what}\n${s}`);
    return s;
  };
  // A check that passed (virt-host-validate) says checked.
  const done = new RegExp(`^✓ (${c['outcome.done']}|${c['outcome.checked']})$`, 'm');
  for (const id of STEP_IDS) {
    let s = await at(id, 'review');
    if (id === 'summary') break;
    if (id === 'iso') {
      expect(s).toContain('CentOS-Stream-9-latest-x86_64-boot.iso'); // an ISO name is never broken
      tmux.send(['Enter']);
      s = await at(id, 'chosen', new RegExp(`^[ ›]${c['ui.next']}`, 'm'));
    } else if (item('ui.run').test(lastLine(s))) {
      tmux.send(['Enter']);
      if (id === 'bridge') {
        // The last review asks y/N before the network changes (Enter there is no).
        await at(id, 'last review', new RegExp(c['bridge.review.title'].slice(0, 8)));
        tmux.send(['y']);
        await at(id, 'confirm', new RegExp(c['bridge.confirm'].slice(0, 8)));
        tmux.send(['Enter']);
      }
      s = await at(id, 'result', done);
    }
    tmux.send([item('ui.next').test(lastLine(s)) ? 'Enter' : 's']);
  }
  tmux.send(['Enter']);
  expect(await tmux.exitCode()).toBe(0);
}

describe('every screen fits the terminal it is in', () => {
  it('60×18 in English', () => walk(60, 18, 'en'), 120_000);
  it('60×18 in Japanese', () => walk(60, 18, 'ja'), 120_000);
  it('120×40 in English: the text uses the width', () => walk(120, 40, 'en'), 120_000);
  // i-screens: the Japanese summary is the tightest screen at 80×24.
  it('80×24 in Japanese', () => walk(80, 24, 'ja'), 120_000);
});

describe('resize', () => {
  it('re-lays out a screen at once, mid-step, and below 60×18 asks for a bigger window', async () => {
    w = new TmuxWizard(['--simulate'], { width: 80, height: 24 });
    await w.waitFor(heading('en', 'host'));
    w.send(['Enter']);
    const at80 = await w.waitFor(heading('en', 'packages'));
    expect(at80).toMatch(/^# dnf -y install .* \\$/m);
    w.resize(120, 40);
    // At 120 columns the about text and the whole dnf command are on one line each.
    const at120 = await w.waitFor(
      /^# dnf -y install qemu-kvm libvirt virt-install cockpit cockpit-machines \/usr/m,
    );
    assertFits(at120, 'en', 'packages', 120, 40, '120×40 after resize');
    w.resize(60, 18);
    const at60 = await w.waitFor(
      (s) =>
        s.split('\n').length >= 18 && /^# dnf -y install qemu-kvm libvirt virt-install cockpit \\$/m.test(s),
    );
    assertFits(at60, 'en', 'packages', 60, 18, '60×18 after resize');
    // Mid-step: the running output follows the window too.
    w.send(['Enter']);
    await w.waitFor(en['ui.stopHint']);
    w.resize(50, 15);
    const small = (await w.waitFor((x) => oneLine(x).includes('make the window at least 60×18'))).trim();
    expect(oneLine(small)).toContain('This window is 50×15');
    expect(small.split('\n').length).toBe(2); // nothing else: no broken frame
    // Keys wait while the screen is hidden; the step finishes meanwhile, and its result is there on return.
    w.send(['Enter']);
    w.resize(80, 24);
    const back = await w.waitFor(new RegExp(`^✓ ${en['outcome.done']}$`, 'm'), 30_000);
    assertFits(back, 'en', 'packages', 80, 24, '80×24 after the small window');
    expect(back).toContain(heading('en', 'packages')); // the Enter typed while hidden did not go on
  }, 60_000);
});

describe('monochrome terminals', () => {
  for (const [lang, env] of [
    ['en', { NO_COLOR: '1' }],
    ['ja', { NO_COLOR: '1' }],
    ['en', { TERM: 'vt100' }],
  ] as const)
    it(`${JSON.stringify(env)} --lang ${lang}: the selected menu item is marked, and the mark moves`, async () => {
      w = new TmuxWizard(['--simulate', '--lang', lang], { env });
      await w.waitFor(heading(lang, 'host'));
      w.send(['Enter']);
      const c = CATALOGUE[lang];
      const run = lang === 'ja' ? `${c['ui.run']}(R)` : c['ui.run'];
      const skip = lang === 'ja' ? `${c['ui.skip']}(S)` : c['ui.skip'];
      const s = await w.waitFor(heading(lang, 'packages'));
      expect(lastLine(s).startsWith(`›${run}`)).toBe(true);
      if ('NO_COLOR' in env) expect(w.screen(true)).not.toContain('\u001b[7m');
      w.send(['Right']);
      const moved = await w.waitFor((x) => lastLine(x).includes(`›${skip}`));
      expect(lastLine(moved).startsWith(` ${run}`)).toBe(true);
    });

  for (const lang of ['en', 'ja'] as const)
    it(`TERM=dumb --lang ${lang}: the interactive wizard is refused with exit 3 and what to use instead`, async () => {
      w = new TmuxWizard(['--simulate', '--lang', lang], { env: { TERM: 'dumb' }, linger: true });
      expect(await w.exitCode()).toBe(3);
      const s = (await w.waitFor('TERM=dumb')).replace(/\s+/g, ' ');
      expect(s).toContain('--yes');
      expect(s).toContain('--dry-run');
      expect(s).toContain('export');
      expect(s).toContain(lang === 'ja' ? '表示できません' : 'cannot draw the interactive wizard');
    });
});
