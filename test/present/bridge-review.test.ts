// i-forms2: the bridge's last review says what changes, old → new, for method, address, gateway and DNS.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Answers } from '../../src/answers/schema.js';
import type { Facts } from '../../src/facts/types.js';
import { en } from '../../src/i18n/en.js';
import { ja } from '../../src/i18n/ja.js';
import { setCatalogue, t } from '../../src/i18n/messages.js';
import { planStep } from '../../src/plan/plan.js';
import { PROFILES } from '../../src/plan/profiles.js';
import { bridgeReviewNotes } from '../../src/present/bridge-review.js';
import { simSession } from '../ui/sim-session.js';

/** The simulated CentOS Stream 9 host: enp1s0 static 192.168.1.20/24, gateway and DNS 192.168.1.1. */
let staticHost: Facts;
let dhcpHost: Facts;
beforeAll(async () => {
  staticHost = (await simSession()).facts;
  const uplink = staticHost.uplink;
  const con = uplink?.connection;
  if (!uplink || !con) throw new Error('the simulated host has an uplink profile');
  dhcpHost = {
    ...staticHost,
    uplink: {
      ...uplink,
      connection: { ...con, ipv4: { method: 'auto', addresses: [], gateway: '', dns: [] } },
    },
  };
});
afterEach(() => setCatalogue(en));

/** The review's lines that say what changes. */
function changes(facts: Facts, answers: Answers): string[] {
  const plan = planStep('bridge', facts, answers, PROFILES.el9);
  return bridgeReviewNotes(plan, facts, answers)
    .filter((n) => n.key.startsWith('bridge.review.change'))
    .map((n) => t(n.key, n.params));
}

const manual = (ipv4: Record<string, unknown>): Answers => ({
  bridge: { name: 'br0', stp: false, rollbackTimeout: 90, ipv4: { method: 'manual', ...ipv4 } as never },
});

describe('bridge review: old → new', () => {
  it('the uplink’s own settings kept: no change line', () => {
    expect(changes(staticHost, {})).toEqual([]);
    expect(
      changes(
        staticHost,
        manual({ address: '192.168.1.20/24', gateway: '192.168.1.1', dns: ['192.168.1.1'] }),
      ),
    ).toEqual([]);
  });

  it('a new address, gateway and DNS: one line each, the method unchanged is not said', () => {
    expect(
      changes(
        staticHost,
        manual({ address: '192.168.1.30/24', gateway: '192.168.1.254', dns: ['1.1.1.1', '9.9.9.9'] }),
      ),
    ).toEqual([
      'Address: 192.168.1.20/24 → 192.168.1.30/24',
      'Gateway: 192.168.1.1 → 192.168.1.254',
      'DNS servers: 192.168.1.1 → 1.1.1.1, 9.9.9.9',
    ]);
  });

  it('only the DNS removed: said, as none', () => {
    expect(
      changes(staticHost, manual({ address: '192.168.1.20/24', gateway: '192.168.1.1', dns: [] })),
    ).toEqual(['DNS servers: 192.168.1.1 → none']);
  });

  it('static to DHCP: the method, and the rest comes from DHCP', () => {
    expect(
      changes(staticHost, {
        bridge: { name: 'br0', stp: false, rollbackTimeout: 90, ipv4: { method: 'auto' } },
      }),
    ).toEqual([
      'IPv4 method: static (manual) → DHCP (auto)',
      'Address: 192.168.1.20/24 → from DHCP',
      'Gateway: 192.168.1.1 → from DHCP',
      'DNS servers: 192.168.1.1 → from DHCP',
    ]);
  });

  it('DHCP to static at the address it has now: only the method and what differs from its lease', () => {
    const live = dhcpHost.uplink?.liveAddresses.find((a) => a.includes('.'));
    expect(
      changes(dhcpHost, manual({ address: live, gateway: dhcpHost.uplink?.gateway, dns: ['8.8.8.8'] })),
    ).toEqual([
      'IPv4 method: DHCP (auto) → static (manual)',
      `DNS servers: ${(dhcpHost.uplink?.state?.dns ?? []).join(', ') || 'none'} → 8.8.8.8`,
    ]);
  });

  it('in Japanese, and placed before the address notes', () => {
    setCatalogue(ja);
    const answers = manual({ address: '192.168.1.30/24', gateway: '192.168.1.1', dns: ['192.168.1.1'] });
    expect(changes(staticHost, answers)).toEqual(['アドレス: 192.168.1.20/24 → 192.168.1.30/24']);
    const keys = bridgeReviewNotes(
      planStep('bridge', staticHost, answers, PROFILES.el9),
      staticHost,
      answers,
    ).map((n) => n.key);
    expect(keys.indexOf('bridge.review.changeAddress')).toBeLessThan(keys.indexOf('bridge.newAddress'));
  });
});
