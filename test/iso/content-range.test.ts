import { describe, expect, it } from 'vitest';
import { parseContentRange, parseUnsatisfiedRange } from '../../src/iso/content-range.js';

describe('parseContentRange', () => {
  it.each([
    ['bytes 100-199/200', { start: 100, end: 199, total: 200 }],
    ['bytes 0-0/1', { start: 0, end: 0, total: 1 }],
    ['bytes 5-9/*', { start: 5, end: 9 }],
    ['BYTES 5-9/10', { start: 5, end: 9, total: 10 }],
  ])('%j', (header, expected) => {
    expect(parseContentRange(header)).toEqual(expected);
  });

  it.each([null, '', 'bytes */200', 'bytes 9-5/10', 'items 0-1/2', 'bytes 0-1'])('rejects %j', (header) => {
    expect(parseContentRange(header)).toBeUndefined();
  });
});

describe('parseUnsatisfiedRange', () => {
  it('reads the total of a 416 reply', () => {
    expect(parseUnsatisfiedRange('bytes */4096')).toBe(4096);
    expect(parseUnsatisfiedRange('bytes 0-1/2')).toBeUndefined();
    expect(parseUnsatisfiedRange(null)).toBeUndefined();
  });
});
