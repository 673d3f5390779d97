/**
 * The eligibility response written straight to UTF-8 JSON, byte for byte what
 * `JSON.stringify(evaluateEligibility(request, options))` encodes to, at a fraction of its cost
 * when the facts a rule reads were seen before.
 *
 * Each rule is a pure function of the facts it declares (`reads`), the parameter values and
 * references in effect on the reference date, and nothing else (./project.ts enforces it). So
 * one result — as the UTF-8 bytes of its JSON — is kept per (pack list, parameter table, date,
 * rule, facts read), and a request is the splice of those pieces between a head and a tail that
 * depend on the pack list, the date and the kind of applicant alone. Which packs' rules run is a
 * function of the pack list and the date (./in-force.ts), so both keys cover it. A new body often differs from earlier ones in a fact or two (another
 * payroll, another age); then only the rules reading those are run and serialised again, and
 * the clause quotes, titles and condition texts of the others are copied. A body new in every
 * number still runs every rule that reads one.
 *
 * Before any key is made, the request is held against the last one written: a rule none of
 * whose fields changed — the same value, or the same list by reference, as ./near-body.ts hands
 * out when one scalar of a body changed — takes that request's result as it is, so a body new
 * in one payroll makes the key of and runs only the rule that reads it.
 */
import { createSecondSightMemo, type SecondSightMemo } from '../cache/second-sight.js';
import { evaluateRuleOn, evaluationContext, requestAsOf, warningsFor, type EvaluateOptions } from './engine.js';
import type { PacksInForce, PackSet } from './in-force.js';
import { parametersAt, type ParameterTable, type Params } from './parameters.js';
import { policyInfo } from './policy.js';
import { factsKey, projectFacts } from './project.js';
import type { Audience, EligibilityRequest } from './schema.js';
import type { Rule } from './types.js';
import { utf8 } from './utf8.js';

const UTF8 = new TextEncoder();

/**
 * Rule results kept per parameter table at most, and keys of results made once; the oldest
 * goes first. A result is 0.3–3 KB, so this holds a few MB at most.
 */
const MAX_RESULTS = 1024;
/** Facts longer than this as a key (a long list of hires) are evaluated every time, not kept. */
const MAX_FACTS_CHARS = 1024;
/** Reference dates whose head and tail are kept; a date seldom changes within a process. */
const MAX_DATES = 64;

export interface ResponseWriter {
  /**
   * The response to a validated request as UTF-8 JSON (see the module comment). The request is
   * never changed here, and must not be changed by the caller once written: a later request
   * sharing a list with it by reference reuses that list's results.
   */
  write(request: EligibilityRequest, options?: EvaluateOptions): Uint8Array<ArrayBuffer>;
}

/**
 * The JSON before and after the results: everything that depends on the date, the packs in
 * force on it and the kind of applicant alone (the warnings name the documents whose rules
 * apply to that kind).
 */
function frame(asOf: string, audience: Audience, inForce: PacksInForce, set: PackSet): { head: Uint8Array; tail: Uint8Array } {
  const json = JSON.stringify({ asOf, policy: policyInfo(asOf, inForce.main), results: [], warnings: warningsFor(asOf, inForce.rules[audience], inForce.main, set) });
  const cut = json.indexOf('"results":[') + '"results":['.length;
  return { head: UTF8.encode(json.slice(0, cut)), tail: UTF8.encode(json.slice(cut)) };
}

/** The applicant's own fields a rule reads (`hires[].group` → `hires`), once per `reads` list. */
const fieldsOf = new WeakMap<readonly string[], readonly string[]>();

function fields(reads: readonly string[]): readonly string[] {
  let out = fieldsOf.get(reads);
  if (!out) {
    out = [...new Set(reads.map((r) => r.replace(/\[\].*$/, '')))];
    fieldsOf.set(reads, out);
  }
  return out;
}

/** The last request written, with what decided its results and the results themselves. */
interface Written {
  applicant: Record<string, unknown>;
  asOf: string;
  results: SecondSightMemo<Uint8Array>;
  rules: readonly unknown[];
  parts: Uint8Array[];
}

