const ESC = '\u001b';

/**
 * Splits what one terminal read delivered into the keys in it: each control character (Enter, Backspace,
 * Tab, Ctrl-C) on its own, each escape sequence whole, runs of text together (a paste stays one piece).
 * Ink 6 splits a read only at ESC, so "⌫⌫⌫" from a held Backspace over a slow SSH link would reach it as
 * one unknown key, and be lost.
 */
export function splitKeys(data: string): string[] {
  const keys: string[] = [];
  let text = '';
  let i = 0;
  while (i < data.length) {
    const ch = data[i] as string;
    const code = ch.charCodeAt(0);
    if (ch === ESC || code < 0x20 || code === 0x7f) {
      if (text) keys.push(text);
      text = '';
      const end = ch === ESC ? escapeEnd(data, i) : i + 1;
      keys.push(data.slice(i, end));
      i = end;
    } else {
      text += ch;
      i++;
    }
  }
  if (text) keys.push(text);
  return keys;
}

/**
 * Where the escape sequence at `start` ends, the way Ink's own parser reads them: CSI (ESC [ params final,
 * also the legacy ESC [ [ A), SS3 (ESC O x), either after a second ESC (Alt), else ESC and one character.
 * An unfinished sequence takes the rest of the read: Ink keeps it pending until the next one.
 */
function escapeEnd(s: string, start: number): number {
  let i = start + 1;
  if (s[i] === ESC && (s[i + 1] === '[' || s[i + 1] === 'O')) i++;
  const kind = s[i];
  if (kind === undefined) return s.length;
  if (kind === '[') {
    let j = i + 1;
    if (s[j] === '[') j++;
    for (; j < s.length; j++) {
      const c = s.charCodeAt(j);
      if (c >= 0x40 && c <= 0x7e) return j + 1;
      if (c < 0x20 || c > 0x3f) return i + 1;
    }
    return s.length;
  }
  if (kind === 'O') return Math.min(i + 2, s.length);
  return (s.codePointAt(i) ?? 0) > 0xffff ? i + 2 : i + 1;
}

/** Bracketed-paste markers (the wizard turns the mode on, see BRACKETED_PASTE): around a paste, not keys. */
export const PASTE_START = '\u001b[200~';
export const PASTE_END = '\u001b[201~';

/** xterm's bracketed-paste mode (DEC 2004), which nearly every terminal and tmux follow: on, off. */
export const BRACKETED_PASTE = { on: '\u001b[?2004h', off: '\u001b[?2004l' } as const;

/**
 * A CSI sequence cut off at the end of a read (a slow SSH link can split "ESC [ 1 ; 5 C"): it is kept until
 * the next read completes it. A lone ESC is the Esc key: terminals send a key's sequence in one write.
 */
export function isUnfinished(key: string): boolean {
  if (!key.startsWith(`${ESC}[`) && !key.startsWith(`${ESC}${ESC}[`)) return false;
  const last = key.charCodeAt(key.length - 1);
  return key.endsWith('[') || !(last >= 0x40 && last <= 0x7e);
}
