import { describe, expect, it } from 'vitest';
import { parseOsRelease } from '../../../src/facts/parse/os-release.js';
import { detectProfile, PROFILES, type ProfileId } from '../../../src/plan/profiles.js';
import { SIM_PROFILES, SIMULATED_HOSTS, STAND_IN, simState } from '../../../src/sim/profiles.js';

describe('simulated hosts and release profiles: one table', () => {
  it.each(Object.entries(SIMULATED_HOSTS))('%s is detected as the release profile %s', (host, profile) => {
    const osRelease = simState(host, 0).files.get('/etc/os-release') ?? '';
    expect(detectProfile(parseOsRelease(osRelease))).toBe(profile);
  });

  it('every release profile has a stand-in, and the stand-in is detected as that profile', () => {
    for (const id of Object.keys(PROFILES) as ProfileId[]) expect(SIMULATED_HOSTS[STAND_IN[id]]).toBe(id);
  });

  it('--simulate accepts exactly the table’s names', () => {
    expect([...SIM_PROFILES].sort()).toEqual(Object.keys(SIMULATED_HOSTS).sort());
  });
});
