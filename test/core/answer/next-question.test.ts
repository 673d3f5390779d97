import { describe, expect, it } from 'vitest';
import { nextMissingFact } from '../../../src/core/answer/next-question.js';
import { evaluateEligibility } from '../../../src/core/rules/engine.js';

const asOf = '2020-06-01';

describe('nextMissingFact', () => {
  it('asks for the fact that most open results are waiting on', () => {
    // Nothing known about a person: groups is missing for two rules, every other fact for one.
    const r = evaluateEligibility({ asOf, applicant: { type: 'person' } });
    const open = r.results.filter((x) => x.status === 'needs_info');
    const counts = new Map<string, number>();
    for (const x of open) for (const m of x.missing) counts.set(m, (counts.get(m) ?? 0) + 1);
    const max = Math.max(...counts.values());
    const next = nextMissingFact(r.results);
    expect(next).toBeDefined();
    expect(counts.get(next!)).toBe(max);
  });

  it('asks nothing when every result is settled', () => {
    const r = evaluateEligibility({
      asOf,
      applicant: { type: 'employer', entity: 'enterprise', hires: [{ group: 'poor_labor', count: 6, monthsEmployed: 6, onJobTrainingMonths: 6, preJobTrainingSubsidy: false }] },
    });
    const onJob = r.results.filter((x) => x.id === 'on_job_training');
    expect(onJob[0]!.status).toBe('eligible');
    expect(nextMissingFact(onJob)).toBeUndefined();
  });

  it('stops asking a fact already asked twice', () => {
    const r = evaluateEligibility({ asOf, applicant: { type: 'employer', entity: 'enterprise', hires: [{ group: 'poor_labor', count: 6 }] } });
    const onJob = r.results.filter((x) => x.id === 'on_job_training');
    const first = nextMissingFact(onJob)!;
    expect(first).toBe('hires[0].monthsEmployed');
    expect(nextMissingFact(onJob, { asked: { [first]: 2 } })).toBe('hires[0].onJobTrainingMonths');
  });
});
