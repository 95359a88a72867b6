import { afterEach, describe, expect, it, vi } from 'vitest';
import type { IsoAnswers } from '../../src/answers/schema.js';
import type { IsoImage } from '../../src/facts/types.js';
import { loadCatalog } from '../../src/iso/catalog.js';
import { IsoPicker } from '../../src/ui/IsoPicker.js';
import { KEY, type Rendered, render } from '../ui/render.js';

/** The ISO picker goes through the answers schema like a file does, and shows host file names harmlessly. */
let r: Rendered | undefined;
afterEach(() => r?.unmount());

const PLANTED: IsoImage = {
  path: '/var/lib/libvirt/images/x\u001b[2J\n.iso',
  volumeId: 'VOL\u001b[31m',
  sizeBytes: 1,
};

async function picker(isos: IsoImage[]) {
  const onChoose = vi.fn<(c: IsoAnswers | undefined) => void>();
  r = render(<IsoPicker isos={isos} onChoose={onChoose} onBack={() => {}} />);
  await r.waitForFrame('No ISO for now');
  return { r, onChoose };
}

async function press(r: Rendered, k: string, until: string) {
  r.press(k);
  await r.waitForFrame(until);
}

describe('IsoPicker', () => {
  it('a host file name with ESC and a newline is listed written out, and refused when picked', async () => {
    const { r, onChoose } = await picker([PLANTED]);
    expect(r.lastFrame()).toContain('/var/lib/libvirt/images/x\\e[2J\\n.iso  [VOL\\e[31m]');
    expect(r.lastFrame()).not.toContain('\u001b[2J');
    await press(r, KEY.enter, 'must not contain control characters');
    expect(r.lastFrame()).toContain('✗ iso.path: must not contain control characters (found \\e)');
    expect(onChoose).not.toHaveBeenCalled();
  });

  it('a typed relative path gets the schema’s message instead of being taken', async () => {
    const { r, onChoose } = await picker([]);
    for (let i = 0; i < loadCatalog().length; i++) r.press(KEY.down);
    await press(r, KEY.enter, 'Path or URL of an ISO: /var/lib/libvirt/images/');
    r.press(KEY.backspace.repeat('/var/lib/libvirt/images/'.length));
    await press(r, 'x.iso', 'Path or URL of an ISO: x.iso');
    await press(r, KEY.enter, '✗');
    expect(r.lastFrame()).toContain('✗ iso.path: must be an absolute path');
    expect(onChoose).not.toHaveBeenCalled();
  });

  it('a typed URL with a bidi control stays written out on the checksum question', async () => {
    const { r } = await picker([]);
    for (let i = 0; i < loadCatalog().length; i++) r.press(KEY.down);
    await press(r, KEY.enter, 'Path or URL of an ISO: /var/lib/libvirt/images/');
    r.press(KEY.backspace.repeat('/var/lib/libvirt/images/'.length));
    await press(r, 'https://example.org/\u202eosi.iso', 'osi.iso');
    await press(r, KEY.enter, 'SHA-256');
    expect(r.lastFrame()).toContain('https://example.org/\\u202eosi.iso');
    expect(r.lastFrame()).not.toContain('\u202e');
  });
});
