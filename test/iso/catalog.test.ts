import { describe, expect, it } from 'vitest';
import { type CatalogEntry, CatalogEntrySchema, loadCatalog } from '../../src/iso/catalog.js';
import { CATALOG_DATA } from '../../src/iso/catalog-data.js';
import { findChecksum } from '../../src/iso/checksum.js';
import { urlFileName } from '../../src/iso/url-file-name.js';

const catalog = loadCatalog();
const HASH = '0123456789abcdef'.repeat(4);

/** A checksum file in the entry's declared format, listing `name` the way its mirror would. */
function checksumText(entry: CatalogEntry, name: string): string {
  return entry.checksumFormat === 'bsd'
    ? `# ${name}: 1048576 bytes\nSHA256 (${name}) = ${HASH}\n`
    : `${'f'.repeat(64)} *some-other.iso\n${HASH} *${name}\n`;
}

/** The name the checksum file lists: "latest" links are published under their versioned name. */
function listedName(fileName: string): string {
  if (!fileName.includes('-latest-')) return fileName;
  return fileName.startsWith('CentOS-Stream-')
    ? fileName.replace('-latest-', '-20251103.0-')
    : fileName.replace('-latest-', '.7-');
}

describe('ISO catalogue', () => {
  it('validates and offers the expected releases', () => {
    expect(catalog.map((e) => e.id)).toEqual([
      'centos-stream-9',
      'centos-stream-10',
      'rocky-9',
      'almalinux-9',
      'ubuntu-24.04',
      'ubuntu-18.04',
      'debian-12',
    ]);
  });

  describe.each(catalog.map((entry) => [entry.id, entry] as const))('%s', (_id, entry) => {
    it('uses https for the ISO and the checksum, on the same host', () => {
      expect(new URL(entry.url).protocol).toBe('https:');
      expect(new URL(entry.checksumUrl).protocol).toBe('https:');
      expect(new URL(entry.checksumUrl).host).toBe(new URL(entry.url).host);
    });

    it('names an x86_64 .iso file, not a mirror list or directory', () => {
      const name = urlFileName(entry.url);
      expect(name).toMatch(/\.iso$/);
      expect(name).toMatch(/x86_64|amd64/);
      expect(entry.url).not.toMatch(/mirrorlist|metalink|\?/);
    });

    it('keeps the checksum file beside the ISO, or in the same tree', () => {
      const isoDir = entry.url.slice(0, entry.url.lastIndexOf('/') + 1);
      expect(entry.checksumUrl.startsWith(isoDir)).toBe(true);
      expect(urlFileName(entry.checksumUrl)).toMatch(/^(CHECKSUM|SHA256SUMS)$|\.(SHA256SUM|CHECKSUM)$/);
    });

    it('its file name resolves in a checksum file of its declared format', () => {
      const name = urlFileName(entry.url);
      expect(findChecksum(checksumText(entry, listedName(name)), name)).toBe(HASH);
    });

    it('has an osinfo short id and a plausible size', () => {
      expect(entry.osVariant).toMatch(/^[a-z][a-z-]*\d+(\.\d+)?$/);
      expect(entry.sizeMiB).toBeGreaterThan(300);
      expect(entry.sizeMiB).toBeLessThan(20_000);
    });
  });

  it('matches declared formats to the projects that publish them', () => {
    for (const entry of catalog) {
      const gnu = /ubuntu|debian/.test(entry.id);
      expect(entry.checksumFormat, entry.id).toBe(gnu ? 'gnu' : 'bsd');
    }
  });

  it('rejects http URLs, unknown formats, non-ISO URLs and duplicate ids', () => {
    const good = (CATALOG_DATA as CatalogEntry[])[0];
    expect(good).toBeDefined();
    const bad = (patch: Partial<Record<keyof CatalogEntry, unknown>>) => () =>
      loadCatalog([{ ...good, ...patch }]);
    expect(bad({ url: 'http://mirror.example.org/x86_64/a.iso' })).toThrow();
    expect(bad({ checksumUrl: 'http://mirror.example.org/SHA256SUMS' })).toThrow();
    expect(bad({ checksumFormat: 'md5' })).toThrow();
    expect(bad({ url: 'https://mirrors.centos.org/mirrorlist?path=/9-stream/x.iso' })).toThrow();
    expect(bad({ osVariant: 'CentOS Stream 9' })).toThrow();
    expect(() => loadCatalog([good, good])).toThrow(/unique/);
    expect(CatalogEntrySchema.safeParse(good).success).toBe(true);
  });
});
