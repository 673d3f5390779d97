/**
 * Eligibility on a date uses the rules in force on that date: a pack that supersedes another
 * takes over from its date, with its own rule, wording and 文号, and the superseded pack's rules
 * stop; before that date nothing changes. The pack doing so is fictional and lives in this test
 * only (the service ships the real plan alone).
 */
import { describe, expect, it } from 'vitest';
import { check, missingOf, statusOf } from '../../../src/core/rules/check.js';
import { evaluateEligibility, type EvaluateOptions } from '../../../src/core/rules/engine.js';
import { packSet, replacementsOf } from '../../../src/core/rules/in-force.js';
import { fillWording, type Pack, type PackManifest } from '../../../src/core/rules/pack.js';
import { createResponseWriter } from '../../../src/core/rules/response-writer.js';
import { parseEligibilityRequest, type EligibilityRequest } from '../../../src/core/rules/schema.js';
import type { PersonRule } from '../../../src/core/rules/types.js';
import { PACKS } from '../../../src/packs/index.js';

const real = (PACKS as readonly Pack[])[0]!;

/** A fictional rule: a certificate earns a flat sum fixed by the fictional plan's own parameter. */
const certificateBonus: PersonRule = {
  id: 'fictional_certificate_bonus',
  title: '取证奖励（虚构示例）',
  audience: 'person',
  reads: ['certificate'],
  parameters: ['fictionalBonusYuan'],
  citations: [{ clause: '二(一)', quote: '取得相应证书的，每人一次性奖励1500元' }],
  requirements: ['培训后取得相应证书'],
  amountRule: '每人一次性奖励（虚构示例标准）',
  amountKind: 'subsidy',
  evaluate(f, p) {
    const spec = { condition: '培训后取得相应证书', clause: '二(一)', facts: { certificate: f.certificate }, uses: ['fictionalBonusYuan'] };
    const checks = [
      f.certificate === undefined
        ? check(spec, p, 'unknown', '未说明是否取得证书')
        : check(spec, p, f.certificate ? 'met' : 'not_met', f.certificate ? '已取得证书' : '未取得证书'),
    ];
    const status = statusOf(checks);
    const amount = status === 'eligible' ? p.fictionalBonusYuan! : null;
    return { status, amountYuan: amount, amountNote: amount === null ? '' : `${amount} 元/人`, checks, missing: missingOf(checks), amountMissing: [] };
  },
};

const FICTIONAL_MANIFEST: PackManifest = {
  id: 'fictional-plan-2030',
  title: '某市职业技能示例方案（2030—2034年）（虚构）',
  docNo: '某政办〔2029〕9号',
  issuer: '某市人民政府办公厅（虚构）',
  period: { from: '2030-01-01', to: '2034-12-31' },
  supersedes: [{ document: real.manifest.id }],
  wording: {
    beforePeriod: '示例方案（{docNo}）自 {from} 起施行，{asOf} 时尚未生效。',
    afterPeriod: '示例方案（{docNo}）已于 {to} 期满，{asOf} 已不在实施期内。',
    greeting: '示例',
  },
};

/** The fictional plan that replaces the real one (by default from its own start, 2030-01-01). */
function fictionalPlan(manifest: Partial<PackManifest> = {}): Pack {
  return {
    manifest: { ...FICTIONAL_MANIFEST, ...manifest },
    parameters: {
      fictionalBonusYuan: { label: '取证奖励', unit: '元', versions: [{ from: '2030-01-01', value: 1500, ref: { clause: '二(一)', quote: '每人一次性奖励1500元' } }] },
    },
    rules: [certificateBonus],
    vocabulary: { glossary: [], terms: [] },
    answers: { ...real.answers, topics: [{ id: certificateBonus.id, name: '取证奖励', applicant: 'person', clause: '二(一)', keywords: /取证奖励/ }], topicYields: [] },
  };
}

const WITH_SUCCESSOR: readonly Pack[] = [real, fictionalPlan()];
const withSuccessor: EvaluateOptions = { packs: WITH_SUCCESSOR };

const request = (asOf: string, applicant: object): EligibilityRequest => {
  const parsed = parseEligibilityRequest({ asOf, applicant });
  if (!parsed.success) throw new Error('bad test request');
  return parsed.data;
};
const person = (asOf: string) => request(asOf, { type: 'person', certificate: true, groups: ['veteran'], trainingPlace: 'household' });
const employer = (asOf: string) => request(asOf, { type: 'employer', entity: 'enterprise', insured: true, payrollYuan: 1_000_000, educationFundYuan: 50_000 });

