import type { RunResult } from '../host/host.js';
import type { SimState } from './state.js';

/**
 * NetworkManager's checkpoint API as busctl answers it (plain replies seen on NM 1.42 in the lab:
 * test/fixtures/lab-nm142/busctl-*).
 * A checkpoint snapshots the network part of the state; rollback puts it back, as NM does with flags 6.
 */
export function busctl(state: SimState, args: string[]): RunResult {
  const ok = (reply: string): RunResult => ({ exitCode: 0, stdout: `${reply}\n`, stderr: '' });
  const quoted = (path: string) => ` "${path}"`;
  const [verb, , , , method, , ...params] = args;
  if (verb === 'get-property')
    return ok(`ao ${state.checkpoints.length}${state.checkpoints.map((c) => quoted(c.path)).join('')}`);
  if (verb !== 'call') return { exitCode: 1, stdout: '', stderr: `Unknown operation ${verb}\n` };
  if (method === 'CheckpointCreate') {
    if (state.checkpoints.length) {
      return {
        exitCode: 1,
        stdout: '',
        stderr:
          'Call failed: device enp1s0 is already included in checkpoint /org/freedesktop/NetworkManager/Checkpoint/1\n',
      };
    }
    const path = `/org/freedesktop/NetworkManager/Checkpoint/${state.nextUuid++}`;
    state.checkpoints.push({
      path,
      snapshot: structuredClone({
        connections: state.connections,
        links: state.links,
        defaultDev: state.defaultDev,
      }),
    });
    return ok(`o${quoted(path)}`);
  }
  const path = params[0];
  const checkpoint = state.checkpoints.find((c) => c.path === path);
  if (!checkpoint)
    return { exitCode: 1, stdout: '', stderr: `Call failed: checkpoint ${path} does not exist\n` };
  state.checkpoints = state.checkpoints.filter((c) => c !== checkpoint);
  if (method === 'CheckpointRollback') {
    Object.assign(state, structuredClone(checkpoint.snapshot));
    return ok(`a{su} 1${quoted('/org/freedesktop/NetworkManager/Devices/2')} 0`);
  }
  return { exitCode: 0, stdout: '', stderr: '' };
}

/** ping/arping: the gateway answers when the default route's interface has an address and the gateway is the real one. */
export function reachGateway(state: SimState, args: string[]): RunResult {
  const target = args.at(-1);
  const dev = state.links.find((l) => l.ifname === state.defaultDev);
  const ok = target === state.gateway && Boolean(dev?.addresses.length);
  return ok
    ? { exitCode: 0, stdout: `1 packets transmitted, 1 received, 0% packet loss\n`, stderr: '' }
    : { exitCode: 1, stdout: `1 packets transmitted, 0 received, 100% packet loss\n`, stderr: '' };
}
