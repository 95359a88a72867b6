import { Box, Text } from 'ink';
import type { Facts } from '../facts/types.js';
import type { Host } from '../host/host.js';
import { t } from '../i18n/messages.js';
import { visible } from '../i18n/visible.js';
import { formatArgv } from '../plan/command.js';
import { adminNameError, passwdArgv, useraddCommand } from '../plan/steps/admin-user.js';
import { bound } from './keys/bindings.js';
import { useKeys, useLendTerminal } from './keys/router.js';
import { useKeyState } from './keys/state.js';
import { wrapLines } from './layout.js';
import { TextField } from './TextField.js';

/**
 * The Cockpit admin user, made from the services step: a name (checked), `useradd` shown and run, then
 * `passwd NAME` on the terminal itself. The password goes from the keyboard to passwd: never through here.
 * `onDone` gets what to say afterwards (passwd could not run or failed), or undefined when all went well.
 */
export function AdminUser({
  host,
  facts,
  columns,
  prompt,
  onDone,
  onCancel,
}: {
  host: Host;
  facts: Facts;
  columns: number;
  prompt: '#' | '$';
  onDone: (message?: string) => void;
  onCancel: () => void;
}) {
  const [name, setName] = useKeyState('');
  const [error, setError] = useKeyState('');
  const [busy, setBusy] = useKeyState(false);
  const lend = useLendTerminal();
  const group = facts.cockpitLogin.adminGroup;
  const useradd = useraddCommand(name, group);
  useKeys(
    (input, key) => {
      if (!bound('form.cancel', input, key)) return;
      onCancel();
      return 'screenEnds';
    },
    { isActive: !busy },
  );

  const create = async (value: string) => {
    const problem = adminNameError(value, (await host.readFile('/etc/passwd')) ?? '');
    if (problem) return setError(t(problem));
    setBusy(true);
    const made = await host.run(useraddCommand(value, group).argv);
    if (made.exitCode !== 0) {
      setBusy(false);
      const reason = visible(made.stderr.trim() || made.stdout.trim());
      return setError(t('adminUser.failed', { code: made.exitCode, reason }));
    }
    if (!host.runAttached) return onDone(t('adminUser.noTerminal', { name: value }));
    const runAttached = host.runAttached.bind(host);
    const code = await lend(() => runAttached(passwdArgv(value)));
    onDone(code === 0 ? undefined : t('adminUser.passwdFailed', { code, name: value }));
  };
  const wrap = (text: string) => wrapLines(text, columns).join('\n');
  return (
    <Box flexDirection="column" gap={1}>
      <Text bold>{wrap(t('adminUser.title'))}</Text>
      <Box>
        <Text>{t('adminUser.name')} </Text>
        {busy ? (
          <Text>{name}</Text>
        ) : (
          <TextField
            initial=""
            onChange={(v) => {
              setName(v);
              setError('');
            }}
            onSubmit={(v) => {
              void create(v);
              return undefined;
            }}
          />
        )}
      </Box>
      {error && <Text color="red">{wrap(visible(error))}</Text>}
      <Box flexDirection="column">
        <Text dimColor>{t('adminUser.willRun')}</Text>
        <Text>{wrap(`${prompt} ${formatArgv(useradd.argv)}`)}</Text>
        <Text>{wrap(`${prompt} ${formatArgv(passwdArgv(name))}`)}</Text>
      </Box>
      <Text dimColor>{wrap(t(busy ? 'adminUser.passwdNow' : 'adminUser.hint'))}</Text>
    </Box>
  );
}
