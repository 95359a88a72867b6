import { downloadArgv, hashArgv } from '../export/download.js';
import { t } from '../i18n/messages.js';
import { displayWidth } from '../i18n/width.js';
import { maskUrl } from '../iso/url-credentials.js';
import { type Command, quoteWord, shellQuote } from '../plan/command.js';
import type { IsoDownload } from '../plan/types.js';

/** One shell word of a shown command line (quoted when drawn), or an operator between commands. */
export type Word = { arg: string; first: boolean } | { op: '&&' | '|' };

/** A command as the screen shows it: its words, and why it runs. */
export interface ShownCommand {
  words: Word[];
  why: string;
}

const argvWords = (argv: readonly string[]): Word[] => argv.map((arg, i) => ({ arg, first: i === 0 }));

export function shownCommand(c: Command): ShownCommand {
  return { words: argvWords(c.argv), why: t(c.why, c.whyParams) };
}

/**
 * The ISO download as the shell line that does the same (the exported script's curl, see export/download.ts),
 * so nothing runs unseen: fetch to `.part`, check the SHA-256, move into place. Without a known hash (a
 * checksum file decides), the sum is shown to compare by hand.
 */
export function downloadCommands(d: IsoDownload): ShownCommand[] {
  const { fetch, move, part } = downloadArgv(d);
  const why = t('ui.downloadWhy');
  if (d.sha256)
    return [
      {
        words: [
          ...argvWords(fetch),
          { op: '&&' },
          ...argvWords(['printf', '%s  %s\\n', d.sha256, part]),
          { op: '|' },
          ...argvWords(['sha256sum', '-c', '-']),
          { op: '&&' },
          ...argvWords(move),
        ],
        why,
      },
    ];
  return [
    { words: argvWords(fetch), why },
    {
      words: argvWords(hashArgv(part)),
      why: t('export.verifyByHand', { file: part, url: maskUrl(d.checksumUrl ?? '?') }),
    },
    { words: argvWords(move), why: t('ui.downloadMove') },
  ];
}

const CONTINUE = ' \\';

/**
 * A command laid out for a terminal `width` columns wide, so that what is copied from the screen runs as the
 * same argv: lines break only between words, each broken line ending in ` \` (a continuation), the next one
 * indented. A word wider than a line (a long URL) is cut into quoted pieces that each end in `\` and whose
 * continuation starts at the first column: bash joins them back into one word. The prompt is `#` for root, as
 * in the study text, `$` otherwise.
 */
export function commandLayout(words: readonly Word[], width: number, prompt: '#' | '$'): string[] {
  const indent = '    ';
  const lines: string[] = [];
  let line = `${prompt}`;
  words.forEach((word, i) => {
    const last = i === words.length - 1;
    const room = width - (last ? 0 : CONTINUE.length);
    const text = 'op' in word ? word.op : quoteWord(word.arg, word.first);
    if (displayWidth(`${line} ${text}`) <= room) {
      line = `${line} ${text}`;
      return;
    }
    if (displayWidth(`${indent}${text}`) <= room || 'op' in word) {
      lines.push(continued(line, width));
      line = `${indent}${text}`;
      return;
    }
    // Wider than a whole line: on a line of its own, in pieces each quoted on its own and ended by `\`;
    // the pieces after the first start at the first column, so bash joins them back into one word.
    lines.push(continued(line, width));
    const pieces = cutWord(word.arg, width - indent.length - 1, width - 1);
    line = indent;
    pieces.forEach((piece, n) => {
      if (n === pieces.length - 1) {
        line += piece;
        return;
      }
      lines.push(`${line}${piece}\\`);
      line = '';
    });
  });
  lines.push(line);
  return lines;
}

/** A line that the command goes on after: ` \`, or a bare `\` after a cut word's last piece that fills it. */
function continued(line: string, width: number): string {
  return displayWidth(line + CONTINUE) <= width ? line + CONTINUE : `${line}\\`;
}

/** Where a long path or URL is best cut: after one of these, when there is one near the end of the room. */
const CUT_AFTER = new Set('/,-=&?:.');
const CUT_SEARCH = 16;

/** Cuts an argument into pieces whose quoted form fits: the first in `firstRoom` columns, the others in `room`. */
function cutWord(arg: string, firstRoom: number, room: number): string[] {
  const pieces: string[] = [];
  let rest = [...arg];
  let limit = firstRoom;
  while (rest.length) {
    let n = 1;
    while (n < rest.length && displayWidth(shellQuote(rest.slice(0, n + 1).join(''))) <= limit) n++;
    if (n < rest.length) {
      for (let i = n - 1; i > 0 && i >= n - CUT_SEARCH; i--)
        if (CUT_AFTER.has(rest[i] ?? '')) {
          n = i + 1;
          break;
        }
    }
    pieces.push(shellQuote(rest.slice(0, n).join('')));
    rest = rest.slice(n);
    limit = room;
  }
  return pieces;
}
