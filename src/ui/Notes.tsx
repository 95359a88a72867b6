import { Box, Text } from 'ink';
import { t } from '../i18n/messages.js';
import type { Note, Tone } from '../plan/types.js';
import { wrapLines } from './layout.js';

const MARK: Record<Tone, string> = { info: '·', ok: '✓', warn: '!', error: '✗' };
const COLOR: Record<Tone, string | undefined> = {
  info: undefined,
  ok: 'green',
  warn: 'yellow',
  error: 'red',
};

/** Notes with their ✓ ! ✗ marks; with `width`, wrapped here so that screens can count the lines. */
export function Notes({ notes, width }: { notes: Note[]; width?: number }) {
  return (
    <Box flexDirection="column">
      {notes.map((n) => (
        <Text key={n.key} color={COLOR[n.tone]}>
          {width
            ? wrapLines(`${MARK[n.tone]} ${t(n.key, n.params)}`, width).join('\n')
            : `${MARK[n.tone]} ${t(n.key, n.params)}`}
        </Text>
      ))}
    </Box>
  );
}
