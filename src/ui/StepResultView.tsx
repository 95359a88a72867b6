import { Box, Text } from 'ink';
import { t } from '../i18n/messages.js';
import { isFailure } from '../plan/types.js';
import { outcomeMark, outcomeWord } from '../present/outcome-words.js';
import type { StepResult } from '../run/session.js';
import { commandLayout, shownCommand } from './command-text.js';
import { hangingWrap, wrapLines } from './layout.js';
import { ValidateTable } from './ValidateTable.js';

/**
 * After a step: its outcome, virt-host-validate's table, or the failed command with its exit code and last
 * lines. Nothing is cut: a reason, a checksum mismatch or an output line wraps at the terminal's width.
 */
export function StepResultView({
  result,
  rows,
  columns,
  prompt,
  hasLog = false,
}: {
  result: StepResult;
  rows: number;
  columns: number;
  prompt: '#' | '$';
  /** The step ran something: `l` shows its output. */
  hasLog?: boolean;
}) {
  const failed = isFailure(result.outcome);
  const f = result.failure;
  const wrap = (text: string, width = columns) => wrapLines(text, width).join('\n');
  return (
    <Box flexDirection="column">
      {result.validate && <ValidateTable lines={result.validate} rows={rows - 2} columns={columns} />}
      {result.detail?.map((l) => (
        <Text key={l}>{wrap(l)}</Text>
      ))}
      {f?.command && (
        <Text color="red">{commandLayout(shownCommand(f.command).words, columns, prompt).join('\n')}</Text>
      )}
      {f?.canceled && <Text color="yellow">{wrap(t('ui.canceled'))}</Text>}
      {f?.exitCode !== undefined && !f.canceled && (
        <Text color="red">{wrap(t('ui.exitCode', { code: f.exitCode }))}</Text>
      )}
      {f?.verify && <Text color="red">{wrap(t('cli.verifyFailed', { step: result.id }))}</Text>}
      {/* Output lines (already made visible by run/tail.ts), a failure's reason, rollback commands, a checksum
          mismatch's two hashes: never cut. A bridge's reason and a mismatch hang their continuation lines. */}
      {f?.tail.map((l, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: output lines have no better key
        <Text key={i} dimColor={!f.checksum}>
          {result.plan.guard || f.checksum
            ? hangingWrap(`  ${l}`, columns, '    ').join('\n')
            : wrapLines(l, columns - 2)
                .map((part) => `  ${part}`)
                .join('\n')}
        </Text>
      ))}
      <Text color={result.outcome === 'canceled' ? 'yellow' : failed ? 'red' : 'green'} bold>
        {wrap(`${outcomeMark(result.outcome)} ${outcomeWord(result.id, result.outcome)}`)}
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
