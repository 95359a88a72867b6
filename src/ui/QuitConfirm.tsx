import { Text } from 'ink';
import { t } from '../i18n/messages.js';
import { bound } from './keys/bindings.js';
import { useKeys } from './keys/router.js';

/**
 * "Quit? [y/N]" over an idle screen after Ctrl-C or Quit (q): y (or a second q or Ctrl-C) quits, anything else stays. It takes
 * every key while it is shown, so a half-filled form under it keeps what was typed.
 */
export function QuitConfirm({ onQuit, onStay }: { onQuit: () => void; onStay: () => void }) {
  useKeys(
    (input, key) => {
      if (bound('quit.yes', input, key)) onQuit();
      else onStay();
      return 'screenEnds';
    },
    { exclusive: true },
  );
  return <Text color="yellow">{t('ui.quitAsk')}</Text>;
}
