/**
 * Checks a model's answer before anyone sees it. The answer is refused (and the extractive
 * answer used) when it states a number no cited clause or rules output backs, gives an
 * eligibility verdict the rules did not reach, cites a clause it was not given, adds a link,
 * a phone number, a contact instruction (加微信、扫码、私信) or markup the sources do not contain,
 * or is empty or too long for a phone.
 */
import { checkNumbers } from './numbers-check.js';
import { TOPICS } from './topics.js';
import type { EligibilityResponse, RuleResult } from '../rules/schema.js';

export type GuardFailure = 'empty' | 'too_long' | 'numbers' | 'verdict' | 'citation' | 'link' | 'phone' | 'contact' | 'markup' | 'dropped';

/** What a rewrite must keep when the draft says it: the plan has ended; the plan does not settle it. */
const MUST_KEEP: Array<[RegExp, RegExp]> = [
  [/已结束/, /结束|到期|失效/],
  [/本方案没有规定/, /没有规定|未规定|没有明确|未明确/],
];

/** The first thing the draft says that the rewrite dropped, if any. */
export function droppedPoint(draft: string, answer: string): string | undefined {
  for (const [inDraft, inAnswer] of MUST_KEEP) if (inDraft.test(draft) && !inAnswer.test(answer)) return inDraft.source;
  return undefined;
}

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

// What a model may invent that sends people somewhere the sources never named.
const ADDED: Array<[GuardFailure, RegExp]> = [
  ['link', /https?:\/\/\S+|www\.\S+|[A-Za-z0-9-]+\.(?:com|cn|net|org|gov|top|xyz)(?:\/\S*)?/gi],
  // Digits that read as a number to call (an amount is followed by its unit: 12000元).
  ['phone', /(?<![\d.])(?:\+?86[ -]?)?(?:1[3-9]\d[ -]?\d{4}[ -]?\d{4}|0\d{2,3}[ -]?\d{7,8}|\d{5,})(?![\d.]|\s*[元万亿千百人次个%年月日名号])/g],
  ['contact', /加(我|微信|V|v|QQ|qq|群)|微信号|vx|VX|wx号|扫码|二维码|关注(公众号|我们|我)|私信|私聊|联系我|添加.{0,4}好友|发(邮件|邮箱)|邮箱[:：]|@\w+\./g],
  ['markup', /<\/?[a-zA-Z][^>]*>|\*\*[^*]+\*\*|^#{1,6}\s|\[[^\]]+\]\([^)]*\)|```/gm],
];

/** The first link, phone number, contact instruction or markup the sources do not contain. */
export function unsourcedAddition(answer: string, sources: readonly string[]): { failure: GuardFailure; detail: string } | undefined {
  const haystack = sources.join('\n').replace(/\s+/g, '');
  for (const [failure, re] of ADDED) {
    for (const m of answer.matchAll(re)) {
      if (!haystack.includes(m[0].replace(/\s+/g, ''))) return { failure, detail: m[0].slice(0, 60) };
    }
  }
  return undefined;
}

export function guardAnswer(input: GuardInput): GuardResult {
  const answer = input.answer.trim();
  if (!answer) return { ok: false, failure: 'empty' };
  if (answer.length > (input.maxChars ?? 600)) return { ok: false, failure: 'too_long', detail: String(answer.length) };

  const added = unsourcedAddition(answer, [...input.sourceTexts, ...(input.extra ?? [])]);
  if (added) return { ok: false, ...added };

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
