import { useCallback, useEffect, useRef, useState } from 'react';
import { LineTail } from '../run/tail.js';

/** One redraw per frame at most, however fast output arrives (Ink itself draws at most every ~32 ms). */
const FRAME_MS = 16;

/**
 * The last lines of a running command's output for the screen. Output blocks go into a LineTail outside
 * React state; the screen is redrawn once per frame, and only when something arrived, so a flood of output
 * costs a few redraws a second, not one per line, and keys are still answered at once.
 */
export function useOutputTail(size: number) {
  const tail = useRef(new LineTail(size));
  const [, setFrame] = useState(0);
  const timer = useRef<NodeJS.Timeout | undefined>(undefined);

  /** Asks for a redraw within a frame (output, or a download's progress kept in a ref). */
  const redraw = useCallback(() => {
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = undefined;
      setFrame((n) => n + 1);
    }, FRAME_MS);
  }, []);

  const push = useCallback(
    (block: string) => {
      tail.current.pushBlock(block);
      redraw();
    },
    [redraw],
  );

  const reset = useCallback(() => {
    tail.current = new LineTail(size);
  }, [size]);

  useEffect(() => () => clearTimeout(timer.current), []);

  return { lines: () => tail.current.last(), push, redraw, reset };
}
