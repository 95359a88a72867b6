// Parses `nmcli -t -f … connection show UUID` / `device show IF` ("key:value", terse) and the human
// form ("key:   value"): split on the first ':', trim. "IP4.ADDRESS[1]" goes under "IP4.ADDRESS" in
// order; repeated keys (a profile active twice) append; '--' or '' is []; ipv4/ipv6 list settings
// ("8.8.8.8,8.8.4.4") are split on commas. Values may be '\:' escaped (-g style) or raw (IPv6).
import { contentLines } from './lines.js';

const LIST_KEYS = /^ipv[46]\.(?:addresses|dns|dns-search)$/;

function unescapeTerse(value: string): string {
  return value.replace(/\\([\\:])/g, '$1');
}

export function parseNmcliFields(text: string): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const line of contentLines(text)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const key = line
      .slice(0, colon)
      .trim()
      .replace(/\[\d+\]$/, '');
    const raw = unescapeTerse(line.slice(colon + 1).trim());
    const values = result[key] ?? [];
    result[key] = values;
    if (raw === '' || raw === '--') continue;
    const parts = LIST_KEYS.test(key) ? raw.split(',').map((part) => part.trim()) : [raw];
    values.push(...parts.filter((part) => part !== ''));
  }
  return result;
}
