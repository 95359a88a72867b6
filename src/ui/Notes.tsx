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

/** The notes' lines at `width`, each with its colour: for a screen that scrolls them with the commands. */
export function noteLines(notes: Note[], width: number): Array<{ text: string; color: string | undefined }> {
  return notes.flatMap((n) =>
    wrapLines(`${MARK[n.tone]} ${t(n.key, n.params)}`, width).map((text) => ({ text, color: COLOR[n.tone] })),
  );
}

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
