// Parses `osinfo-query os` (" Short ID | Name | Version | ID" table; a value may overflow its column,
// e.g. "8-unknown |", so cells are split on '|', not by offsets) and `osinfo-detect ISO` (plain format).
import { contentLines } from './lines.js';

export interface OsinfoOs {
  shortId: string;
  name: string;
  version: string;
}

export function parseOsinfoQueryOs(text: string): OsinfoOs[] {
  const result: OsinfoOs[] = [];
  for (const line of contentLines(text)) {
    const cells = line.split('|').map((cell) => cell.trim());
    const [shortId, name, version] = cells;
    if (cells.length < 3 || shortId === undefined || name === undefined || version === undefined) continue;
    if (shortId === '' || /^-+$/.test(shortId) || shortId === 'Short ID') continue;
    result.push({ shortId, name, version });
  }
  return result;
}

/** "Media is bootable." / "Media is not bootable.", then "Media is an installer for OS 'X'" or "… live media …". */
export function parseOsinfoDetect(text: string): { bootable: boolean; osName?: string } {
  const all = contentLines(text).map((line) => line.trim());
  const result: { bootable: boolean; osName?: string } = { bootable: all.includes('Media is bootable.') };
  for (const line of all) {
    const match = /^Media is (?:an installer|live media) for OS '(.*)'$/.exec(line);
    if (match?.[1] !== undefined) {
      result.osName = match[1];
      break;
    }
  }
  return result;
}
