import { afterEach, describe, expect, it } from 'vitest';
import { parseVirtHostValidate } from '../../src/facts/parse/virt-host-validate.js';
import { ValidateTable } from '../../src/ui/ValidateTable.js';
import { fixture } from '../fixture.js';
import { type Rendered, render } from './render.js';

describe('ValidateTable', () => {
  let r: Rendered | undefined;
  afterEach(() => r?.unmount());

  it('shows every line when they fit, the prefix "for"/"if" dropped', () => {
    const lines = parseVirtHostValidate(fixture('rhel8/virt-host-validate.warn-iommu-dmar-secure-guest.txt'));
    r = render(<ValidateTable lines={lines} rows={20} columns={80} />);
    const f = r.lastFrame() ?? '';
    expect(f).toMatch(/^PASS +hardware virtualization$/m);
    expect(f).toMatch(/^WARN +device assignment IOMMU support$/m);
    expect(f).not.toContain('PASS ×');
  });

  it('folds the PASS lines into a count when an older libvirt prints more than fits', () => {
    const lines = parseVirtHostValidate(
      fixture('generic/virt-host-validate.warn-iommu-ivrs-lxc-fuse-fail.txt'),
    );
    const issues = lines.filter((l) => l.status !== 'PASS');
    r = render(<ValidateTable lines={lines} rows={16} columns={80} />);
    const f = r.lastFrame() ?? '';
    expect(f.split('\n').length).toBeLessThanOrEqual(16);
    expect(f).toContain(`PASS × ${lines.length - issues.length}`);
    for (const l of issues)
      expect(f).toContain(`${l.status.padEnd(5)}${(l.check || l.hint || '').replace(/^(for|if) /, '')}`);
    expect(f).not.toMatch(/^PASS (?!×)/m);
  });
});
