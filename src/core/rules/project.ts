/**
 * Hands a rule only the facts it declares: `entity` copies one field, `hires[].group` copies
 * that field of every hire. A rule that reads anything else sees `undefined`, so a forgotten
 * declaration shows up as a wrong result in its case table instead of a hidden dependency.
 */

type Obj = Record<string, unknown>;

const ARRAY_FIELD = /^(\w+)\[\]\.(\w+)$/;

/** The applicant restricted to the declared `reads` (plus `type`). */
export function projectFacts<F extends { type: string }>(facts: F, reads: readonly string[]): F {
  const src = facts as unknown as Obj;
  const out: Obj = { type: facts.type };
  for (const path of reads) {
    const m = ARRAY_FIELD.exec(path);
    if (!m) {
      if (src[path] !== undefined) out[path] = src[path];
      continue;
    }
    const [, list, field] = m as unknown as [string, string, string];
    const items = src[list];
    if (!Array.isArray(items)) continue;
    const target = (out[list] ??= items.map(() => ({}))) as Obj[];
    items.forEach((item: Obj, i) => {
      if (item[field] !== undefined) target[i]![field] = item[field];
    });
  }
  return out as F;
}
