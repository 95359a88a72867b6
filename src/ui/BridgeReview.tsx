import { Box, Text } from 'ink';
import { t } from '../i18n/messages.js';
import type { Note } from '../plan/types.js';
import { CommandList } from './CommandList.js';
import { bound } from './keys/bindings.js';
import { useKeys } from './keys/router.js';
import { useKeyState } from './keys/state.js';
import { wrapLines } from './layout.js';
import { noteLines } from './Notes.js';

/**
 * The last look before the network changes: what goes, what comes, then y/N. Only y applies; Enter is "no",
 * so an Enter typed ahead at the step screen (or a double Enter) never changes the network by itself.
 * In a short window the title and notes scroll (↑/↓, PgUp/PgDn) above the question, which always stays seen.
 */
export function BridgeReview({
  notes,
  columns,
  rows,
  gap = 1,
  onApply,
  onDecline,
}: {
  notes: Note[];
  columns: number;
  /** Rows for the whole review, question included. */
  rows: number;
  /** Blank lines between the parts: none in a short window. */
  gap?: number;
  onApply: () => void;
  onDecline: () => void;
}) {
  const [answered, setAnswered] = useKeyState(false);
  useKeys(
    (input, key) => {
      const apply = bound('bridge.apply', input, key);
      if (!apply && !bound('bridge.decline', input, key)) return;
      setAnswered(true);
      if (apply) onApply();
      else onDecline();
      return 'screenEnds';
    },
    { isActive: !answered },
  );
  const ask = wrapLines(t('bridge.review.ask'), columns);
  const lead = [
    ...wrapLines(t('bridge.review.title'), columns).map((text) => ({ text, bold: true })),
    ...(gap ? [{ text: ' ' }] : []),
    ...noteLines(notes, columns),
  ];
  return (
    <Box flexDirection="column" gap={gap}>
      <CommandList commands={[]} width={columns} maxLines={rows - ask.length - gap} prompt="#" lead={lead} />
      <Text bold color="yellow">
        {ask.join('\n')}
      </Text>
    </Box>
  );
}
