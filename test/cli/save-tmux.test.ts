// The built CLI in tmux: an interactive run saves the answers it used beside the transcript and says where.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cli, ensureBuilt } from '../e2e/cli.js';
import { closeTmuxServer, TmuxWizard } from '../e2e/tmux.js';

let w: TmuxWizard | undefined;
beforeAll(() => ensureBuilt(), 120_000);
afterEach(() => w?.kill());
afterAll(() => closeTmuxServer());

describe('interactive run → saved answers', () => {
  it('quitting saves answers-STAMP.yaml (0600) beside the log, prints its path; --yes replays it', async () => {
    w = new TmuxWizard(['--simulate'], { linger: true, width: 200 });
    await w.waitFor('Host check');
    w.send(['q']);
    // Quit asks first; y quits.
    await w.waitFor('Quit kvm-wizard now?');
    w.send(['y']);
    // Quit before the end: not finished.
    expect(await w.exitCode()).toBe(1);
    const screen = await w.waitFor('Answers saved to ');
    const saved = readdirSync(w.dir).filter((f) => /^answers-\d{8}-\d{6}-\d+\.yaml$/.test(f));
    expect(saved).toHaveLength(1);
    const path = join(w.dir, saved[0] as string);
    // The line is longer than the pane: its start, and that it tells to replay on the simulated host.
    expect(screen).toContain(
      `Answers saved to ${path} (from the simulated host: replay with kvm-wizard --yes`,
    );
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8')).toContain('#   kvm-wizard --yes --simulate --answers FILE');
    expect(cli(['validate', path]).code).toBe(0);
    const replay = cli(['--yes', '--simulate', '--json', '--answers', path]);
    expect(replay.code).toBe(0);
    expect(JSON.parse(replay.stdout).exitCode).toBe(0);
  });
});