describe('a pack superseded on a date', () => {
  it('still gives the real plan’s results, wording and policy block the day before', () => {
    for (const r of [person('2029-12-31'), employer('2029-12-31')]) {
      const shipped = evaluateEligibility(r);
      expect(evaluateEligibility(r, withSuccessor)).toEqual(shipped);
      // The ended plan is still computed, and says it ended.
      expect(shipped.results.length).toBeGreaterThan(1);
      expect(shipped.policy.docNo).toBe(real.manifest.docNo);
      expect(shipped.warnings.join('')).toContain(real.manifest.docNo);
    }
  });

  it('gives the superseding plan’s own rule, 文号 and wording from its date, and none of the replaced rules', () => {
    const res = evaluateEligibility(person('2030-06-01'), withSuccessor);
    expect(res.results.map((r) => r.id)).toEqual(['fictional_certificate_bonus']);
    expect(res.results[0]).toMatchObject({ status: 'eligible', amountYuan: 1500, amountNote: '1500 元/人' });
    expect(res.results[0]!.citations).toEqual([{ clause: '二(一)', quote: '取得相应证书的，每人一次性奖励1500元', docNo: FICTIONAL_MANIFEST.docNo }]);
    expect(res.policy).toEqual({ id: FICTIONAL_MANIFEST.id, title: FICTIONAL_MANIFEST.title, docNo: FICTIONAL_MANIFEST.docNo, period: FICTIONAL_MANIFEST.period, inForce: true });
    expect(res.warnings).toEqual([]);
    expect(JSON.stringify(res)).not.toContain(real.manifest.docNo);

    // Its rules are for persons only: an employer gets no result, under the new plan's name.
    const emp = evaluateEligibility(employer('2030-06-01'), withSuccessor);
    expect(emp.results).toEqual([]);
    expect(emp.policy.docNo).toBe(FICTIONAL_MANIFEST.docNo);

    // After its own end, with no successor, it keeps being computed and warns in its own words.
    const late = evaluateEligibility(person('2036-01-01'), withSuccessor);
    expect(late.results.map((r) => r.id)).toEqual(['fictional_certificate_bonus']);
    expect(late.policy.inForce).toBe(false);
    const values = { docNo: FICTIONAL_MANIFEST.docNo, from: '2030-01-01', to: '2034-12-31', asOf: '2036-01-01' };
    expect(late.warnings).toEqual([fillWording(FICTIONAL_MANIFEST.wording.afterPeriod, values)]);
  });

  it('leaves the shipped evaluation alone on the same dates', () => {
    const res = evaluateEligibility(person('2030-06-01'));
    expect(res.policy.docNo).toBe(real.manifest.docNo);
    expect(res.results.map((r) => r.id)).not.toContain('fictional_certificate_bonus');
    expect(res.results.length).toBe(real.rules.filter((r) => r.audience === 'person').length);
  });

  it('lets both plans run between the new plan’s start and a later replacement date, named by 文号', () => {
    const packs = [real, fictionalPlan({ supersedes: [{ document: real.manifest.docNo, from: '2030-07-01' }] })];
    const during = evaluateEligibility(person('2030-03-01'), { packs });
    expect(during.results.map((r) => r.id)).toEqual([...real.rules.filter((r) => r.audience === 'person').map((r) => r.id), 'fictional_certificate_bonus']);
    // The policy block stays the first pack's; each document whose rules ran warns in its own words.
    expect(during.policy.docNo).toBe(real.manifest.docNo);
    expect(during.warnings).toHaveLength(1);
    expect(during.warnings[0]).toContain(real.manifest.docNo);
    expect(evaluateEligibility(person('2030-07-01'), { packs }).results.map((r) => r.id)).toEqual(['fictional_certificate_bonus']);
  });

  it('refuses a replacement dated before the replacing plan starts, a pack replacing itself and a cycle', () => {
    expect(() => replacementsOf([real, fictionalPlan({ supersedes: [{ document: real.manifest.id, from: '2029-06-01' }] })])).toThrow(/before its own start/);
    expect(() => replacementsOf([fictionalPlan({ supersedes: [{ document: FICTIONAL_MANIFEST.id }] })])).toThrow(/itself/);
    const back: Pack = { ...real, manifest: { ...real.manifest, supersedes: [{ document: FICTIONAL_MANIFEST.id, from: '2031-01-01' }] } };
    expect(() => replacementsOf([back, fictionalPlan()])).toThrow(/cycle/);
    // A name no pack has (a document with no rules) replaces nothing.
    expect(packSet([fictionalPlan({ supersedes: [{ document: 'no-such-document' }] })]).at('2030-06-01').packs).toHaveLength(1);
  });
});

describe('the response writer across a supersession', () => {
  it('writes exactly JSON.stringify of the engine on both sides of the date, never mixing pack lists', () => {
    const writer = createResponseWriter();
    const text = (b: Uint8Array) => new TextDecoder().decode(b);
    const dates = ['2029-12-31', '2030-06-01', '2029-12-31', '2036-01-01'];
    // Three passes, so later ones splice kept pieces; the shipped list is written between the
    // other list's requests on the same dates, so a piece or frame kept for one would show in the other.
    for (let pass = 0; pass < 3; pass++) {
      for (const asOf of dates) {
        for (const r of [person(asOf), employer(asOf), request(asOf, { type: 'person' })]) {
          expect(text(writer.write(r, withSuccessor))).toBe(JSON.stringify(evaluateEligibility(r, withSuccessor)));
          expect(text(writer.write(r))).toBe(JSON.stringify(evaluateEligibility(r)));
        }
      }
    }
    expect(text(writer.write(person('2030-06-01'), withSuccessor))).toContain('fictional_certificate_bonus');
    expect(text(writer.write(person('2030-06-01')))).not.toContain('fictional_certificate_bonus');
  });
});
