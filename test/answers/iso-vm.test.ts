// The `iso` union and the `vm` section of the answers: what passes, and one line naming the key for what does not.
import { describe, expect, it } from 'vitest';
import { validateAnswers } from '../../src/answers/load.js';
import { answersSchema, isoAnswers, vmAnswers, vmName } from '../../src/answers/schema.js';

const SHA = '0123456789abcdef'.repeat(4);
const errorsOf = (data: unknown) => {
  const r = validateAnswers(data);
  return r.ok ? [] : r.errors;
};

describe('iso: accepted', () => {
  it.each([
    ['an absolute path', { path: '/var/lib/libvirt/images/x.iso' }],
    ['a catalogue id that the catalogue has', { catalog: 'rocky-9' }],
    ['a URL with its SHA-256', { url: 'https://example.org/x.iso', sha256: SHA }],
    ['a URL with an upper-case SHA-256', { url: 'https://example.org/x.iso', sha256: SHA.toUpperCase() }],
    [
      'a URL with a checksum file',
      { url: 'https://example.org/x.iso', checksumUrl: 'https://example.org/SUMS' },
    ],
  ])('%s passes unchanged', (_name, iso) => {
    expect(isoAnswers.parse(iso)).toEqual(iso);
    expect(validateAnswers({ iso })).toEqual({ ok: true, answers: { iso } });
  });
});

describe('iso: rejected, naming the key', () => {
  it.each([
    [
      'a URL with both a SHA-256 and a checksum file: which one counts would be a silent choice',
      { url: 'http://example.org/x.iso', sha256: SHA, checksumUrl: 'https://example.org/S' },
      ['iso.checksumUrl: give sha256 or checksumUrl, not both'],
    ],
    [
      'a catalogue id the catalogue does not have',
      { catalog: 'nosuch-os' },
      ['iso.catalog: no such catalogue entry (kvm-wizard schema lists them)'],
    ],
    [
      'a URL without sha256 or checksumUrl: never used unverified',
      { url: 'https://example.org/x.iso' },
      ['iso.sha256: give sha256 or checksumUrl: an unverified ISO is never used'],
    ],
    [
      'a SHA-256 that is too short',
      { url: 'https://example.org/x.iso', sha256: 'abc123' },
      ['iso.sha256: not a SHA-256 (64 hex digits)'],
    ],
    [
      'a SHA-256 with a non-hex digit',
      { url: 'https://example.org/x.iso', sha256: `${SHA.slice(0, 63)}g` },
      ['iso.sha256: not a SHA-256 (64 hex digits)'],
    ],
    [
      'a SHA-256 one digit too long',
      { url: 'https://example.org/x.iso', sha256: `${SHA}0` },
      ['iso.sha256: not a SHA-256 (64 hex digits)'],
    ],
    [
      'an ftp URL',
      { url: 'ftp://example.org/x.iso', sha256: SHA },
      ['iso.url: must be an https:// (or http://) URL'],
    ],
    [
      'not a URL at all',
      { url: 'x.iso', sha256: SHA },
      ['iso.url: not a URL like https://example.org/file.iso'],
    ],
    [
      'a file:// checksum URL',
      { url: 'https://example.org/x.iso', checksumUrl: 'file:///etc/passwd' },
      ['iso.checksumUrl: must be an https:// URL (the checksum is what protects the download)'],
    ],
    ['a relative path', { path: 'x.iso' }, ['iso.path: must be an absolute path']],
    ['an empty catalogue id', { catalog: '' }, ['iso.catalog: must not be empty']],
    ['sha256 with a path', { path: '/x.iso', sha256: SHA }, ['iso.sha256: unknown key']],
    ['a typo in a key', { path: '/x.iso', pth: '/y.iso' }, ['iso.pth: unknown key']],
  ])('%s', (_name, iso, errors) => {
    expect(errorsOf({ iso })).toEqual(errors);
  });

  it.each([
    ['empty', {}],
    ['two choices at once', { path: '/x.iso', catalog: 'rocky-9' }],
    ['a bare string', '/x.iso'],
    ['a list', [{ path: '/x.iso' }]],
  ])('nothing close to a choice (%s): says what the three are', (_name, iso) => {
    expect(errorsOf({ iso })).toEqual([
      'iso: give exactly one of path, catalog, or url (with sha256 or checksumUrl)',
    ]);
  });
});

