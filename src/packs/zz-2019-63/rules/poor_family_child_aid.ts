/**
 * 子女接受技工教育、职业教育的贫困家庭补助 — 三(三), 三(十四).
 *
 * Law, 三(三): “对子女接受技工教育的贫困家庭，按政策给予补助”.
 * Law, 三(十四): “对招收建档立卡贫困户家庭学生的职业院校及子女接受职业教育的建档立卡贫困户家庭按有关政策
 * 给予补助”.
 *
 * This is the family's aid, distinct from the student's own 助学金 and 免学费 (poor_family_student_aid).
 * The 贫困家庭 of 三(三) sits in the 贫困劳动力技能提升计划, whose 贫困劳动力 the plan defines as
 * 建档立卡; so both clauses are read as a 建档立卡 family, shown by the applicant's `poor_labor`
 * group (建档立卡贫困劳动力). Neither clause fixes an amount (“按政策”, “按有关政策”).
 */
import { check, outcomeWithoutAmount } from '../../../core/rules/check.js';
import type { TraceEntry } from '../../../core/rules/schema.js';
import { personRule } from '../kit.js';

const QUOTE_33 = '对子女接受技工教育的贫困家庭，按政策给予补助';
const QUOTE_314 = '对招收建档立卡贫困户家庭学生的职业院校及子女接受职业教育的建档立卡贫困户家庭按有关政策给予补助';

export const poorFamilyChildAid = personRule({
  id: 'poor_family_child_aid',
  title: '子女接受技工教育、职业教育的贫困家庭补助',
  audience: 'person',
  reads: ['groups', 'childStudent'],
  parameters: [],
  citations: [
    { clause: '三(三)', quote: QUOTE_33 },
    { clause: '三(十四)', quote: QUOTE_314 },
  ],
  requirements: ['本人家庭是建档立卡贫困户（本人属于建档立卡贫困劳动力）', '子女在技工院校（三(三)）或职业院校（三(十四)）就读'],
  amountRule: '本方案未定金额：“按政策给予补助”“按有关政策给予补助”，标准见相关政策',
  amountKind: 'subsidy',

  evaluate(f, p) {
    const checks: TraceEntry[] = [];
    const family = { condition: '家庭是建档立卡贫困户', clause: '三(三)', facts: { groups: f.groups } };
    if (f.groups === undefined) checks.push(check(family, p, 'unknown', '未说明家庭是否是建档立卡贫困户（本人是否属于建档立卡贫困劳动力）'));
    else if (f.groups.includes('poor_labor')) checks.push(check(family, p, 'met', '属于建档立卡贫困劳动力，家庭是建档立卡贫困户'));
    else checks.push(check(family, p, 'not_met', '未说明属于建档立卡贫困劳动力：此项补助面向建档立卡贫困户家庭'));

    const child = { condition: '子女在技工院校或职业院校就读', clause: '三(三)', facts: { childStudent: f.childStudent } };
    if (f.childStudent === undefined) checks.push(check(child, p, 'unknown', '未说明子女是否在技工院校或职业院校就读'));
    else if (f.childStudent === 'technical')
      checks.push(check(child, p, 'met', `子女在技工院校接受技工教育：三(三)“${QUOTE_33}”，这是给家庭的补助，与学生本人的国家助学金、免学费不是一回事`));
    else if (f.childStudent === 'vocational')
      checks.push(check({ ...child, clause: '三(十四)' }, p, 'met', '子女在职业院校接受职业教育：三(十四)对子女接受职业教育的建档立卡贫困户家庭“按有关政策给予补助”，这是给家庭的补助'));
    else checks.push(check(child, p, 'not_met', '子女不在技工院校或职业院校就读'));

    // A parent asking about the child's fees (学费能免不) hears the child's own aid too: 三(三) gives the
    // pupil the 中职国家助学金 and 免学费, beside this aid to the family.
    const pupil = f.childStudent === 'technical' || f.childStudent === 'vocational' ? '；孩子本人另按规定落实中等职业教育国家助学金和免学费等政策（三(三)）' : '';
    return outcomeWithoutAmount(checks, `本方案未定金额：对家庭“按政策给予补助”（技工教育，三(三)）、“按有关政策给予补助”（职业教育，三(十四)），标准以相关政策为准${pupil}`);
  },
});
