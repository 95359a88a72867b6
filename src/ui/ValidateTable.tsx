import { Box, Text } from 'ink';
import type { ValidateLine } from '../facts/types.js';
import { t } from '../i18n/messages.js';
import { checkText, explainValidateLine } from '../plan/steps/validate-judge.js';
import { heightOf, wrapLines } from './layout.js';

const COLOR = { PASS: 'green', WARN: 'yellow', FAIL: 'red', NOTE: 'blue' } as const;

/**
 * virt-host-validate's verdicts, one line each; anything not PASS gets a plain-words explanation. When the
 * lines do not fit in `rows` (older libvirt prints 20+ checks), the PASS ones are folded into a count.
 */
export function ValidateTable({
  lines,
  rows,
  columns,
}: {
  lines: ValidateLine[];
  rows: number;
  columns: number;
}) {
  const issues = lines.filter((l) => l.status !== 'PASS');
  const hints = issues.length
    ? [...new Set(issues.map(explainValidateLine))].map((key) => `→ ${t(key)}`)
    : [t('validate.allPass')];
  const fold = lines.length + heightOf(hints, columns) > rows;
  const shown = fold ? issues : lines;
  const passed = lines.length - issues.length;
  return (
    <Box flexDirection="column">
      {shown.map((l, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: check texts can repeat across drivers
        <Text key={i} wrap="truncate-end">
          <Text color={COLOR[l.status]}>{l.status.padEnd(5)}</Text>
          {checkText(l)}
        </Text>
      ))}
      {fold && passed > 0 && <Text color="green">{t('validate.passedCount', { count: passed })}</Text>}
      {hints.map((h) => (
        <Text key={h} color={issues.length ? 'yellow' : 'green'}>
          {wrapLines(h, columns).join('\n')}
        </Text>
      ))}
    </Box>
  );
}
