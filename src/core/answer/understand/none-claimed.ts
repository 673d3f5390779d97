/**
 * 岗前补贴一个都没领 / 我们从来没领过岗前补贴: the unit says no hire of its own ever had the pre-job
 * training subsidy. Said before any group is named, or with 一个都 / 从来, it is a statement
 * about the unit, so it holds for hires named in later messages too (还有2个零就业家庭的…) —
 * unless a later message says otherwise of them.
 */
import type { Applicant } from '../../rules/schema.js';
import type { FactReading } from './read-facts.js';

const PRE_JOB_PATH = /^hires\[\d*\]\.preJobTrainingSubsidy$/;
/** Words that make the denial cover everyone: 一个都没, 谁也没, 从来没, 全都没. */
const EVERY_ONE = /一个(都|也)|谁(都|也)|从来|从没|压根|根本|全都|全部|所有|均/;

/** Whether the message says the pre-job subsidy was claimed for none of the unit's hires. */
export function saysNoneClaimed(text: string, reading: FactReading): boolean {
  const firstGroup = Math.min(...reading.evidence.filter((e) => /^hires\[\d*\]\.group$/.test(e.path)).map((e) => text.indexOf(e.words)).filter((i) => i >= 0));
  return reading.evidence.some((e) => {
    if (!PRE_JOB_PATH.test(e.path) || e.value !== false) return false;
    const at = text.indexOf(e.words);
    return EVERY_ONE.test(e.words) || (at >= 0 && at < firstGroup);
  });
}

/** Whether the message says some hire did have it (the earlier "none" no longer holds). */
export function saysSomeClaimed(reading: FactReading): boolean {
  return reading.evidence.some((e) => PRE_JOB_PATH.test(e.path) && e.value === true);
}

/** Every hire row with the pre-job fact still open takes "not claimed". */
export function fillNoneClaimed(applicant: Applicant, open: ReadonlySet<string>): Applicant {
  if (applicant.type !== 'employer' || !applicant.hires?.some((h) => h.preJobTrainingSubsidy === undefined)) return applicant;
  return {
    ...applicant,
    hires: applicant.hires.map((h, i) => (h.preJobTrainingSubsidy === undefined && !open.has(`hires[${i}].preJobTrainingSubsidy`) ? { ...h, preJobTrainingSubsidy: false } : h)),
  };
}
