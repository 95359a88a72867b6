import { Spinner } from '@inkjs/ui';
import { Box, Text } from 'ink';
import { t } from '../i18n/messages.js';
import { visible, visibleOutputLine } from '../i18n/visible.js';

/**
 * A running command: spinner, the command, and only its last few lines (the transcript keeps them all).
 * Output is the host's text: shown with its control characters written out, so it cannot move the cursor,
 * clear the screen or set the terminal's title.
 */
export function OutputTail({
  command,
  lines,
  stoppable,
}: {
  command: string;
  lines: string[];
  stoppable: boolean;
}) {
  return (
    <Box flexDirection="column">
      <Spinner
        label={
          stoppable
            ? `${t('ui.running', { command: visible(command) })} · ${t('ui.stopHint')}`
            : t('ui.running', { command: visible(command) })
        }
      />
      <Box flexDirection="column" marginLeft={2}>
        {lines.map((l, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a tail of output lines has no better key
          <Text key={i} dimColor wrap="truncate-end">
            {visibleOutputLine(l)}
          </Text>
        ))}
      </Box>
    </Box>
  );
}
