import { Box, Text } from 'ink';
import { t } from '../i18n/messages.js';
import type { Note } from '../plan/types.js';
import { bound } from './keys/bindings.js';
import { useKeys } from './keys/router.js';
import { useKeyState } from './keys/state.js';
import { wrapLines } from './layout.js';
import { Notes } from './Notes.js';

/**
 * The last look before the network changes: what goes, what comes, then y/N. Only y applies; Enter is "no",
 * so an Enter typed ahead at the step screen (or a double Enter) never changes the network by itself.
 */
export function BridgeReview({
  notes,
  columns,
  onApply,
  onDecline,
}: {
  notes: Note[];
  columns: number;
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
  return (
    <Box flexDirection="column" gap={1}>
      <Text bold>{wrapLines(t('bridge.review.title'), columns).join('\n')}</Text>
      <Notes notes={notes} width={columns} />
      <Text bold color="yellow">
        {wrapLines(t('bridge.review.ask'), columns).join('\n')}
      </Text>
    </Box>
  );
}
