/**
 * The plan names one kind of insured employer: "参保企业吸纳就业困难人员、零就业家庭成员…" (六(一)).
 * An employer that tells us it pays its staff's social insurance, with hires to be paid for, is
 * that 参保企业 in the plan's words; asking "贵单位是哪一类" next asks again what it said. The kind
 * is said back ("单位是企业"), so a cooperative or a school that pays insurance sees it and can
 * correct it; a kind stated, or left open with 不知道, is never replaced.
 */
import type { Applicant } from '../rules/schema.js';

/** The applicant with its kind taken as an enterprise where it says it is insured and has hires. */
export function enterpriseByInsurance(applicant: Applicant, unknown: ReadonlySet<string>): Applicant {
  if (applicant.type !== 'employer' || applicant.entity !== undefined || unknown.has('entity')) return applicant;
  return applicant.insured === true && (applicant.hires ?? []).length > 0 ? { ...applicant, entity: 'enterprise' } : applicant;
}
