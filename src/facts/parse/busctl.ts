/**
 * busctl's plain replies: the D-Bus signature, then the values; an array gives its length first; strings and
 * object paths are double-quoted with C escapes. Not `--json=`: busctl has that only since systemd 240, and EL8
 * has 239. Seen on systemd 252 against NetworkManager 1.42 (test/fixtures/lab-nm142/busctl-plain-*):
 *   call CheckpointCreate         o "/org/freedesktop/NetworkManager/Checkpoint/1"
 *   get-property Checkpoints      ao 0   |   ao 1 "/org/freedesktop/NetworkManager/Checkpoint/1"
 *   get-property RollbackTimeout  u 60
 *   get-property Interface        s "enp0s3"
 *   call CheckpointRollback       a{su} 2 "/org/freedesktop/NetworkManager/Devices/2" 0 "/org/…/Devices/1" 0
 * Anything of another shape reads as nothing ([] / undefined), never as a default.
 */

type Word = { quoted: boolean; text: string };

/** D-Bus allows only [A-Za-z0-9_] in a path's elements, so anything else in a "path" is not one. */
const OBJECT_PATH = /^\/(?:[A-Za-z0-9_]+(?:\/[A-Za-z0-9_]+)*)?$/;
const UINT32 = /^(0|[1-9][0-9]{0,9})$/;
const SIMPLE_ESCAPES: Record<string, string> = {
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
  '"': '"',
  "'": "'",
};

/** The reply split into its signature and value words; undefined when a quote is left open or nothing is there. */
function reply(text: string): { signature: string; words: Word[] } | undefined {
  const words: Word[] = [];
  let i = 0;
  while (i < text.length) {
    if (/\s/.test(text[i] as string)) {
      i++;
      continue;
    }
    if (text[i] !== '"') {
      const end = text.slice(i).search(/\s/);
      const word = end < 0 ? text.slice(i) : text.slice(i, i + end);
      words.push({ quoted: false, text: word });
      i += word.length;
      continue;
    }
    const quoted = readQuoted(text, i + 1);
    if (!quoted) return undefined;
    words.push({ quoted: true, text: quoted.text });
    i = quoted.end;
  }
  const [first, ...rest] = words;
  return first && !first.quoted ? { signature: first.text, words: rest } : undefined;
}

/** A C-quoted string from after its opening quote: its text and the index after its closing quote. */
function readQuoted(text: string, from: number): { text: string; end: number } | undefined {
  let out = '';
  for (let i = from; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '"') return { text: out, end: i + 1 };
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = text[i + 1] ?? '';
    const simple = SIMPLE_ESCAPES[e];
    const hex = e === 'x' ? /^[0-9a-fA-F]{2}/.exec(text.slice(i + 2)) : null;
    const octal = /^[0-7]{3}/.exec(text.slice(i + 1));
    if (simple !== undefined) {
      out += simple;
      i += 1;
    } else if (hex) {
      out += String.fromCharCode(Number.parseInt(hex[0], 16));
      i += 3;
    } else if (octal) {
      out += String.fromCharCode(Number.parseInt(octal[0], 8));
      i += 3;
    } else return undefined;
  }
  return undefined;
}

/** The n items of an array reply (`ao 2 "/a" "/b"`), each `size` words; undefined when the count is wrong. */
function arrayItems(words: Word[], size: number): Word[][] | undefined {
  const [count, ...rest] = words;
  if (!count || count.quoted || !UINT32.test(count.text)) return undefined;
  const n = Number(count.text);
  if (rest.length !== n * size) return undefined;
  return Array.from({ length: n }, (_, k) => rest.slice(k * size, k * size + size));
}

const isPath = (w: Word | undefined): w is Word => Boolean(w?.quoted && OBJECT_PATH.test(w.text));

/** The object paths of an `o` or `ao` reply, in order; [] for anything else or any word that is not a path. */
export function parseBusctlObjectPaths(text: string): string[] {
  const r = reply(text);
  if (r?.signature === 'o') return r.words.length === 1 && isPath(r.words[0]) ? [r.words[0].text] : [];
  if (r?.signature !== 'ao') return [];
  const items = arrayItems(r.words, 1);
  if (!items?.every(([w]) => isPath(w))) return [];
  return items.map(([w]) => (w as Word).text);
}

/** A `u` property such as a checkpoint's RollbackTimeout; undefined when unreadable. */
export function parseBusctlUint(text: string): number | undefined {
  const r = reply(text);
  const w = r?.words[0];
  if (r?.signature !== 'u' || r.words.length !== 1 || !w || w.quoted || !UINT32.test(w.text))
    return undefined;
  const n = Number(w.text);
  return n <= 0xffffffff ? n : undefined;
}

/**
 * CheckpointRollback's reply, `a{su}`: each device's D-Bus path and NMRollbackResult (0 OK, 1 no such device,
 * 2 device unmanaged, 3 failed). undefined when the reply is not such a map (the caller then cannot tell what
 * was restored); an empty map is not an answer either.
 */
export function parseRollbackResult(text: string): Array<{ device: string; result: number }> | undefined {
  const r = reply(text);
  if (r?.signature !== 'a{su}') return undefined;
  const items = arrayItems(r.words, 2);
  if (!items?.length) return undefined;
  const ok = items.every(
    ([path, result]) => isPath(path) && !result?.quoted && UINT32.test(result?.text ?? ''),
  );
  return ok
    ? items.map(([path, result]) => ({ device: (path as Word).text, result: Number(result?.text) }))
    : undefined;
}

/** An `s` property (a device's Interface), its escapes undone; undefined when unreadable. */
export function parseBusctlString(text: string): string | undefined {
  const r = reply(text);
  const w = r?.words[0];
  return r?.signature === 's' && r.words.length === 1 && w?.quoted ? w.text : undefined;
}
