// i-forms2: a paste is text (its line breaks are not Enter); control characters show written out as typed;
// the bridge form's cross-field errors show together with the others.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { BridgeAnswers } from '../../src/answers/schema.js';
import type { Facts } from '../../src/facts/types.js';
import type { BridgeSettings } from '../../src/plan/steps/bridge.js';
import { BridgeForm } from '../../src/ui/BridgeForm.js';
import { NO_KEY } from '../../src/ui/keys/parse.js';
import { KeyRouter } from '../../src/ui/keys/router.js';
import { TextField } from '../../src/ui/TextField.js';
import { editText, MAX_FIELD_LENGTH } from '../../src/ui/text-edit.js';
import { activeIndex, activeLine, fieldLines, goTo, key, setField, under } from './form-driver.js';
import { KEY, type Rendered, render } from './render.js';
import { simSession } from './sim-session.js';

const STATIC: BridgeSettings = {
  name: 'br0',
  stp: false,
  rollbackTimeout: 90,
  ipv4: { method: 'manual', addresses: ['192.168.1.20/24'], gateway: '192.168.1.1', dns: ['192.168.1.1'] },
};
const ROW = { name: 1, address: 3, gateway: 4, dns: 5, timeout: 7 } as const;
/** A paste as a terminal in bracketed-paste mode sends it. */
const paste = (text: string) => `\u001b[200~${text}\u001b[201~`;

let facts: Facts;
beforeAll(async () => {
  facts = (await simSession()).facts;
});

let r: Rendered | undefined;
afterEach(() => r?.unmount());

async function form() {
  const onDone = vi.fn<(a: BridgeAnswers) => void>();
  r = render(<BridgeForm initial={STATIC} facts={facts} onDone={onDone} onCancel={() => undefined} />);
  await r.waitForFrame(/^› /m);
  return { r, onDone };
}

describe('the key router: a bracketed paste is one piece of text', () => {
  const collect = () => {
    const router = new KeyRouter();
    const got: string[] = [];
    router.add({ current: (input, k) => void got.push(k.return ? '⏎' : JSON.stringify(input)) });
    return { router, got };
  };
  const turns = () => new Promise((resolve) => setTimeout(resolve, 20));

  it('its line breaks and escape sequences stay text; keys around it stay keys', async () => {
    const { router, got } = collect();
    router.feed(`a\r${paste('10.0.0.1\r\nx\u001b[A')}\r`);
    await turns();
    expect(got).toEqual(['"a"', '⏎', JSON.stringify('10.0.0.1\r\nx\u001b[A'), '⏎']);
  });

  it('a paste split over reads is text in every read, up to its end marker', async () => {
    const { router, got } = collect();
    router.feed('\u001b[200~one\r');
    router.feed('two\r\u001b[201~\r');
    await turns();
    expect(got).toEqual([JSON.stringify('one\r'), JSON.stringify('two\r'), '⏎']);
  });

  it('a huge paste reaches the screen cut at what a field holds, over every read; the next paste is whole', async () => {
    const { router, got } = collect();
    // 133 KB of base64 in 4 KiB reads froze the wizard for minutes: every render laid it all out again.
    const chunk = 'QUJD'.repeat(1024);
    router.feed(`\u001b[200~${chunk}`);
    for (let i = 0; i < 32; i++) router.feed(chunk);
    router.feed('\u001b[201~');
    router.feed(paste('br1'));
    await turns();
    const texts = got.map((g) => JSON.parse(g) as string);
    expect(texts.slice(0, -1).join('').length).toBe(MAX_FIELD_LENGTH);
    expect(texts.at(-1)).toBe('br1');
  });
});

describe('a text field holds at most MAX_FIELD_LENGTH characters', () => {
  it('typed or pasted past it is dropped', () => {
    const full = { value: 'x'.repeat(MAX_FIELD_LENGTH - 2), cursor: MAX_FIELD_LENGTH - 2 };
    const after = editText(full, 'abcdef', { ...NO_KEY });
    expect(after !== 'submit' && after?.value.length).toBe(MAX_FIELD_LENGTH);
    expect(editText({ value: 'x'.repeat(MAX_FIELD_LENGTH), cursor: 0 }, 'y', { ...NO_KEY })).toBeUndefined();
  });
});

