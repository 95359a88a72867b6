import type { UnitState } from '../types.js';

/**
 * `systemctl show -p Id,LoadState,ActiveState,UnitFileState U…`: one `Key=value` block per unit, blank-line
 * separated. Unlike `is-enabled`, a missing unit still gets a block (LoadState=not-found), so nothing shifts.
 */
export function parseSystemctlShow(text: string): Record<string, UnitState> {
  const result: Record<string, UnitState> = {};
  for (const block of text.split(/\n\s*\n/)) {
    const props = new Map<string, string>();
    for (const line of block.split('\n')) {
      const eq = line.indexOf('=');
      if (eq > 0) props.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim());
    }
    const id = props.get('Id');
    if (!id) continue;
    const notFound = props.get('LoadState') === 'not-found';
    result[id] = {
      enabled: notFound ? 'not-found' : props.get('UnitFileState') || 'static',
      active: props.get('ActiveState') ?? 'unknown',
    };
  }
  return result;
}
