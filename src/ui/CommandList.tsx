import { Box, Text } from 'ink';
import { t } from '../i18n/messages.js';
import { commandLayout, type ShownCommand } from './command-text.js';
import { bound } from './keys/bindings.js';
import { useKeys } from './keys/router.js';
import { useKeyState } from './keys/state.js';
import { hangingWrap } from './layout.js';

interface Line {
  text: string;
  kind: 'argv' | 'why' | 'lead' | 'title';
  color?: string | undefined;
  bold?: boolean | undefined;
  /** Position in the whole list: a stable key while the window scrolls. */
  n: number;
}

/** The commands' lines at `width`: each laid out to paste as one command (command-text.ts), then its reason. */
export function commandLines(commands: readonly ShownCommand[], width: number, prompt: '#' | '$'): Line[] {
  return commands
    .flatMap((c) => [
      ...commandLayout(c.words, width, prompt).map((text) => ({ text, kind: 'argv' as const })),
      ...hangingWrap(`  # ${c.why}`, width, '    ').map((text) => ({ text, kind: 'why' as const })),
    ])
    .map((l, n) => ({ ...l, n }));
}

/**
 * The exact commands, quoted for bash and broken only between words, each with its reason. When they do not fit in `maxLines`,
 * ↑/↓ (a line) and PgUp/PgDn (a window) scroll them and a status line says where you are.
 */
export function CommandList({
  commands,
  width,
  maxLines,
  prompt,
  lead,
}: {
  commands: readonly ShownCommand[];
  width: number;
  maxLines: number;
  /** `#` when the commands run as root. */
  prompt: '#' | '$';
  /** Lines above the commands that scroll with them (a step's text in a short window). */
  lead?: ReadonlyArray<{ text: string; color?: string | undefined; bold?: boolean | undefined }>;
}) {
  const title = t('ui.commands');
  const lines: Line[] = lead
    ? [
        ...lead.map((l) => ({ ...l, kind: 'lead' as const })),
        ...(commands.length ? [{ text: title, kind: 'title' as const }] : []),
        ...commandLines(commands, width, prompt),
      ].map((l, n) => ({ ...l, n }))
    : commandLines(commands, width, prompt);
  // Without a lead, the title stays above the window and takes a line of it.
  const overflow = lines.length + (lead ? 0 : 1) > maxLines;
  const window = overflow ? Math.max(1, maxLines - (lead ? 1 : 2)) : lines.length;
  const [offset, setOffset] = useKeyState(0);
  useKeys(
    (input, key) => {
      const by = (delta: number) => setOffset(Math.max(0, Math.min(lines.length - window, offset + delta)));
      if (bound('list.up', input, key)) by(-1);
      else if (bound('list.down', input, key)) by(1);
      else if (bound('list.pageUp', input, key)) by(-window);
      else if (bound('list.pageDown', input, key)) by(window);
    },
    { isActive: overflow },
  );
  if (!commands.length && !lead) return <Text dimColor>{t('ui.noCommands')}</Text>;
  const shown = lines.slice(offset, offset + window);
  return (
    <Box flexDirection="column">
      {!lead && <Text bold>{title}</Text>}
      {shown.map((l) => (
        <Text
          key={l.n}
          color={l.kind === 'argv' ? 'cyan' : l.color}
          dimColor={l.kind === 'why'}
          bold={l.kind === 'title' || l.bold}
        >
          {l.text}
        </Text>
      ))}
      {overflow && (
        <Text dimColor>
          {t('ui.scroll', { from: offset + 1, to: offset + shown.length, total: lines.length })}
        </Text>
      )}
    </Box>
  );
}
