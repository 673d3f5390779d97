/**
 * 项目制培训补贴先行拨付 — 六(一).
 *
 * Law: “对企业开展培训或者培训机构开展项目制培训的，可先行拨付50%的培训补贴资金”.
 * The clause names two kinds of organiser, 企业 and 培训机构; it is an advance of the subsidy,
 * not an extra one, and “可” leaves the decision to the paying office.
 *
 * Judgement: a 职业院校 running subsidised training is not read as the 培训机构 of this sentence.
 * The plan names 院校 and 培训机构 as different things where it lists them together (四(四)
 * “企业、院校和培训机构”, 三(十六) “职业院校、职业技能培训机构”), and gives 职业院校 that take on
 * subsidised training their own support in 四(二) (绩效工资倾斜, up to 50 % of training income into
 * 公用经费). The sentence here names only 企业 and 培训机构, so a 职业院校 is told it is not covered by
 * this sentence, with that reasoning, and that the paying office has the last word.
 */
import { check, missingOf, statusOf } from '../../../core/rules/check.js';
import { ROUNDING_RULE, floorYuan, formatExact, fromYuan, hasFraction, percentOf } from '../../../core/rules/money.js';
import { ENTITY_KINDS, type TraceEntry } from '../../../core/rules/schema.js';
import { employerRule } from '../kit.js';

const CLAUSE = '六(一)';

export const projectTrainingAdvance = employerRule({
  id: 'project_training_advance',
  title: '企业培训、项目制培训补贴资金先行拨付',
  audience: 'employer',
  reads: ['entity', 'projectTraining', 'trainingSubsidyYuan'],
  parameters: ['advanceSharePercent'],
  citations: [{ clause: CLAUSE, quote: '对企业开展培训或者培训机构开展项目制培训的，可先行拨付50%的培训补贴资金' }],
  requirements: ['由企业开展培训，或由培训机构开展项目制培训', '先行拨付的是该项培训补贴资金的 50%（“可”先行拨付，由经办部门决定）'],
  amountRule: '培训补贴资金总额 × 50%，先行拨付',
  amountKind: 'advance',

  evaluate(f, p) {
    const checks: TraceEntry[] = [];
    const entity = { condition: '组织培训的是企业或培训机构', clause: CLAUSE, facts: { entity: f.entity } };
    if (f.entity === undefined) checks.push(check(entity, p, 'unknown', '未说明单位类型（企业或培训机构）'));
    else if (f.entity === 'enterprise' || f.entity === 'training_institution')
      checks.push(check(entity, p, 'met', `单位是${ENTITY_KINDS[f.entity]}`));
    else if (f.entity === 'vocational_school')
      checks.push(
        check(
          entity,
          p,
          'not_met',
          '先行拨付写的是“企业开展培训或者培训机构开展项目制培训”；方案在别处把院校和培训机构并列为两类（四(四)“企业、院校和培训机构”），职业院校承担补贴性培训另有四(二)的支持措施，所以职业院校不按此处的培训机构认定（如经办部门另有认定，以其为准）',
        ),
      );
    else checks.push(check(entity, p, 'not_met', `先行拨付只适用于企业开展培训或培训机构开展项目制培训，${ENTITY_KINDS[f.entity]}不在其列`));

    const project = { condition: '开展了企业培训或项目制培训', clause: CLAUSE, facts: { projectTraining: f.projectTraining } };
    if (f.projectTraining === undefined) checks.push(check(project, p, 'unknown', '未说明是否开展企业培训或项目制培训'));
    else if (f.projectTraining) checks.push(check(project, p, 'met', '开展了企业培训或项目制培训'));
    else checks.push(check(project, p, 'not_met', '未开展企业培训或项目制培训'));

    const status = statusOf(checks);
    const share = p.advanceSharePercent;
    if (status !== 'eligible') {
      return {
        status,
        amountYuan: null,
        amountNote: `可先行拨付培训补贴资金的 ${share}%`,
        checks,
        missing: status === 'needs_info' ? missingOf(checks) : [],
        amountMissing: [],
      };
    }
    if (f.trainingSubsidyYuan === undefined) {
      checks.push(
        check(
          { condition: '先行拨付金额 = 培训补贴资金 × 50%', clause: CLAUSE, facts: { trainingSubsidyYuan: undefined }, uses: ['advanceSharePercent'] },
          p,
          'info',
          `可先行拨付培训补贴资金的 ${share}%；未提供培训补贴资金总额，暂不能算出金额`,
        ),
      );
      return {
        status,
        amountYuan: null,
        amountNote: `可先行拨付培训补贴资金的 ${share}%；提供培训补贴资金总额后可算出金额`,
        checks,
        missing: [],
        amountMissing: ['trainingSubsidyYuan'],
      };
    }
    const exact = percentOf(fromYuan(f.trainingSubsidyYuan), share);
    const yuan = floorYuan(exact);
    const rounding = hasFraction(exact) ? `，按规则向下取整为 ${yuan} 元（${ROUNDING_RULE}）` : '';
    const note = `${formatExact(fromYuan(f.trainingSubsidyYuan))} 元 × ${share}% = ${formatExact(exact)} 元${rounding}`;
    checks.push(
      check(
        { condition: '先行拨付金额 = 培训补贴资金 × 50%', clause: CLAUSE, facts: { trainingSubsidyYuan: f.trainingSubsidyYuan }, uses: ['advanceSharePercent'] },
        p,
        'info',
        `可先行拨付：${note}`,
      ),
    );
    return { status, amountYuan: yuan, amountNote: note, checks, missing: [], amountMissing: [] };
  },
});
