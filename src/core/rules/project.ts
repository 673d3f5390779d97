/**
 * Hands a rule only the facts it declares: `entity` copies one field, `hires[].group` copies
 * that field of every hire. A rule that reads anything else sees `undefined`, so a forgotten
 * declaration shows up as a wrong result in its case table instead of a hidden dependency.
 */

type Obj = Record<string, unknown>;

const ARRAY_FIELD = /^(\w+)\[\]\.(\w+)$/;

/** A declared path, split once: a field of the applicant, or a field of every item of a list. */
type Path = { field: string; list?: undefined } | { list: string; field: string };

/** Paths split per `reads` list; rules declare theirs once, so this holds one entry per rule. */
const compiled = new WeakMap<readonly string[], readonly Path[]>();

function paths(reads: readonly string[]): readonly Path[] {
  let out = compiled.get(reads);
  if (!out) {
    out = reads.map((path): Path => {
      const m = ARRAY_FIELD.exec(path);
      return m ? { list: m[1]!, field: m[2]! } : { field: path };
    });
    compiled.set(reads, out);
  }
  return out;
}

/** The applicant restricted to the declared `reads` (plus `type`). */
export function projectFacts<F extends { type: string }>(facts: F, reads: readonly string[]): F {
  const src = facts as unknown as Obj;
  const out: Obj = { type: facts.type };
  for (const p of paths(reads)) {
    if (p.list === undefined) {
      if (src[p.field] !== undefined) out[p.field] = src[p.field];
      continue;
    }
    const items = src[p.list];
    if (!Array.isArray(items)) continue;
    const target = (out[p.list] ??= items.map(() => ({}))) as Obj[];
    items.forEach((item: Obj, i) => {
      if (item[p.field] !== undefined) target[i]![p.field] = item[p.field];
    });
  }
  return out as F;
}

/** One value as text that tells every JSON value apart (a number 1 from a string "1"); `~` for none. */
function valueKey(v: unknown): string {
  if (v === undefined) return '~';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

/**
 * A string equal for two applicants exactly when `projectFacts` gives them equal facts (as
 * JSON: -0 counts as 0): the key under which a rule's result on those facts can be kept.
 * Cheaper than serialising the projection: no object is built. Separators are control
 * characters, which JSON text never holds unescaped.
 */
export function factsKey(facts: { type: string }, reads: readonly string[]): string {
  const src = facts as unknown as Obj;
  let key = facts.type;
  for (const p of paths(reads)) {
    if (p.list === undefined) {
      key += '\u0001' + valueKey(src[p.field]);
      continue;
    }
    const items = src[p.list];
    key += '\u0001';
    if (!Array.isArray(items)) {
      key += '~';
      continue;
    }
    key += '[';
    for (const item of items as Obj[]) key += valueKey(item[p.field]) + '\u0002';
  }
  return key;
}
