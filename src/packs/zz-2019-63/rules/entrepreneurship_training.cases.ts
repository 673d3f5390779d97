/** Case table of entrepreneurship_training (三(八)); any one ground suffices. */
import type { PersonCase } from '../../../core/rules/types.js';

export const cases: PersonCase[] = [
  {
    name: 'wants to start a business',
    facts: { wantsToStartBusiness: true },
    expect: { status: 'eligible', amountYuan: null, missing: [], note: ['未规定补贴金额'] },
  },
  {
    name: 'business open 5 years: still within 5',
    facts: { wantsToStartBusiness: false, businessYears: 5, student: null },
    expect: { status: 'eligible', amountYuan: null, reasons: ['在 5 年以内'] },
  },
  {
    name: 'business open 6 years: beyond 5',
    facts: { wantsToStartBusiness: false, businessYears: 6, student: null },
    expect: { status: 'ineligible', amountYuan: null, reasons: ['超过 5 年'] },
  },
  {
    name: 'business open 5.5 years: beyond 5',
    facts: { wantsToStartBusiness: false, businessYears: 5.5, student: null },
    expect: { status: 'ineligible', amountYuan: null },
  },
  {
    name: 'business open 0 years',
    facts: { businessYears: 0 },
    expect: { status: 'eligible', amountYuan: null },
  },
  { name: 'college student', facts: { student: 'college' }, expect: { status: 'eligible', amountYuan: null, reasons: ['创业意识'] } },
  { name: 'vocational student', facts: { wantsToStartBusiness: false, businessYears: null, student: 'vocational' }, expect: { status: 'eligible', amountYuan: null } },
  { name: 'technical-school graduate', facts: { student: 'technical' }, expect: { status: 'eligible', amountYuan: null } },
  {
    name: 'no wish, no business, not a student',
    facts: { wantsToStartBusiness: false, businessYears: null, student: null },
    expect: { status: 'ineligible', amountYuan: null },
  },
  {
    name: 'no wish, not a student, business unknown → needs_info businessYears',
    facts: { wantsToStartBusiness: false, student: null },
    expect: { status: 'needs_info', amountYuan: null, missing: ['businessYears'] },
  },
  {
    name: 'nothing known',
    facts: {},
    expect: { status: 'needs_info', amountYuan: null, missing: ['wantsToStartBusiness', 'businessYears', 'student'] },
  },
];
