/** Case table of training_materials_support (六(二): 教材开发、教学改革, 经费支持). */
import type { EmployerCase } from '../../../core/rules/types.js';

export const cases: EmployerCase[] = [
  {
    name: 'developing training materials: eligible, no amount',
    facts: { entity: 'vocational_school', developsTrainingMaterials: true },
    expect: { status: 'eligible', amountYuan: null, note: ['给予经费支持'] },
  },
  {
    name: 'the clause names no kind of organisation: a training institution qualifies too',
    facts: { entity: 'training_institution', developsTrainingMaterials: true },
    expect: { status: 'eligible', amountYuan: null },
  },
  { name: 'no such work', facts: { entity: 'enterprise', developsTrainingMaterials: false }, expect: { status: 'ineligible', amountYuan: null } },
  {
    name: 'unknown → needs_info developsTrainingMaterials',
    facts: { entity: 'enterprise' },
    expect: { status: 'needs_info', amountYuan: null, missing: ['developsTrainingMaterials'] },
  },
];
