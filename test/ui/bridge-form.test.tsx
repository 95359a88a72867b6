import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BridgeAnswers } from '../../src/answers/schema.js';
import type { BridgeSettings } from '../../src/plan/steps/bridge.js';
import { BridgeForm } from '../../src/ui/BridgeForm.js';
import { KEY, type Rendered, render } from './render.js';
import { waitFor } from './wait-for.js';

const STATIC: BridgeSettings = {
  name: 'br0',
  stp: false,
  rollbackTimeout: 90,
  ipv4: { method: 'manual', addresses: ['192.168.1.20/24'], gateway: '192.168.1.1', dns: ['192.168.1.1'] },
};

let r: Rendered | undefined;
afterEach(() => r?.unmount());

async function form(initial = STATIC) {
  const onDone = vi.fn<(a: BridgeAnswers) => void>();
  const onCancel = vi.fn();
  r = render(<BridgeForm initial={initial} onDone={onDone} onCancel={onCancel} />);
  await r.waitForFrame('DNS servers');
  return { r, onDone, onCancel };
}

/** Keys (one chunk), then wait for Ink to draw again. */
async function key(r: Rendered, k: string) {
  const before = r.frames.length;
  r.press(k);
  await r.waitForFrame(() => r.frames.length > before);
}

const activeIndex = (frame: string) => frame.split('\n').findIndex((l) => l.startsWith('›'));

/** Moves to field `index` (0 = name … 4 = DNS), clears it (Backspace held: one chunk) and pastes `text`. */
async function setField(r: Rendered, index: number, current: string, text: string) {
  while (activeIndex(r.lastFrame()) !== index)
    await key(r, activeIndex(r.lastFrame()) < index ? KEY.down : KEY.up);
  await key(r, KEY.backspace.repeat(current.length));
  if (text) await key(r, text);
}

/** Enter on every field from the active one down to the last; the last Enter checks and saves. */
async function submit(r: Rendered) {
  while (activeIndex(r.lastFrame()) < 4) await key(r, KEY.enter);
  // Saving may not draw anything new (the caller waits for onDone or the error line).
  r.press(KEY.enter);
}

const activeLine = (frame: string) => frame.split('\n').find((l) => l.startsWith('›')) ?? '';

