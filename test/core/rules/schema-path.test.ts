import { describe, expect, it } from 'vitest';
import { scalarSchema } from '../../../src/core/rules/schema-path.js';
import { EligibilityRequestSchema, HireSchema } from '../../../src/core/rules/schema.js';

const employer = { applicant: { type: 'employer', hires: [{ count: 1 }], payrollYuan: 1 } };
const at = (path: (string | number)[]) => (depth: number) => path.slice(0, depth).reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], employer);

describe('scalarSchema', () => {
  it('finds a field’s own schema through the discriminated union', () => {
    const path = ['applicant', 'payrollYuan'];
    const found = scalarSchema(EligibilityRequestSchema, path, at(path))!;
    expect(found.owner).toBeUndefined();
    expect(found.leaf.safeParse(100.5).success).toBe(true);
    expect(found.leaf.safeParse(100.555).success).toBe(false);
    expect(found.leaf.safeParse(-1).success).toBe(false);
  });

  it('names the hire as the owner whose checks must run again', () => {
    const path = ['applicant', 'hires', 0, 'count'];
    const found = scalarSchema(EligibilityRequestSchema, path, at(path))!;
    expect(found.owner).toEqual({ schema: HireSchema, depth: 3 });
  });

  it('gives undefined for a path the schema does not declare', () => {
    for (const path of [['applicant', 'nope'], ['applicant', 'hires', 'x'], ['asOf', 0]]) {
      expect(scalarSchema(EligibilityRequestSchema, path, at(path))).toBeUndefined();
    }
    const person = ['applicant', 'payrollYuan'];
    expect(scalarSchema(EligibilityRequestSchema, person, () => ({ type: 'person' }))).toBeUndefined();
  });
});
