import type { MessageKey, MessageParams } from '../i18n/messages.js';

/** One command of the plan: an argv array (never a shell string) and a one-line reason from the catalogue. */
export interface Command {
  argv: readonly string[];
  why: MessageKey;
  whyParams?: MessageParams;
  /** Exit codes that still mean success (e.g. `systemctl is-active` style checks). */
  okExitCodes?: readonly number[];
  /** Its output is the point (`virsh list`): the result screen shows it, not only "done". */
  showOutput?: boolean;
}

export function cmd(argv: readonly string[], why: MessageKey, whyParams?: MessageParams): Command {
  return whyParams ? { argv, why, whyParams } : { argv, why };
}

const SAFE_WORD = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** Quotes one word for a POSIX shell, so a copy-paste of the shown command runs the same argv. */
export function shellQuote(word: string): string {
  return word !== '' && SAFE_WORD.test(word) ? word : singleQuote(word);
}

function singleQuote(word: string): string {
  return `'${word.replaceAll("'", `'\\''`)}'`;
}

export function formatArgv(argv: readonly string[]): string {
  // A bare first word with "=" would be a variable assignment to the shell, not the program to run.
  return argv
    .map((word, i) => (i === 0 && word.includes('=') ? singleQuote(word) : shellQuote(word)))
    .join(' ');
}
