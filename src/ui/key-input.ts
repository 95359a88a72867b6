import { Readable } from 'node:stream';

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

/** Forward Delete (ESC [ 3 ~): Ink calls it "delete" like Backspace's DEL; as Ctrl-D it erases to the right. */
const FORWARD_DELETE = '\u001b[3~';
/** Bracketed-paste markers, should a terminal have the mode on: not keys. */
const PASTE_MARKERS = new Set(['\u001b[200~', '\u001b[201~']);
/** Enter and a lone Esc change the screen: keys after them wait this long for the new screen's handlers. */
export const SETTLE_MS = 40;

/**
 * Feeds the keys of each terminal read to `push`, one by one. Keys that follow an Enter or an Esc in the
 * same read are held back SETTLE_MS: React mounts the next screen's key handlers in effects that run after
 * the render, and until then those keys would reach the screen just left (a second submit of a form, a
 * checksum pasted after a URL typed into the URL field).
 */
export function keyFeed(push: (key: string) => void): (data: string) => void {
  const queue: string[] = [];
  let timer: NodeJS.Timeout | undefined;
  const drain = () => {
    timer = undefined;
    for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
      if (PASTE_MARKERS.has(key)) continue;
      push(key === FORWARD_DELETE ? '\u0004' : key);
      if ((key === '\r' || key === '\n' || key === '\u001b') && queue.length) {
        timer = setTimeout(drain, SETTLE_MS);
        return;
      }
    }
  };
  return (data) => {
    queue.push(...splitKeys(data));
    if (!timer) drain();
  };
}

/**
 * The terminal as Ink's stdin, one key per read() (see keyFeed): Ink reads until null and parses each
 * piece on its own, so repeated keys in one read all arrive. Raw mode, ref and unref go to the terminal.
 */
export function keyByKeyStdin(tty: NodeJS.ReadStream): NodeJS.ReadStream {
  const keys = new Readable({ objectMode: true, read() {} });
  const onData = keyFeed((key) => keys.push(key));
  return Object.assign(keys, {
    isTTY: true,
    // Pieces are strings already; Ink asks for utf8 anyway.
    setEncoding: () => keys,
    setRawMode(mode: boolean) {
      tty.setRawMode(mode);
      if (mode && !tty.listeners('data').includes(onData)) {
        tty.setEncoding('utf8');
        tty.on('data', onData);
        // unref() paused it: a 'data' listener alone does not start a paused stream again.
        tty.resume();
      }
      return keys;
    },
    ref() {
      tty.ref();
      return keys;
    },
    // Ink lets go of the input: stop reading, so the process can end.
    unref() {
      tty.off('data', onData);
      tty.pause();
      tty.unref();
      return keys;
    },
  }) as unknown as NodeJS.ReadStream;
}
