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
 */
import { createSecondSightMemo, type SecondSightMemo } from '../cache/second-sight.js';
import { evaluateRuleOn, evaluationContext, requestAsOf, warningsFor, type EvaluateOptions } from './engine.js';
import type { PacksInForce, PackSet } from './in-force.js';
import { parametersAt, type ParameterTable, type Params } from './parameters.js';
import { policyInfo } from './policy.js';
import { factsKey, projectFacts } from './project.js';
import type { Audience, EligibilityRequest } from './schema.js';

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
  /** The response to a validated request as UTF-8 JSON (see the module comment). */
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

/** A bounded map whose oldest entry goes first when it is full. */
function remember<V>(map: Map<string, V>, key: string, value: V, max: number): V {
  if (map.size >= max) map.delete(map.keys().next().value!);
  map.set(key, value);
  return value;
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
      let size = head.byteLength + tail.byteLength + Math.max(0, rules.length - 1);
      let params: Params | undefined;
      for (const rule of rules) {
        const facts = factsKey(applicant, rule.reads);
        const key = facts.length <= MAX_FACTS_CHARS ? `${asOf}\u0000${rule.id}\u0000${facts}` : undefined;
        let bytes = key === undefined ? undefined : results.get(key);
        if (bytes === undefined) {
          params ??= parametersAt(asOf, table);
          bytes = UTF8.encode(JSON.stringify(evaluateRuleOn(rule, projectFacts(applicant, rule.reads), params, asOf, table, set)));
          if (key !== undefined) results.offer(key, bytes);
        }
        if (parts.length > 1) parts.push(COMMA);
        parts.push(bytes);
        size += bytes.byteLength;
      }
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
