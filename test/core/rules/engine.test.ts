/** The engine as a whole: rule order per applicant type, the policy period, the clock, reads. */
import { describe, expect, it } from 'vitest';
import { evaluateEligibility, missingFacts, ruleCatalogue } from '../../../src/core/rules/engine.js';
import { RULES } from '../../../src/core/rules/registry.js';
import { EligibilityResponseSchema } from '../../../src/core/rules/response.js';
import type { EligibilityRequest } from '../../../src/core/rules/schema.js';

/** The rule ids of the contract (shared/spec/eligibility.md), in its table's order, with their audience. */
const CONTRACT: [string, 'person' | 'employer'][] = [
  ['on_job_training', 'employer'],
  ['project_training_advance', 'employer'],
  ['equipment_subsidy', 'employer'],
  ['apprenticeship', 'employer'],
  ['education_fund_deduction', 'employer'],
  ['vocational_training', 'person'],
  ['free_training_poor', 'person'],
  ['poor_family_student_aid', 'person'],
  ['entrepreneurship_training', 'person'],
  ['poor_family_child_aid', 'person'],
  ['school_poor_student_aid', 'employer'],
  ['enterprise_school_support', 'employer'],
  ['competition_training_award', 'employer'],
  ['competition_winner_award', 'person'],
  ['training_materials_support', 'employer'],
];
const EMPLOYER_IDS = CONTRACT.filter(([, a]) => a === 'employer').map(([id]) => id);
const PERSON_IDS = CONTRACT.filter(([, a]) => a === 'person').map(([id]) => id);

const example: EligibilityRequest = {
  asOf: '2020-06-01',
  applicant: {
    type: 'employer',
    entity: 'enterprise',
    hires: [{ group: 'poor_labor', count: 6, monthsEmployed: 6, onJobTrainingMonths: 6, preJobTrainingSubsidy: false }],
  },
};

describe('evaluateEligibility', () => {
  it('lists the employer rules, in the contract order, and only those', () => {
    const res = evaluateEligibility({ applicant: { type: 'employer' } }, { now: new Date('2020-06-01T00:00:00Z') });
    expect(res.results.map((r) => r.id)).toEqual(EMPLOYER_IDS);
    expect(res.results.every((r) => r.audience === 'employer')).toBe(true);
  });

  it('lists the person rules, in the contract order, and only those', () => {
    const res = evaluateEligibility({ applicant: { type: 'person' } });
    expect(res.results.map((r) => r.id)).toEqual(PERSON_IDS);
  });

  it('answers the contract example with 7200 and a response of the contract shape', () => {
    const res = evaluateEligibility(example);
    expect(EligibilityResponseSchema.parse(res)).toEqual(res);
    const r = res.results[0]!;
    expect(r).toMatchObject({ id: 'on_job_training', title: '以工代训补贴', status: 'eligible', amountYuan: 7200, amountNote: '200 元/人/月 × 6 月 × 6 人' });
    expect(r.citations.some((c) => c.clause === '六(一)' && c.quote.includes('按每人每月200元的标准给予生产经营主体以工代训补贴'))).toBe(true);
    expect(res.policy).toEqual({
      id: 'zz-2019-63',
      title: '郑州市职业技能提升行动实施方案（2019—2021年）',
      docNo: '郑政办〔2019〕63号',
      period: { from: '2019-12-02', to: '2021-12-31' },
      inForce: true,
    });
    expect(res.warnings).toEqual([]);
  });

  it.each([
    ['2019-12-01', false, '早于'],
    ['2019-12-02', true, null],
    ['2021-12-31', true, null],
    ['2022-01-01', false, '已超出实施期'],
    ['2025-06-01', false, '已超出实施期'],
  ])('asOf %s → inForce %s, with a plain warning when out of period', (asOf, inForce, warning) => {
    const res = evaluateEligibility({ ...example, asOf });
    expect(res.asOf).toBe(asOf);
    expect(res.policy.inForce).toBe(inForce);
    if (warning) {
      expect(res.warnings).toHaveLength(1);
      expect(res.warnings[0]).toContain(warning);
      expect(res.warnings[0]).toContain('2019—2021');
    } else expect(res.warnings).toEqual([]);
    // Results are still computed for reference.
    expect(res.results[0]!.amountYuan).toBe(7200);
  });

  it('takes "today" from the injected clock, in China time', () => {
    // 2021-12-31 17:00 UTC is already 2022-01-01 in Zhengzhou.
    const late = evaluateEligibility({ applicant: example.applicant }, { now: new Date('2021-12-31T17:00:00Z') });
    expect(late.asOf).toBe('2022-01-01');
    expect(late.policy.inForce).toBe(false);
    const inside = evaluateEligibility({ applicant: example.applicant }, { now: () => new Date('2021-12-31T15:00:00Z') });
    expect(inside.asOf).toBe('2021-12-31');
    expect(inside.policy.inForce).toBe(true);
  });

  it('is deterministic: the same request gives the same response', () => {
    expect(evaluateEligibility(example)).toEqual(evaluateEligibility(structuredClone(example)));
  });

  it('does not change the request it is given', () => {
    const copy = structuredClone(example);
    evaluateEligibility(copy);
    expect(copy).toEqual(example);
  });
});

