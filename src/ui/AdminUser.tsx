import { Box, Text } from 'ink';
import type { Facts } from '../facts/types.js';
import type { Host } from '../host/host.js';
import { t } from '../i18n/messages.js';
import { visible } from '../i18n/visible.js';
import { formatArgv } from '../plan/command.js';
import { adminNameError, MAX_USER_NAME, passwdArgv, useraddCommand } from '../plan/steps/admin-user.js';
import { type Note, note } from '../plan/types.js';
import type { Transcript } from '../run/transcript.js';
import { bound } from './keys/bindings.js';
import { useKeys, useLendTerminal } from './keys/router.js';
import { useKeyState } from './keys/state.js';
import { wrapLines } from './layout.js';
import { TextField } from './TextField.js';

/**
 * The Cockpit admin user, made from the services step: a name (checked), `useradd` shown and run, then
 * `passwd NAME` on the terminal itself. The password goes from the keyboard to passwd: never through here.
 * Both commands go to the transcript (passwd's dialogue does not: it never passes through this process).
 * `onDone` gets what to say on the services screen afterwards.
 */
export function AdminUser({
  host,
  facts,
  transcript,
  columns,
  gap,
  prompt,
  onDone,
  onCancel,
}: {
  host: Host;
  facts: Facts;
  transcript: Transcript;
  columns: number;
  /** Blank lines between the parts (none in a short window). */
  gap: number;
  prompt: '#' | '$';
  onDone: (said: Note) => void;
  onCancel: () => void;
}) {
  const [name, setName] = useKeyState('');
  const [error, setError] = useKeyState('');
  const [busy, setBusy] = useKeyState(false);
  const lend = useLendTerminal();
  const group = facts.cockpitLogin.adminGroup;
  const wrap = (text: string) => wrapLines(text, columns).join('\n');
  useKeys(
    (input, key) => {
      if (!bound('form.cancel', input, key)) return;
      onCancel();
      return 'screenEnds';
    },
    { isActive: !busy },
  );

  const create = async (value: string) => {
    const [passwdFile, groupFile] = await Promise.all([
      host.readFile('/etc/passwd'),
      host.readFile('/etc/group'),
    ]);
    const problem = adminNameError(value, passwdFile ?? '', groupFile ?? '');
    if (problem) return setError(t(problem, { max: MAX_USER_NAME, length: [...value].length }));
    setBusy(true);
    const useradd = useraddCommand(value, group).argv;
    transcript.step('services: create admin user');
    transcript.commandStart(useradd);
    const made = await host.run(useradd);
    transcript.write(made.stdout + made.stderr);
    transcript.commandEnd(made.exitCode);
    if (made.exitCode !== 0) {
      setBusy(false);
      const reason = visible(made.stderr.trim() || made.stdout.trim());
      return setError(t('adminUser.failed', { code: made.exitCode, reason }));
    }
    if (!host.runAttached) return onDone(note('adminUser.noTerminal', 'warn', { name: value }));
    const runAttached = host.runAttached.bind(host);
    const passwd = passwdArgv(value);
    // Alone on a clear screen above passwd's prompts: what is asked, and the command, as a shell shows it.
    const preface = `${wrap(t('adminUser.passwdNow'))}\n\n${prompt} ${formatArgv(passwd)}\n`;
    transcript.commandStart(passwd);
    const code = await lend(preface, () => runAttached(passwd));
    transcript.line('# on the terminal: what was typed there is not recorded');
    transcript.commandEnd(code);
    onDone(
      code === 0
        ? note('adminUser.created', 'ok', { name: value, group })
        : note('adminUser.passwdFailed', 'warn', { code, name: value }),
    );
  };
  return (
    <Box flexDirection="column" gap={gap}>
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
        <Text>{wrap(visible(`${prompt} ${formatArgv(useraddCommand(name, group).argv)}`))}</Text>
        <Text>{wrap(visible(`${prompt} ${formatArgv(passwdArgv(name))}`))}</Text>
      </Box>
      <Text dimColor>{wrap(t('adminUser.hint'))}</Text>
    </Box>
  );
}
