import { ProgressBar } from '@inkjs/ui';
import { Box, Text } from 'ink';
import type { DownloadProgress } from '../iso/progress.js';
import { percentOf, progressText } from '../present/progress-text.js';

/** Bytes, percent, rate and time left of a running ISO download. */
export function DownloadBar({ progress }: { progress: DownloadProgress }) {
  const percent = percentOf(progress);
  return (
    <Box flexDirection="column">
      {percent !== undefined && (
        <Box gap={1}>
          <Box width={50}>
            <ProgressBar value={percent} />
          </Box>
          <Text>{`${percent}%`}</Text>
        </Box>
      )}
      <Text>{progressText(progress)}</Text>
    </Box>
  );
}
