import type { RunOptions } from './host.js';

/** A command's line breaks: LF, CRLF, and a lone CR (progress bars redraw a line with it). */
const LINE_BREAK = /\r?\n|\r/;

/** The lines of a block of output (complete lines, each ended by a line break), without their breaks. */
export function splitLines(block: string): string[] {
  const lines = block.split(LINE_BREAK);
  // The break that ends the last line leaves an empty string behind; a block without one keeps its last line.
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/**
 * Cuts a stream's text into blocks of complete lines, however the chunks fall: a line split across two
 * reads is held back until its end arrives. One block per chunk, not one call per line: a command that
 * prints a million lines costs a few hundred calls, not a million.
 */
export class LineBlocks {
  private rest = '';

  constructor(private readonly emit: (block: string) => void) {}

  push(chunk: string): void {
    const text = this.rest + chunk;
    // A CR at the very end may be the first half of a CRLF: keep it with the rest.
    const lastCr = text.length > 1 ? text.lastIndexOf('\r', text.length - 2) : -1;
    const end = Math.max(text.lastIndexOf('\n'), lastCr) + 1;
    this.rest = text.slice(end);
    if (end > 0) this.emit(text.slice(0, end));
  }

  /** The stream ended: a last line without its line break still counts. */
  end(): void {
    if (this.rest) this.emit(`${this.rest}\n`);
    this.rest = '';
  }
}

/** Hands a block of output to whichever of `onOutput` (blocks) and `onLine` (one call per line) are set. */
export function deliverOutput(options: Pick<RunOptions, 'onOutput' | 'onLine'>, block: string): void {
  options.onOutput?.(block);
  if (options.onLine) for (const line of splitLines(block)) options.onLine(line);
}
