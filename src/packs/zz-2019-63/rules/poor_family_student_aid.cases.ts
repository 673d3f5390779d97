/** Case table of poor_family_student_aid (三(三), 三(十四)). */
import type { PersonCase } from '../../../core/rules/types.js';

export const cases: PersonCase[] = [
  {
    name: 'poor-family student at a technical school',
    facts: { groups: ['poor_family_student'], student: 'technical' },
    expect: { status: 'eligible', amountYuan: null, note: ['国家助学金和免学费'] },
  },
  {
    name: 'poor-family student at a vocational school (三(十四))',
    facts: { groups: ['poor_family_student'], student: 'vocational' },
    expect: { status: 'eligible', amountYuan: null, reasons: ['按有关政策给予补助'] },
  },
  {
    name: 'poor-family student at a university: not secondary vocational education',
    facts: { groups: ['poor_family_student'], student: 'college' },
    expect: { status: 'ineligible', amountYuan: null },
  },
  {
    name: 'not a student',
    facts: { groups: ['poor_family_student'], student: null },
    expect: { status: 'ineligible', amountYuan: null },
  },
  {
    name: 'technical-school student from a family that is not poor',
    facts: { groups: [], student: 'technical' },
    expect: { status: 'ineligible', amountYuan: null },
  },
  {
    name: 'not poor excludes even with the school unknown',
    facts: { groups: ['employee'] },
    expect: { status: 'ineligible', amountYuan: null, missing: [] },
  },
  {
    name: 'school unknown → needs_info student',
    facts: { groups: ['poor_family_student'] },
    expect: { status: 'needs_info', amountYuan: null, missing: ['student'] },
  },
  {
    name: 'nothing known',
    facts: {},
    expect: { status: 'needs_info', amountYuan: null, missing: ['groups', 'student'] },
  },
];
