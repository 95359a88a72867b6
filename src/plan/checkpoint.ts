import { CHECKPOINT_ARGV, NM } from '../facts/checkpoints.js';
import { type Command, cmd, formatArgv } from './command.js';

/**
 * NetworkManager checkpoints over D-Bus (busctl is part of systemd, so it is on every supported host).
 * CheckpointCreate(devices=[] → all, rollback_timeout, flags=6): DELETE_NEW_CONNECTIONS (2) removes profiles
 * made after the checkpoint and DISCONNECT_NEW_DEVICES (4) removes new devices (br0) on rollback.
 */

const CHECKPOINT_FLAGS = 6;
export const CHECKPOINT_PLACEHOLDER = '<checkpoint>';

export function checkpointCreate(timeoutSeconds: number): Command {
  return cmd(
    [
      'busctl',
      'call',
      ...NM,
      'CheckpointCreate',
      'aouu',
      '0',
      String(timeoutSeconds),
      String(CHECKPOINT_FLAGS),
    ],
    'why.checkpointCreate',
    { seconds: timeoutSeconds },
  );
}

export function checkpointCommit(path = CHECKPOINT_PLACEHOLDER): Command {
  return cmd(['busctl', 'call', ...NM, 'CheckpointDestroy', 'o', path], 'why.checkpointCommit');
}

export function checkpointRollback(path: string): Command {
  return cmd(
    ['busctl', 'call', ...NM, 'CheckpointRollback', 'o', path],
    'why.checkpointRollback',
  );
}

export function listCheckpoints(): Command {
  return cmd(CHECKPOINT_ARGV.list(), 'why.checkpointList');
}

/** A checkpoint's RollbackTimeout in seconds (`u 90`); 0 means it never expires. */
export function checkpointTimeout(path: string): Command {
  return cmd(CHECKPOINT_ARGV.timeout(path), 'why.checkpointList');
}

/** The interface of a device object (for naming the device a rollback failed on). */
export function deviceInterface(path: string): Command {
  return cmd(CHECKPOINT_ARGV.deviceInterface(path), 'why.checkpointList');
}

/** The commands a user types to end a checkpoint by hand: roll its change back, or keep it (destroy). */
export function staleParams(path: string): { path: string; rollback: string; destroy: string } {
  return {
    path,
    rollback: formatArgv(['busctl', 'call', ...NM, 'CheckpointRollback', 'o', path]),
    destroy: formatArgv(['busctl', 'call', ...NM, 'CheckpointDestroy', 'o', path]),
  };
}
