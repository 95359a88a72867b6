// The English and Japanese catalogues give the same commands: every command, option, path, unit and module
// name of an English message is in its Japanese message, and the other way round (the ja IOMMU hint once
// said `grubby --args` where the English said only `grubby`).
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { ja } from '../../src/i18n/ja.js';
import type { MessageKey } from '../../src/i18n/messages.js';

/** English words that look like code (hyphenated, abbreviated): prose, not commands. */
const ENGLISH_WORDS = new Set([
  'near-native',
  'power-cycle',
  'read-only',
  'hand-made',
  'comma-separated',
  'learn-more',
  'bare-metal',
  'type-1',
  'para-virtual',
  'built-in',
  'interface-name',
  'e.g',
  'self-signed',
]);

/**
 * The code in a message: tokens with `_` or `=` (intel_iommu=on), options (--args), absolute paths and URLs,
 * lower-case dotted names (cockpit.socket) and lower-case hyphenated names (kvm-intel, update-grub).
 */
function codeTokens(text: string): Set<string> {
  const tokens = (text.replace(/\{\w+\}/g, ' ').match(/[A-Za-z0-9_./:=@+~*-]+/g) ?? []).map((x) =>
    x.replace(/[.:,]+$/, ''),
  );
  const code = (x: string) =>
    /[a-z0-9]/.test(x) &&
    (/[_=]/.test(x) ||
      /^--?[a-z]/.test(x) ||
      /^\.?\//.test(x) ||
      x.includes('://') ||
      /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(x) ||
      /^[a-z0-9]+(-[a-z0-9]+)+$/.test(x));
  return new Set(tokens.filter((x) => code(x) && !ENGLISH_WORDS.has(x)));
}

describe('English and Japanese messages name the same commands', () => {
  it('finds the code in a message', () => {
    expect([
      ...codeTokens('(EL: grubby --args, Debian: /etc/default/grub + update-grub) intel_iommu=on'),
    ]).toEqual(['--args', '/etc/default/grub', 'update-grub', 'intel_iommu=on']);
    expect(codeTokens('near-native speed, e.g. a read-only file').size).toBe(0);
  });

  it('every message, both ways', () => {
    const drift: string[] = [];
    for (const key of Object.keys(en) as MessageKey[]) {
      const e = codeTokens(en[key]);
      const j = codeTokens(ja[key]);
      const onlyEn = [...e].filter((x) => !j.has(x));
      const onlyJa = [...j].filter((x) => !e.has(x));
      if (onlyEn.length || onlyJa.length)
        drift.push(`${key}: only in en [${onlyEn.join(' ')}], only in ja [${onlyJa.join(' ')}]`);
    }
    expect(drift).toEqual([]);
  });
});
