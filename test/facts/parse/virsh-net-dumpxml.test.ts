import { describe, expect, it } from 'vitest';
import { netmaskToPrefix, parseVirshNetDumpxml } from '../../../src/facts/parse/virsh-net-dumpxml.js';
import { fixture } from '../../fixture.js';

describe('parseVirshNetDumpxml', () => {
  it('RHEL 9 active default network (<network connections=1>)', () => {
    expect(parseVirshNetDumpxml(fixture('rhel9/virsh-net-dumpxml-default.connections.txt'))).toEqual({
      name: 'default',
      bridge: 'virbr0',
      forward: 'nat',
      ipAddress: '192.168.122.1',
      netmask: '255.255.255.0',
      prefix: 24,
      dhcpStart: '192.168.122.128',
      dhcpEnd: '192.168.122.254',
    });
  });

  it('edited network with a <dns><host> block before <ip>', () => {
    expect(parseVirshNetDumpxml(fixture('generic/virsh-net-dumpxml-default.custom-dns.txt'))).toEqual({
      name: 'default',
      bridge: 'virbr0',
      forward: 'nat',
      ipAddress: '192.168.124.1',
      netmask: '255.255.255.0',
      prefix: 24,
      dhcpStart: '192.168.124.15',
      dhcpEnd: '192.168.124.254',
    });
  });

  it('subnet 192.168.100.0/24 with <domain name=default> (not the bridge name)', () => {
    expect(parseVirshNetDumpxml(fixture('generic/virsh-net-dumpxml-default.domain-default.txt'))).toEqual({
      name: 'default',
      bridge: 'virbr0',
      forward: 'nat',
      ipAddress: '192.168.100.1',
      netmask: '255.255.255.0',
      prefix: 24,
      dhcpStart: '192.168.100.128',
      dhcpEnd: '192.168.100.254',
    });
  });

  it('isolated network with prefix= and an IPv6 block first (libvirt formatdomain syntax)', () => {
    const xml = `<network>
  <name>isolated</name>
  <bridge name="virbr9" stp="on" delay="0"/>
  <ip family="ipv6" address="fd00::1" prefix="64"/>
  <ip address="10.9.0.1" prefix="16">
    <dhcp><range start="10.9.0.10" end="10.9.0.99"/></dhcp>
  </ip>
</network>`;
    expect(parseVirshNetDumpxml(xml)).toEqual({
      name: 'isolated',
      bridge: 'virbr9',
      forward: '',
      ipAddress: '10.9.0.1',
      netmask: '255.255.0.0',
      prefix: 16,
      dhcpStart: '10.9.0.10',
      dhcpEnd: '10.9.0.99',
    });
  });

  it('netmaskToPrefix', () => {
    expect(netmaskToPrefix('255.255.255.0')).toBe(24);
    expect(netmaskToPrefix('255.255.254.0')).toBe(23);
    expect(netmaskToPrefix('255.255.255.255')).toBe(32);
    expect(netmaskToPrefix('0.0.0.0')).toBe(0);
    expect(netmaskToPrefix('255.0.255.0')).toBe(0);
  });
});
