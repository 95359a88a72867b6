import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { ja } from '../../src/i18n/ja.js';
import { displayWidth, padEndDisplay, wrapDisplay } from '../../src/i18n/width.js';

describe('displayWidth', () => {
  it('counts ASCII as one column and kana, kanji and fullwidth forms as two', () => {
    expect(displayWidth('kvm-wizard')).toBe(10);
    expect(displayWidth('仮想マシン')).toBe(10);
    expect(displayWidth('ブリッジ br0')).toBe(12);
    expect(displayWidth('（）：、。')).toBe(10);
    expect(displayWidth('ｶﾅ')).toBe(2); // halfwidth katakana
  });

  it('counts ambiguous characters as one, or as two when asked', () => {
    expect(displayWidth('a — b → c')).toBe(9);
    expect(displayWidth('a — b → c', { ambiguousWide: true })).toBe(11);
  });

  it('gives combining marks and zero-width characters no column', () => {
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('a\u200bb')).toBe(2);
  });

  it('measures emoji as Ink draws them (two columns), ZWJ sequences as one glyph', () => {
    expect(displayWidth('✅ ok')).toBe(5);
    expect(displayWidth('🖥️')).toBe(2);
    expect(displayWidth('👩‍💻')).toBe(2);
  });
});

describe('padEndDisplay', () => {
  it('pads to display columns, not UTF-16 units', () => {
    expect(padEndDisplay('まとめ', 10)).toBe('まとめ    ');
    expect(padEndDisplay('Summary', 10)).toBe('Summary   ');
    expect(padEndDisplay('デフォルトネットワーク', 10)).toBe('デフォルトネットワーク');
  });
});

describe('wrapDisplay', () => {
  const catalogueTexts = [...Object.values(en), ...Object.values(ja)];
  const squash = (s: string) => s.replace(/\s+/g, '');

  it('wraps ASCII at spaces, keeping a paragraph’s indent', () => {
    expect(wrapDisplay('  # hello world this is a test of wrapping', 12)).toEqual([
      '  # hello',
      'world this',
      'is a test of',
      'wrapping',
    ]);
  });

  it('never makes a line wider than asked, and loses no character', () => {
    for (const width of [40, 52, 79, 80])
      for (const text of catalogueTexts) {
        const lines = wrapDisplay(text, width);
        for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
        expect(squash(lines.join(''))).toBe(squash(text));
      }
  });

  it('breaks Japanese between phrases, but no line starts with closing punctuation', () => {
    const lines = wrapDisplay(ja['step.bridge.about'], 80);
    expect(lines.length).toBe(3);
    expect(lines.slice(0, -1).every((l) => displayWidth(l) >= 70)).toBe(true);
    for (const width of [30, 52, 79, 80])
      for (const text of Object.values(ja))
        for (const line of wrapDisplay(text, width).slice(1))
          expect(line, text).not.toMatch(/^[、。）」』ー]/);
  });

  // i-layout: kinsoku and phrases, on every Japanese text of the catalogue at the widths the wizard uses.
  it('never splits a Japanese word, a hiragana tail or a number from its counter (60 and 80 columns)', () => {
    const kind = (ch: string) =>
      /[\u3041-\u309f]/.test(ch)
        ? 'hiragana'
        : /[\u30a0-\u30ff]/.test(ch)
          ? 'katakana'
          : /[\u4e00-\u9fff々]/.test(ch)
            ? 'kanji'
            : /[0-9]/.test(ch)
              ? 'digit'
              : 'other';
    const bad: string[] = [];
    for (const width of [56, 60, 76, 80])
      for (const text of Object.values(ja))
        for (const paragraph of text.split('\n')) {
          const lines = wrapDisplay(paragraph, width);
          for (let i = 0; i + 1 < lines.length; i++) {
            const end = [...(lines[i] ?? '')].at(-1) ?? '';
            const start = [...(lines[i + 1] ?? '')][0] ?? '';
            const [a, b] = [kind(end), kind(start)];
            const split =
              /[、。，．）」』】ー！？：；]/.test(start) ||
              /[（「『【(]/.test(end) ||
              b === 'hiragana' ||
              (a === b && a !== 'other' && a !== 'digit') ||
              (a === 'digit' && b !== 'other');
            if (split) bad.push(`${width}: …${lines[i]}⏎${lines[i + 1]}…`);
          }
        }
    expect(bad).toEqual([]);
  });

  it('keeps the examples the issue found whole: 1 行で, ください。', () => {
    const text =
      'Cockpit には root でログインできません (/etc/cockpit/disallowed-users)。例 (コピーしやすいよう 1 行で):';
    for (let width = 20; width <= 80; width++) {
      const joined = wrapDisplay(text, width).join('⏎');
      expect(joined, `${width}`).not.toMatch(/1⏎|⏎行|⏎で/);
    }
    for (let width = 20; width <= 40; width++)
      expect(wrapDisplay('ブリッジを作成してください。', width).join('⏎'), `${width}`).not.toMatch(
        /さ⏎い|⏎。/,
      );
  });

  // i-screens: breaks found by rendering the screens at 60, 80 and 120 columns.
  it('keeps a compound verb, a number with its unit and a tail with the number it leads into on one line', () => {
    const texts = [...Object.values(en), ...Object.values(ja)].map((v) =>
      v.replaceAll('{seconds}', '90').replaceAll('{group}', 'wheel'),
    );
    const bad: string[] = [];
    for (const width of [56, 58, 60, 76, 78, 80, 100, 118, 120])
      for (const text of texts) {
        const joined = wrapDisplay(text, width).join('⏎');
        for (const m of joined.matchAll(/受け⏎入れ|\d⏎(s|ms|MiB|GiB|%)\b|よう⏎\d/g))
          bad.push(`${width}: ${m[0]}`);
      }
    expect(bad).toEqual([]);
    expect(wrapDisplay('このアドレスについて受け入れてください。', 22)).toEqual([
      'このアドレスについて',
      '受け入れてください。',
    ]);
    expect(wrapDisplay('it is rolled back after 90 s.', 26)).toEqual(['it is rolled back after', '90 s.']);
    expect(wrapDisplay('メモリー 2048 MiB、ディスク 20 GiB。', 30)).toEqual([
      'メモリー 2048 MiB、ディスク',
      '20 GiB。',
    ]);
    expect(wrapDisplay('例 (コピーしやすいよう 1 行で):', 30)).toEqual([
      '例',
      '(コピーしやすいよう 1 行で):',
    ]);
    // Wider than a line, the tail and the number part at their space (not inside 1 行).
    expect(wrapDisplay('(コピーしやすいよう 1 行で):', 22)).toEqual(['(コピーしやすいよう', '1 行で):']);
    // A particle still ends a phrase: 設定を/変更.
    expect(wrapDisplay('ホストの設定を変更します。', 14)).toEqual(['ホストの設定を', '変更します。']);
  });

  it('keeps an opening bracket with what follows', () => {
    expect(wrapDisplay('あいう「えお」', 8)).toEqual(['あいう', '「えお」']);
  });

  it('cuts a word wider than the line', () => {
    expect(wrapDisplay('/var/lib/libvirt/images', 10)).toEqual(['/var/lib/l', 'ibvirt/ima', 'ges']);
    expect(wrapDisplay('仮想マシン', 4)).toEqual(['仮想', 'マシ', 'ン']);
  });
});
