import { Box, Text } from 'ink';
import type { Host } from '../host/host.js';
import type { MessageKey } from '../i18n/messages.js';
import { t } from '../i18n/messages.js';
import type { StepId } from '../plan/types.js';
import { bound } from './keys/bindings.js';
import { useKeys } from './keys/router.js';
import { useKeyState } from './keys/state.js';
import { wrapLines } from './layout.js';
import { type PageLine, PageLineText, promptFor, tryItLines, useTryIt } from './TryIt.js';

/** The page's own text: paragraphs wrapped to the width; a line indented by four spaces is a command, kept whole. */
export function pageLines(id: StepId, width: number): PageLine[] {
  const lines: PageLine[] = [
    { text: t('learn.title', { step: t(`step.${id}.title` as MessageKey) }), kind: 'title' },
  ];
  for (const paragraph of t(`learn.page.${id}` as MessageKey).split('\n')) {
    if (paragraph.startsWith('    ')) lines.push({ text: paragraph, kind: 'command' });
    else if (paragraph === '') lines.push({ text: '', kind: 'text' });
    else for (const l of wrapLines(paragraph, width)) lines.push({ text: l, kind: 'text' });
  }
  return lines;
}

/**
 * The learn-more page of a step (the `?` key): what the study text teaches about it, then its check-it-yourself
 * commands with their output from this host. ↑/↓ and PgUp/PgDn scroll it; Esc, q or ? close it.
 */
export function LearnPage({
  host,
  id,
  columns,
  rows,
  onClose,
}: {
  host: Host;
  id: StepId;
  columns: number;
  /** Rows for the page, its status line included. */
  rows: number;
  onClose: () => void;
}) {
  const outputs = useTryIt(host, id);
  const lines = [
    ...pageLines(id, columns),
    { text: '', kind: 'text' as const },
    { text: t('learn.tryIt'), kind: 'title' as const },
    ...tryItLines(id, outputs, promptFor(host), columns),
  ];
  // The status line may wrap to two lines (Japanese, a narrow terminal).
  const window = Math.max(1, rows - 2);
  const last = Math.max(0, lines.length - window);
  const [offset, setOffset] = useKeyState(0);
  const top = Math.min(offset, last);
  useKeys((input, key) => {
    const by = (delta: number) => setOffset(Math.max(0, Math.min(last, top + delta)));
    if (bound('learn.close', input, key)) {
      onClose();
      return 'screenEnds';
    }
    if (bound('list.up', input, key)) by(-1);
    else if (bound('list.down', input, key)) by(1);
    else if (bound('list.pageUp', input, key)) by(-window);
    else if (bound('list.pageDown', input, key)) by(window);
  });
  const shown = lines.slice(top, top + window);
  const status = [
    ...(lines.length > window
      ? [t('ui.scroll', { from: top + 1, to: top + shown.length, total: lines.length })]
      : []),
    t('learn.closeHint'),
  ].join(' · ');
  return (
    <Box flexDirection="column">
      {shown.map((l, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the window's rows, redrawn as it scrolls
        <PageLineText key={i} line={l} />
      ))}
      <Text dimColor>{wrapLines(status, columns).join('\n')}</Text>
    </Box>
  );
}
