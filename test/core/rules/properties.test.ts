/**
 * Property tests: for any valid applicant the engine never throws, always answers in the
 * contract's shape, never states an amount above the policy's caps, and only asks for facts
 * the dialogue knows how to ask about. Random JSON never gets past validation into a crash.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateEligibility } from '../../../src/core/rules/engine.js';
import { describeFact } from '../../../src/core/rules/facts.js';
import { EligibilityResponseSchema } from '../../../src/core/rules/response.js';
import {
  ENTITY_KINDS,
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

const rawHire = fc.record(
  {
    group,
    count: fc.integer({ min: 0, max: 1_000_000 }),
    monthsEmployed: fc.oneof(fc.integer({ min: 0, max: 1200 }), fc.double({ min: 0, max: 1200, noNaN: true })),
    onJobTrainingMonths: fc.integer({ min: 0, max: 1200 }),
    preJobTrainingSubsidy: fc.boolean(),
  },
  { requiredKeys: [] },
);
/** A hire whose facts agree: no more months of 以工代训 than months employed (the rest is refused). */
const hire = rawHire.map((h) =>
  h.onJobTrainingMonths !== undefined && h.monthsEmployed !== undefined && h.onJobTrainingMonths > h.monthsEmployed
    ? { ...h, onJobTrainingMonths: Math.floor(h.monthsEmployed) }
    : h,
);
const site = fc.constantFrom('一号基地', '二号基地', '大师工作室');
const equipmentItem = fc.record(
  { kind: fc.constantFrom(...keys(EQUIPMENT_KINDS)), site, valueYuan: yuan, fromEducationFund: fc.boolean(), accepted: fc.boolean() },
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
    enrollsPoorFamilyStudents: fc.boolean(),
    runsVocationalSchool: fc.boolean(),
    competitionTraining: fc.boolean(),
    developsTrainingMaterials: fc.boolean(),
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
    childStudent: fc.option(fc.constantFrom('technical' as const, 'vocational' as const), { nil: null }),
    competitionAward: fc.boolean(),
    newOccupation: fc.boolean(),
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
    // A partial amount only stands beside an open total, and is never more than the caps below.
    if (r.partialAmountYuan !== null && r.partialAmountYuan !== undefined) {
      expect(r.status).toBe('eligible');
      expect(r.amountYuan).toBeNull();
      expect(r.amountMissing.length).toBeGreaterThan(0);
    }
    // A tax deduction or an advance is never worded as money to claim.
    if (r.amountKind === 'tax_deduction') expect(r.amountNote).not.toMatch(/可得|申领/);
  }
  const a = req.applicant;
  if (a.type !== 'employer') return;
  const result = (id: string) => res.results.find((r) => r.id === id)!;
  const amount = (id: string) => result(id).amountYuan ?? result(id).partialAmountYuan ?? 0;
  const e: EmployerFacts = a;
  const heads = (e.hires ?? []).reduce((s, h) => s + (h.count ?? 0), 0);
  expect(amount('on_job_training')).toBeLessThanOrEqual(heads * 200 * 6);
  // One cap per base or studio: items of one site (or without one, per kind) share it.
  // (Items of unknown kind never count: their cap is unknown, so they stay open.)
  const sites = new Map<string, number>();
  for (const x of e.equipment ?? []) if (x.kind) sites.set(`${x.kind}/${x.site ?? ''}`, x.kind === 'master_studio' ? 100_000 : 500_000);
  const itemCaps = [...sites.values()].reduce((s, cap) => s + cap, 0);
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

  it('facts that contradict each other are refused, naming both fields', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 1200 }), fc.double({ min: 0, max: 1200, noNaN: true }), (i, onJob, employed) => {
        fc.pre(onJob > employed);
        const hires = Array.from({ length: i + 1 }, (_, k) => (k === i ? { monthsEmployed: employed, onJobTrainingMonths: onJob } : {}));
        const parsed = parseEligibilityRequest({ applicant: { type: 'employer', hires } });
        expect(parsed.success).toBe(false);
        const paths = parsed.error!.issues.map((x) => x.path.join('.'));
        expect(paths).toEqual(expect.arrayContaining([`applicant.hires.${i}.onJobTrainingMonths`, `applicant.hires.${i}.monthsEmployed`]));
      }),
    );
  });

  it('splitting a purchase into lines of the same site never raises the equipment subsidy', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...keys(EQUIPMENT_KINDS)),
        fc.option(site, { nil: undefined }),
        fc.array(fc.integer({ min: 1, max: 1e9 }).map((fen) => fen / 100), { minLength: 1, maxLength: 6 }),
        (kind, where, values) => {
          const at = (items: { valueYuan: number }[]) =>
            evaluateEligibility({
              asOf: '2020-06-01',
              applicant: { type: 'employer', entity: 'enterprise', equipment: items.map((x) => ({ kind, site: where, fromEducationFund: true, accepted: true, ...x })) },
            }).results.find((r) => r.id === 'equipment_subsidy')!.amountYuan!;
          const whole = Math.round(values.reduce((s, v) => s + v * 100, 0)) / 100;
          expect(at(values.map((valueYuan) => ({ valueYuan })))).toBe(at([{ valueYuan: whole }]));
          expect(at([{ valueYuan: whole }])).toBeLessThanOrEqual(kind === 'master_studio' ? 100_000 : 500_000);
        },
      ),
    );
  });

  it('the front-line share meets 60 % exactly when it is at least 0.6 as written', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 100_000 }).map((n) => n / 100_000)), (share) => {
        const r = evaluateEligibility({
          asOf: '2020-06-01',
          applicant: { type: 'employer', entity: 'enterprise', payrollYuan: 1_000_000, educationFundYuan: 1000, frontlineShareOfFund: share },
        }).results.find((x) => x.id === 'education_fund_deduction')!;
        expect(r.reasons.some((l) => l.includes('达到 60% 以上')), String(share)).toBe(share >= 0.6);
      }),
    );
  });

  it('more employees or a longer training never lowers the on-job amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 24 }), (count, months) => {
        const at = (c: number, m: number) =>
          evaluateEligibility({
            asOf: '2020-06-01',
            applicant: { type: 'employer', entity: 'enterprise', hires: [{ group: 'poor_labor', count: c, monthsEmployed: Math.max(6, m), onJobTrainingMonths: m, preJobTrainingSubsidy: false }] },
          }).results[0]!.amountYuan!;
        expect(at(count + 1, months)).toBeGreaterThanOrEqual(at(count, months));
        expect(at(count, months + 1)).toBeGreaterThanOrEqual(at(count, months));
        expect(at(count, months)).toBe(count * 200 * Math.min(months, 6));
      }),
    );
  });
});
