// Parses `nmcli -t -f all connection show uuid UUID`: one "setting.property:value" line per property, the value
// printed raw (a single-field terse line is not escaped: "ipv6.addresses:fd00:1::5/64, fd00:1::6/64", measured on
// NM 1.42). Active-state lines (GENERAL.*, IP4.ADDRESS[1], DHCP4.OPTION[n]: upper case) are not settings and are
// skipped. A value with a line break continues on lines that are no "key:" line; such a value keeps its "\n"
// so the caller sees it as hostile. A property printed twice is reported: the profile cannot be trusted then.
import { lines } from './lines.js';

export interface NmProfile {
  /** "ipv4.routes" → "10.9.9.0/24 192.168.1.2 100, …" exactly as nmcli prints it ('' = not set). */
  settings: Record<string, string>;
  /** Properties that appeared more than once. */
  duplicates: string[];
}

const SETTING_LINE = /^([a-z0-9][a-z0-9-]*\.[a-z0-9][a-z0-9-]*):(.*)$/;
const ACTIVE_LINE = /^[A-Z][A-Z0-9-]*(?:\.[A-Za-z0-9_-]+)+(?:\[\d+\])?:/;

export function parseNmcliProfile(text: string): NmProfile {
  const settings: Record<string, string> = Object.create(null);
  const duplicates: string[] = [];
  let last: string | undefined;
  const rows = lines(text);
  if (rows.at(-1) === '') rows.pop();
  for (const row of rows) {
    const m = SETTING_LINE.exec(row);
    if (m?.[1] !== undefined) {
      const key = m[1];
      if (key in settings) duplicates.push(key);
      settings[key] = m[2] ?? '';
      last = key;
    } else if (ACTIVE_LINE.test(row) || row === '') {
      last = undefined;
    } else if (last !== undefined) {
      settings[last] = `${settings[last]}\n${row}`;
    }
  }
  return { settings: { ...settings }, duplicates };
}

/** nmcli's list form ("a, b" or "a,b") as items; '' is none. */
export function profileList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
