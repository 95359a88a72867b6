import { describe, expect, it } from 'vitest';
import { parseNmcliDevices, parseNmcliDeviceTable } from '../../../src/facts/parse/nmcli-devices.js';
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

describe('parseNmcliDeviceTable (human)', () => {
  it('CentOS 7 nmcli dev status', () => {
    expect(parseNmcliDeviceTable(fixture('centos7/nmcli-dev-status.txt'))).toEqual([
      { device: 'eth0', type: 'ethernet', state: 'connected', connection: 'System eth0' },
      { device: 'lo', type: 'loopback', state: 'unmanaged', connection: '' },
    ]);
  });

  it('bridge and "connected (externally)", uneven trailing spaces', () => {
    expect(
      parseNmcliDeviceTable(fixture('generic/nmcli-device-status.bridge-loopback-externally.txt')),
    ).toEqual([
      { device: 'xenbr0', type: 'bridge', state: 'connected', connection: 'xenbr0' },
      { device: 'wlp0s20f3', type: 'wifi', state: 'connected', connection: 'KT_GiGA_5G_1D39' },
      { device: 'enp68s0', type: 'ethernet', state: 'connected', connection: 'bridge-slave-enp68s0' },
      { device: 'lo', type: 'loopback', state: 'connected (externally)', connection: 'lo' },
      { device: 'p2p-dev-wlp0s20f3', type: 'wifi-p2p', state: 'disconnected', connection: '' },
    ]);
  });

  it('ja_JP: translated STATE padded by display width, columns still line up', () => {
    expect(parseNmcliDeviceTable(fixture('generic/nmcli-device-status.ja_JP-locale-bond.txt'))).toEqual([
      { device: 'enp0s8', type: 'ethernet', state: '接続済み', connection: 'enp0s8' },
      { device: 'bond0', type: 'bond', state: '接続済み', connection: 'bond0' },
      { device: 'enp0s9', type: 'ethernet', state: '接続済み', connection: 'enp0s9' },
      { device: 'enp0s10', type: 'ethernet', state: '接続済み', connection: 'bond0-2' },
      { device: 'lo', type: 'loopback', state: '接続済み (外部)', connection: 'lo' },
      { device: 'enp0s11', type: 'ethernet', state: '切断済み', connection: '' },
    ]);
  });

  it('NM upstream mock, C and pl_PL', () => {
    const wanted = [
      ['eth0', 'ethernet'],
      ['eth1', 'ethernet'],
      ['wlan0', 'wifi'],
      ['wlan1', 'wifi'],
      ['wlan1', 'wifi'],
    ];
    const c = parseNmcliDeviceTable(fixture('generic/nm-upstream-tests/nmcli-d.txt'));
    expect(c.map((d) => [d.device, d.type])).toEqual(wanted);
    expect(c.every((d) => d.state === 'disconnected' && d.connection === '')).toBe(true);
    const pl = parseNmcliDeviceTable(fixture('generic/nm-upstream-tests/nmcli-d.pl_PL.txt'));
    expect(pl.map((d) => [d.device, d.type])).toEqual(wanted);
    expect(pl.every((d) => d.state === 'rozłączono' && d.connection === '')).toBe(true);
  });

  it('-f ALL dev status: many columns, the right ones picked by header name', () => {
    const rows = parseNmcliDeviceTable(fixture('generic/nm-upstream-tests/nmcli-f-ALL-dev-status.txt'));
    expect(rows[0]).toEqual({ device: 'eth0', type: 'ethernet', state: 'connected', connection: 'ethernet' });
    expect(rows[1]).toEqual({ device: 'eth1', type: 'ethernet', state: 'disconnected', connection: '' });
    expect(rows).toHaveLength(5);
  });
});
