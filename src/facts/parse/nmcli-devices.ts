// Parses `nmcli -t -f DEVICE,TYPE,STATE,CONNECTION device` (terse). CONNECTION is '' (or '--') when none; STATE is translated unless LC_ALL=C.
import type { NmDevice } from '../types.js';
import { parseTerseRows } from './nmcli-terse.js';

function toDevice(row: Record<string, string>): NmDevice {
  const connection = row.CONNECTION ?? '';
  return {
    device: row.DEVICE ?? '',
    type: row.TYPE ?? '',
    state: row.STATE ?? '',
    connection: connection === '--' ? '' : connection,
  };
}

/** `fields` is the -f list the command was run with (default DEVICE,TYPE,STATE,CONNECTION). */
export function parseNmcliDevices(
  text: string,
  fields: readonly string[] = ['DEVICE', 'TYPE', 'STATE', 'CONNECTION'],
): NmDevice[] {
  return parseTerseRows(text, fields).map(toDevice);
}
