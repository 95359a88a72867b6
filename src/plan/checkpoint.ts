import { type Command, cmd } from './command.js';

/**
 * NetworkManager checkpoints over D-Bus (busctl is part of systemd, so it is on every supported host).
 * CheckpointCreate(devices=[] → all, rollback_timeout, flags=6): DELETE_NEW_CONNECTIONS (2) removes profiles
 * made after the checkpoint and DISCONNECT_NEW_DEVICES (4) removes new devices (br0) on rollback.
 */
const NM = [
  'org.freedesktop.NetworkManager',
  '/org/freedesktop/NetworkManager',
  'org.freedesktop.NetworkManager',
];

const CHECKPOINT_FLAGS = 6;
export const CHECKPOINT_PLACEHOLDER = '<checkpoint>';

export function checkpointCreate(timeoutSeconds: number): Command {
  return cmd(
    [
      'busctl',
      '--json=short',
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
    ['busctl', '--json=short', 'call', ...NM, 'CheckpointRollback', 'o', path],
    'why.checkpointRollback',
  );
}

export function listCheckpoints(): Command {
  return cmd(['busctl', '--json=short', 'get-property', ...NM, 'Checkpoints'], 'why.checkpointList');
}
