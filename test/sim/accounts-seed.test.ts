// The simulated hosts' accounts are the real files, not a made-up root + nobody (where `daemon` was "free").
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEBIAN12_GROUP, DEBIAN12_PASSWD, EL9_GROUP, EL9_PASSWD } from '../../src/sim/accounts-seed.js';
import { simState } from '../../src/sim/profiles.js';

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');

describe('simulated accounts', () => {
  it('are the captured files, byte for byte', () => {
    expect(EL9_PASSWD).toBe(fixture('el9/etc-passwd.txt'));
    expect(EL9_GROUP).toBe(fixture('el9/etc-group.txt'));
    expect(DEBIAN12_PASSWD).toBe(fixture('debian/etc-passwd.bookworm-nspawn-rootfs.txt'));
    expect(DEBIAN12_GROUP).toBe(fixture('debian/etc-group.bookworm-nspawn-rootfs.txt'));
  });

  it.each([
    ['centos-stream9', 'wheel', ['daemon', 'sshd', 'tss', 'polkitd']],
    ['debian12', 'sudo', ['daemon', 'sshd', 'www-data', 'polkitd']],
  ])('%s starts with its system users and nobody in %s', (profile, group, users) => {
    const files = simState(profile, 0).files;
    const names = (files.get('/etc/passwd') ?? '').split('\n').map((l) => l.split(':')[0]);
    expect(names).toEqual(expect.arrayContaining(['root', 'nobody', ...users]));
    expect(files.get('/etc/group')).toMatch(new RegExp(`^${group}:x:\\d+:$`, 'm'));
  });
});
