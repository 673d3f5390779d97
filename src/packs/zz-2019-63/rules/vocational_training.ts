/**
 * 职业培训补贴 (for the trainee) — 七(二), 六(一), 六(三).
 *
 * Law, 七(二): “符合条件的劳动者在户籍地、常住地、求职就业地参加培训后取得相应证书的，按规定给予职业培训
 * 补贴，原则上每人每年可享受不超过3次，同一职业同一等级不可重复享受”.
 * Law, 六(一): “将确有培训需求、不具有按月领取养老金资格的人员纳入政策范围”.
 * Law, 六(三): “补贴培训进系统、系统之外零补贴”.
 * Law, 七(二): “国家公布的新职业中涉及技能人才类的，自公布之日起一并纳入我市补贴目录，按优先支持类职业（工种）
 * 培训课时及补贴标准执行”.
 * The amount is set by the subsidy catalogue (“按规定”), not by this plan.
 *
 * Words kept in the reasons: the three-a-year limit is “原则上” (as a rule; exceptions are the
 * office's to grant), and the pension sentence includes people (“……纳入政策范围”) rather than
 * excluding anyone by name: a pension holder is outside what it brings in, and the reason says
 * it in those words.
 */
import { check, outcomeWithoutAmount } from '../../../core/rules/check.js';
import type { Params } from '../parameters.js';
import { TRAINING_PLACES, type PersonFacts, type TraceEntry } from '../../../core/rules/schema.js';
import { personRule } from '../kit.js';

/** 七(二) on new occupations: cited only for a training in one (a note on the standard, not a condition). */
const NEW_OCCUPATION = {
  clause: '七(二)',
  quote: '国家公布的新职业中涉及技能人才类的，自公布之日起一并纳入我市补贴目录，按优先支持类职业（工种）培训课时及补贴标准执行',
} as const;

