/** Case table of competition_training_award (三(十五): 备战职业技能竞赛专项培训, 一定资金奖补). */
import type { EmployerCase } from '../../../core/rules/types.js';

export const cases: EmployerCase[] = [
  {
    name: 'an enterprise running competition training: eligible, no amount',
    facts: { entity: 'enterprise', competitionTraining: true },
    expect: { status: 'eligible', amountYuan: null, note: ['一定资金奖补'] },
  },
  {
    name: 'a vocational school (院校) running competition training',
    facts: { entity: 'vocational_school', competitionTraining: true },
    expect: { status: 'eligible', amountYuan: null },
  },
  {
    name: 'no competition training',
    facts: { entity: 'enterprise', competitionTraining: false },
    expect: { status: 'ineligible', amountYuan: null },
  },
  {
    name: 'a training institution is neither 企业 nor 院校',
    facts: { entity: 'training_institution', competitionTraining: true },
    expect: { status: 'ineligible', amountYuan: null, reasons: ['支持企业、院校开展备战职业技能竞赛专项培训'] },
  },
  {
    name: 'training unknown → needs_info',
    facts: { entity: 'vocational_school' },
    expect: { status: 'needs_info', amountYuan: null, missing: ['competitionTraining'] },
  },
  {
    name: 'entity unknown → needs_info',
    facts: { competitionTraining: true },
    expect: { status: 'needs_info', amountYuan: null, missing: ['entity'] },
  },
];
