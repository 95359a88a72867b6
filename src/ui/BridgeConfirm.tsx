import { Box, Text } from 'ink';
import { useEffect, useState } from 'react';
import type { BridgeCheck } from '../facts/bridge-status.js';
import { t } from '../i18n/messages.js';
import { checkLine } from '../present/text.js';
import { bound } from './keys/bindings.js';
import { useKeys } from './keys/router.js';
import { useKeyState } from './keys/state.js';
import { wrapLines } from './layout.js';

/**
 * The new network is up and verified: the user proves they can still see the screen by pressing Enter before
 * the deadline, or undoes it at once (r/Esc/Ctrl-C) rather than wait for it. Silence (a dead SSH session)
 * lets the checkpoint roll everything back.
 */
export function BridgeConfirm({
  checks,
  deadline,
  columns,
  onConfirm,
  onRevert,
}: {
  checks: BridgeCheck[];
  deadline: number;
  columns: number;
  onConfirm: () => void;
  onRevert: () => void;
}) {
  const [now, setNow] = useState(Date.now());
  // One answer only: after Enter the change is being kept, after r it is being undone.
  const [sent, setSent] = useKeyState<'keep' | 'revert' | undefined>(undefined);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, []);
  useKeys(
    (input, key) => {
      if (bound('bridge.keep', input, key)) {
        setSent('keep');
        onConfirm();
        return 'screenEnds';
      }
      if (bound('bridge.revert', input, key)) {
        setSent('revert');
        onRevert();
        return 'screenEnds';
      }
    },
    { isActive: !sent },
  );
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
        >
          {wrapLines(checkLine(c), columns).join('\n')}
        </Text>
      ))}
      {sent ? (
        <Text bold color="yellow">
          {t(sent === 'keep' ? 'bridge.committing' : 'bridge.reverting')}
        </Text>
      ) : (
        <>
          <Text bold color="yellow">
            {wrapLines(t('bridge.confirm', { seconds }), columns).join('\n')}
          </Text>
          <Text>{wrapLines(t('bridge.confirmRevert'), columns).join('\n')}</Text>
        </>
      )}
    </Box>
  );
}
