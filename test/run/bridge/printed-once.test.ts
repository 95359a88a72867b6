import { describe, expect, it } from 'vitest';
import { runUnattended } from '../../../src/cli/unattended.js';
import { simSession } from '../../ui/sim-session.js';

describe('--yes prints the bridge outcome once', () => {
  it('a rolled-back change (the answers’ gateway does not answer) is said once, with its reason', async () => {
    const session = await simSession('centos-stream9', 'el9', {
      bridge: {
        name: 'br0',
        stp: false,
        rollbackTimeout: 90,
        ipv4: { method: 'manual', address: '192.168.1.20/24', gateway: '192.168.1.254' },
      },
    });
    const lines: string[] = [];
    const code = await runUnattended(session, ['bridge'], (s) => lines.push(s));
    const out = lines.join('\n');
    expect(code).toBe(1);
    expect(out.match(/Rolled back to the previous network/g)).toHaveLength(1);
    expect(out).toContain('check "gateway" failed: expected 192.168.1.254, found no answer');
  });
});
