// --facts FILE: the document `facts --json` prints is read back whole and checked; a wrong file says what
// is wrong by key path, an unknown version says which versions this kvm-wizard reads.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FACTS_FILE_LIMIT, loadFactsFile, parseFactsDocument } from '../../src/cli/facts-file.js';
import { factsDocument } from '../../src/facts/schema.js';
import { freshFacts } from '../plan/facts-builder.js';

const dir = mkdtempSync(join(tmpdir(), 'kvm-wizard-facts-'));
const CASE = join(import.meta.dirname, '..', 'cases', 'release-centos-stream9', 'facts.json');
const doc = () => JSON.parse(readFileSync(CASE, 'utf8'));
const errors = (data: unknown) => {
  const r = parseFactsDocument(data);
  if (r.ok) throw new Error('accepted');
  return r.errors;
};

describe('parseFactsDocument', () => {
  it('reads what facts --json prints, unchanged', () => {
    const facts = freshFacts('el9');
    const r = parseFactsDocument(JSON.parse(JSON.stringify(factsDocument(facts))));
    expect(r).toEqual({ ok: true, facts });
  });

  it('an unknown version names it and the version this kvm-wizard reads', () => {
    expect(errors({ ...doc(), version: 2 })).toEqual([
      'facts format version 2 is not one this kvm-wizard reads (it reads version 1). Capture the facts again with this kvm-wizard: kvm-wizard facts --json',
    ]);
    // A hostile version is quoted as JSON: no raw control character reaches the terminal.
    expect(errors({ ...doc(), version: '1\x1b[2J' })[0]).toMatch(
      /^facts format version "1\\u001b\[2J" is not one/,
    );
  });

  it('bare facts (no format) or not an object: says what a facts file looks like', () => {
    for (const data of [doc().facts, null, [], 'text', 42])
      expect(errors(data)).toEqual([
        'not a kvm-wizard facts file: expected {"format": "kvm-wizard-facts", "version": 1, "facts": {…}}, as kvm-wizard facts --json prints it',
      ]);
  });

  it('wrong content is named by its path, unknown keys too', () => {
    const d = doc();
    d.facts.cpu.count = 'four';
    d.facts.nm.connections[0].uuid = 7;
    d.facts.uplink.connection.ipv4.method = 'static';
    d.facts.mtu = 1500;
    delete d.facts.memoryMiB;
    const e = errors(d);
    expect(e).toHaveLength(5);
    expect(e).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^facts\.cpu\.count: /),
        expect.stringMatching(/^facts\.nm\.connections\.0\.uuid: /),
        expect.stringMatching(/^facts\.uplink\.connection\.ipv4\.method: /),
        'facts.mtu: unknown key',
        expect.stringMatching(/^facts\.memoryMiB: /),
      ]),
    );
    expect(errors({ ...doc(), extra: 1 })).toEqual(['extra: unknown key']);
  });

  it('a file of garbage lists the first 20 problems and counts the rest', () => {
    const d = doc();
    d.facts.isos = Array.from({ length: 50 }, () => ({ path: 1, sizeBytes: 'x' }));
    const e = errors(d);
    expect(e).toHaveLength(21);
    expect(e[20]).toBe('… and 80 more problems');
  });
});

describe('loadFactsFile reads safely', () => {
  it('the golden case file', async () => {
    const r = await loadFactsFile(CASE);
    expect(r.ok && r.facts.os.prettyName).toBe('CentOS Stream 9');
  });

  it.each([
    ['missing', join(dir, 'nope.json'), /^cannot read: ENOENT/],
    ['a directory', dir, /^not a regular file/],
    ['a device that never ends', '/dev/zero', /^not a regular file/],
  ])('%s', async (_, path, message) => {
    const r = await loadFactsFile(path);
    expect(r.ok ? 'accepted' : r.errors[0]).toMatch(message);
  });

  it('a FIFO with no writer does not hang the open', async () => {
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    const r = await loadFactsFile(fifo);
    expect(r.ok ? 'accepted' : r.errors[0]).toMatch(/^not a regular file/);
  });

  it('too large, not UTF-8, not JSON', async () => {
    const big = join(dir, 'big.json');
    writeFileSync(big, Buffer.alloc(FACTS_FILE_LIMIT + 1, 0x20));
    const bad = join(dir, 'latin1.json');
    writeFileSync(bad, Buffer.from([0x7b, 0xe9, 0x7d]));
    const text = join(dir, 'text.json');
    writeFileSync(text, 'format: kvm-wizard-facts');
    const first = async (p: string) => {
      const r = await loadFactsFile(p);
      return r.ok ? 'accepted' : r.errors[0];
    };
    expect(await first(big)).toBe(`too large: more than ${FACTS_FILE_LIMIT} bytes`);
    expect(await first(bad)).toBe('not UTF-8 text');
    expect(await first(text)).toMatch(/^not valid JSON: /);
  });
});
