import type { z } from 'zod';

/**
 * What the schema itself says about the key at a path, for messages that tell the fix: the keys a mapping
 * takes (for an unknown key) and a number's range (for a value of the wrong type). Read from zod's definition,
 * so the words cannot drift from the rules.
 */
export interface SchemaFacts {
  keys?: string[];
  min?: number;
  max?: number;
  int?: boolean;
}

type Def = {
  type: string;
  shape?: Record<string, z.core.$ZodType>;
  innerType?: z.core.$ZodType;
  element?: z.core.$ZodType;
  in?: z.core.$ZodType;
  options?: z.core.$ZodType[];
};

const defOf = (s: z.core.$ZodType) => s._zod.def as unknown as Def;

/** Optional, default, pipe…: the schema that checks the value itself. */
function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let s = schema;
  for (let i = 0; i < 10; i++) {
    const def = defOf(s);
    const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
    if (!inner) return s;
    s = inner;
  }
  return s;
}

/** The schema at `path` (array indices step into the element); undefined where the path leaves it. */
export function schemaAt(root: z.core.$ZodType, path: readonly PropertyKey[]): z.core.$ZodType | undefined {
  let s: z.core.$ZodType | undefined = unwrap(root);
  for (const key of path) {
    const def: Def = defOf(s);
    if (def.type === 'object' && def.shape && typeof key === 'string' && Object.hasOwn(def.shape, key))
      s = def.shape[key];
    else if (def.type === 'array' && typeof key === 'number') s = def.element;
    else return undefined;
    if (!s) return undefined;
    s = unwrap(s);
  }
  return s;
}

export function schemaFacts(root: z.core.$ZodType | undefined, path: readonly PropertyKey[]): SchemaFacts {
  const s = root && schemaAt(root, path);
  if (!s) return {};
  const def = defOf(s);
  if (def.type === 'object' && def.shape) return { keys: Object.keys(def.shape) };
  if (def.type === 'number') {
    // zod's ZodNumber says its own bounds (minValue, maxValue, isInt); ±MAX_SAFE_INTEGER is no real bound.
    const n = s as unknown as { minValue: number | null; maxValue: number | null; isInt: boolean };
    const real = (v: number | null) =>
      v !== null && Number.isFinite(v) && Math.abs(v) < Number.MAX_SAFE_INTEGER ? v : undefined;
    const min = real(n.minValue);
    const max = real(n.maxValue);
    return { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}), int: n.isInt };
  }
  return {};
}
