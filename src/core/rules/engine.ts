/**
 * The eligibility engine: a validated request in, the contract's response out. Pure and
 * synchronous (the only outside input is the clock, passed in), so the same call serves the
 * HTTP route, the answer pipeline and the WeChat dialogue.
 */
import { packSet, type PackSet, type PacksInForce } from './in-force.js';
import type { Pack, PackManifest } from './pack.js';
import { PARAMETERS, parametersAt, SHIPPED_PARAMETERS, versionAt, type ParamId, type ParameterTable, type Params } from './parameters.js';
import { chinaDate, periodWarnings, POLICY, policyInfo } from './policy.js';
import { projectFacts } from './project.js';
import type { EligibilityResponse, RuleResult } from './response.js';
import { RULES, ruleById, type RuleId } from './registry.js';
import type { Audience, EligibilityRequest, RuleCitation } from './schema.js';
import type { AmountKind, Rule } from './types.js';

export interface EvaluateOptions {
  /** The clock deciding "today" when the request has no `asOf` (date taken in China, UTC+8). */
  now?: Date | (() => Date);
  /**
   * Parameter versions to use: the shipped ones with the library's amendments laid in (see
   * ./amendments.ts). Default: the shipped ones alone.
   */
  parameters?: ParameterTable;
  /**
   * The packs to choose rules from by date (see ./in-force.ts). Default: the shipped ones. With
   * other packs and no `parameters`, their own parameter versions; a `parameters` table given
   * beside them must hold every parameter their rules read. Pass the same array each time: its
   * choices and table are made once per array.
   */
  packs?: readonly Pack[];
}

function today(now: EvaluateOptions['now']): string {
  const d = now === undefined ? new Date() : typeof now === 'function' ? now() : now;
  return chinaDate(d);
}

/**
 * The citations of a result: the rule's own, those of its parameters that another document
 * fixed on this date (an amending notice's clause, after the plan's), and the notes that apply;
 * each names its document's 文号.
 */
function citationsOf(rule: Rule, notes: readonly RuleCitation[], asOf: string, table: ParameterTable, set: PackSet): RuleCitation[] {
  const out: RuleCitation[] = rule.citations.map((c) => ({ ...c }));
  for (const id of rule.parameters) {
    const ref = versionAt(id, asOf, table).ref;
    if (ref.docNo && !out.some((c) => c.docNo === ref.docNo && c.clause === ref.clause)) out.push({ ...ref });
  }
  out.push(...notes.map((c) => ({ ...c })));
  const docNo = (set.manifestOf(rule.id) ?? POLICY).docNo;
  return out.map((c) => ({ ...c, docNo: c.docNo ?? docNo }));
}

/**
 * One rule's result on the facts it reads (`projectFacts(applicant, rule.reads)`), with the
 * parameter values in effect on `asOf`. A pure function of those four, the table and the pack
 * set (whose manifest names the rule's document), which is what lets ./response-writer.ts
 * remember a rule's result by exactly those facts.
 */
export function evaluateRuleOn(
  rule: Rule,
  facts: EligibilityRequest['applicant'],
  params: Params,
  asOf: string,
  table: ParameterTable,
  set: PackSet = packSet(),
): RuleResult {
  const outcome =
    rule.audience === 'person' && facts.type === 'person'
      ? rule.evaluate(facts, params)
      : rule.audience === 'employer' && facts.type === 'employer'
        ? rule.evaluate(facts, params)
        : undefined;
  if (!outcome) throw new Error(`rule ${rule.id} is not for ${facts.type}`);
  // A partial amount only means something beside an open total of an eligible result.
  const open = outcome.status === 'eligible' && outcome.amountYuan === null && outcome.amountMissing.length > 0;
  // Nothing proven yet (no row, no item settled) while a fact the amount turns on is open: not
  // decided — the fact is what is missing. With a part proven, the result is eligible for that part.
  const waits = open && !((outcome.partialAmountYuan ?? 0) > 0);
  return {
    id: rule.id as RuleId,
    title: rule.title,
    audience: rule.audience,
    status: waits ? 'needs_info' : outcome.status,
    amountYuan: outcome.amountYuan,
    amountNote: outcome.amountNote,
    amountKind: rule.amountKind,
    reasons: outcome.checks.map((c) => c.reason),
    missing: waits ? outcome.amountMissing : outcome.missing,
    amountMissing: waits ? [] : outcome.amountMissing,
    partialAmountYuan: open && !waits ? (outcome.partialAmountYuan ?? null) : null,
    citations: citationsOf(rule, outcome.notes ?? [], asOf, table, set),
    trace: outcome.checks,
  };
}

