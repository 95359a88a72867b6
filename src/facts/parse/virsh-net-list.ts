// Parses `virsh net-list --all` (LC_ALL=C): " Name  State  Autostart  Persistent", a dashes line, one row
// per network. Header, dashes, blank lines and strays such as "setlocale: No such file or directory"
// never match a row and are skipped.
import type { LibvirtNetwork } from '../types.js';
import { lines } from './lines.js';

const ROW = /^\s*(\S+)\s+(active|inactive)\s+(yes|no)(?:\s+(yes|no))?\s*$/;

export function parseVirshNetList(text: string): LibvirtNetwork[] {
  const networks: LibvirtNetwork[] = [];
  for (const line of lines(text)) {
    const match = ROW.exec(line);
    if (match?.[1] === undefined) continue;
    networks.push({
      name: match[1],
      active: match[2] === 'active',
      autostart: match[3] === 'yes',
      // Very old virsh had no Persistent column; the networks it listed were defined ones.
      persistent: match[4] !== 'no',
    });
  }
  return networks;
}
