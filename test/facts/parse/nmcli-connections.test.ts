import { describe, expect, it } from 'vitest';
import {
  normalizeNmType,
  parseNmcliConnections,
  parseNmcliConnectionTable,
} from '../../../src/facts/parse/nmcli-connections.js';
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

describe('parseNmcliConnectionTable (human)', () => {
  it('AlmaLinux 9, trailing spaces after every column', () => {
    expect(parseNmcliConnectionTable(fixture('alma9/nmcli-con.txt'))).toEqual([
      { name: 'enp0s3', uuid: '3075ca3a-1122-3c7a-a5c1-48f7cd8063c0', type: 'ethernet', device: 'enp0s3' },
      { name: 'lo', uuid: '80baca5b-005f-4db6-a00d-a0324c520a75', type: 'loopback', device: 'lo' },
    ]);
    expect(parseNmcliConnectionTable(fixture('alma9/nmcli-con.two-ethernet.txt'))).toEqual([
      { name: 'enp0s3', uuid: 'd1ce7368-eda2-34c4-a40a-f93122e9646f', type: 'ethernet', device: 'enp0s3' },
      { name: 'enp0s8', uuid: '7dc80882-d8b6-463b-8b33-c10b80fadc19', type: 'ethernet', device: 'enp0s8' },
      { name: 'lo', uuid: '6c022664-89ba-428f-826e-955b3bb3f507', type: 'loopback', device: 'lo' },
    ]);
  });

  it('CentOS 7: "System eth0", TYPE 802-3-ethernet, DEVICE "--" when down', () => {
    const sys = { name: 'System eth0', uuid: '6e8bfaad-741a-47fa-9ee1-7d46c18fb616', type: 'ethernet' };
    expect(parseNmcliConnectionTable(fixture('centos7/nmcli-con-show.802-3-ethernet-type.txt'))).toEqual([
      { ...sys, device: 'eth0' },
    ]);
    expect(parseNmcliConnectionTable(fixture('centos7/nmcli-con-show.802-3-ethernet-type.down.txt'))).toEqual(
      [{ ...sys, device: '' }],
    );
    expect(parseNmcliConnectionTable(fixture('centos7/nmcli-connection-show.system-eth0-eth1.txt'))).toEqual([
      { name: 'System eth0', uuid: SYSTEM_ETH0_UUID, type: 'ethernet', device: 'eth0' },
      { name: 'System eth1', uuid: '9c92fad9-6ecb-3e6c-eb4d-8a47c6f50c04', type: 'ethernet', device: 'eth1' },
    ]);
  });

  it('CentOS 8 before, during and after creating br0', () => {
    const sysEth0 = { name: 'System eth0', uuid: SYSTEM_ETH0_UUID, type: 'ethernet', device: '' };
    const br0 = { name: 'br0', uuid: 'a1a11a9c-785d-4c49-a1a9-9c2dbd2881d0', type: 'bridge', device: 'br0' };
    const eth1 = { name: 'eth1', uuid: '97845e67-6548-4977-bd51-d625fe8973a1', type: 'ethernet' };
    expect(parseNmcliConnectionTable(fixture('centos8/nmcli-con-show.before-bridge.txt'))).toEqual([sysEth0]);
    expect(parseNmcliConnectionTable(fixture('centos8/nmcli-con-show.bridge-added-inactive.txt'))).toEqual([
      br0,
      sysEth0,
      { ...eth1, device: '' },
    ]);
    expect(parseNmcliConnectionTable(fixture('centos8/nmcli-con-show.bridge-up.txt'))).toEqual([
      br0,
      { ...eth1, device: 'eth1' },
      sysEth0,
    ]);
  });

  it('EL9 with br0, lo and virbr0', () => {
    expect(parseNmcliConnectionTable(fixture('el9/nmcli-con-show.br0-lo-virbr0.txt'))).toEqual([
      { name: 'enp5s0', uuid: 'cbcc99e1-c051-4a56-8f64-5dcbbe94786d', type: 'ethernet', device: 'enp5s0' },
      { name: 'br0', uuid: '6b5e075d-259a-4b74-a9bb-a3796fe4dc39', type: 'bridge', device: 'br0' },
      { name: 'lo', uuid: 'd57311b9-a8a3-46af-be55-6c12b932bbd8', type: 'loopback', device: 'lo' },
      { name: 'virbr0', uuid: '45af469e-626d-4a55-9e70-10cc4f7ee379', type: 'bridge', device: 'virbr0' },
    ]);
  });

  it('"System eth0" with lo and an unbound ens3 (uneven trailing spaces)', () => {
    expect(
      parseNmcliConnectionTable(fixture('generic/nmcli-connection-show.system-eth0-with-lo.txt')),
    ).toEqual([
      { name: 'System eth0', uuid: SYSTEM_ETH0_UUID, type: 'ethernet', device: 'eth0' },
      { name: 'lo', uuid: '14ebbabb-e590-414d-8e1f-089c12708d77', type: 'loopback', device: 'lo' },
      { name: 'ens3', uuid: 'e9a7d58a-497a-4e32-aad5-19f630b45be3', type: 'ethernet', device: '' },
    ]);
  });

  it('Huawei Cloud: System eth0 … System eth4', () => {
    const rows = parseNmcliConnectionTable(
      fixture('generic/nmcli-connection.system-eth0-to-eth4.huaweicloud.txt'),
    );
    expect(rows.map((r) => [r.name, r.device])).toEqual([
      ['System eth0', 'eth0'],
      ['System eth1', ''],
      ['System eth2', ''],
      ['System eth3', ''],
      ['System eth4', ''],
    ]);
    expect(rows[4]?.uuid).toBe('84d43311-57c8-8986-f205-9c78cd6ef5d2');
  });

  it('NM upstream mock: gsm profiles, names with dashes', () => {
    const rows = parseNmcliConnectionTable(fixture('generic/nm-upstream-tests/nmcli-con.txt'));
    expect(rows.map((r) => [r.name, r.type, r.device])).toEqual([
      ['ethernet', 'ethernet', 'eth0'],
      ['con-1', 'ethernet', ''],
      ['con-gsm1', 'gsm', ''],
      ['con-gsm2', 'gsm', ''],
      ['con-gsm3', 'gsm', ''],
      ['con-xx1', 'ethernet', ''],
    ]);
  });

  it('a name with a single space spanning to the UUID column edge', () => {
    const text =
      'NAME                UUID                                  TYPE      DEVICE\nWired connection 1  2b4e8cbb-1f2a-3a8d-9d6e-3c5ab8e0f7a1  ethernet  enp1s0\n';
    expect(parseNmcliConnectionTable(text)).toEqual([
      {
        name: 'Wired connection 1',
        uuid: '2b4e8cbb-1f2a-3a8d-9d6e-3c5ab8e0f7a1',
        type: 'ethernet',
        device: 'enp1s0',
      },
    ]);
    expect(parseNmcliConnectionTable('')).toEqual([]);
  });
});
