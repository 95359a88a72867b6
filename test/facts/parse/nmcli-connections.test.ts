import { describe, expect, it } from 'vitest';
import { normalizeNmType, parseNmcliConnections } from '../../../src/facts/parse/nmcli-connections.js';
import { fixture } from '../../fixture.js';

const SYSTEM_ETH0_UUID = '5fb06bd0-0bb0-7ffb-45f1-d6edd65f3e03';

describe('parseNmcliConnections (terse)', () => {
  it('NAME,TYPE,DEVICE,ACTIVE capture: names with spaces, old type names normalised', () => {
    const text = fixture('generic/nmcli-t-f-NAME_TYPE_DEVICE_ACTIVE-connection-show.txt');
    expect(parseNmcliConnections(text, ['NAME', 'TYPE', 'DEVICE', 'ACTIVE'])).toEqual([
      { name: 'BELL340', uuid: '', type: 'wifi', device: 'wlan0' },
      { name: 'Wired connection 1', uuid: '', type: 'ethernet', device: 'eth0' },
      { name: 'lo', uuid: '', type: 'loopback', device: 'lo' },
    ]);
  });

  it('NM upstream -f ALL: inactive profiles have an empty DEVICE', () => {
    const fields =
      'NAME,UUID,TYPE,TIMESTAMP,TIMESTAMP-REAL,AUTOCONNECT,AUTOCONNECT-PRIORITY,READONLY,DBUS-PATH,ACTIVE,DEVICE,STATE,ACTIVE-PATH,SLAVE,FILENAME';
    const text = fixture('generic/nm-upstream-tests/nmcli-terse-f-ALL-con.txt');
    expect(parseNmcliConnections(text, fields.split(','))).toEqual([
      { name: 'ethernet', uuid: 'UUID-ethernet-REPLACED-REPLACED-REPL', type: 'ethernet', device: 'eth0' },
      { name: 'ethernet', uuid: 'UUID-ethernet-REPLACED-REPLACED-REPL', type: 'ethernet', device: 'eth1' },
      { name: 'con-1', uuid: '5fcfd6d7-1e63-3332-8826-a7eda103792d', type: 'ethernet', device: '' },
      { name: 'con-gsm1', uuid: 'UUID-con-gsm1-REPLACED-REPLACED-REPL', type: 'gsm', device: '' },
      { name: 'con-gsm2', uuid: 'UUID-con-gsm2-REPLACED-REPLACED-REPL', type: 'gsm', device: '' },
      { name: 'con-gsm3', uuid: 'UUID-con-gsm3-REPLACED-REPLACED-REPL', type: 'gsm', device: '' },
      { name: 'con-xx1', uuid: 'UUID-con-xx1-REPLACED-REPLACED-REPLA', type: 'ethernet', device: '' },
    ]);
  });

  it('NM upstream -f UUID,TYPE', () => {
    const text = fixture('generic/nm-upstream-tests/nmcli-terse-f-UUID-TYPE-con.txt');
    expect(parseNmcliConnections(text, ['UUID', 'TYPE']).map((c) => [c.uuid, c.type])).toEqual([
      ['UUID-ethernet-REPLACED-REPLACED-REPL', 'ethernet'],
      ['5fcfd6d7-1e63-3332-8826-a7eda103792d', 'ethernet'],
      ['UUID-con-gsm1-REPLACED-REPLACED-REPL', 'gsm'],
      ['UUID-con-gsm2-REPLACED-REPLACED-REPL', 'gsm'],
      ['UUID-con-gsm3-REPLACED-REPLACED-REPL', 'gsm'],
      ['UUID-con-xx1-REPLACED-REPLACED-REPLA', 'ethernet'],
    ]);
  });

  it('default fields NAME,UUID,TYPE,DEVICE with an escaped ":" in a name (format, no EL capture exists)', () => {
    const text = `System eth0:${SYSTEM_ETH0_UUID}:802-3-ethernet:eth0\nlab\\:br:6b5e075d-259a-4b74-a9bb-a3796fe4dc39:bridge:\n`;
    expect(parseNmcliConnections(text)).toEqual([
      { name: 'System eth0', uuid: SYSTEM_ETH0_UUID, type: 'ethernet', device: 'eth0' },
      { name: 'lab:br', uuid: '6b5e075d-259a-4b74-a9bb-a3796fe4dc39', type: 'bridge', device: '' },
    ]);
    expect(parseNmcliConnections('')).toEqual([]);
  });

  it('normalizeNmType', () => {
    expect(normalizeNmType('802-3-ethernet')).toBe('ethernet');
    expect(normalizeNmType('802-11-wireless')).toBe('wifi');
    expect(normalizeNmType('bridge')).toBe('bridge');
  });
});
