import { stringify } from 'yaml';

/**
 * Hostile answers files for the fuzz test: a valid file, its structure mutated (wrong types, huge numbers,
 * NaN-ish strings, deep nesting, control characters in every string, huge strings, unknown keys), then its
 * text (tags, aliases, alias bombs, duplicate and merge keys, broken bytes). Seeded, so a failure reproduces.
 */

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export const VALID: { [key: string]: Json } = {
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
  iso: { url: 'https://example.org/x.iso', sha256: 'a'.repeat(64) },
  vm: { name: 'vm1', vcpus: 2, memoryMiB: 2048, diskGiB: 20, network: 'bridge', osVariant: 'centos-stream9' },
};

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
const NASTY_STRINGS = [
  '',
  ' ',
  'NaN',
  '.nan',
  'Infinity',
  '-.inf',
  '1e999',
  '0x10',
  '0o17',
  '+12',
  '-0',
  'null',
  '~',
  'yes',
  'on',
  '$(touch /tmp/PWNED)',
  '`id`',
  "'; rm -rf / #",
  '--help',
  '-rf',
  '.',
  '..',
  '../../etc/passwd',
  '/dev/zero',
  'brü',
  '\u202eosi.exe',
  '👍',
  'e\u0301',
  'https://user:pass@example.org/x.iso',
  'file:///etc/shadow',
  '__proto__',
];
const NASTY_NUMBERS = [
  0,
  -1,
  1.5,
  1e308,
  -1e308,
  2 ** 53 + 1,
  Number.MAX_SAFE_INTEGER,
  -0,
  15,
  600,
  65536,
  16777216,
];
const KEYS = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'nmae',
  '',
  ' ',
  'a\u001bb',
  '<<',
  '0',
];

export interface Hostile {
  /** What was done to the valid file, for the failure message. */
  recipe: string[];
  bytes: Buffer;
}

export function hostileFile(random: () => number): Hostile {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const recipe: string[] = [];
  const data = structuredClone(VALID) as Json;
  /** Every container in the data, with the keys (or indexes) it holds. */
  const slots = () => {
    const found: Array<[Record<string, Json> | Json[], string | number]> = [];
    const walk = (v: Json, depth: number) => {
      if (depth > 6 || v === null || typeof v !== 'object') return;
      for (const [k, inner] of Object.entries(v)) {
        found.push([v, Array.isArray(v) ? Number(k) : k]);
        walk(inner, depth + 1);
      }
    };
    walk(data, 0);
    return found;
  };
  const hostileValue = (): Json => {
    const kind = pick(['string', 'control', 'huge', 'number', 'type', 'deep', 'wide']);
    recipe.push(kind);
    if (kind === 'string') return pick(NASTY_STRINGS);
    if (kind === 'control') return `br${pick(CONTROLS)}0`;
    if (kind === 'huge') return 'x'.repeat(pick([256, 4097, 70_000, 70_000, 300_000]));
    if (kind === 'number') return pick(NASTY_NUMBERS);
    if (kind === 'type') return pick<Json>([null, true, [], {}, ['a', 1], { a: { b: 1 } }, 0]);
    if (kind === 'deep') {
      let v: Json = 'x';
      for (let i = pick([5, 30, 60]); i > 0; i--) v = random() < 0.5 ? [v] : { k: v };
      return v;
    }
    return Array.from({ length: pick([9, 50, 2000]) }, (_, i) => `10.0.0.${i % 256}`);
  };
  for (let n = 1 + Math.floor(random() * 4); n > 0; n--) {
    const [container, key] = pick(slots());
    if (random() < 0.2 && !Array.isArray(container)) {
      const unknown = pick(KEYS);
      recipe.push(`key ${JSON.stringify(unknown)}`);
      Object.defineProperty(container, unknown, {
        value: hostileValue(),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else (container as Record<string, Json>)[key] = hostileValue();
  }
  const json = random() < 0.3;
  let text = json ? JSON.stringify(data, null, random() < 0.5 ? 2 : 0) : stringify(data, { lineWidth: 0 });
  recipe.push(json ? 'as JSON' : 'as YAML');
  text = mutateText(text, random, pick, recipe);
  return { recipe, bytes: mutateBytes(Buffer.from(text), random, pick, recipe) };
}

function mutateText(
  text: string,
  random: () => number,
  pick: <T>(items: readonly T[]) => T,
  recipe: string[],
): string {
  if (random() > 0.5) return text;
  const lines = text.split('\n');
  const at = Math.floor(random() * lines.length);
  const kind = pick(['tag', 'alias', 'bomb', 'duplicate', 'merge', 'directive', 'crlf', 'tab', 'truncate']);
  recipe.push(kind);
  if (kind === 'tag') {
    const tag = pick([
      '!!omap',
      '!!set',
      '!!binary',
      '!!timestamp',
      '!!pairs',
      '!foo',
      '!!str',
      '!!int',
      '!<tag:x,2000:y>',
    ]);
    lines[at] = (lines[at] ?? '').replace(/(:\s|-\s)/, `$1${tag} `);
  } else if (kind === 'alias') {
    lines.unshift('x: &a [1, 2]');
    lines.push('y: *a', 'z: [*a, *a]');
  } else if (kind === 'bomb') {
    const names = 'abcdefghi';
    lines.unshift(
      `${names[0]}: &${names[0]} ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]`,
      ...[...names.slice(1)].map((n, i) => `${n}: &${n} [${Array(9).fill(`*${names[i]}`).join(',')}]`),
    );
  } else if (kind === 'duplicate') {
    lines.push(pick(['bridge: {}', 'vm: {name: vm2}', 'host: {allowNoVirt: true}']));
  } else if (kind === 'merge') {
    lines.unshift('base: &base {name: br9}');
    lines.push('vm:', '  <<: *base');
  } else if (kind === 'directive') {
    lines.unshift(pick(['%YAML 1.1', '%YAML 1.3', '%TAG !e! tag:example.com,2000:']), '---');
  } else if (kind === 'crlf') {
    return lines.join('\r\n');
  } else if (kind === 'tab') {
    lines[at] = `\t${lines[at]}`;
  } else {
    return text.slice(0, Math.floor(random() * text.length));
  }
  return lines.join('\n');
}

function mutateBytes(
  bytes: Buffer,
  random: () => number,
  pick: <T>(items: readonly T[]) => T,
  recipe: string[],
): Buffer {
  if (random() > 0.15 || bytes.length === 0) return bytes;
  const kind = pick(['flip', 'nul', 'latin1', 'bom', 'utf16']);
  recipe.push(kind);
  const at = Math.floor(random() * bytes.length);
  if (kind === 'flip') {
    const copy = Buffer.from(bytes);
    copy[at] = Math.floor(random() * 256);
    return copy;
  }
  if (kind === 'nul') return Buffer.concat([bytes.subarray(0, at), Buffer.from([0]), bytes.subarray(at)]);
  if (kind === 'latin1')
    return Buffer.concat([bytes.subarray(0, at), Buffer.from([0xe9, 0xff]), bytes.subarray(at)]);
  if (kind === 'bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]);
  return Buffer.from(bytes.toString('utf8'), 'utf16le');
}
