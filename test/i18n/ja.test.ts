import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { ja } from '../../src/i18n/ja.js';
import type { MessageKey } from '../../src/i18n/messages.js';
import { displayWidth } from '../../src/i18n/width.js';

const keys = Object.keys(en) as MessageKey[];
/** A key the Japanese catalogue lacks (tsc says so too) reads as '' here, so each test names it. */
const jaText = (key: MessageKey): string => ja[key] ?? '';

/** Keys whose Japanese text is rightly the same as the English: a command name, a product name and a URL, units only. */
const SAME_AS_ENGLISH: readonly MessageKey[] = [
  // i-learn: facts labels that are a path and product names
  'facts.label.devKvm',
  'facts.label.nm',
  'facts.label.selinux',
  'step.validate.title', // virt-host-validate, a command
  'services.cockpitUrl', // Cockpit: {url}
  'iso.progressUnknown', // {done} MiB · {rate} MiB/s
  'vm.graphics.vnc', // VNC, a protocol
  'vm.graphics.spice', // SPICE, a protocol
  'bridge.nic', // {state} · {address} · {speed}
  'bridge.nicSpeed', // {mbps} Mb/s
];

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const unique = (list: (string | undefined)[]) => [...new Set(list)].sort();

/** Flags (--dry-run, -t) and absolute paths (/dev/kvm): the user types these, so they must survive translation. */
const literals = (text: string) =>
  unique(
    [...text.matchAll(/(?:^|[\s(`[])(--?[a-zA-Z][\w-]*|\/[\w.-]+(?:\/[\w.-]+)*)/g)].map((m) =>
      m[1]?.replace(/[.,;:]+$/, ''),
    ),
  );

describe('Japanese catalogue', () => {
  it('has every English key, non-empty, and no other key', () => {
    expect(Object.keys(ja).sort()).toEqual([...keys].sort());
    for (const key of keys) expect(jaText(key).trim(), key).not.toBe('');
  });

  it('uses exactly the placeholders of the English text, key by key', () => {
    for (const key of keys)
      expect(unique(placeholders(jaText(key))), key).toEqual(unique(placeholders(en[key])));
  });

  it('is translated: no text equals the English, except the listed ones', () => {
    const same = keys.filter((key) => jaText(key) === en[key]);
    expect(same.sort()).toEqual([...SAME_AS_ENGLISH].sort());
  });

  it('keeps every flag and absolute path of the English text', () => {
    for (const key of keys) {
      const missing = literals(en[key]).filter((literal) => literal && !jaText(key).includes(literal));
      expect(missing, key).toEqual([]);
    }
  });

  it('keeps every option and placeholder word of the help (PROFILE, FILE, NO_COLOR, …)', () => {
    const words = (text: string) => unique(text.match(/\b[A-Z][A-Z_]{2,}\b/g) ?? []);
    expect(words(ja['cli.help'])).toEqual(expect.arrayContaining(words(en['cli.help'])));
  });

  it('fits the help in 80 columns, even where ambiguous-width characters (—) take two', () => {
    const tooWide = ja['cli.help']
      .split('\n')
      .filter((line) => displayWidth(line, { ambiguousWide: true }) > 80);
    expect(tooWide).toEqual([]);
  });

  it('keeps the help columns: option descriptions start where the English ones do', () => {
    const columnOf = (help: string, option: string) => {
      const line = help.split('\n').find((l) => l.trimStart().startsWith(option)) ?? '';
      const match = /^(\s*\S.*?\S)\s{2,}/.exec(line);
      return match ? displayWidth(match[0]) : -1;
    };
    for (const option of ['-y, --yes', '--simulate', '--only', 'kvm-wizard facts', 'kvm-wizard export'])
      if (en['cli.help'].includes(option))
        expect(columnOf(ja['cli.help'], option), option).toBe(columnOf(en['cli.help'], option));
  });

  it('stays about as wide as the English (the wizard renders at 80×24)', () => {
    const tooLong = keys.filter((key) => displayWidth(jaText(key)) > displayWidth(en[key]) * 1.5 + 10);
    expect(tooLong).toEqual([]);
  });
});
