import { describe, expect, it } from 'vitest';
import { CONTROL_CHARS, visible, visibleOutputLine } from '../../src/i18n/visible.js';
import { isPlainBlock, logLine, safeBlock, safeLogBlock } from '../../src/run/output-block.js';

describe('isPlainBlock', () => {
  it('line feeds are plain; every other control character of CONTROL_CHARS is not', () => {
    expect(isPlainBlock('one\ntwo\n')).toBe(true);
    expect(isPlainBlock('日本語 ok\n')).toBe(true);
    for (let cp = 0; cp <= 0x206f; cp++) {
      const ch = String.fromCodePoint(cp);
      if (ch === '\n') continue;
      expect(isPlainBlock(`a${ch}b\n`), `U+${cp.toString(16)}`).toBe(!CONTROL_CHARS.test(ch));
    }
  });
});

describe('safeBlock', () => {
  it('a plain block is the very same string (a flood is never cut into lines)', () => {
    const block = '1\n2\n3\n';
    expect(safeBlock(block)).toBe(block);
  });

  it('otherwise each line is made safe, CR and CRLF ending lines', () => {
    expect(safeBlock('a\u001b[2J\r\nb\rc\td\n')).toBe('a\\e[2J\nb\nc\\td\n');
    expect(safeBlock('x\ty\n', visibleOutputLine)).toBe('x       y\n');
    expect(safeBlock('\u0007', visible)).toBe('\\x07\n');
  });
});

describe('safeLogBlock (every log file: transcript, step log, journal, bridge log)', () => {
  it('writes escapes out, keeps line feeds and tabs', () => {
    expect(safeLogBlock('a\tb\n\u001b[2Jc\r\n')).toBe('a\tb\n\\e[2Jc\n');
    expect(logLine('x\ty\u001b]0;t\u0007')).toBe('x\ty\\e]0;t\\x07');
  });
});
