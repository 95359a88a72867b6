import { describe, expect, it } from 'vitest';
import { deliverOutput, LineBlocks, splitLines } from '../../src/host/output.js';

/** Feeds `text` to a LineBlocks in chunks cut at the given offsets; returns the blocks it emitted. */
function blocksOf(text: string, cuts: number[]): string[] {
  const blocks: string[] = [];
  const lb = new LineBlocks((b) => blocks.push(b));
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    lb.push(text.slice(from, cut));
    from = cut;
  }
  lb.end();
  return blocks;
}

describe('LineBlocks', () => {
  it('gives the same lines however the stream is cut (LF, CRLF, a lone CR, a last line without a break)', () => {
    const text = 'one\ntwo\r\nthree\rfour\n\nsix\r\n\r\neight';
    const expected = ['one', 'two', 'three', 'four', '', 'six', '', 'eight'];
    for (let a = 0; a <= text.length; a++)
      for (let b = a; b <= text.length; b++) {
        const blocks = blocksOf(text, [a, b]);
        expect(blocks.flatMap(splitLines), `cut at ${a}, ${b}`).toEqual(expected);
        // Every block is whole lines: it ends with its line break.
        for (const block of blocks) expect(block).toMatch(/[\r\n]$/);
      }
  });

  it('one block per chunk, not one call per line', () => {
    const lines = Array.from({ length: 1000 }, (_, i) => `line ${i}`);
    const blocks = blocksOf(`${lines.join('\n')}\n`, [3000]);
    expect(blocks).toHaveLength(2);
    expect(blocks.flatMap(splitLines)).toEqual(lines);
  });

  it('nothing at all: no block', () => {
    expect(blocksOf('', [])).toEqual([]);
  });
});

describe('deliverOutput', () => {
  it('hands the block to onOutput and its lines to onLine', () => {
    const got: string[] = [];
    deliverOutput(
      { onOutput: (b) => got.push(`block:${b}`), onLine: (l) => got.push(`line:${l}`) },
      'a\nb\n',
    );
    expect(got).toEqual(['block:a\nb\n', 'line:a', 'line:b']);
  });
});
