/**
 * Judges one /api/ask response against the expectations of the held-out sets. Pure: it reads
 * only the public response shape (answer, answered, citations[].clause, eligibility.results[],
 * followUp), so it scores any implementation of the contract the same way.
 */
import type { NoAmountReason, ScopeQuestion, TurnExpect } from './types.js';

/** The part of an AskResponse the judge may look at. */
export interface PublicAnswer {
  answer: string;
  answered: boolean;
  citations: readonly { clause: string }[];
  eligibility?: unknown;
  followUp?: unknown;
}

interface ResultView {
  id: string;
  status?: string;
  amountYuan?: number | null;
}

/**
 * Strings that are the engine's, not a person's: field paths, camelCase and snake_case ids, and
 * row labels such as "第1类吸纳人员" (named as a defect in issue 10).
 */
export const INTERNAL_NAMES: readonly RegExp[] = [
  /hires\[\d*\]/,
  /第\s*\d+\s*类吸纳人员/,
  /\b[a-z]+[A-Z][A-Za-z]*\b/,
  /\b[a-z]+_[a-z_]+\b/,
  /\b(insured|entity|groups|certificate|applicant|equipment|apprentices|needs_info|eligible|ineligible)\b/,
];

/** The answer says the plan ran out (2021-12-31, 已结束 …). */
export const PERIOD_END =
  /2021\s*(年\s*12\s*月\s*31\s*日|[-/.]\s*12\s*[-/.]\s*31|年底|年末)|已(经)?(结束|到期|截止|届满|期满|失效|过期|终止)|(实施期|执行期|有效期).{0,12}(结束|届满|已过|截止)/;

/** The answer says the plan does not settle the matter. */
export const HONEST_NOT_SETTLED =
  /(没有|未|并未|没|无)(作|做)?(具体|明确|专门)?(规定|明确|写明|给出|确定|提到|提及|涉及|说明|列出)|(本|该|这个|此)(方案|文件).{0,16}(没有|未|并未|无)/;

/** A denial of eligibility in the text. */
const SAYS_INELIGIBLE = /不符合|不适用|不能享受|无法享受/;

/** Text with thousands separators and digit-spacing removed: "7, 200 元" → "7200元". */
export function normalizeFigures(text: string): string {
  return text
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/(\d)[,，](?=\d{3}(?!\d))/g, '$1')
    .replace(/(\d)\s+(?=[万元])/g, '$1')
    .replace(/万\s+元/g, '万元');
}

/** Every "<number>(万)元" figure stated in the text, in yuan. */
export function yuanFigures(text: string): number[] {
  const out: number[] = [];
  for (const m of normalizeFigures(text).matchAll(/(\d+(?:\.\d+)?)(万)?元/g)) {
    const n = Number(m[1]) * (m[2] ? 10_000 : 1);
    if (Number.isFinite(n)) out.push(Math.round(n * 100) / 100);
  }
  return out;
}

/** Whether the text states `yuan` as a number: 7200, 7,200, 7200元, 7200.00, 0.72万. */
export function statesNumber(text: string, yuan: number): boolean {
  const t = normalizeFigures(text);
  if (new RegExp(`(?<![\\d.])${yuan}(?:\\.0+)?(?![\\d万]|\\.\\d)`).test(t)) return true;
  const wan = yuan / 10_000;
  if (Number.isInteger(yuan) && yuan % 100 === 0) {
    const w = String(Math.round(wan * 100) / 100);
    if (new RegExp(`(?<![\\d.])${w.replace('.', '\\.')}万`).test(t)) return true;
  }
  return false;
}

/** Yuan figures stated in the text that the plan does not itself state (computed or foreign). */
export function computedFigures(text: string, verbatim: ReadonlySet<number>): number[] {
  return yuanFigures(text).filter((n) => !verbatim.has(n));
}

