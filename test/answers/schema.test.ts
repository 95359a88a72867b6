import { describe, expect, it } from 'vitest';
import { validateAnswers } from '../../src/answers/load.js';
import { answersSchema, bridgeAnswers } from '../../src/answers/schema.js';

const manual = (ipv4: Record<string, unknown>) => ({ bridge: { ipv4: { method: 'manual', ...ipv4 } } });

describe('answersSchema: accepted', () => {
  it('an empty object is the TUI with nothing answered yet', () => {
    expect(answersSchema.parse({})).toEqual({});
  });

  it('fills the bridge defaults: br0, STP off, 90 s rollback', () => {
    expect(answersSchema.parse({ bridge: {} })).toEqual({
      bridge: { name: 'br0', stp: false, rollbackTimeout: 90 },
    });
    expect(answersSchema.parse({ host: {} })).toEqual({ host: { allowNoVirt: false } });
  });

  it('a full static bridge passes through unchanged', () => {
    const bridge = {
      name: 'br0',
      interface: 'enp1s0',
      stp: true,
      rollbackTimeout: 600,
      ipv4: { method: 'manual', address: '10.1.2.3/8', gateway: '10.0.0.1', dns: ['10.0.0.53'] },
    };
    expect(bridgeAnswers.parse(bridge)).toEqual(bridge);
  });

  it.each([
    ['a /31 peer gateway', { address: '192.168.1.20/31', gateway: '192.168.1.21' }],
    ['the network address as gateway of a /16', { address: '172.16.5.9/16', gateway: '172.16.0.1' }],
  ])('manual: %s', (_name, ipv4) => {
    expect(validateAnswers(manual(ipv4)).ok).toBe(true);
  });

  it('a 15-byte name is the kernel limit and still fits', () => {
    expect(validateAnswers({ bridge: { name: 'br-0123456789ab' } }).ok).toBe(true);
  });
});

