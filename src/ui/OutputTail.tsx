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
  words,
  lines,
  stoppable,
}: {
  command: string;
  /** What is being done, said instead of the command when the command says nothing to a beginner (a D-Bus call). */
  words?: string | undefined;
  lines: string[];
  stoppable: boolean;
}) {
  const doing = words ?? t('ui.running', { command: visible(command) });
  return (
    <Box flexDirection="column">
      <Spinner label={stoppable ? `${doing} · ${t('ui.stopHint')}` : doing} />
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
