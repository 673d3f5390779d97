/**
 * 招收建档立卡贫困户家庭学生的职业院校补助 — 三(十四).
 *
 * Law: “对招收建档立卡贫困户家庭学生的职业院校及子女接受职业教育的建档立卡贫困户家庭按有关政策给予补助”.
 * The school half of the sentence. 职业院校 includes 技工院校 (三(八) “职业院校（含技工院校，下同）”).
 * No amount: “按有关政策”.
 */
import { check, outcomeWithoutAmount } from '../../../core/rules/check.js';
import { ENTITY_KINDS, type TraceEntry } from '../../../core/rules/schema.js';
import { employerRule } from '../kit.js';

const CLAUSE = '三(十四)';

export const schoolPoorStudentAid = employerRule({
  id: 'school_poor_student_aid',
  title: '招收建档立卡贫困户家庭学生的职业院校补助',
  audience: 'employer',
  reads: ['entity', 'enrollsPoorFamilyStudents'],
  parameters: [],
  citations: [{ clause: CLAUSE, quote: '对招收建档立卡贫困户家庭学生的职业院校及子女接受职业教育的建档立卡贫困户家庭按有关政策给予补助' }],
  requirements: ['申请单位是职业院校（含技工院校）', '招收了建档立卡贫困户家庭学生'],
  amountRule: '本方案未定金额：“按有关政策给予补助”',
  amountKind: 'subsidy',

  evaluate(f, p) {
    const checks: TraceEntry[] = [];
    const entity = { condition: '申请单位是职业院校（含技工院校）', clause: CLAUSE, facts: { entity: f.entity } };
    if (f.entity === undefined) checks.push(check(entity, p, 'unknown', '未说明单位类型（此项补助面向职业院校）'));
    else if (f.entity === 'vocational_school') checks.push(check(entity, p, 'met', '单位是职业院校'));
    else checks.push(check(entity, p, 'not_met', `此项补助面向招收建档立卡贫困户家庭学生的职业院校，${ENTITY_KINDS[f.entity]}不适用`));

    const enrol = { condition: '招收了建档立卡贫困户家庭学生', clause: CLAUSE, facts: { enrollsPoorFamilyStudents: f.enrollsPoorFamilyStudents } };
    if (f.enrollsPoorFamilyStudents === undefined) checks.push(check(enrol, p, 'unknown', '未说明是否招收了建档立卡贫困户家庭学生'));
    else if (f.enrollsPoorFamilyStudents) checks.push(check(enrol, p, 'met', '招收了建档立卡贫困户家庭学生'));
    else checks.push(check(enrol, p, 'not_met', '没有招收建档立卡贫困户家庭学生'));

    return outcomeWithoutAmount(checks, '本方案未定金额：对招收建档立卡贫困户家庭学生的职业院校“按有关政策给予补助”');
  },
});
