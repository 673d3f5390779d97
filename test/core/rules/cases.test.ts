/**
 * Runs every rule's case table (src/packs/<pack id>/rules/<id>.cases.ts, found by the rule's id)
 * through the same validation as the HTTP route and the public engine, and checks that the tables
 * together exercise both sides of every condition each rule checks. No list of rules is kept here:
 * the packs are the list, and every case file of a pack must belong to a rule of that pack.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatPath } from '../../../src/core/http/errors.js';
import { evaluateEligibility } from '../../../src/core/rules/engine.js';
import type { RuleResult } from '../../../src/core/rules/response.js';
import { parseEligibilityRequest } from '../../../src/core/rules/schema.js';
import type { Pack } from '../../../src/core/rules/pack.js';
import type { CaseExpectation, Rule, RuleCase } from '../../../src/core/rules/types.js';
import { PACKS } from '../../../src/packs/index.js';

/** The folder of a pack's rules and their case tables. */
const rulesDir = (pack: Pack) => new URL(`../../../src/packs/${pack.manifest.id}/rules/`, import.meta.url);

const RULES: Rule[] = PACKS.flatMap((p: Pack) => [...p.rules]);
const TABLES = new Map<string, RuleCase<object>[]>();
for (const pack of PACKS as readonly Pack[]) {
  for (const rule of pack.rules) {
    const mod = (await import(new URL(`${rule.id}.cases.ts`, rulesDir(pack)).href)) as { cases: RuleCase<object>[] };
    TABLES.set(rule.id, mod.cases);
  }
}

/** Conditions that by their nature cannot fail: the facts' enum only allows qualifying values. */
const ONLY_MET_OR_UNKNOWN = new Set(['设备用于高技能人才培训基地或技能大师工作室建设']);
/** Guards recorded only when they fail (a zero head count, a zero equipment value). */
const GUARDS = new Set(['吸纳人数至少 1 人', '新购置实训设备总值大于 0']);
/** Presence checks of a list, recorded only when it is missing or empty (items are checked one by one). */
const PRESENCE = new Set(['吸纳了人员就业并开展以工代训', '新购置了实训设备']);

function request(audience: 'person' | 'employer', c: RuleCase<object>) {
  return parseEligibilityRequest({ asOf: c.asOf ?? '2020-06-01', applicant: { type: audience, ...c.facts } });
}

function run(audience: 'person' | 'employer', id: string, c: RuleCase<object>): RuleResult {
  // Through the same validation as the HTTP route: a case must be a valid request.
  const parsed = request(audience, c);
  if (!parsed.success) throw new Error(`case "${c.name}" is not a valid request: ${parsed.error.message}`);
  const result = evaluateEligibility(parsed.data).results.find((r) => r.id === id);
  if (!result) throw new Error(`no result ${id}`);
  return result;
}

const evaluated = (table: RuleCase<object>[]) => table.filter((c): c is RuleCase<object> & { expect: CaseExpectation } => 'status' in c.expect);

describe('case tables', () => {
  it.each(PACKS.map((p: Pack) => [p.manifest.id, p] as const))('every case file of pack %s belongs to a rule of the pack, and every rule has one', (_id, pack) => {
    const files = readdirSync(rulesDir(pack)).filter((f) => f.endsWith('.cases.ts')).map((f) => f.replace(/\.cases\.ts$/, ''));
    expect(files.sort()).toEqual(pack.rules.map((r) => r.id).sort());
  });
});

describe.each(RULES.map((r) => [r.id, r] as const))('rule %s', (id, rule) => {
  const table = TABLES.get(id)!;

  it('has a case table with all three outcomes', () => {
    expect(table.length).toBeGreaterThan(0);
    const statuses = new Set(evaluated(table).map((c) => c.expect.status));
    expect([...statuses].sort()).toEqual(['eligible', 'ineligible', 'needs_info']);
  });

  it.each(table.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    if ('refused' in c.expect) {
      // Contradicting facts: refused at the edge, every field involved named.
      const parsed = request(rule.audience, c);
      expect(parsed.success, 'contradicting facts must be refused').toBe(false);
      const paths = parsed.success ? [] : parsed.error.issues.map((i) => formatPath(i.path));
      expect([...new Set(paths)].sort()).toEqual(c.expect.refused.map((p) => `applicant.${p}`).sort());
      return;
    }
    const e = c.expect;
    const r = run(rule.audience, id, c);
    expect(r.status).toBe(e.status);
    expect(r.amountYuan).toBe(e.amountYuan);
    if (e.missing) expect(r.missing).toEqual(e.missing);
    if (e.amountMissing) expect(r.amountMissing).toEqual(e.amountMissing);
    if (e.partialAmountYuan !== undefined) expect(r.partialAmountYuan).toBe(e.partialAmountYuan);
    for (const s of e.note ?? []) expect(r.amountNote).toContain(s);
    for (const s of e.reasons ?? []) expect(r.reasons.some((line) => line.includes(s)), `reason containing “${s}” in ${JSON.stringify(r.reasons)}`).toBe(true);
    for (const s of e.never ?? []) for (const line of [r.amountNote, ...r.reasons, ...r.citations.map((x) => x.quote)]) expect(line).not.toContain(s);
    for (const s of e.cites ?? []) expect(r.citations.some((x) => x.quote.includes(s)), `citation containing “${s}”`).toBe(true);
    // Invariants of every result.
    if (r.status === 'needs_info') expect(r.missing.length).toBeGreaterThan(0);
    else expect(r.missing).toEqual([]);
    if (r.status !== 'eligible') expect(r.amountYuan).toBeNull();
    if (r.partialAmountYuan !== null) {
      expect(r.status).toBe('eligible');
      expect(r.amountYuan).toBeNull();
      expect(r.amountMissing.length).toBeGreaterThan(0);
    }
    expect(r.amountKind).toBe(rule.amountKind);
    expect(r.reasons.length).toBe(r.trace.length);
    expect(r.citations.length).toBeGreaterThan(0);
  });

  it('the table checks both sides of every condition the rule checks', () => {
    const seen = new Map<string, Set<string>>();
    for (const c of evaluated(table)) {
      for (const t of run(rule.audience, id, c).trace) {
        if (t.outcome === 'info') continue;
        if (!seen.has(t.condition)) seen.set(t.condition, new Set());
        seen.get(t.condition)!.add(t.outcome);
      }
    }
    expect(seen.size).toBeGreaterThan(0);
    const gaps: string[] = [];
    for (const [condition, outcomes] of seen) {
      const wanted = GUARDS.has(condition) ? ['not_met'] : PRESENCE.has(condition) ? ['not_met', 'unknown'] : ONLY_MET_OR_UNKNOWN.has(condition) ? ['met', 'unknown'] : ['met', 'not_met', 'unknown'];
      for (const w of wanted) if (!outcomes.has(w)) gaps.push(`“${condition}” never ${w}`);
    }
    expect(gaps).toEqual([]);
  });
});
