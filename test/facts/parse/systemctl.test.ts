import { describe, expect, it } from 'vitest';
import { parseSystemctlLines } from '../../../src/facts/parse/systemctl.js';
import { fixture } from '../../fixture.js';

describe('parseSystemctlLines', () => {
  it('systemctl is-active libvirtd (Ubuntu)', () => {
    expect(parseSystemctlLines(fixture('ubuntu/systemctl-is-active-libvirtd.txt'), ['libvirtd'])).toEqual({
      libvirtd: 'active',
    });
  });

  it('one word per unit in order; a missing line is "unknown"', () => {
    // Format of `systemctl is-enabled U1 U2 U3` (no multi-unit capture in the fixtures).
    expect(
      parseSystemctlLines('enabled\nnot-found\n', ['libvirtd.service', 'virtqemud.socket', 'cockpit.socket']),
    ).toEqual({
      'libvirtd.service': 'enabled',
      'virtqemud.socket': 'not-found',
      'cockpit.socket': 'unknown',
    });
    expect(parseSystemctlLines('', ['libvirtd'])).toEqual({ libvirtd: 'unknown' });
  });
});
