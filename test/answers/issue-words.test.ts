// i-forms2: every zod issue code in the catalogue's words, once per key, in English and Japanese.
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeIssues } from '../../src/answers/field-issues.js';
import { setValidationLanguage, validateAnswers } from '../../src/answers/load.js';
import { en } from '../../src/i18n/en.js';
import { ja } from '../../src/i18n/ja.js';
import { setCatalogue } from '../../src/i18n/messages.js';

afterEach(() => {
  setCatalogue(en);
  setValidationLanguage('en');
});

const errorsOf = (data: unknown) => {
  const r = validateAnswers(data);
  return r.ok ? [] : r.errors;
};

/** zod's own wording, English and Japanese (its locales), which must never reach the user. */
const ZOD_WORDS =
  /Invalid (input|option)|Too (big|small)|expected (number|int|boolean|string|object|array)|received|無効な|大きすぎ|小さすぎ|期待されました|必要があります/;

/** An answers file with a wrong value of every kind the schema can meet. */
const WRONG = {
  host: { allowNoVirt: 'yes' },
  bridge: {
    stp: 1,
    name: 42,
    rollbackTimeout: 1e20,
    ipv4: { method: 'manual', address: '10.0.0.5/24', gateway: '10.1.0.1', dns: '1.1.1.1' },
    extra: true,
  },
  vm: { memoryMiB: 'abc', diskGiB: 1e20, vcpus: 1.5, network: 'foo', graphics: null, osVariant: [] },
};

describe('validate: zod’s issue codes in the catalogue’s words', () => {
  it('names the field, the fix and what was found, one line per key', () => {
    expect(errorsOf(WRONG)).toEqual([
      'host.allowNoVirt: must be true or false, written without quotes (found text "yes")',
      'bridge.name: must be text: put it in quotes when YAML would read it as a number or true/false (found the number 42)',
      'bridge.stp: must be true or false, written without quotes (found the number 1)',
      'bridge.ipv4.dns: must be a list: one "- value" line per item, or [a, b] (found text "1.1.1.1")',
      // The rule between address and gateway still runs when dns has the wrong type: all problems at once.
      'bridge.ipv4.gateway: must be inside 10.0.0.0/24',
      // 1e20 is over the field's maximum and over the safe-integer range: said once, with the field's own bound.
      'bridge.rollbackTimeout: must be 600 or less (found the number 100000000000000000000)',
      'bridge.extra: unknown key: the keys here are name, interface, stp, ipv4, rollbackTimeout, reconnectTimeout',
      'vm.vcpus: must be a whole number from 1 to 512, written without quotes (found the number 1.5)',
      'vm.memoryMiB: must be a whole number from 256 to 16777216, written without quotes (found text "abc")',
      'vm.diskGiB: must be 65536 or less (found the number 100000000000000000000)',
      'vm.network: must be one of bridge, nat (found text "foo")',
      'vm.osVariant: must be text: put it in quotes when YAML would read it as a number or true/false (found a list)',
      'vm.graphics: must be one of vnc, spice (found nothing (an empty value or null))',
    ]);
  });

  it('in Japanese, every line is the catalogue’s Japanese, never zod’s', () => {
    setCatalogue(ja);
    setValidationLanguage('ja');
    const errors = errorsOf(WRONG);
    expect(errors).toHaveLength(13);
    expect(errors).toContain(
      'vm.memoryMiB: 256 から 16777216 までの整数を引用符なしで書いてください (書かれていた値: 文字列 "abc")',
    );
    expect(errors).toContain(
      'bridge.stp: true か false を引用符なしで書いてください (書かれていた値: 数値 1)',
    );
    expect(errors).toContain(
      'vm.network: bridge, nat のどれかを書いてください (書かれていた値: 文字列 "foo")',
    );
    for (const e of errors) expect(e).not.toMatch(ZOD_WORDS);
  });

  it('a missing key says it is missing; .nan and .inf are named; found text is cut and shown harmlessly', () => {
    expect(
      errorsOf({
        bridge: { ipv4: { address: '10.0.0.5/24' } },
        vm: { vcpus: Number.NaN, memoryMiB: Number.POSITIVE_INFINITY, name: 7 },
      }),
    ).toEqual([
      'bridge.ipv4.method: missing: give one of auto, manual',
      'vm.name: must be text: put it in quotes when YAML would read it as a number or true/false (found the number 7)',
      'vm.vcpus: must be a whole number from 1 to 512, written without quotes (found .nan, not a number that can be used)',
      'vm.memoryMiB: must be a whole number from 256 to 16777216, written without quotes (found .inf, not a number that can be used)',
    ]);
    const [line] = errorsOf({ vm: { vcpus: `\u001b[31m${'x'.repeat(100)}` } });
    expect(line).toBe(
      `vm.vcpus: must be a whole number from 1 to 512, written without quotes (found text "\\e[31m${'x'.repeat(35)}…")`,
    );
  });

  it('codes the answers schema does not produce today have words too (format, multiple, key, union, custom)', () => {
    const schema = z.object({
      url: z.url(),
      even: z.number().multipleOf(2),
      tags: z.record(z.string().regex(/^[a-z]+$/), z.string()),
      either: z.union([z.string(), z.number()]),
      odd: z.number().refine((n) => n % 2 === 1),
      few: z.array(z.string()).max(1),
      big: z.number().lt(10),
    });
    const parsed = schema.safeParse(
      { url: 'nope', even: 3, tags: { BAD: 'x' }, either: [], odd: 2, few: ['a', 'b'], big: 10 },
      { reportInput: true },
    );
    expect(parsed.success).toBe(false);
    const issues = parsed.success ? [] : describeIssues(parsed.error, { mode: 'file' });
    expect(issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'url: not written as a valid url (found text "nope")',
      'even: must be a multiple of 2 (found the number 3)',
      'tags.BAD: holds a key or an item that is not allowed',
      'either: matches none of the forms this key takes (found a list)',
      'odd: not a valid value (found the number 2)',
      'few: at most 1 items (found a list)',
      'big: must be less than 10 (found the number 10)',
    ]);
  });
});