describe('forms: a pasted line break is not Enter', () => {
  it('a paste of several lines fills the field with its first line, says so, and neither saves nor moves on', async () => {
    const { r, onDone } = await form();
    await goTo(r, ROW.address);
    await key(r, '\u0015');
    await key(r, paste('192.168.1.30/24\r\n192.168.1.1\r\n\r\n'));
    const frame = r.lastFrame();
    expect(fieldLines(frame)[ROW.address]).toMatch(/Address\/prefix\s+192\.168\.1\.30\/24 ?$/);
    expect(activeIndex(frame)).toBe(ROW.address);
    expect(under(frame, 'Address/prefix').join(' ')).toBe(
      '! pasted text had 1 more line(s): only the first was taken (a line break in a paste is not Enter)',
    );
    // The next key edits the field: the notice goes.
    await key(r, KEY.backspace);
    expect(under(r.lastFrame(), 'Address/prefix')).toEqual([]);
    expect(onDone).not.toHaveBeenCalled();
  });

  it('on the last field, a value pasted with its line break does not save the form', async () => {
    const { r, onDone } = await form();
    await setField(r, ROW.timeout, paste('120\r'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(onDone).not.toHaveBeenCalled();
    expect(activeLine(r.lastFrame())).toMatch(/Roll back after \(seconds\)\s+120 ?$/);
    expect(under(r.lastFrame(), 'Roll back after').join(' ')).toBe(
      '! the pasted line break was not taken as Enter: press Enter to go on',
    );
    // A typed Enter saves.
    r.press(KEY.enter);
    await vi.waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
    expect(onDone.mock.calls[0]?.[0]).toMatchObject({ rollbackTimeout: 120 });
  });

  it('a one-field text prompt (the ISO path) takes the first line of a paste and says so', async () => {
    const onSubmit = vi.fn(() => undefined);
    r = render(<TextField initial="" onSubmit={onSubmit} />);
    await key(r, paste('/var/lib/libvirt/images/a.iso\rrm -rf /\r'));
    expect(r.lastFrame()).toContain('/var/lib/libvirt/images/a.iso');
    expect(r.lastFrame()).not.toContain('rm -rf');
    expect(r.lastFrame()).toContain('! pasted text had 1 more line(s)');
    expect(onSubmit).not.toHaveBeenCalled();
  });
});

describe('forms: control characters show written out as they are typed', () => {
  it('a bidi override and a C1 control in a name are shown as \\u202e and \\x9b before any check', async () => {
    const { r } = await form();
    await setField(r, ROW.name, paste('br\u202e0\u009b'));
    const line = fieldLines(r.lastFrame())[ROW.name] ?? '';
    expect(line).toContain('br\\u202e0\\x9b');
    expect(r.lastFrame()).not.toMatch(/[\u202e\u009b]/);
    // Moving off the field shows it the same way.
    await key(r, KEY.down);
    expect(fieldLines(r.lastFrame())[ROW.name]).toContain('br\\u202e0\\x9b');
  });
});

describe('forms: cross-field errors show with the others', () => {
  it('a bad address and an empty gateway: both said at once, not the gateway only after the address is fixed', async () => {
    const { r, onDone } = await form();
    await setField(r, ROW.address, '192.168.1.300/24');
    await setField(r, ROW.gateway, '');
    await setField(r, ROW.timeout, '5');
    r.press(KEY.enter);
    const frame = await r.waitForFrame('✗');
    expect(under(frame, 'Address/prefix').join(' ')).toBe(
      '✗ not an address with prefix like 192.168.1.10/24',
    );
    expect(under(frame, 'Gateway')).toEqual(['✗ required when method is manual']);
    expect(under(frame, 'Roll back after')).toEqual(['✗ at least 15']);
    expect(onDone).not.toHaveBeenCalled();
  });
});
