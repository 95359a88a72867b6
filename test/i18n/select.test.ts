import { afterEach, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/args.js';
import { en } from '../../src/i18n/en.js';
import { ja } from '../../src/i18n/ja.js';
import { setCatalogue, t } from '../../src/i18n/messages.js';
import { applyLanguage, chooseCatalogue } from '../../src/i18n/select.js';

describe('chooseCatalogue', () => {
  it('takes LC_ALL before LANG', () => {
    expect(chooseCatalogue({ env: { LC_ALL: 'ja_JP.UTF-8', LANG: 'en_US.UTF-8' } })).toBe('ja');
  });

  it('takes LC_ALL=C over a Japanese LANG', () => {
    expect(chooseCatalogue({ env: { LC_ALL: 'C', LANG: 'ja_JP.UTF-8' } })).toBe('en');
  });

  it('takes LC_MESSAGES between LC_ALL and LANG', () => {
    expect(chooseCatalogue({ env: { LC_MESSAGES: 'ja_JP.UTF-8', LANG: 'en_US.UTF-8' } })).toBe('ja');
    expect(chooseCatalogue({ env: { LC_MESSAGES: 'C.UTF-8', LANG: 'ja_JP.UTF-8' } })).toBe('en');
    expect(chooseCatalogue({ env: { LC_ALL: 'en_US.UTF-8', LC_MESSAGES: 'ja_JP.UTF-8' } })).toBe('en');
  });

  it('skips empty variables, as POSIX says', () => {
    expect(chooseCatalogue({ env: { LC_ALL: '', LC_MESSAGES: '', LANG: 'ja_JP.UTF-8' } })).toBe('ja');
  });

  it('lets --lang win over the locale', () => {
    expect(chooseCatalogue({ lang: 'en', env: { LANG: 'ja_JP.UTF-8' } })).toBe('en');
    expect(chooseCatalogue({ lang: 'ja', env: { LC_ALL: 'C' } })).toBe('ja');
    expect(chooseCatalogue({ lang: 'JA', env: {} })).toBe('ja');
    expect(chooseCatalogue({ lang: 'ja_JP.UTF-8', env: {} })).toBe('ja');
  });

  it('refuses a --lang it has no catalogue for', () => {
    expect(() => chooseCatalogue({ lang: 'fr', env: {} })).toThrow(
      'Unknown language "fr" for --lang. Languages: ja, en',
    );
    expect(() => chooseCatalogue({ lang: 'japanese', env: {} })).toThrow(UsageError);
  });

  it('reads any Japanese locale, whatever its encoding', () => {
    for (const LANG of ['ja_JP.eucJP', 'ja_JP.UTF-8', 'ja_JP.utf8', 'ja_JP.SJIS', 'ja', 'japanese'])
      expect(chooseCatalogue({ env: { LANG } }), LANG).toBe('ja');
  });

  it('falls back to English', () => {
    expect(chooseCatalogue({ env: {} })).toBe('en');
    expect(chooseCatalogue({ env: { LANG: 'C' } })).toBe('en');
    expect(chooseCatalogue({ env: { LANG: 'POSIX' } })).toBe('en');
    expect(chooseCatalogue({ env: { LANG: 'de_DE.UTF-8' } })).toBe('en');
  });
});

describe('applyLanguage', () => {
  afterEach(() => setCatalogue(en));

  it('switches t() to the chosen catalogue', () => {
    expect(applyLanguage({ env: { LANG: 'ja_JP.UTF-8' } })).toBe('ja');
    expect(t('ui.stepOf', { n: 2, total: 9 })).toBe('ステップ 2/9');
    expect(t('cli.help')).toBe(ja['cli.help']);
    expect(applyLanguage({ lang: 'en', env: { LANG: 'ja_JP.UTF-8' } })).toBe('en');
    expect(t('ui.stepOf', { n: 2, total: 9 })).toBe('Step 2/9');
  });
});
