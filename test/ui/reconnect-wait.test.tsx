// The reconnect wait on the simulated host: an address move is applied, verified, and then waits for
// `kvm-wizard confirm` from a new session, showing the exact commands and the countdown. Enter here does
// not keep it; r undoes it now; c (simulation only) stands in for the confirmation from the new session.
import { afterEach, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/messages.js';
import { KEY } from './render.js';
import { flat, Wizard } from './wizard-driver.js';

const MOVE = {
  bridge: {
    name: 'br0',
    stp: false,
    rollbackTimeout: 90,
    reconnectTimeout: 120,
    ipv4: { method: 'manual' as const, address: '192.168.1.30/24', gateway: '192.168.1.1', dns: [] },
  },
};
const WAITING = 'Waiting for the confirmation from a new session';

let w: Wizard | undefined;
afterEach(() => w?.unmount());

async function waiting(): Promise<string> {
  w = await Wizard.start({ steps: ['bridge', 'summary'], answers: MOVE });
  // Run; a last y/N review of the network change, where there is one, is answered y.
  const f = await w.key(KEY.enter, (x) => x.includes(WAITING) || x.includes('[y/N]'), 10_000);
  return f.includes(WAITING) ? f : w.key('y', WAITING, 10_000);
}

describe('reconnect wait', () => {
  it('shows the commands to type in the new session and the seconds left; Enter does not keep it', async () => {
    const f = flat(await waiting());
    expect(f).toContain('ssh root@192.168.1.30');
    expect(f).toContain('kvm-wizard confirm');
    expect(f).toMatch(/Rolled back in 1[01]\d s unless confirmed/);
    expect(f).toContain(flat(t('bridge.reconnectKeys')));
    expect(f).toContain(flat(t('bridge.reconnectSimKey')));
    const shown = /Rolled back in (\d+) s/.exec(f)?.[1];
    // Enter, then the next tick of the countdown: still waiting, nothing kept.
    await w?.key(
      KEY.enter,
      (x) => x.includes(WAITING) && !flat(x).includes(`Rolled back in ${shown} s`),
      5_000,
    );
    expect(w?.frame()).not.toMatch(/^✓ done$/m);
  });

  it('c: the same checks as kvm-wizard confirm, then kept', async () => {
    await waiting();
    const f = await w?.key('c', /^✓ done$/m, 10_000);
    expect(f).toContain(t('bridge.committed'));
    const br0 = w?.session.host as unknown as {
      state: { links: Array<{ ifname: string; addresses: string[] }> };
    };
    expect(br0.state.links.find((l) => l.ifname === 'br0')?.addresses).toEqual(['192.168.1.30/24']);
  });

  it('r: undone now, the reason said', async () => {
    await waiting();
    const f = flat((await w?.key('r', /^↩ rolled back, as you asked$/m, 10_000)) ?? '');
    expect(f).toContain(flat(t('bridge.rolledBack', { reason: t('bridge.reason.reverted') })));
  });
});
