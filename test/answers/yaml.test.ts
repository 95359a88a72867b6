import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAnswers, validateAnswers } from '../../src/answers/load.js';
import { parseAnswersYaml } from '../../src/answers/parse-yaml.js';

/** Answers are plain data: whatever YAML can say beyond that is refused, naming what and where. */
const errorsOf = (yaml: string) => {
  const r = parseAnswersYaml(yaml);
  return r.ok ? r.data : r.errors;
};

const ONLY_PLAIN = 'is not allowed (only plain mappings, lists, strings, numbers, true/false, null)';

describe('YAML tags that make other types are refused', () => {
  it.each([
    // This one became a Map that passed validation as an empty bridge section.
    ['!!omap', 'bridge: !!omap [ {name: br1} ]', [`bridge: the YAML tag !!omap ${ONLY_PLAIN}`]],
    ['!!set', 'bridge: !!set {name, stp}', [`bridge: the YAML tag !!set ${ONLY_PLAIN}`]],
    ['!!binary', 'vm:\n  name: !!binary dm0x', [`vm.name: the YAML tag !!binary ${ONLY_PLAIN}`]],
    [
      '!!timestamp',
      'vm:\n  name: !!timestamp 2001-12-14',
      [`vm.name: the YAML tag !!timestamp ${ONLY_PLAIN}`],
    ],
    ['!!pairs', 'bridge: !!pairs [ {name: br1} ]', [`bridge: the YAML tag !!pairs ${ONLY_PLAIN}`]],
    ['a custom tag', 'vm:\n  name: !foo vm1', [`vm.name: the YAML tag !foo ${ONLY_PLAIN}`]],
    ['a custom tag at the top', '!answers\nvm: {}', [`(top level): the YAML tag !answers ${ONLY_PLAIN}`]],
    [
      'a tag on a key (keys are plain strings)',
      '!!binary Zm9v: 1',
      ['a key at line 1 is a list or a mapping: keys are plain words'],
    ],
    [
      'a verbatim tag',
      'vm: !<tag:example.com,2000:vm> {}',
      [`vm: the YAML tag tag:example.com,2000:vm ${ONLY_PLAIN}`],
    ],
    [
      'under YAML 1.1',
      '%YAML 1.1\n---\nbridge: !!omap [ {name: br1} ]',
      [`bridge: the YAML tag !!omap ${ONLY_PLAIN}`],
    ],
  ])('%s', (_name, yaml, errors) => {
    expect(errorsOf(yaml)).toEqual(errors);
  });

  it('a core tag that only says what the value is stays allowed: !!str 12 is "12"', () => {
    expect(errorsOf('vm:\n  name: !!str 12\n  vcpus: !!int 2')).toEqual({ vm: { name: '12', vcpus: 2 } });
  });

  it('the file loads end to end: !!omap no longer passes as an empty bridge', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kvm-wizard-answers-yaml-'));
    try {
      const file = join(dir, 'omap.yaml');
      writeFileSync(file, 'bridge: !!omap\n  - name: br1\n');
      expect(await loadAnswers(file)).toEqual({
        ok: false,
        errors: [`bridge: the YAML tag !!omap ${ONLY_PLAIN}`],
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('keys', () => {
  it.each([
    ['at the top', 'vm: {}\nbridge: {}\nvm: {name: x}', ['vm: the key is given twice']],
    [
      'nested, with its path',
      'bridge:\n  name: br0\n  stp: true\n  name: br1',
      ['bridge.name: the key is given twice'],
    ],
    ['in a flow mapping', 'bridge: {name: a, name: b}', ['bridge.name: the key is given twice']],
    [
      'written differently but the same',
      'bridge:\n  name: a\n  "name": b',
      ['bridge.name: the key is given twice'],
    ],
  ])('a duplicate key %s is named', (_name, yaml, errors) => {
    expect(errorsOf(yaml)).toEqual(errors);
  });

  it('a merge key (<<) is not merged: it stays a key, unknown to the schema', () => {
    const yaml = 'bridge: &b {stp: true}\nvm:\n  <<: *b';
    expect(errorsOf(yaml)).toEqual({ bridge: { stp: true }, vm: { '<<': { stp: true } } });
    expect(errorsOf(`%YAML 1.1\n---\n${yaml}`)).toEqual({
      bridge: { stp: true },
      vm: { '<<': { stp: true } },
    });
    const parsed = parseAnswersYaml(yaml);
    expect(parsed.ok && validateAnswers(parsed.data)).toEqual({
      ok: false,
      errors: [
        'vm.<<: unknown key: the keys here are name, vcpus, memoryMiB, diskGiB, network, osVariant, graphics',
      ],
    });
  });

  it('a second document is refused, not ignored', () => {
    expect(errorsOf('---\nvm: {name: a}\n---\niso: {path: /etc/passwd}\n')).toEqual([
      expect.stringContaining('multiple documents'),
    ]);
  });

  it('__proto__ is an ordinary key, not a prototype', () => {
    const data = errorsOf('__proto__: {polluted: true}') as Record<string, unknown>;
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.keys(data)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a mapping as a key is refused', () => {
    expect(errorsOf('vm: {}\n? [a, b]\n: c')).toEqual([
      'a key at line 2 is a list or a mapping: keys are plain words',
    ]);
  });
});

describe('aliases and size', () => {
  const bomb = (() => {
    let yaml = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
    let previous = 'a';
    for (const name of 'bcdefghi') {
      yaml += `${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]\n`;
      previous = name;
    }
    return yaml;
  })();

  it('a billion laughs is stopped, with a named error', () => {
    expect(errorsOf(bomb)).toEqual(['YAML aliases (*name) used too many times: write the values out']);
  });

  it('a few aliases are fine', () => {
    expect(errorsOf('dns: &dns [1.1.1.1]\nother: *dns')).toEqual({ dns: ['1.1.1.1'], other: ['1.1.1.1'] });
  });

  it('a megabyte of newlines stops at the token limit', () => {
    expect(errorsOf('\n'.repeat(1024 * 1024))).toEqual([
      'more than 5000 YAML tokens: an answers file is a few dozen lines',
    ]);
  });

  it.each([
    ['flow brackets', '['.repeat(5000), 1],
    ['block sequences on one line', '- '.repeat(5000), 1],
    // Line 101: 100 columns of indentation and one ':'.
    ['indentation', Array.from({ length: 200 }, (_, i) => `${' '.repeat(i)}a:`).join('\n'), 101],
  ])('nesting by %s is refused before the parser recurses', (_name, yaml, line) => {
    expect(errorsOf(yaml)).toEqual([
      `nested or indented too deeply at line ${line} (at most 100 levels and columns)`,
    ]);
  });

  it('the line is counted through block and quoted scalars that span lines', () => {
    const yaml = `a: |\n  one\n  two\nb: "x\n  y"\nc: ${'['.repeat(150)}`;
    expect(errorsOf(yaml)).toEqual([
      'nested or indented too deeply at line 6 (at most 100 levels and columns)',
    ]);
  });

  it('the real nesting of an answers file is far from the limit', () => {
    expect(errorsOf('{"bridge": {"ipv4": {"dns": ["1.1.1.1"]}}}')).toEqual({
      bridge: { ipv4: { dns: ['1.1.1.1'] } },
    });
  });
});
