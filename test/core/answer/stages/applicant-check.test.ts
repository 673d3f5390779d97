/**
 * The kept applicant check (src/core/answer/stages/applicant-check.ts): the same answer as
 * validating afresh, for facts seen before or not, and keys that tell apart every value the
 * check could treat differently.
 */
import { describe, expect, it } from 'vitest';
import { acceptsApplicant, plainKey } from '../../../../src/core/answer/stages/applicant-check.js';
import { EligibilityRequestSchema, type Applicant } from '../../../../src/core/rules/schema.js';

const fresh = (applicant: unknown) => EligibilityRequestSchema.safeParse({ applicant }).success;

describe('applicant check', () => {
  const cases: unknown[] = [
    { type: 'person' },
    { type: 'person', age: 40, groups: ['veteran'] },
    { type: 'employer', hires: [{ group: 'poor_labor', count: 2, monthsEmployed: 7 }] },
    { type: 'employer', hires: [{ group: 'poor_labor', count: -3 }] },
    { type: 'employer', payrollYuan: 1_200_000.5 },
    { type: 'employer', payrollYuan: 1_200_000.555 },
    { type: 'person', age: undefined },
  ];

  it('answers as a fresh validation, the first time and again', () => {
    for (let round = 0; round < 2; round++) {
      for (const c of cases) expect(acceptsApplicant(c as Applicant)).toBe(fresh(c));
    }
    expect(cases.some((c) => !fresh(c))).toBe(true);
  });

  it('keys apart what validation could tell apart', () => {
    expect(plainKey({ a: 1 })).not.toBe(plainKey({ a: '1' }));
    expect(plainKey({ a: undefined })).not.toBe(plainKey({}));
    expect(plainKey({ a: 0 })).not.toBe(plainKey({ a: -0 }));
    expect(plainKey([1, 2])).not.toBe(plainKey({ 0: 1, 1: 2 }));
    expect(plainKey({ a: NaN })).toBeUndefined();
    expect(plainKey({ a: new Date(0) })).toBeUndefined();
    expect(plainKey({ a: [1, , 3] })).toBeUndefined();
  });
});
