import { describe, expect, it } from 'vitest';
import { enterpriseByInsurance } from '../../../src/core/answer/enterprise-by-insurance.js';
import type { Applicant } from '../../../src/core/rules/schema.js';

const none = new Set<string>();
const hires: Applicant = { type: 'employer', insured: true, hires: [{ group: 'zero_employment_family', count: 2 }] };

describe('enterpriseByInsurance', () => {
  it('takes an insured employer with hires as the plan’s 参保企业', () => {
    expect(enterpriseByInsurance(hires, none)).toMatchObject({ entity: 'enterprise' });
  });

  it('never replaces a kind that was said, nor one the person said they do not know', () => {
    const coop: Applicant = { ...hires, entity: 'farmer_cooperative' } as Applicant;
    expect(enterpriseByInsurance(coop, none)).toEqual(coop);
    expect(enterpriseByInsurance(hires, new Set(['entity']))).toEqual(hires);
  });

  it('reads nothing from an uninsured employer, one with no hires yet, or a person', () => {
    expect(enterpriseByInsurance({ ...hires, insured: false } as Applicant, none)).not.toHaveProperty('entity');
    expect(enterpriseByInsurance({ type: 'employer', insured: true }, none)).not.toHaveProperty('entity');
    expect(enterpriseByInsurance({ type: 'person' }, none)).toEqual({ type: 'person' });
  });
});
