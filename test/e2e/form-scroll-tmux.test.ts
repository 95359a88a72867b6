// i-forms60: the bridge and VM forms in a real 60×18 tmux terminal: a form taller than the window scrolls
// within the rows it has (the banner, the step's title and the focused field stay on the screen), every kind
// of field starts its value in one column, and an error's wrapped lines line up under its text.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { ja } from '../../src/i18n/ja.js';
import type { MessageKey } from '../../src/i18n/messages.js';
import { displayWidth } from '../../src/i18n/width.js';
import { STEP_IDS, type StepId } from '../../src/plan/types.js';
import { wrapLines } from '../../src/ui/layout.js';
import { ensureBuilt } from './cli.js';
import { closeTmuxServer, TmuxWizard } from './tmux.js';

const CATALOGUE = { en, ja } as const;
type Lang = keyof typeof CATALOGUE;
const WIDTH = 60;
const HEIGHT = 18;

let w: TmuxWizard | undefined;
beforeAll(() => ensureBuilt(), 120_000);
afterEach(() => w?.kill());
afterAll(() => closeTmuxServer());

const heading = (lang: Lang, id: StepId) => {
  const c = CATALOGUE[lang];
  return `${c['ui.stepOf'].replace('{n}', String(STEP_IDS.indexOf(id) + 1)).replace('{total}', String(STEP_IDS.length))} · ${c[`step.${id}.title` as MessageKey]}`;
};

/** The row of the field labelled `key`: its label after the focus marker (or its space). */
const fieldRow = (screen: string, lang: Lang, key: MessageKey) =>
  screen.split('\n').find((l) => /^[› ] /.test(l) && l.slice(2).startsWith(CATALOGUE[lang][key]));

/** The column a field row's value starts at: after the label and the spaces that pad it. */
const valueColumn = (row: string | undefined, lang: Lang, key: MessageKey) => {
  const label = CATALOGUE[lang][key];
  const rest = (row ?? '').slice(2 + label.length);
  return 2 + displayWidth(label) + (rest.length - rest.trimStart().length);
};

/** Banner on the first rows, the step's title right under it, nothing wider than the window. */
function assertFrame(screen: string, lang: Lang, id: StepId, dir: string) {
  const lines = screen.replace(/\n$/, '').split('\n');
  expect(lines).toHaveLength(HEIGHT);
  const banner = wrapLines(CATALOGUE[lang]['ui.simulation'].replace('{dir}', dir), WIDTH);
  expect(lines.slice(0, banner.length), screen).toEqual(banner);
  expect(lines[banner.length], screen).toContain(heading(lang, id));
  for (const l of lines) expect(displayWidth(l), l).toBeLessThanOrEqual(WIDTH);
}

/** From the first screen to the form of `step` (the packages run, so the host's osinfo list is there). */
async function openForm(lang: Lang, step: 'bridge' | 'vm'): Promise<TmuxWizard> {
  const tmux = new TmuxWizard(['--simulate', '--lang', lang], { width: WIDTH, height: HEIGHT });
  w = tmux;
  const c = CATALOGUE[lang];
  const next = new RegExp(`^[ ›]${c['ui.next']}`, 'm');
  await tmux.waitFor(heading(lang, 'host'));
  tmux.send(['Enter']);
  await tmux.waitFor(heading(lang, 'packages'));
  tmux.send(['Enter']);
  await tmux.waitFor((s) => s.includes(heading(lang, 'packages')) && next.test(s), 30_000);
  tmux.send(['Enter']);
  for (const id of ['validate', 'services', 'network'] as const) {
    await tmux.waitFor(heading(lang, id));
    tmux.send(['s']);
  }
  await tmux.waitFor(heading(lang, 'iso'));
  tmux.send(['Enter']);
  await tmux.waitFor(next);
  tmux.send(['Enter']);
  await tmux.waitFor(heading(lang, 'bridge'));
  if (step === 'vm') {
    tmux.send(['s']);
    await tmux.waitFor(heading(lang, 'vm'));
  }
  tmux.send(['e']);
  await tmux.waitFor(c['ui.formHint'].slice(0, 12));
  return tmux;
}

/** Sends keys one at a time, waiting for each to be drawn (a field's row shows the text typed). */
async function type(tmux: TmuxWizard, lang: Lang, key: MessageKey, text: string) {
  tmux.send(['C-u']);
  tmux.send([text], true);
  await tmux.waitFor((s) => (fieldRow(s, lang, key) ?? '').includes(text));
}

/** The focused field's row. */
const focused = (screen: string) => screen.split('\n').find((l) => l.startsWith('› ')) ?? '';

/** Moves the focus one field at a time, each move waited for, until the field labelled `key` has it. */
async function focus(tmux: TmuxWizard, lang: Lang, key: MessageKey, direction: 'Up' | 'Down') {
  const label = `› ${CATALOGUE[lang][key]}`;
  for (let i = 0; i < 12; i++) {
    const row = focused(await tmux.waitFor((s) => focused(s) !== ''));
    if (row.startsWith(label)) break;
    tmux.send([direction]);
    await tmux.waitFor((s) => focused(s) !== '' && !focused(s).startsWith(row.slice(0, 12)));
  }
  return tmux.waitFor((s) => focused(s).startsWith(label));
}

