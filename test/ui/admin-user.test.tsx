// Issue 13: the services step makes the Cockpit admin user when Cockpit refuses root and nobody may administer.
// passwd is the simulated one (sim/passwd.ts, Debian 12's words): it reads the keys typed on this terminal.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { type MessageKey, t } from '../../src/i18n/messages.js';
import type { SimulatedHost } from '../../src/sim/sim-host.js';
import { CLEAR_SCREEN } from '../../src/ui/screen-hold.js';
import { KEY } from './render.js';
import { flat, Wizard } from './wizard-driver.js';

let w: Wizard | undefined;
afterEach(() => w?.unmount());

const ACTION = 'Create admin user';
const CLEAR = '\u0015';
/** The services note while "Create admin user" is offered: it points at it (the line to copy is for --yes). */
const noAdmin = () => t('services.cockpitNoAdminOffered', { group: 'wheel' });
const SET_PASSWORD = 'Set password(P)';
/** Has letters that are menu keys (q: Quit, s: Skip, b: Back): typed into passwd, they must not reach the menu. */
const PASSWORD = 'qsb-Secret-9';

async function atServicesAfterPackages(setup?: (h: SimulatedHost) => void): Promise<Wizard> {
  const wizard = await Wizard.start({
    steps: ['packages', 'services', 'summary'],
    ...(setup ? { setup } : {}),
  });
  await wizard.run();
  await wizard.next('services');
  // The simulated passwd talks to this test's terminal, as the real one inherits the wizard's.
  (wizard.session.host as SimulatedHost).terminal = { input: wizard.r.stdin, output: wizard.r.stdout };
  return wizard;
}

