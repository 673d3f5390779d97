/**
 * 贫困劳动力免费职业技能培训 — 三(三).
 *
 * Law: “落实省贫困劳动力技能提升计划，深入开展技能脱贫千校行动，为贫困劳动力提供免费职业技能培训”.
 * 贫困劳动力 is defined in 一 as 建档立卡贫困劳动力. The benefit is the free training itself; the plan
 * sets no cash amount.
 */
import { check, outcomeWithoutAmount } from '../../../core/rules/check.js';
import type { TraceEntry } from '../../../core/rules/schema.js';
import { personRule } from '../kit.js';

const CLAUSE = '三(三)';

export const freeTrainingPoor = personRule({
  id: 'free_training_poor',
  title: '贫困劳动力免费职业技能培训',
  audience: 'person',
  reads: ['groups'],
  parameters: [],
  citations: [{ clause: CLAUSE, quote: '为贫困劳动力提供免费职业技能培训' }],
  requirements: ['属于建档立卡贫困劳动力'],
  amountRule: '培训免费，本方案未另定现金金额',
  amountKind: 'service',

  evaluate(f, p) {
    const checks: TraceEntry[] = [];
    const spec = { condition: '属于建档立卡贫困劳动力', clause: CLAUSE, facts: { groups: f.groups } };
    if (f.groups === undefined) checks.push(check(spec, p, 'unknown', '未说明是否属于建档立卡贫困劳动力'));
    else if (f.groups.includes('poor_labor')) checks.push(check(spec, p, 'met', '属于建档立卡贫困劳动力，可参加免费职业技能培训'));
    else checks.push(check(spec, p, 'not_met', '不属于建档立卡贫困劳动力'));
    return outcomeWithoutAmount(checks, '培训免费（不收培训费），本方案未另定现金金额');
  },
});