/** The reference date of a request: its own `asOf`, else today in China. */
export function requestAsOf(request: EligibilityRequest, now?: EvaluateOptions['now']): string {
  return request.asOf ?? today(now);
}

/** The pack set, parameter table and packs in force a request is evaluated with. */
export function evaluationContext(asOf: string, options: EvaluateOptions): { set: PackSet; table: ParameterTable; inForce: PacksInForce } {
  const set = packSet(options.packs);
  return { set, table: options.parameters ?? set.parameters, inForce: set.at(asOf) };
}

/**
 * Evaluates every rule in force on the reference date for the applicant's type, in the
 * contract's order (see ./in-force.ts for which packs' rules those are). `request` must have
 * passed `EligibilityRequestSchema` (see `parseEligibilityRequest`); the engine does not
 * re-validate. Never throws for a valid request.
 */
export function evaluateEligibility(request: EligibilityRequest, options: EvaluateOptions = {}): EligibilityResponse {
  const asOf = requestAsOf(request, options.now);
  const { set, table, inForce } = evaluationContext(asOf, options);
  const params = parametersAt(asOf, table);
  const a = request.applicant;
  const rules = inForce.rules[a.type];
  const results = rules.map((r) => evaluateRuleOn(r, projectFacts(a, r.reads), params, asOf, table, set));
  return { asOf, policy: policyInfo(asOf, inForce.main), results, warnings: warningsFor(asOf, rules, inForce.main, set) };
}

/**
 * The contract has one `policy` block (the main document in force); each document whose rules
 * were evaluated warns in its own words.
 */
export function warningsFor(asOf: string, rules: readonly Rule[], main: PackManifest = POLICY, set: PackSet = packSet()): string[] {
  const manifests = [main, ...rules.map((r) => set.manifestOf(r.id) ?? main)].filter((m, i, all) => all.indexOf(m) === i);
  return manifests.flatMap((m) => periodWarnings(asOf, m));
}

/** Facts the needs_info results are waiting for, in result order, each once: what to ask next. */
export function missingFacts(response: EligibilityResponse): string[] {
  const out: string[] = [];
  for (const r of response.results) if (r.status === 'needs_info') for (const m of r.missing) if (!out.includes(m)) out.push(m);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Rule metadata (for the dialogue, /api/subsidies and the console)
// ---------------------------------------------------------------------------------------------

export interface ParameterInfo {
  id: ParamId;
  label: string;
  value: number;
  unit: string;
  /** ISO date this value took effect. */
  from: string;
  ref: RuleCitation;
}

export interface RuleMeta {
  id: RuleId;
  title: string;
  audience: Audience;
  /** Request paths (relative to `applicant`) the rule reads; `hires[].group` = every hire's group. */
  reads: string[];
  requirements: string[];
  amountRule: string;
  amountKind: AmountKind;
  parameters: ParameterInfo[];
  citations: RuleCitation[];
  /** Clauses cited only when they apply to the facts (see `Rule.notes`). */
  notes: RuleCitation[];
  /** Clause ids the rule implements, in citation order, each once. */
  clauses: string[];
}

/** Parameter values with their references as in effect on `asOf`. */
export function parameterInfo(id: ParamId, asOf: string, table: ParameterTable = SHIPPED_PARAMETERS): ParameterInfo {
  const v = versionAt(id, asOf, table);
  const def = PARAMETERS[id];
  if (!def) throw new Error(`unknown parameter ${id}`);
  return { id, label: def.label, unit: def.unit, value: v.value, from: v.from, ref: { ...v.ref } };
}

/** Every rule's metadata, in the contract's order, with parameters as in effect on `asOf`. */
export function ruleCatalogue(asOf: string, table: ParameterTable = SHIPPED_PARAMETERS): RuleMeta[] {
  return RULES.map((r) => {
    const parameters = r.parameters.map((id) => parameterInfo(id, asOf, table));
    const clauses: string[] = [];
    // The rule's document's clauses; a parameter another document set is cited by its 文号 there.
    const own = parameters.map((p) => p.ref).filter((ref) => !ref.docNo);
    for (const c of [...r.citations, ...own, ...(r.notes ?? [])]) if (!clauses.includes(c.clause)) clauses.push(c.clause);
    return {
      id: r.id as RuleId,
      title: r.title,
      audience: r.audience,
      reads: [...r.reads],
      requirements: [...r.requirements],
      amountRule: r.amountRule,
      amountKind: r.amountKind,
      parameters,
      citations: r.citations.map((c) => ({ ...c })),
      notes: (r.notes ?? []).map((c) => ({ ...c })),
      clauses,
    };
  });
}

/** The facts a rule reads, as patterns (`hires[].group`); undefined for an unknown id. */
export function factsReadBy(id: string): readonly string[] | undefined {
  return ruleById(id)?.reads;
}
