// Parses `systemctl is-active U…` / `systemctl is-enabled U…`: one word per unit, in argument order.
// A missing line (old systemd writes some errors to stderr only) gives 'unknown'.
import { contentLines } from './lines.js';

export function parseSystemctlLines(text: string, units: string[]): Record<string, string> {
  const words = contentLines(text).map((line) => line.trim());
  const result: Record<string, string> = {};
  units.forEach((unit, i) => {
    result[unit] = words[i] ?? 'unknown';
  });
  return result;
}
