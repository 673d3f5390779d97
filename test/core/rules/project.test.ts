/**
 * A rule sees only the facts it declares (src/core/rules/project.ts), and the key its result
 * is kept under tells two applicants apart exactly when those facts differ: a kept result is
 * never handed to facts it was not made from, and equal facts written in another order or
 * beside other facts find it.
 */
import { describe, expect, it } from 'vitest';
import { factsKey, projectFacts } from '../../../src/core/rules/project.js';
import type { Pack } from '../../../src/core/rules/pack.js';
import { RULES } from '../../../src/core/rules/registry.js';
import { PACKS } from '../../../src/packs/index.js';
import { parseEligibilityRequest, type Applicant } from '../../../src/core/rules/schema.js';
import type { RuleCase } from '../../../src/core/rules/types.js';

/** The folder of the rule's pack, where its case table sits beside it. */
const rulesDirOf = (id: string) => new URL(`../../../src/packs/${(PACKS as readonly Pack[]).find((p) => p.rules.some((r) => r.id === id))!.manifest.id}/rules/`, import.meta.url);
const applicants: Applicant[] = [];
for (const rule of RULES) {
  const { cases } = (await import(new URL(`${rule.id}.cases.ts`, rulesDirOf(rule.id)).href)) as { cases: RuleCase<object>[] };
  for (const c of cases) {
    const parsed = parseEligibilityRequest({ applicant: { type: rule.audience, ...c.facts } });
    if (parsed.success) applicants.push(parsed.data.applicant);
  }
}

describe('facts a rule reads', () => {
  it('projects a field, and a field of every item of a list', () => {
    const a = parseEligibilityRequest({
      applicant: { type: 'employer', entity: 'enterprise', payrollYuan: 1000, hires: [{ group: 'poor_labor', count: 2 }, { count: 3 }] },
    }).data!.applicant;
    expect(projectFacts(a, ['entity', 'hires[].group'])).toEqual({ type: 'employer', entity: 'enterprise', hires: [{ group: 'poor_labor' }, {}] });
  });

  it('have equal keys exactly when the projections are equal, for every pair of case-table applicants', () => {
    expect(applicants.length).toBeGreaterThan(100);
    for (const rule of RULES) {
      const mine = applicants.filter((a) => a.type === rule.audience);
      const byKey = new Map<string, string>();
      for (const a of mine) {
        const json = JSON.stringify(projectFacts(a, rule.reads));
        const key = factsKey(a, rule.reads);
        const seen = byKey.get(key);
        if (seen !== undefined) expect(json, `${rule.id}: one key for two projections`).toBe(seen);
        else byKey.set(key, json);
      }
      // And no two keys for one projection.
      expect(new Set(byKey.values()).size, rule.id).toBe(byKey.size);
    }
  });

  it('ignore the order the client wrote the facts in and the facts the rule does not read', () => {
    const parse = (applicant: object) => parseEligibilityRequest({ applicant }).data!.applicant;
    const a = parse({ type: 'employer', entity: 'enterprise', educationFundYuan: 10, payrollYuan: 100 });
    const b = parse({ payrollYuan: 100, insured: true, educationFundYuan: 10, entity: 'enterprise', type: 'employer' });
    const reads = ['entity', 'payrollYuan', 'educationFundYuan', 'frontlineShareOfFund'];
    expect(factsKey(b, reads)).toBe(factsKey(a, reads));
    expect(factsKey(parse({ type: 'employer', entity: 'enterprise', educationFundYuan: 10, payrollYuan: 101 }), reads)).not.toBe(factsKey(a, reads));
  });

  it('tell a missing list, an empty one and items without the field apart', () => {
    const parse = (applicant: object) => parseEligibilityRequest({ applicant }).data!.applicant;
    const reads = ['hires[].group'];
    const keys = [
      parse({ type: 'employer' }),
      parse({ type: 'employer', hires: [] }),
      parse({ type: 'employer', hires: [{}] }),
      parse({ type: 'employer', hires: [{}, {}] }),
      parse({ type: 'employer', hires: [{ group: 'poor_labor' }] }),
    ].map((a) => factsKey(a, reads));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
