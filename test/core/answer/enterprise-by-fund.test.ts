import { describe, expect, it } from 'vitest';
import { enterpriseByFund } from '../../../src/core/answer/enterprise-by-fund.js';
import type { Applicant } from '../../../src/core/rules/schema.js';

const none = new Set<string>();

describe('enterpriseByFund', () => {
  it('takes an employer that drew an education fund, or bought equipment with one, as an enterprise', () => {
    expect(enterpriseByFund({ type: 'employer', educationFundYuan: 300_000 }, none)).toMatchObject({ entity: 'enterprise' });
    expect(enterpriseByFund({ type: 'employer', equipment: [{ kind: 'master_studio', fromEducationFund: true }] }, none)).toMatchObject({ entity: 'enterprise' });
  });

  it('never replaces a kind that was said, nor one the person said they do not know', () => {
    const school: Applicant = { type: 'employer', entity: 'vocational_school', educationFundYuan: 300_000 };
    expect(enterpriseByFund(school, none)).toEqual(school);
    const open: Applicant = { type: 'employer', educationFundYuan: 300_000 };
    expect(enterpriseByFund(open, new Set(['entity']))).toEqual(open);
  });

  it('reads nothing from a fund that is zero, equipment bought otherwise, or a person', () => {
    expect(enterpriseByFund({ type: 'employer', educationFundYuan: 0 }, none)).not.toHaveProperty('entity');
    expect(enterpriseByFund({ type: 'employer', equipment: [{ kind: 'high_skill_base', fromEducationFund: false }] }, none)).not.toHaveProperty('entity');
    expect(enterpriseByFund({ type: 'person' }, none)).toEqual({ type: 'person' });
  });
});