describe('validateAnswers: rejected, one line per problem naming the key', () => {
  it.each([
    [
      'unknown top-level key',
      { bridge: {}, network: { bridge: 'br0' } },
      ['network: unknown key: the keys here are host, bridge, iso, vm'],
    ],
    [
      'unknown nested key',
      { bridge: { foo: 1 } },
      [
        'bridge.foo: unknown key: the keys here are name, interface, stp, ipv4, rollbackTimeout, reconnectTimeout',
      ],
    ],
    [
      'unknown key under ipv4',
      manual({ address: '192.168.1.20/24', gateway: '192.168.1.1', prefix: 24 }),
      ['bridge.ipv4.prefix: unknown key: the keys here are method, address, gateway, dns'],
    ],
    [
      'manual without a gateway: the default route would go',
      manual({ address: '192.168.1.20/24' }),
      ['bridge.ipv4.gateway: required when method is manual'],
    ],
    [
      'DHCP with a static address',
      { bridge: { ipv4: { method: 'auto', address: '192.168.1.20/24' } } },
      ['bridge.ipv4.address: only with method manual (DHCP sets it)'],
    ],
    [
      'two unknown keys: two lines',
      { bridge: { nmae: 'br1', stpp: true } },
      [
        'bridge.nmae: unknown key: the keys here are name, interface, stp, ipv4, rollbackTimeout, reconnectTimeout',
        'bridge.stpp: unknown key: the keys here are name, interface, stp, ipv4, rollbackTimeout, reconnectTimeout',
      ],
    ],
    [
      'bad CIDR (octet > 255)',
      manual({ address: '192.168.1.300/24', gateway: '192.168.1.1' }),
      ['bridge.ipv4.address: not an address with prefix like 192.168.1.10/24'],
    ],
    [
      'CIDR without prefix',
      manual({ address: '192.168.1.20' }),
      [
        'bridge.ipv4.address: not an address with prefix like 192.168.1.10/24',
        'bridge.ipv4.gateway: required when method is manual',
      ],
    ],
    [
      'CIDR with prefix 33',
      manual({ address: '192.168.1.20/33' }),
      [
        'bridge.ipv4.address: not an address with prefix like 192.168.1.10/24',
        'bridge.ipv4.gateway: required when method is manual',
      ],
    ],
    [
      'gateway outside the subnet',
      manual({ address: '192.168.1.20/24', gateway: '192.168.2.1' }),
      ['bridge.ipv4.gateway: must be inside 192.168.1.0/24'],
    ],
    [
      'gateway outside a /20',
      manual({ address: '10.20.30.40/20', gateway: '10.20.48.1' }),
      ['bridge.ipv4.gateway: must be inside 10.20.16.0/20'],
    ],
    [
      'the broadcast address as the host',
      manual({ address: '192.168.1.255/24', gateway: '192.168.1.1' }),
      [
        'bridge.ipv4.address: 192.168.1.255 is the broadcast address of 192.168.1.0/24, not one a host can use',
      ],
    ],
    [
      'the network address as the host',
      manual({ address: '10.0.0.0/8', gateway: '10.0.0.1' }),
      ['bridge.ipv4.address: 10.0.0.0 is the network address of 10.0.0.0/8, not one a host can use'],
    ],
    [
      'a loopback address on the bridge (NetworkManager takes it; the LAN then cannot reach the host)',
      manual({ address: '127.0.0.2/8', gateway: '127.0.0.1' }),
      [
        'bridge.ipv4.address: 127.0.0.2 is a loopback address (127.0.0.0/8): the LAN could not reach the host there',
        'bridge.ipv4.gateway: 127.0.0.1 is a loopback address (127.0.0.0/8): the LAN could not reach the host there',
      ],
    ],
    [
      'multicast, reserved and "this network" addresses',
      manual({ address: '224.0.0.5/24', gateway: '0.1.2.3' }),
      [
        'bridge.ipv4.address: 224.0.0.5 is a multicast address (224.0.0.0/4), not one a host can use',
        // One message per key: the first rule the gateway breaks.
        'bridge.ipv4.gateway: 0.1.2.3 is in 0.0.0.0/8 ("this network"), not an address a host can use on a LAN',
      ],
    ],
    [
      'the reserved range',
      manual({ address: '250.1.1.1/24', gateway: '250.1.1.254' }),
      [
        'bridge.ipv4.address: 250.1.1.1 is in the reserved range 240.0.0.0/4, not an address a host can use',
        'bridge.ipv4.gateway: 250.1.1.254 is in the reserved range 240.0.0.0/4, not an address a host can use',
      ],
    ],
    [
      'gateway equal to the address',
      manual({ address: '192.168.1.20/24', gateway: '192.168.1.20' }),
      ['bridge.ipv4.gateway: must differ from the address'],
    ],
    [
      'gateway that is not an IP: one line, not a second "must be inside"',
      manual({ address: '192.168.1.20/24', gateway: 'router.lan' }),
      ['bridge.ipv4.gateway: not an IPv4 address like 192.168.1.10'],
    ],
    [
      'bridge name longer than 15 bytes',
      { bridge: { name: 'bridge-for-the-lab' } },
      ['bridge.name: at most 15 bytes (kernel interface-name limit)'],
    ],
    [
      'bridge name of 6 Japanese characters (18 bytes)',
      { bridge: { name: 'ブリッジ用の' } },
      ['bridge.name: ASCII letters, digits and punctuation only (kernel and NetworkManager interface names)'],
    ],
    ['bridge name with a space', { bridge: { name: 'br 0' } }, ['bridge.name: no spaces, "/", ":" or "%"']],
    [
      'interface name with a colon',
      { bridge: { interface: 'eth0:1' } },
      ['bridge.interface: no spaces, "/", ":" or "%"'],
    ],
    [
      'manual without address',
      manual({ gateway: '192.168.1.1' }),
      ['bridge.ipv4.address: required when method is manual'],
    ],
    [
      'dns entry not an IP',
      { bridge: { ipv4: { method: 'auto', dns: ['1.1.1.1', 'dns.google'] } } },
      ['bridge.ipv4.dns.1: not an IPv4 address like 192.168.1.10'],
    ],
    [
      'dns with a leading zero',
      { bridge: { ipv4: { method: 'auto', dns: ['010.0.0.1'] } } },
      ['bridge.ipv4.dns.0: not an IPv4 address like 192.168.1.10'],
    ],
    ['relative ISO path', { iso: { path: 'images/x.iso' } }, ['iso.path: must be an absolute path']],
    [
      'rollback timeout too short',
      { bridge: { rollbackTimeout: 5 } },
      ['bridge.rollbackTimeout: must be 15 or more (found the number 5)'],
    ],
    [
      'allowNoVirt as a string',
      { host: { allowNoVirt: 'yes' } },
      ['host.allowNoVirt: must be true or false, written without quotes (found text "yes")'],
    ],
    [
      'a list instead of a mapping',
      [],
      ['(top level): must be a mapping: indented "key: value" lines under it (found a list)'],
    ],
  ] as const)('%s', (_name, data, errors) => {
    expect(validateAnswers(data)).toEqual({ ok: false, errors });
  });

  it('reports every problem of a file at once', () => {
    expect(
      validateAnswers({
        bridge: { name: 'a/b', ipv4: { method: 'static', address: '1.2.3.4/24' } },
        iso: { path: 'x.iso' },
      }),
    ).toEqual({
      ok: false,
      errors: [
        'bridge.name: no spaces, "/", ":" or "%"',
        'bridge.ipv4.method: must be one of auto, manual (found text "static")',
        'iso.path: must be an absolute path',
      ],
    });
  });
});
