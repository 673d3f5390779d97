/**
 * The rules engine's in-process benchmark, called by `npm run bench` (scripts/bench.ts) or on
 * its own with `npx tsx scripts/bench-rules.ts`. It measures, it asserts nothing: time to
 * evaluate every rule for one applicant (goal: well under 1 ms), with and without the request
 * validation the HTTP route adds, for a typical person, a typical employer and the largest
 * employer the schema accepts (100 hires, 100 equipment items).
 */
import { pathToFileURL } from 'node:url';
import { evaluateEligibility } from '../src/core/rules/engine.js';
import { parseEligibilityRequest, type EligibilityRequest } from '../src/core/rules/schema.js';

export interface TimingStats {
  runs: number;
  meanUs: number;
  p50Us: number;
  p95Us: number;
  p99Us: number;
  maxUs: number;
  /** Mean of one tight loop over all runs (less sensitive to per-call timer cost). */
  batchMeanUs: number;
}

export interface RulesBenchResult {
  /** Goal from issue 3: evaluating all rules for one applicant well under a millisecond. */
  goalUs: number;
  cases: Record<string, { evaluate: TimingStats; validateAndEvaluate: TimingStats }>;
}

const person = {
  asOf: '2020-06-01',
  applicant: {
    type: 'person',
    groups: ['poor_labor', 'rural_migrant'],
    monthlyPension: false,
    trainingPlace: 'residence',
    certificate: true,
    subsidizedTrainingsThisYear: 1,
    occupation: '电工',
    level: '四级',
    previousSubsidies: [{ occupation: '焊工', level: '五级' }],
    institutionInSystem: true,
    wantsToStartBusiness: true,
    student: null,
  },
};

const employer = {
  asOf: '2020-06-01',
  applicant: {
    type: 'employer',
    entity: 'enterprise',
    insured: true,
    hires: [
      { group: 'poor_labor', count: 6, monthsEmployed: 6, onJobTrainingMonths: 6, preJobTrainingSubsidy: false },
      { group: 'employment_difficulty', count: 2, onJobTrainingMonths: 3, preJobTrainingSubsidy: false },
    ],
    equipment: [{ kind: 'high_skill_base', valueYuan: 1_234_567, fromEducationFund: true, accepted: true }],
    payrollYuan: 10_000_000,
    educationFundYuan: 900_000,
    frontlineShareOfFund: 0.65,
    apprentices: 12,
    projectTraining: true,
    trainingSubsidyYuan: 300_000,
  },
};

const largestEmployer = {
  asOf: '2020-06-01',
  applicant: {
    ...employer.applicant,
    hires: Array.from({ length: 100 }, (_, i) => ({
      group: i % 2 ? 'poor_labor' : 'zero_employment_family',
      count: 1 + (i % 7),
      // Never fewer months employed than months of 以工代训: that contradiction is refused (400).
      monthsEmployed: (i % 12) + (i % 9),
      onJobTrainingMonths: i % 9,
      preJobTrainingSubsidy: i % 5 === 0,
    })),
    equipment: Array.from({ length: 100 }, (_, i) => ({
      kind: i % 2 ? 'high_skill_base' : 'master_studio',
      valueYuan: 10_000 * (i + 1) + 0.37,
      fromEducationFund: true,
      accepted: i % 3 !== 0,
    })),
  },
};

function stats(samplesNs: number[], batchNs: number): TimingStats {
  const s = [...samplesNs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]! / 1000;
  const round = (us: number) => Math.round(us * 100) / 100;
  return {
    runs: s.length,
    meanUs: round(s.reduce((a, b) => a + b, 0) / s.length / 1000),
    p50Us: round(at(0.5)),
    p95Us: round(at(0.95)),
    p99Us: round(at(0.99)),
    maxUs: round(s[s.length - 1]! / 1000),
    batchMeanUs: round(batchNs / s.length / 1000),
  };
}

/** Times `fn` `runs` times after a warm-up, one sample per call (ns). */
function time(fn: () => unknown, runs: number): TimingStats {
  for (let i = 0; i < Math.min(500, runs); i++) fn();
  const samples: number[] = new Array(runs);
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    samples[i] = Number(process.hrtime.bigint() - t0);
  }
  const b0 = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) fn();
  return stats(samples, Number(process.hrtime.bigint() - b0));
}

/** Runs the benchmark; `runs` per case (default 5 000, 1 000 for the largest applicant). */
export function benchRules(runs = 5000): RulesBenchResult {
  const cases: RulesBenchResult['cases'] = {};
  for (const [name, body, n] of [
    ['person', person, runs],
    ['employer', employer, runs],
    ['employer_100_hires_100_items', largestEmployer, Math.max(100, Math.floor(runs / 5))],
  ] as const) {
    const parsed = parseEligibilityRequest(body);
    if (!parsed.success) throw new Error(`bench case ${name} is invalid: ${parsed.error.message}`);
    const request: EligibilityRequest = parsed.data;
    cases[name] = {
      evaluate: time(() => evaluateEligibility(request), n),
      validateAndEvaluate: time(() => {
        const p = parseEligibilityRequest(body);
        return p.success ? evaluateEligibility(p.data) : undefined;
      }, n),
    };
  }
  return { goalUs: 1000, cases };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(benchRules(), null, 2));
}
