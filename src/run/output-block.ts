import { splitLines } from '../host/output.js';
import { CONTROL_CHARS, visible } from '../i18n/visible.js';

/** CONTROL_CHARS but the line feed, which ends each line of a block. */
const CONTROL_BESIDES_LF = new RegExp(
  CONTROL_CHARS.source.replace('\\u0000-\\u001f', '\\u0000-\\u0009\\u000b-\\u001f'),
  'u',
);

// The transcript and the screen both ask about the same block, one after the other: look at it once.
let lastBlock = '';
let lastPlain = true;

/** Whether a block of output lines (see host/output.ts) can be written as it is: no control character in it. */
export function isPlainBlock(block: string): boolean {
  if (block !== lastBlock) {
    lastPlain = !CONTROL_BESIDES_LF.test(block);
    lastBlock = block;
  }
  return lastPlain;
}

/**
 * A block of output lines with each line passed through `safe` (by default `visible`): as it is when it is
 * plain, which is nearly always, so a flood of ordinary output is never cut into lines.
 */
export function safeBlock(block: string, safe: (line: string) => string = visible): string {
  if (isPlainBlock(block)) return block;
  const lines = splitLines(block);
  return lines.length ? `${lines.map(safe).join('\n')}\n` : '';
}

/** One line for a log file (transcript, step log, journal): as `visible`, but a tab stays a tab. */
export function logLine(line: string): string {
  return line.split('\t').map(visible).join('\t');
}

/**
 * A block of command output as every log file gets it (the transcript, a detached step's log and journal):
 * terminal escapes from a hostile package or server written out, so `cat` of the log shows them and does
 * not run them; line feeds and tabs kept.
 */
export function safeLogBlock(block: string): string {
  return safeBlock(block, logLine);
}
