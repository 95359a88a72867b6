// Issue 13: the services step makes the Cockpit admin user when Cockpit refuses root and nobody may administer.
import { afterEach, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/messages.js';
import type { SimulatedHost } from '../../src/sim/sim-host.js';
import { KEY } from './render.js';
import { flat, Wizard } from './wizard-driver.js';

let w: Wizard | undefined;
afterEach(() => w?.unmount());

const ACTION = 'Create admin user';
const CLEAR = '\u0015';
const noAdmin = () => t('services.cockpitNoAdmin', { group: 'wheel' }).split('\n')[0] as string;

async function atServicesAfterPackages(setup?: (h: SimulatedHost) => void): Promise<Wizard> {
  const wizard = await Wizard.start({
    steps: ['packages', 'services', 'summary'],
    ...(setup ? { setup } : {}),
  });
  await wizard.run();
  await wizard.next('services');
  return wizard;
}

describe('Create admin user (services step)', () => {
  it('is not offered before Cockpit refuses root (not installed yet)', async () => {
    w = await Wizard.start({ steps: ['services', 'summary'] });
    expect(w.menu()).not.toContain(ACTION);
  });

  it('is not offered when the admin group already has a member', async () => {
    w = await atServicesAfterPackages((h) => {
      h.state.files.set('/etc/group', 'root:x:0:\nwheel:x:10:bob\n');
    });
    expect(flat(w.frame())).toContain('log in as bob');
    expect(w.menu()).not.toContain(ACTION);
  });

  it('checks the name, shows useradd before it runs, runs passwd on the terminal, and the hint goes', async () => {
    w = await atServicesAfterPackages();
    const host = w.session.host as SimulatedHost;
    expect(flat(w.frame())).toContain(flat(noAdmin()));
    expect(w.menu()).toContain(ACTION);
    await w.key('c', t('adminUser.name'));
    for (const [name, error] of [
      ['Alice', 'adminUser.badName'],
      ['9lives', 'adminUser.badName'],
      ['a;rm -rf', 'adminUser.badName'],
      ['root', 'adminUser.root'],
      ['nobody', 'adminUser.exists'],
    ] as const) {
      w.press(CLEAR);
      w.press(name);
      await w.key(KEY.enter, (f) => flat(f).includes(flat(t(error))));
    }
    expect(host.attachedRuns).toEqual([]);
    w.press(CLEAR);
    const shown = await w.key('alice', '# passwd alice');
    expect(shown).toContain('# useradd -m -G wheel alice');
    expect(host.state.files.get('/etc/passwd')).not.toContain('alice');
    await w.key(KEY.enter, (f) => flat(f).includes('log in as alice'));
    // passwd got the name only: the password is typed into passwd on the terminal, never given to it here.
    expect(host.attachedRuns).toEqual([['passwd', 'alice']]);
    expect(host.state.files.get('/etc/group')).toContain('wheel:x:10:alice');
    expect(flat(w.frame())).not.toContain(flat(noAdmin()));
    expect(w.menu()).not.toContain(ACTION);
  });

  it('Esc leaves without creating anyone', async () => {
    w = await atServicesAfterPackages();
    await w.key('c', t('adminUser.name'));
    w.press('carol');
    await w.key(KEY.escape, (f) => !f.includes(t('adminUser.name')));
    expect(w.menu()).toContain(ACTION);
    expect((w.session.host as SimulatedHost).state.files.get('/etc/passwd')).not.toContain('carol');
  });
});
