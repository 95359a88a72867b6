// Parses `nmcli -t -f RUNNING,VERSION general`, e.g. "running:1.42.4" (or "not running:" / nothing).
import { contentLines } from './lines.js';
import { splitTerse } from './nmcli-terse.js';

export function parseNmcliGeneral(text: string): { running: boolean; version: string } {
  const [line] = contentLines(text);
  if (line === undefined) return { running: false, version: '' };
  const [running = '', version = ''] = splitTerse(line.trim());
  return { running: running === 'running', version: version === '--' ? '' : version };
}
