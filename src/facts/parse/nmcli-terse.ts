// nmcli -t (terse) lines: fields separated by ':', a literal ':' escaped as '\:' and a backslash as '\\'.
import { contentLines } from './lines.js';

export function splitTerse(line: string): string[] {
  const fields: string[] = [];
  let current = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '\\' && i + 1 < line.length) {
      current += line[i + 1];
      i++;
    } else if (ch === ':') {
      fields.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  fields.push(current);
  return fields;
}

/** Terse rows as records keyed by the requested field names (the -f list); missing fields are ''. */
export function parseTerseRows(text: string, fields: readonly string[]): Record<string, string>[] {
  return contentLines(text).map((line) => {
    const values = splitTerse(line);
    const row: Record<string, string> = {};
    fields.forEach((field, i) => {
      row[field] = values[i] ?? '';
    });
    return row;
  });
}
