/**
 * 企业新型学徒制资金补贴 — 四(一).
 *
 * Law: “全面推行企业新型学徒制和现代学徒制，三年培养新型学徒2万名以上，按照相关规定给予资金补贴”.
 * The plan fixes no amount (“按照相关规定”), so the result never states one.
 */
import { check, outcomeWithoutAmount } from '../../../core/rules/check.js';
import { ENTITY_KINDS, type TraceEntry } from '../../../core/rules/schema.js';
import { employerRule } from '../kit.js';

const CLAUSE = '四(一)';

export const NO_AMOUNT_NOTE =
  '本方案未规定金额：“按照相关规定给予资金补贴”，标准以人社、财政部门关于企业新型学徒制的相关规定为准';

export const apprenticeship = employerRule({
  id: 'apprenticeship',
  title: '企业新型学徒培训资金补贴',
  audience: 'employer',
  reads: ['entity', 'apprentices'],
  parameters: [],
  citations: [{ clause: CLAUSE, quote: '全面推行企业新型学徒制和现代学徒制，三年培养新型学徒2万名以上，按照相关规定给予资金补贴' }],
  requirements: ['申请单位是企业', '培养了企业新型学徒'],
  amountRule: '本方案未定金额（“按照相关规定给予资金补贴”）',
  amountKind: 'subsidy',

  evaluate(f, p) {
    const checks: TraceEntry[] = [];
    const entity = { condition: '申请单位是企业（企业新型学徒制）', clause: CLAUSE, facts: { entity: f.entity } };
    if (f.entity === undefined) checks.push(check(entity, p, 'unknown', '未说明单位类型（企业新型学徒由企业培养）'));
    else if (f.entity === 'enterprise') checks.push(check(entity, p, 'met', '单位是企业'));
    else checks.push(check(entity, p, 'not_met', `企业新型学徒由企业培养，${ENTITY_KINDS[f.entity]}不适用`));

    const spec = { condition: '培养了企业新型学徒', clause: CLAUSE, facts: { apprentices: f.apprentices } };
    if (f.apprentices === undefined) checks.push(check(spec, p, 'unknown', '未说明培养了多少名企业新型学徒'));
    else if (f.apprentices > 0) checks.push(check(spec, p, 'met', `培养企业新型学徒 ${f.apprentices} 名`));
    else checks.push(check(spec, p, 'not_met', '没有培养企业新型学徒'));

    return outcomeWithoutAmount(checks, NO_AMOUNT_NOTE);
  },
});
