import { describe, expect, it } from 'vitest';
import { LineTail } from '../../src/run/tail.js';

const lines = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `line ${from + i}`);

describe('LineTail', () => {
  it('keeps everything while under its size', () => {
    const tail = new LineTail(5);
    for (const l of lines(1, 3)) tail.push(l);
    expect(tail.last()).toEqual(lines(1, 3));
    expect(tail.last(2)).toEqual(lines(2, 3));
  });

  it('returns the last `size` lines after many pushes', () => {
    const tail = new LineTail(4);
    for (const l of lines(1, 1000)) tail.push(l);
    expect(tail.last()).toEqual(lines(997, 1000));
  });

  it('never returns more than its size, even when asked for more', () => {
    const tail = new LineTail(3);
    for (const l of lines(1, 10)) tail.push(l);
    expect(tail.last(100)).toEqual(lines(8, 10));
    expect(tail.last(0)).toEqual([]);
  });

  it('holds at most twice its size in memory (dnf prints thousands of lines)', () => {
    const tail = new LineTail(12);
    let most = 0;
    for (const l of lines(1, 10_000)) {
      tail.push(l);
      most = Math.max(most, (tail as unknown as { lines: string[] }).lines.length);
    }
    expect(most).toBe(24);
    expect(tail.last()).toEqual(lines(9989, 10_000));
  });

  it('empty', () => {
    expect(new LineTail(8).last()).toEqual([]);
  });
});

describe('LineTail.pushBlock', () => {
  it('keeps the same lines as pushing them one by one, for blocks of any size', () => {
    for (const count of [0, 1, 3, 12, 13, 100]) {
      const block = lines(1, count)
        .map((l) => `${l}\n`)
        .join('');
      const byBlock = new LineTail(12);
      byBlock.pushBlock(block);
      const byLine = new LineTail(12);
      for (const l of lines(1, count)) byLine.push(l);
      expect(byBlock.last(), `${count} lines`).toEqual(byLine.last());
    }
  });

  it('empty lines and CR line breaks count as lines', () => {
    const tail = new LineTail(4);
    tail.pushBlock('a\n\nb\r\nc\rd\n');
    expect(tail.last()).toEqual(['', 'b', 'c', 'd']);
  });

  it('what it keeps is safe to show: control characters written out, tabs as spaces', () => {
    const tail = new LineTail(4);
    tail.pushBlock('\u001b]0;pwned\u0007title\n\tindented\n');
    tail.push('\u001b[2Jcleared');
    expect(tail.last()).toEqual(['\\e]0;pwned\\x07title', '        indented', '\\e[2Jcleared']);
  });
});
