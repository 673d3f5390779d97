/**
 * Shapes of the held-out sets (dialogues.ts, scope.ts). Every expectation is judged on the
 * public response of POST /api/ask only (answer, answered, citations[].clause,
 * eligibility.results[] with id / status / amountYuan, followUp), so any correct
 * implementation can be scored by it. Expectations were written from the policy text and the
 * contract (shared/spec/eligibility.md, api.md), never from what the service said.
 */

/** Rule ids of the eligibility contract (shared/spec/eligibility.md, "Rule ids"). */
export const CONTRACT_RULE_IDS = [
  'on_job_training',
  'project_training_advance',
  'equipment_subsidy',
  'apprenticeship',
  'education_fund_deduction',
  'vocational_training',
  'free_training_poor',
  'poor_family_student_aid',
  'entrepreneurship_training',
  'poor_family_child_aid',
  'school_poor_student_aid',
  'enterprise_school_support',
  'competition_training_award',
  'competition_winner_award',
  'training_materials_support',
] as const;
export type RuleId = (typeof CONTRACT_RULE_IDS)[number];

/**
 * Why a turn must state no yuan figure:
 * - `open`: a fact the amount depends on is still open (not said, or "不知道");
 * - `unfixed`: the plan fixes no amount for this (apprenticeship, 生活费补贴, training subsidy
 *   per occupation …), so any computed figure is a number from somewhere else.
 */
export type NoAmountReason = 'open' | 'unfixed';

/**
 * What must hold of the response to one turn. All listed checks must hold; `oneOf` holds
 * when at least one of its alternatives holds (used where a careful implementation may
 * either ask one more question or answer).
 */
export interface TurnExpect {
  /** `answered` of the response equals this. */
  answered?: boolean;
  /**
   * eligibility.results[rule].amountYuan equals `yuan`, and the answer text states that
   * number (7200 / 7,200 / 7200元 / 7200 元 / 0.72万元).
   */
  amount?: { rule: RuleId; yuan: number };
  /**
   * The answer states no computed yuan figure: every "<number>(万)元" in it is one the plan
   * itself states next to 元 (200 元, 50万元, 10万元); a stated 0 元 counts as a figure.
   */
  noAmount?: NoAmountReason;
  /** The response asks one more question: followUp present, or the answer ends with / contains a question (？ or ?). */
  asks?: true;
  /** eligibility.results[rule], when present, does not have this status; and for 'ineligible' the answer does not say 不符合 for it. */
  notVerdict?: { rule: RuleId; status: 'eligible' | 'ineligible' };
  /** eligibility must be present and results[rule].status equals this. */
  status?: { rule: RuleId; status: 'eligible' | 'ineligible' | 'needs_info' };
  /** eligibility.results[rule], when present, is neither eligible nor ineligible (the fact is open). */
  undecided?: RuleId;
  /** At least one of these clause ids is among citations[].clause. */
  cites?: string[];
  /** The answer text matches every one of these. */
  says?: RegExp[];
  /** The answer text matches none of these (besides the internal-name checks applied to every turn). */
  mustNotContain?: (string | RegExp)[];
  /** The answer mentions that the plan ended (2021-12-31 / 已结束 …). */
  mentionsPeriodEnd?: true;
  /** At least one alternative holds. */
  oneOf?: TurnExpect[];
}

/** One message a person sends and what the response to it must satisfy. */
export interface Turn {
  user: string;
  expect: TurnExpect;
}

/** The class of error a dialogue probes (for the per-class breakdown). */
export type DialogueClass =
  | 'one_group'
  | 'several_groups'
  | 'negation_after_noun'
  | 'unknown_reply'
  | 'correction'
  | 'topic_switch'
  | 'person_training'
  | 'entrepreneurship'
  | 'equipment'
  | 'education_fund'
  | 'apprenticeship'
  | 'period';

export interface Dialogue {
  id: string;
  class: DialogueClass;
  /** What error this dialogue probes, in a line. */
  probes: string;
  turns: Turn[];
  /**
   * The person asks what they can get or do, so at least one answer in the conversation must
   * say the plan ran 2019-12-02 to 2021-12-31 and has ended.
   */
  periodEnd?: true;
}

/** Scope labels of single questions. */
export type ScopeLabel = 'covered' | 'not_settled' | 'outside';

export interface ScopeQuestion {
  id: string;
  q: string;
  label: ScopeLabel;
  /** covered: at least one of these must be cited (and answered: true). */
  gold?: string[];
  /** Short note on what the question tests. */
  note?: string;
}
