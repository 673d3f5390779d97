/**
 * What a rule is: data about the subsidy (who it is for, the facts it reads, the clause it
 * implements, its parameters) and one pure function from facts to an outcome with a trace.
 */
import type { ParamId, Params } from './parameters.js';
import type { EmployerFacts, PersonFacts, RuleCitation, RuleId, Status, TraceEntry } from './schema.js';

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
}

interface RuleBase<A extends 'person' | 'employer', F> {
  id: RuleId;
  title: string;
  audience: A;
  /**
   * Request paths (relative to `applicant`) the rule reads; `hires[].group` is a field of every
   * hire. The engine hands the rule nothing else, so this list is exactly what it depends on.
   */
  reads: readonly string[];
  parameters: readonly ParamId[];
  /** The clauses it implements, quotes verbatim from the clean clause text. */
  citations: readonly RuleCitation[];
  /** What it requires, one plain-Chinese line per condition. */
  requirements: readonly string[];
  /** How the amount is set (or why the document sets none), in plain Chinese. */
  amountRule: string;
  evaluate(facts: F, params: Params): RuleOutcome;
}

export type PersonRule = RuleBase<'person', PersonFacts>;
export type EmployerRule = RuleBase<'employer', EmployerFacts>;
export type Rule = PersonRule | EmployerRule;

/**
 * One row of a rule's case table: facts in (the applicant without `type`, which the rule's
 * audience gives), the result expected out. Fields left out of `expect` are not checked.
 */
export interface RuleCase<F> {
  name: string;
  /** Reference date; the test default is 2020-06-01, inside the policy's period. */
  asOf?: string;
  facts: Omit<F, 'type'>;
  expect: {
    status: Status;
    amountYuan: number | null;
    missing?: string[];
    amountMissing?: string[];
    /** Substrings the amount note must contain. */
    note?: string[];
    /** Substrings some reason line must contain (each). */
    reasons?: string[];
  };
}
export type PersonCase = RuleCase<PersonFacts>;
export type EmployerCase = RuleCase<EmployerFacts>;
