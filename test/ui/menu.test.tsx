import { afterEach, describe, expect, it, vi } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { ja } from '../../src/i18n/ja.js';
import { setCatalogue } from '../../src/i18n/messages.js';
import { type Action, menuItems } from '../../src/ui/actions.js';
import { Menu, type MenuItem } from '../../src/ui/Menu.js';
import { KEY, type Rendered, render } from './render.js';
import { waitFor } from './wait-for.js';

type V = 'run' | 'skip' | 'back' | 'quit';
const ITEMS: MenuItem<V>[] = [
  { value: 'run', label: 'Run' },
  { value: 'skip', label: 'Skip' },
  { value: 'back', label: 'Back' },
  { value: 'quit', label: 'Quit' },
];

let r: Rendered | undefined;
afterEach(() => r?.unmount());

async function menu() {
  const onSelect = vi.fn<(v: V) => void>();
  r = render(<Menu items={ITEMS} onSelect={onSelect} />);
  await r.waitForFrame('Quit');
  return { r, onSelect };
}

/** Waits for the spy's first call: the assertion is then on what was picked, and that it was picked once. */
async function picked(onSelect: ReturnType<typeof vi.fn>) {
  await waitFor(() => onSelect.mock.calls.length > 0);
  // Give any further (wrong) key handling the same chance to show up before asserting "exactly once".
  await new Promise((resolve) => setImmediate(resolve));
  return onSelect.mock.calls.map((c) => c[0]);
}

describe('Menu', () => {
  it('shows every label on one line', async () => {
    const { r } = await menu();
    const lines = r.lastFrame().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/Run\s+Skip\s+Back\s+Quit/);
  });

  it('Enter picks the first item', async () => {
    const { r, onSelect } = await menu();
    r.press(KEY.enter);
    expect(await picked(onSelect)).toEqual(['run']);
  });

  it('"→ → Enter" in one chunk picks the third item', async () => {
    const { r, onSelect } = await menu();
    r.press(`${KEY.right}${KEY.right}${KEY.enter}`);
    expect(await picked(onSelect)).toEqual(['back']);
  });

  it('"→ → → Enter" in one chunk picks the fourth item', async () => {
    const { r, onSelect } = await menu();
    r.press(`${KEY.right}${KEY.right}${KEY.right}${KEY.enter}`);
    expect(await picked(onSelect)).toEqual(['quit']);
  });

  it('↑/↓ do not move the menu (they scroll the command list on the same screen)', async () => {
    const { r, onSelect } = await menu();
    r.press(`${KEY.down}${KEY.down}${KEY.up}${KEY.down}${KEY.enter}`);
    expect(await picked(onSelect)).toEqual(['run']);
  });

  it('"←" from the first item wraps to the last', async () => {
    const { r, onSelect } = await menu();
    r.press(`${KEY.left}${KEY.enter}`);
    expect(await picked(onSelect)).toEqual(['quit']);
  });

  it('Tab moves right and Shift-Tab moves left', async () => {
    const { r, onSelect } = await menu();
    // Separate writes: Ink's input parser splits a chunk only at ESC, so "\t\t" in one chunk is one unknown key.
    r.press(KEY.tab);
    r.press(KEY.tab);
    r.press(`${KEY.shiftTab}${KEY.enter}`);
    expect(await picked(onSelect)).toEqual(['skip']);
  });

  it('"Enter Enter" in one chunk never selects twice', async () => {
    const { r, onSelect } = await menu();
    r.press(`${KEY.enter}${KEY.enter}`);
    // Ink 6.8 delivers "\r\r" as one unknown key (nothing happens); were it split, one Enter must still pick once.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(onSelect.mock.calls.length).toBeLessThanOrEqual(1);
  });

  it('keys sent one at a time pick the same item as in one chunk', async () => {
    const { r, onSelect } = await menu();
    r.press(KEY.right);
    r.press(KEY.right);
    r.press(KEY.enter);
    expect(await picked(onSelect)).toEqual(['back']);
  });

  it.each([
    ['r', 'run'],
    ['s', 'skip'],
    ['B', 'back'],
    ['q', 'quit'],
  ] as const)('hotkey %s picks %s', async (key, value) => {
    const { r, onSelect } = await menu();
    r.press(key);
    expect(await picked(onSelect)).toEqual([value]);
  });

  it('a letter that starts no label does nothing', async () => {
    const { r, onSelect } = await menu();
    r.press('x');
    r.press('z');
    r.press(KEY.escape);
    // A later Enter is the first thing that selects.
    r.press(KEY.enter);
    expect(await picked(onSelect)).toEqual(['run']);
  });

  it('Ctrl or Alt + a hotkey letter does not pick (Ctrl-R must not run, Ctrl-Q must not quit)', async () => {
    const { r, onSelect } = await menu();
    r.press('\u0012'); // Ctrl-R
    r.press('\u0011'); // Ctrl-Q
    r.press('\u001bs'); // Alt-S
    r.press(`${KEY.right}${KEY.enter}`);
    expect(await picked(onSelect)).toEqual(['skip']);
  });

  it('picks once: later keys on the same menu do nothing (they belong to the next screen)', async () => {
    const { r, onSelect } = await menu();
    r.press(KEY.enter);
    r.press(KEY.enter);
    r.press('q');
    r.press(`${KEY.right}${KEY.enter}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(onSelect.mock.calls.map((c) => c[0])).toEqual(['run']);
  });
});

// i-layout: with NO_COLOR (and in these tests, whose stdout has no colours at all) inverse is gone; the
// selected item must still be visible, in both languages.
describe('Menu without colour', () => {
  afterEach(() => setCatalogue(en));

  it('marks the selected item with ›, and the mark follows → and ←', async () => {
    const { r } = await menu();
    expect(r.lastFrame()).toMatch(/^›Run {3,}Skip {3,}Back {3,}Quit/);
    r.press(KEY.right);
    await r.waitForFrame(/^ Run {3,}›Skip {3,}Back/);
    r.press(`${KEY.left}${KEY.left}`);
    await r.waitForFrame(/^ Run {3,}Skip {3,}Back {3,}›Quit/);
    expect(r.lastFrame()).not.toContain('\u001b[7m'); // no inverse was drawn: the mark is all there is
  });

  it('marks the selected item in Japanese too', async () => {
    setCatalogue(ja);
    const onSelect = vi.fn<(v: Action) => void>();
    r = render(<Menu items={menuItems(['run', 'skip', 'back', 'quit'])} onSelect={onSelect} />);
    await r.waitForFrame(/^›実行\(R\) {3,}スキップ\(S\)/);
    r.press(KEY.right);
    await r.waitForFrame(/^ 実行\(R\) {3,}›スキップ\(S\)/);
  });
});
