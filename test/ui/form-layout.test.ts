// i-forms60: how a form taller than its rows is windowed, and how a message under a field wraps.
import { describe, expect, it } from 'vitest';
import { formColumns, formWindow, markedLines } from '../../src/ui/form-layout.js';

describe('formWindow', () => {
  it('shows everything when it fits, or when the rows are not known', () => {
    expect(formWindow([1, 2, 3], 2, 6)).toEqual({ start: 0, end: 6, above: 0, below: 0 });
    expect(formWindow([1, 2, 3], 2, undefined)).toEqual({ start: 0, end: 6, above: 0, below: 0 });
  });

  it('keeps the focused block whole, with as much above it as fits, two rows for the markers', () => {
    // Eight fields of 3 rows, 11 rows: a window of 9.
    const heights = [3, 3, 3, 3, 3, 3, 3, 3];
    expect(formWindow(heights, 0, 11)).toEqual({ start: 0, end: 9, above: 0, below: 15 });
    expect(formWindow(heights, 4, 11)).toEqual({ start: 6, end: 15, above: 6, below: 9 });
    expect(formWindow(heights, 7, 11)).toEqual({ start: 15, end: 24, above: 15, below: 0 });
  });

  it('a block taller than the window starts at its first row (the field itself)', () => {
    expect(formWindow([1, 1, 20, 1], 2, 10)).toEqual({ start: 2, end: 10, above: 2, below: 13 });
  });
});

describe('markedLines', () => {
  it('wraps under the text after the mark: no continuation line starts with a stray space', () => {
    const lines = markedLines('✗', 'not an address with prefix like 192.168.1.10/24', 20);
    expect(lines[0]).toMatch(/^✗ not/);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines.slice(1)) expect(l).toMatch(/^ {2}\S/);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(20);
  });
});

describe('formColumns', () => {
  it('one value column after the longest label; a narrow window keeps some room for the values', () => {
    expect(formColumns(['Name', 'OS variant'], 60)).toEqual({ labelWidth: 10, indent: 13, valueWidth: 47 });
    expect(formColumns(['x'.repeat(70)], 60).valueWidth).toBe(12);
  });
});
