import { describe, expect, it } from 'vitest';
import { parseNmcliDevices } from '../../../src/facts/parse/nmcli-devices.js';
import { fixture } from '../../fixture.js';

describe('parseNmcliDevices (terse)', () => {
  it('Fedora 44: connection names with spaces, "connected (externally)"', () => {
    expect(parseNmcliDevices(fixture('fedora/nmcli-t-device-status.f44.txt'))).toEqual([
      { device: 'ens2', type: 'ethernet', state: 'connected', connection: 'Wired connection 1' },
      { device: 'lo', type: 'loopback', state: 'connected (externally)', connection: 'lo' },
    ]);
  });

  it('Raspberry Pi OS: disconnected devices have an empty connection', () => {
    expect(parseNmcliDevices(fixture('debian/nmcli-t-device.raspberrypi-os.txt'))).toEqual([
      { device: 'eth0', type: 'ethernet', state: 'connected', connection: 'Wired connection 1' },
      { device: 'lo', type: 'loopback', state: 'connected (externally)', connection: 'lo' },
      { device: 'wlan0', type: 'wifi', state: 'disconnected', connection: '' },
      { device: 'p2p-dev-wlan0', type: 'wifi-p2p', state: 'disconnected', connection: '' },
    ]);
  });

  it('NM upstream -f all dev status (other field order)', () => {
    const fields =
      'DEVICE,TYPE,STATE,IP4-CONNECTIVITY,IP6-CONNECTIVITY,DBUS-PATH,CONNECTION,CON-UUID,CON-PATH';
    const text = fixture('generic/nm-upstream-tests/nmcli-terse-f-all-dev-status.txt');
    expect(parseNmcliDevices(text, fields.split(','))).toEqual([
      { device: 'wlan0', type: 'wifi', state: 'connected', connection: 'con-vpn-1' },
      { device: 'eth0', type: 'ethernet', state: 'disconnected', connection: '' },
      { device: 'eth1', type: 'ethernet', state: 'disconnected', connection: '' },
      { device: 'wlan1', type: 'wifi', state: 'disconnected', connection: '' },
      { device: 'wlan1', type: 'wifi', state: 'disconnected', connection: '' },
    ]);
  });
});
