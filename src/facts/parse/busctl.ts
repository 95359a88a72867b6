/**
 * `busctl --json=short call|get-property …`: `{"type":"o","data":["/org/…/Checkpoint/1"]}` for a call,
 * `{"type":"ao","data":["/org/…/Checkpoint/1"]}` for the Checkpoints property (seen on NetworkManager 1.42).
 * Returns every D-Bus object path in the reply, in order; [] for anything unreadable. D-Bus allows only
 * [A-Za-z0-9_] in a path's elements, so anything else in a "path" is not one.
 */
export function parseBusctlObjectPaths(text: string): string[] {
  const paths: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string' && OBJECT_PATH.test(v)) paths.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
  };
  walk(replyData(text));
  return paths;
}

const OBJECT_PATH = /^\/(?:[A-Za-z0-9_]+(?:\/[A-Za-z0-9_]+)*)?$/;

function replyData(text: string): unknown {
  let reply: unknown;
  try {
    reply = JSON.parse(text.trim() || 'null');
  } catch {
    return undefined;
  }
  return reply && typeof reply === 'object' && 'data' in reply
    ? (reply as { data: unknown }).data
    : undefined;
}

/** A `u` property such as a checkpoint's RollbackTimeout: `{"type":"u","data":0}`; undefined when unreadable. */
export function parseBusctlUint(text: string): number | undefined {
  const data = replyData(text);
  return typeof data === 'number' && Number.isInteger(data) && data >= 0 ? data : undefined;
}

/**
 * CheckpointRollback's reply, `a{su}`: each device's D-Bus path and NMRollbackResult (0 OK, 1 no such device,
 * 2 device unmanaged, 3 failed): `{"type":"a{su}","data":[{"/org/…/Devices/2":0,"/org/…/Devices/6":3}]}`.
 * undefined when the reply is not such a map (the caller then cannot tell what was restored).
 */
export function parseRollbackResult(text: string): Array<{ device: string; result: number }> | undefined {
  const data = replyData(text);
  const map = Array.isArray(data) ? data[0] : undefined;
  if (!map || typeof map !== 'object' || Array.isArray(map)) return undefined;
  const entries = Object.entries(map as Record<string, unknown>);
  if (!entries.every(([k, v]) => OBJECT_PATH.test(k) && typeof v === 'number')) return undefined;
  return entries.map(([device, result]) => ({ device, result: result as number }));
}

/** `{"type":"s","data":"enp0s3"}`: a string property (a device's Interface). */
export function parseBusctlString(text: string): string | undefined {
  const data = replyData(text);
  return typeof data === 'string' ? data : undefined;
}
