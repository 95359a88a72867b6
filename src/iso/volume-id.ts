/**
 * Maps an ISO's volume id to a libosinfo short id for `virt-install --osinfo`, so a user who
 * brings their own ISO still gets the right virtual hardware defaults (virtio, firmware, RAM).
 */

interface VolumeIdRule {
  /** Anchored regex over the trimmed volume id; capture groups feed `variant`. */
  pattern: RegExp;
  /** osinfo short id; `$1`, `$2` are replaced by capture groups. */
  variant: string;
  /** A volume id this rule is meant to recognise: the table documents itself and is tested with it. */
  example: string;
}

// Volume ids are capped at 32 characters, so long names arrive truncated ("Debian 12.11.0 amd64 n").
// Case-insensitive because strict ISO 9660 "d-characters" are upper case and some remasters obey.
export const VOLUME_ID_RULES: readonly VolumeIdRule[] = [
  // Stream 9/10: "CentOS-Stream-9-BaseOS-x86_64"; Stream 8 was "CentOS-Stream-8-x86_64-dvd".
  { pattern: /^CentOS-Stream-(\d+)-/i, variant: 'centos-stream$1', example: 'CentOS-Stream-9-BaseOS-x86_64' },
  // CentOS Linux 7 ("CentOS 7 x86_64"); osinfo names it with a minor version.
  { pattern: /^CentOS (\d+) /i, variant: 'centos$1.0', example: 'CentOS 7 x86_64' },
  // RHEL: "RHEL-9-4-0-BaseOS-x86_64", "RHEL-10-0-BaseOS-x86_64"; osinfo tracks RHEL per minor release.
  { pattern: /^RHEL-(\d+)-(\d+)-/i, variant: 'rhel$1.$2', example: 'RHEL-9-4-0-BaseOS-x86_64' },
  { pattern: /^Rocky-(\d+)-/i, variant: 'rocky$1', example: 'Rocky-9-6-x86_64-dvd' },
  { pattern: /^AlmaLinux-(\d+)-/i, variant: 'almalinux$1', example: 'AlmaLinux-9-6-x86_64-dvd' },
  // Ubuntu server ("Ubuntu-Server 24.04.3 LTS amd64") and desktop ("Ubuntu 24.04.3 LTS amd64").
  {
    pattern: /^Ubuntu(?:-Server)? (\d\d)\.(\d\d)(?:\.\d+)?\b/i,
    variant: 'ubuntu$1.$2',
    example: 'Ubuntu-Server 24.04.3 LTS amd64',
  },
  { pattern: /^Debian (\d+)(?:\.\d+)* /i, variant: 'debian$1', example: 'Debian 12.11.0 amd64 n' },
];

export function osVariantFromVolumeId(volumeId: string): string | undefined {
  const id = volumeId.trim();
  for (const rule of VOLUME_ID_RULES) {
    const match = rule.pattern.exec(id);
    if (match) return rule.variant.replace(/\$(\d)/g, (_, n: string) => match[Number(n)] ?? '');
  }
  return undefined;
}
