/** Case table of education_fund_deduction (六(二) 8 % of payroll; 60 % front-line). */
import type { EmployerCase } from '../../../core/rules/types.js';

export const cases: EmployerCase[] = [
  {
    name: 'fund under the 8 % limit is deducted in full',
    facts: { entity: 'enterprise', payrollYuan: 10_000_000, educationFundYuan: 500_000, frontlineShareOfFund: 0.7 },
    expect: { status: 'eligible', amountYuan: 500_000, note: ['可全额税前扣除'] },
  },
  {
    name: 'fund exactly at the limit',
    facts: { entity: 'enterprise', payrollYuan: 10_000_000, educationFundYuan: 800_000, frontlineShareOfFund: 0.6 },
    expect: { status: 'eligible', amountYuan: 800_000 },
  },
  {
    name: 'fund over the limit is capped at 8 % of payroll',
    facts: { entity: 'enterprise', payrollYuan: 10_000_000, educationFundYuan: 900_000, frontlineShareOfFund: 0.6 },
    expect: { status: 'eligible', amountYuan: 800_000, note: ['超过限额'] },
  },
  {
    name: '8 % of 1 234 567.89 元 is 98 765.4312 元, rounded down',
    facts: { entity: 'enterprise', payrollYuan: 1_234_567.89, educationFundYuan: 200_000 },
    expect: { status: 'eligible', amountYuan: 98_765, note: ['98765.4312'] },
  },
  {
    name: 'front-line share 60 % meets the requirement',
    facts: { entity: 'enterprise', payrollYuan: 1_000_000, educationFundYuan: 10_000, frontlineShareOfFund: 0.6 },
    expect: { status: 'eligible', amountYuan: 10_000, reasons: ['达到 60% 以上'] },
  },
  {
    name: 'front-line share 59 % is noted, not refused',
    facts: { entity: 'enterprise', payrollYuan: 1_000_000, educationFundYuan: 10_000, frontlineShareOfFund: 0.59 },
    expect: { status: 'eligible', amountYuan: 10_000, reasons: ['低于方案要求的 60%'] },
  },
  {
    name: 'front-line share unknown is said, not assumed',
    facts: { entity: 'enterprise', payrollYuan: 1_000_000, educationFundYuan: 10_000 },
    expect: { status: 'eligible', amountYuan: 10_000, reasons: ['未提供一线职工培训占比'] },
  },
  {
    name: 'payroll unknown: nothing decided, the payroll is asked for (the cap may bind)',
    facts: { entity: 'enterprise', educationFundYuan: 10_000 },
    expect: { status: 'needs_info', amountYuan: null, missing: ['payrollYuan'], amountMissing: [] },
  },
  {
    name: 'no education fund drawn',
    facts: { entity: 'enterprise', payrollYuan: 1_000_000, educationFundYuan: 0 },
    expect: { status: 'ineligible', amountYuan: null },
  },
  {
    name: 'education fund unknown → needs_info',
    facts: { entity: 'enterprise', payrollYuan: 1_000_000 },
    expect: { status: 'needs_info', amountYuan: null, missing: ['educationFundYuan'] },
  },
  {
    name: 'not an enterprise',
    facts: { entity: 'vocational_school', payrollYuan: 1_000_000, educationFundYuan: 10_000 },
    expect: { status: 'ineligible', amountYuan: null },
  },
  {
    name: 'a farmer cooperative pays enterprise income tax: the deduction is computed, with the tax office to confirm',
    facts: { entity: 'farmer_cooperative', payrollYuan: 500_000, educationFundYuan: 50_000 },
    expect: { status: 'eligible', amountYuan: 40_000, reasons: ['以主管税务机关认定为准'] },
  },
  {
    name: 'nothing known',
    facts: {},
    expect: { status: 'needs_info', amountYuan: null, missing: ['entity', 'educationFundYuan'] },
  },
  // --- Revised contract (issue 11) ---
  {
    name: 'front-line share 0.59996 is under 60 %, compared exactly (no rounding up to 60.00 %)',
    facts: { entity: 'enterprise', payrollYuan: 1_000_000, educationFundYuan: 10_000, frontlineShareOfFund: 0.59996 },
    expect: { status: 'eligible', amountYuan: 10_000, reasons: ['59.996%', '低于方案要求的 60%'], never: ['达到 60% 以上'] },
  },
  {
    name: 'front-line share 0.6000001 is over 60 %',
    facts: { entity: 'enterprise', payrollYuan: 1_000_000, educationFundYuan: 10_000, frontlineShareOfFund: 0.6000001 },
    expect: { status: 'eligible', amountYuan: 10_000, reasons: ['60.00001%', '达到 60% 以上'] },
  },
  {
    name: 'the amount is a pre-tax deduction, not money to claim',
    facts: { entity: 'enterprise', payrollYuan: 10_000_000, educationFundYuan: 900_000 },
    expect: { status: 'eligible', amountYuan: 800_000, note: ['税前扣除', '不是现金补贴'], never: ['可得', '申领'] },
  },
  {
    name: 'payroll unknown: the note still says it is a pre-tax deduction',
    facts: { entity: 'enterprise', educationFundYuan: 10_000 },
    expect: { status: 'needs_info', amountYuan: null, missing: ['payrollYuan'], partialAmountYuan: null, note: ['税前扣除'], never: ['可得', '申领'] },
  },
];
