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

/**
 * The terminal as Ink's stdin, one key per read(): Ink reads until null and parses each piece on its own,
 * so repeated keys in one read all arrive. Raw mode, ref and unref go to the real terminal.
 */
export function keyByKeyStdin(tty: NodeJS.ReadStream): NodeJS.ReadStream {
  const onData = (data: string) => {
    for (const key of splitKeys(data)) keys.push(key);
  };
  const keys = new Readable({ objectMode: true, read() {} });
  return Object.assign(keys, {
    isTTY: true,
    // Pieces are strings already; Ink asks for utf8 anyway.
    setEncoding: () => keys,
    setRawMode(mode: boolean) {
      tty.setRawMode(mode);
      if (mode && !tty.listeners('data').includes(onData)) {
        tty.setEncoding('utf8');
        tty.on('data', onData);
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
