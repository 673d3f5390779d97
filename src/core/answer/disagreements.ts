/**
 * Where two readings of one message disagree: the deterministic reader's and the model's.
 * Each reading is flattened to its facts by request path (hires matched by their group, so
 * the order the model lists them in does not matter); a path both readers set to different
 * values is a disagreement, and the dialogue asks the person rather than pick one.
 */
import type { Applicant } from '../rules/schema.js';

const LISTS = new Set(['hires', 'equipment', 'previousSubsidies']);

/** Every fact of an applicant by request path, each value as JSON (groups as a sorted set). */
export function factLeaves(a: Applicant): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(a)) {
    if (k === 'type' || v === undefined) continue;
    if (LISTS.has(k) && Array.isArray(v)) {
      v.forEach((item, i) => {
        if (!item || typeof item !== 'object') return;
        for (const [f, x] of Object.entries(item as Record<string, unknown>)) if (x !== undefined) out.set(`${k}[${i}].${f}`, JSON.stringify(x));
      });
    } else if (k === 'groups' && Array.isArray(v)) out.set(k, JSON.stringify([...v].sort()));
    else out.set(k, JSON.stringify(v));
  }
  return out;
}

/** Paths both readings set, to different values. */
export function disagreements(ours: Applicant | undefined, theirs: Applicant | null | undefined): string[] {
  if (!ours || !theirs || ours.type !== theirs.type) return [];
  let aligned: Applicant = theirs;
  if (ours.type === 'employer' && theirs.type === 'employer' && ours.hires) {
    // Hire rows are matched by their group: the model may list the groups in another order.
    const pool = [...(theirs.hires ?? [])];
    aligned = {
      ...theirs,
      hires: ours.hires.map((h, i) => {
        const at = pool.findIndex((t) => t.group === h.group);
        const fallback = h.group === undefined && pool.length > i ? i : -1;
        const k = at >= 0 ? at : fallback;
        return k >= 0 ? pool.splice(k, 1)[0]! : {};
      }),
    };
  }
  const a = factLeaves(ours);
  const b = factLeaves(aligned);
  return [...a].filter(([p, v]) => b.has(p) && b.get(p) !== v).map(([p]) => p);
}