describe('BridgeForm', () => {
  it('keys in one read each apply: a held Backspace clears the name, "lan0⏎" fills it and moves on', async () => {
    const { r } = await form();
    r.press(`${KEY.backspace.repeat(3)}lan0${KEY.enter}`);
    const f = await r.waitForFrame(/^› IPv4 method/m);
    expect(f.split('\n')[0]).toMatch(/^ {2}Bridge name\s+lan0$/);
  });

  it('Enter pressed three times in one read on the last field saves once', async () => {
    const { r, onDone } = await form();
    await key(r, `${KEY.down}${KEY.down}${KEY.down}${KEY.down}`);
    r.press(`${KEY.enter}${KEY.enter}${KEY.enter}`);
    await waitFor(() => onDone.mock.calls.length > 0);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(onDone).toHaveBeenCalledTimes(1);
  });

  it('Shift-Tab moves up', async () => {
    const { r } = await form();
    await key(r, `${KEY.tab}${KEY.tab}`);
    expect(activeIndex(r.lastFrame())).toBe(2);
    await key(r, KEY.shiftTab);
    expect(activeIndex(r.lastFrame())).toBe(1);
  });

  it('Ctrl-U clears the field up to the cursor; ← and Home move the cursor for an insert', async () => {
    const { r } = await form();
    await key(r, '\u0015');
    expect(activeLine(r.lastFrame())).toMatch(/^› Bridge name\s*$/);
    await key(r, `br9${KEY.left}${KEY.left}x${KEY.home}v`);
    expect(activeLine(r.lastFrame())).toMatch(/^› Bridge name\s+vbxr9$/);
  });

  it('is prefilled from the uplink, the first field active', async () => {
    const { r } = await form();
    const lines = r.lastFrame().split('\n');
    expect(lines[0]).toMatch(/^› Bridge name\s+br0/);
    expect(lines[1]).toMatch(/IPv4 method \(auto = DHCP, or manual\)\s+manual/);
    expect(lines[2]).toMatch(/Address\/prefix\s+192\.168\.1\.20\/24/);
    expect(lines[3]).toMatch(/Gateway\s+192\.168\.1\.1/);
    expect(lines[4]).toMatch(/DNS servers \(comma-separated\)\s+192\.168\.1\.1/);
    expect(lines.every((l) => l.length <= 80)).toBe(true);
  });

  it('↓/Tab move down, ↑ moves up, Enter moves to the next field', async () => {
    const { r } = await form();
    await key(r, KEY.down);
    expect(activeLine(r.lastFrame())).toContain('IPv4 method');
    await key(r, KEY.tab);
    expect(activeLine(r.lastFrame())).toContain('Address/prefix');
    await key(r, KEY.up);
    expect(activeLine(r.lastFrame())).toContain('IPv4 method');
    await key(r, KEY.enter);
    expect(activeLine(r.lastFrame())).toContain('Address/prefix');
  });

  it('a gateway outside the subnet gives an error naming the Gateway field, and nothing is saved', async () => {
    const { r, onDone } = await form();
    await setField(r, 3, '192.168.1.1', '10.0.0.1');
    await submit(r);
    const frame = await r.waitForFrame('✗');
    expect(frame).toContain('✗ Gateway: must be inside 192.168.1.0/24');
    expect(onDone).not.toHaveBeenCalled();
  });

  it('a gateway equal to the address is refused', async () => {
    const { r, onDone } = await form();
    await setField(r, 3, '192.168.1.1', '192.168.1.20');
    await submit(r);
    expect(await r.waitForFrame('✗')).toContain('✗ Gateway: must differ from the address');
    expect(onDone).not.toHaveBeenCalled();
  });

  it('a manual address without a prefix names the Address field', async () => {
    const { r, onDone } = await form();
    await setField(r, 2, '192.168.1.20/24', '192.168.1.20');
    await submit(r);
    expect(await r.waitForFrame('✗')).toContain(
      '✗ Address/prefix: not an address with prefix like 192.168.1.10/24',
    );
    expect(onDone).not.toHaveBeenCalled();
  });

  it('an unknown method names the method field and the choices', async () => {
    const { r, onDone } = await form();
    await setField(r, 1, 'manual', 'bootp');
    await submit(r);
    expect(await r.waitForFrame('✗')).toMatch(
      /✗ IPv4 method \(auto = DHCP, or manual\): Invalid option: expected one of\s+"auto"\|"manual"/,
    );
    expect(onDone).not.toHaveBeenCalled();
  });

  it('"dhcp" is taken for auto, "static" for manual', async () => {
    const { r, onDone } = await form();
    await setField(r, 1, 'manual', 'DHCP');
    await submit(r);
    await waitFor(() => onDone.mock.calls.length === 1);
    expect(onDone.mock.calls[0]?.[0].ipv4).toEqual({ method: 'auto' });
  });

  it('a bridge name with a space names the Bridge name field', async () => {
    const { r, onDone } = await form();
    await setField(r, 0, 'br0', 'my br');
    await submit(r);
    expect(await r.waitForFrame('✗')).toContain('✗ Bridge name: no spaces, "/", ":" or "%"');
    expect(onDone).not.toHaveBeenCalled();
  });

  it('a bad DNS server names the DNS field', async () => {
    const { r, onDone } = await form();
    await setField(r, 4, '192.168.1.1', '1.1.1.1,nope');
    await submit(r);
    expect(await r.waitForFrame('✗')).toContain(
      '✗ DNS servers (comma-separated): not an IPv4 address like 192.168.1.10',
    );
    expect(onDone).not.toHaveBeenCalled();
  });

  it('fixing the error and submitting again saves the answers', async () => {
    const { r, onDone } = await form();
    await setField(r, 3, '192.168.1.1', '10.0.0.1');
    await submit(r);
    await r.waitForFrame('✗ Gateway');
    await setField(r, 3, '10.0.0.1', '192.168.1.254');
    await submit(r);
    await waitFor(() => onDone.mock.calls.length === 1);
    expect(onDone.mock.calls[0]?.[0]).toEqual({
      name: 'br0',
      stp: false,
      rollbackTimeout: 90,
      ipv4: { method: 'manual', address: '192.168.1.20/24', gateway: '192.168.1.254', dns: ['192.168.1.1'] },
    });
  });

  it('method auto drops the static fields', async () => {
    const { r, onDone } = await form();
    await setField(r, 1, 'manual', 'auto');
    await submit(r);
    await waitFor(() => onDone.mock.calls.length === 1);
    expect(onDone.mock.calls[0]?.[0]).toEqual({
      name: 'br0',
      stp: false,
      rollbackTimeout: 90,
      ipv4: { method: 'auto' },
    });
  });

  it('Esc cancels without saving', async () => {
    const { r, onDone, onCancel } = await form();
    r.press(KEY.escape);
    await waitFor(() => onCancel.mock.calls.length === 1);
    expect(onDone).not.toHaveBeenCalled();
  });
});
