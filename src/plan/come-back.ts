import type { Invocation } from '../facts/types.js';
import { shellQuote } from './command.js';

/**
 * The words of the reconnect flow's "come back" commands, from how this wizard was started: `ssh {user}@…`,
 * then `{confirm}` (or `{revert}`) — the same file, through sudo when it was run through sudo. Without facts
 * of the invocation (an export's plan, hand-made facts): the README's `kvm-wizard` as root.
 */
export function comeBackWords(invocation: Invocation | undefined): {
  user: string;
  confirm: string;
  revert: string;
} {
  const base = invocation ? [...(invocation.sudo ? ['sudo'] : []), ...invocation.command] : ['kvm-wizard'];
  const line = (sub: string) => [...base, sub].map(shellQuote).join(' ');
  return { user: invocation?.user ?? 'root', confirm: line('confirm'), revert: line('revert') };
}
