/**
 * 职业技能竞赛获奖选手奖励 — 五(三).
 *
 * Law: “对在各级各类职业技能竞赛和世界技能大赛及选拔赛中获奖的选手及相关人员，按规定落实相关奖励和荣誉
 * 激励”. Rewards and honours “按规定”: the plan fixes no amount. The clause also covers 相关人员
 * (coaches, experts); the contract's fact is the applicant's own prize, so only that is judged.
 */
import { check, outcomeWithoutAmount } from '../../../core/rules/check.js';
import type { TraceEntry } from '../../../core/rules/schema.js';
import { personRule } from '../kit.js';

const CLAUSE = '五(三)';

export const competitionWinnerAward = personRule({
  id: 'competition_winner_award',
  title: '职业技能竞赛获奖选手奖励和荣誉激励',
  audience: 'person',
  reads: ['competitionAward'],
  parameters: [],
  citations: [{ clause: CLAUSE, quote: '对在各级各类职业技能竞赛和世界技能大赛及选拔赛中获奖的选手及相关人员，按规定落实相关奖励和荣誉激励' }],
  requirements: ['在各级各类职业技能竞赛、世界技能大赛或其选拔赛中获奖'],
  amountRule: '本方案未定金额：“按规定落实相关奖励和荣誉激励”',
  amountKind: 'award',

  evaluate(f, p) {
    const checks: TraceEntry[] = [];
    const spec = { condition: '在各级各类职业技能竞赛、世界技能大赛或其选拔赛中获奖', clause: CLAUSE, facts: { competitionAward: f.competitionAward } };
    if (f.competitionAward === undefined) checks.push(check(spec, p, 'unknown', '未说明是否在职业技能竞赛（或世界技能大赛及选拔赛）中获奖'));
    else if (f.competitionAward) checks.push(check(spec, p, 'met', '在职业技能竞赛中获奖：按规定落实相关奖励和荣誉激励'));
    else checks.push(check(spec, p, 'not_met', '没有在职业技能竞赛中获奖'));
    return outcomeWithoutAmount(checks, '本方案未定金额：“按规定落实相关奖励和荣誉激励”，奖励标准以竞赛主办方和相关规定为准');
  },
});
