import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { findChecksum, parseChecksumFile } from '../../src/iso/checksum.js';

const ROCKY_FIXTURE = new URL(
  '../fixtures/rocky10/CHECKSUM.rocky-10.1-isos.as-embedded-in-test.txt',
  import.meta.url,
);

const H1 = 'a'.repeat(64);
const H2 = 'b'.repeat(64);
const H3 = 'c'.repeat(64);

/** The shape CentOS Stream and Rocky use: BSD lines with byte-count comments, clearsigned. */
function clearsigned(body: string[]): string {
  return [
    '-----BEGIN PGP SIGNED MESSAGE-----',
    'Hash: SHA256',
    '',
    ...body,
    '-----BEGIN PGP SIGNATURE-----',
    '',
    'iQIzBAEBCAAdFiEEfakefakefakefakefakefakefakefakeFAKEFAKEFAKEFAKEFAKE',
    // A signature line that happens to look like a GNU checksum line must still be ignored.
    `${H3}  CentOS-Stream-9-20250120.0-x86_64-dvd1.iso`,
    '=Abcd',
    '-----END PGP SIGNATURE-----',
    '',
  ].join('\n');
}

describe('parseChecksumFile', () => {
  it('reads the real Rocky 10.1 CHECKSUM (BSD lines with "# name: N bytes" comments)', async () => {
    const text = await readFile(ROCKY_FIXTURE, 'utf8');
    expect(parseChecksumFile(text)).toEqual([
      {
        file: 'Rocky-10.1-x86_64-boot.iso',
        sha256: '18543988d9a1a5632d142c3dc288136dcc48ab71628f92ebcd40ada7f4ecd110',
      },
      {
        file: 'Rocky-10.1-x86_64-dvd1.iso',
        sha256: '55f96d45a052c0ed4f06309480155cb66281a008691eb7f3f359957205b1849a',
      },
      {
        file: 'Rocky-10.1-x86_64-minimal.iso',
        sha256: '5aafc2c86e606428cd7c5802b0d28c220f34c181a57eefff2cc6f65214714499',
      },
    ]);
  });

  it('reads a clearsigned BSD file and skips the armour headers and signature block', () => {
    const text = clearsigned([
      '# CentOS-Stream-9-20250120.0-x86_64-dvd1.iso: 13186891776 bytes',
      `SHA256 (CentOS-Stream-9-20250120.0-x86_64-dvd1.iso) = ${H1}`,
    ]);
    expect(parseChecksumFile(text)).toEqual([
      { file: 'CentOS-Stream-9-20250120.0-x86_64-dvd1.iso', sha256: H1 },
    ]);
  });

  it('reads GNU text-mode and binary-mode lines, with CRLF endings', () => {
    const text = `${H1}  debian-12.11.0-amd64-netinst.iso\r\n${H2} *ubuntu-24.04.3-live-server-amd64.iso\r\n`;
    expect(parseChecksumFile(text)).toEqual([
      { file: 'debian-12.11.0-amd64-netinst.iso', sha256: H1 },
      { file: 'ubuntu-24.04.3-live-server-amd64.iso', sha256: H2 },
    ]);
  });

  it('lower-cases hashes and keeps names with spaces and parentheses', () => {
    const text = `SHA256 (my (copy).iso) = ${H1.toUpperCase()}\n${H2.toUpperCase()}  name with spaces.iso\n`;
    expect(parseChecksumFile(text)).toEqual([
      { file: 'my (copy).iso', sha256: H1 },
      { file: 'name with spaces.iso', sha256: H2 },
    ]);
  });

  it('unescapes GNU names flagged with a leading backslash', () => {
    expect(parseChecksumFile(`\\${H1}  back\\\\slash.iso\n`)).toEqual([
      { file: 'back\\slash.iso', sha256: H1 },
    ]);
  });

  it('ignores entries for other algorithms', () => {
    const text = [
      `SHA512 (x.iso) = ${'d'.repeat(128)}`,
      `SHA1 (x.iso) = ${'e'.repeat(40)}`,
      `MD5 (x.iso) = ${'f'.repeat(32)}`,
      `${'d'.repeat(128)}  x.iso`,
      `${'f'.repeat(32)}  x.iso`,
      `SHA256 (x.iso) = ${H1}`,
    ].join('\n');
    expect(parseChecksumFile(text)).toEqual([{ file: 'x.iso', sha256: H1 }]);
  });

  it('returns nothing for an HTML error page', () => {
    expect(parseChecksumFile('<html><body>404 Not Found</body></html>')).toEqual([]);
  });
});

describe('findChecksum', () => {
  it('finds an exact name in the Rocky fixture', async () => {
    const text = await readFile(ROCKY_FIXTURE, 'utf8');
    expect(findChecksum(text, 'Rocky-10.1-x86_64-minimal.iso')).toBe(
      '5aafc2c86e606428cd7c5802b0d28c220f34c181a57eefff2cc6f65214714499',
    );
    expect(findChecksum(text, 'Rocky-10.1-x86_64-netinst.iso')).toBeUndefined();
  });

  it('resolves a "latest" link to the versioned name a CHECKSUM lists', async () => {
    const text = await readFile(ROCKY_FIXTURE, 'utf8');
    expect(findChecksum(text, 'Rocky-10-latest-x86_64-dvd1.iso')).toBe(
      '55f96d45a052c0ed4f06309480155cb66281a008691eb7f3f359957205b1849a',
    );
    // Same release line, different image: must not borrow the dvd1 hash.
    expect(findChecksum(text, 'Rocky-10-latest-x86_64-netinst.iso')).toBeUndefined();
    // Different major release: must not match 10.1.
    expect(findChecksum(text, 'Rocky-9-latest-x86_64-dvd1.iso')).toBeUndefined();
  });

  it('resolves a CentOS Stream "latest" link to its compose id, from a clearsigned file', () => {
    const text = clearsigned([
      '# CentOS-Stream-9-20250120.0-x86_64-dvd1.iso: 13186891776 bytes',
      `SHA256 (CentOS-Stream-9-20250120.0-x86_64-dvd1.iso) = ${H1}`,
      '# CentOS-Stream-9-20250120.0-x86_64-boot.iso: 1234 bytes',
      `SHA256 (CentOS-Stream-9-20250120.0-x86_64-boot.iso) = ${H2}`,
    ]);
    expect(findChecksum(text, 'CentOS-Stream-9-latest-x86_64-dvd1.iso')).toBe(H1);
    expect(findChecksum(text, 'CentOS-Stream-9-latest-x86_64-boot.iso')).toBe(H2);
  });

  it('prefers an exact "latest" entry when the file lists one', () => {
    const text = `SHA256 (AlmaLinux-9.6-x86_64-minimal.iso) = ${H1}\nSHA256 (AlmaLinux-9-latest-x86_64-minimal.iso) = ${H2}\n`;
    expect(findChecksum(text, 'AlmaLinux-9-latest-x86_64-minimal.iso')).toBe(H2);
  });

  it('refuses to guess when two versioned entries disagree', () => {
    const text = `SHA256 (Rocky-9.5-x86_64-minimal.iso) = ${H1}\nSHA256 (Rocky-9.6-x86_64-minimal.iso) = ${H2}\n`;
    expect(findChecksum(text, 'Rocky-9-latest-x86_64-minimal.iso')).toBeUndefined();
  });

  it('does not treat a path or URL as a name', () => {
    expect(findChecksum(`${H1}  x.iso\n`, 'dir/x.iso')).toBeUndefined();
  });
});
