import { Box, Text } from 'ink';
import { t } from '../i18n/messages.js';
import { formatArgv } from '../plan/command.js';
import { isFailure } from '../plan/types.js';
import type { StepResult } from '../run/session.js';
import { wrapLines } from './layout.js';
import { ValidateTable } from './ValidateTable.js';

/** After a step: its outcome, virt-host-validate's table, or the failed command with its exit code and last lines. */
export function StepResultView({
  result,
  rows,
  columns,
  hasLog = false,
}: {
  result: StepResult;
  rows: number;
  columns: number;
  /** The step ran something: `l` shows its output. */
  hasLog?: boolean;
}) {
  const failed = isFailure(result.outcome);
  const wrap = (text: string) => wrapLines(text, columns).join('\n');
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
      {/* The bridge's outcome is a reason and, when its rollback failed, commands to type: never cut. */}
      {f?.tail.map((l, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: output lines have no better key
        <Text key={i} dimColor wrap={result.plan.guard ? 'wrap' : 'truncate-end'}>{`  ${l}`}</Text>
      ))}
      <Text color={failed ? 'red' : 'green'} bold>
        {`${failed ? '✗' : '✓'} ${t(`outcome.${result.outcome}`)}`}
      </Text>
      {result.changes?.packages.length ? (
        <Text>{wrap(t('ui.changedPackages', { list: result.changes.packages.join(' ') }))}</Text>
      ) : null}
      {result.changes?.units.length ? (
        <Text>{wrap(t('ui.changedUnits', { list: result.changes.units.join(' ') }))}</Text>
      ) : null}
      {result.durationMs !== undefined && (
        <Text dimColor>{t('ui.took', { seconds: (result.durationMs / 1000).toFixed(1) })}</Text>
      )}
      {hasLog && <Text dimColor>{t('ui.logHint')}</Text>}
    </Box>
  );
}
