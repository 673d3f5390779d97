/**
 * What a rule is: data about the subsidy (who it is for, the facts it reads, the clause it
 * implements, its parameters) and one pure function from facts to an outcome with a trace.
 */
import type { ParamValues } from './parameters.js';
import type { EmployerFacts, PersonFacts, RuleCitation, Status, TraceEntry } from './schema.js';

/**
 * What kind of benefit an amount is, so no reader words a tax deduction or an advance as money
 * to claim: `subsidy` money paid to the applicant, `advance` part of a subsidy paid early (not
 * extra money), `tax_deduction` an amount deductible before income tax (never paid out),
 * `service` a free service or fee waiver, `award` a reward or honour for a result achieved.
 */
export const AMOUNT_KINDS = ['subsidy', 'advance', 'tax_deduction', 'service', 'award'] as const;
export type AmountKind = (typeof AMOUNT_KINDS)[number];

/** What a rule's `evaluate` returns; the engine adds id, title and citations. */
export interface RuleOutcome {
  status: Status;
  amountYuan: number | null;
  amountNote: string;
  /** One entry per condition checked, in the order checked. */
  checks: TraceEntry[];
  /** Facts that would settle a needs_info (empty otherwise). */
  missing: string[];
  /** Facts still needed to compute the amount of an eligible result. */
  amountMissing: string[];
  /**
   * For an eligible result whose total is still open (`amountYuan` null, `amountMissing` not
   * empty): the part the facts given already prove, in whole yuan. The rest can only add to it.
   */
  partialAmountYuan?: number | null;
  /** Of the rule's `notes`, those that apply to these facts; the engine adds them to the citations. */
  notes?: RuleCitation[];
}

interface RuleBase<A extends 'person' | 'employer', F, Id extends string, P extends string> {
  /** Also the file name of the rule and of its case table in its pack (`rules/<id>.ts`, `rules/<id>.cases.ts`). */
  id: Id;
  title: string;
  audience: A;
  /**
   * Request paths (relative to `applicant`) the rule reads; `hires[].group` is a field of every
   * hire. The engine hands the rule nothing else, so this list is exactly what it depends on.
   */
  reads: readonly string[];
  /** The parameters of its pack it uses (a pack narrows `P` to its own ids). */
  parameters: readonly P[];
  /** The clauses it implements, quotes verbatim from the clean clause text. */
  citations: readonly RuleCitation[];
  /**
   * Clauses cited only when they apply to the facts (a note on the standard, not a condition), such
   * as 七(二) on new occupations; verbatim like the citations, and kept apart from them so a reader
   * of the rule's citations never takes a special case for the general rule.
   */
  notes?: readonly RuleCitation[];
  /** What it requires, one plain-Chinese line per condition. */
  requirements: readonly string[];
  /** How the amount is set (or why the document sets none), in plain Chinese. */
  amountRule: string;
  /** What the benefit is: money paid, an advance, a tax deduction, a free service, an award. */
  amountKind: AmountKind;
  evaluate(facts: F, params: ParamValues<P>): RuleOutcome;
}

export type PersonRule<Id extends string = string, P extends string = string> = RuleBase<'person', PersonFacts, Id, P>;
export type EmployerRule<Id extends string = string, P extends string = string> = RuleBase<'employer', EmployerFacts, Id, P>;
export type Rule = PersonRule | EmployerRule;

/** What a case expects of the rule's result. Fields left out are not checked. */
export interface CaseExpectation {
  status: Status;
  amountYuan: number | null;
  missing?: string[];
  amountMissing?: string[];
  /** The part of an open total already proven (checked when given). */
  partialAmountYuan?: number | null;
  /** Substrings the amount note must contain. */
  note?: string[];
  /** Substrings some reason line must contain (each). */
  reasons?: string[];
  /** Substrings neither the amount note, any reason line nor any citation quote may contain. */
  never?: string[];
  /** Substrings some citation quote must contain (each). */
  cites?: string[];
}

/** A case whose facts contradict each other: the request is refused (HTTP 400) naming these paths. */
export interface CaseRefusal {
  /** Request paths relative to `applicant`, in any order. */
  refused: string[];
}

/**
 * One row of a rule's case table: facts in (the applicant without `type`, which the rule's
 * audience gives), the result expected out, or the refusal of contradicting facts.
 */
export interface RuleCase<F> {
  name: string;
  /** Reference date; the test default is 2020-06-01, inside the policy's period. */
  asOf?: string;
  /** Not the parsed type: a refused case holds facts the schema would not let through. */
  facts: Omit<F, 'type'>;
  expect: CaseExpectation | CaseRefusal;
}
export type PersonCase = RuleCase<PersonFacts>;
export type EmployerCase = RuleCase<EmployerFacts>;
