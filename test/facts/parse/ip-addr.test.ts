import { describe, expect, it } from 'vitest';
import { parseIpAddrJson } from '../../../src/facts/parse/ip-addr.js';
import { fixture } from '../../fixture.js';

describe('parseIpAddrJson', () => {
  it('netplan test dump (`ip -d -j addr`): MACs, CIDRs of both families, operstate', () => {
    expect(parseIpAddrJson(fixture('ubuntu/ip-d-j-addr.netplan-test.txt'))).toMatchObject([
      { ifname: 'lo', mac: '00:00:00:00:00:00', addresses: ['127.0.0.1/8', '::1/128'], state: 'UNKNOWN' },
      {
        ifname: 'enp0s31f6',
        mac: '54:e1:ad:5f:24:b4',
        addresses: [
          '192.168.178.62/24',
          '2001:9e8:a19f:1c00:56e1:adff:fe5f:24b4/64',
          'fe80::56e1:adff:fe5f:24b4/64',
        ],
        state: 'UP',
      },
      {
        ifname: 'wlan0',
        mac: '1c:4d:70:e4:e4:0e',
        addresses: [
          '192.168.178.142/24',
          '2001:9e8:a19f:1c00:7011:2d1:951:ad03/64',
          '2001:9e8:a19f:1c00:f24f:f724:5dd1:d0ad/64',
          'fe80::fec1:6ced:5268:b46c/64',
        ],
        state: 'UP',
      },
      { ifname: 'wg0', mac: '', addresses: ['10.10.0.2/24'], state: 'UNKNOWN' },
      { ifname: 'wwan0', mac: 'a2:23:44:c4:4e:f8', addresses: [], state: 'DOWN' },
      // A sit tunnel reports its IPv4 endpoint as "address": not a MAC.
      { ifname: 'tun0', mac: '', addresses: ['2001:dead:beef::2/64'], state: 'UNKNOWN' },
    ]);
  });

  it('keeps master for bridge ports; skips {} placeholders; empty or bad input gives []', () => {
    const text = JSON.stringify([
      {},
      { ifname: 'enp1s0', address: '52:54:00:AB:CD:EF', operstate: 'UP', master: 'br0', addr_info: [] },
    ]);
    expect(parseIpAddrJson(text)).toEqual([
      {
        ifname: 'enp1s0',
        mac: '52:54:00:ab:cd:ef',
        addresses: [],
        state: 'UP',
        master: 'br0',
        mtu: 0,
        global: [],
      },
    ]);
    expect(parseIpAddrJson('')).toEqual([]);
    expect(parseIpAddrJson('not json')).toEqual([]);
  });

  it('MTU and the scope-global addresses, IPv6 SLAAC/privacy ones marked dynamic (lab, NM 1.42)', () => {
    const links = parseIpAddrJson(fixture('lab-nm142/ip-j-addr-show.static-ipv6-mtu9000.txt'));
    expect(links.find((l) => l.ifname === 'enp0s3')).toMatchObject({
      mtu: 9000,
      // fe80:: is scope link, 127.0.0.1 scope host: neither is a working address of the uplink.
      global: [
        { cidr: '192.168.1.5/24', dynamic: false },
        { cidr: '192.168.1.6/24', dynamic: false },
        { cidr: '2001:db8:1::5/64', dynamic: false },
      ],
    });
    const netplan = parseIpAddrJson(fixture('ubuntu/ip-d-j-addr.netplan-test.txt'));
    expect(netplan.find((l) => l.ifname === 'wlan0')?.global).toEqual([
      { cidr: '192.168.178.142/24', dynamic: true },
      { cidr: '2001:9e8:a19f:1c00:7011:2d1:951:ad03/64', dynamic: true },
      { cidr: '2001:9e8:a19f:1c00:f24f:f724:5dd1:d0ad/64', dynamic: true },
    ]);
  });
});
