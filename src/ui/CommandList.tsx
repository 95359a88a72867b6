import { Box, Text } from 'ink';
import { t } from '../i18n/messages.js';
import { type Command, formatArgv } from '../plan/command.js';

/** The exact commands, quoted for a POSIX shell, each with its reason. */
export function CommandList({ commands }: { commands: readonly Command[] }) {
  if (!commands.length) return <Text dimColor>{t('ui.noCommands')}</Text>;
  return (
    <Box flexDirection="column">
      <Text bold>{t('ui.commands')}</Text>
      {commands.map((c) => (
        <Box key={c.argv.join('\u0000')} flexDirection="column">
          <Text color="cyan">{`$ ${formatArgv(c.argv)}`}</Text>
          <Text dimColor>{`  # ${t(c.why, c.whyParams)}`}</Text>
        </Box>
      ))}
    </Box>
  );
}
