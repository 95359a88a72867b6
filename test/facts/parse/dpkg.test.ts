import { describe, expect, it } from 'vitest';
import { parseDpkgQuery } from '../../../src/facts/parse/dpkg.js';

// No real capture in the fixtures: the input follows the documented format of
// `dpkg-query -W -f='${Package}\t${db:Status-Status}\n' PKG…` (dpkg-query(1)). Unknown packages
// produce no stdout line ("dpkg-query: no packages found matching X" goes to stderr).
describe('parseDpkgQuery', () => {
  it('is installed only for status "installed"', () => {
    const text =
      'qemu-system-x86\tinstalled\nlibvirt-daemon-system\tconfig-files\ncockpit\tnot-installed\nvirtinst\tinstalled\n';
    expect(parseDpkgQuery(text)).toEqual({
      'qemu-system-x86': true,
      'libvirt-daemon-system': false,
      cockpit: false,
      virtinst: true,
    });
  });

  it('strips a multi-arch suffix and ignores lines without a tab', () => {
    expect(parseDpkgQuery('libvirt0:amd64\tinstalled\ngarbage\n\n')).toEqual({ libvirt0: true });
    expect(parseDpkgQuery('')).toEqual({});
  });
});
