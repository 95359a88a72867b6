// i-screens: the log view wraps long output lines at the window's width (the end of a verify line, the check
// that failed, was lost past a "…"), and says how many earlier lines it does not show and where they are.
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.js';
import { ja } from '../../src/i18n/ja.js';
import { setCatalogue } from '../../src/i18n/messages.js';
import { displayWidth } from '../../src/i18n/width.js';
import { LineTail } from '../../src/run/tail.js';
import { LogView } from '../../src/ui/LogView.js';
import { type Rendered, render } from './render.js';

let r: Rendered | undefined;
afterEach(() => {
  r?.unmount();
  setCatalogue(en);
});

const VERIFY =
  'QEMU: Checking for secure guest support                                     : WARN (Unknown if this platform has Secure Guest support) FAILED-CHECK-AT-THE-END';

describe('the log view', () => {
  it('wraps a long line at 60 columns: nothing is cut, no row is wider than the window', async () => {
    r = render(
      <LogView lines={['$ virt-host-validate', VERIFY]} rows={12} columns={60} onClose={() => {}} />,
      60,
      18,
    );
    const f = await r.waitForFrame(/lines 1–/);
    expect(f).not.toContain('…');
    expect(f.replace(/\s+/g, ' ')).toContain('Secure Guest support) FAILED-CHECK-AT-THE-END');
    for (const line of f.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(60);
  });

  it('scrolls by the rows it draws, so a wrapped line can be read to its end', async () => {
    const lines = Array.from({ length: 30 }, (_, i) => `${'x'.repeat(90)} end-${i}`);
    r = render(<LogView lines={lines} rows={8} columns={60} onClose={() => {}} />, 60, 18);
    const f = await r.waitForFrame(/lines 1–7 of 60/);
    expect(f).toContain('end-0');
    r.press('\u001b[6~'); // PgDn
    expect(await r.waitForFrame(/lines 8–14 of 60/)).toContain('end-3');
  });

  it('says how many earlier lines it does not show, and where the whole output is', async () => {
    r = render(
      <LogView
        lines={['last line']}
        dropped={1234}
        logPath="/root/kvm-wizard.log"
        rows={10}
        columns={60}
        onClose={() => {}}
      />,
    );
    const f = await r.waitForFrame('last line');
    expect(f.replace(/\s+/g, ' ')).toContain(
      '1234 earlier lines are not shown here: see /root/kvm-wizard.log',
    );
  });

  it('in Japanese, and without a log file it says the lines are not kept', async () => {
    setCatalogue(ja);
    r = render(<LogView lines={['x']} dropped={7} rows={10} columns={60} onClose={() => {}} />);
    const f = await r.waitForFrame('x');
    expect(f.replace(/\s*\n/g, '')).toContain(ja['ui.logDroppedNoFile'].replace('{count}', '7'));
  });

  it('shows no notice when nothing was dropped', async () => {
    r = render(<LogView lines={['only']} rows={10} columns={60} onClose={() => {}} />);
    const f = await r.waitForFrame('only');
    expect(f).not.toContain('earlier lines');
  });
});

describe('LineTail.dropped', () => {
  it('counts the lines before the kept tail, pushed one by one or skipped inside a block', () => {
    const tail = new LineTail(5);
    for (let i = 0; i < 3; i++) tail.push(`a${i}`);
    expect(tail.dropped()).toBe(0);
    tail.pushBlock(`${Array.from({ length: 20 }, (_, i) => `b${i}`).join('\n')}\n`);
    expect(tail.last()).toEqual(['b15', 'b16', 'b17', 'b18', 'b19']);
    expect(tail.dropped()).toBe(18);
    tail.pushBlock('c0\nc1\n');
    expect(tail.dropped()).toBe(20);
  });
});
