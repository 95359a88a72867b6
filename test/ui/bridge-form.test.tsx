import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setValidationLanguage } from '../../src/answers/load.js';
import type { BridgeAnswers } from '../../src/answers/schema.js';
import type { Facts } from '../../src/facts/types.js';
import { en } from '../../src/i18n/en.js';
import { ja } from '../../src/i18n/ja.js';
import { setCatalogue } from '../../src/i18n/messages.js';
import type { BridgeSettings } from '../../src/plan/steps/bridge.js';
import { BridgeForm } from '../../src/ui/BridgeForm.js';
import { activeIndex, activeLine, fieldLines, goTo, key, setField, under } from './form-driver.js';
import { KEY, type Rendered, render } from './render.js';
import { simSession } from './sim-session.js';
import { waitFor } from './wait-for.js';

const STATIC: BridgeSettings = {
  name: 'br0',
  stp: false,
  rollbackTimeout: 90,
  ipv4: { method: 'manual', addresses: ['192.168.1.20/24'], gateway: '192.168.1.1', dns: ['192.168.1.1'] },
};
const DHCP: BridgeSettings = { ...STATIC, ipv4: { method: 'auto', addresses: [], gateway: '', dns: [] } };

/** Field rows: 0 card, 1 name, 2 method, 3 address, 4 gateway, 5 DNS, 6 STP, 7 rollback timeout. */
const ROW = { card: 0, name: 1, method: 2, address: 3, gateway: 4, dns: 5, stp: 6, timeout: 7 } as const;
const LAST = ROW.timeout;

/** The simulated CentOS Stream 9 host: eth0 carries the default route; a second card is added for the list. */
let facts: Facts;
beforeAll(async () => {
  const session = await simSession();
  facts = {
    ...session.facts,
    nm: {
      ...session.facts.nm,
      devices: [
        ...session.facts.nm.devices,
        { device: 'eth1', type: 'ethernet', state: 'disconnected', connection: '' },
      ],
    },
  };
});

let r: Rendered | undefined;
afterEach(() => {
  r?.unmount();
  setCatalogue(en);
  setValidationLanguage('en');
});

async function form(initial = STATIC) {
  const onDone = vi.fn<(a: BridgeAnswers) => void>();
  const onCancel = vi.fn();
  r = render(<BridgeForm initial={initial} facts={facts} onDone={onDone} onCancel={onCancel} />);
  await r.waitForFrame(/^› /m);
  return { r, onDone, onCancel };
}

/** Enter on every field from the active one down to the last; the last Enter checks and saves. */
async function submit(r: Rendered) {
  while (activeIndex(r.lastFrame()) < LAST) await key(r, KEY.enter);
  r.press(KEY.enter);
}