const host = (wizard: Wizard) => wizard.session.host as SimulatedHost;

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

  it('names what is wrong with a user name, and runs nothing until it is right', async () => {
    w = await atServicesAfterPackages();
    expect(flat(w.frame())).toContain(flat(noAdmin()));
    expect(w.menu()).toContain(ACTION);
    await w.key('c', t('adminUser.name'));
    const cases: Array<[string, MessageKey, Record<string, number>?]> = [
      ['', 'adminUser.nameEmpty'],
      ['a'.repeat(33), 'adminUser.nameTooLong', { max: 32, length: 33 }],
      ['-rf', 'adminUser.nameDash'],
      ['Alice', 'adminUser.badName'],
      ['9lives', 'adminUser.badName'],
      ['a;rm -rf /', 'adminUser.badName'],
      ['al$(id)', 'adminUser.badName'],
      ['ünï', 'adminUser.badName'],
      ['root', 'adminUser.root'],
      ['nobody', 'adminUser.exists'],
      // useradd -m makes a group of the same name and refuses when there is one.
      ['wheel', 'adminUser.groupExists'],
    ];
    for (const [name, error, params] of cases) {
      w.press(CLEAR);
      w.press(name);
      await w.key(KEY.enter, (f) => flat(f).includes(flat(t(error, params))));
    }
    // Every reason at once: 46 characters with capitals is too long AND badly spelled.
    w.press(CLEAR);
    const long = 'Administrator-Of-This-KVM-Host-For-The-Lab-Now';
    const f = await w.key(long, (f) => f.includes('Administrator-Of'));
    // A name useradd would refuse gets no "Enter runs" line: no command that would fail is shown.
    expect(f).not.toContain(t('adminUser.willRun'));
    expect(f).not.toContain('useradd');
    const both = await w.key(KEY.enter, (f) => flat(f).includes(flat(t('adminUser.badName'))));
    expect(flat(both)).toContain(flat(t('adminUser.nameTooLong', { max: 32, length: 46 })));
    expect(host(w).attachedRuns).toEqual([]);
    expect(host(w).state.files.get('/etc/passwd')).not.toMatch(/^(a+|al.*|wheel):/m);
  });

  it('shows the commands only for a name useradd takes: none for an empty field', async () => {
    w = await atServicesAfterPackages();
    const empty = await w.key('c', t('adminUser.name'));
    expect(empty).not.toContain(t('adminUser.willRun'));
    expect(empty).not.toContain('useradd');
    expect(await w.key('al', '# passwd al')).toContain(t('adminUser.willRun'));
    expect(await w.key('A', (f) => !f.includes('# passwd'))).not.toContain('useradd');
  });

  it('system users of a real EL9 install are there: daemon and sshd are refused as "exists"', async () => {
    w = await atServicesAfterPackages();
    await w.key('c', t('adminUser.name'));
    for (const name of ['daemon', 'sshd', 'tss']) {
      w.press(CLEAR);
      w.press(name);
      await w.key(KEY.enter, (f) => flat(f).includes(flat(t('adminUser.exists'))));
    }
    // A group of a real install (kvm) is refused too: useradd would make a group of that name.
    w.press(CLEAR);
    w.press('kvm');
    await w.key(KEY.enter, (f) => flat(f).includes(flat(t('adminUser.groupExists'))));
    expect(host(w).state.files.get('/etc/group')).toMatch(/^wheel:x:10:$/m);
  });

  it('shows useradd and passwd, runs useradd, lends the terminal to passwd, then redraws the whole screen', async () => {
    w = await atServicesAfterPackages();
    await w.key('c', t('adminUser.name'));
    const shown = await w.key('alice', '# passwd alice');
    expect(shown).toContain('# useradd -m -G wheel alice');
    expect(host(w).state.files.get('/etc/passwd')).not.toContain('alice');
    // Enter: useradd runs, then a clear screen says what passwd asks, and passwd asks.
    await w.key(KEY.enter, (f) => f.endsWith('New password: '));
    const preface = w.r.frames.find((f) => f.startsWith(CLEAR_SCREEN)) ?? '';
    expect(flat(preface)).toContain(flat(t('adminUser.passwdNow')));
    expect(preface).toContain('# passwd alice\n');
    await w.key(`${PASSWORD}\r`, (f) => f.endsWith('Retype new password: '));
    await w.key(`${PASSWORD}\r`, (f) =>
      flat(f).includes(t('adminUser.created', { name: 'alice', group: 'wheel' })),
    );
    // Right after passwd's last line, the screen is cleared and Ink draws its whole frame again (it erases by
    // counting its own lines, which passwd's lines moved). Ink's debug mode (tests) draws every frame whole.
    const at = w.r.frames.findIndex((f) => f.includes('passwd: password updated successfully'));
    expect(w.r.frames[at + 1]?.startsWith(CLEAR_SCREEN)).toBe(true);
    expect(w.r.frames[at + 2]).toContain('Step 2/3 · Services');
    await w.r.waitForFrame((f) => flat(f).includes('log in as alice'));
    expect(flat(w.frame())).not.toContain(flat(noAdmin()));
    expect(w.menu()).not.toContain(ACTION);
    // passwd got the name only; the password went from the keys to passwd, and nowhere else.
    expect(host(w).attachedRuns).toEqual([['passwd', 'alice']]);
    expect(host(w).state.files.get('/etc/group')).toContain('wheel:x:10:alice');
    const transcript = readFileSync(w.session.transcript.path, 'utf8');
    expect(transcript).toContain('$ useradd -m -G wheel alice\n');
    expect(transcript).toMatch(/\$ passwd alice\n# start .*\n# on the terminal: .*\n# end .* exit 0\n/);
    for (const place of [
      transcript,
      w.r.frames.join(''),
      JSON.stringify(w.session.answers),
      JSON.stringify([...host(w).state.files.values()]),
    ]) {
      expect(place).not.toContain(PASSWORD);
    }
    // The keys are the wizard's again: Run runs the step.
    await w.key(KEY.enter, /^✓ done$/m, 10_000);
  });

  it('passwd refusing (the two passwords differ): the user exists, and the screen says how to set it', async () => {
    w = await atServicesAfterPackages();
    await w.key('c', t('adminUser.name'));
    w.press('bob');
    await w.key(KEY.enter, (f) => f.endsWith('New password: '));
    await w.key('one\r', (f) => f.endsWith('Retype new password: '));
    const said = t('adminUser.passwdFailed', { code: 10, name: 'bob' });
    const f = await w.key('two\r', (f) => flat(f).includes(flat(said)));
    expect(w.r.frames.join('')).toContain('Sorry, passwords do not match.');
    expect(f).toContain('Step 2/3 · Services');
    expect(host(w).state.files.get('/etc/passwd')).toContain('\nbob:');
    // useradd's "no password yet" (EL's !!): nothing from what was typed.
    expect(host(w).state.files.get('/etc/shadow')).toMatch(/^bob:!!:/m);
  });

  it('after passwd failed: "Set password" runs passwd alone for that user, and nobody is sent to log in without one', async () => {
    w = await atServicesAfterPackages();
    await w.key('c', t('adminUser.name'));
    w.press('bob');
    await w.key(KEY.enter, (f) => f.endsWith('New password: '));
    // Ctrl-D: passwd gives up.
    await w.key('\u0004', (f) =>
      flat(f).includes(flat(t('adminUser.passwdFailed', { code: 10, name: 'bob' }))),
    );
    const offered = t('services.cockpitAdminNoPasswordOffered', { name: 'bob' });
    const f = await w.r.waitForFrame((f) => flat(f).includes(flat(offered)));
    expect(flat(f)).not.toContain('log in as bob');
    expect(w.menu()).toContain(SET_PASSWORD);
    expect(w.menu()).not.toContain(ACTION);
    // p (s is Skip's): a screen with the one command, then Enter lends the terminal to passwd bob.
    const screen = await w.key('p', '# passwd bob');
    expect(screen).not.toContain('useradd');
    expect(flat(screen)).toContain(flat(t('adminUser.passwordTitle', { name: 'bob' })));
    await w.key(KEY.enter, (f) => f.endsWith('New password: '));
    await w.key(`${PASSWORD}\r`, (f) => f.endsWith('Retype new password: '));
    await w.key(`${PASSWORD}\r`, (f) => flat(f).includes(flat(t('adminUser.passwordSet', { name: 'bob' }))));
    await w.r.waitForFrame((f) => flat(f).includes('log in as bob'));
    expect(w.menu()).not.toContain(SET_PASSWORD);
    expect(host(w).attachedRuns).toEqual([
      ['passwd', 'bob'],
      ['passwd', 'bob'],
    ]);
    expect(host(w).state.files.get('/etc/passwd')?.match(/^bob:/gm)).toHaveLength(1);
  });

  it('the summary after a failed passwd says how to set it, not "log in as"', async () => {
    w = await atServicesAfterPackages();
    await w.key('c', t('adminUser.name'));
    w.press('bob');
    await w.key(KEY.enter, (f) => f.endsWith('New password: '));
    await w.key('\u0004', () => w?.menu().includes(SET_PASSWORD) ?? false);
    await w.run();
    const summary = await w.next('summary');
    const told = t('services.cockpitAdminNoPassword', { name: 'bob', command: 'passwd bob' });
    expect(flat(summary)).toContain(flat(told));
    expect(flat(summary)).not.toContain('log in as bob');
  });

  it('Esc leaves without creating anyone', async () => {
    w = await atServicesAfterPackages();
    await w.key('c', t('adminUser.name'));
    w.press('carol');
    await w.key(KEY.escape, (f) => !f.includes(t('adminUser.name')));
    expect(w.menu()).toContain(ACTION);
    expect(host(w).state.files.get('/etc/passwd')).not.toContain('carol');
  });
});
