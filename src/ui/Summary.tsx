import type { Facts } from '../facts/types.js';
import { t } from '../i18n/messages.js';
import { visible } from '../i18n/visible.js';
import { cockpitListening, cockpitLoginNote } from '../plan/steps/services.js';
import type { StepId } from '../plan/types.js';
import { outcomeWord } from '../present/outcome-words.js';
import { cockpitLines, nextSteps, titleCell } from '../present/text.js';
import type { StepResult } from '../run/session.js';
import { CommandList } from './CommandList.js';
import { wrapLines } from './layout.js';

const COLOR = {
  done: 'green',
  already: 'green',
  skipped: 'yellow',
  failed: 'red',
  canceled: 'yellow',
  blocked: 'red',
} as const;

/**
 * What each step came to, where Cockpit is, where the log is and what to do next. In a short window (60×18)
 * the lines scroll (↑/↓, PgUp/PgDn) above the menu, which always stays on the screen.
 */
export function Summary({
  steps,
  results,
  facts,
  logPath,
  columns,
  rows,
}: {
  steps: readonly StepId[];
  results: Partial<Record<StepId, StepResult>>;
  facts: Facts;
  /** Only once the file exists. */
  logPath?: string | undefined;
  columns: number;
  /** Rows the summary may take; past them it scrolls. */
  rows: number;
}) {
  const login = cockpitLoginNote(facts);
  // Wrapped here, at spaces: Ink's own wrapping leaves a space at the start of the next line.
  const wrap = (text: string, color?: string) => wrapLines(text, columns).map((l) => ({ text: l, color }));
  const lines = [
    ...steps
      .filter((id) => id !== 'summary')
      .map((id) => {
        const outcome = results[id]?.outcome;
        return {
          text: `${titleCell(id)}${outcome ? outcomeWord(id, outcome) : '-'}`,
          color: outcome ? COLOR[outcome] : 'gray',
        };
      }),
    { text: ' ' },
    ...cockpitLines(facts).flatMap((l, i) =>
      wrap(l, i === 0 && cockpitListening(facts) ? 'cyan' : undefined),
    ),
    ...(login ? wrap(t(login.key, login.params), login.tone === 'warn' ? 'yellow' : undefined) : []),
    ...(logPath !== undefined ? wrap(t('ui.log', { path: visible(logPath) })) : []),
    ...wrap(nextSteps(Object.values(results), facts), 'gray'),
  ];
  return <CommandList commands={[]} width={columns} maxLines={rows} prompt="#" lead={lines} />;
}
