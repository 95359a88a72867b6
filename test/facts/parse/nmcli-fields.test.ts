import { describe, expect, it } from 'vitest';
import { parseNmcliFields } from '../../../src/facts/parse/nmcli-fields.js';
import { fixture } from '../../fixture.js';

describe('parseNmcliFields', () => {
  it('NM upstream terse `con s ethernet`: empty values are [], GENERAL.* repeat for two activations', () => {
    const f = parseNmcliFields(fixture('generic/nm-upstream-tests/nmcli-terse-con-s-ethernet.txt'));
    expect(f['connection.id']).toEqual(['ethernet']);
    expect(f['connection.uuid']).toEqual(['UUID-ethernet-REPLACED-REPLACED-REPL']);
    expect(f['connection.type']).toEqual(['802-3-ethernet']);
    expect(f['connection.master']).toEqual([]);
    expect(f['connection.controller']).toEqual([]);
    expect(f['ipv4.method']).toEqual(['auto']);
    expect(f['ipv4.addresses']).toEqual([]);
    expect(f['ipv4.dns']).toEqual([]);
    expect(f['ipv6.method']).toEqual(['auto']);
    expect(f['802-3-ethernet.cloned-mac-address']).toEqual([]);
    expect(f['GENERAL.DEVICES']).toEqual(['eth1', 'eth0']);
    expect(f['GENERAL.STATE']).toEqual(['activated', 'deactivating']);
  });

  it('NM upstream human `con s ethernet`: "--" is [], a key as long as the padding has no space', () => {
    const f = parseNmcliFields(fixture('generic/nm-upstream-tests/nmcli-con-s-ethernet.txt'));
    expect(f['connection.id']).toEqual(['ethernet']);
    expect(f['connection.stable-id']).toEqual([]);
    expect(f['connection.autoconnect-retries']).toEqual(['-1 (default)']);
    expect(f['connection.ip-ping-addresses-require-all']).toEqual(['-1 (default)']);
    expect(f['802-3-ethernet.generate-mac-address-mask']).toEqual([]);
    expect(f['ipv4.method']).toEqual(['auto']);
  });

  it('CentOS 7 `nmcli dev show eth0` (human): indexed keys collected in order, IPv6 colons kept', () => {
    expect(parseNmcliFields(fixture('centos7/nmcli-dev-show-eth0.txt'))).toEqual({
      'GENERAL.DEVICE': ['eth0'],
      'GENERAL.TYPE': ['ethernet'],
      'GENERAL.HWADDR': ['52:54:00:93:0D:50'],
      'GENERAL.MTU': ['1500'],
      'GENERAL.STATE': ['100 (connected)'],
      'GENERAL.CONNECTION': ['System eth0'],
      'GENERAL.CON-PATH': ['/org/freedesktop/NetworkManager/ActiveConnection/2'],
      'WIRED-PROPERTIES.CARRIER': ['on'],
      'IP4.ADDRESS': ['198.18.3.212/24'],
      'IP4.GATEWAY': ['198.18.3.1'],
      'IP4.DNS': ['8.8.8.8', '8.8.4.4'],
      'IP4.DOMAIN': ['cmed.us'],
      'IP6.ADDRESS': ['fe80::5054:ff:fe93:d50/64'],
      'IP6.GATEWAY': [],
    });
  });

  it('CentOS 7 `nmcli con show "System eth0"`, static: ipv4.dns split on commas', () => {
    const f = parseNmcliFields(fixture('centos7/nmcli-con-show-System-eth0.static-manual.txt'));
    expect(f['connection.id']).toEqual(['System eth0']);
    expect(f['connection.interface-name']).toEqual(['eth0']);
    expect(f['ipv4.method']).toEqual(['manual']);
    expect(f['ipv4.addresses']).toEqual(['198.18.3.10/24']);
    expect(f['ipv4.gateway']).toEqual(['198.18.3.1']);
    expect(f['ipv4.dns']).toEqual(['8.8.8.8', '8.8.4.4']);
    expect(f['ipv4.dns-search']).toEqual(['cmed.us']);
    expect(f['ipv6.method']).toEqual(['ignore']);
    expect(f['IP4.DNS']).toEqual(['8.8.8.8', '8.8.4.4']);
  });

  it('CentOS 7 DHCP: 35 DHCP4.OPTION[n] values in order', () => {
    const f = parseNmcliFields(fixture('centos7/nmcli-con-show-System-eth0.dhcp-auto.txt'));
    expect(f['ipv4.method']).toEqual(['auto']);
    expect(f['ipv4.addresses']).toEqual([]);
    expect(f['IP4.ADDRESS']).toEqual(['198.18.3.212/24']);
    expect(f['DHCP4.OPTION']).toHaveLength(35);
    expect(f['DHCP4.OPTION']?.[0]).toBe('requested_classless_static_routes = 1');
    expect(f['DHCP4.OPTION']?.[34]).toBe('requested_host_name = 1');
  });

  it('-g style escaped values and terse multi-address lists', () => {
    const text = 'IP6.ADDRESS[1]:fe80\\:\\:1/64\nipv4.addresses:192.168.1.5/24, 10.0.0.5/8\nipv4.dns:\n';
    expect(parseNmcliFields(text)).toEqual({
      'IP6.ADDRESS': ['fe80::1/64'],
      'ipv4.addresses': ['192.168.1.5/24', '10.0.0.5/8'],
      'ipv4.dns': [],
    });
  });
});
