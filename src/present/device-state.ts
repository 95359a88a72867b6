import type { MessageKey } from '../i18n/messages.js';
import { t } from '../i18n/messages.js';
import { visible } from '../i18n/visible.js';

/**
 * NetworkManager's device states as nmcli prints them under LC_ALL=C (`connected`, `connecting (getting IP
 * configuration)`…), in the catalogue's words. The detail in brackets of a state being reached is dropped;
 * a state this list does not know is shown as the host wrote it, made harmless.
 */
const STATES: Record<string, MessageKey> = {
  connected: 'nm.state.connected',
  'connected (externally)': 'nm.state.externally',
  'connected (local only)': 'nm.state.connected',
  'connected (site only)': 'nm.state.connected',
  connecting: 'nm.state.connecting',
  disconnected: 'nm.state.disconnected',
  deactivating: 'nm.state.deactivating',
  unavailable: 'nm.state.unavailable',
  unmanaged: 'nm.state.unmanaged',
  'connection failed': 'nm.state.failed',
};

export function deviceStateWord(state: string): string {
  const key = STATES[state] ?? (state.startsWith('connecting (') ? STATES.connecting : undefined);
  return key ? t(key) : visible(state);
}
