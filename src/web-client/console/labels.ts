/** The words for a request path (`hires[0].count`, `applicant.groups`) in messages to staff. */
import { EMPLOYER, PERSON } from './fields.js';

const LABELS: Record<string, string> = {};
[PERSON, EMPLOYER].forEach((spec) => {
  spec.forEach((f) => {
    LABELS[f.k] = f.label;
    (f.cols || []).forEach((c) => { LABELS[f.k + '.' + c.k] = c.label; });
  });
});

/** The rule catalogue's labels by its path form (`hires[].count`), filled when it loads. */
export const FACT_LABELS: Record<string, string> = {};

/** A fact's label: the form's words, else the catalogue's, else the path itself. */
export function labelFor(path: string): string {
  const p = String(path).replace(/^applicant\./, '');
  const m = /^(\w+)\[(\d+)\]\.(\w+)$/.exec(p);
  if (m) return (LABELS[m[1]!] || m[1]!).replace(/（.*$/, '') + ' 第 ' + (Number(m[2]) + 1) + ' 行：' + (LABELS[m[1] + '.' + m[3]] || m[3]);
  if (LABELS[p]) return LABELS[p]!;
  const generic = p.replace(/\[\d+\]/g, '[]');
  return FACT_LABELS[generic] || FACT_LABELS[p] || p;
}
