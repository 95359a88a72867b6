import { describe, expect, it } from 'vitest';
import { printFacts } from '../../src/cli/facts.js';
import { hasControlChars } from '../../src/i18n/visible.js';
import { freshFacts } from '../plan/facts-builder.js';

/** `kvm-wizard facts` prints what the host says: its names and paths are written out, never sent raw. */
describe('facts: text from the host is shown harmlessly', () => {
  it('an OS name, a connection profile and an ISO file name with ESC, CR and newlines', () => {
    const base = freshFacts('el9');
    const facts = {
      ...base,
      os: { ...base.os, prettyName: 'CentOS\u001b]0;owned\u0007 Stream 9' },
      nm: {
        ...base.nm,
        connections: [{ name: 'Wired\rroot ok', uuid: 'u', type: 'ethernet', device: 'enp1s0' }],
      },
      isos: [{ path: '/var/lib/libvirt/images/x\n$ rm -rf /.iso', volumeId: 'VOL\u001b[2J', sizeBytes: 1 }],
    };
    const lines: string[] = [];
    printFacts(facts, false, (s) => lines.push(s));
    for (const line of lines) expect(hasControlChars(line), JSON.stringify(line)).toBe(false);
    expect(lines).toContain('system            CentOS\\e]0;owned\\x07 Stream 9 (ID=centos, VERSION_ID=9)');
    expect(lines).toContain('NM connections    Wired\\rroot ok [ethernet on enp1s0]');
    expect(lines).toContain('ISO images        /var/lib/libvirt/images/x\\n$ rm -rf /.iso [VOL\\e[2J]');
  });
});
