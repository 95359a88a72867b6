import { stringify } from 'yaml';
import type { Hostile } from './hostile-answers.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Values the schema may well accept yet are written to hurt a shell script: quotes, `$(...)`, backticks,
 * globs, separators, leading dashes, every length limit. Mostly accepted, so the plan and the exported script
 * get hostile text, not just the loader.
 */
const SHELLY = [
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell expansion, for a shell to misread
  '$(touch${IFS}x)',
  '`touch`',
  "a'b",
  'a"b',
  'a;id',
  'a|id',
  'a&&id',
  '*',
  '?',
  '~',
  '!x',
  'a\\b',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell expansion, for a shell to misread
  '${HOME}',
  '$HOME',
];
const PLAUSIBLE = {
  ifname: [...SHELLY, 'br0', 'e'.repeat(15), '-br', '..', 'a#b', "'", '>x', '<x', '(x)'],
  path: [
    '/var/lib/libvirt/images/a b.iso',
    "/tmp/$(touch pwned)/x'.iso",
    '/x;touch y',
    '/`id`',
    '/-rf',
    `/${'a'.repeat(255)}`,
    `/${'a'.repeat(256)}`,
    '/*',
    '/$HOME/"x".iso',
    '/',
    '/dev/zero',
  ],
  url: [
    'https://example.org/$(touch%20x).iso',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell expansion, for a shell to misread
    "https://example.org/a';touch${IFS}x;'.iso",
    'https://example.org/`id`.iso',
    'https://example.org/x.iso?a=1&b=$(id)',
    'http://[::1]/x.iso',
    'https://user:pa$$@example.org/x.iso',
    `https://example.org/${'a'.repeat(3000)}.iso`,
    'https://example.org/x.iso#"; id',
    'https://-x.example/x.iso',
  ],
  catalog: ['centos-stream-9', 'x.-', 'zz', 'alma9'],
  vmName: ['a+b', 'x..', 'A'.repeat(63), 'a.qcow2', 'vm_1-2.3', '-x', 'a$b'],
  osVariant: ['a.b-c', 'z'.repeat(64), 'centos-stream9', 'rhel9.4'],
  address: ['10.0.0.2/8', '192.168.1.254/24', '1.2.3.4/32', '10.0.0.5/31', '192.168.10.21/24'],
  gateway: ['10.0.0.1', '192.168.1.1', '1.2.3.4', '192.168.10.1'],
  dns: ['1.1.1.1', '8.8.8.8', '192.168.10.1', '0.0.0.0', '255.255.255.255'],
} as const;

export function plausibleFile(random: () => number): Hostile {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const maybe = (p = 0.6) => random() < p;
  const data: { [key: string]: Json } = {};
  if (maybe(0.3)) data.host = { allowNoVirt: maybe(0.5) };
  if (maybe()) {
    const bridge: { [key: string]: Json } = {};
    if (maybe()) bridge.name = pick(PLAUSIBLE.ifname);
    if (maybe()) bridge.interface = pick(PLAUSIBLE.ifname);
    if (maybe(0.3)) bridge.stp = maybe(0.5);
    if (maybe(0.3)) bridge.rollbackTimeout = pick([15, 90, 600]);
    if (maybe(0.5)) {
      bridge.ipv4 = maybe(0.3)
        ? { method: 'auto' }
        : { method: 'manual', address: pick(PLAUSIBLE.address), gateway: pick(PLAUSIBLE.gateway) };
      if (maybe(0.5))
        bridge.ipv4.dns = Array.from({ length: 1 + Math.floor(random() * 8) }, () => pick(PLAUSIBLE.dns));
    }
    data.bridge = bridge;
  }
  if (maybe()) {
    const kind = pick(['path', 'catalog', 'url', 'url']);
    if (kind === 'path') data.iso = { path: pick(PLAUSIBLE.path) };
    else if (kind === 'catalog') data.iso = { catalog: pick(PLAUSIBLE.catalog) };
    else
      data.iso = {
        url: pick(PLAUSIBLE.url),
        ...(maybe() ? { sha256: pick(['a'.repeat(64), `${'ABCDEF'.repeat(10)}0123`]) } : {}),
        ...(maybe(0.4) ? { checksumUrl: pick(PLAUSIBLE.url).replace(/^http:/, 'https:') } : {}),
      };
  }
  if (maybe()) {
    const vm: { [key: string]: Json } = {};
    if (maybe()) vm.name = pick(PLAUSIBLE.vmName);
    if (maybe(0.4)) vm.vcpus = pick([1, 512]);
    if (maybe(0.4)) vm.memoryMiB = pick([256, 16 * 1024 * 1024]);
    if (maybe(0.4)) vm.diskGiB = pick([1, 65536]);
    if (maybe(0.4)) vm.network = pick(['bridge', 'nat']);
    if (maybe(0.4)) vm.osVariant = pick(PLAUSIBLE.osVariant);
    if (maybe(0.3)) vm.graphics = pick(['vnc', 'spice']);
    data.vm = vm;
  }
  const json = maybe(0.3);
  const recipe = [`plausible ${JSON.stringify(data).slice(0, 300)}`, json ? 'as JSON' : 'as YAML'];
  return { recipe, bytes: Buffer.from(json ? JSON.stringify(data) : stringify(data, { lineWidth: 0 })) };
}
