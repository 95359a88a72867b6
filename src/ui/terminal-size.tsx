import { Box, Text, useStdout } from 'ink';
import { type ReactNode, useEffect, useState } from 'react';
import { t } from '../i18n/messages.js';
import { useKeyHold } from './keys/router.js';
import { wrapLines } from './layout.js';
import { CLEAR_SCREEN } from './screen-hold.js';

/** Below this the screens cannot fit (the ISO names, the menu, the commands): the wizard asks for more room. */
export const MIN_COLUMNS = 60;
export const MIN_ROWS = 18;
/** Below this many rows the screens leave out the blank lines between their parts. */
export const COMPACT_BELOW_ROWS = 24;

interface Size {
  columns: number;
  rows: number;
}

/**
 * The terminal's size, followed on every resize (SIGWINCH): a change re-renders, so every screen lays itself
 * out again at once. When the window gets narrower, the terminal re-wraps the lines already drawn and Ink,
 * which erases by counting its own lines, would leave pieces of the old frame: the screen is cleared first.
 */
export function useTerminalSize(): Size {
  const { stdout } = useStdout();
  const [size, setSize] = useState(() => sizeOf(stdout));
  useEffect(() => {
    let width = sizeOf(stdout).columns;
    // Before Ink's own listener, which redraws the whole frame when the width went down.
    const clearIfNarrower = () => {
      const now = sizeOf(stdout);
      if (now.columns < width) stdout.write(CLEAR_SCREEN);
      width = now.columns;
    };
    const update = () => setSize(sizeOf(stdout));
    stdout.prependListener('resize', clearIfNarrower);
    stdout.on('resize', update);
    return () => {
      stdout.off('resize', clearIfNarrower);
      stdout.off('resize', update);
    };
  }, [stdout]);
  return size;
}

function sizeOf(stdout: NodeJS.WriteStream): Size {
  return { columns: stdout.columns || 80, rows: stdout.rows || 24 };
}

/**
 * The wizard's screens, or, in a window too small for them, a request for more room. The screens stay
 * mounted (hidden), so nothing typed or chosen is lost, and keys wait: nothing is picked on a screen that is
 * not shown. Ctrl-C still reaches the wizard.
 */
export function SizeGate({ size, children }: { size: Size; children: ReactNode }) {
  const tooSmall = size.columns < MIN_COLUMNS || size.rows < MIN_ROWS;
  useKeyHold(tooSmall);
  const text = t('ui.tooSmall', { ...size, minColumns: MIN_COLUMNS, minRows: MIN_ROWS });
  return (
    <>
      {tooSmall && <Text color="yellow">{wrapLines(text, Math.max(10, size.columns)).join('\n')}</Text>}
      <Box display={tooSmall ? 'none' : 'flex'} flexDirection="column">
        {children}
      </Box>
    </>
  );
}
