/**
 * Runs every rule's case table (src/core/rules/rules/<id>.cases.ts) through the public engine,
 * and checks that the tables together exercise both sides of every condition each rule checks.
 */
import { describe, expect, it } from 'vitest';
import { evaluateEligibility } from '../../../src/core/rules/engine.js';
import { RULES } from '../../../src/core/rules/rules/index.js';
import { parseEligibilityRequest, type RuleResult } from '../../../src/core/rules/schema.js';
import type { RuleCase } from '../../../src/core/rules/types.js';
import { cases as apprenticeship } from '../../../src/core/rules/rules/apprenticeship.cases.js';
import { cases as educationFund } from '../../../src/core/rules/rules/education_fund_deduction.cases.js';
import { cases as entrepreneurship } from '../../../src/core/rules/rules/entrepreneurship_training.cases.js';
import { cases as equipment } from '../../../src/core/rules/rules/equipment_subsidy.cases.js';
import { cases as freeTraining } from '../../../src/core/rules/rules/free_training_poor.cases.js';
import { cases as onJob } from '../../../src/core/rules/rules/on_job_training.cases.js';
import { cases as studentAid } from '../../../src/core/rules/rules/poor_family_student_aid.cases.js';
import { cases as advance } from '../../../src/core/rules/rules/project_training_advance.cases.js';
import { cases as vocational } from '../../../src/core/rules/rules/vocational_training.cases.js';

const TABLES: Record<string, RuleCase<object>[]> = {
  on_job_training: onJob,
  project_training_advance: advance,
  equipment_subsidy: equipment,
  apprenticeship,
  education_fund_deduction: educationFund,
  vocational_training: vocational,
  free_training_poor: freeTraining,
  poor_family_student_aid: studentAid,
  entrepreneurship_training: entrepreneurship,
};

/** Conditions that by their nature cannot fail: the facts' enum only allows qualifying values. */
const ONLY_MET_OR_UNKNOWN = new Set(['设备用于高技能人才培训基地或技能大师工作室建设']);
/** Guards recorded only when they fail (a zero head count, a zero equipment value). */
const GUARDS = new Set(['吸纳人数至少 1 人', '新购置实训设备总值大于 0']);
/** Presence checks of a list, recorded only when it is missing or empty (items are checked one by one). */
const PRESENCE = new Set(['吸纳了人员就业并开展以工代训', '新购置了实训设备']);

function run(audience: 'person' | 'employer', id: string, c: RuleCase<object>): RuleResult {
  // Through the same validation as the HTTP route: a case must be a valid request.
  const parsed = parseEligibilityRequest({ asOf: c.asOf ?? '2020-06-01', applicant: { type: audience, ...c.facts } });
  if (!parsed.success) throw new Error(`case "${c.name}" is not a valid request: ${parsed.error.message}`);
  const result = evaluateEligibility(parsed.data).results.find((r) => r.id === id);
  if (!result) throw new Error(`no result ${id}`);
  return result;
}

describe.each(RULES.map((r) => [r.id, r] as const))('rule %s', (id, rule) => {
  const table = TABLES[id]!;

  it('has a case table with all three outcomes', () => {
    expect(table.length).toBeGreaterThan(0);
    const statuses = new Set(table.map((c) => c.expect.status));
    expect([...statuses].sort()).toEqual(['eligible', 'ineligible', 'needs_info']);
  });

  it.each(table.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const r = run(rule.audience, id, c);
    expect(r.status).toBe(c.expect.status);
    expect(r.amountYuan).toBe(c.expect.amountYuan);
    if (c.expect.missing) expect(r.missing).toEqual(c.expect.missing);
    if (c.expect.amountMissing) expect(r.amountMissing).toEqual(c.expect.amountMissing);
    for (const s of c.expect.note ?? []) expect(r.amountNote).toContain(s);
    for (const s of c.expect.reasons ?? []) expect(r.reasons.some((line) => line.includes(s)), `reason containing “${s}” in ${JSON.stringify(r.reasons)}`).toBe(true);
    // Invariants of every result.
    if (r.status === 'needs_info') expect(r.missing.length).toBeGreaterThan(0);
    else expect(r.missing).toEqual([]);
    if (r.status !== 'eligible') expect(r.amountYuan).toBeNull();
    expect(r.reasons.length).toBe(r.trace.length);
    expect(r.citations.length).toBeGreaterThan(0);
  });

  it('the table checks both sides of every condition the rule checks', () => {
    const seen = new Map<string, Set<string>>();
    for (const c of table) {
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
