/** `GET /api/subsidies` over the real indexed corpus: the rules' catalogue with the clause text. */
import { describe, expect, it } from 'vitest';
import { SubsidiesResponseSchema } from '../../../../src/core/http/routes/subsidies.js';
import { RULE_IDS } from '../../../../src/core/rules/registry.js';
import { useTestContext } from '../../../support/context.js';

const ctx = useTestContext();

interface Subsidy {
  id: string;
  title: string;
  audience: string;
  requirements: string[];
  parameters: { id: string; value: number; unit: string; ref: { clause: string; quote: string } }[];
  citations: { clause: string; quote: string }[];
  clauseTexts: { clause: string; text: string | null; title: string | null }[];
  facts: { path: string; question: string }[];
}

describe('GET /api/subsidies', () => {
  it('lists every rule with who it is for, what it requires, its parameters and clause text', async () => {
    const res = await ctx().app.request('/api/subsidies?asOf=2020-06-01');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { asOf: string; policy: { inForce: boolean }; subsidies: Subsidy[] };
    expect(body.asOf).toBe('2020-06-01');
    expect(body.policy.inForce).toBe(true);
    // Every rule of the packs, in the registry's order (test/core/rules/engine.test.ts holds that to the contract).
    expect(body.subsidies.map((s) => s.id)).toEqual(RULE_IDS);
    expect(SubsidiesResponseSchema.safeParse(body).success).toBe(true);
    for (const s of body.subsidies) {
      expect(['person', 'employer']).toContain(s.audience);
      expect(s.requirements.length).toBeGreaterThan(0);
      expect(s.facts.length).toBeGreaterThan(0);
      expect(s.clauseTexts.length).toBeGreaterThan(0);
      for (const ct of s.clauseTexts) {
        // The clause text comes from the index, and every quote of the rule is in it.
        expect(ct.text, `${s.id} ${ct.clause} text`).toEqual(expect.any(String));
      }
      for (const c of [...s.citations, ...s.parameters.map((p) => p.ref)]) {
        const text = s.clauseTexts.find((ct) => ct.clause === c.clause)?.text ?? '';
        expect(text, `${s.id}: “${c.quote}” in ${c.clause}`).toContain(c.quote);
      }
    }
    const onJob = body.subsidies[0]!;
    expect(onJob.parameters.map((p) => [p.id, p.value, p.unit])).toEqual([
      ['onJobMonthlyYuan', 200, '元/人/月'],
      ['onJobMaxMonths', 6, '个月'],
      ['poorLaborMinMonthsEmployed', 6, '个月'],
    ]);
    const equipment = body.subsidies.find((s) => s.id === 'equipment_subsidy')!;
    expect(equipment.parameters.map((p) => p.value)).toEqual([20, 500_000, 100_000]);
    expect(equipment.clauseTexts[0]!.text).toContain('最高分别不超过50万元、10万元');
    // The new rules come with their clause text: the family's aid cites both 三(三) and 三(十四).
    const childAid = body.subsidies.find((s) => s.id === 'poor_family_child_aid')!;
    expect(childAid.clauseTexts.map((c) => c.clause)).toEqual(['三(三)', '三(十四)']);
    expect(childAid.clauseTexts[0]!.text).toContain('对子女接受技工教育的贫困家庭，按政策给予补助');
    const winners = body.subsidies.find((s) => s.id === 'competition_winner_award')!;
    expect(winners.clauseTexts[0]!.text).toContain('按规定落实相关奖励和荣誉激励');
    expect(body.subsidies.find((s) => s.id === 'education_fund_deduction')).toMatchObject({ amountKind: 'tax_deduction' });
  });

  it('400 for a malformed asOf', async () => {
    const res = await ctx().app.request('/api/subsidies?asOf=June');
    expect(res.status).toBe(400);
    expect((await res.json()).error.fields[0].path).toBe('asOf');
  });
});
