import { Box, Text } from 'ink';
import { t } from '../i18n/messages.js';
import type { Note, Tone } from '../plan/types.js';

const MARK: Record<Tone, string> = { info: '·', ok: '✓', warn: '!', error: '✗' };
const COLOR: Record<Tone, string | undefined> = {
  info: undefined,
  ok: 'green',
  warn: 'yellow',
  error: 'red',
};

export function Notes({ notes }: { notes: Note[] }) {
  return (
    <Box flexDirection="column">
      {notes.map((n) => (
        <Text key={n.key} color={COLOR[n.tone]}>{`${MARK[n.tone]} ${t(n.key, n.params)}`}</Text>
      ))}
    </Box>
  );
}
