import { Box, Text } from 'ink';
import { t } from '../i18n/messages.js';
import { displayWidth } from '../i18n/width.js';
import type { StepId } from '../plan/types.js';
import { wrapLines } from './layout.js';

export function Header({
  id,
  n,
  total,
  banner,
  hint,
  columns,
}: {
  id: StepId;
  n: number;
  total: number;
  /** The simulation's banner, wrapped at `columns` (App counts its rows: headerRows). */
  banner?: string | undefined;
  /** A key hint after the title ("?: learn more"). */
  hint?: string | undefined;
  /** The window's width: the banner wraps at it, and in a narrow one the program's name gives way, so the title
   * and the hint stay whole. */
  columns: number;
}) {
  const where = `${t('ui.stepOf', { n, total })} · `;
  const title = t(`step.${id}.title`);
  const width = (name: string, gap: string) =>
    displayWidth(`${name}${where}${title}${hint ? gap + hint : ''}`);
  const name = width('kvm-wizard · ', '   ') <= columns ? 'kvm-wizard · ' : '';
  const gap = width(name, '   ') <= columns ? '   ' : ' ';
  return (
    <Box flexDirection="column">
      {banner && <Text color="yellow">{wrapLines(banner, columns).join('\n')}</Text>}
      <Text>
        <Text color="cyan">{`${name}${where}`}</Text>
        <Text bold>{title}</Text>
        {hint && <Text dimColor>{`${gap}${hint}`}</Text>}
      </Text>
    </Box>
  );
}