describe('vm: accepted', () => {
  it('an empty section gets the defaults: vm1, VNC; sizes stay open for the host to decide', () => {
    expect(answersSchema.parse({ vm: {} })).toEqual({ vm: { name: 'vm1', graphics: 'vnc' } });
  });

  it('a full section passes through', () => {
    const vm = {
      name: 'kvmwiz-t1',
      vcpus: 1,
      memoryMiB: 256,
      diskGiB: 1,
      network: 'nat',
      osVariant: 'centos-stream9',
      graphics: 'spice',
    };
    expect(vmAnswers.parse(vm)).toEqual(vm);
  });

  it.each(['a', 'vm1', 'Web_01', 'db.example.org', 'c++', '9lives', `x${'y'.repeat(62)}`])(
    'name %j',
    (name) => {
      expect(vmName.safeParse(name).success).toBe(true);
    },
  );

  it.each(['ubuntu24.04', 'rhel9.4', 'centos-stream10', 'win2k22', 'debian12'])(
    'osVariant %j',
    (osVariant) => {
      expect(validateAnswers({ vm: { osVariant } }).ok).toBe(true);
    },
  );
});

describe('vm: rejected, naming the key', () => {
  const NAME_RULE = 'vm.name: letters, digits and _ . + - only, up to 63, starting with a letter or digit';

  it.each([
    ['a space', 'my vm'],
    ['a slash (a path in the disk name)', '../etc'],
    ['starting with a dash (an option to virsh)', '-rf'],
    ['starting with a dot', '.hidden'],
    ['a quote', "vm'1"],
    ['non-ASCII', 'vmé'],
    ['64 characters', `x${'y'.repeat(63)}`],
  ])('name: %s', (_name, name) => {
    expect(errorsOf({ vm: { name } })).toEqual([NAME_RULE]);
  });

  it.each([
    ['empty', '', 'vm.name: must not be empty'],
    ['a newline', 'vm\n1', 'vm.name: must not contain control characters (found \\n)'],
  ])('name: %s has its own message', (_name, name, error) => {
    expect(errorsOf({ vm: { name } })).toEqual([error]);
  });

  it.each([
    ['graphics rdp', { graphics: 'rdp' }, ['vm.graphics: must be one of vnc, spice (found text "rdp")']],
    [
      'graphics in capitals',
      { graphics: 'VNC' },
      ['vm.graphics: must be one of vnc, spice (found text "VNC")'],
    ],
    [
      'network macvtap',
      { network: 'macvtap' },
      ['vm.network: must be one of bridge, nat (found text "macvtap")'],
    ],
    ['0 vCPUs', { vcpus: 0 }, ['vm.vcpus: must be 1 or more (found the number 0)']],
    [
      '1.5 vCPUs',
      { vcpus: 1.5 },
      ['vm.vcpus: must be a whole number from 1 to 512, written without quotes (found the number 1.5)'],
    ],
    ['513 vCPUs', { vcpus: 513 }, ['vm.vcpus: must be 512 or less (found the number 513)']],
    [
      'vCPUs as a string',
      { vcpus: '2' },
      ['vm.vcpus: must be a whole number from 1 to 512, written without quotes (found text "2")'],
    ],
    ['128 MiB', { memoryMiB: 128 }, ['vm.memoryMiB: must be 256 or more (found the number 128)']],
    ['0 GiB disk', { diskGiB: 0 }, ['vm.diskGiB: must be 1 or more (found the number 0)']],
    [
      'osVariant with capitals',
      { osVariant: 'CentOS9' },
      ['vm.osVariant: an osinfo short id such as centos-stream9'],
    ],
    [
      'osVariant with a comma (would smuggle virt-install sub-options)',
      { osVariant: 'centos9,require=off' },
      ['vm.osVariant: an osinfo short id such as centos-stream9'],
    ],
    [
      'an unknown key',
      { cpus: 2 },
      [
        'vm.cpus: unknown key: the keys here are name, vcpus, memoryMiB, diskGiB, network, osVariant, graphics',
      ],
    ],
  ])('%s', (_name, vm, errors) => {
    expect(errorsOf({ vm })).toEqual(errors);
  });

  it('every bad field at once: one line each', () => {
    expect(errorsOf({ vm: { name: '-', vcpus: 0, memoryMiB: 1, diskGiB: 0, graphics: 'x' } })).toEqual([
      NAME_RULE,
      'vm.vcpus: must be 1 or more (found the number 0)',
      'vm.memoryMiB: must be 256 or more (found the number 1)',
      'vm.diskGiB: must be 1 or more (found the number 0)',
      'vm.graphics: must be one of vnc, spice (found text "x")',
    ]);
  });
});

describe('iso + vm together, as the system test writes them', () => {
  it('parses to what the plan reads', () => {
    expect(
      validateAnswers({
        iso: { path: '/var/lib/libvirt/images/kvmwiz-test.iso' },
        vm: { name: 'kvmwiz-t1', vcpus: 1, memoryMiB: 256, diskGiB: 1, network: 'nat' },
      }),
    ).toEqual({
      ok: true,
      answers: {
        iso: { path: '/var/lib/libvirt/images/kvmwiz-test.iso' },
        vm: { name: 'kvmwiz-t1', vcpus: 1, memoryMiB: 256, diskGiB: 1, network: 'nat', graphics: 'vnc' },
      },
    });
  });
});
