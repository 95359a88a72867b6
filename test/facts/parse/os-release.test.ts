import { describe, expect, it } from 'vitest';
import { parseOsRelease, parseOsReleaseMap } from '../../../src/facts/parse/os-release.js';
import { fixture } from '../../fixture.js';

describe('parseOsRelease', () => {
  it.each([
    [
      'centos-stream8/os-release.txt',
      {
        id: 'centos',
        idLike: ['rhel', 'fedora'],
        versionId: '8',
        name: 'CentOS Stream',
        prettyName: 'CentOS Stream 8',
      },
    ],
    [
      'centos-stream9/os-release.txt',
      {
        id: 'centos',
        idLike: ['rhel', 'fedora'],
        versionId: '9',
        name: 'CentOS Stream',
        prettyName: 'CentOS Stream 9',
      },
    ],
    [
      'centos8/os-release.txt',
      {
        id: 'centos',
        idLike: ['rhel', 'fedora'],
        versionId: '8',
        name: 'CentOS Linux',
        prettyName: 'CentOS Linux 8',
      },
    ],
    [
      'rhel9/os-release.txt',
      {
        id: 'rhel',
        idLike: ['fedora'],
        versionId: '9.6',
        name: 'Red Hat Enterprise Linux',
        prettyName: 'Red Hat Enterprise Linux 9.6 (Plow)',
      },
    ],
    [
      'rocky9/os-release.txt',
      {
        id: 'rocky',
        idLike: ['rhel', 'centos', 'fedora'],
        versionId: '9.3',
        name: 'Rocky Linux',
        prettyName: 'Rocky Linux 9.3 (Blue Onyx)',
      },
    ],
    [
      'alma9/os-release.txt',
      {
        id: 'almalinux',
        idLike: ['rhel', 'centos', 'fedora'],
        versionId: '9.2',
        name: 'AlmaLinux',
        prettyName: 'AlmaLinux 9.2 (Turquoise Kodkod)',
      },
    ],
    [
      'fedora/os-release.f38-container.txt',
      {
        id: 'fedora',
        idLike: [],
        versionId: '38',
        name: 'Fedora Linux',
        prettyName: 'Fedora Linux 38 (Container Image)',
      },
    ],
    [
      'ubuntu/os-release.22.04.txt',
      {
        id: 'ubuntu',
        idLike: ['debian'],
        versionId: '22.04',
        name: 'Ubuntu',
        prettyName: 'Ubuntu 22.04.2 LTS',
      },
    ],
    [
      'ubuntu/os-release.24.04.txt',
      {
        id: 'ubuntu',
        idLike: ['debian'],
        versionId: '24.04',
        name: 'Ubuntu',
        prettyName: 'Ubuntu 24.04.3 LTS',
      },
    ],
    [
      'debian/os-release.13.txt',
      {
        id: 'debian',
        idLike: [],
        versionId: '13',
        name: 'Debian GNU/Linux',
        prettyName: 'Debian GNU/Linux 13 (trixie)',
      },
    ],
  ])('%s', (path, expected) => {
    expect(parseOsRelease(fixture(path))).toEqual(expected);
  });

  it('keeps unquoted values, empty quotes, and blank lines in the middle (alma9, fedora)', () => {
    const alma = parseOsReleaseMap(fixture('alma9/os-release.txt'));
    expect(alma.ALMALINUX_MANTISBT_PROJECT).toBe('AlmaLinux-9');
    const fedora = parseOsReleaseMap(fixture('fedora/os-release.f38-container.txt'));
    expect(fedora.VERSION_CODENAME).toBe('');
    expect(fedora.LOGO).toBe('fedora-logo-icon');
    expect(fedora.VARIANT_ID).toBe('container');
  });

  it('skips comments, handles single quotes and escapes, and gives "" for missing keys', () => {
    const text = '# comment\n\n  # indented comment\nNAME=\'My OS\'\nPRETTY_NAME="My \\"OS\\" 1"\n';
    expect(parseOsRelease(text)).toEqual({
      id: '',
      idLike: [],
      versionId: '',
      name: 'My OS',
      prettyName: 'My "OS" 1',
    });
    expect(parseOsRelease('')).toEqual({ id: '', idLike: [], versionId: '', name: '', prettyName: '' });
  });
});
