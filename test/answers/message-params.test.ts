import { afterEach, describe, expect, it } from 'vitest';
import { validateAnswers } from '../../src/answers/load.js';
import { en } from '../../src/i18n/en.js';
import { ja } from '../../src/i18n/ja.js';
import { setCatalogue, t } from '../../src/i18n/messages.js';
import { hasControlChars } from '../../src/i18n/visible.js';

/**
 * Text from the host and from files reaches the screen through the catalogue's parameters: a profile name, a
 * file name, an error. Its control characters are written out there, once for every message.
 */
describe('t(): parameters are shown harmlessly', () => {
  afterEach(() => setCatalogue(en));

  it('ESC in a profile name cannot recolour the terminal', () => {
    const name = 'br0\u001b[2J\u001b[31mroot ok';
    const shown = t('bridge.nameTaken', { name });
    expect(shown).toBe(
      'A connection or device named br0\\e[2J\\e[31mroot ok already exists. Choose another name.',
    );
    expect(hasControlChars(shown)).toBe(false);
  });

  it('a newline cannot start a line that looks like ours; CR cannot overwrite it; bidi cannot reorder it', () => {
    expect(t('cli.answersError', { file: 'a.yaml\n✓ All selected steps are done.\r\u202e' })).toBe(
      'Error in answers file a.yaml\\n✓ All selected steps are done.\\r\\u202e:',
    );
  });

  it('in Japanese too', () => {
    setCatalogue(ja);
    expect(hasControlChars(t('vm.nameTaken', { name: 'vm\u0007\u0000' }))).toBe(false);
  });

  it('the message text itself and plain parameters are unchanged', () => {
    expect(t('vm.nameTaken', { name: 'vm1' })).toBe('a VM named vm1 already exists');
    expect(t('ui.stepOf', { n: 2, total: 9 })).toBe(
      en['ui.stepOf'].replace('{n}', '2').replace('{total}', '9'),
    );
  });

  it('an unknown key from an answers file is named harmlessly', () => {
    expect(validateAnswers({ 'x\u001b]0;pwned\u0007': 1 })).toEqual({
      ok: false,
      errors: ['x\\e]0;pwned\\x07: unknown key: the keys here are host, bridge, iso, vm'],
    });
  });
});
