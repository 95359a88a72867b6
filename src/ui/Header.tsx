import { Box, Text } from 'ink';
import { t } from '../i18n/messages.js';
import type { StepId } from '../plan/types.js';
import { wrapLines } from './layout.js';

export function Header({
  id,
  n,
  total,
  banner,
  columns,
  hint,
}: {
  id: StepId;
  n: number;
  total: number;
  /** The simulation's banner, wrapped at `columns` (App counts its rows: headerRows). */
  banner?: string | undefined;
  columns: number;
  /** A key hint after the title ("?: learn more"). */
  hint?: string;
}) {
  return (
    <Box flexDirection="column">
      {banner && <Text color="yellow">{wrapLines(banner, columns).join('\n')}</Text>}
      <Text>
        <Text color="cyan">{`kvm-wizard · ${t('ui.stepOf', { n, total })} · `}</Text>
        <Text bold>{t(`step.${id}.title`)}</Text>
        {hint && <Text dimColor>{`   ${hint}`}</Text>}
      </Text>
    </Box>
  );
}
