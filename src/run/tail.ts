import { splitLines } from '../host/output.js';
import { visibleOutputLine } from '../i18n/visible.js';

/**
 * Keeps only the last `size` lines: dnf prints thousands, the screen shows a few, the transcript has all.
 * Lines are kept as the screen may show them (control characters written out, tabs as spaces).
 */
export class LineTail {
  private lines: string[] = [];
  /** Every line pushed, kept or not: what `dropped` counts from. */
  private seen = 0;

  constructor(private readonly size: number) {}

  push(line: string): void {
    this.seen++;
    this.lines.push(visibleOutputLine(line));
    if (this.lines.length > this.size * 2) this.lines = this.lines.slice(-this.size);
  }

  /** A block of complete lines (see host/output.ts): only its end is split, however long it is. */
  pushBlock(block: string): void {
    let cut = block.length - 1;
    for (let n = 0; n < this.size; n++) {
      if (cut <= 0) {
        cut = -1;
        break;
      }
      cut = block.lastIndexOf('\n', cut - 1);
    }
    // The lines skipped before the block's end are counted, not kept.
    for (let i = block.indexOf('\n'); i !== -1 && i <= cut; i = block.indexOf('\n', i + 1)) this.seen++;
    for (const line of splitLines(block.slice(cut + 1))) this.push(line);
  }

  /** How many lines came before the ones `last()` returns: the screen says they are only in the transcript. */
  dropped(): number {
    return this.seen - this.last().length;
  }

  last(n = this.size): string[] {
    // slice(-0) would be the whole buffer (up to twice the size), not nothing.
    return n > 0 ? this.lines.slice(-Math.min(n, this.size)) : [];
  }
}
