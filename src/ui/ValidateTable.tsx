import { Box, Text } from 'ink';
import type { ValidateLine } from '../facts/types.js';
import { t } from '../i18n/messages.js';
import { explainValidateLine } from '../plan/steps/validate-judge.js';

const COLOR = { PASS: 'green', WARN: 'yellow', FAIL: 'red', NOTE: 'blue' } as const;

/** virt-host-validate's verdicts, one line each; anything not PASS gets a plain-words explanation. */
export function ValidateTable({ lines }: { lines: ValidateLine[] }) {
  const issues = lines.filter((l) => l.status !== 'PASS');
  return (
    <Box flexDirection="column">
      {lines.map((l, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: check texts can repeat across drivers
        <Text key={i} wrap="truncate-end">
          <Text color={COLOR[l.status]}>{l.status.padEnd(5)}</Text>
          {l.check || l.hint}
        </Text>
      ))}
      {issues.length === 0 ? (
        <Text color="green">{t('validate.allPass')}</Text>
      ) : (
        [...new Set(issues.map(explainValidateLine))].map((key) => (
          <Text key={key} color="yellow">{`→ ${t(key)}`}</Text>
        ))
      )}
    </Box>
  );
}
