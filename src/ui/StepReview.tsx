import { Box, Text } from 'ink';
import { t } from '../i18n/messages.js';
import { shownCommands } from '../plan/plan.js';
import type { StepPlan } from '../plan/types.js';
import { stateWord } from '../present/outcome-words.js';
import { CommandList } from './CommandList.js';
import { downloadCommands, shownCommand } from './command-text.js';
import { heightOf, wrapLines } from './layout.js';
import { Notes, noteLines } from './Notes.js';

/** The fewest lines the commands get below the text: title, one command, where the scroll is. */
const MIN_COMMAND_LINES = 4;

/** Lines the about text and the notes take at `columns`: what is left is for the commands or a list. */
export function textHeight(plan: StepPlan, columns: number): number {
  const noteTexts = plan.notes.map((n) => `x ${t(n.key, n.params)}`);
  return heightOf([t(`step.${plan.id}.about`)], columns) + heightOf(noteTexts, columns);
}

/**
 * What a step does and why, what the host looks like, and the exact commands it would run; the commands get
 * whatever height is left (`rows`), scrolling when that is not enough.
 */
export function StepReview({
  plan,
  rows,
  columns,
  prompt,
  gap = 1,
}: {
  plan: StepPlan;
  rows: number;
  columns: number;
  prompt: '#' | '$';
  /** Blank lines between the parts: none in a short window. */
  gap?: number;
}) {
  const about = t(`step.${plan.id}.about`);
  const used = textHeight(plan, columns) + 1 + 2 * gap;
  const runs = plan.state === 'todo' || plan.state === 'check';
  const commands = runs
    ? [...(plan.download ? downloadCommands(plan.download) : []), ...shownCommands(plan).map(shownCommand)]
    : [];
  const done = plan.state === 'already' ? [{ text: `✓ ${stateWord(plan)}`, color: 'green' }] : [];
  // A short window with a long text (the bridge at 60×18; the host check over SSH, with its session notes, at
  // 80×24): text and commands scroll together, so the step's title and the menu stay on the screen.
  if ((runs && rows - used < MIN_COMMAND_LINES) || (!runs && used > rows)) {
    const lead = [
      ...wrapLines(about, columns).map((text) => ({ text })),
      ...noteLines(plan.notes, columns),
      ...done,
    ];
    return <CommandList commands={commands} width={columns} maxLines={rows} prompt={prompt} lead={lead} />;
  }
  return (
    <Box flexDirection="column" gap={gap}>
      <Text>{wrapLines(about, columns).join('\n')}</Text>
      <Notes notes={plan.notes} width={columns} />
      {runs && (
        <CommandList
          commands={commands}
          width={columns}
          maxLines={Math.max(MIN_COMMAND_LINES, rows - used)}
          prompt={prompt}
        />
      )}
      {plan.state === 'already' && <Text color="green">{`✓ ${stateWord(plan)}`}</Text>}
    </Box>
  );
}