/** Occupations compare without width, case or spacing differences. */
function normalizeOccupation(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/**
 * Levels compare by the national five-level ladder, so “四级” and “中级工” are the same level:
 * 五级/初级工, 四级/中级工, 三级/高级工, 二级/技师, 一级/高级技师.
 */
export function normalizeLevel(s: string): string {
  const t = s.normalize('NFKC').replace(/\s+/g, '').replace(/^(职业资格|职业技能等级|国家职业资格)/, '').replace(/(证书|证)$/, '');
  if (/^(一级|1级|高级技师)$/.test(t)) return 'L1';
  if (/^(二级|2级|技师)$/.test(t)) return 'L2';
  if (/^(三级|3级|高级工?)$/.test(t)) return 'L3';
  if (/^(四级|4级|中级工?)$/.test(t)) return 'L4';
  if (/^(五级|5级|初级工?)$/.test(t)) return 'L5';
  return t.toLowerCase();
}

/** true / false when both sides are known, undefined otherwise. */
function same(a: string | undefined, b: string | undefined, norm: (s: string) => string): boolean | undefined {
  return a === undefined || b === undefined ? undefined : norm(a) === norm(b);
}

function repeatCheck(f: PersonFacts, p: Params): TraceEntry {
  const spec = {
    condition: '同一职业同一等级此前未享受过职业培训补贴',
    clause: '七(二)',
    facts: { occupation: f.occupation, level: f.level, previousSubsidies: f.previousSubsidies },
  };
  const prev = f.previousSubsidies;
  if (prev === undefined) return check(spec, p, 'unknown', '未说明以前是否享受过职业培训补贴（职业、等级）', ['previousSubsidies']);
  if (prev.length === 0) return check(spec, p, 'met', '此前未享受过职业培训补贴');
  const missing: string[] = [];
  let undecided = false;
  for (const [i, s] of prev.entries()) {
    const occ = same(f.occupation, s.occupation, normalizeOccupation);
    const lvl = same(f.level, s.level, normalizeLevel);
    if (occ === true && lvl === true) {
      return check(spec, p, 'not_met', `此前已就“${s.occupation}（${s.level}）”享受过职业培训补贴，同一职业同一等级不可重复享受`);
    }
    if (occ === false || lvl === false) continue;
    undecided = true;
    if (f.occupation === undefined && occ === undefined) missing.push('occupation');
    if (f.level === undefined && lvl === undefined) missing.push('level');
    if (s.occupation === undefined && occ === undefined) missing.push(`previousSubsidies[${i}].occupation`);
    if (s.level === undefined && lvl === undefined) missing.push(`previousSubsidies[${i}].level`);
  }
  if (undecided) {
    return check(spec, p, 'unknown', '需要本次及以前培训的职业（工种）和等级，才能判断是否重复享受', [...new Set(missing)]);
  }
  return check(spec, p, 'met', '此前享受过的补贴与本次不是同一职业同一等级');
}

export const vocationalTraining = personRule({
  id: 'vocational_training',
  title: '职业培训补贴',
  audience: 'person',
  reads: [
    'trainingPlace',
    'certificate',
    'subsidizedTrainingsThisYear',
    'occupation',
    'level',
    'previousSubsidies[].occupation',
    'previousSubsidies[].level',
    'monthlyPension',
    'institutionInSystem',
    'newOccupation',
  ],
  parameters: ['maxSubsidiesPerYear'],
  citations: [
    { clause: '七(二)', quote: '符合条件的劳动者在户籍地、常住地、求职就业地参加培训后取得相应证书的，按规定给予职业培训补贴' },
    { clause: '七(二)', quote: '原则上每人每年可享受不超过3次，同一职业同一等级不可重复享受' },
    { clause: '六(一)', quote: '将确有培训需求、不具有按月领取养老金资格的人员纳入政策范围' },
    { clause: '六(三)', quote: '补贴培训进系统、系统之外零补贴' },
  ],
  notes: [NEW_OCCUPATION],
  requirements: [
    '在户籍地、常住地或求职就业地参加培训',
    '培训后取得相应证书',
    '本年度已享受的职业培训补贴不到 3 次（方案原文：“原则上每人每年可享受不超过3次”）',
    '同一职业同一等级此前未享受过补贴',
    '不具有按月领取养老金资格（方案将“确有培训需求、不具有按月领取养老金资格的人员纳入政策范围”）',
    '培训机构使用河南省职业培训信息管理服务系统（“补贴培训进系统、系统之外零补贴”）',
  ],
  amountRule: '本方案未列金额：按补贴性培训项目目录及各职业（工种）的补贴标准执行（“按规定给予职业培训补贴”）',
  amountKind: 'subsidy',

  evaluate(f, p) {
    const checks: TraceEntry[] = [];
    const place = { condition: '在户籍地、常住地或求职就业地参加培训', clause: '七(二)', facts: { trainingPlace: f.trainingPlace } };
    if (f.trainingPlace === undefined) checks.push(check(place, p, 'unknown', '未说明在哪里参加培训（户籍地、常住地、求职就业地或其他）'));
    else if (f.trainingPlace === 'other') checks.push(check(place, p, 'not_met', '培训地不是户籍地、常住地或求职就业地'));
    else checks.push(check(place, p, 'met', `在${TRAINING_PLACES[f.trainingPlace]}参加培训`));

    const cert = { condition: '培训后取得相应证书', clause: '七(二)', facts: { certificate: f.certificate } };
    if (f.certificate === undefined) checks.push(check(cert, p, 'unknown', '未说明培训后是否取得相应证书'));
    else if (f.certificate) checks.push(check(cert, p, 'met', '培训后取得了相应证书'));
    else checks.push(check(cert, p, 'not_met', '培训后未取得相应证书'));

    const max = p.maxSubsidiesPerYear;
    const times = { condition: `每人每年享受不超过 ${max} 次`, clause: '七(二)', facts: { subsidizedTrainingsThisYear: f.subsidizedTrainingsThisYear }, uses: ['maxSubsidiesPerYear'] as const };
    const n = f.subsidizedTrainingsThisYear;
    if (n === undefined) checks.push(check(times, p, 'unknown', `未说明今年已享受几次职业培训补贴（每年不超过 ${max} 次）`));
    else if (n < max) checks.push(check(times, p, 'met', `原则上每人每年可享受不超过 ${max} 次：今年已享受 ${n} 次，本次为第 ${n + 1} 次，未超过 ${max} 次`));
    else
      checks.push(
        check(times, p, 'not_met', `原则上每人每年可享受不超过 ${max} 次：今年已享受 ${n} 次，已达每年 ${max} 次的上限（“原则上”，有无例外以当地人社部门认定为准）`),
      );

    checks.push(repeatCheck(f, p));

    const pension = { condition: '不具有按月领取养老金资格', clause: '六(一)', facts: { monthlyPension: f.monthlyPension } };
    const included = '方案将“确有培训需求、不具有按月领取养老金资格的人员纳入政策范围”';
    if (f.monthlyPension === undefined) checks.push(check(pension, p, 'unknown', `未说明是否按月领取养老金（或具有领取资格）；${included}`));
    else if (f.monthlyPension) checks.push(check(pension, p, 'not_met', `${included}；具有按月领取养老金资格的，不在这一纳入政策范围的人员之列`));
    else checks.push(check(pension, p, 'met', `不具有按月领取养老金资格：${included}`));

    const system = { condition: '培训机构使用河南省职业培训信息管理服务系统（补贴培训进系统）', clause: '六(三)', facts: { institutionInSystem: f.institutionInSystem } };
    if (f.institutionInSystem === undefined) checks.push(check(system, p, 'unknown', '未说明培训机构是否把培训纳入河南省职业培训信息管理服务系统'));
    else if (f.institutionInSystem) checks.push(check(system, p, 'met', '培训已纳入河南省职业培训信息管理服务系统'));
    else checks.push(check(system, p, 'not_met', '培训未纳入系统：“系统之外零补贴”'));

    // 七(二) on new occupations: not a condition, a note on which standard applies.
    if (f.newOccupation) {
      checks.push(
        check(
          { condition: '国家公布的新职业（技能人才类）按优先支持类职业（工种）标准执行', clause: '七(二)', facts: { newOccupation: f.newOccupation } },
          p,
          'info',
          '培训的是国家公布的新职业：涉及技能人才类的，自公布之日起一并纳入补贴目录，按优先支持类职业（工种）培训课时及补贴标准执行',
        ),
      );
    }
    const note = '本方案未列金额：按补贴性培训项目目录及各职业（工种）补贴标准执行（七(二)“按规定给予职业培训补贴”）';
    if (!f.newOccupation) return outcomeWithoutAmount(checks, note);
    return {
      ...outcomeWithoutAmount(checks, `${note}；国家公布的新职业（技能人才类）按优先支持类职业（工种）培训课时及补贴标准执行`),
      notes: [{ ...NEW_OCCUPATION }],
    };
  },
});
