import { Box, Text } from 'ink';
import { t } from '../i18n/messages.js';
import { visible } from '../i18n/visible.js';
import type { DownloadProgress } from '../iso/progress.js';
import { downloadTitle, percentOf, progressText } from '../present/progress-text.js';

/**
 * A running ISO download: which file and how big, a bar, bytes, rate and time left, and how to stop it.
 * The bar is drawn from the numbers it is given, at a width known before it is drawn (a bar that measures
 * itself after rendering shows the previous frame's length).
 */
export function DownloadBar({
  progress,
  name,
  columns,
  estimateMiB,
}: {
  progress: DownloadProgress;
  name: string;
  columns: number;
  /** The catalogue's size the picker showed ("~1900 MiB"), when the ISO came from it. */
  estimateMiB?: number | undefined;
}) {
  const percent = percentOf(progress);
  const title = downloadTitle(visible(name), progress.total, estimateMiB);
  return (
    <Box flexDirection="column">
      <Text wrap="wrap">{title}</Text>
      {percent !== undefined && <Text>{`${bar(percent, Math.min(50, columns - 6))} ${percent}%`}</Text>}
      <Text>{progressText(progress)}</Text>
      <Text dimColor wrap="wrap">
        {t('iso.downloadStop')}
      </Text>
    </Box>
  );
}

/** `width` cells, the done part full (█) and the rest light (░): readable without colour too. */
export function bar(percent: number, width: number): string {
  const done = Math.round((Math.min(100, Math.max(0, percent)) / 100) * width);
  return '█'.repeat(done) + '░'.repeat(Math.max(0, width - done));
}
