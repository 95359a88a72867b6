import { describe, expect, it } from 'vitest';
import { latestAliasPattern } from '../../src/iso/release-alias.js';

describe('latestAliasPattern', () => {
  it.each([
    ['Rocky-9-latest-x86_64-minimal.iso', 'Rocky-9.6-x86_64-minimal.iso'],
    ['Rocky-10-latest-x86_64-dvd1.iso', 'Rocky-10.1-x86_64-dvd1.iso'],
    ['AlmaLinux-9-latest-x86_64-minimal.iso', 'AlmaLinux-9.6-x86_64-minimal.iso'],
    ['CentOS-Stream-9-latest-x86_64-dvd1.iso', 'CentOS-Stream-9-20250120.0-x86_64-dvd1.iso'],
    ['CentOS-Stream-10-latest-x86_64-dvd1.iso', 'CentOS-Stream-10-20251103.0-x86_64-dvd1.iso'],
  ])('%s matches %s', (alias, versioned) => {
    expect(latestAliasPattern(alias)?.test(versioned)).toBe(true);
  });

  it.each([
    ['Rocky-9-latest-x86_64-minimal.iso', 'Rocky-9.6-x86_64-dvd1.iso'],
    ['Rocky-9-latest-x86_64-minimal.iso', 'Rocky-90.6-x86_64-minimal.iso'],
    ['Rocky-9-latest-x86_64-minimal.iso', 'Rocky-9.6-x86_64-minimal.iso.manifest'],
    ['Rocky-9-latest-x86_64-minimal.iso', 'Rocky-9-latest-x86_64-minimal.iso'],
    ['CentOS-Stream-9-latest-x86_64-dvd1.iso', 'CentOS-Stream-9-20250120.0-aarch64-dvd1.iso'],
  ])('%s does not match %s', (alias, other) => {
    expect(latestAliasPattern(alias)?.test(other)).toBe(false);
  });

  it('is undefined for names without a "latest" link', () => {
    expect(latestAliasPattern('ubuntu-24.04.3-live-server-amd64.iso')).toBeUndefined();
  });
});
