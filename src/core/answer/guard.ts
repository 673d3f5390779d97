/**
 * Checks a model's answer before anyone sees it. The answer is refused (and the extractive
 * answer used) when it states a number no cited clause or rules output backs, gives an
 * eligibility verdict the rules did not reach, cites a clause it was not given, or is empty
 * or too long for a phone.
 */
import { checkNumbers } from './numbers-check.js';
import { TOPICS } from './topics.js';
import type { EligibilityResponse, RuleResult } from '../rules/schema.js';

export type GuardFailure = 'empty' | 'too_long' | 'numbers' | 'verdict' | 'citation';

export interface GuardInput {
  answer: string;
  /** Full texts of the clauses given to the model. */
  sourceTexts: readonly string[];
  /** Clause ids given to the model. */
  clauses: readonly string[];
  eligibility?: EligibilityResponse;
  /** Other texts whose figures may appear (document number, hotline). */
  extra?: readonly string[];
  maxChars?: number;
}

export interface GuardResult {
  ok: boolean;
  failure?: GuardFailure;
  detail?: string;
}

const POSITIVE = /符合条件|符合.{0,4}条件|可以享受|可享受|能享受|能够享受|可以领取|能领取|能领到|可以领到|可以申请|能申请|可以获得|能获得|能拿到|可以拿到|有资格/;
const NEGATIVE = /不符合|不能享受|不可以享受|无法享受|不能领取|无法领取|不能领到|没有资格|不能获得|无法获得|不能申请|不适用|不予/;
// Sentences that only say what would decide it are not verdicts.
const HEDGE = /是否|如果|若|假如|要是|需要确认|需确认|还需|待确认|才能|才可以|前提|取决于|的话|请问/;
const ADDRESSED = /您|你|贵(公司|单位|企业)|你们|咱们/;
const CLAUSE_REF = /([一二三四五六七八九十]+)\s*[（(]\s*([一二三四五六七八九十]+)\s*[）)]/g;

/** The rules a sentence talks about, by title or topic words. */
function rulesNamed(sentence: string, results: readonly RuleResult[]): RuleResult[] {
  return results.filter((r) => {
    const topic = TOPICS.find((t) => t.id === r.id);
    return sentence.includes(r.title) || (topic ? topic.keywords.test(sentence) : false);
  });
}

/** The first verdict in `answer` that the rules' output does not back, if any. */
export function unbackedVerdict(answer: string, eligibility: EligibilityResponse | undefined): string | undefined {
  for (const sentence of answer.split(/[。！？!?\n；;]/)) {
    const negative = NEGATIVE.test(sentence);
    const positive = !negative && POSITIVE.test(sentence);
    if ((!negative && !positive) || HEDGE.test(sentence)) continue;
    if (!eligibility) {
      // Without rules run, the model may restate who the policy is for, never judge the asker.
      if (ADDRESSED.test(sentence)) return sentence;
      continue;
    }
    const named = rulesNamed(sentence, eligibility.results);
    const pool = named.length > 0 ? named : eligibility.results;
    const want = positive ? 'eligible' : 'ineligible';
    if (!pool.some((r) => r.status === want)) return sentence;
  }
  return undefined;
}

export function guardAnswer(input: GuardInput): GuardResult {
  const answer = input.answer.trim();
  if (!answer) return { ok: false, failure: 'empty' };
  if (answer.length > (input.maxChars ?? 600)) return { ok: false, failure: 'too_long', detail: String(answer.length) };

  const numbers = checkNumbers(answer, {
    clauseTexts: input.sourceTexts,
    rulesOutput: input.eligibility,
    extra: input.extra ?? [],
  });
  if (!numbers.ok) return { ok: false, failure: 'numbers', detail: numbers.unbacked.join(', ') };

  const verdict = unbackedVerdict(answer, input.eligibility);
  if (verdict !== undefined) return { ok: false, failure: 'verdict', detail: verdict.slice(0, 80) };

  const given = new Set(input.clauses.map((c) => c.replace(/[（]/g, '(').replace(/[）]/g, ')')));
  for (const m of answer.matchAll(CLAUSE_REF)) {
    const id = `${m[1]}(${m[2]})`;
    if (!given.has(id)) return { ok: false, failure: 'citation', detail: id };
  }
  return { ok: true };
}
