import type { Key } from 'ink';
import { t } from '../i18n/messages.js';
import { bound } from './keys/bindings.js';

/** A one-line text field: its text and the cursor (an index into the text, 0…length). */
export interface TextState {
  value: string;
  cursor: number;
}

/** Code units of the character before `i` (2 for a surrogate pair: 𠮷, emoji), so no half is left behind. */
function before(value: string, i: number): number {
  return i >= 2 && /[\udc00-\udfff]/.test(value[i - 1] ?? '') && /[\ud800-\udbff]/.test(value[i - 2] ?? '')
    ? 2
    : 1;
}

/** Code units of the character at `i`. */
export function charAt(value: string, i: number): string {
  const code = value.codePointAt(i);
  return code === undefined ? '' : String.fromCodePoint(code);
}

/**
 * One key on a text field, readline-style: ←/→, Home/End (Ctrl-A/Ctrl-E), Backspace, Delete (Ctrl-D),
 * Ctrl-U (erase the whole field: one key to clear a prefilled value, wherever the cursor is), typed or pasted
 * text (a paste's first line: see pastedLine). 'submit' for Enter; undefined for keys that are not the field's (↑/↓/Tab/Esc belong to the form around it).
 * Pure, so keys that arrive in one read can be applied one after the other without waiting for a render.
 */
export function editText(s: TextState, input: string, key: Key): TextState | 'submit' | undefined {
  const { value, cursor } = s;
  if (key.return) return 'submit';
  if (key.leftArrow) return { value, cursor: cursor > 0 ? cursor - before(value, cursor) : 0 };
  if (key.rightArrow) return { value, cursor: Math.min(value.length, cursor + charAt(value, cursor).length) };
  if (bound('text.start', input, key)) return { value, cursor: 0 };
  if (bound('text.end', input, key)) return { value, cursor: value.length };
  if (bound('text.clear', input, key)) return { value: '', cursor: 0 };
  // The Delete key reaches here as Ctrl-D (ui/keys/parse.ts): erase the character under the cursor.
  if (bound('text.eraseForward', input, key)) {
    return { value: value.slice(0, cursor) + value.slice(cursor + charAt(value, cursor).length), cursor };
  }
  // Most terminals send DEL (0x7f) for Backspace, which Ink names "delete": both erase to the left.
  if (key.backspace || key.delete) {
    if (cursor === 0) return s;
    const n = before(value, cursor);
    return { value: value.slice(0, cursor - n) + value.slice(cursor), cursor: cursor - n };
  }
  if (key.ctrl || key.meta || key.escape || key.tab || key.upArrow || key.downArrow) return undefined;
  // C1 and bidi controls stay (the field shows them written out, its check refuses them); C0 ones cannot be
  // typed as text.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed here.
  const typed = pastedLine(input).text.replace(/[\u0000-\u001f\u007f]/g, '');
  // No field takes more (a URL's practical limit is far below): a huge paste is cut, not laid out line by
  // line on every render (133 KB froze the wizard for minutes).
  const text = typed.slice(0, Math.max(0, MAX_FIELD_LENGTH - value.length));
  if (!text) return undefined;
  return { value: value.slice(0, cursor) + text + value.slice(cursor), cursor: cursor + text.length };
}

/** The longest value a field holds (characters); what is typed or pasted past it is dropped. */
export const MAX_FIELD_LENGTH = 4096;

/** Where one line of text ends: CR LF, CR, LF, NEL and the Unicode line and paragraph separators. */
const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/;

/**
 * A paste is text: typed keys reach a field one at a time, so only a paste (the key router hands it over
 * whole) holds a line break, and a line break in it is never Enter. A field is one line: it takes the first
 * line that is not blank. `lines` counts the others that were left out (0: only line breaks were).
 */
export function pastedLine(input: string): { text: string; breaks: boolean; dropped: number } {
  if (!LINE_BREAK.test(input)) return { text: input, breaks: false, dropped: 0 };
  const lines = input.split(LINE_BREAK).filter((l) => l.trim() !== '');
  return { text: lines[0] ?? '', breaks: true, dropped: Math.max(0, lines.length - 1) };
}

/** What a paste with line breaks left out, said under its field; undefined for typed keys and one-line pastes. */
export function pasteNotice(input: string): string | undefined {
  const paste = pastedLine(input);
  if (!paste.breaks) return undefined;
  return paste.dropped ? t('form.pasteLines', { count: paste.dropped }) : t('form.pasteBreak');
}
