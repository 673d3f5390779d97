import type { FactPatch } from '../../../../src/core/answer/facts-from-text.js';

/**
 * A patch flattened to request paths (`insured`, `hires[0].count`, `hires[].monthsEmployed` for
 * facts said of all hires, `equipment[0].valueYuan`), the way the table states its expectations.
 */
export function factsByPath(patch: FactPatch): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(patch.person)) if (v !== undefined) out[k] = v;
  for (const [k, v] of Object.entries(patch.employer)) {
    if (v === undefined) continue;
    if (k === 'equipment' && Array.isArray(v)) {
      v.forEach((item, i) => {
        for (const [ik, iv] of Object.entries(item as object)) if (iv !== undefined) out[`equipment[${i}].${ik}`] = iv;
      });
    } else out[k] = v;
  }
  patch.hires.forEach((h, i) => {
    for (const [k, v] of Object.entries(h)) if (v !== undefined) out[`hires[${i}].${k}`] = v;
  });
  for (const [k, v] of Object.entries(patch.hireDefaults)) if (v !== undefined) out[`hires[].${k}`] = v;
  // Answers to a pending question about one row, by their exact path.
  for (const [k, v] of Object.entries(patch.at ?? {})) if (v !== undefined) out[k] = v;
  return out;
}
