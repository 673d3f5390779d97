/**
 * In the plan the 职工教育经费 is an enterprise's: "企业依法提取职工教育经费…" (四(一)) and
 * "企业职工教育经费税前扣除限额…" (六(二)). So an employer who says it has drawn such a fund, or
 * bought training equipment with it, has told us it is an enterprise — asking "贵单位是哪一类"
 * next would ask what was said. The kind is still said back ("单位是企业"), so a school or a
 * workshop that keeps a fund of that name sees it and can correct it; a kind stated, or left
 * open with 不知道, is never replaced.
 */
import type { Applicant } from '../rules/schema.js';

/** The applicant with its kind taken as an enterprise where its own education fund says so. */
export function enterpriseByFund(applicant: Applicant, unknown: ReadonlySet<string>): Applicant {
  if (applicant.type !== 'employer' || applicant.entity !== undefined || unknown.has('entity')) return applicant;
  const drewFund = (applicant.educationFundYuan ?? 0) > 0;
  const boughtWithFund = (applicant.equipment ?? []).some((e) => e.fromEducationFund === true);
  return drewFund || boughtWithFund ? { ...applicant, entity: 'enterprise' } : applicant;
}
