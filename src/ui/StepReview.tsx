import { Box, Text } from 'ink';
import { type MessageKey, t } from '../i18n/messages.js';
import { shownCommands } from '../plan/plan.js';
import type { StepPlan } from '../plan/types.js';
import { CommandList } from './CommandList.js';
import { Notes } from './Notes.js';

/** What a step does and why, what the host looks like, and the exact commands it would run. */
export function StepReview({ plan }: { plan: StepPlan }) {
  return (
    <Box flexDirection="column" gap={1}>
      <Text>{t(`step.${plan.id}.about` as MessageKey)}</Text>
      <Notes notes={plan.notes} />
      {(plan.state === 'todo' || plan.state === 'check') && <CommandList commands={shownCommands(plan)} />}
      {plan.state === 'already' && <Text color="green">{`✓ ${t('state.already')}`}</Text>}
    </Box>
  );
}
