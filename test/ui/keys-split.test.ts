import { describe, expect, it } from 'vitest';
import { parseKey } from '../../src/ui/keys/parse.js';
import { KeyRouter } from '../../src/ui/keys/router.js';
import { splitKeys } from '../../src/ui/keys/split.js';

const ESC = '\u001b';

describe('splitKeys: one terminal read → the keys in it', () => {
  it.each([
    ['held Backspace', '\u007f\u007f\u007f', ['\u007f', '\u007f', '\u007f']],
    ['two Enters', '\r\r', ['\r', '\r']],
    ['text then Enter', 'br1\r', ['br1', '\r']],
    ['a paste stays one piece', 'https://mirror.example.org/my.iso', ['https://mirror.example.org/my.iso']],
    ['Tab between words', 'a\tb', ['a', '\t', 'b']],
    ['→ → Enter', `${ESC}[C${ESC}[C\r`, [`${ESC}[C`, `${ESC}[C`, '\r']],
    ['↓ then Backspaces', `${ESC}[B\u007f\u007f`, [`${ESC}[B`, '\u007f', '\u007f']],
    [
      'CSI with parameters (Shift-Tab, Delete, Ctrl-→)',
      `${ESC}[Z${ESC}[3~${ESC}[1;5C`,
      [`${ESC}[Z`, `${ESC}[3~`, `${ESC}[1;5C`],
    ],
    ['SS3 arrows (application mode)', `${ESC}OA${ESC}OB`, [`${ESC}OA`, `${ESC}OB`]],
    ['legacy function key ESC [ [ A', `${ESC}[[A`, [`${ESC}[[A`]],
    ['Alt-q is ESC and the letter', `${ESC}qx`, [`${ESC}q`, 'x']],
    ['Alt with an arrow', `${ESC}${ESC}[A`, [`${ESC}${ESC}[A`]],
    ['a lone Escape', ESC, [ESC]],
    ['an unfinished CSI is left whole for Ink to keep pending', `\r${ESC}[1;`, ['\r', `${ESC}[1;`]],
    ['Ctrl-C alone', '\u0003', ['\u0003']],
    ['Japanese text with Enter', 'ブリッジ\r', ['ブリッジ', '\r']],
  ])('%s', (_what, input, keys) => {
    expect(splitKeys(input)).toEqual(keys);
    // Nothing is lost or reordered.
    expect(splitKeys(input).join('')).toBe(input);
  });
});

describe('KeyRouter: every key of a read, in order, one per turn, to the handlers active then', () => {
  const turns = async (n = 10) => {
    for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve));
  };
  const collect = () => {
    const router = new KeyRouter();
    const got: string[] = [];
    router.add({
      current: (input, key) => {
        got.push(key.return ? '⏎' : key.escape ? 'Esc' : key.ctrl ? `^${input}` : input);
      },
    });
    return { router, got };
  };

  it('a paste after Enter reaches the handler after the Enter, whole', async () => {
    const { router, got } = collect();
    router.feed(`https://a/b.iso\r${'ab'.repeat(32)}\r`);
    expect(got).toEqual(['https://a/b.iso']);
    await turns();
    expect(got).toEqual(['https://a/b.iso', '⏎', 'ab'.repeat(32), '⏎']);
  });

  it('the Delete key becomes Ctrl-D (Ink would call it Backspace)', async () => {
    const { router, got } = collect();
    router.feed(`ab${ESC}[3~`);
    await turns();
    expect(got).toEqual(['ab', '^d']);
  });

  it('a bracketed paste is one piece of text: its markers are not keys, its escape sequences not keys either', async () => {
    const { router, got } = collect();
    router.feed(`${ESC}[200~ab${ESC}[3~${ESC}[201~`);
    await turns();
    expect(got).toEqual([`ab${ESC}[3~`]);
  });

  it('an escape sequence split over two reads is one key', async () => {
    const router = new KeyRouter();
    const got: string[] = [];
    router.add({
      current: (_, key) => {
        got.push(key.rightArrow ? '→' : key.escape ? 'Esc' : '?');
      },
    });
    router.feed(`${ESC}[`);
    expect(got).toEqual([]);
    router.feed('C');
    await turns();
    expect(got).toEqual(['→']);
  });

  it('a lone Esc at the end of a read is the Esc key', async () => {
    const { router, got } = collect();
    router.feed(ESC);
    expect(got).toEqual(['Esc']);
  });

  it('a key that ends its screen drops what was typed ahead before the next turn', async () => {
    const router = new KeyRouter();
    const got: string[] = [];
    router.add({
      current: (input, key) => {
        got.push(key.return ? '⏎' : input);
        return key.return ? 'screenEnds' : undefined;
      },
    });
    router.feed('a\r\rb');
    router.feed('\r');
    await turns();
    expect(got).toEqual(['a', '⏎']);
    router.feed('c');
    await turns();
    expect(got).toEqual(['a', '⏎', 'c']);
  });

  it('a handler removed by an earlier key gets no later key; one added gets the next', async () => {
    const router = new KeyRouter();
    const got: string[] = [];
    let removeFirst = () => {};
    const second = {
      current: (input: string) => {
        got.push(`second:${input}`);
      },
    };
    removeFirst = router.add({
      current: (input) => {
        got.push(`first:${input}`);
        removeFirst();
        router.add(second);
      },
    });
    router.feed('\u0001x');
    await turns();
    expect(got).toEqual(['first:a', 'second:x']);
  });
});

describe('parseKey', () => {
  it.each([
    ['\r', { return: true }],
    ['\u007f', { delete: true }],
    ['\t', { tab: true }],
    [`${ESC}[Z`, { tab: true, shift: true }],
    [`${ESC}[A`, { upArrow: true }],
    [`${ESC}OB`, { downArrow: true }],
    [`${ESC}[5~`, { pageUp: true }],
    [`${ESC}[6~`, { pageDown: true }],
    [`${ESC}[H`, { home: true }],
    [`${ESC}[4~`, { end: true }],
    [`${ESC}[1;5C`, { rightArrow: true, ctrl: true }],
    ['\u0003', { ctrl: true }],
    [`${ESC}q`, { meta: true }],
  ])('%j', (raw, flags) => {
    expect(parseKey(raw).key).toMatchObject(flags);
  });

  it('text stays text, Ctrl-letters carry their letter', () => {
    expect(parseKey('ブリッジ')).toMatchObject({ input: 'ブリッジ', key: { ctrl: false, meta: false } });
    expect(parseKey('\u0015').input).toBe('u');
  });
});
