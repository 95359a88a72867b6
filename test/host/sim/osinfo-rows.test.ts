import { describe, expect, it } from 'vitest';
import { parseOsinfoQueryOs } from '../../../src/facts/parse/osinfo.js';
import { OSINFO_ROWS, osinfoQuery } from '../../../src/sim/virt.js';
import { fixture } from '../../fixture.js';

const REAL = fixture('debian/osinfo-query-os.debian12-osinfo-db-20221130.excerpt.txt');
/** Releases newer than that osinfo-db, which the simulated hosts need. */
const NEWER = ['centos-stream10', 'debian12', 'ubuntu24.04'];

describe('simulated osinfo-query os', () => {
  it('prints the real rows byte for byte (header, separator and each row as Debian 12 prints them)', () => {
    const real = new Set(REAL.split('\n'));
    const lines = osinfoQuery().split('\n').filter(Boolean);
    const own = lines.filter((l) => !NEWER.some((id) => l.startsWith(` ${id} `)));
    expect(own.length).toBe(OSINFO_ROWS.length - NEWER.length + 2);
    for (const line of own) expect(real, line).toContain(line);
  });

  it('parses to the ids and names the VM form offers', () => {
    const rows = parseOsinfoQueryOs(osinfoQuery());
    expect(rows.find((r) => r.shortId === 'centos-stream9')?.name).toBe('CentOS Stream 9');
    expect(rows.find((r) => r.shortId === 'win11')?.name).toBe('Microsoft Windows 11');
    expect(rows).toHaveLength(OSINFO_ROWS.length);
  });
});
