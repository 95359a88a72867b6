import { Box, Text } from 'ink';
import { t } from '../i18n/messages.js';
import { formatArgv } from '../plan/command.js';
import { isFailure } from '../plan/types.js';
import { outcomeWord } from '../present/outcome-words.js';
import type { StepResult } from '../run/session.js';
import { hangingWrap } from './layout.js';
import { ValidateTable } from './ValidateTable.js';

/** After a step: its outcome, virt-host-validate's table, or the failed command with its exit code and last lines. */
export function StepResultView({
  result,
  rows,
  columns,
}: {
  result: StepResult;
  rows: number;
  columns: number;
}) {
  const failed = isFailure(result.outcome);
  const f = result.failure;
  return (
    <Box flexDirection="column">
      {result.validate && <ValidateTable lines={result.validate} rows={rows - 2} columns={columns} />}
      {result.detail?.map((l) => (
        <Text key={l}>{l}</Text>
      ))}
      {f?.command && <Text color="red">{`$ ${formatArgv(f.command.argv)}`}</Text>}
      {f?.canceled && <Text color="yellow">{t('ui.canceled')}</Text>}
      {f?.exitCode !== undefined && !f.canceled && (
        <Text color="red">{t('ui.exitCode', { code: f.exitCode })}</Text>
      )}
      {f?.verify && <Text color="red">{t('cli.verifyFailed', { step: result.id })}</Text>}
      {/* The bridge's outcome is a reason and, when its rollback failed, commands to type; a checksum mismatch
          says both hashes whole: never cut, but wrapped here at the terminal's width, continuation lines
          indented under their first. */}
      {f?.tail.map((l, i) => {
        const whole = Boolean(result.plan.guard || f.checksum);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: output lines have no better key
          <Text key={i} dimColor={!f.checksum} wrap={whole ? 'wrap' : 'truncate-end'}>
            {whole ? hangingWrap(`  ${l}`, columns, '    ').join('\n') : `  ${l}`}
          </Text>
        );
      })}
      <Text color={failed ? 'red' : 'green'} bold>
        {`${failed ? '✗' : '✓'} ${outcomeWord(result.id, result.outcome)}`}
      </Text>
    </Box>
  );
}
