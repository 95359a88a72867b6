import { afterEach, describe, expect, it } from 'vitest';
import { cmd } from '../../src/plan/command.js';
import { CommandList } from '../../src/ui/CommandList.js';
import { shownCommand } from '../../src/ui/command-text.js';
import { type Rendered, render } from './render.js';

const PAGE_DOWN = '\u001b[6~';
const PAGE_UP = '\u001b[5~';
// Ten commands: twenty lines (each has its reason), in a window of 6 (8 lines less the title and status).
const COMMANDS = Array.from({ length: 10 }, (_, i) =>
  shownCommand(cmd(['virsh', 'net-start', `net${i}`], 'why.netStart')),
);

let r: Rendered | undefined;
afterEach(() => r?.unmount());

describe('CommandList scrolling', () => {
  it('PgDn moves a window down, PgUp back, never past either end; ↓ a line', async () => {
    r = render(<CommandList commands={COMMANDS} width={80} maxLines={8} prompt="$" />);
    await r.waitForFrame('lines 1–6 of 20');
    r.press(PAGE_DOWN);
    await r.waitForFrame('lines 7–12 of 20');
    r.press(`${PAGE_DOWN}${PAGE_DOWN}${PAGE_DOWN}`);
    const end = await r.waitForFrame('lines 15–20 of 20');
    expect(end).toContain('$ virsh net-start net9');
    r.press(PAGE_UP);
    await r.waitForFrame('lines 9–14 of 20');
    r.press('\u001b[B');
    await r.waitForFrame('lines 10–15 of 20');
  });
});
