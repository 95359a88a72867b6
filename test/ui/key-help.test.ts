import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { ja } from '../../src/i18n/ja.js';
import type { MessageKey } from '../../src/i18n/messages.js';
import { BINDINGS, keyHelp } from '../../src/ui/keys/bindings.js';

const START =
  '<!-- keys: made from src/ui/keys/bindings.ts by test/ui/key-help.test.ts (UPDATE_README=1) -->';
const END = '<!-- /keys -->';

describe('key help', () => {
  it('README lists exactly the bindings the wizard has (UPDATE_README=1 rewrites it)', () => {
    const readme = readFileSync('README.md', 'utf8');
    const block = `${START}\n${keyHelp((k: MessageKey) => en[k])
      .map((l) => `- ${l}`)
      .join('\n')}\n${END}`;
    const start = readme.indexOf(START);
    const end = readme.indexOf(END);
    expect(start, 'README has the keys block').toBeGreaterThanOrEqual(0);
    const current = readme.slice(start, end + END.length);
    if (process.env.UPDATE_README && current !== block)
      writeFileSync('README.md', readme.replace(current, block));
    else expect(current).toBe(block);
  });

  it('says every bound action in both languages', () => {
    const lines = (say: (k: MessageKey) => string) => keyHelp(say).join('\n');
    for (const text of [lines((k) => en[k]), lines((k) => ja[k])]) {
      expect(text).toContain('Ctrl-U');
      expect(text).toContain('PgUp');
    }
    const helped = keyHelp((k) => k).join('\n');
    for (const action of Object.keys(BINDINGS)) expect(helped, action).not.toBe('');
    expect(keyHelp((k) => ja[k])).toHaveLength(keyHelp((k) => en[k]).length);
  });
});
