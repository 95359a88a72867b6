import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { ja } from '../../src/i18n/ja.js';
import { setCatalogue } from '../../src/i18n/messages.js';
import { bar } from '../../src/ui/DownloadBar.js';
import { KEY } from './render.js';
import { flat, Wizard } from './wizard-driver.js';

const URL = 'https://mirror.example.org/Rocky-9-minimal.iso';
const WRONG = '0123456789abcdef'.repeat(4);

let w: Wizard | undefined;
afterEach(() => {
  w?.unmount();
  w = undefined;
  setCatalogue(en);
});

describe('ISO download screen', () => {
  it('names the file and its size, shows bytes, rate and time left, and how to stop it', async () => {
    // 5 ms a simulated line: 20 ms between progress events, enough to see the screen while it runs.
    w = await Wizard.start({
      steps: ['iso', 'summary'],
      answers: { iso: { catalog: 'rocky-9' } },
      lineDelayMs: 5,
    });
    const f = await w.key(KEY.enter, /\d+ of 1900 MiB · 95\.0 MiB\/s · 0:\d\d left/);
    expect(flat(f)).toContain('Downloading Rocky-9-latest-x86_64-minimal.iso (1900 MiB)');
    expect(flat(f)).toContain(
      'Ctrl-C stops the download; the part already here is kept, and running the step again resumes it.',
    );
    expect(f).toMatch(/^█+░* \d+%$/m);
  });

  it('the last progress is shown before the screen moves on: the bar reaches 100 %, not the event before', async () => {
    w = await Wizard.start({ steps: ['iso', 'summary'], answers: { iso: { catalog: 'rocky-9' } } });
    await w.run();
    const shown = w.r.frames.filter((f) => f.includes(' of 1900 MiB'));
    expect(shown.at(-1)).toContain('1900 of 1900 MiB');
    expect(shown.at(-1)).toMatch(/^█{50} 100%$/m);
  });

  it('the bar is as long as the share done, at a width known before drawing', () => {
    expect(bar(0, 10)).toBe('░'.repeat(10));
    expect(bar(95, 20)).toBe(`${'█'.repeat(19)}░`);
    expect(bar(100, 50)).toBe('█'.repeat(50));
  });
});

describe('a wrong checksum', () => {
  it('shows both hashes whole, says the file was deleted, offers Edit instead of Retry', async () => {
    w = await Wizard.start({ steps: ['iso', 'summary'], answers: { iso: { url: URL, sha256: WRONG } } });
    const f = await w.key(KEY.enter, '✗ failed', 10_000);
    expect(f).toContain('The SHA-256 of Rocky-9-minimal.iso does not match');
    expect(f).toContain(`expected: ${WRONG}`);
    expect(f).toMatch(/actual: {3}[0-9a-f]{64}$/m);
    expect(flat(f)).toContain('The downloaded file was deleted.');
    expect(flat(f)).toContain('choose Edit to correct the URL or the SHA-256');
    expect(w.menu()).toEqual(['Edit', 'Skip', 'Quit']);
    // r is no hotkey here: nothing is downloaded again against the same hash.
    const frames = w.r.frames.length;
    w.press('r');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(w.r.frames.slice(frames).some((x) => x.includes('Downloading'))).toBe(false);
  });

  it('Edit opens the URL and its hash to correct; the corrected hash downloads and verifies', async () => {
    w = await Wizard.start({ steps: ['iso', 'summary'], answers: { iso: { url: URL, sha256: WRONG } } });
    const failed = await w.key(KEY.enter, '✗ failed', 10_000);
    const actual = /actual: {3}([0-9a-f]{64})/.exec(failed)?.[1] ?? '';
    await w.key('e', `Path or URL of an ISO: ${URL}`);
    const c = await w.key(KEY.enter, 'SHA-256 (64 hex digits)');
    expect(c).toContain(WRONG);
    await w.key(`\u0015${actual}${KEY.enter}`, 'Commands:');
    expect(w.session.answers.iso).toEqual({ url: URL, sha256: actual });
    await w.r.waitForFrame(/^[ ›]Run /m);
    const done = await w.run();
    expect(flat(done)).toContain(`SHA-256 verified: ${actual}`);
  });

  it('in Japanese too, both hashes and the way out', async () => {
    w = await Wizard.start({ steps: ['iso', 'summary'], answers: { iso: { url: URL, sha256: WRONG } } });
    // The screens after the first are drawn in Japanese.
    setCatalogue(ja);
    w.press(KEY.enter);
    const f = await w.r.waitForFrame('✗', 10_000);
    expect(f).toContain(`期待値: ${WRONG}`);
    expect(f).toMatch(/実際: {3}[0-9a-f]{64}$/m);
    expect(flat(f)).toContain('ダウンロードしたファイルは削除しました。');
    expect(f).toMatch(/編集\(E\)/);
    expect(f).not.toMatch(/再試行/);
  });
});
