/** Case table of poor_family_child_aid (三(三), 三(十四): the family's aid for a child at a 技工院校 / 职业院校). */
import type { PersonCase } from '../../../core/rules/types.js';

export const cases: PersonCase[] = [
  {
    name: 'poor family, child at a technical school (三(三)): eligible, no amount',
    facts: { groups: ['poor_labor'], childStudent: 'technical' },
    expect: { status: 'eligible', amountYuan: null, note: ['按政策给予补助'], reasons: ['给家庭的补助'] },
  },
  {
    name: 'poor family, child at a vocational school (三(十四))',
    facts: { groups: ['poor_labor', 'rural_migrant'], childStudent: 'vocational' },
    expect: { status: 'eligible', amountYuan: null, note: ['按有关政策给予补助'], reasons: ['三(十四)'] },
  },
  {
    name: 'a family that is not 建档立卡 poor',
    facts: { groups: ['rural_migrant'], childStudent: 'technical' },
    expect: { status: 'ineligible', amountYuan: null },
  },
  {
    name: 'no child at such a school',
    facts: { groups: ['poor_labor'], childStudent: null },
    expect: { status: 'ineligible', amountYuan: null },
  },
  {
    name: 'not poor excludes even with the child unknown',
    facts: { groups: [] },
    expect: { status: 'ineligible', amountYuan: null, missing: [] },
  },
  {
    name: 'the student’s own poor-family group is not the family aid for a child',
    facts: { groups: ['poor_family_student'], childStudent: 'technical' },
    expect: { status: 'ineligible', amountYuan: null },
  },
  {
    name: 'child unknown → needs_info childStudent',
    facts: { groups: ['poor_labor'] },
    expect: { status: 'needs_info', amountYuan: null, missing: ['childStudent'] },
  },
  {
    name: 'nothing known',
    facts: {},
    expect: { status: 'needs_info', amountYuan: null, missing: ['groups', 'childStudent'] },
  },
];
