// Parses `ip -j route show default` (a JSON array of {dst, gateway?, dev, metric?, table?…}) and picks
// the default route with the lowest metric. Tolerates a full dump (`ip -d -j route show table all`).
import { z } from 'zod';

const Routes = z.array(
  z.object({
    dst: z.string().optional(),
    gateway: z.string().optional(),
    dev: z.string().optional(),
    metric: z.number().optional(),
    table: z.string().optional(),
    type: z.string().optional(),
  }),
);

export function parseIpRouteJson(text: string): { dev: string; gateway: string; metric: number } | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text.trim() === '' ? '[]' : text);
  } catch {
    return undefined;
  }
  const parsed = Routes.safeParse(json);
  if (!parsed.success) return undefined;
  const defaults = parsed.data.filter(
    (r) =>
      (r.dst === 'default' || r.dst === '0.0.0.0/0') &&
      r.dev !== undefined &&
      (r.table === undefined || r.table === 'main') &&
      (r.type === undefined || r.type === 'unicast'),
  );
  // A route without "metric" has metric 0 (the kernel omits it then).
  const best = defaults.reduce<(typeof defaults)[number] | undefined>(
    (acc, r) => (acc === undefined || (r.metric ?? 0) < (acc.metric ?? 0) ? r : acc),
    undefined,
  );
  return best === undefined
    ? undefined
    : { dev: best.dev ?? '', gateway: best.gateway ?? '', metric: best.metric ?? 0 };
}
