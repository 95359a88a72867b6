import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { setValidationLanguage } from '../../src/answers/load.js';
import type { VmAnswers } from '../../src/answers/schema.js';
import type { Facts } from '../../src/facts/types.js';
import { en } from '../../src/i18n/en.js';
import { ja } from '../../src/i18n/ja.js';
import { setCatalogue } from '../../src/i18n/messages.js';
import { PROFILES } from '../../src/plan/profiles.js';
import { type Graphics, graphicsChoices, type VmSettings, vmSettings } from '../../src/plan/steps/vm.js';
import { VmForm } from '../../src/ui/VmForm.js';
import { activeIndex, activeLine, fieldLines, goTo, key, setField, under } from './form-driver.js';
import { KEY, type Rendered, render } from './render.js';
import { simSession } from './sim-session.js';
import { waitFor } from './wait-for.js';

/** Field rows: 0 name, 1 OS variant, 2 vCPUs, 3 memory, 4 disk, 5 network, 6 console. */
const ROW = { name: 0, os: 1, vcpus: 2, memory: 3, disk: 4, network: 5, graphics: 6 } as const;
const LAST = ROW.graphics;

/** The simulated CentOS Stream 9 host, its packages in (osinfo-query answers with Debian 12's real rows). */
let facts: Facts;
let initial: VmSettings;
beforeAll(async () => {
  const session = await simSession();
  for (const id of ['packages'] as const) await session.runStep(id);
  facts = session.facts;
  // The ISO chosen from the catalogue names its osinfo id.
  initial = vmSettings(facts, { iso: { catalog: 'centos-stream-9' } });
});

let r: Rendered | undefined;
afterEach(() => {
  r?.unmount();
  setCatalogue(en);
  setValidationLanguage('en');
});

/** The consoles of a QEMU with SPICE (EL8, Debian…) unless told: the simulated EL9's has none. */
const BOTH = graphicsChoices(PROFILES.el8);

async function form(graphics: readonly Graphics[] = BOTH, start: VmSettings = initial) {
  const onDone = vi.fn<(a: VmAnswers) => void>();
  r = render(
    <VmForm initial={start} facts={facts} graphics={graphics} onDone={onDone} onCancel={() => undefined} />,
  );
  await r.waitForFrame(/^› /m);
  return { r, onDone };
}

/** ↓ to the last field (Enter on the OS variant opens its list), Enter there checks and saves. */
async function submit(r: Rendered) {
  while (activeIndex(r.lastFrame()) < LAST) await key(r, KEY.down);
  r.press(KEY.enter);
}

