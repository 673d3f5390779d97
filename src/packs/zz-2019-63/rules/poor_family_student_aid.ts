/**
 * 贫困家庭学生中职国家助学金和免学费 — 三(三) (and 三(十四) for 职业院校).
 *
 * Law, 三(三): “对接受技工教育的贫困家庭学生，按规定落实中等职业教育国家助学金和免学费等政策”.
 * Law, 三(十四): “对招收建档立卡贫困户家庭学生的职业院校及子女接受职业教育的建档立卡贫困户家庭按有关政策
 * 给予补助”. Both refer to other regulations for the figures, so no amount is stated.
 * This is the student's own aid; the family's aid for a child at such a school is its own rule
 * (poor_family_child_aid), and the reason for a 职业院校 student points there.
 */
import { check, outcomeWithoutAmount } from '../../../core/rules/check.js';
import { STUDENT_KINDS, type TraceEntry } from '../../../core/rules/schema.js';
import { personRule } from '../kit.js';

export const poorFamilyStudentAid = personRule({
  id: 'poor_family_student_aid',
  title: '贫困家庭学生中职国家助学金和免学费',
  audience: 'person',
  reads: ['groups', 'student'],
  parameters: [],
  citations: [
    { clause: '三(三)', quote: '对接受技工教育的贫困家庭学生，按规定落实中等职业教育国家助学金和免学费等政策' },
    { clause: '三(十四)', quote: '对招收建档立卡贫困户家庭学生的职业院校及子女接受职业教育的建档立卡贫困户家庭按有关政策给予补助' },
  ],
  requirements: ['是贫困家庭学生', '在技工院校接受技工教育（或在职业院校就读）'],
  amountRule: '本方案未定金额：按规定落实中等职业教育国家助学金和免学费等政策',
  amountKind: 'subsidy',

  evaluate(f, p) {
    const checks: TraceEntry[] = [];
    const group = { condition: '是贫困家庭学生', clause: '三(三)', facts: { groups: f.groups } };
    if (f.groups === undefined) checks.push(check(group, p, 'unknown', '未说明是否是贫困家庭学生'));
    else if (f.groups.includes('poor_family_student')) checks.push(check(group, p, 'met', '是贫困家庭学生'));
    else checks.push(check(group, p, 'not_met', '不是贫困家庭学生'));

    const school = { condition: '在技工院校（或职业院校）就读', clause: '三(三)', facts: { student: f.student } };
    if (f.student === undefined) checks.push(check(school, p, 'unknown', '未说明在哪类学校就读（技工院校、职业院校、普通高校）'));
    else if (f.student === 'technical') checks.push(check(school, p, 'met', '在技工院校接受技工教育'));
    else if (f.student === 'vocational')
      checks.push(
        check(
          { ...school, clause: '三(十四)' },
          p,
          'met',
          '在职业院校就读：中等职业教育国家助学金和免学费按规定执行；家庭另可按有关政策给予补助（见“子女接受技工教育、职业教育的贫困家庭补助”）',
        ),
      );
    else if (f.student === null) checks.push(check(school, p, 'not_met', '不是在校学生'));
    else checks.push(check(school, p, 'not_met', `${STUDENT_KINDS[f.student]}学生不属于中等职业教育，不适用此项政策`));

    return outcomeWithoutAmount(checks, '本方案未定金额：按规定落实中等职业教育国家助学金和免学费等政策（标准见国家和省的相关规定）');
  },
});
