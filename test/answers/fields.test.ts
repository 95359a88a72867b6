import { describe, expect, it } from 'vitest';
import { validateAnswers } from '../../src/answers/load.js';
import { visible } from '../../src/i18n/visible.js';

/**
 * Every string field can reach a command line, a file name, an exported script or the screen: each refuses
 * every control character, naming the field and the character.
 */

const SHA = 'a'.repeat(64);
const ISO_URL = 'https://example.org/x.iso';
const errorsOf = (answers: unknown) => {
  const r = validateAnswers(answers);
  return r.ok ? [] : r.errors;
};
/** Sets `value` at `path` ('bridge.ipv4.dns.0') in a copy of `base`. */
function withValue(base: unknown, path: string, value: string): unknown {
  const copy = structuredClone(base) as Record<string, unknown>;
  const keys = path.split('.');
  let at: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) at = at[key] as Record<string, unknown>;
  at[keys.at(-1) as string] = value;
  return copy;
}

const manualBridge = {
  bridge: {
    name: 'br0',
    interface: 'enp1s0',
    ipv4: { method: 'manual', address: '192.168.1.20/24', gateway: '192.168.1.1', dns: ['1.1.1.1'] },
  },
};
/** Each string field, a valid answers object around it, and a valid value to put a control character into. */
const FIELDS: Array<[path: string, base: unknown, good: string]> = [
  ['bridge.name', manualBridge, 'br0'],
  ['bridge.interface', manualBridge, 'enp1s0'],
  ['bridge.ipv4.address', manualBridge, '192.168.1.20/24'],
  ['bridge.ipv4.gateway', manualBridge, '192.168.1.1'],
  ['bridge.ipv4.dns.0', manualBridge, '1.1.1.1'],
  ['iso.path', { iso: { path: '/x.iso' } }, '/var/lib/libvirt/images/x.iso'],
  ['iso.catalog', { iso: { catalog: 'rocky-9' } }, 'rocky-9'],
  ['iso.url', { iso: { url: ISO_URL, sha256: SHA } }, ISO_URL],
  ['iso.sha256', { iso: { url: ISO_URL, sha256: SHA } }, SHA],
  [
    'iso.checksumUrl',
    { iso: { url: ISO_URL, checksumUrl: 'https://example.org/SHA256SUMS' } },
    'https://example.org/SHA256SUMS',
  ],
  ['vm.name', { vm: { name: 'vm1' } }, 'vm1'],
  ['vm.osVariant', { vm: { osVariant: 'centos-stream9' } }, 'centos-stream9'],
];
/** Newline, CR, tab, ESC, NUL, DEL, C1 NEL and CSI, the Unicode line/paragraph separators, bidi overrides. */
const CONTROLS = [
  '\n',
  '\r',
  '\t',
  '\u001b',
  '\u0000',
  '\u007f',
  '\u0085',
  '\u009b',
  '\u2028',
  '\u2029',
  '\u202e',
  '\u2066',
];

describe('every string field refuses every control character', () => {
  it('the valid bases pass (so the errors below are the control characters’ alone)', () => {
    for (const [, base] of FIELDS) expect(errorsOf(base)).toEqual([]);
  });

  const cases = FIELDS.flatMap(([path, base, good]) =>
    CONTROLS.map((ch) => [path, visible(ch), base, `${good.slice(0, 2)}${ch}${good.slice(2)}`] as const),
  );
  it.each(cases)('%s with %s', (path, shown, base, value) => {
    expect(errorsOf(withValue(base, path, value))).toEqual([
      `${path}: must not contain control characters (found ${shown})`,
    ]);
  });

  it.each(FIELDS)('%s: an empty value means nothing and is refused', (path, base) => {
    expect(errorsOf(withValue(base, path, ''))).toEqual([`${path}: must not be empty`]);
  });
});

