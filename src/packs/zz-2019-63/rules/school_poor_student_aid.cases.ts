/** Case table of school_poor_student_aid (三(十四): 职业院校 admitting students from 建档立卡 families). */
import type { EmployerCase } from '../../../core/rules/types.js';

export const cases: EmployerCase[] = [
  {
    name: 'a vocational school admitting poor-family students: eligible, no amount',
    facts: { entity: 'vocational_school', enrollsPoorFamilyStudents: true },
    expect: { status: 'eligible', amountYuan: null, note: ['按有关政策给予补助'] },
  },
  {
    name: 'a vocational school without such students',
    facts: { entity: 'vocational_school', enrollsPoorFamilyStudents: false },
    expect: { status: 'ineligible', amountYuan: null },
  },
  {
    name: 'a training institution is not a 职业院校',
    facts: { entity: 'training_institution', enrollsPoorFamilyStudents: true },
    expect: { status: 'ineligible', amountYuan: null, reasons: ['培训机构不适用'] },
  },
  {
    name: 'an enterprise is excluded even with the students unknown',
    facts: { entity: 'enterprise' },
    expect: { status: 'ineligible', amountYuan: null, missing: [] },
  },
  {
    name: 'students unknown → needs_info',
    facts: { entity: 'vocational_school' },
    expect: { status: 'needs_info', amountYuan: null, missing: ['enrollsPoorFamilyStudents'] },
  },
  {
    name: 'entity unknown → needs_info entity',
    facts: { enrollsPoorFamilyStudents: true },
    expect: { status: 'needs_info', amountYuan: null, missing: ['entity'] },
  },
];
