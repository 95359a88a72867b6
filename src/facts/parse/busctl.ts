/**
 * `busctl --json=short call|get-property …`: `{"type":"o","data":["/org/…/Checkpoint/1"]}` for a call,
 * `{"type":"ao","data":["/org/…/Checkpoint/1"]}` for the Checkpoints property (seen on NetworkManager 1.42).
 * Returns every D-Bus object path in the reply, in order; [] for anything unreadable.
 */
export function parseBusctlObjectPaths(text: string): string[] {
  let reply: unknown;
  try {
    reply = JSON.parse(text.trim() || 'null');
  } catch {
    return [];
  }
  const paths: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string' && v.startsWith('/')) paths.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
  };
  if (reply && typeof reply === 'object' && 'data' in reply) walk((reply as { data: unknown }).data);
  return paths;
}
