import { describe, expect, it } from 'vitest';
import { parseOsinfoDetect, parseOsinfoQueryOs } from '../../../src/facts/parse/osinfo.js';
import { fixture } from '../../fixture.js';

describe('parseOsinfoQueryOs', () => {
  it('header and separator skipped, trailing spaces trimmed', () => {
    expect(parseOsinfoQueryOs(fixture('ubuntu/osinfo-query-os.header-and-excerpt.txt'))).toEqual([
      { shortId: 'debian7', name: 'Debian Wheezy', version: '7' },
      { shortId: 'freebsd10.0', name: 'FreeBSD 10.0', version: '10.0' },
      { shortId: 'openbsd5.5', name: 'OpenBSD 5.5', version: '5.5' },
      { shortId: 'rhel6.5', name: 'Red Hat Enterprise Linux 6.5', version: '6.5' },
      { shortId: 'rhel7.0', name: 'Red Hat Enterprise Linux 7.0', version: '7.0' },
    ]);
  });

  it('grep output without header; the Version column overflows ("8-unknown |")', () => {
    const rows = parseOsinfoQueryOs(fixture('ubuntu/osinfo-query-os.grep-rocky.older-db.txt'));
    expect(rows.map((r) => r.shortId)).toEqual([
      'rocky-unknown',
      'rocky8-unknown',
      'rocky8.4',
      'rocky8.5',
      'rocky8.6',
      'rocky9-unknown',
      'rocky9.0',
    ]);
    expect(rows[1]).toEqual({
      shortId: 'rocky8-unknown',
      name: 'Rocky Linux 8 Unknown',
      version: '8-unknown',
    });
    expect(rows[6]).toEqual({ shortId: 'rocky9.0', name: 'Rocky Linux 9.0', version: '9.0' });
  });

  it('osinfo-db 20240523 knows rocky9', () => {
    const rows = parseOsinfoQueryOs(fixture('generic/osinfo-query-os.grep-rocky.osinfo-db-20240523.txt'));
    expect(rows).toHaveLength(9);
    expect(rows.find((r) => r.shortId === 'rocky9')).toEqual({
      shortId: 'rocky9',
      name: 'Rocky Linux 9',
      version: '9',
    });
    expect(rows[2]).toEqual({
      shortId: 'rocky8-unknown',
      name: 'Rocky Linux 8 Unknown',
      version: '8-unknown',
    });
  });
});

describe('parseOsinfoDetect', () => {
  it('CentOS Stream 9 installer ISO (bootc-image-builder test expectation)', () => {
    expect(
      parseOsinfoDetect(fixture('centos-stream9/osinfo-detect-iso.bootc-image-builder-test-expectation.txt')),
    ).toEqual({ bootable: true, osName: 'CentOS Stream 9 (x86_64)' });
  });

  it('not bootable; live media (messages from libosinfo tools/osinfo-detect.c)', () => {
    expect(parseOsinfoDetect('Media is not bootable.\n')).toEqual({ bootable: false });
    expect(parseOsinfoDetect("Media is bootable.\nMedia is live media for OS 'Fedora 40'\n")).toEqual({
      bootable: true,
      osName: 'Fedora 40',
    });
  });
});
