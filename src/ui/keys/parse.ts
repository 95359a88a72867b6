import type { Key } from 'ink';

/** A key as the screens see it: Ink's `(input, key)` pair, so the handlers read like Ink's own useInput. */
export interface KeyPress {
  input: string;
  key: Key;
}

/** A key with no flag set: what each parsed key starts from (tests build keys from it too). */
export const NO_KEY: Readonly<Key> = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};

type Named = keyof Pick<
  Key,
  | 'upArrow'
  | 'downArrow'
  | 'leftArrow'
  | 'rightArrow'
  | 'pageUp'
  | 'pageDown'
  | 'home'
  | 'end'
  | 'return'
  | 'escape'
  | 'tab'
  | 'delete'
>;

/** Escape sequences xterm, VTE, tmux and the Linux console send (CSI and SS3 forms), by the key they mean. */
const SEQUENCES: Readonly<Record<string, Named>> = {
  '[A': 'upArrow',
  '[B': 'downArrow',
  '[C': 'rightArrow',
  '[D': 'leftArrow',
  OA: 'upArrow',
  OB: 'downArrow',
  OC: 'rightArrow',
  OD: 'leftArrow',
  '[H': 'home',
  '[F': 'end',
  OH: 'home',
  OF: 'end',
  '[1~': 'home',
  '[4~': 'end',
  '[7~': 'home',
  '[8~': 'end',
  '[5~': 'pageUp',
  '[6~': 'pageDown',
  '[[5~': 'pageUp',
  '[[6~': 'pageDown',
};

const press = (input: string, key: Partial<Key>): KeyPress => ({ input, key: { ...NO_KEY, ...key } });

/**
 * One key (as split by `splitKeys`) as Ink would report it. Enter is `return`, DEL and BS are `delete` /
 * `backspace` (most terminals send DEL for Backspace: both erase to the left), the Delete key (ESC [ 3 ~)
 * is Ctrl-D (erase to the right, as readline does), Ctrl-letters are `ctrl` with the letter, ESC and a
 * character is Alt (`meta`). Modifier forms of arrows (ESC [ 1 ; 5 C) keep their key and set shift/ctrl/meta.
 */
export function parseKey(raw: string): KeyPress {
  if (raw === '\r' || raw === '\n') return press('', { return: true });
  if (raw === '\t') return press('', { tab: true });
  if (raw === '\u007f') return press('', { delete: true });
  if (raw === '\b') return press('', { backspace: true });
  if (raw === '\u001b') return press('', { escape: true });
  if (raw === '\u001b[Z') return press('', { tab: true, shift: true });
  if (raw === '\u001b[3~') return press('d', { ctrl: true });
  if (raw.length === 1 && raw.charCodeAt(0) < 0x20) {
    return press(String.fromCharCode(raw.charCodeAt(0) + 0x60), { ctrl: true });
  }
  if (raw.startsWith('\u001b')) {
    const body = raw.slice(1);
    const named = SEQUENCES[body];
    if (named) return press('', { [named]: true });
    // CSI 1 ; modifier X: 2 Shift, 3 Alt, 5 Ctrl (and sums); the key from the final character.
    const modified = /^\[1;(\d+)([A-DFH])$/.exec(body);
    if (modified) {
      const bits = Number(modified[1]) - 1;
      const base = SEQUENCES[`[${modified[2]}`] as Named;
      return press('', {
        [base]: true,
        shift: (bits & 1) !== 0,
        meta: (bits & 2) !== 0,
        ctrl: (bits & 4) !== 0,
      });
    }
    if (body.startsWith('\u001b')) return { ...parseKey(body), key: { ...parseKey(body).key, meta: true } };
    // Alt and a character; an unknown sequence is not text to type.
    if ([...body].length === 1) return press(body, { meta: true });
    return press('', { escape: false });
  }
  return press(raw, {});
}
