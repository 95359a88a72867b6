import { describe, expect, it } from 'vitest';
import { parseNmcliGeneral } from '../../../src/facts/parse/nmcli-general.js';

// No capture in the fixtures: inputs follow `nmcli -t -f RUNNING,VERSION general` (RUNNING is
// "running" or "not running" in the C locale; VERSION is the daemon's version).
describe('parseNmcliGeneral', () => {
  it('running daemon', () => {
    expect(parseNmcliGeneral('running:1.42.4\n')).toEqual({ running: true, version: '1.42.4' });
  });

  it('not running, or no output at all (nmcli reports the error on stderr)', () => {
    expect(parseNmcliGeneral('not running:\n')).toEqual({ running: false, version: '' });
    expect(parseNmcliGeneral('')).toEqual({ running: false, version: '' });
  });
});
