/**
 * Turns a mirror's "latest" file name into a pattern for the versioned name it points at:
 *   Rocky-9-latest-x86_64-minimal.iso     → Rocky-9.6-x86_64-minimal.iso
 *   AlmaLinux-9-latest-x86_64-minimal.iso → AlmaLinux-9.6-x86_64-minimal.iso
 *   CentOS-Stream-9-latest-x86_64-dvd1.iso → CentOS-Stream-9-20250120.0-x86_64-dvd1.iso
 * The catalogue uses "latest" links so it does not go stale every point release, but the
 * checksum files only list the real names.
 */
export function latestAliasPattern(fileName: string): RegExp | undefined {
  const at = fileName.indexOf('-latest-');
  if (at < 0) return undefined;
  const before = escapeRegExp(fileName.slice(0, at));
  const after = escapeRegExp(fileName.slice(at + '-latest'.length));
  // ".6" (Rocky, Alma point release) or "-20250120.0" (CentOS Stream compose id).
  return new RegExp(`^${before}[.-]\\d[\\d.]*${after}$`);
}

/**
 * The same pattern as a POSIX extended regex, for bash's `[[ NAME =~ ERE ]]` in an exported script (no `\d`
 * there). escapeRegExp's backslash escapes mean the same in an ERE.
 */
export function latestAliasEre(fileName: string): string | undefined {
  const at = fileName.indexOf('-latest-');
  if (at < 0) return undefined;
  const before = escapeRegExp(fileName.slice(0, at));
  const after = escapeRegExp(fileName.slice(at + '-latest'.length));
  return `^${before}[.-][0-9][0-9.]*${after}$`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
