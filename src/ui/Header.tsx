import { Box, Text } from 'ink';
import { t } from '../i18n/messages.js';
import type { StepId } from '../plan/types.js';

export function Header({
  id,
  n,
  total,
  simulated,
  hint,
}: {
  id: StepId;
  n: number;
  total: number;
  simulated: boolean;
  /** A key hint after the title ("?: learn more"). */
  hint?: string;
}) {
  return (
    <Box flexDirection="column">
      {simulated && <Text color="yellow">{t('ui.simulation')}</Text>}
      <Text>
        <Text color="cyan">{`kvm-wizard · ${t('ui.stepOf', { n, total })} · `}</Text>
        <Text bold>{t(`step.${id}.title`)}</Text>
        {hint && <Text dimColor>{`   ${hint}`}</Text>}
      </Text>
    </Box>
  );
}
