/** Case table of project_training_advance (六(一) 先行拨付 50%). */
import type { EmployerCase } from '../../../core/rules/types.js';

export const cases: EmployerCase[] = [
  {
    name: 'enterprise training with a known subsidy: half in advance',
    facts: { entity: 'enterprise', projectTraining: true, trainingSubsidyYuan: 100_000 },
    expect: { status: 'eligible', amountYuan: 50_000, note: ['× 50%'] },
  },
  {
    name: 'training institution running project training',
    facts: { entity: 'training_institution', projectTraining: true, trainingSubsidyYuan: 300_000 },
    expect: { status: 'eligible', amountYuan: 150_000 },
  },
  {
    name: 'odd yuan: 50 % of 12 345 元 is 6 172.50 元, rounded down to 6 172',
    facts: { entity: 'enterprise', projectTraining: true, trainingSubsidyYuan: 12_345 },
    expect: { status: 'eligible', amountYuan: 6172, note: ['6172.50', '向下取整'] },
  },
  {
    name: 'fen amounts: 50 % of 0.03 元 is 0.015 元, rounded down to 0',
    facts: { entity: 'enterprise', projectTraining: true, trainingSubsidyYuan: 0.03 },
    expect: { status: 'eligible', amountYuan: 0, note: ['0.015'] },
  },
  {
    name: 'eligible but the subsidy total unknown: no invented figure',
    facts: { entity: 'enterprise', projectTraining: true },
    expect: { status: 'needs_info', amountYuan: null, missing: ['trainingSubsidyYuan'], amountMissing: [] },
  },
  {
    name: 'no enterprise or project training',
    facts: { entity: 'enterprise', projectTraining: false, trainingSubsidyYuan: 100_000 },
    expect: { status: 'ineligible', amountYuan: null },
  },
  {
    name: 'a farmer cooperative is neither an enterprise nor a training institution',
    facts: { entity: 'farmer_cooperative', projectTraining: true },
    expect: { status: 'ineligible', amountYuan: null, missing: [] },
  },
  {
    name: 'excluded by entity even while projectTraining is missing',
    facts: { entity: 'vocational_school' },
    expect: { status: 'ineligible', amountYuan: null, missing: [] },
  },
  {
    name: 'project training unknown → needs_info',
    facts: { entity: 'training_institution' },
    expect: { status: 'needs_info', amountYuan: null, missing: ['projectTraining'] },
  },
  {
    name: 'nothing known → needs_info with both facts',
    facts: {},
    expect: { status: 'needs_info', amountYuan: null, missing: ['entity', 'projectTraining'] },
  },
  // --- Revised contract (issue 11): judgement on 职业院校 ---
  {
    name: 'a vocational school running subsidised project training is not the 培训机构 of 六(一), with the reasoning',
    facts: { entity: 'vocational_school', projectTraining: true, trainingSubsidyYuan: 100_000 },
    expect: { status: 'ineligible', amountYuan: null, reasons: ['企业、院校和培训机构', '四(二)'] },
  },
  {
    name: 'a settled advance carries no partial amount',
    facts: { entity: 'training_institution', projectTraining: true, trainingSubsidyYuan: 10_000 },
    expect: { status: 'eligible', amountYuan: 5000, partialAmountYuan: null },
  },
];
