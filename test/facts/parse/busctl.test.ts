import { describe, expect, it } from 'vitest';
import {
  parseBusctlObjectPaths,
  parseBusctlString,
  parseBusctlUint,
  parseRollbackResult,
} from '../../../src/facts/parse/busctl.js';
import { fixture } from '../../fixture.js';

const CP1 = '/org/freedesktop/NetworkManager/Checkpoint/1';

describe("busctl's plain replies (no --json: systemd 239 on EL8 has none)", () => {
  it('CheckpointCreate and the Checkpoints property, as the lab printed them', () => {
    expect(parseBusctlObjectPaths(fixture('lab-nm142/busctl-CheckpointCreate.txt'))).toEqual([
      '/org/freedesktop/NetworkManager/Checkpoint/2',
    ]);
    expect(parseBusctlObjectPaths(fixture('lab-nm142/busctl-get-property-Checkpoints.one.txt'))).toEqual([
      CP1,
    ]);
    expect(parseBusctlObjectPaths(fixture('lab-nm142/busctl-get-property-Checkpoints.none.txt'))).toEqual([]);
    expect(parseBusctlObjectPaths(`ao 2 "${CP1}" "/a/b_2"`)).toEqual([CP1, '/a/b_2']);
  });

  it('object paths: a wrong count, a word that is no path, an open quote or an error read as none', () => {
    for (const text of [
      `ao 2 "${CP1}"`,
      `ao 1 "${CP1}" "/x"`,
      'ao 1 "/x\\033[31m"',
      'ao 1 "/../etc"',
      `o ${CP1}`,
      `o "${CP1}`,
      `s "${CP1}"`,
      'Call failed: …',
      '',
    ])
      expect(parseBusctlObjectPaths(text), text).toEqual([]);
  });

  it("a checkpoint's RollbackTimeout: 0 (never expires) and 2; a gone checkpoint's error is no number", () => {
    expect(parseBusctlUint(fixture('lab-nm142/busctl-get-property-RollbackTimeout.0.txt'))).toBe(0);
    expect(parseBusctlUint(fixture('lab-nm142/busctl-get-property-RollbackTimeout.2.txt'))).toBe(2);
    expect(
      parseBusctlUint(fixture('lab-nm142/busctl-get-property-RollbackTimeout.gone.stderr.txt')),
    ).toBeUndefined();
    for (const text of ['u -1', 'u "0"', 's "0"', 'u 4294967296', 'u 01', 'u 1 2', 'u'])
      expect(parseBusctlUint(text), text).toBeUndefined();
  });

  it('CheckpointRollback: every device 0, or one device with result 3 (lab: its veth was deleted)', () => {
    expect(parseRollbackResult(fixture('lab-nm142/busctl-CheckpointRollback.ok.txt'))).toEqual([
      { device: '/org/freedesktop/NetworkManager/Devices/2', result: 0 },
      { device: '/org/freedesktop/NetworkManager/Devices/1', result: 0 },
    ]);
    expect(
      parseRollbackResult(fixture('lab-nm142/busctl-CheckpointRollback.device-failed.txt'))?.filter(
        (d) => d.result,
      ),
    ).toEqual([{ device: '/org/freedesktop/NetworkManager/Devices/6', result: 3 }]);
  });

  it('a rollback reply of another shape is not understood (undefined), never "all fine"', () => {
    for (const text of [
      '',
      'a{su} 0',
      'a{su} 1 "/d/1" "0"',
      'a{su} 1 "not a path" 0',
      'a{su} 2 "/d/1" 0',
      'a{sv} 1 "/d/1" 0',
      '{"type":"a{su}","data":[{"/d/1":0}]}',
    ])
      expect(parseRollbackResult(text), text).toBeUndefined();
  });

  it('a string property, its C escapes undone (an interface name may hold any byte but / and space)', () => {
    expect(parseBusctlString(fixture('lab-nm142/busctl-get-property-Interface.txt'))).toBe('enp0s3');
    expect(parseBusctlString('s "a\\"b\\\\c\\x1b\\033"')).toBe('a"b\\c\x1b\x1b');
    expect(parseBusctlString('u 3')).toBeUndefined();
    expect(parseBusctlString('s "open')).toBeUndefined();
    expect(parseBusctlString('s "bad \\q escape"')).toBeUndefined();
  });
});
