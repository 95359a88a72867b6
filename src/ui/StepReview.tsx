import { Box, Text } from 'ink';
import { t } from '../i18n/messages.js';
import { shownCommands } from '../plan/plan.js';
import type { StepPlan } from '../plan/types.js';
import { CommandList } from './CommandList.js';
import { downloadCommands, shownCommand } from './command-text.js';
import { heightOf, wrapLines } from './layout.js';
import { Notes } from './Notes.js';

/**
 * What a step does and why, what the host looks like, and the exact commands it would run; the commands get
 * whatever height is left (`rows`), scrolling when that is not enough.
 */
export function StepReview({
  plan,
  rows,
  columns,
  prompt,
}: {
  plan: StepPlan;
  rows: number;
  columns: number;
  prompt: '#' | '$';
}) {
  const about = t(`step.${plan.id}.about`);
  const noteTexts = plan.notes.map((n) => `x ${t(n.key, n.params)}`);
  const used = heightOf([about], columns) + heightOf(noteTexts, columns) + 3;
  return (
    <Box flexDirection="column" gap={1}>
      <Text>{wrapLines(about, columns).join('\n')}</Text>
      <Notes notes={plan.notes} width={columns} />
      {(plan.state === 'todo' || plan.state === 'check') && (
        <CommandList
          commands={[
            ...(plan.download ? downloadCommands(plan.download) : []),
            ...shownCommands(plan).map(shownCommand),
          ]}
          width={columns}
          maxLines={Math.max(4, rows - used)}
          prompt={prompt}
        />
      )}
      {plan.state === 'already' && <Text color="green">{`✓ ${t('state.already')}`}</Text>}
    </Box>
  );
}
