/**
 * 职业技能培训教材开发、教学改革经费支持 — 六(二).
 *
 * Law: “对职业技能培训教材开发、教学改革等给予经费支持”. The sentence names no kind of
 * organisation, so any applicant doing the work is covered; 五(二) shows who the plan expects to do it
 * (“支持龙头企业、行业组织、职业院校、人力资源服务机构和评价机构参与开发……培训教材”), through
 * government purchase of services. “经费支持” fixes no amount.
 */
import { check, outcomeWithoutAmount } from '../../../core/rules/check.js';
import type { TraceEntry } from '../../../core/rules/schema.js';
import { employerRule } from '../kit.js';

const CLAUSE = '六(二)';

export const trainingMaterialsSupport = employerRule({
  id: 'training_materials_support',
  title: '职业技能培训教材开发、教学改革经费支持',
  audience: 'employer',
  reads: ['developsTrainingMaterials'],
  parameters: [],
  citations: [
    { clause: CLAUSE, quote: '对职业技能培训教材开发、教学改革等给予经费支持' },
    { clause: '五(二)', quote: '通过政府购买服务方式，支持龙头企业、行业组织、职业院校、人力资源服务机构和评价机构参与开发国家职业技能标准' },
  ],
  requirements: ['开展职业技能培训教材开发、教学改革等工作（方案未限定单位类型）'],
  amountRule: '本方案未定金额：“给予经费支持”',
  amountKind: 'subsidy',

  evaluate(f, p) {
    const checks: TraceEntry[] = [];
    const spec = { condition: '开展职业技能培训教材开发、教学改革等工作', clause: CLAUSE, facts: { developsTrainingMaterials: f.developsTrainingMaterials } };
    if (f.developsTrainingMaterials === undefined) checks.push(check(spec, p, 'unknown', '未说明是否开展职业技能培训教材开发、教学改革等工作'));
    else if (f.developsTrainingMaterials) checks.push(check(spec, p, 'met', '开展职业技能培训教材开发、教学改革等工作：方案规定“给予经费支持”'));
    else checks.push(check(spec, p, 'not_met', '没有开展职业技能培训教材开发、教学改革等工作'));
    return outcomeWithoutAmount(checks, '本方案未定金额：对教材开发、教学改革等“给予经费支持”，标准以相关办法为准');
  },
});
