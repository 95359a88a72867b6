import { describe, expect, it } from 'vitest';
import {
  parseBusctlObjectPaths,
  parseBusctlString,
  parseBusctlUint,
  parseRollbackResult,
} from '../../../src/facts/parse/busctl.js';
import { fixture } from '../../fixture.js';

describe('busctl --json=short replies', () => {
  it('object paths; anything that is not a D-Bus path (control characters, dots) is dropped', () => {
    expect(
      parseBusctlObjectPaths('{"type":"o","data":["/org/freedesktop/NetworkManager/Checkpoint/1"]}'),
    ).toEqual(['/org/freedesktop/NetworkManager/Checkpoint/1']);
    expect(parseBusctlObjectPaths('{"type":"ao","data":[["/a/b","/x\\u001b[31m","/../etc"]]}')).toEqual([
      '/a/b',
    ]);
    expect(parseBusctlObjectPaths('Call failed: …')).toEqual([]);
  });

  it("a checkpoint's RollbackTimeout: 0 (never expires) and 2; a gone checkpoint's error is no number", () => {
    expect(parseBusctlUint(fixture('lab-nm142/busctl-get-property-RollbackTimeout.0.txt'))).toBe(0);
    expect(parseBusctlUint(fixture('lab-nm142/busctl-get-property-RollbackTimeout.2.txt'))).toBe(2);
    expect(
      parseBusctlUint(fixture('lab-nm142/busctl-get-property-RollbackTimeout.gone.stderr.txt')),
    ).toBeUndefined();
    expect(parseBusctlUint('{"type":"u","data":-1}')).toBeUndefined();
    expect(parseBusctlUint('{"type":"s","data":"0"}')).toBeUndefined();
  });

  it('CheckpointRollback: every device 0, or one device with result 3 (lab: its veth was deleted)', () => {
    expect(parseRollbackResult(fixture('lab-nm142/busctl-CheckpointRollback.ok.txt'))).toEqual([
      { device: '/org/freedesktop/NetworkManager/Devices/1', result: 0 },
      { device: '/org/freedesktop/NetworkManager/Devices/2', result: 0 },
    ]);
    expect(
      parseRollbackResult(fixture('lab-nm142/busctl-CheckpointRollback.device-failed.txt'))?.filter(
        (d) => d.result,
      ),
    ).toEqual([{ device: '/org/freedesktop/NetworkManager/Devices/6', result: 3 }]);
  });

  it('a rollback reply of another shape is not understood (undefined), never "all fine"', () => {
    expect(parseRollbackResult('')).toBeUndefined();
    expect(parseRollbackResult('{"type":"a{su}","data":[]}')).toBeUndefined();
    expect(parseRollbackResult('{"type":"a{su}","data":[{"/d/1":"0"}]}')).toBeUndefined();
    expect(parseRollbackResult('{"type":"a{su}","data":[{"not a path":0}]}')).toBeUndefined();
  });

  it('a string property', () => {
    expect(parseBusctlString('{"type":"s","data":"enp0s3"}')).toBe('enp0s3');
    expect(parseBusctlString('{"type":"u","data":3}')).toBeUndefined();
  });
});
