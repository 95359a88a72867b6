/**
 * Text that reaches a terminal, a log line or a script comment must not carry characters that act instead of
 * showing: C0/C1 controls (ESC starts terminal sequences, CR overwrites a line, NUL cuts C strings), DEL,
 * the Unicode line/paragraph separators (U+2028/2029 end a line in some viewers and in JavaScript) and the
 * bidirectional overrides that reorder what is shown ("Trojan Source", CVE-2021-42574).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
export const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;
const CONTROL_CHARS_GLOBAL = new RegExp(CONTROL_CHARS.source, 'gu');

/** Whether `text` holds any character of CONTROL_CHARS (tab included). */
export function hasControlChars(text: string): boolean {
  return CONTROL_CHARS.test(text);
}

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\u001b': '\\e' };

/** `text` with every control character written out (`\n`, `\e`, `\x07`, `\u202e`), safe to print anywhere. */
export function visible(text: string): string {
  return text.replace(CONTROL_CHARS_GLOBAL, (ch) => {
    const named = NAMED[ch];
    if (named) return named;
    const cp = ch.codePointAt(0) ?? 0;
    return cp <= 0xff ? `\\x${cp.toString(16).padStart(2, '0')}` : `\\u${cp.toString(16).padStart(4, '0')}`;
  });
}

/** One line of a command's output for the screen: tabs become spaces (8-column stops), the rest as `visible`. */
export function visibleOutputLine(line: string): string {
  let column = 0;
  let out = '';
  for (const ch of line) {
    if (ch === '\t') {
      const spaces = 8 - (column % 8);
      out += ' '.repeat(spaces);
      column += spaces;
    } else {
      out += ch;
      column += 1;
    }
  }
  return visible(out);
}
