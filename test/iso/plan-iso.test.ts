/** What the dry-run says about the download's file name: a decided name is shown, a refused one named. */
import { describe, expect, it } from 'vitest';
import { answersSchema } from '../../src/answers/schema.js';
import { IMAGES_DIR } from '../../src/facts/iso-images.js';
import { t } from '../../src/i18n/messages.js';
import { planStep } from '../../src/plan/plan.js';
import { freshFacts, profileOf } from '../plan/facts-builder.js';

const SHA = 'ab'.repeat(32);
const planFor = (url: string, isos: { path: string; sizeBytes: number; volumeId?: string }[] = []) =>
  planStep(
    'iso',
    freshFacts('el9', { isos }),
    answersSchema.parse({ iso: { url, sha256: SHA } }),
    profileOf('el9'),
  );
const shown = (p: ReturnType<typeof planFor>) => p.notes.map((n) => t(n.key, n.params));

describe('ISO step: the file a download would write', () => {
  it('a URL ending in /vm1.qcow2 is saved as vm1.qcow2.iso, and the dry-run says so', () => {
    const p = planFor('https://mirror.example.org/vm1.qcow2');
    expect(p.state).toBe('todo');
    expect(p.download?.dest).toBe(`${IMAGES_DIR}/vm1.qcow2.iso`);
    expect(shown(p)).toContain(`The URL names it "vm1.qcow2": it is saved as ${IMAGES_DIR}/vm1.qcow2.iso.`);
  });

  it('an ISO name as it is: no "saved as" note', () => {
    const p = planFor('https://mirror.example.org/distro-1.0.iso');
    expect(p.notes.map((n) => n.key)).toEqual(['iso.downloadSha']);
  });

  it('a name with control characters is refused, shown with them written out', () => {
    const p = planFor('https://x/evil%1B%5B2J.iso');
    expect(p.state).toBe('blocked');
    const [message] = shown(p);
    expect(message).toContain('("evil\\e[2J.iso")');
    expect(message).not.toContain('\u001b');
  });

  it('a file that is not an ISO at the target name: blocked, named, the dry-run says it is not replaced', () => {
    const dest = `${IMAGES_DIR}/distro-1.0.iso`;
    const p = planFor('https://mirror.example.org/distro-1.0.iso', [{ path: dest, sizeBytes: 10 }]);
    expect(p.state).toBe('blocked');
    expect(p.download).toBeUndefined();
    expect(shown(p).at(-1)).toBe(
      `${dest} already exists and is not an ISO image: the download never replaces a file. Move it away, or download from a URL with another file name.`,
    );
  });

  it('an ISO image already at the target name: used as it is, not downloaded again', () => {
    const dest = `${IMAGES_DIR}/distro-1.0.iso`;
    const p = planFor('https://mirror.example.org/distro-1.0.iso', [
      { path: dest, sizeBytes: 10, volumeId: 'DISTRO' },
    ]);
    expect(p.state).toBe('already');
    expect(p.notes.map((n) => n.key)).toEqual(['iso.alreadyDownloaded']);
  });
});