describe('VmForm', () => {
  it('shows network and console as choices, the OS variant with its name', async () => {
    const { r } = await form();
    const lines = fieldLines(r.lastFrame());
    expect(lines[ROW.os]).toMatch(/OS variant\s+centos-stream9 {2}CentOS Stream 9$/);
    expect(lines[ROW.network]).toMatch(/Network\s+\( \) bridge \(LAN\) {2}\(•\) NAT \(virbr0\)$/);
    expect(lines[ROW.graphics]).toMatch(/Console\s+\(•\) VNC {2}\( \) SPICE$/);
  });

  it('values out of range, not numbers, or too big for this host: all at once, each under its field', async () => {
    const { r, onDone } = await form();
    await setField(r, ROW.vcpus, 'two');
    await setField(r, ROW.memory, '100');
    await setField(r, ROW.disk, '70000');
    await submit(r);
    const frame = await r.waitForFrame('✗');
    expect(under(frame, 'vCPUs')).toEqual(['✗ enter a whole number']);
    expect(under(frame, 'Memory (MiB)')).toEqual(['✗ at least 256']);
    expect(under(frame, 'Disk (GiB)')).toEqual(['✗ at most 65536']);
    expect(frame).not.toMatch(/Too big|Too small|expected number|NaN/);
    expect(onDone).not.toHaveBeenCalled();
    // Fixed one by one, each error goes as soon as its field is right.
    await setField(r, ROW.vcpus, '64');
    expect(under(r.lastFrame(), 'vCPUs')[0]).toMatch(/^✗ more than this host’s \d+ CPUs$/);
    await setField(r, ROW.vcpus, '1');
    expect(under(r.lastFrame(), 'vCPUs')).toEqual([]);
    expect(under(r.lastFrame(), 'Memory (MiB)')).toEqual(['✗ at least 256']);
  });

  it('the OS variant is a list from the host’s osinfo: Enter opens it, typing searches ids and names', async () => {
    const { r, onDone } = await form();
    await goTo(r, ROW.os);
    await key(r, KEY.enter);
    expect(r.lastFrame()).toMatch(/\/ +\S* *\d+ of \d+/);
    await key(r, 'windows 11');
    const f = r.lastFrame();
    expect(f).toContain('❯ win11  Microsoft Windows 11');
    expect(f).toContain('1 of 24');
    await key(r, KEY.enter);
    // Taken: the list closes and the next field is active.
    expect(fieldLines(r.lastFrame())[ROW.os]).toMatch(/OS variant\s+win11 {2}Microsoft Windows 11$/);
    expect(activeLine(r.lastFrame())).toContain('vCPUs');
    await submit(r);
    await waitFor(() => onDone.mock.calls.length === 1);
    expect(onDone.mock.calls[0]?.[0]).toMatchObject({ osVariant: 'win11' });
  });

  it('a search that matches nothing says so; Esc leaves the list and keeps the value', async () => {
    const { r } = await form();
    await goTo(r, ROW.os);
    await key(r, `${KEY.enter}plan9`);
    expect(r.lastFrame()).toContain('nothing matches "plan9"');
    await key(r, KEY.escape);
    expect(activeLine(r.lastFrame())).toMatch(/OS variant\s+centos-stream9/);
    expect(r.lastFrame()).not.toContain('nothing matches');
  });

  it('an OS id typed that this host does not know is refused at its field', async () => {
    const { r, onDone } = await form();
    await setField(r, ROW.os, 'centos-stream99');
    await submit(r);
    const frame = await r.waitForFrame('✗');
    expect(under(frame, 'OS variant')[0]).toBe(
      '✗ not in this host’s osinfo list: press Enter to choose from it',
    );
    expect(onDone).not.toHaveBeenCalled();
    // Enter there opens the list searching for what was typed.
    await goTo(r, ROW.os);
    await key(r, KEY.enter);
    expect(r.lastFrame()).toContain('nothing matches "centos-stream99"');
    await key(r, `${KEY.backspace}${KEY.enter}`);
    expect(fieldLines(r.lastFrame())[ROW.os]).toMatch(/centos-stream9 {2}CentOS Stream 9$/);
    expect(under(r.lastFrame(), 'OS variant')).toEqual([]);
  });

  it('network and console are toggled, not typed, and saved', async () => {
    const { r, onDone } = await form();
    await goTo(r, ROW.network);
    r.press('bridge');
    await key(r, KEY.left);
    expect(activeLine(r.lastFrame())).toMatch(/\(•\) bridge \(LAN\)/);
    await goTo(r, ROW.graphics);
    await key(r, ' ');
    await submit(r);
    await waitFor(() => onDone.mock.calls.length === 1);
    expect(onDone.mock.calls[0]?.[0]).toMatchObject({ network: 'bridge', graphics: 'spice' });
  });

  it('EL9 and later: SPICE is not offered; an answers file’s spice is shown and saved as VNC', async () => {
    const el9 = graphicsChoices(PROFILES.el9);
    const { r, onDone } = await form(el9, { ...initial, graphics: 'spice' });
    expect(fieldLines(r.lastFrame())[ROW.graphics]).toMatch(/Console\s+\(•\) VNC$/);
    await goTo(r, ROW.graphics);
    await key(r, ' ');
    expect(fieldLines(r.lastFrame())[ROW.graphics]).not.toContain('SPICE');
    await submit(r);
    await waitFor(() => onDone.mock.calls.length === 1);
    expect(onDone.mock.calls[0]?.[0]).toMatchObject({ graphics: 'vnc' });
  });

  it('in Japanese the errors are the catalogue’s, never zod’s Japanese', async () => {
    setCatalogue(ja);
    setValidationLanguage('ja');
    const { r } = await form();
    await setField(r, ROW.disk, 'x');
    await setField(r, ROW.memory, '99999999999');
    await submit(r);
    const frame = await r.waitForFrame('✗');
    expect(under(frame, 'ディスク (GiB)')).toEqual(['✗ 整数を入力してください']);
    expect(under(frame, 'メモリー (MiB)')).toEqual(['✗ 16777216 以下にしてください']);
    expect(frame).not.toMatch(/無効な入力|NaN|期待されました|大きすぎ/);
    expect(fieldLines(frame)[ROW.network]).toMatch(/ブリッジ \(LAN\)/);
  });

  // i-forms2: the OS list puts the variant of the chosen ISO first.
  it('the OS list opens on the chosen ISO’s own variant, said so, then “detect”, then the rest', async () => {
    const { r } = await form();
    await goTo(r, ROW.os);
    await key(r, KEY.enter);
    const rows = r
      .lastFrame()
      .split('\n')
      .filter((l) => /^ +[❯ ] \S/.test(l) && !l.includes('/ '));
    expect(rows[0]).toMatch(/❯ centos-stream9 {2}CentOS Stream 9 {2}← the chosen ISO$/);
    expect(rows[1]).toMatch(/^ + {2}detect from the ISO$/);
    // Once: not again further down the list.
    expect(r.lastFrame().match(/centos-stream9 /g)).toHaveLength(2);
  });

  it('another ISO, another first row; the user’s own variant does not move it', async () => {
    const rocky = vmSettings(facts, {
      iso: { catalog: 'rocky-9' },
      vm: { name: 'vm1', graphics: 'vnc', osVariant: 'win11' },
    });
    expect(facts.osVariants).toContain('rocky9');
    const { r } = await form(BOTH, rocky);
    expect(fieldLines(r.lastFrame())[ROW.os]).toMatch(/OS variant\s+win11 {2}Microsoft Windows 11$/);
    await goTo(r, ROW.os);
    await key(r, `\u0015${KEY.enter}`);
    expect(r.lastFrame()).toMatch(/❯ rocky9 {2}Rocky Linux 9 {2}← the chosen ISO$/m);
  });

  it('an ISO this host’s osinfo does not know: “detect” first, nothing marked', async () => {
    const own = { ...initial, isoOsVariant: 'plan9' };
    const { r } = await form(BOTH, own);
    await goTo(r, ROW.os);
    await key(r, KEY.enter);
    expect(r.lastFrame()).toMatch(/❯ +detect from the ISO$/m);
    expect(r.lastFrame()).not.toContain('← the chosen ISO');
  });
});
