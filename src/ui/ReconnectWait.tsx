import { Box, Text } from 'ink';
import { useEffect, useState } from 'react';
import type { BridgeCheck } from '../facts/bridge-status.js';
import type { Invocation } from '../facts/types.js';
import { t } from '../i18n/messages.js';
import { checkLine, reconnectWaitText } from '../present/text.js';
import { bound } from './keys/bindings.js';
import { useKeys } from './keys/router.js';
import { useKeyState } from './keys/state.js';

/**
 * The host's address moved and the new network is verified: this session (if it still lives) waits for
 * `kvm-wizard confirm` from a session to the new address, showing the exact commands and the countdown.
 * Enter does not keep it here: that this screen is still readable says nothing about the new address.
 * r/Esc/Ctrl-C undo it now; in the simulation, c stands in for the confirmation from the new session.
 */
export function ReconnectWait({
  checks,
  addresses,
  deadline,
  invocation,
  onRevert,
  onSimConfirm,
}: {
  checks: BridgeCheck[];
  addresses: string[];
  deadline: number;
  /** How this wizard was started: the commands to come back with (present/text.ts reconnectWaitText). */
  invocation?: Invocation | undefined;
  onRevert: () => void;
  onSimConfirm?: () => void;
}) {
  const [now, setNow] = useState(Date.now());
  const [sent, setSent] = useKeyState<'revert' | 'keep' | undefined>(undefined);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, []);
  useKeys((input, key) => {
    if (sent) return;
    if (bound('bridge.revert', input, key)) {
      setSent('revert');
      onRevert();
      return 'screenEnds';
    }
    if (onSimConfirm && bound('bridge.simConfirm', input, key)) {
      setSent('keep');
      onSimConfirm();
      return 'screenEnds';
    }
  });
  return (
    <Box flexDirection="column">
      {checks.map((c, i) => (
        // Several gateways share a check name; the order of the checks is fixed.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <Text key={i} color={c.ok ? 'green' : 'red'}>
          {checkLine(c)}
        </Text>
      ))}
      <Text bold color="yellow">
        {sent === 'revert'
          ? t('bridge.reconnectUndoing')
          : sent === 'keep'
            ? t('bridge.committing')
            : reconnectWaitText(addresses, deadline, now, invocation)}
      </Text>
      {!sent && <Text dimColor>{t('bridge.reconnectKeys')}</Text>}
      {!sent && onSimConfirm && <Text dimColor>{t('bridge.reconnectSimKey')}</Text>}
    </Box>
  );
}