describe('BridgeForm', () => {
  it('shows the cards with state, address and speed, the method and STP as choices, the rollback timeout', async () => {
    const { r } = await form();
    const lines = fieldLines(r.lastFrame());
    expect(lines[ROW.card]).toMatch(/^› Network card\s+\(•\) enp1s0 {2}\( \) eth1$/);
    expect(under(r.lastFrame(), 'Network card')).toEqual(['connected · 192.168.1.20/24 · 1000 Mb/s']);
    expect(lines[ROW.name]).toMatch(/Bridge name\s+br0$/);
    expect(lines[ROW.method]).toMatch(/IPv4 method\s+\( \) DHCP \(auto\) {2}\(•\) static \(manual\)$/);
    expect(lines[ROW.address]).toMatch(/Address\/prefix\s+192\.168\.1\.20\/24/);
    expect(lines[ROW.gateway]).toMatch(/Gateway\s+192\.168\.1\.1/);
    expect(lines[ROW.dns]).toMatch(/DNS servers \(comma-separated\)\s+192\.168\.1\.1/);
    expect(lines[ROW.stp]).toMatch(/STP \(spanning tree\)\s+\(•\) off {2}\( \) on/);
    expect(lines[ROW.timeout]).toMatch(/Roll back after \(seconds\)\s+90$/);
    expect(
      r
        .lastFrame()
        .split('\n')
        .every((l) => l.length <= 80),
    ).toBe(true);
  });

  it('→ shows the next card; a card other than the uplink is refused at its field, naming the uplink', async () => {
    const { r, onDone } = await form();
    await key(r, KEY.right);
    expect(activeLine(r.lastFrame())).toMatch(/\( \) enp1s0 {2}\(•\) eth1$/);
    expect(under(r.lastFrame(), 'Network card')).toEqual(['disconnected · no IPv4 address · speed unknown']);
    await submit(r);
    const frame = await r.waitForFrame('✗');
    expect(under(frame, 'Network card').join(' ')).toBe(
      'disconnected · no IPv4 address · speed unknown ✗ only enp1s0 can be put in a bridge here: it carries the default route, and the wizard carries its settings over',
    );
    expect(onDone).not.toHaveBeenCalled();
  });

  it('every error shows at once, each under its own field, in the catalogue’s words', async () => {
    const { r, onDone } = await form();
    await setField(r, ROW.name, 'my br');
    await setField(r, ROW.gateway, '10.0.0.1');
    await setField(r, ROW.dns, '1.1.1.1,nope');
    await setField(r, ROW.timeout, '5');
    await submit(r);
    const frame = await r.waitForFrame('✗');
    expect(under(frame, 'Bridge name')).toEqual(['✗ no spaces, "/", ":" or "%"']);
    expect(under(frame, 'Gateway')).toEqual(['✗ must be inside 192.168.1.0/24']);
    expect(under(frame, 'DNS servers')).toEqual(['✗ not an IPv4 address like 192.168.1.10']);
    expect(under(frame, 'Roll back after')).toEqual(['✗ at least 15']);
    // zod's own wording never reaches the screen.
    expect(frame).not.toMatch(/Too (small|big)|expected number|Invalid/);
    // The cursor goes to the first field to fix.
    expect(activeLine(frame)).toContain('Bridge name');
    expect(onDone).not.toHaveBeenCalled();
  });

  it('an error goes away as soon as its field is fixed, before saving again', async () => {
    const { r } = await form();
    await setField(r, ROW.gateway, '10.0.0.1');
    await setField(r, ROW.timeout, '700');
    await submit(r);
    await r.waitForFrame('✗ must be inside');
    expect(r.lastFrame()).toContain('✗ at most 600');
    await setField(r, ROW.gateway, '192.168.1.254');
    expect(r.lastFrame()).not.toContain('must be inside');
    expect(r.lastFrame()).toContain('✗ at most 600');
  });

  it('a rollback timeout that is not a number says so (not "NaN")', async () => {
    const { r } = await form();
    await setField(r, ROW.timeout, '90s');
    await submit(r);
    const frame = await r.waitForFrame('✗');
    expect(under(frame, 'Roll back after')).toEqual(['✗ enter a whole number']);
    expect(frame).not.toContain('NaN');
  });

  it('the method is a toggle: ← / → / Space switch it, letters do nothing', async () => {
    const { r } = await form();
    await goTo(r, ROW.method);
    await key(r, KEY.left);
    expect(activeLine(r.lastFrame())).toMatch(/\(•\) DHCP \(auto\)/);
    r.press('xyz');
    await key(r, ' ');
    expect(activeLine(r.lastFrame())).toMatch(/\(•\) static \(manual\)/);
    await key(r, KEY.left);
    expect(activeLine(r.lastFrame())).toMatch(/\(•\) DHCP \(auto\)/);
  });

  it('DHCP keeps the static values (said unused in words, skipped by ↓) and they come back with static', async () => {
    const { r, onDone } = await form();
    await goTo(r, ROW.method);
    await key(r, KEY.left);
    await key(r, KEY.down);
    expect(activeLine(r.lastFrame())).toContain('STP');
    // i-forms60: in words, not only dimmed (NO_COLOR shows no dimming); the old values are not shown as if used.
    for (const row of [ROW.address, ROW.gateway, ROW.dns]) {
      expect(fieldLines(r.lastFrame())[row]).toMatch(/\s\(unused with DHCP\)$/);
      expect(fieldLines(r.lastFrame())[row]).not.toContain('192.168.1');
    }
    await key(r, `${KEY.up}${KEY.right}${KEY.down}`);
    expect(activeLine(r.lastFrame())).toMatch(/Address\/prefix\s+192\.168\.1\.20\/24/);
    await goTo(r, ROW.method);
    await key(r, KEY.right);
    await submit(r);
    await waitFor(() => onDone.mock.calls.length === 1);
    expect(onDone.mock.calls[0]?.[0]).toEqual({
      name: 'br0',
      stp: false,
      rollbackTimeout: 90,
      ipv4: { method: 'auto' },
    });
  });

  it('a DHCP card switched to static starts from the address, gateway and DNS it has now', async () => {
    const { r } = await form(DHCP);
    await goTo(r, ROW.method);
    await key(r, KEY.right);
    expect(activeLine(r.lastFrame())).toMatch(/\(•\) static/);
    const lines = fieldLines(r.lastFrame());
    expect(lines[ROW.address]).toMatch(/192\.168\.1\.20\/24$/);
    expect(lines[ROW.gateway]).toMatch(/192\.168\.1\.1$/);
  });

  it('STP on and another rollback timeout are saved', async () => {
    const { r, onDone } = await form();
    await goTo(r, ROW.stp);
    await key(r, ' ');
    await setField(r, ROW.timeout, '120');
    await submit(r);
    await waitFor(() => onDone.mock.calls.length === 1);
    expect(onDone.mock.calls[0]?.[0]).toMatchObject({ stp: true, rollbackTimeout: 120 });
  });

  it('a static address without DNS warns that the host will lose name resolution, and may still be saved', async () => {
    const { r, onDone } = await form();
    await setField(r, ROW.dns, '');
    expect(under(r.lastFrame(), 'DNS servers').join(' ')).toBe(
      '! no DNS server: with a static address the host loses name resolution (dnf, curl, ssh to names stop working)',
    );
    await submit(r);
    await waitFor(() => onDone.mock.calls.length === 1);
    expect(onDone.mock.calls[0]?.[0].ipv4).toEqual({
      method: 'manual',
      address: '192.168.1.20/24',
      gateway: '192.168.1.1',
      dns: [],
    });
  });

  it('Ctrl-U clears the whole field wherever the cursor is', async () => {
    const { r } = await form();
    await key(r, `${KEY.down}${KEY.left}${KEY.left}`);
    await key(r, '\u0015');
    expect(activeLine(r.lastFrame())).toMatch(/^› Bridge name\s*$/);
    await key(r, `br9${KEY.left}${KEY.left}x${KEY.home}v`);
    expect(activeLine(r.lastFrame())).toMatch(/^› Bridge name\s+vbxr9$/);
  });

  it('keys in one read each apply: a held Backspace clears the name, "lan0⏎" fills it and moves on', async () => {
    const { r } = await form();
    await key(r, KEY.down);
    r.press(`${KEY.backspace.repeat(3)}lan0${KEY.enter}`);
    const f = await r.waitForFrame(/^› IPv4 method/m);
    expect(fieldLines(f)[ROW.name]).toMatch(/^ {2}Bridge name\s+lan0$/);
  });

  it('Enter pressed three times in one read on the last field saves once', async () => {
    const { r, onDone } = await form();
    await key(r, KEY.down.repeat(LAST));
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

  it('Esc cancels without saving', async () => {
    const { r, onDone, onCancel } = await form();
    r.press(KEY.escape);
    await waitFor(() => onCancel.mock.calls.length === 1);
    expect(onDone).not.toHaveBeenCalled();
  });

  it('in Japanese, the errors are the catalogue’s Japanese, not zod’s', async () => {
    setCatalogue(ja);
    setValidationLanguage('ja');
    const { r } = await form();
    await setField(r, ROW.timeout, 'abc');
    await setField(r, ROW.gateway, '10.0.0.1');
    await submit(r);
    const frame = await r.waitForFrame('✗');
    expect(under(frame, 'ロールバックまで')).toEqual(['✗ 整数を入力してください']);
    expect(under(frame, 'ゲートウェイ')[0]).toMatch(/^✗ /);
    expect(frame).not.toMatch(/無効な入力|NaN|期待されました/);
    expect(fieldLines(frame)[ROW.method]).toMatch(/\(•\) 固定 \(manual\)/);
  });
});
