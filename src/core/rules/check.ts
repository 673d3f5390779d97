/**
 * Small helpers rules use to record the conditions they check and to turn those checks into
 * one of the three outcomes. The combination is the same for every rule: a condition the
 * facts fail excludes eligibility even while other facts are missing; otherwise any unknown
 * condition leaves the result `needs_info`; otherwise the applicant is eligible.
 */
import type { ParamValues } from './parameters.js';
import type { Status, TraceEntry } from './schema.js';
import type { RuleOutcome } from './types.js';

export interface CheckSpec<P extends string = string> {
  /** What the law requires, in plain Chinese. */
  condition: string;
  clause: string;
  /** The facts this check read, by request path; undefined is recorded as null (missing). */
  facts: Record<string, unknown>;
  /** Parameter ids used, looked up in `params`. */
  uses?: readonly P[];
}

export function check<P extends string>(
  spec: CheckSpec<P>,
  params: ParamValues<P>,
  outcome: TraceEntry['outcome'],
  reason: string,
  missing?: string[],
): TraceEntry {
  const facts: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(spec.facts)) facts[k] = v === undefined ? null : v;
  const used: Record<string, number> = {};
  for (const id of spec.uses ?? []) used[id] = params[id];
  const entry: TraceEntry = { condition: spec.condition, outcome, reason, clause: spec.clause, facts, params: used };
  if (outcome === 'unknown') entry.missing = missing ?? Object.keys(spec.facts).filter((k) => spec.facts[k] === undefined);
  return entry;
}

/** The three-way combination of a list of checks (`info` entries never count). */
export function statusOf(checks: readonly TraceEntry[]): Status {
  if (checks.some((c) => c.outcome === 'not_met')) return 'ineligible';
  if (checks.some((c) => c.outcome === 'unknown')) return 'needs_info';
  return 'eligible';
}

/** Unique missing facts of the unknown checks, in the order checked. */
export function missingOf(checks: readonly TraceEntry[]): string[] {
  const out: string[] = [];
  for (const c of checks) if (c.outcome === 'unknown') for (const m of c.missing ?? []) if (!out.includes(m)) out.push(m);
  return out;
}

/**
 * The outcome of a rule that sets no amount itself: the status from its checks, `amountYuan`
 * null, and the note saying what the document refers to instead.
 */
export function outcomeWithoutAmount(checks: TraceEntry[], note: string): RuleOutcome {
  const status = statusOf(checks);
  return {
    status,
    amountYuan: null,
    amountNote: note,
    checks,
    missing: status === 'needs_info' ? missingOf(checks) : [],
    amountMissing: [],
  };
}

/** `是` / `否` / `未提供` for a boolean fact in a reason line. */
export function yesNo(v: boolean | undefined): string {
  return v === undefined ? '未提供' : v ? '是' : '否';
}
