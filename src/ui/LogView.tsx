import { Box, Text } from 'ink';
import { t } from '../i18n/messages.js';
import { visible } from '../i18n/visible.js';
import { bound } from './keys/bindings.js';
import { useKeys } from './keys/router.js';
import { useKeyState } from './keys/state.js';
import { wrapLines } from './layout.js';

/**
 * A finished step's output, whole (up to what the wizard keeps; the transcript has everything): ↑/↓ and
 * PgUp/PgDn scroll, Esc or l closes. Long lines wrap at the window's width, so the end of a line (the check
 * that failed) is never cut off; lines the wizard did not keep are counted, with where to find them.
 * Lines are already safe to show (run/tail.ts writes control characters out).
 */
export function LogView({
  lines,
  dropped = 0,
  logPath,
  rows,
  columns,
  onClose,
}: {
  lines: readonly string[];
  /** Lines of output before `lines`, not kept on screen. */
  dropped?: number;
  /** The transcript, once it is written: it has every line. */
  logPath?: string | undefined;
  rows: number;
  columns: number;
  onClose: () => void;
}) {
  const notice = dropped
    ? wrapLines(
        logPath === undefined
          ? t('ui.logDroppedNoFile', { count: dropped })
          : t('ui.logDropped', { count: dropped, path: visible(logPath) }),
        columns,
      )
    : [];
  // Output is not prose: a word wider than the window is cut into pieces rather than left for the terminal.
  const screenLines = lines.flatMap((l) => wrapLines(l, columns));
  const status = (from: number, to: number) =>
    wrapLines(t('ui.logScroll', { from, to, total: screenLines.length }), columns);
  // The status line's height at its widest (the largest numbers), so the window does not change as it scrolls.
  const statusRows = status(screenLines.length, screenLines.length).length;
  const window = Math.max(1, rows - statusRows - notice.length);
  const last = Math.max(0, screenLines.length - window);
  const [offset, setOffset] = useKeyState(0);
  const top = Math.min(offset, last);
  useKeys((input, key) => {
    const by = (delta: number) => setOffset(Math.max(0, Math.min(last, top + delta)));
    if (bound('list.up', input, key)) by(-1);
    else if (bound('list.down', input, key)) by(1);
    else if (bound('list.pageUp', input, key)) by(-window);
    else if (bound('list.pageDown', input, key)) by(window);
    else if (bound('list.back', input, key) || bound('log.show', input, key)) {
      onClose();
      return 'screenEnds';
    }
  });
  const shown = screenLines.slice(top, top + window);
  return (
    <Box flexDirection="column">
      {notice.length > 0 && <Text color="yellow">{notice.join('\n')}</Text>}
      {lines.length ? (
        shown.map((l, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: output lines have no better key than their place
          <Text key={top + i}>{l || ' '}</Text>
        ))
      ) : (
        <Text dimColor>{t('ui.logEmpty')}</Text>
      )}
      <Text dimColor>{status(top + 1, top + shown.length).join('\n')}</Text>
    </Box>
  );
}
