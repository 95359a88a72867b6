import { describe, expect, it } from 'vitest';
import { parseNmcliProfile, profileList } from '../../../src/facts/parse/nmcli-profile.js';
import { fixture } from '../../fixture.js';

const LAB = 'generic/nm-1.42-lab/nmcli-t-f-all-con-show';

describe('parseNmcliProfile (nmcli -t -f all connection show uuid UUID)', () => {
  it('NM 1.42 static profile: every property, raw values, empty ones as ""', () => {
    const p = parseNmcliProfile(fixture(`${LAB}.static.txt`));
    expect(Object.keys(p.settings)).toHaveLength(104);
    expect(p.duplicates).toEqual([]);
    expect(p.settings['connection.id']).toBe('enp0s3');
    expect(p.settings['connection.type']).toBe('802-3-ethernet');
    expect(p.settings['connection.zone']).toBe('');
    expect(p.settings['802-3-ethernet.mtu']).toBe('auto');
    expect(p.settings['ipv4.addresses']).toBe('192.168.1.5/24');
    expect(p.settings['proxy.pac-script']).toBe('');
  });

  it('NM 1.42 rich profile: lists stay as printed; IPv6 colons are not escaped', () => {
    const p = parseNmcliProfile(fixture(`${LAB}.rich.txt`));
    expect(p.settings['ipv4.addresses']).toBe('192.168.1.5/24, 192.168.1.6/24');
    expect(p.settings['ipv4.routes']).toBe(
      '10.9.9.0/24 192.168.1.2 100, 10.8.0.0/16 192.168.1.3 mtu=1400 src=192.168.1.5 table=100',
    );
    expect(p.settings['ipv4.dns-options']).toBe('ndots:2,timeout:3');
    expect(p.settings['ipv6.addresses']).toBe('fd00:1::5/64, fd00:1::6/64');
    expect(p.settings['ipv6.routes']).toBe('fd00:9::/64 fd00:1::2 10');
    expect(p.settings['connection.zone']).toBe('internal');
    expect(profileList(p.settings['ipv4.addresses'])).toEqual(['192.168.1.5/24', '192.168.1.6/24']);
    expect(profileList(p.settings['ipv4.dns-search'])).toEqual(['example.lan', 'b.example']);
  });

  it('a value with a line break keeps it (the caller refuses it); 802-1x properties are read', () => {
    const p = parseNmcliProfile(fixture(`${LAB}.8021x-multiline.txt`));
    expect(p.settings['ipv4.dhcp-hostname']).toBe('two\nlines');
    expect(p.settings['802-1x.eap']).toBe('peap');
    expect(p.settings['ipv4.dhcp-fqdn']).toBe('');
    expect(p.duplicates).toEqual([]);
  });

  it('newer NM, active profile: GENERAL.* lines (twice, two activations) are skipped, not duplicates', () => {
    const p = parseNmcliProfile(fixture('generic/nm-upstream-tests/nmcli-terse-con-s-ethernet.txt'));
    expect(p.duplicates).toEqual([]);
    expect(p.settings['connection.controller']).toBe('');
    expect(p.settings['ipv4.dhcp-send-hostname']).toBe('-1');
    expect(Object.keys(p.settings).some((k) => k.startsWith('GENERAL'))).toBe(false);
  });

  it('a property printed twice is reported (a value that forged a line, or a broken output)', () => {
    const p = parseNmcliProfile('connection.id:a\nipv4.method:auto\nipv4.method:manual\n');
    expect(p.duplicates).toEqual(['ipv4.method']);
  });

  it('empty and garbage input give no settings', () => {
    expect(parseNmcliProfile('')).toEqual({ settings: {}, duplicates: [] });
    expect(parseNmcliProfile('Error: no such connection profile.\n').settings).toEqual({});
  });
});
