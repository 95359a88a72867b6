/**
 * Parses `Content-Range: bytes START-END/TOTAL` (RFC 9110 §14.4). A 206 is only safe to append
 * when START is exactly the size of the partial file we hold.
 */
export interface ContentRange {
  start: number;
  end: number;
  /** undefined when the server sends `/*` (length unknown). */
  total?: number;
}

const RANGE = /^bytes (\d+)-(\d+)\/(\d+|\*)$/i;
/** The form a 416 reply uses: `bytes *\/TOTAL`. */
const UNSATISFIED = /^bytes \*\/(\d+)$/i;

export function parseContentRange(header: string | null): ContentRange | undefined {
  const match = header ? RANGE.exec(header.trim()) : null;
  if (!match?.[1] || !match[2] || !match[3]) return undefined;
  const start = Number(match[1]);
  const end = Number(match[2]);
  if (end < start) return undefined;
  return match[3] === '*' ? { start, end } : { start, end, total: Number(match[3]) };
}

export function parseUnsatisfiedRange(header: string | null): number | undefined {
  const match = header ? UNSATISFIED.exec(header.trim()) : null;
  return match?.[1] ? Number(match[1]) : undefined;
}
