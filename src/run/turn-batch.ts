/** Past this many characters pending, a batch is written at once: a flood is written as it comes, not held. */
const MAX_PENDING = 1 << 16;

/**
 * Collects text and hands it on once per event-loop turn (or when asked, or when much is pending): one
 * write for what a turn produced, not one per line. A command printing a million lines then costs a few
 * hundred writes, and memory holds at most one batch.
 */
export class TurnBatch {
  private parts: string[] = [];
  private pending = 0;
  private scheduled = false;

  /** `separator` goes between the pieces of one write (e.g. '\n' for pieces that are lines). */
  constructor(
    private readonly sink: (text: string) => void,
    private readonly separator = '',
  ) {}

  add(text: string): void {
    this.parts.push(text);
    this.pending += text.length;
    if (this.pending >= MAX_PENDING) this.flush();
    else if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => {
        this.scheduled = false;
        this.flush();
      });
    }
  }

  /** Writes what is pending now (before something that must come after it, or at the end). */
  flush(): void {
    if (!this.parts.length) return;
    const text = this.parts.join(this.separator);
    this.parts = [];
    this.pending = 0;
    this.sink(text);
  }
}
