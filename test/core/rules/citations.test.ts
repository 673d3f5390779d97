/**
 * Every quote a rule or parameter cites is the document's own words: a verbatim substring of the
 * clean text of the clause it names, read from the policy corpus file the service indexes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanParagraphs } from '../../../src/core/corpus/clean.js';
import { parsePolicyDocument } from '../../../src/core/corpus/frontmatter.js';
import { PARAMETERS, PARAM_IDS } from '../../../src/core/rules/parameters.js';
import { POLICY } from '../../../src/core/rules/policy.js';
import { RULES } from '../../../src/core/rules/rules/index.js';
import type { Rule } from '../../../src/core/rules/types.js';

const file = new URL('../../../policy-corpus/zz-2019-63.md', import.meta.url);
const doc = parsePolicyDocument(readFileSync(file, 'utf8'));

/** Clean clause texts keyed the way the rules cite them: `六(一)`. */
function clausesOf(paragraphs: string[]): Map<string, string> {
  const out = new Map<string, string>();
  let part = '';
  for (const p of paragraphs) {
    const partHead = /^([一二三四五六七八九十]+)、/.exec(p);
    if (partHead) part = partHead[1]!;
    const item = /^（([一二三四五六七八九十]+)）/.exec(p);
    if (item && part) out.set(`${part}(${item[1]})`, p);
  }
  return out;
}
const clauses = clausesOf(cleanParagraphs(doc.body));

const citations = [
  ...(RULES as readonly Rule[]).flatMap((r) => [...r.citations, ...(r.notes ?? [])].map((c) => ({ where: `rule ${r.id}`, ...c }))),
  ...PARAM_IDS.flatMap((id) => PARAMETERS[id].versions.map((v) => ({ where: `parameter ${id}`, ...v.ref }))),
];

describe('citations', () => {
  it('the corpus document is the policy the rules implement', () => {
    expect(doc.meta.id).toBe(POLICY.id);
    expect(doc.meta.docNo).toBe(POLICY.docNo);
    expect(doc.meta.period).toEqual(POLICY.period);
  });

  it.each(citations.map((c) => [`${c.where} ${c.clause} ${c.quote}`, c] as const))('%s is verbatim', (_n, c) => {
    const text = clauses.get(c.clause);
    expect(text, `clause ${c.clause} exists`).toBeDefined();
    expect(c.quote).not.toMatch(/\s/);
    expect(text).toContain(c.quote);
  });

  it('every parameter value appears in its own quote', () => {
    const chineseSix = { 6: ['6', '六'] } as Record<number, string[]>;
    for (const id of PARAM_IDS) {
      for (const v of PARAMETERS[id].versions) {
        const unitValue = PARAMETERS[id].unit === '元' && v.value % 10_000 === 0 ? `${v.value / 10_000}万` : String(v.value);
        const forms = chineseSix[v.value] ?? [unitValue];
        expect(forms.some((f) => v.ref.quote.includes(f)), `${id}=${v.value} in “${v.ref.quote}”`).toBe(true);
      }
    }
  });
});
