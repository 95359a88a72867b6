import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { loadAnswers, setValidationLanguage, validateAnswers } from '../../src/answers/load.js';
import { en } from '../../src/i18n/en.js';
import { ja } from '../../src/i18n/ja.js';
import { setCatalogue } from '../../src/i18n/messages.js';

const file = (name: string) => fileURLToPath(new URL(`./files/${name}`, import.meta.url));

describe('loadAnswers: good files', () => {
  it('YAML with a static bridge and an ISO', async () => {
    expect(await loadAnswers(file('static-bridge.yaml'))).toEqual({
      ok: true,
      answers: {
        host: { allowNoVirt: false },
        bridge: {
          name: 'br0',
          interface: 'enp1s0',
          stp: false,
          rollbackTimeout: 120,
          ipv4: {
            method: 'manual',
            address: '192.168.10.21/24',
            gateway: '192.168.10.1',
            dns: ['192.168.10.1', '1.1.1.1'],
          },
        },
        iso: { path: '/var/lib/libvirt/images/CentOS-Stream-9-latest-x86_64-dvd1.iso' },
      },
    });
  });

  it('JSON (which is YAML too) with a DHCP bridge', async () => {
    expect(await loadAnswers(file('dhcp-bridge.json'))).toEqual({
      ok: true,
      answers: {
        bridge: { name: 'lan0', stp: false, rollbackTimeout: 90, ipv4: { method: 'auto' } },
        host: { allowNoVirt: true },
      },
    });
  });

  it('an empty bridge mapping gets the defaults', async () => {
    expect(await loadAnswers(file('defaults.yaml'))).toEqual({
      ok: true,
      answers: { bridge: { name: 'br0', stp: false, rollbackTimeout: 90 } },
    });
  });

  it('an empty file means "no answers"', async () => {
    expect(await loadAnswers(file('empty.yaml'))).toEqual({ ok: true, answers: {} });
  });
});

describe('loadAnswers: bad files give the exact lines', () => {
  it.each([
    ['bad-top-level-key.yaml', ['network: unknown key: the keys here are host, bridge, iso, vm']],
    [
      'bad-nested-key.yaml',
      [
        'bridge.foo: unknown key: the keys here are name, interface, stp, ipv4, rollbackTimeout, reconnectTimeout',
      ],
    ],
    [
      'bad-two-unknown-keys.yaml',
      [
        'bridge.nmae: unknown key: the keys here are name, interface, stp, ipv4, rollbackTimeout, reconnectTimeout',
        'bridge.stpp: unknown key: the keys here are name, interface, stp, ipv4, rollbackTimeout, reconnectTimeout',
      ],
    ],
    ['bad-cidr.yaml', ['bridge.ipv4.address: not an address with prefix like 192.168.1.10/24']],
    ['bad-gateway-outside.yaml', ['bridge.ipv4.gateway: must be inside 192.168.1.0/24']],
    ['bad-gateway-is-address.yaml', ['bridge.ipv4.gateway: must differ from the address']],
    ['bad-gateway-not-ip.yaml', ['bridge.ipv4.gateway: not an IPv4 address like 192.168.1.10']],
    ['bad-name-too-long.yaml', ['bridge.name: at most 15 bytes (kernel interface-name limit)']],
    ['bad-manual-without-address.yaml', ['bridge.ipv4.address: required when method is manual']],
    ['bad-dns.json', ['bridge.ipv4.dns.1: not an IPv4 address like 192.168.1.10']],
  ])('%s', async (name, errors) => {
    expect(await loadAnswers(file(name))).toEqual({ ok: false, errors });
  });
});

describe('loadAnswers: unreadable or unparsable', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kvm-wizard-answers-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a missing file says it cannot be read, with the path', async () => {
    const missing = join(dir, 'nope.yaml');
    expect(await loadAnswers(missing)).toEqual({
      ok: false,
      errors: [`cannot read: ENOENT: no such file or directory, open '${missing}'`],
    });
  });

  // Syntax errors are written here, not kept in files/: Biome parses the YAML and JSON under test/.
  it('broken indentation in YAML: one line from the YAML parser', async () => {
    const path = join(dir, 'bad.yaml');
    writeFileSync(path, 'bridge:\n  name: br0\n   stp: false\n');
    expect(await loadAnswers(path)).toEqual({
      ok: false,
      errors: [
        'not valid YAML/JSON: Nested mappings are not allowed in compact mappings at line 2, column 9:',
      ],
    });
  });

  it('JSON with a trailing comma and no closing brace', async () => {
    const path = join(dir, 'bad.json');
    writeFileSync(path, '{ "bridge": { "name": "br0", }\n');
    expect(await loadAnswers(path)).toEqual({
      ok: false,
      errors: ['not valid YAML/JSON: Flow map must end with a } at line 2, column 1:'],
    });
  });

  it('a plain string is not a mapping', async () => {
    const path = join(dir, 'scalar.yaml');
    writeFileSync(path, 'just some text\n');
    expect(await loadAnswers(path)).toEqual({
      ok: false,
      errors: [
        '(top level): must be a mapping: indented "key: value" lines under it (found text "just some text")',
      ],
    });
  });
});

describe('validation messages follow the language', () => {
  const bad = {
    bridge: { name: 'my br', ipv4: { method: 'manual', address: '192.168.1.20/24', gateway: '10.0.0.1' } },
    vm: { vcpus: 0 },
    surprise: true,
  };
  afterEach(() => {
    setCatalogue(en);
    setValidationLanguage('en');
  });

  it('English: our messages and zod’s codes, all in the catalogue’s words', () => {
    expect(validateAnswers(bad)).toEqual({
      ok: false,
      errors: [
        'bridge.name: no spaces, "/", ":" or "%"',
        'bridge.ipv4.gateway: must be inside 192.168.1.0/24',
        'vm.vcpus: must be 1 or more (found the number 0)',
        'surprise: unknown key: the keys here are host, bridge, iso, vm',
      ],
    });
  });

  it('Japanese: both in Japanese, the keys as they are in the file', () => {
    setCatalogue(ja);
    setValidationLanguage('ja');
    expect(validateAnswers(bad)).toEqual({
      ok: false,
      errors: [
        'bridge.name: 空白、"/"、":"、"%" は使えません',
        'bridge.ipv4.gateway: 192.168.1.0/24 の範囲内にしてください',
        'vm.vcpus: 1 以上にしてください (書かれていた値: 数値 0)',
        'surprise: 不明なキーです: ここで使えるキーは host, bridge, iso, vm',
      ],
    });
  });
});
