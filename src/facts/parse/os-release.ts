// Parses /etc/os-release (os-release(5)): KEY=value lines, values optionally '…' or "…" quoted, # comments.
import type { OsRelease } from '../types.js';
import { lines } from './lines.js';

function unquote(raw: string): string {
  const value = raw.trim();
  const quote = value[0];
  if ((quote === '"' || quote === "'") && value.length >= 2 && value.endsWith(quote)) {
    const inner = value.slice(1, -1);
    // Inside double quotes the shell escapes \" \\ \$ \` are allowed; single quotes are literal.
    return quote === '"' ? inner.replace(/\\(["\\$`])/g, '$1') : inner;
  }
  return value.replace(/\\(.)/g, '$1');
}

/** Every KEY=value pair of the file, values unquoted. */
export function parseOsReleaseMap(text: string): Record<string, string> {
  const map: Record<string, string> = {};
  for (const line of lines(text)) {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line);
    if (match?.[1] === undefined || match[2] === undefined) continue;
    map[match[1]] = unquote(match[2]);
  }
  return map;
}

export function parseOsRelease(text: string): OsRelease {
  const map = parseOsReleaseMap(text);
  return {
    id: map.ID ?? '',
    idLike: (map.ID_LIKE ?? '').split(/\s+/).filter((word) => word !== ''),
    versionId: map.VERSION_ID ?? '',
    name: map.NAME ?? '',
    prettyName: map.PRETTY_NAME ?? '',
  };
}
