// The learn-more page (? key) and the check-it-yourself commands, in English and Japanese, at 80×24.
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { ja } from '../../src/i18n/ja.js';
import { setCatalogue } from '../../src/i18n/messages.js';
import { KEY } from './render.js';
import { Wizard } from './wizard-driver.js';

let w: Wizard | undefined;
afterEach(() => {
  w?.unmount();
  setCatalogue(en);
});

describe('learn more (English)', () => {
  it('scratch', async () => {
    w = await Wizard.start();
    await w.r.waitForFrame('vmx');
    console.log(w.frame());
    await w.key('?', 'Learn more');
    console.log(w.frame());
    await w.key(KEY.down.repeat(30), 'kvm_intel');
    console.log(w.frame());
  });
});
