import type { MessageKey, MessageParams } from '../i18n/messages.js';
import { CONTROL_CHARS, hasControlChars } from '../i18n/visible.js';

/** One command of the plan: an argv array (never a shell string) and a one-line reason from the catalogue. */
export interface Command {
  argv: readonly string[];
  why: MessageKey;
  whyParams?: MessageParams;
  /** Exit codes that still mean success (e.g. `systemctl is-active` style checks). */
  okExitCodes?: readonly number[];
  /** Its output is the point (`virsh list`): the result screen shows it, not only "done". */
  showOutput?: boolean;
  /** How the exported script sees that the command's effect is already there, so a second run skips it. */
  unless?: AlreadySo;
}

/**
 * A read-only test, run right before a command (or a whole step) in the exported script: success means
 * "already so, skip it". The wizard itself does not run it: its plan was made from facts probed just before,
 * and leaves out what is done. The script, written once and run later (or twice), has to look again.
 */
export interface AlreadySo {
  argv: readonly string[];
  /** Success also needs a line of the output equal to this (trimmed): `virsh net-list --name` → `default`. */
  line?: string;
}

export function cmd(argv: readonly string[], why: MessageKey, whyParams?: MessageParams): Command {
  return whyParams ? { argv, why, whyParams } : { argv, why };
}

const SAFE_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;

/**
 * Quotes one word for bash, so a copy-paste of the shown command runs the same argv. A word with control
 * characters (newline, ESC, U+2028, bidi overrides…) is written as `$'…'` with those characters as `\x..`
 * escapes: still one word to bash, and nothing in it acts on a terminal, a log viewer or a script line.
 */
export function shellQuote(word: string): string {
  if (hasControlChars(word)) return ansiCQuote(word);
  return word !== '' && SAFE_WORD.test(word) ? word : singleQuote(word);
}

function singleQuote(word: string): string {
  return `'${word.replaceAll("'", `'\\''`)}'`;
}

/** What `$'…'` must escape: its own quote and backslash, and every control character. */
const ANSI_C_SPECIAL = new RegExp(`[\\\\']|${CONTROL_CHARS.source}`, 'gu');

const ANSI_C_NAMED: Readonly<Record<string, string>> = {
  '\n': '\\n',
  '\t': '\\t',
  '\r': '\\r',
  '\u001b': '\\e',
};

/**
 * bash's ANSI-C quoting. Escapes are byte values (`\xe2\x80\xa8` for U+2028), not `\u2028`: bash expands
 * `\u` only in a UTF-8 locale and writes it literally under LC_ALL=C. (NUL cannot be in an argv at all.)
 */
function ansiCQuote(word: string): string {
  const body = word.replace(ANSI_C_SPECIAL, (ch) => {
    if (ch === '\\' || ch === "'") return `\\${ch}`;
    const named = ANSI_C_NAMED[ch];
    if (named) return named;
    return [...Buffer.from(ch, 'utf8')].map((b) => `\\x${b.toString(16).padStart(2, '0')}`).join('');
  });
  return `$'${body}'`;
}

/** One word of an argv for bash: the first word is also kept from reading as an assignment or a keyword. */
export function quoteWord(word: string, first: boolean): string {
  if (first && !hasControlChars(word) && (word.includes('=') || BASH_KEYWORDS.has(word)))
    return singleQuote(word);
  return shellQuote(word);
}

// A bare first word with "=" would be a variable assignment to the shell, and `if`, `time`, `!`… keywords.
const BASH_KEYWORDS = new Set(
  '! [[ ]] { } case coproc do done elif else esac fi for function if in select then time until while'.split(
    ' ',
  ),
);

export function formatArgv(argv: readonly string[]): string {
  return argv.map((word, i) => quoteWord(word, i === 0)).join(' ');
}