/** Whether every field `rule` reads is the same in both applicants (the same value or list object). */
function unchanged(now: Record<string, unknown>, before: Record<string, unknown>, read: readonly string[]): boolean {
  for (const f of read) if (now[f] !== before[f]) return false;
  return true;
}

/** A bounded map whose oldest entry goes first when it is full. */
function remember<V>(map: Map<string, V>, key: string, value: V, max: number): V {
  if (map.size >= max) map.delete(map.keys().next().value!);
  map.set(key, value);
  return value;
}

/**
 * One rule's result as UTF-8 JSON: kept from an earlier request with the same facts read, or
 * evaluated, serialised and offered to `results`.
 */
function resultOf(
  rule: Rule,
  applicant: EligibilityRequest['applicant'],
  asOf: string,
  results: SecondSightMemo<Uint8Array>,
  params: () => Params,
  table: ParameterTable,
  set: PackSet,
): Uint8Array {
  const facts = factsKey(applicant, rule.reads);
  const key = facts.length <= MAX_FACTS_CHARS ? `${asOf}\u0000${rule.id}\u0000${facts}` : undefined;
  let bytes = key === undefined ? undefined : results.get(key);
  if (bytes === undefined) {
    bytes = utf8(JSON.stringify(evaluateRuleOn(rule, projectFacts(applicant, rule.reads), params(), asOf, table, set)));
    if (key !== undefined) results.offer(key, bytes);
  }
  return bytes;
}

/** What a writer keeps for one pack list: rule results per parameter table, and frames. */
interface PackMemory {
  byTable: WeakMap<ParameterTable, SecondSightMemo<Uint8Array>>;
  frames: Map<string, { head: Uint8Array; tail: Uint8Array }>;
}

/**
 * A writer with its own memory of rule results. Results are kept per pack list and per
 * parameter table object (both held weakly): the library hands out a new table whenever its
 * amendments may have changed, so a result made under other parameters or beside other packs
 * is never reused. A result is kept from the second time its facts are met
 * (../cache/second-sight.ts): a payroll given once costs only its key.
 */
export function createResponseWriter(maxResults = MAX_RESULTS): ResponseWriter {
  const byPacks = new WeakMap<PackSet, PackMemory>();
  const COMMA = UTF8.encode(',');
  let last: Written | undefined;
  return {
    write(request, options = {}) {
      const asOf = requestAsOf(request, options.now);
      const { set, table, inForce } = evaluationContext(asOf, options);
      let memory = byPacks.get(set);
      if (!memory) byPacks.set(set, (memory = { byTable: new WeakMap(), frames: new Map() }));
      let results = memory.byTable.get(table);
      if (!results) memory.byTable.set(table, (results = createSecondSightMemo(maxResults, maxResults)));
      const applicant = request.applicant;
      // The date decides the packs in force; their key is there so a reader need not know that.
      const frameKey = `${applicant.type}\u0000${asOf}\u0000${inForce.key}`;
      const { head, tail } = memory.frames.get(frameKey) ?? remember(memory.frames, frameKey, frame(asOf, applicant.type, inForce, set), MAX_DATES);

      const rules = inForce.rules[applicant.type];
      const parts: Uint8Array[] = [head];
      const made: Uint8Array[] = [];
      let size = head.byteLength + tail.byteLength + Math.max(0, rules.length - 1);
      let params: Params | undefined;
      const param = () => (params ??= parametersAt(asOf, table));
      const own = applicant as unknown as Record<string, unknown>;
      // The same rules (so the same type), date and parameter table: results can carry over.
      const before = last && last.rules === rules && last.asOf === asOf && last.results === results ? last : undefined;
      for (const [i, rule] of rules.entries()) {
        let bytes = before && unchanged(own, before.applicant, fields(rule.reads)) ? before.parts[i] : undefined;
        if (bytes === undefined) bytes = resultOf(rule, applicant, asOf, results, param, table, set);
        made.push(bytes);
        if (parts.length > 1) parts.push(COMMA);
        parts.push(bytes);
        size += bytes.byteLength;
      }
      last = { applicant: own, asOf, results, rules, parts: made };
      parts.push(tail);

      const out = new Uint8Array(size);
      let at = 0;
      for (const p of parts) {
        out.set(p, at);
        at += p.byteLength;
      }
      return out;
    },
  };
}
