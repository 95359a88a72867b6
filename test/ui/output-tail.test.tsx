import { chmodSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/messages.js';
import { KEY } from './render.js';
import { Wizard } from './wizard-driver.js';

let w: Wizard | undefined;
afterEach(() => w?.r.unmount());

describe('output of a running command on screen', () => {
  it('control characters from the host are shown written out: no title change, no cleared screen', async () => {
    w = await Wizard.start({
      steps: ['packages', 'summary'],
      lineDelayMs: 40,
      // dnf prints the version it installs: a hostile mirror's version string, with an OSC title and a clear.
      setup: (host) => {
        // A copy: the profile's table of versions is shared by every simulated host.
        host.state.available = { ...host.state.available, 'qemu-kvm': '9.1\u001b]0;pwned\u0007\u001b[2J' };
      },
    });
    w.press(KEY.enter);
    const f = await w.r.waitForFrame('\\e]0;pwned\\x07\\e[2J');
    expect(f).toContain(' qemu-kvm ');
    // Whatever the host then makes of that version, the step ends and the screen stays clean.
    await w.r.waitForFrame(/^[✓✗] /m, 10_000);
    expect(w.r.frames.some((frame) => frame.includes('\u001b]0;') || frame.includes('\u001b[2J'))).toBe(
      false,
    );
  });

  it('a flood of output: shown as it comes, redrawn a frame at a time, not once a line', async () => {
    w = await Wizard.start({
      steps: ['packages', 'summary'],
      setup: (host) => {
        (host as { floodLines: number }).floodLines = 200_000;
      },
    });
    const before = w.r.frames.length;
    w.press(KEY.enter);
    await w.r.waitForFrame(/✓ done/, 20_000);
    // 200,000 lines went by; a frame at most every 16 ms, and only when something arrived.
    const frames = w.r.frames.slice(before);
    expect(frames.some((f) => /^ {2}\d{5,6}$/m.test(f))).toBe(true);
    expect(frames.length).toBeLessThan(1000);
  });
});

describe('a transcript that cannot be written', () => {
  it('is said on screen, the step runs, and the summary names no log', async () => {
    w = await Wizard.start({ steps: ['packages', 'summary'] });
    // Others may write to the log's directory now: the transcript refuses it.
    chmodSync(dirname(w.session.transcript.path), 0o777);
    await w.run();
    const notice = t('transcript.unwritable', {
      reason: t('transcript.reason.unsafeDir'),
      path: w.session.transcript.path,
    });
    expect(w.frame().replace(/\s+/g, ' ')).toContain(`! ${notice}`);
    expect(w.frame()).toContain('✓ done');
    await w.next('summary');
    expect(w.frame()).not.toContain('Log: ');
  });
});
