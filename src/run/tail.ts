/** Keeps only the last `size` lines: dnf prints thousands, the screen shows a few, the transcript has all. */
export class LineTail {
  private lines: string[] = [];

  constructor(private readonly size: number) {}

  push(line: string): void {
    this.lines.push(line);
    if (this.lines.length > this.size * 2) this.lines = this.lines.slice(-this.size);
  }

  last(n = this.size): string[] {
    // slice(-0) would be the whole buffer (up to twice the size), not nothing.
    return n > 0 ? this.lines.slice(-Math.min(n, this.size)) : [];
  }
}