describe.each(['en', 'ja'] as const)('forms at 60×18 (%s)', (lang) => {
  const c = CATALOGUE[lang];
  const more = (key: 'form.moreAbove' | 'form.moreBelow') => c[key].split('{n}')[0] ?? '';

  it('the bridge form with every field wrong scrolls: title and the focused field with its error stay in view', async () => {
    const tmux = await openForm(lang, 'bridge');
    const scrolled = tmux.scrolledOff();
    // One value column for the card (a choice), the name (typed), IPv4 method and STP (choices).
    const opened = tmux.screen();
    const columns = (
      [
        'bridge.field.interface',
        'bridge.field.name',
        'bridge.field.method',
        'bridge.field.stp',
        'bridge.field.rollbackTimeout',
      ] as const
    ).map((k) => valueColumn(fieldRow(opened, lang, k), lang, k));
    expect(new Set(columns).size, opened).toBe(1);
    await focus(tmux, lang, 'bridge.field.name', 'Down');
    await type(tmux, lang, 'bridge.field.name', 'bad name here');
    for (const [key, text] of [
      ['bridge.field.address', 'x'],
      ['bridge.field.gateway', 'y'],
      ['bridge.field.dns', 'z'],
      ['bridge.field.rollbackTimeout', '1'],
    ] as const) {
      await focus(tmux, lang, key, 'Down');
      await type(tmux, lang, key, text);
    }
    tmux.send(['Enter']);
    // The first wrong field takes the focus; its error is under it, the rest is below the window.
    let s = await tmux.waitFor((x) => x.includes('✗') && x.includes(more('form.moreBelow')));
    assertFrame(s, lang, 'bridge', tmux.dir);
    expect(fieldRow(s, lang, 'bridge.field.name'), s).toMatch(/^› .*bad name here/);
    // What is typed goes into the field on the screen, next to the marker.
    tmux.send(['X'], true);
    s = await tmux.waitFor((x) => /^› .*bad name hereX/m.test(x));
    assertFrame(s, lang, 'bridge', tmux.dir);
    // Down to the last field: the fields above scroll off, and the form says so.
    s = await focus(tmux, lang, 'bridge.field.rollbackTimeout', 'Down');
    assertFrame(s, lang, 'bridge', tmux.dir);
    expect(s).toContain(more('form.moreAbove'));
    const lines = s.split('\n');
    const at = lines.findIndex((l) => l.startsWith(`› ${c['bridge.field.rollbackTimeout']}`));
    expect(lines[at + 1], s).toMatch(/^\s+✗ /);
    // Errors wrap under their text: a continuation line starts two columns after the ✗, never one.
    const indent = valueColumn(lines[at], lang, 'bridge.field.rollbackTimeout');
    for (const [i, l] of lines.entries()) {
      if (!lines[i - 1]?.includes('✗') || /^[› ] \S/.test(l) || !l.trim() || l.includes('✗')) continue;
      if (l.startsWith(more('form.moreBelow')) || l.startsWith(c['ui.formHint'].slice(0, 8))) continue;
      expect(l.length - l.trimStart().length, `${l}\n${s}`).toBe(indent + 2);
    }
    // ↑ all the way brings the first fields back, the marker on the card.
    s = await focus(tmux, lang, 'bridge.field.interface', 'Up');
    assertFrame(s, lang, 'bridge', tmux.dir);
    expect(s).not.toContain(more('form.moreAbove'));
    expect(tmux.scrolledOff(), 'lines scrolled off the top while the form was open').toBe(scrolled);
  }, 90_000);

  it('the VM form with the OS variant list open keeps the title and the field; the value does not move', async () => {
    const tmux = await openForm(lang, 'vm');
    const scrolled = tmux.scrolledOff();
    let s = tmux.screen();
    const nameColumn = valueColumn(fieldRow(s, lang, 'vm.field.name'), lang, 'vm.field.name');
    const unfocused = fieldRow(s, lang, 'vm.field.osVariant');
    expect(valueColumn(unfocused, lang, 'vm.field.osVariant'), s).toBe(nameColumn);
    s = await focus(tmux, lang, 'vm.field.osVariant', 'Down');
    const focused = fieldRow(s, lang, 'vm.field.osVariant') ?? '';
    expect(valueColumn(focused, lang, 'vm.field.osVariant'), s).toBe(nameColumn);
    // The name after the id stays where it was with the focus (the cursor's cell takes a space, not a column).
    const name = 'CentOS Stream 9';
    expect(displayWidth(focused.slice(0, focused.indexOf(name))), s).toBe(
      displayWidth((unfocused ?? '').slice(0, (unfocused ?? '').indexOf(name))),
    );
    tmux.send(['Enter']);
    s = await tmux.waitFor(c['form.searchHint'].slice(0, 10));
    assertFrame(s, lang, 'vm', tmux.dir);
    expect(fieldRow(s, lang, 'vm.field.osVariant'), s).toMatch(/^› /);
    expect(s).toContain(more('form.moreAbove'));
    expect(tmux.scrolledOff(), 'lines scrolled off the top while the form was open').toBe(scrolled);
  }, 90_000);
});
