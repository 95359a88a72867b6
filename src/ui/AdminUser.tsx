import { Box, Text } from 'ink';
import type { Facts } from '../facts/types.js';
import type { Host } from '../host/host.js';
import { t } from '../i18n/messages.js';
import { visible } from '../i18n/visible.js';
import { formatArgv } from '../plan/command.js';
import {
  adminNameErrors,
  adminNameSpellingErrors,
  MAX_USER_NAME,
  passwdArgv,
  useraddCommand,
} from '../plan/steps/admin-user.js';
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
 * With `passwordFor` (the user exists, its passwd failed or was given up), only `passwd NAME` runs.
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
  passwordFor,
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
  passwordFor?: string | undefined;
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
      if (bound('form.cancel', input, key)) {
        onCancel();
        return 'screenEnds';
      }
      if (passwordFor !== undefined && bound('form.submit', input, key)) {
        setBusy(true);
        void setPassword(passwordFor, 'adminUser.passwordSet');
        return 'screenEnds';
      }
    },
    { isActive: !busy },
  );

  /** passwd on the lent terminal; then what to say: `done` when it set the password. */
  const setPassword = async (user: string, done: 'adminUser.created' | 'adminUser.passwordSet') => {
    if (!host.runAttached) return onDone(note('adminUser.noTerminal', 'warn', { name: user }));
    const runAttached = host.runAttached.bind(host);
    const passwd = passwdArgv(user);
    // Alone on a clear screen above passwd's prompts: what is asked, and the command, as a shell shows it.
    const preface = `${wrap(t('adminUser.passwdNow'))}\n\n${visible(`${prompt} ${formatArgv(passwd)}`)}\n`;
    transcript.commandStart(passwd);
    const code = await lend(preface, () => runAttached(passwd));
    transcript.line('# on the terminal: what was typed there is not recorded');
    transcript.commandEnd(code);
    onDone(
      code === 0
        ? note(done, 'ok', { name: user, group })
        : note('adminUser.passwdFailed', 'warn', { code, name: user }),
    );
  };

  const create = async (value: string) => {
    const [passwdFile, groupFile] = await Promise.all([
      host.readFile('/etc/passwd'),
      host.readFile('/etc/group'),
    ]);
    const problems = adminNameErrors(value, passwdFile ?? '', groupFile ?? '');
    if (problems.length)
      return setError(
        problems.map((p) => t(p, { max: MAX_USER_NAME, length: [...value].length })).join('\n'),
      );
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
    await setPassword(value, 'adminUser.created');
  };

  if (passwordFor !== undefined)
    return (
      <Box flexDirection="column" gap={gap}>
        <Text bold>{wrap(t('adminUser.passwordTitle', { name: passwordFor }))}</Text>
        <Box flexDirection="column">
          <Text dimColor>{t('adminUser.willRun')}</Text>
          <Text>{wrap(visible(`${prompt} ${formatArgv(passwdArgv(passwordFor))}`))}</Text>
        </Box>
        <Text dimColor>{wrap(t('adminUser.passwordHint'))}</Text>
      </Box>
    );
  // The commands only for a name useradd would take: never a line that would be refused.
  const spelledRight = adminNameSpellingErrors(name).length === 0;
  return (
    <Box flexDirection="column" gap={gap}>
      <Text bold>{wrap(t('adminUser.title'))}</Text>
      <Box>
        <Text>{t('adminUser.name')} </Text>
        {busy ? (
          <Text>{visible(name)}</Text>
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
      {error && (
        <Text color="red">
          {error
            .split('\n')
            .map((line) => wrap(visible(line)))
            .join('\n')}
        </Text>
      )}
      {spelledRight && (
        <Box flexDirection="column">
          <Text dimColor>{t('adminUser.willRun')}</Text>
          <Text>{wrap(visible(`${prompt} ${formatArgv(useraddCommand(name, group).argv)}`))}</Text>
          <Text>{wrap(visible(`${prompt} ${formatArgv(passwdArgv(name))}`))}</Text>
        </Box>
      )}
      <Text dimColor>{wrap(t('adminUser.hint'))}</Text>
    </Box>
  );
}