describe('bridge names stay within what the kernel and NetworkManager accept', () => {
  const ASCII =
    'bridge.name: ASCII letters, digits and punctuation only (kernel and NetworkManager interface names)';
  it.each([
    ['brü', ASCII],
    ['ブリッジ', ASCII],
    ['--', 'bridge.name: must not start with "-" (commands would read it as an option)'],
    ['-x', 'bridge.name: must not start with "-" (commands would read it as an option)'],
    ['.', 'bridge.name: ".", "..", "all", "default" and "bonding_masters" are reserved by the kernel'],
    ['..', 'bridge.name: ".", "..", "all", "default" and "bonding_masters" are reserved by the kernel'],
    ['br-0123456789abc', 'bridge.name: at most 15 bytes (kernel interface-name limit)'],
    ['a/b', 'bridge.name: no spaces, "/", ":" or "%"'],
    ['a:b', 'bridge.name: no spaces, "/", ":" or "%"'],
    ['br 0', 'bridge.name: no spaces, "/", ":" or "%"'],
    // The kernel refuses these ("Invalid argument") or fills the name in ("br%d" becomes br0).
    ['all', 'bridge.name: ".", "..", "all", "default" and "bonding_masters" are reserved by the kernel'],
    ['default', 'bridge.name: ".", "..", "all", "default" and "bonding_masters" are reserved by the kernel'],
    [
      'bonding_masters',
      'bridge.name: ".", "..", "all", "default" and "bonding_masters" are reserved by the kernel',
    ],
    ['br%d', 'bridge.name: no spaces, "/", ":" or "%"'],
    // libvirt's default network makes virbr0 before the bridge step: a dry-run said fine, the run blocked.
    [
      'virbr0',
      'bridge.name: virbr0, virbr1… are the bridges of libvirt’s NAT networks: give the new bridge another name, e.g. br0',
    ],
    [
      'virbr12',
      'bridge.name: virbr0, virbr1… are the bridges of libvirt’s NAT networks: give the new bridge another name, e.g. br0',
    ],
    ['', 'bridge.name: must not be empty'],
    [' ', 'bridge.name: must not be empty'],
  ])('%j is refused', (name, error) => {
    expect(errorsOf({ bridge: { name } })).toEqual([error]);
  });

  it.each(['br0', 'lan.10', 'br_lab-1', 'x', 'br-0123456789ab', 'a-', 'BR0', 'br+0', 'virbr', 'virbr0x'])(
    '%j is accepted',
    (name) => {
      expect(errorsOf({ bridge: { name } })).toEqual([]);
    },
  );

  it('the uplink interface follows the same rules', () => {
    expect(errorsOf({ bridge: { interface: '-enp1s0' } })).toEqual([
      'bridge.interface: must not start with "-" (commands would read it as an option)',
    ]);
  });
});

describe('paths, URLs and lengths', () => {
  it.each([
    ['relative', 'x.iso', 'iso.path: must be an absolute path'],
    [
      'a file name over 255 bytes',
      `/var/${'x'.repeat(256)}.iso`,
      'iso.path: each part of the path at most 255 bytes',
    ],
    ['over 4096 bytes', `/${'d/'.repeat(2100)}x.iso`, 'iso.path: at most 4096 bytes'],
  ])('iso.path %s', (_name, path, error) => {
    expect(errorsOf({ iso: { path } })).toEqual([error]);
  });

  it.each([
    [
      'a space inside',
      'https://example.org/my file.iso',
      'iso.url: no spaces or line breaks in a URL (write a space as %20)',
    ],
    ['a space before', ` ${ISO_URL}`, 'iso.url: no spaces or line breaks in a URL (write a space as %20)'],
    [
      'a no-break space',
      'https://example.org/x\u00a0.iso',
      'iso.url: no spaces or line breaks in a URL (write a space as %20)',
    ],
    [
      'no slashes after the scheme',
      'https:example.org/x.iso',
      'iso.url: not a URL like https://example.org/file.iso',
    ],
    ['no host', 'https:///x.iso', 'iso.url: not a URL like https://example.org/file.iso'],
    ['javascript:', 'javascript:alert(1)', 'iso.url: must be an https:// (or http://) URL'],
    ['over 4096 bytes', `https://example.org/${'x'.repeat(4096)}`, 'iso.url: at most 4096 bytes'],
  ])('iso.url %s', (_name, url, error) => {
    expect(errorsOf({ iso: { url, sha256: SHA } })).toEqual([error]);
  });

  it('plain http stays allowed for the ISO (its hash is checked), never for the checksum file', () => {
    expect(errorsOf({ iso: { url: 'http://example.org/x.iso', sha256: SHA } })).toEqual([]);
    expect(errorsOf({ iso: { url: ISO_URL, checksumUrl: 'http://example.org/SUMS' } })).toEqual([
      'iso.checksumUrl: must be an https:// URL (the checksum is what protects the download)',
    ]);
  });

  it.each([
    [
      'a catalogue id with a slash',
      { iso: { catalog: '../x' } },
      'iso.catalog: a catalogue id such as centos-stream-9',
    ],
    [
      'an osVariant of 65 bytes',
      { vm: { osVariant: `a${'b'.repeat(64)}` } },
      'vm.osVariant: an osinfo short id such as centos-stream9',
    ],
    [
      'memory of 17 TiB',
      { vm: { memoryMiB: 17 * 1024 * 1024 } },
      'vm.memoryMiB: must be 16777216 or less (found the number 17825792)',
    ],
  ])('%s', (_name, answers, error) => {
    expect(errorsOf(answers)).toEqual([error]);
  });

  it('at most 8 DNS servers', () => {
    const dns = Array.from({ length: 9 }, (_, i) => `10.0.0.${i + 1}`);
    const ipv4 = { ...manualBridge.bridge.ipv4, dns };
    expect(errorsOf({ bridge: { ...manualBridge.bridge, ipv4 } })).toEqual([
      'bridge.ipv4.dns: at most 8 DNS servers',
    ]);
  });
});
