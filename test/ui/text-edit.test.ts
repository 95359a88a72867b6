import type { Key } from 'ink';
import { describe, expect, it } from 'vitest';
import { NO_KEY } from '../../src/ui/keys/parse.js';
import { editText, type TextState } from '../../src/ui/text-edit.js';

const key = (k: Partial<Key>): Key => ({ ...NO_KEY, ...k });
const at = (value: string, cursor = value.length): TextState => ({ value, cursor });

describe('editText', () => {
  it.each<[string, TextState, string, Partial<Key>, TextState | 'submit' | undefined]>([
    ['typing inserts at the cursor', at('br', 1), 'x', {}, at('bxr', 2)],
    ['a paste inserts all of it', at(''), 'https://a/b.iso', {}, at('https://a/b.iso')],
    ['control characters in a paste are dropped', at(''), 'a\tb\r', {}, at('ab')],
    ['Backspace (DEL, which Ink calls delete) erases left', at('br0'), '', { delete: true }, at('br')],
    ['Backspace (BS) too', at('br0', 1), '', { backspace: true }, at('r0', 0)],
    ['Backspace at the start changes nothing', at('br0', 0), '', { delete: true }, at('br0', 0)],
    ['← stops at the start', at('a', 0), '', { leftArrow: true }, at('a', 0)],
    ['→ stops at the end', at('a'), '', { rightArrow: true }, at('a')],
    ['Home', at('abc'), '', { home: true }, at('abc', 0)],
    ['Ctrl-A', at('abc'), 'a', { ctrl: true }, at('abc', 0)],
    ['End', at('abc', 0), '', { end: true }, at('abc')],
    ['Ctrl-E', at('abc', 1), 'e', { ctrl: true }, at('abc')],
    [
      'Ctrl-U erases the whole field, wherever the cursor is',
      at('/var/lib/x.iso', 9),
      'u',
      { ctrl: true },
      at('', 0),
    ],
    ['Enter submits', at('br0'), '\r', { return: true }, 'submit'],
    ['↑ is the form’s', at('a'), '', { upArrow: true }, undefined],
    ['Tab is the form’s', at('a'), '', { tab: true }, undefined],
    ['Esc is the form’s', at('a'), '', { escape: true, meta: true }, undefined],
    ['Ctrl-C is not text', at('a'), 'c', { ctrl: true }, undefined],
    ['Alt-x is not text', at('a'), 'x', { meta: true }, undefined],
    ['Japanese text', at('vm'), 'テスト', {}, at('vmテスト')],
    ['Ctrl-D (the Delete key) erases under the cursor', at('br0', 1), 'd', { ctrl: true }, at('b0', 1)],
    ['Ctrl-D at the end changes nothing', at('br0'), 'd', { ctrl: true }, at('br0')],
    // 𠮷 and emoji are two UTF-16 code units: the cursor never stops between them, nothing deletes half.
    ['← steps over a surrogate pair', at('a𠮷'), '', { leftArrow: true }, at('a𠮷', 1)],
    ['→ steps over a surrogate pair', at('a𠮷', 1), '', { rightArrow: true }, at('a𠮷', 3)],
    ['Backspace erases a whole surrogate pair', at('a𠮷'), '', { delete: true }, at('a')],
    ['Ctrl-D erases a whole surrogate pair', at('a𠮷b', 1), 'd', { ctrl: true }, at('ab', 1)],
  ])('%s', (_what, state, input, k, expected) => {
    expect(editText(state, input, key(k))).toEqual(expected);
  });
});