function resultsOf(res: PublicAnswer): ResultView[] | undefined {
  const e = res.eligibility as { results?: unknown } | undefined;
  if (!e || !Array.isArray(e.results)) return undefined;
  return e.results.filter((r): r is ResultView => typeof r === 'object' && r !== null && typeof (r as ResultView).id === 'string');
}

function resultFor(res: PublicAnswer, rule: string): ResultView | undefined {
  return resultsOf(res)?.find((r) => r.id === rule);
}

/**
 * The response asks one more question: a followUp, or a question mark in the answer outside
 * quoted examples (例如问：“以工代训补贴多少钱？” asks nothing).
 */
export function asksQuestion(res: PublicAnswer): boolean {
  if (res.followUp) return true;
  return /[？?]/.test(res.answer.replace(/“[^”]*”|"[^"]*"|「[^」]*」/g, ''));
}

/** How a turn failed, for the counters of the report. */
export interface TurnFlags {
  /** A yuan figure stated where the plan fixes none (or for another rule). */
  wrongRuleAmount: boolean;
  /** A yuan figure stated while a fact it depends on was still open. */
  amountWhileOpen: boolean;
  /** A stated or computed amount differs from the expected one. */
  wrongAmount: boolean;
  /** An internal name reached the person. */
  internalName: boolean;
}

export interface TurnVerdict {
  ok: boolean;
  reasons: string[];
  flags: TurnFlags;
}

export interface JudgeContext {
  /** Yuan figures the plan itself states (200, 100000, 500000 …). */
  verbatim: ReadonlySet<number>;
}

function noFlags(): TurnFlags {
  return { wrongRuleAmount: false, amountWhileOpen: false, wrongAmount: false, internalName: false };
}

function check(expect: TurnExpect, res: PublicAnswer, ctx: JudgeContext, reasons: string[], flags: TurnFlags): void {
  const text = res.answer;
  if (expect.answered !== undefined && res.answered !== expect.answered) reasons.push(`answered: expected ${expect.answered}, got ${res.answered}`);
  if (expect.amount) {
    const { rule, yuan } = expect.amount;
    const r = resultFor(res, rule);
    if (!r) reasons.push(`amount: no eligibility result ${rule}`);
    else if (r.amountYuan !== yuan) {
      reasons.push(`amount: ${rule}.amountYuan ${String(r.amountYuan)} ≠ ${yuan}`);
      if (typeof r.amountYuan === 'number') flags.wrongAmount = true;
    }
    if (!statesNumber(text, yuan)) {
      reasons.push(`amount: answer does not state ${yuan}`);
      if (computedFigures(text, ctx.verbatim).length > 0) flags.wrongAmount = true;
    }
  }
  if (expect.noAmount) {
    const figures = computedFigures(text, ctx.verbatim);
    if (figures.length > 0) {
      reasons.push(`noAmount(${expect.noAmount}): states ${figures.join(', ')} 元`);
      markStated(expect.noAmount, flags);
    }
  }
  if (expect.asks && !asksQuestion(res)) reasons.push('asks: no follow-up question');
  if (expect.notVerdict) {
    const { rule, status } = expect.notVerdict;
    const r = resultFor(res, rule);
    if (r?.status === status) reasons.push(`notVerdict: ${rule} is ${status}`);
    // Words can be tied to the rule only when no result says which rule they are about.
    else if (!r && status === 'ineligible' && SAYS_INELIGIBLE.test(text)) reasons.push(`notVerdict: answer says ${SAYS_INELIGIBLE.exec(text)?.[0]}`);
  }
  if (expect.status) {
    const { rule, status } = expect.status;
    const got = resultFor(res, rule)?.status;
    if (got !== status) reasons.push(`status: ${rule} expected ${status}, got ${got ?? 'no result'}`);
  }
  if (expect.undecided) {
    const got = resultFor(res, expect.undecided)?.status;
    if (got === 'eligible' || got === 'ineligible') {
      reasons.push(`undecided: ${expect.undecided} decided as ${got} on an open fact`);
      flags.amountWhileOpen ||= computedFigures(text, ctx.verbatim).length > 0;
    }
  }
  if (expect.cites) {
    const cited = res.citations.map((c) => c.clause);
    if (!expect.cites.some((c) => cited.includes(c))) reasons.push(`cites: none of ${expect.cites.join('/')} in [${cited.join(', ')}]`);
  }
  for (const re of expect.says ?? []) if (!re.test(text)) reasons.push(`says: no match for ${re}`);
  for (const bad of expect.mustNotContain ?? []) {
    const hit = typeof bad === 'string' ? containsString(text, bad) : bad.test(text);
    if (hit) {
      reasons.push(`mustNotContain: ${String(bad)}`);
      if (typeof bad === 'string' && /^\d/.test(bad)) flags.wrongAmount = true;
    }
  }
  if (expect.mentionsPeriodEnd && !PERIOD_END.test(text)) reasons.push('mentionsPeriodEnd: no word that the plan ended');
  if (expect.oneOf) {
    const alternatives = expect.oneOf.map((alt) => {
      const r: string[] = [];
      check(alt, res, ctx, r, noFlags());
      return r;
    });
    if (!alternatives.some((r) => r.length === 0)) reasons.push(`oneOf: none holds (${alternatives.map((r) => r.join('; ')).join(' | ')})`);
  }
}

/** A figure ("2400", "50万") matches only as a whole number, not inside 12400 or 150万. */
function containsString(text: string, needle: string): boolean {
  if (!/^\d/.test(needle)) return text.includes(needle);
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\d.])${escaped}(?![\\d])`).test(normalizeFigures(text));
}

function markStated(reason: NoAmountReason, flags: TurnFlags): void {
  if (reason === 'open') flags.amountWhileOpen = true;
  else flags.wrongRuleAmount = true;
}

/** Judges the response to one dialogue turn; internal names are refused on every turn. */
export function judgeTurn(expect: TurnExpect, res: PublicAnswer, ctx: JudgeContext): TurnVerdict {
  const reasons: string[] = [];
  const flags = noFlags();
  check(expect, res, ctx, reasons, flags);
  for (const re of INTERNAL_NAMES) {
    const m = re.exec(res.answer);
    if (m) {
      reasons.push(`internal name in answer: ${m[0]}`);
      flags.internalName = true;
      break;
    }
  }
  return { ok: reasons.length === 0, reasons, flags };
}

/** Judges one scope question by its label (see scope.ts). */
export function judgeScope(item: ScopeQuestion, res: PublicAnswer, ctx: JudgeContext): TurnVerdict {
  const reasons: string[] = [];
  const flags = noFlags();
  // A single question in or outside the plan's field that the plan fixes no amount for: any yuan
  // figure at all is one from another rule (the 200 元 of 以工代训 for a 生活费 question).
  const figures = item.label === 'covered' ? [] : yuanFigures(res.answer);
  if (item.label === 'covered') {
    if (!res.answered) reasons.push('answered: false on a covered question');
    const cited = res.citations.map((c) => c.clause);
    if (!(item.gold ?? []).some((g) => cited.includes(g))) reasons.push(`gold: none of ${(item.gold ?? []).join('/')} in [${cited.join(', ')}]`);
  } else if (item.label === 'not_settled') {
    if (!HONEST_NOT_SETTLED.test(res.answer)) reasons.push('does not say the plan leaves it unset');
    if (figures.length > 0) {
      reasons.push(`states ${figures.join(', ')} 元 the plan does not fix`);
      flags.wrongRuleAmount = true;
    }
  } else {
    if (res.answered) reasons.push('answered: true on an outside question');
    if (figures.length > 0) {
      reasons.push(`states ${figures.join(', ')} 元 on an outside question`);
      flags.wrongRuleAmount = true;
    }
  }
  return { ok: reasons.length === 0, reasons, flags };
}
