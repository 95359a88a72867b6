// Parses `virt-host-validate` ("%6s: Checking %-60s: PASS|WARN (hint)|FAIL (hint)|NOTE (hint)").
// Quirks: ANSI colours on a TTY, a bare "WARN (hint)" line without prefix (EL8), collapsed spacing and
// "[...]" elisions in docs; lines that do not match are ignored.
import type { ValidateLine, ValidateStatus } from '../types.js';
import { lines } from './lines.js';

const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
const STATUSES: readonly ValidateStatus[] = ['PASS', 'WARN', 'FAIL', 'NOTE'];
const LINE = /^\s*(?:(\S+?)\s*:\s*Checking\s+(.*?)\s*:\s*)?(PASS|WARN|FAIL|NOTE)(?:\s+\((.*)\))?\s*$/;

export function parseVirtHostValidate(text: string): ValidateLine[] {
  const result: ValidateLine[] = [];
  for (const line of lines(text.replace(ANSI, ''))) {
    const match = LINE.exec(line);
    if (match === null) continue;
    const [, driver = '', check = '', word, hint] = match;
    const status = STATUSES.find((s) => s === word);
    if (status === undefined) continue;
    const entry: ValidateLine = { driver, check, status };
    if (hint !== undefined) entry.hint = hint;
    result.push(entry);
  }
  return result;
}