describe('rules read only the facts they declare', () => {
  // A full applicant of each type; changing a fact a rule does not declare must not change its result.
  const person = {
    type: 'person' as const,
    groups: ['poor_labor' as const, 'poor_family_student' as const],
    monthlyPension: false,
    trainingPlace: 'household' as const,
    certificate: true,
    subsidizedTrainingsThisYear: 1,
    occupation: '电工',
    level: '四级',
    previousSubsidies: [{ occupation: '焊工', level: '五级' }],
    institutionInSystem: true,
    wantsToStartBusiness: false,
    businessYears: 3,
    student: 'technical' as const,
    childStudent: 'vocational' as const,
    competitionAward: true,
    newOccupation: true,
  };
  const employer = {
    type: 'employer' as const,
    entity: 'enterprise' as const,
    insured: true,
    hires: [{ group: 'employment_difficulty' as const, count: 2, monthsEmployed: 1, onJobTrainingMonths: 2, preJobTrainingSubsidy: false }],
    equipment: [{ kind: 'master_studio' as const, site: '一号工作室', valueYuan: 100_000, fromEducationFund: true, accepted: true }],
    payrollYuan: 1_000_000,
    educationFundYuan: 50_000,
    frontlineShareOfFund: 0.7,
    apprentices: 3,
    projectTraining: true,
    trainingSubsidyYuan: 80_000,
    enrollsPoorFamilyStudents: true,
    runsVocationalSchool: true,
    competitionTraining: true,
    developsTrainingMaterials: true,
  };

  it.each(RULES.map((r) => [r.id, r] as const))('%s', (id, rule) => {
    const full = rule.audience === 'person' ? person : employer;
    const base = evaluateEligibility({ asOf: '2020-06-01', applicant: full }).results.find((r) => r.id === id)!;
    for (const key of Object.keys(full)) {
      if (key === 'type') continue;
      const declared = rule.reads.some((p) => p === key || p.startsWith(`${key}[]`));
      if (declared) continue;
      const without = { ...full } as Record<string, unknown>;
      delete without[key];
      const res = evaluateEligibility({ asOf: '2020-06-01', applicant: without as EligibilityRequest['applicant'] }).results.find((r) => r.id === id)!;
      expect(res, `${id} changed when ${key} was removed`).toEqual(base);
    }
    // And every declared fact matters to the trace: removing it shows up somewhere.
    for (const path of rule.reads) {
      const key = path.split('[')[0]!;
      const without = { ...full } as Record<string, unknown>;
      delete without[key];
      const res = evaluateEligibility({ asOf: '2020-06-01', applicant: without as EligibilityRequest['applicant'] }).results.find((r) => r.id === id)!;
      expect(res.trace, `${id} does not notice ${key} missing`).not.toEqual(base.trace);
    }
  });
});

describe('missingFacts and the catalogue', () => {
  it('collects what needs_info results wait for, each once, in result order', () => {
    const res = evaluateEligibility({ asOf: '2020-06-01', applicant: { type: 'person', monthlyPension: false } });
    const facts = missingFacts(res);
    expect(facts[0]).toBe('trainingPlace');
    expect(facts).toContain('groups');
    expect(facts).toContain('student');
    expect(new Set(facts).size).toBe(facts.length);
    expect(facts).not.toContain('monthlyPension');
  });

  it('describes every rule with its reads, parameters and clauses', () => {
    const cat = ruleCatalogue('2020-06-01');
    expect(cat.map((r) => [r.id, r.audience])).toEqual(CONTRACT);
    const onJob = cat[0]!;
    expect(onJob.reads).toContain('hires[].monthsEmployed');
    expect(onJob.parameters.find((p) => p.id === 'onJobMonthlyYuan')).toMatchObject({ value: 200, unit: '元/人/月', ref: { clause: '六(一)' } });
    expect(cat.find((r) => r.id === 'vocational_training')!.clauses).toEqual(['七(二)', '六(一)', '六(三)']);
    expect(cat.find((r) => r.id === 'poor_family_child_aid')!.clauses).toEqual(['三(三)', '三(十四)']);
    expect(cat.find((r) => r.id === 'education_fund_deduction')!.amountKind).toBe('tax_deduction');
    expect(cat.find((r) => r.id === 'project_training_advance')!.amountKind).toBe('advance');
  });
});
