/**
 * Every quote a rule or parameter of a pack cites is its document's own words: a verbatim
 * substring of the clean text of the clause it names, read from the policy corpus file the
 * service indexes (policy-corpus/<pack id>.md), whose front matter agrees with the pack's manifest.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanParagraphs } from '../../../src/core/corpus/clean.js';
import { parsePolicyDocument } from '../../../src/core/corpus/frontmatter.js';
import type { Pack } from '../../../src/core/rules/pack.js';
import { PACKS } from '../../../src/packs/index.js';

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
function citationsOf(pack: Pack) {
  return [
    ...pack.rules.flatMap((r) => [...r.citations, ...(r.notes ?? [])].map((c) => ({ where: `rule ${r.id}`, ...c }))),
    ...Object.entries(pack.parameters).flatMap(([id, def]) => def.versions.map((v) => ({ where: `parameter ${id}`, ...v.ref }))),
  ];
}

describe.each(PACKS.map((p: Pack) => [p.manifest.id, p] as const))('citations of pack %s', (_id, pack) => {
  const file = new URL(`../../../policy-corpus/${pack.manifest.id}.md`, import.meta.url);
  const doc = parsePolicyDocument(readFileSync(file, 'utf8'));
  const clauses = clausesOf(cleanParagraphs(doc.body));
  const citations = citationsOf(pack);

  it('the corpus document is the one the manifest names', () => {
    expect(doc.meta.id).toBe(pack.manifest.id);
    expect(doc.meta.title).toBe(pack.manifest.title);
    expect(doc.meta.docNo).toBe(pack.manifest.docNo);
    expect(doc.meta.issuer).toBe(pack.manifest.issuer);
    expect(doc.meta.period).toEqual(pack.manifest.period);
    // What the pack's rules replace is what the document says it replaces.
    expect(doc.meta.supersedes ?? []).toEqual(pack.manifest.supersedes ?? []);
  });

  it.each(citations.map((c) => [`${c.where} ${c.clause} ${c.quote}`, c] as const))('%s is verbatim', (_n, c) => {
    const text = clauses.get(c.clause);
    expect(text, `clause ${c.clause} exists`).toBeDefined();
    expect(c.quote).not.toMatch(/\s/);
    expect(text).toContain(c.quote);
  });

  it('every parameter value appears in its own quote', () => {
    const chineseSix = { 6: ['6', '六'] } as Record<number, string[]>;
    for (const [id, def] of Object.entries(pack.parameters)) {
      for (const v of def.versions) {
        const unitValue = def.unit === '元' && v.value % 10_000 === 0 ? `${v.value / 10_000}万` : String(v.value);
        const forms = chineseSix[v.value] ?? [unitValue];
        expect(forms.some((f) => v.ref.quote.includes(f)), `${id}=${v.value} in “${v.ref.quote}”`).toBe(true);
      }
    }
  });
});
