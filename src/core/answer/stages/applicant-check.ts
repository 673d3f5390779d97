/**
 * Whether the contract accepts an applicant's facts (`EligibilityRequestSchema`), as resolve
 * asks for every message that carries a fact. Validating costs more than the rest of keeping
 * the facts, and most messages carry the same few (an employer, one group); the answer is a
 * pure function of the facts, so it is kept under an exact key of them.
 */
import { EligibilityRequestSchema, type Applicant } from '../../rules/schema.js';

/** Answers kept; two generations of this many, the older dropped whole (no per-entry eviction). */
const KEPT = 500;
let young = new Map<string, boolean>();
let old = new Map<string, boolean>();

/** `EligibilityRequestSchema.safeParse({ applicant }).success`, kept for facts seen before. */
export function acceptsApplicant(applicant: Applicant): boolean {
  const key = plainKey(applicant);
  if (key === undefined) return EligibilityRequestSchema.safeParse({ applicant }).success;
  const hit = young.get(key) ?? old.get(key);
  if (hit !== undefined) return hit;
  const ok = EligibilityRequestSchema.safeParse({ applicant }).success;
  if (young.size >= KEPT) {
    old = young;
    young = new Map();
  }
  young.set(key, ok);
  return ok;
}

/**
 * A key that tells apart any two plain JSON-like values (own keys in order, undefined members
 * and −0 included); undefined for anything else (a Date, a class, a function, NaN), which is
 * then validated afresh.
 */
export function plainKey(v: unknown): string | undefined {
  if (v === null) return 'n';
  switch (typeof v) {
    case 'undefined':
      return 'u';
    case 'boolean':
      return v ? 't' : 'f';
    case 'string':
      return JSON.stringify(v);
    case 'number':
      return Number.isFinite(v) ? (Object.is(v, -0) ? '#-0' : `#${v}`) : undefined;
    case 'object': {
      if (Array.isArray(v)) {
        const parts: string[] = [];
        for (let i = 0; i < v.length; i++) {
          if (!(i in v)) return undefined;
          const p = plainKey(v[i]);
          if (p === undefined) return undefined;
          parts.push(p);
        }
        return `[${parts.join(',')}]`;
      }
      const proto = Object.getPrototypeOf(v);
      if (proto !== Object.prototype && proto !== null) return undefined;
      if (Object.getOwnPropertySymbols(v).length > 0) return undefined;
      const parts: string[] = [];
      for (const k of Object.keys(v)) {
        const p = plainKey((v as Record<string, unknown>)[k]);
        if (p === undefined) return undefined;
        parts.push(`${JSON.stringify(k)}:${p}`);
      }
      return `{${parts.join(',')}}`;
    }
    default:
      return undefined;
  }
}
