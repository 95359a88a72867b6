// Parses `dpkg-query -W -f='${Package}\t${db:Status-Status}\n' PKG…`: "name<TAB>status" per line;
// installed only when the status is "installed" (not config-files, half-installed, unpacked…).
import { contentLines } from './lines.js';

export function parseDpkgQuery(text: string): Record<string, boolean> {
  const result: Record<string, boolean> = {};
  for (const line of contentLines(text)) {
    const [pkg, status] = line.split('\t');
    if (pkg === undefined || status === undefined || pkg.trim() === '') continue;
    // ${binary:Package} would add ":amd64"; strip it so callers can look names up plainly.
    const name = pkg.trim().replace(/:[a-z0-9_-]+$/, '');
    result[name] = (result[name] ?? false) || status.trim() === 'installed';
  }
  return result;
}
