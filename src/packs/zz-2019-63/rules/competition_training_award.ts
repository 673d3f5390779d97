/**
 * 备战职业技能竞赛专项培训奖补 — 三(十五).
 *
 * Law: “支持企业、院校开展备战职业技能竞赛专项培训，给予一定资金奖补”.
 * The clause names 企业 and 院校. Judgement: a 培训机构 is not a 院校 (the plan lists them apart,
 * e.g. 四(四) “企业、院校和培训机构”), and a 农民专业合作社 or 扶贫车间 is not an 企业, so only
 * enterprises and 职业院校 qualify. “一定资金奖补”: no amount.
 */
import { check, outcomeWithoutAmount } from '../../../core/rules/check.js';
import { ENTITY_KINDS, type TraceEntry } from '../../../core/rules/schema.js';
import { employerRule } from '../kit.js';

const CLAUSE = '三(十五)';

export const competitionTrainingAward = employerRule({
  id: 'competition_training_award',
  title: '备战职业技能竞赛专项培训奖补',
  audience: 'employer',
  reads: ['entity', 'competitionTraining'],
  parameters: [],
  citations: [{ clause: CLAUSE, quote: '支持企业、院校开展备战职业技能竞赛专项培训，给予一定资金奖补' }],
  requirements: ['申请单位是企业或院校（职业院校）', '开展了备战职业技能竞赛专项培训'],
  amountRule: '本方案未定金额：“给予一定资金奖补”',
  amountKind: 'award',

  evaluate(f, p) {
    const checks: TraceEntry[] = [];
    const entity = { condition: '申请单位是企业或院校', clause: CLAUSE, facts: { entity: f.entity } };
    if (f.entity === undefined) checks.push(check(entity, p, 'unknown', '未说明单位类型（此项面向企业、院校）'));
    else if (f.entity === 'enterprise' || f.entity === 'vocational_school') checks.push(check(entity, p, 'met', `单位是${ENTITY_KINDS[f.entity]}`));
    else checks.push(check(entity, p, 'not_met', `方案写的是“支持企业、院校开展备战职业技能竞赛专项培训”，${ENTITY_KINDS[f.entity]}不在其列`));

    const training = { condition: '开展了备战职业技能竞赛专项培训', clause: CLAUSE, facts: { competitionTraining: f.competitionTraining } };
    if (f.competitionTraining === undefined) checks.push(check(training, p, 'unknown', '未说明是否开展备战职业技能竞赛专项培训'));
    else if (f.competitionTraining) checks.push(check(training, p, 'met', '开展了备战职业技能竞赛专项培训'));
    else checks.push(check(training, p, 'not_met', '没有开展备战职业技能竞赛专项培训'));

    return outcomeWithoutAmount(checks, '本方案未定金额：“给予一定资金奖补”，标准以相关办法为准');
  },
});
