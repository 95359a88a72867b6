// nmcli's human tables (`nmcli con show`, `nmcli dev status`): a header of upper-case words, then rows
// padded to the header's column offsets. Cells are separated by 2+ spaces, yet a cell may hold one
// space ("System eth0"), so each cell goes to the column whose header starts at or before it. Offsets
// count display cells: nmcli pads translated CJK values by width, not by code points.
import { contentLines } from './lines.js';

/** Display width of one code point: 2 for East Asian wide/fullwidth, 1 otherwise (close enough for nmcli). */
function width(codePoint: number): number {
  const wide =
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0xa4cf && codePoint !== 0x303f) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    (codePoint >= 0x1f300 && codePoint <= 0x1faff) ||
    (codePoint >= 0x20000 && codePoint <= 0x3fffd);
  return wide ? 2 : 1;
}

interface Cell {
  column: number;
  text: string;
}

/** Cells of a line (runs separated by 2+ spaces) with the display column where each starts. */
function cells(line: string): Cell[] {
  const result: Cell[] = [];
  let column = 0;
  let current: Cell | undefined;
  let spaces = 0;
  for (const ch of line) {
    if (ch === ' ') {
      spaces++;
    } else {
      if (current === undefined || spaces >= 2) {
        current = { column, text: ch };
        result.push(current);
      } else {
        current.text += ' '.repeat(spaces) + ch;
      }
      spaces = 0;
    }
    column += width(ch.codePointAt(0) ?? 0);
  }
  return result;
}

export function parseNmcliTable(text: string): Record<string, string>[] {
  const all = contentLines(text);
  const headerIndex = all.findIndex((line) => /^[A-Z0-9-]+(?: {2,}[A-Z0-9-]+)*$/.test(line.trim()));
  const headerLine = all[headerIndex];
  if (headerLine === undefined) return [];
  const header = cells(headerLine);
  return all.slice(headerIndex + 1).map((line) => {
    const row: Record<string, string> = {};
    for (const { text: name } of header) row[name] = '';
    for (const cell of cells(line)) {
      let target = header[0];
      for (const h of header) if (h.column <= cell.column) target = h;
      if (target === undefined) continue;
      const before = row[target.text] ?? '';
      row[target.text] = before === '' ? cell.text : `${before}  ${cell.text}`;
    }
    return row;
  });
}
