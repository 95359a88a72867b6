import { Box, Text } from 'ink';
import { t } from '../i18n/messages.js';
import { bound } from './keys/bindings.js';
import { useKeys } from './keys/router.js';
import { useKeyState } from './keys/state.js';

/**
 * A finished step's output, whole (up to what the wizard keeps; the transcript has everything): ↑/↓ and
 * PgUp/PgDn scroll, Esc or l closes. Lines are already safe to show (run/tail.ts writes control characters out).
 */
export function LogView({
  lines,
  rows,
  onClose,
}: {
  lines: readonly string[];
  rows: number;
  onClose: () => void;
}) {
  const window = Math.max(1, rows - 2);
  const [offset, setOffset] = useKeyState(0);
  useKeys((input, key) => {
    const by = (delta: number) =>
      setOffset(Math.max(0, Math.min(Math.max(0, lines.length - window), offset + delta)));
    if (bound('list.up', input, key)) by(-1);
    else if (bound('list.down', input, key)) by(1);
    else if (bound('list.pageUp', input, key)) by(-window);
    else if (bound('list.pageDown', input, key)) by(window);
    else if (bound('list.back', input, key) || bound('log.show', input, key)) {
      onClose();
      return 'screenEnds';
    }
  });
  const shown = lines.slice(offset, offset + window);
  return (
    <Box flexDirection="column">
      {lines.length ? (
        shown.map((l, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: output lines have no better key than their place
          <Text key={offset + i} wrap="truncate-end">
            {l}
          </Text>
        ))
      ) : (
        <Text dimColor>{t('ui.logEmpty')}</Text>
      )}
      <Text dimColor>
        {t('ui.logScroll', { from: offset + 1, to: offset + shown.length, total: lines.length })}
      </Text>
    </Box>
  );
}
