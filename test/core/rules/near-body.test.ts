import { describe, expect, it } from 'vitest';
import { createNearBodyCheck } from '../../../src/core/rules/near-body.js';
import { EligibilityRequestSchema, parseEligibilityRequest } from '../../../src/core/rules/schema.js';

const employer = {
  applicant: {
    type: 'employer',
    entity: 'enterprise',
    insured: true,
    hires: [{ group: 'poor_labor', count: 3, monthsEmployed: 8, onJobTrainingMonths: 6, preJobTrainingSubsidy: false }],
    equipment: [{ kind: 'master_studio', valueYuan: 800_000, fromEducationFund: true, accepted: true }],
    payrollYuan: 5_000_000,
    educationFundYuan: 500_000,
    extra: 7,
  },
};
const person = { asOf: '2020-06-01', applicant: { type: 'person', groups: ['poor_labor'], businessYears: 2, certificate: false } };

/** A checker that has seen `body` through the full parse, as the route does. */
function keptWith(body: unknown) {
  const near = createNearBodyCheck(EligibilityRequestSchema);
  const text = JSON.stringify(body);
  const parsed = parseEligibilityRequest(JSON.parse(text));
  if (!parsed.success) throw new Error('fixture must be valid');
  near.keep(text, parsed.data);
  return { near, text };
}

/** What the full parse says of a text: its data, or undefined when it refuses it. */
function full(text: string): unknown {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = parseEligibilityRequest(body);
  return parsed.success ? parsed.data : undefined;
}

describe('createNearBodyCheck', () => {
  it('gives the full parse’s data when one number changed', () => {
    const { near, text } = keptWith(employer);
    const next = text.replace('5000000', '5000001');
    expect(near.check(next)).toEqual(full(next));
    expect((near.check(next) as typeof employer).applicant.payrollYuan).toBe(5000001);
  });

  it('never changes the kept request (the writer may hold it)', () => {
    const { near, text } = keptWith(employer);
    const before = structuredClone(full(text));
    near.check(text.replace('"count":3', '"count":4'));
    expect(near.check(text.replace('5000000', '5000001'))).not.toEqual(before);
    expect(near.check(text.replace('5000000', '5000000.5'))).toEqual(full(text.replace('5000000', '5000000.5')));
    // The kept data is still the first body's.
    expect(near.check(text.replace('"insured":true', '"insured":false'))).toEqual(full(text.replace('"insured":true', '"insured":false')));
  });

  it('agrees with the full parse on every single-scalar change it accepts, and refuses what zod refuses', () => {
    let taken = 0;
    for (const body of [employer, person]) {
      const { near, text } = keptWith(body);
      const values = ['0', '-1', '1.5', '1.005', '1e3', '2e12', '1200', '1201', '9', '5', 'true', 'false', 'null', '-0', '01', '1.', '+1', 'tru', '1e400', '0.1'];
      for (const m of text.matchAll(/:(-?[\d.e]+|true|false|null)(?=[,}\]])/g)) {
        const at = m.index! + 1;
        for (const v of values) {
          const next = text.slice(0, at) + v + text.slice(at + m[1]!.length);
          const got = near.check(next);
          const want = full(next);
          if (want === undefined) expect(got, next).toBeUndefined();
          else if (got !== undefined) {
            expect(got, next).toEqual(want);
            taken++;
          }
        }
      }
    }
    // The shortcut is actually taken, not only declined.
    expect(taken).toBeGreaterThan(50);
  });

  it('leaves a hire whose months now contradict each other to the full parse', () => {
    const { near, text } = keptWith(employer);
    expect(near.check(text.replace('"monthsEmployed":8', '"monthsEmployed":5'))).toBeUndefined();
    expect(near.check(text.replace('"monthsEmployed":8', '"monthsEmployed":9'))).toEqual(full(text.replace('"monthsEmployed":8', '"monthsEmployed":9')));
  });

  it('declines two changes, strings, keys, unknown fields and bodies never kept', () => {
    const { near, text } = keptWith(employer);
    expect(near.check(text.replace('5000000', '1').replace('500000', '2'))).toBeUndefined();
    expect(near.check(text.replace('enterprise', 'farmer_cooperative'))).toBeUndefined();
    expect(near.check(text.replace('"insured"', '"insurer"'))).toBeUndefined();
    expect(near.check(text.replace('"extra":7', '"extra":8'))).toBeUndefined();
    expect(near.check(text)).toBeUndefined();
    expect(near.check(text.replace('5000000', '50 00'))).toBeUndefined();
    expect(createNearBodyCheck(EligibilityRequestSchema).check(text)).toBeUndefined();
  });

  it('chooses the discriminated union’s option by the kept type', () => {
    const { near, text } = keptWith(person);
    const next = text.replace('"businessYears":2', '"businessYears":null');
    expect(near.check(next)).toEqual(full(next));
  });

  it('keeps one body only, and none longer than its bound', () => {
    const near = createNearBodyCheck(EligibilityRequestSchema, 200);
    const small = JSON.stringify(person);
    near.keep(small, full(small) as never);
    const big = JSON.stringify(employer);
    expect(big.length).toBeGreaterThan(200);
    near.keep(big, full(big) as never);
    // The big body was not kept: the small one still is.
    expect(near.check(small.replace('"businessYears":2', '"businessYears":3'))).toBeDefined();
    expect(near.check(big.replace('5000000', '5000001'))).toBeUndefined();
    // A later kept body replaces the earlier one.
    const other = JSON.stringify({ applicant: { type: 'person', certificate: true, subsidizedTrainingsThisYear: 1 } });
    near.keep(other, full(other) as never);
    expect(near.check(small.replace('"businessYears":2', '"businessYears":3'))).toBeUndefined();
    expect(near.check(other.replace('"subsidizedTrainingsThisYear":1', '"subsidizedTrainingsThisYear":2'))).toEqual(
      full(other.replace('"subsidizedTrainingsThisYear":1', '"subsidizedTrainingsThisYear":2')),
    );
  });
});
