// Parses `rpm -q NAME…`: one line per name, a NEVRA (name-version-release.arch) when installed, else
// "package NAME is not installed" (also the ja_JP "パッケージ NAME はインストールされていません。").
// Matched by name: "libvirt-client-1-2.x86_64" must not count as "libvirt".
import { contentLines } from './lines.js';

const NOT_INSTALLED = [
  /^package (\S+) is not installed\.?$/,
  /^パッケージ (\S+) はインストールされていません。?$/,
];

export function parseRpmQuery(text: string, names: readonly string[]): Record<string, boolean> {
  const missing = new Set<string>();
  const nevras: string[] = [];
  for (const raw of contentLines(text)) {
    const line = raw.trim();
    const name = NOT_INSTALLED.map((re) => re.exec(line)?.[1]).find((n) => n !== undefined);
    if (name !== undefined) missing.add(name);
    else nevras.push(line);
  }
  const result: Record<string, boolean> = {};
  for (const name of names) {
    // After "name-" a NEVRA has exactly version-release.arch left: one dash (version and release have none).
    const installed = nevras.some(
      (nevra) => nevra.startsWith(`${name}-`) && /^[^-\s]+-[^-\s]+$/.test(nevra.slice(name.length + 1)),
    );
    result[name] = installed && !missing.has(name);
  }
  return result;
}
