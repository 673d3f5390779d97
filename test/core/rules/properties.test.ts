/**
 * Property tests: for any valid applicant the engine never throws, always answers in the
 * contract's shape, never states an amount above the policy's caps, and only asks for facts
 * the dialogue knows how to ask about. Random JSON never gets past validation into a crash.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateEligibility } from '../../../src/core/rules/engine.js';
import { describeFact } from '../../../src/core/rules/facts.js';
import {
  ENTITY_KINDS,
  EligibilityResponseSchema,
  EQUIPMENT_KINDS,
  PERSON_GROUPS,
  STUDENT_KINDS,
  TRAINING_PLACES,
  parseEligibilityRequest,
  type EligibilityRequest,
  type EmployerFacts,
} from '../../../src/core/rules/schema.js';

const keys = <T extends object>(o: T) => Object.keys(o) as (keyof T)[];
const yuan = fc.oneof(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 0, max: 1e14 }).map((fen) => fen / 100));
const group = fc.constantFrom(...keys(PERSON_GROUPS));

const hire = fc.record(
  {
    group,
    count: fc.integer({ min: 0, max: 1_000_000 }),
    monthsEmployed: fc.oneof(fc.integer({ min: 0, max: 1200 }), fc.double({ min: 0, max: 1200, noNaN: true })),
    onJobTrainingMonths: fc.integer({ min: 0, max: 1200 }),
    preJobTrainingSubsidy: fc.boolean(),
  },
  { requiredKeys: [] },
);
const equipmentItem = fc.record(
  { kind: fc.constantFrom(...keys(EQUIPMENT_KINDS)), valueYuan: yuan, fromEducationFund: fc.boolean(), accepted: fc.boolean() },
  { requiredKeys: [] },
);
const employer = fc.record(
  {
    type: fc.constant('employer' as const),
    entity: fc.constantFrom(...keys(ENTITY_KINDS)),
    insured: fc.boolean(),
    hires: fc.array(hire, { maxLength: 8 }),
    equipment: fc.array(equipmentItem, { maxLength: 6 }),
    payrollYuan: yuan,
    educationFundYuan: yuan,
    frontlineShareOfFund: fc.double({ min: 0, max: 1, noNaN: true }),
    apprentices: fc.integer({ min: 0, max: 1_000_000 }),
    projectTraining: fc.boolean(),
    trainingSubsidyYuan: yuan,
  },
  { requiredKeys: ['type'] },
);
const text = fc.constantFrom('电工', '育婴员', '四级', '中级工', '三级', '焊工');
const person = fc.record(
  {
    type: fc.constant('person' as const),
    groups: fc.array(group, { maxLength: 5 }),
    monthlyPension: fc.boolean(),
    trainingPlace: fc.constantFrom(...keys(TRAINING_PLACES)),
    certificate: fc.boolean(),
    subsidizedTrainingsThisYear: fc.integer({ min: 0, max: 366 }),
    occupation: text,
    level: text,
    previousSubsidies: fc.array(fc.record({ occupation: text, level: text }, { requiredKeys: [] }), { maxLength: 4 }),
    institutionInSystem: fc.boolean(),
    wantsToStartBusiness: fc.boolean(),
    businessYears: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }),
    student: fc.option(fc.constantFrom(...keys(STUDENT_KINDS)), { nil: null }),
  },
  { requiredKeys: ['type'] },
);
const date = fc.date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const request = fc.record({ asOf: date, applicant: fc.oneof(employer, person) }, { requiredKeys: ['applicant'] });

function checkCaps(req: EligibilityRequest) {
  const res = evaluateEligibility(req, { now: new Date('2020-06-01T00:00:00Z') });
  expect(EligibilityResponseSchema.safeParse(res).success).toBe(true);
  for (const r of res.results) {
    if (r.amountYuan !== null) {
      expect(r.status).toBe('eligible');
      expect(Number.isSafeInteger(r.amountYuan) && r.amountYuan >= 0).toBe(true);
    }
    if (r.status === 'needs_info') expect(r.missing.length).toBeGreaterThan(0);
    else expect(r.missing).toEqual([]);
    for (const m of [...r.missing, ...r.amountMissing]) expect(describeFact(m), `no question for ${m}`).toBeDefined();
  }
  const a = req.applicant;
  if (a.type !== 'employer') return;
  const amount = (id: string) => res.results.find((r) => r.id === id)!.amountYuan ?? 0;
  const e: EmployerFacts = a;
  const heads = (e.hires ?? []).reduce((s, h) => s + (h.count ?? 0), 0);
  expect(amount('on_job_training')).toBeLessThanOrEqual(heads * 200 * 6);
  const itemCaps = (e.equipment ?? []).reduce((s, x) => s + (x.kind === 'master_studio' ? 100_000 : 500_000), 0);
  const fifth = (e.equipment ?? []).reduce((s, x) => s + (x.valueYuan ?? 0) * 0.2, 0);
  expect(amount('equipment_subsidy')).toBeLessThanOrEqual(itemCaps);
  expect(amount('equipment_subsidy')).toBeLessThanOrEqual(Math.ceil(fifth));
  expect(amount('project_training_advance')).toBeLessThanOrEqual((e.trainingSubsidyYuan ?? 0) / 2);
  expect(amount('education_fund_deduction')).toBeLessThanOrEqual(e.educationFundYuan ?? 0);
  expect(amount('education_fund_deduction')).toBeLessThanOrEqual(Math.ceil((e.payrollYuan ?? 0) * 0.08));
}

describe('engine properties', () => {
  it('never throws and never exceeds a cap, for any valid applicant', () => {
    fc.assert(
      fc.property(request, (req) => {
        const parsed = parseEligibilityRequest(req);
        expect(parsed.success).toBe(true);
        checkCaps(parsed.data!);
      }),
      { numRuns: 2000 },
    );
  });

  it('random JSON is either refused by validation or evaluated without error', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom('person', 'employer'), (junk, type) => {
        for (const input of [junk, { applicant: junk }, { applicant: { type, ...(typeof junk === 'object' && junk && !Array.isArray(junk) ? junk : { x: junk }) } }]) {
          const parsed = parseEligibilityRequest(input);
          if (parsed.success) checkCaps(parsed.data);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('more employees or a longer training never lowers the on-job amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 24 }), (count, months) => {
        const at = (c: number, m: number) =>
          evaluateEligibility({
            asOf: '2020-06-01',
            applicant: { type: 'employer', entity: 'enterprise', hires: [{ group: 'poor_labor', count: c, monthsEmployed: 6, onJobTrainingMonths: m, preJobTrainingSubsidy: false }] },
          }).results[0]!.amountYuan!;
        expect(at(count + 1, months)).toBeGreaterThanOrEqual(at(count, months));
        expect(at(count, months + 1)).toBeGreaterThanOrEqual(at(count, months));
        expect(at(count, months)).toBe(count * 200 * Math.min(months, 6));
      }),
    );
  });
});
