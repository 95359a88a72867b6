// Issue 13, "Create admin user" on a real pseudo-terminal (tmux, the built CLI, --simulate): the wizard hands
// the terminal to passwd (its own prompts, nothing echoed, the wizard's frames held back), then draws its whole
// screen again, with nothing of the old frame or of passwd's dialogue left above it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/messages.js';
import { cli, ensureBuilt, transcriptCommands } from './cli.js';
import { closeTmuxServer, TmuxWizard } from './tmux.js';

// The simulation banner's first words (the rest names the log directory, a temporary one here).
const BANNER = 'SIMULATION — host unchanged; log and answers: ';
const SERVICES = 'Step 2/3 · Services';
const PASSWORD = 'qsb-Secret-9';
const flat = (s: string) => s.replace(/\s+/g, ' ');

let w: TmuxWizard | undefined;
beforeAll(() => ensureBuilt(), 120_000);
afterEach(() => w?.kill());
afterAll(() => closeTmuxServer());

/** At the services screen after the packages step, with "Create admin user" open and `name` typed. */
async function nameTyped(name: string): Promise<TmuxWizard> {
  const tmux = new TmuxWizard(['--simulate', '--only', 'packages,services,summary']);
  await tmux.waitFor('Step 1/3 · Packages');
  tmux.send(['Enter']);
  await tmux.waitFor(/^›Next/m, 30_000);
  tmux.send(['Enter']);
  await tmux.waitFor('Create admin user');
  tmux.send(['c']);
  await tmux.waitFor(t('adminUser.name'));
  tmux.send([name], true);
  await tmux.waitFor(`# passwd ${name}`);
  return tmux;
}

/** The screen as a whole: the pane's 24 rows, each row trimmed. */
const rows = (tmux: TmuxWizard) => tmux.lines().map((l) => l.trimEnd());

describe('Create admin user in tmux, 80×24, --simulate', () => {
  it('passwd asks on a clear screen; afterwards the whole screen is drawn again, nothing left above it', async () => {
    w = await nameTyped('alice');
    const tmux = w;
    tmux.send(['Enter']);
    const asking = await tmux.waitFor(/^New password: *$/m);
    // Alone on the screen: what passwd asks, and the command; no frame of the wizard around it.
    expect(flat(asking)).toContain(flat(t('adminUser.passwdNow')));
    expect(asking).toContain('# passwd alice');
    expect(asking).not.toContain(BANNER);
    // A resize while passwd has the terminal: the wizard's frame must not be drawn into passwd's prompts.
    tmux.resize(100, 30);
    tmux.send([PASSWORD], true);
    tmux.send(['Enter']);
    const retype = await tmux.waitFor(/^Retype new password: *$/m);
    expect(retype).not.toContain(BANNER);
    expect(retype).not.toContain(PASSWORD);
    tmux.send([PASSWORD], true);
    tmux.send(['Enter']);
    const after = await tmux.waitFor((s) => flat(s).includes('log in as alice'));
    const lines = rows(tmux);
    expect(lines[0]?.startsWith(BANNER), after).toBe(true);
    expect(lines[1], after).toContain(SERVICES);
    expect(flat(after)).toContain(t('adminUser.created', { name: 'alice', group: 'wheel' }));
    expect(after).not.toMatch(/password:|passwd:|New password/);
    expect(after).not.toContain(PASSWORD);
    // Nothing scrolled off: no old frame and no passwd dialogue in the scrollback either.
    expect(tmux.scrolledOff()).toBe(0);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(100);
    // The keys are the wizard's again: Run runs the services step.
    tmux.send(['Enter']);
    await tmux.waitFor(/^✓ done$/m, 30_000);
    const transcript = readdirSync(tmux.dir)
      .filter((f) => f.startsWith('transcript-'))
      .map((f) => readFileSync(join(tmux.dir, f), 'utf8'))
      .join('');
    expect(transcript).toContain('$ useradd -m -G wheel alice');
    expect(transcript).toContain('$ passwd alice');
    expect(transcript).not.toContain(PASSWORD);
  });

  it('nothing typed, three times (a dialogue taller than the frame was): passwd gives up, the screen is whole', async () => {
    w = await nameTyped('bob');
    const tmux = w;
    tmux.send(['Enter']);
    for (let i = 0; i < 3; i++) {
      await tmux.waitFor((s) => (s.match(/^New password: *$/gm) ?? []).length === i + 1);
      tmux.send(['Enter']);
      await tmux.waitFor((s) => (s.match(/^Retype new password: *$/gm) ?? []).length === i + 1);
      tmux.send(['Enter']);
    }
    const said = flat(t('adminUser.passwdFailed', { code: 10, name: 'bob' }));
    const after = await tmux.waitFor((s) => flat(s).includes(said));
    expect(rows(tmux)[0]?.startsWith(BANNER), after).toBe(true);
    expect(rows(tmux)[1], after).toContain(SERVICES);
    expect(after).not.toMatch(/password:|passwd:|supplied/);
    expect(tmux.scrolledOff()).toBe(0);
  });
});

describe('--yes never creates the admin user', () => {
  it('says how to make one (the note with its line), and runs neither useradd nor passwd', () => {
    const r = cli(['--yes', '--simulate', '--only', 'packages,services,summary']);
    expect(r.code).toBe(0);
    expect(flat(r.stdout)).toContain(flat(t('services.cockpitNoAdmin', { group: 'wheel' })));
    const ran = transcriptCommands(r.dir);
    expect(ran.some((l) => l.startsWith('$ systemctl enable --now cockpit.socket'))).toBe(true);
    expect(ran.filter((l) => /^\$ (useradd|passwd)\b/.test(l))).toEqual([]);
  });
});
