import { describe, expect, it } from 'vitest';
import { splitTerse } from '../../../src/facts/parse/nmcli-terse.js';
import { fixture } from '../../fixture.js';

describe('splitTerse', () => {
  it('splits on ":" and keeps empty fields (NM upstream test output)', () => {
    const [first] = fixture('generic/nm-upstream-tests/nmcli-terse-f-all-dev-status.txt').split('\n');
    expect(splitTerse(first ?? '')).toEqual([
      'wlan0',
      'wifi',
      'connected',
      'unknown',
      'unknown',
      '/org/freedesktop/NetworkManager/Devices/3',
      'con-vpn-1',
      'UUID-con-vpn-1-REPLACED-REPLACED-REP',
      '/org/freedesktop/NetworkManager/ActiveConnection/2',
    ]);
    expect(splitTerse('eth0:ethernet:disconnected:unknown:unknown:/x:::')).toEqual([
      'eth0',
      'ethernet',
      'disconnected',
      'unknown',
      'unknown',
      '/x',
      '',
      '',
      '',
    ]);
  });

  it('unescapes "\\:" and "\\\\"', () => {
    expect(splitTerse('Office\\: WiFi:fe80\\:\\:1/64:C\\\\temp')).toEqual([
      'Office: WiFi',
      'fe80::1/64',
      'C\\temp',
    ]);
    expect(splitTerse('')).toEqual(['']);
  });
});
