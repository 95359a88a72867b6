/**
 * Collects text and hands it on once per event-loop turn (or when asked): one write for everything a turn
 * produced, not one per line. A command printing a million lines then costs a few hundred writes.
 */
export class TurnBatch {
  private parts: string[] = [];
  private scheduled = false;

  constructor(private readonly sink: (text: string) => void) {}

  add(text: string): void {
    if (!text) return;
    this.parts.push(text);
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.flush();
    });
  }

  /** Writes what is pending now (before something that must come after it, or at the end). */
  flush(): void {
    if (!this.parts.length) return;
    const text = this.parts.join('');
    this.parts = [];
    this.sink(text);
  }
}
