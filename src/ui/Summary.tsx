import { Box, Text } from 'ink';
import type { Facts } from '../facts/types.js';
import { t } from '../i18n/messages.js';
import { visible } from '../i18n/visible.js';
import { cockpitListening, cockpitLoginNote } from '../plan/steps/services.js';
import type { StepId } from '../plan/types.js';
import { outcomeWord } from '../present/outcome-words.js';
import { cockpitLines, nextSteps, titleCell } from '../present/text.js';
import type { StepResult } from '../run/session.js';
import { wrapLines } from './layout.js';

const COLOR = {
  done: 'green',
  already: 'green',
  skipped: 'yellow',
  failed: 'red',
  canceled: 'yellow',
  blocked: 'red',
} as const;

export function Summary({
  steps,
  results,
  facts,
  logPath,
  columns,
}: {
  steps: readonly StepId[];
  results: Partial<Record<StepId, StepResult>>;
  facts: Facts;
  /** Only once the file exists. */
  logPath?: string | undefined;
  columns: number;
}) {
  const login = cockpitLoginNote(facts);
  // Wrapped here, at spaces: Ink's own wrapping leaves a space at the start of the next line.
  const wrap = (text: string) => wrapLines(text, columns).join('\n');
  return (
    <Box flexDirection="column">
      {steps
        .filter((id) => id !== 'summary')
        .map((id) => {
          const outcome = results[id]?.outcome;
          return (
            <Text key={id}>
              {titleCell(id)}
              <Text color={outcome ? COLOR[outcome] : 'gray'}>
                {outcome ? outcomeWord(id, outcome) : '-'}
              </Text>
            </Text>
          );
        })}
      <Text> </Text>
      {cockpitLines(facts).map((l, i) => (
        <Text key={l} color={i === 0 && cockpitListening(facts) ? 'cyan' : undefined}>
          {wrap(l)}
        </Text>
      ))}
      {login && (
        <Text color={login.tone === 'warn' ? 'yellow' : undefined}>{wrap(t(login.key, login.params))}</Text>
      )}
      {logPath !== undefined && <Text>{t('ui.log', { path: visible(logPath) })}</Text>}
      <Text dimColor>{wrap(nextSteps(Object.values(results), facts))}</Text>
    </Box>
  );
}
