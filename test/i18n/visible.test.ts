import { describe, expect, it } from 'vitest';
import { hasControlChars, visible, visibleOutputLine } from '../../src/i18n/visible.js';

describe('visible', () => {
  it.each([
    ['a\nb', 'a\\nb'],
    ['\u001b[2J', '\\e[2J'],
    ['x\ry', 'x\\ry'],
    ['nul\u0000', 'nul\\x00'],
    ['bell\u0007', 'bell\\x07'],
    ['del\u007f', 'del\\x7f'],
    ['c1\u009b', 'c1\\x9b'],
    ['ls\u2028', 'ls\\u2028'],
    ['rlo\u202eabc', 'rlo\\u202eabc'],
    ['tab\there', 'tab\\there'],
  ])('%j is shown as %j', (raw, shown) => {
    expect(visible(raw)).toBe(shown);
    expect(hasControlChars(raw)).toBe(true);
    expect(hasControlChars(shown)).toBe(false);
  });

  it('leaves ordinary text alone, Japanese included', () => {
    for (const text of ['CentOS Stream 9', 'ブリッジ br0', 'ü é ß', '']) {
      expect(visible(text)).toBe(text);
      expect(hasControlChars(text)).toBe(false);
    }
  });

  it('expands tabs in output lines to 8-column stops', () => {
    expect(visibleOutputLine('ab\tc\u001b')).toBe('ab      c\\e');
  });
});
