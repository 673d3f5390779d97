/** What the answer layer knows of 郑政办〔2019〕63号 beyond its rules (see `PackAnswers`). */
import type { PackAnswers } from '../../../core/rules/pack.js';
import type { RULES } from '../rules/index.js';
import { TOPIC_YIELDS, TOPICS } from './topics.js';
import { GROUP_CRITERIA, NAMED_BODIES, UNFIXED_SUPPORT, UNSETTLED } from './unsettled.js';
import { CALCULATE_HINTS, FACT_OPTIONS, GROUP_NEXT_HINTS, FIELD_CLAUSES, GROUP_SKIP_CLAUSES, GROUP_TERMS, LEAD_UNITS, LIMIT_TERMS, TEXTS } from './wording.js';

export const ANSWERS: PackAnswers<(typeof RULES)[number]['id']> = {
  topics: TOPICS,
  topicYields: TOPIC_YIELDS,
  roles: {
    trainingSubsidy: 'vocational_training',
    hiringSubsidy: 'on_job_training',
    businessTraining: 'entrepreneurship_training',
    studentAid: 'poor_family_student_aid',
    taxDeduction: 'education_fund_deduction',
  },
  // 六(一): 贫困劳动力, and 就业困难人员 (含残疾人, 三(二)) and 零就业家庭成员 hired by an insured enterprise.
  hiredGroups: ['poor_labor', 'employment_difficulty', 'disabled', 'zero_employment_family'],
  calculateHints: CALCULATE_HINTS,
  groupNextHints: GROUP_NEXT_HINTS,
  groupTerms: GROUP_TERMS,
  groupSkipClauses: GROUP_SKIP_CLAUSES,
  unsettled: UNSETTLED,
  unfixedSupport: UNFIXED_SUPPORT,
  namedBodies: NAMED_BODIES,
  limitTerms: LIMIT_TERMS,
  leadUnits: LEAD_UNITS,
  groupCriteria: GROUP_CRITERIA,
  fieldClauses: FIELD_CLAUSES,
  factOptions: FACT_OPTIONS,
  texts: TEXTS,
};
