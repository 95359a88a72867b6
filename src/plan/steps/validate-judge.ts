import type { Answers } from '../../answers/schema.js';
import type { ValidateLine } from '../../facts/types.js';
import type { MessageKey } from '../../i18n/messages.js';

/** Plain-words explanation for a virt-host-validate line that is not PASS. */
export function explainValidateLine(line: ValidateLine): MessageKey {
  const c = line.check.toLowerCase();
  if (c.includes('hardware virtualization')) return 'validate.hint.hwvirt';
  if (c.includes('/dev/kvm')) return 'validate.hint.devkvm';
  if (c.includes('iommu')) return 'validate.hint.iommu';
  if (c.includes('secure guest')) return 'validate.hint.secure';
  if (c.includes('cgroup')) return 'validate.hint.cgroup';
  return 'validate.hint.other';
}

/** FAIL lines that still fail the step: a missing vmx/svm is accepted only when the user chose emulation. */
export function blockingFailures(lines: ValidateLine[], answers: Answers): ValidateLine[] {
  return lines.filter(
    (l) =>
      l.status === 'FAIL' &&
      l.driver !== 'LXC' &&
      !(answers.host?.allowNoVirt && explainValidateLine(l) === 'validate.hint.hwvirt'),
  );
}

/** "Checking for hardware virtualization" reads "hardware virtualization"; "if device /dev/kvm exists" likewise. */
export function checkText(l: ValidateLine): string {
  return (l.check || l.hint || '').replace(/^(for|if) /, '');
}
