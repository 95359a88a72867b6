// Parses `nmcli -t -f NAME,UUID,TYPE,DEVICE connection show` (terse).
// Old NM prints TYPE as 802-3-ethernet / 802-11-wireless; an inactive profile has DEVICE '' (terse) or '--'.
import type { NmConnection } from '../types.js';
import { parseTerseRows } from './nmcli-terse.js';

const TYPE_ALIASES: Record<string, string> = { '802-3-ethernet': 'ethernet', '802-11-wireless': 'wifi' };

export function normalizeNmType(type: string): string {
  return TYPE_ALIASES[type] ?? type;
}

function toConnection(row: Record<string, string>): NmConnection {
  const device = row.DEVICE ?? '';
  return {
    name: row.NAME ?? '',
    uuid: row.UUID ?? '',
    type: normalizeNmType(row.TYPE ?? ''),
    device: device === '--' ? '' : device,
  };
}

/** `fields` is the -f list the command was run with (default NAME,UUID,TYPE,DEVICE). */
export function parseNmcliConnections(
  text: string,
  fields: readonly string[] = ['NAME', 'UUID', 'TYPE', 'DEVICE'],
): NmConnection[] {
  return parseTerseRows(text, fields).map(toConnection);
}
