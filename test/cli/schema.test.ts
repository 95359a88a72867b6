import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// ajv's draft 2020-12 build: an independent JSON Schema validator, as an editor or a CI job would use.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { validateAnswers } from '../../src/answers/load.js';
import { answersJsonSchema, CIDR_PATTERN, IPV4_PATTERN } from '../../src/cli/schema.js';
import { isValidIpv4, parseCidr } from '../../src/net/ipv4.js';

const ROOT = join(import.meta.dirname, '../..');
const FILES = join(ROOT, 'test/answers/files');

/** ajv's default strict mode: an unknown keyword or format in our schema is an error, not silently ignored. */
function compileSchema() {
  const ajv = new Ajv2020({ allErrors: true, formats: { uri: (s: string) => URL.canParse(s) } });
  return ajv.compile(answersJsonSchema());
}
const compiled = compileSchema();
const compile = () => compiled;

/** The YAML block under the README's "Answers file" heading, as a user would copy it. */
function readmeExample(): unknown {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### Answers file'));
  const block = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
  if (!block) throw new Error('README has no yaml block under "### Answers file"');
  return parseYaml(block);
}

/** Golden answers files (test/cases/…/answers.yaml or *.answers.yaml), when the golden cases exist. */
function goldenAnswers(dir = join(ROOT, 'test/cases')): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(e.parentPath, e.name);
    if (e.isDirectory()) return goldenAnswers(p);
    return /(^|\.)answers\.(ya?ml|json)$/.test(e.name) ? [p] : [];
  });
}

const load = (path: string) => parseYaml(readFileSync(path, 'utf8')) ?? {};
const exampleFiles = readdirSync(FILES).filter((f) => !f.startsWith('bad-'));
const badFiles = readdirSync(FILES).filter((f) => f.startsWith('bad-'));

describe('kvm-wizard schema: the answers model as JSON Schema 2020-12', () => {
  const schema = answersJsonSchema();

  it('is draft 2020-12 and compiles in strict ajv', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(() => compileSchema()).not.toThrow();
  });

  it('every strict object refuses unknown keys (additionalProperties: false)', () => {
    const objects: Array<Record<string, unknown>> = [];
    const walk = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      if (n.type === 'object') objects.push(n);
      for (const v of Object.values(n)) walk(v);
    };
    walk(schema);
    // answers, host, bridge, ipv4, the three iso forms, vm.
    expect(objects).toHaveLength(8);
    for (const o of objects) expect(o.additionalProperties).toBe(false);
  });

  it('documents what it cannot enforce (the manual-address rules) in description', () => {
    type Node = { description?: string; properties: Record<string, Node> };
    const bridge = (schema as unknown as Node).properties.bridge as Node;
    expect(bridge.properties.ipv4?.description).toMatch(/gateway is inside that subnet/);
    expect(bridge.properties.name?.description).toMatch(/15 bytes/);
  });

  it.each(exampleFiles)('validates the example %s', (name) => {
    const validate = compile();
    const data = load(join(FILES, name));
    expect(validateAnswers(data).ok).toBe(true);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });

  it("validates the README's example answers", () => {
    const validate = compile();
    const data = readmeExample();
    expect(validateAnswers(data).ok).toBe(true);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });

  it('validates every golden answers file (test/cases), when there are any', () => {
    const validate = compile();
    for (const path of goldenAnswers()) expect(validate(load(path)), path).toBe(true);
  });

  it.each(badFiles)('refuses %s, which zod refuses too', (name) => {
    const data = load(join(FILES, name));
    expect(validateAnswers(data).ok).toBe(false);
    // Structural mistakes (unknown keys, wrong shapes, bad addresses) the schema can say; the rules that
    // relate two fields (gateway inside the subnet, not the address itself) only zod checks.
    const crossField = [
      'bad-gateway-outside.yaml',
      'bad-gateway-is-address.yaml',
      'bad-manual-without-address.yaml',
    ];
    expect(compile()(data)).toBe(crossField.includes(name));
  });

  it.each([
    [{ bridge: { stp: 'yes' } }],
    [{ vm: { vcpus: 0 } }],
    [{ vm: { name: '-x' } }],
    [{ iso: { url: 'https://example.org/a.iso' } }],
    [{ iso: { url: 'https://example.org/a.iso', sha256: 'a'.repeat(64), checksumUrl: 'http://x/S' } }],
    [{ iso: { path: 'relative.iso' } }],
    [{ iso: { path: '/a.iso', catalog: 'rocky-9' } }],
    [{ bridge: { name: '..' } }],
    [{ bridge: { rollbackTimeout: 5 } }],
  ])('refuses %j like zod does', (data) => {
    expect(validateAnswers(data).ok).toBe(false);
    expect(compile()(data)).toBe(false);
  });

  it('the address patterns accept exactly what the wizard accepts', () => {
    const ip = new RegExp(IPV4_PATTERN);
    const cidr = new RegExp(CIDR_PATTERN);
    const samples = [
      '1.2.3.4',
      '0.0.0.0',
      '255.255.255.255',
      '01.2.3.4',
      '256.1.1.1',
      '1.2.3',
      '1.2.3.4.5',
      ' 1.2.3.4',
      '1.2.3.4\n',
      '',
    ];
    for (const s of samples) expect(ip.test(s), s).toBe(isValidIpv4(s));
    const prefixes = ['/0', '/1', '/01', '/24', '/32', '/33', '/', '/124'];
    for (const s of samples.flatMap((a) => prefixes.map((p) => a + p)))
      expect(cidr.test(s), s).toBe(parseCidr(s) !== undefined);
  });
});
