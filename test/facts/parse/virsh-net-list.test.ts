import { describe, expect, it } from 'vitest';
import { parseVirshNetList } from '../../../src/facts/parse/virsh-net-list.js';
import { fixture } from '../../fixture.js';

const up = (name: string) => ({ name, active: true, autostart: true, persistent: true });

describe('parseVirshNetList', () => {
  it('RHEL 9 doc: default only', () => {
    expect(parseVirshNetList(fixture('rhel9/virsh-net-list-all.doc.txt'))).toEqual([up('default')]);
  });

  it('default inactive, not autostarted', () => {
    expect(parseVirshNetList(fixture('generic/virsh-net-list-all.default-inactive.txt'))).toEqual([
      { name: 'default', active: false, autostart: false, persistent: true },
    ]);
  });

  it('default and a host bridge network', () => {
    expect(parseVirshNetList(fixture('generic/virsh-net-list-all.default-and-host-bridge.txt'))).toEqual([
      up('default'),
      up('host-bridge'),
    ]);
  });

  it('old libvirt, two networks', () => {
    expect(parseVirshNetList(fixture('generic/virsh-net-list.old-libvirt-two-networks.txt'))).toEqual([
      up('default'),
      up('docker-machines'),
    ]);
  });

  it('Ubuntu, three networks and a trailing blank line', () => {
    expect(parseVirshNetList(fixture('ubuntu/virsh-net-list.three-networks.txt'))).toEqual([
      up('default'),
      up('provisioning'),
      up('vlannet'),
    ]);
  });

  it('qemu:///session: empty table', () => {
    expect(parseVirshNetList(fixture('generic/virsh-net-list.session-empty.txt'))).toEqual([]);
    expect(parseVirshNetList('')).toEqual([]);
  });

  it('ignores a stray "setlocale" line before the table (seen mixed in from stderr)', () => {
    const text = `setlocale: No such file or directory\n${fixture('generic/virsh-net-list-all.default-inactive.txt')}`;
    expect(parseVirshNetList(text)).toEqual([
      { name: 'default', active: false, autostart: false, persistent: true },
    ]);
  });
});
