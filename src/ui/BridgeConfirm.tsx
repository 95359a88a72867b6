import { Box, Text } from 'ink';
import { useEffect, useState } from 'react';
import { type BridgeCheck, checkTitle, checkValue } from '../facts/bridge-status.js';
import { t } from '../i18n/messages.js';
import { bound } from './keys/bindings.js';
import { useKeys } from './keys/router.js';
import { useKeyState } from './keys/state.js';

/**
 * The new network is up and verified: the user proves they can still see the screen by pressing Enter before
 * the deadline. Silence (a dead SSH session) lets the checkpoint roll everything back.
 */
export function BridgeConfirm({
  checks,
  deadline,
  onConfirm,
}: {
  checks: BridgeCheck[];
  deadline: number;
  onConfirm: () => void;
}) {
  const [now, setNow] = useState(Date.now());
  const [sent, setSent] = useKeyState(false);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, []);
  useKeys((input, key) => {
    if (bound('bridge.keep', input, key) && !sent) {
      setSent(true);
      onConfirm();
      return 'screenEnds';
    }
  });
  // The applier rolls back 2 s before NetworkManager's own deadline.
  const seconds = Math.max(0, Math.ceil((deadline - 2000 - now) / 1000));
  return (
    <Box flexDirection="column">
      {checks.map((c, i) => (
        <Text
          // Several gateways share a check name; the order of the checks is fixed.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          key={i}
          color={c.ok ? 'green' : 'red'}
        >{`${c.ok ? '✓' : '✗'} ${checkTitle(c.name)}${c.name === 'gateway' ? ` ${c.expected}` : ''}: ${checkValue(c.found)}`}</Text>
      ))}
      <Text bold color="yellow">
        {sent ? t('bridge.committing') : t('bridge.confirm', { seconds })}
      </Text>
    </Box>
  );
}
