// i-forms2: a paste in a real terminal (tmux, bracketed paste) is text: its line breaks never save a form.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/messages.js';
import { ensureBuilt } from './cli.js';
import { closeTmuxServer, TmuxWizard } from './tmux.js';

let w: TmuxWizard | undefined;
beforeAll(() => ensureBuilt(), 120_000);
afterEach(() => w?.kill());
afterAll(() => closeTmuxServer());

describe('pasting into the bridge form in tmux', () => {
  it('two lines pasted into the address: the first is taken, said so; nothing is saved, the cursor stays', async () => {
    w = new TmuxWizard(['--simulate', '--only', 'bridge']);
    await w.waitFor(`Step 1/1 · ${t('step.bridge.title')}`);
    w.send(['e']);
    await w.waitFor(/^› Network card/m);
    w.send(['Down', 'Down', 'Down']);
    await w.waitFor(/^› Address\/prefix/m);
    w.send(['C-u']);
    await w.waitFor(/^› Address\/prefix\s*$/m);
    w.paste('192.168.1.30/24\n192.168.1.1\n');
    const s = await w.waitFor('pasted text had 1 more line(s): only the first');
    expect(s).toMatch(/^› Address\/prefix +192\.168\.1\.30\/24 ?$/m);
    // Still the form: no Enter reached it, so the cursor did not move on and the step screen did not return.
    expect(s).not.toContain('Commands:');
    expect(s).toMatch(/^ {2}Gateway +192\.168\.1\.1 ?$/m);
  });

  it('a value pasted with its line break on the last field does not save; a typed Enter does', async () => {
    w = new TmuxWizard(['--simulate', '--only', 'bridge']);
    await w.waitFor(`Step 1/1 · ${t('step.bridge.title')}`);
    w.send(['e']);
    await w.waitFor(/^› Network card/m);
    for (let i = 0; i < 7; i++) w.send(['Down']);
    await w.waitFor(/^› Roll back after/m);
    w.send(['C-u']);
    w.paste('120\n');
    const s = await w.waitFor('the pasted line break was not taken as Enter:');
    expect(s).toMatch(/^› Roll back after \(seconds\) +120 ?$/m);
    w.send(['Enter']);
    await w.waitFor('Commands:');
  });
});
