/**
 * The eligibility response written straight to UTF-8 JSON, byte for byte what
 * `JSON.stringify(evaluateEligibility(request, options))` encodes to, at a fraction of its cost
 * when the facts a rule reads were seen before.
 *
 * Each rule is a pure function of the facts it declares (`reads`), the parameter values and
 * references in effect on the reference date, and nothing else (./project.ts enforces it). So
 * one result — as the UTF-8 bytes of its JSON — is kept per (parameter table, date, rule, facts
 * read), and a request is the splice of those pieces between a head and a tail that depend on
 * the date alone. A body never seen before mostly differs from earlier ones in a fact or two
 * (another payroll, another age), and only the rules reading those are run and serialised
 * again; the ~10 KB of clause quotes, titles and condition texts of the others are copied.
 */
import { createSecondSightMemo, type SecondSightMemo } from '../cache/second-sight.js';
import { evaluateRuleOn, requestAsOf, RULES_FOR, type EvaluateOptions } from './engine.js';
import { parametersAt, SHIPPED_PARAMETERS, type ParameterTable, type Params } from './parameters.js';
import { periodWarnings, policyInfo } from './policy.js';
import { factsKey, projectFacts } from './project.js';
import type { EligibilityRequest } from './schema.js';
import type { Rule } from './types.js';

const UTF8 = new TextEncoder();

/** Rule results kept per rule and parameter table at most; the oldest goes first. */
const MAX_RESULTS_PER_RULE = 256;
/** Facts longer than this as a key (a long list of hires) are evaluated every time, not kept. */
const MAX_FACTS_CHARS = 2048;
/** Reference dates whose head and tail are kept; a date seldom changes within a process. */
const MAX_DATES = 64;
/**
 * Responses are cut from shared buffers of this size: allocating (and zeroing) a fresh 15 KB
 * buffer per response cost more than the splice itself. A buffer is never written twice, so a
 * response still being sent is never touched; it is freed once all its responses are.
 */
const SLAB_BYTES = 128 * 1024;

export interface ResponseWriter {
  /**
   * The response to a validated request as UTF-8 JSON (see the module comment). The bytes may
   * be a view of a buffer shared with other responses: copy them (`slice()`) to keep them long.
   */
  write(request: EligibilityRequest, options?: EvaluateOptions): Uint8Array<ArrayBuffer>;
}

/** The JSON before and after the results: everything that depends on the date alone. */
function frame(asOf: string): { head: Uint8Array; tail: Uint8Array } {
  const json = JSON.stringify({ asOf, policy: policyInfo(asOf), results: [], warnings: periodWarnings(asOf) });
  const cut = json.indexOf('"results":[') + '"results":['.length;
  return { head: UTF8.encode(json.slice(0, cut)), tail: UTF8.encode(json.slice(cut)) };
}

/** Fresh bytes of `size`, cut from the current shared buffer when they fit in a quarter of one. */
function bytesFor(): (size: number) => Uint8Array<ArrayBuffer> {
  let slab = new ArrayBuffer(0);
  let used = 0;
  return (size) => {
    if (size > SLAB_BYTES / 4) return new Uint8Array(size);
    if (used + size > slab.byteLength) {
      slab = new ArrayBuffer(SLAB_BYTES);
      used = 0;
    }
    const out = new Uint8Array(slab, used, size);
    used += size;
    return out;
  };
}

/**
 * A writer with its own memory of rule results. Results are kept per parameter table object
 * (held weakly): the library hands out a new table whenever its amendments may have changed,
 * so a result made under other parameters is never reused. A result is kept from the second
 * time its facts are met (../cache/second-sight.ts): a payroll given once costs no memory.
 */
export function createResponseWriter(maxPerRule = MAX_RESULTS_PER_RULE): ResponseWriter {
  const byTable = new WeakMap<ParameterTable, Map<Rule, SecondSightMemo<Uint8Array>>>();
  const frames = new Map<string, { head: Uint8Array; tail: Uint8Array }>();
  const alloc = bytesFor();
  const COMMA = UTF8.encode(',');
  return {
    write(request, options = {}) {
      const asOf = requestAsOf(request, options.now);
      const table = options.parameters ?? SHIPPED_PARAMETERS;
      let memos = byTable.get(table);
      if (!memos) byTable.set(table, (memos = new Map()));
      let framed = frames.get(asOf);
      if (!framed) {
        if (frames.size >= MAX_DATES) frames.delete(frames.keys().next().value!);
        frames.set(asOf, (framed = frame(asOf)));
      }

      const applicant = request.applicant;
      const rules = RULES_FOR[applicant.type];
      const pieces: Uint8Array[] = [];
      let size = framed.head.byteLength + framed.tail.byteLength + Math.max(0, rules.length - 1) * COMMA.byteLength;
      let params: Params | undefined;
      for (const rule of rules) {
        let memo = memos.get(rule);
        if (!memo) memos.set(rule, (memo = createSecondSightMemo(maxPerRule)));
        const key = factsKey(applicant, rule.reads, asOf);
        const keep = key.length <= MAX_FACTS_CHARS;
        let bytes = keep ? memo.get(key) : undefined;
        if (bytes === undefined) {
          params ??= parametersAt(asOf, table);
          bytes = UTF8.encode(JSON.stringify(evaluateRuleOn(rule, projectFacts(applicant, rule.reads), params, asOf, table)));
          if (keep) memo.offer(key, bytes);
        }
        pieces.push(bytes);
        size += bytes.byteLength;
      }

      const out = alloc(size);
      out.set(framed.head, 0);
      let at = framed.head.byteLength;
      pieces.forEach((p, i) => {
        if (i > 0) {
          out.set(COMMA, at);
          at += COMMA.byteLength;
        }
        out.set(p, at);
        at += p.byteLength;
      });
      out.set(framed.tail, at);
      return out;
    },
  };
}
