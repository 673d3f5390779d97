/**
 * The zod schema that decides one scalar of a request, found by walking the request schema
 * along the scalar's path; with it, the object schema around it when that object has checks of
 * its own (a hire's months that contradict each other). ./near-body.ts uses these to validate
 * one changed value instead of the whole body. Reads zod 4's schema definitions (`_zod.def`);
 * anything it does not know (a union that is not discriminated, a refinement on a list's items
 * or further up) gives undefined, and the caller then runs the full parse.
 */
import type { z } from 'zod';
import type { JsonPath } from './json-slots.js';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  discriminator?: string;
  values?: unknown[];
  checks?: { _zod: { def: { check: string } } }[];
}

const def = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Checks that look at a list's length only, never at its items' values. */
const LENGTH_CHECKS = new Set(['max_length', 'min_length', 'length_equals']);

export interface ScalarSchema {
  /** The schema of the scalar's property or item, as declared (optional, nullable included). */
  leaf: z.ZodType;
  /** The object holding the scalar, when that object has checks of its own: re-validate it. */
  owner?: { schema: z.ZodType; depth: number };
}

/** Strips optional and nullable wrappers (they never change a value that is present). */
function unwrap(s: z.ZodType): z.ZodType {
  let d = def(s);
  while ((d.type === 'optional' || d.type === 'nullable') && d.innerType) {
    s = d.innerType;
    d = def(s);
  }
  return s;
}

/**
 * The schema of the scalar at `path` in a value of `root`, or undefined when the path leads
 * nowhere the schema declares or through checks other than the holding object's own.
 * `valueAt(depth)` gives the parsed value at that depth of the path (to choose a union's option).
 */
export function scalarSchema(root: z.ZodType, path: JsonPath, valueAt: (depth: number) => unknown): ScalarSchema | undefined {
  let s = root;
  let owner: ScalarSchema['owner'];
  for (let depth = 0; depth < path.length; depth++) {
    s = unwrap(s);
    let d = def(s);
    if (d.type === 'union') {
      const key = d.discriminator;
      if (key === undefined || d.checks?.length) return undefined;
      const tag = (valueAt(depth) as Record<string, unknown> | undefined)?.[key];
      const option = d.options?.find((o) => def(o).shape?.[key] && def(unwrap(def(o).shape![key]!)).values?.includes(tag));
      if (!option) return undefined;
      s = option;
      d = def(s);
    }
    const step = path[depth]!;
    if (d.type === 'object' && typeof step === 'string') {
      if (!d.shape || !Object.hasOwn(d.shape, step)) return undefined;
      // Only the object holding the scalar may have checks: they are re-run on it.
      if (d.checks?.length) {
        if (depth !== path.length - 1) return undefined;
        owner = { schema: s, depth };
      }
      s = d.shape[step]!;
    } else if (d.type === 'array' && typeof step === 'number') {
      if (d.checks?.some((c) => !LENGTH_CHECKS.has(c._zod.def.check))) return undefined;
      if (!d.element) return undefined;
      s = d.element;
    } else return undefined;
  }
  return owner ? { leaf: s, owner } : { leaf: s };
}
