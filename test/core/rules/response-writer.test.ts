/**
 * The response writer (src/core/rules/response-writer.ts) splices kept rule results into the
 * response instead of serialising it whole; a client must not be able to tell: every byte
 * equals `JSON.stringify` of the engine's response, for every case-table applicant, on dates
 * before, inside and after the plan and either side of an amendment, whether the pieces were
 * just made or kept from an earlier request.
 */
import { describe, expect, it } from 'vitest';
import { parsePolicyDocument } from '../../../src/core/corpus/frontmatter.js';
import { amendmentsOf, parameterTable } from '../../../src/core/rules/amendments.js';
import { evaluateEligibility, type EvaluateOptions } from '../../../src/core/rules/engine.js';
import { createResponseWriter } from '../../../src/core/rules/response-writer.js';
import type { Pack } from '../../../src/core/rules/pack.js';
import { RULES } from '../../../src/core/rules/registry.js';
import { PACKS } from '../../../src/packs/index.js';
import { parseEligibilityRequest, type EligibilityRequest } from '../../../src/core/rules/schema.js';
import type { RuleCase } from '../../../src/core/rules/types.js';
import { readFixture } from '../corpus/fixtures.js';

/** The folder of the rule's pack, where its case table sits beside it. */
const rulesDirOf = (id: string) => new URL(`../../../src/packs/${(PACKS as readonly Pack[]).find((p) => p.rules.some((r) => r.id === id))!.manifest.id}/rules/`, import.meta.url);
const requests: EligibilityRequest[] = [];
for (const rule of RULES) {
  const { cases } = (await import(new URL(`${rule.id}.cases.ts`, rulesDirOf(rule.id)).href)) as { cases: RuleCase<object>[] };
  for (const c of cases) {
    const parsed = parseEligibilityRequest({ ...(c.asOf ? { asOf: c.asOf } : {}), applicant: { type: rule.audience, ...c.facts } });
    if (parsed.success) requests.push(parsed.data);
  }
}

const notice = parsePolicyDocument(readFixture('amending-notice.md'), 'amending-notice.md');
const amended = parameterTable(amendmentsOf(notice.meta));

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const expected = (r: EligibilityRequest, o: EvaluateOptions) => JSON.stringify(evaluateEligibility(r, o));

/** The same facts on other dates: before the plan, inside it, either side of the notice's 2021-01-01, after the plan. */
const DATES = ['2019-06-01', '2020-06-01', '2020-12-31', '2021-01-01', '2022-03-01'];

describe('response writer', () => {
  it('writes exactly JSON.stringify of the engine response, made fresh and kept', () => {
    expect(requests.length).toBeGreaterThan(100);
    const writer = createResponseWriter();
    const now = new Date('2020-09-09T12:00:00Z');
    // Three passes: the first makes every piece, the second finds them seen once, the third kept.
    for (let pass = 0; pass < 3; pass++) {
      for (const r of requests) expect(text(writer.write(r, { now }))).toBe(expected(r, { now }));
    }
  });

  it('matches on every date and under amended parameters, never reusing a piece across tables', () => {
    const writer = createResponseWriter();
    const sample = requests.filter((_, i) => i % 5 === 0);
    for (let pass = 0; pass < 2; pass++) {
      for (const asOf of DATES) {
        for (const r of sample) {
          const dated = { ...r, asOf };
          expect(text(writer.write(dated))).toBe(expected(dated, {}));
          expect(text(writer.write(dated, { parameters: amended }))).toBe(expected(dated, { parameters: amended }));
        }
      }
    }
  });

  it('moves the 以工代训 amount with the notice, the date and the facts', () => {
    const writer = createResponseWriter();
    const employer = (asOf: string, count: number) =>
      parseEligibilityRequest({
        asOf,
        applicant: { type: 'employer', entity: 'enterprise', insured: true, hires: [{ group: 'poor_labor', count, monthsEmployed: 8, onJobTrainingMonths: 6, preJobTrainingSubsidy: false }] },
      }).data!;
    const amount = (r: EligibilityRequest, o: EvaluateOptions = {}) => {
      const body = JSON.parse(text(writer.write(r, o))) as { results: { id: string; amountYuan: number | null }[] };
      return body.results.find((x) => x.id === 'on_job_training')!.amountYuan;
    };
    for (let pass = 0; pass < 3; pass++) {
      expect(amount(employer('2021-06-01', 3))).toBe(3600);
      expect(amount(employer('2021-06-01', 3), { parameters: amended })).toBe(5400);
      expect(amount(employer('2020-06-01', 3), { parameters: amended })).toBe(3600);
      expect(amount(employer('2021-06-01', 4), { parameters: amended })).toBe(7200);
    }
  });

  it('writes a request too large to keep the same way', () => {
    const writer = createResponseWriter();
    const hires = Array.from({ length: 100 }, (_, i) => ({ group: 'poor_labor', count: 1 + (i % 7), monthsEmployed: 6 + (i % 5), onJobTrainingMonths: 1 + (i % 6), preJobTrainingSubsidy: i % 2 === 0 }));
    const r = parseEligibilityRequest({ asOf: '2020-06-01', applicant: { type: 'employer', entity: 'enterprise', insured: true, hires } }).data!;
    for (let pass = 0; pass < 3; pass++) expect(text(writer.write(r))).toBe(expected(r, {}));
  });

  it('carries a result over from the last request only while every field its rule reads is the same', () => {
    const writer = createResponseWriter();
    const base = parseEligibilityRequest({
      asOf: '2020-06-01',
      applicant: {
        type: 'employer',
        entity: 'enterprise',
        insured: true,
        hires: [{ group: 'poor_labor', count: 3, monthsEmployed: 8, onJobTrainingMonths: 6 }],
        equipment: [{ kind: 'master_studio', valueYuan: 800_000, fromEducationFund: true, accepted: true }],
        payrollYuan: 5_000_000,
        educationFundYuan: 500_000,
      },
    }).data!;
    const a = base.applicant as Extract<EligibilityRequest['applicant'], { type: 'employer' }>;
    // Each request shares the lists of the one before by reference, as near-body.ts hands them out.
    const next: EligibilityRequest[] = [
      base,
      { ...base, applicant: { ...a, payrollYuan: 5_000_001 } },
      { ...base, applicant: { ...a, payrollYuan: 5_000_001, educationFundYuan: 1 } },
      { ...base, applicant: { ...a, hires: [{ ...a.hires![0]!, count: 4 }] } },
      { ...base, applicant: { ...a, hires: [{ ...a.hires![0]!, count: 4 }], insured: false } },
      { ...base, applicant: { ...a, equipment: [] } },
      { ...base, asOf: '2022-03-01' },
      { asOf: '2020-06-01', applicant: { type: 'person', groups: ['poor_labor'] } },
      base,
    ];
    // One table per pass, so each request follows the one before under the same parameters.
    for (const o of [{}, { parameters: amended }, {}]) for (const r of next) expect(text(writer.write(r, o))).toBe(expected(r, o));
  });
});
