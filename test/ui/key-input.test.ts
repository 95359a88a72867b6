import { describe, expect, it, vi } from 'vitest';
import { keyFeed, SETTLE_MS, splitKeys } from '../../src/ui/key-input.js';

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

describe('keyFeed: one key at a time, and the next screen gets the keys typed after Enter', () => {
  it('keys up to an Enter go at once; the rest wait SETTLE_MS for the next screen', () => {
    vi.useFakeTimers();
    try {
      const got: string[] = [];
      const feed = keyFeed((k) => got.push(k));
      feed(`https://a/b.iso\r${'ab'.repeat(32)}\r`);
      expect(got).toEqual(['https://a/b.iso', '\r']);
      vi.advanceTimersByTime(SETTLE_MS - 1);
      expect(got).toHaveLength(2);
      vi.advanceTimersByTime(1);
      expect(got).toEqual(['https://a/b.iso', '\r', 'ab'.repeat(32), '\r']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keys read while others wait queue behind them, in order', () => {
    vi.useFakeTimers();
    try {
      const got: string[] = [];
      const feed = keyFeed((k) => got.push(k));
      feed('\rx');
      feed('y');
      expect(got).toEqual(['\r']);
      vi.advanceTimersByTime(SETTLE_MS);
      expect(got).toEqual(['\r', 'x', 'y']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('the Delete key becomes Ctrl-D (Ink would call it Backspace); paste markers are dropped', () => {
    const got: string[] = [];
    keyFeed((k) => got.push(k))(`${ESC}[200~ab${ESC}[3~${ESC}[201~`);
    expect(got).toEqual(['ab', '\u0004']);
  });
});
