/**
 * Picks, from a clause (or from a rule's quotes), the sentences that answer the question.
 *
 * The text is cut into sentences (at 。 and ；); each is scored by the question's character
 * bigrams, the policy words the glossary maps the question to (户口 → 户籍地), and the policy's
 * way of saying what people ask (最多 → 最长/最高/不超过, 多少钱 → 元/标准 …); the best one is
 * kept whole, with a second when it answers nearly as well. A sentence too long for a phone is
 * narrowed to the run of comma-separated parts that answers best, grown until it reads on its
 * own: a condition ending in 的 keeps what follows it, a part starting with 其中/也/最长 keeps
 * its subject. The result is verbatim clause text (a list may be shortened with …), so it can
 * be quoted and every figure in it is backed by the clause.
 */
import { ANSWERS } from '../rules/registry.js';
import { memoByText } from '../cache/text-memo.js';
import { toHalfWidthDigits } from './chinese-numbers.js';

/** What people say, and the words the policy uses for it when answering. */
const ANSWER_WORDS: Array<[RegExp, string[]]> = [
  [/最多|最长|最高|上限|封顶|最大/, ['最长', '最高', '不超过', '上限']],
  [/多少钱|多少元|补多少|给多少|多少补贴|补贴多少|标准|金额|钱/, ['元', '标准', '%', '补助', '补贴']],
  [/多少|比例|占比/, ['%', '以上', '元']],
  [/几个月|多久|多长时间|时长/, ['个月', '月']],
  [/几次|多少次|次数|几回/, ['次', '每年']],
  [/谁|哪个部门|哪些部门|责任单位|负责|牵头/, ['责任单位', ...ANSWERS.leadUnits]],
  [/条件|要求|什么人|哪些人|谁能|对象|符合/, ['符合条件', '对']],
  [/怎么申请|如何申请|怎么领|申领|办理|流程|去哪/, ['网上申报', '申领', '经办', '拨付']],
  [/先拿|预付|提前|先行|先给/, ['先行拨付']],
  [/重复|再次|两回|两次|又/, ['不得重复', '不可重复', '重复享受']],
  [/多少人|人次|目标|任务|一共|总共/, ['人次', '万人', '以上']],
  [/处理|处罚|查处|怎么办|后果/, ['查处', '骗取', '严肃']],
  [/免费|要钱|收费|交钱|花钱/, ['免费', '免学费']],
  [/能不能|可以|能否|允许|行不行/, ['允许', '可', '支持']],
];

const STOP_BIGRAMS = new Set(['什么', '多少', '怎么', '可以', '我们', '是不', '不是', '能不', '不能', '请问', '一下', '的吗', '有没', '没有', '哪些', '如何', '这个', '那个', '公司', '那最', '最多', '能领', '领吗', '有吗', '有啥', '啥补']);

const COMMON_BIGRAMS = ['培训', '技能', '职业', '人员', '提升', '开展', '技能培训', '职业技能培训'];

/** Character bigrams (CJK runs) and ASCII words of a text. */
export function bigrams(text: string): string[] {
  const out: string[] = [];
  for (const run of toHalfWidthDigits(text).match(/[\u4e00-\u9fa5]+|[A-Za-z0-9%]+/g) ?? []) {
    if (/^[\u4e00-\u9fa5]/.test(run)) {
      if (run.length === 1) out.push(run);
      for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
    } else out.push(run);
  }
  return out;
}

/** Optional word lists that shape the terms a question looks for. */
export interface TermOptions {
  /** Extra context (the previous question of a follow-up): its bigrams count half. */
  extraTerms?: readonly string[];
  /** Policy words the question stands for (the glossary's expansion): each counts as a whole word. */
  policyTerms?: readonly string[];
  /** Words that say nothing about which part answers (a subsidy's own name, once it is known). */
  ignoreTerms?: readonly string[];
  /** Everyday words the policy terms stand in for (农村妇女 → 巧媳妇): their bigrams count little. */
  everydayWords?: readonly string[];
}

/** The weighted terms a question looks for in clause text. */
export function questionTerms(question: string, options: TermOptions = {}): Map<string, number> {
  const terms = new Map<string, number>();
  for (const b of bigrams(question)) if (!STOP_BIGRAMS.has(b)) terms.set(b, (terms.get(b) ?? 0) + 1);
  for (const t of options.extraTerms ?? []) for (const b of bigrams(t)) if (!terms.has(b)) terms.set(b, 0.5);
  for (const t of options.policyTerms ?? []) if (t.length >= 2) terms.set(t, Math.max(terms.get(t) ?? 0, 1.5));
  // Words nearly every clause has say little about which sentence answers.
  for (const [re, words] of ANSWER_WORDS) {
    if (!re.test(question)) continue;
    for (const w of words) terms.set(w, Math.max(terms.get(w) ?? 0, 1.5));
  }
  for (const w of options.everydayWords ?? []) for (const b of bigrams(w)) if (terms.has(b)) terms.set(b, Math.min(terms.get(b)!, 0.3));
  for (const b of COMMON_BIGRAMS) if (terms.has(b)) terms.set(b, Math.min(terms.get(b)!, 0.3));
  // A known subject still tells a little (税前扣除 in 税前扣除比例), just not which quote answers.
  for (const t of options.ignoreTerms ?? []) for (const b of bigrams(t)) if (terms.has(b)) terms.set(b, Math.min(terms.get(b)!, 0.3));
  return terms;
}

/** Wants a figure: 多少钱, 几个月, 最多, 标准 … */
export function asksForFigure(question: string): boolean {
  return /多少|几|最多|最长|最高|标准|金额|比例|占比|上限|百分之|%/.test(question);
}

/** Wants the responsible units: 哪个部门负责 … */
export function asksForUnits(question: string): boolean {
  return /哪个部门|哪些部门|哪个单位|哪些单位|责任单位|谁负责|谁牵头|牵头|负责部门|负责单位|归哪|谁管|哪个部门管/.test(question);
}

const UNITS_NOTE = /[（(](责任单位|责任分工)[:：]([^）)]*)[）)]/;

/** The clause's 责任单位 note, when it has one. */
export function unitsNote(clauseText: string): string | undefined {
  const m = UNITS_NOTE.exec(clauseText.replace(/\s+/g, ''));
  return m ? `${m[1]}：${m[2]}` : undefined;
}

const UNITS_NOTES = new RegExp(UNITS_NOTE.source, 'g');

/** The sentences of a clause (cut at 。 and ；), without the 责任单位 note, each without its end mark. */
export function sentencesOf(clauseText: string): string[] {
  // A copy: callers may change their list; the kept one is frozen.
  return [...keptSentences(clauseText)];
}

// Every answer cuts the clauses it quotes, the same few dozen texts, several times over.
const keptSentences = memoByText((clauseText: string): readonly string[] => {
  const text = clauseText.replace(/\s+/g, '').replace(UNITS_NOTES, '');
  return Object.freeze(
    text
      .split(/[。；;]/)
      .map((s) => s.replace(/^[，,、]+|[，,、：:]+$/g, ''))
      .filter((s) => s.length > 0),
  );
});

/** Score of a piece of text for the terms: each term counted once. */
function scoreText(text: string, terms: Map<string, number>, figure: boolean): number {
  let score = 0;
  for (const [t, w] of terms) if (w > 0 && text.includes(t)) score += w * (t.length >= 2 ? 1 : 0.5);
  if (figure && /\d|[一二两三四五六七八九十]+个月/.test(text)) score += 1.5;
  return score;
}

// A part that cannot end an excerpt: a condition (…的), a prepositional opener (对…/面向…).
const NEEDS_NEXT = /(的|等|和|及|与|或)$|^(对|面向|围绕|按照|根据|结合|通过|经|为|在|由|将)/;
// A part that cannot start one: it leans on the part before for its subject.
const NEEDS_PREVIOUS = /^(其中|也|并|且|以及|同时|最长|最高|分别|但|还|均|其|原则上)/;
// The opening words of a list sentence (三年完成…), kept when the excerpt is one of its items.
const LIST_LEAD = /^[^\d、，]{0,10}?(完成|开展|培训|培养)/;

interface Narrowed {
  text: string;
  /** Verbatim text of the clause the excerpt shows (for the citation quote). */
  quote: string;
}

/** The best run of parts of a long sentence, grown until it reads on its own. */
function narrow(sentence: string, terms: Map<string, number>, figure: boolean, maxChars: number): Narrowed {
  let parts = sentence.split(/(?<=[，,：:])/).filter((p) => p.length > 0);
  let byList = false;
  if (parts.length === 1 || parts.some((p) => p.length > maxChars)) {
    // A long enumeration (三年完成A 36万人次、B 1.2万人次、…): its items are the parts.
    const items = sentence.split(/(?<=、)/).filter((p) => p.length > 0);
    if (items.length > 3) {
      parts = items;
      byList = true;
    }
  }
  const clean = (s: string) => s.replace(/[，,：:、]+$/, '');
  const joined = (i: number, j: number) => parts.slice(i, j + 1).join('');
  let best = { i: 0, j: 0, score: -Infinity, len: Infinity };
  for (let i = 0; i < parts.length; i++) {
    for (let j = i; j < parts.length; j++) {
      const t = joined(i, j);
      if (t.length > maxChars && j > i) break;
      // Each further part must earn its place: the shortest run that answers is the best.
      const s = scoreText(t, terms, figure) - 0.4 * (j - i);
      if (s > best.score || (s === best.score && t.length < best.len)) best = { i, j, score: s, len: t.length };
    }
  }
  let { i, j } = best;
  const hardMax = Math.round(maxChars * 1.6);
  if (!byList) {
    while (j + 1 < parts.length && NEEDS_NEXT.test(clean(parts[j]!)) && joined(i, j + 1).length <= hardMax) j++;
    while (i > 0 && NEEDS_PREVIOUS.test(parts[i]!) && joined(i - 1, j).length <= hardMax) i--;
  }
  const quote = clean(joined(i, j));
  if (byList && i > 0) {
    const lead = LIST_LEAD.exec(parts[0]!)?.[0];
    if (lead) return { text: `${lead}…${quote}${j < parts.length - 1 ? '等' : ''}`, quote };
  }
  return { text: quote, quote };
}

export interface PickOptions extends TermOptions {
  /** Longest sentence shown whole, in characters; longer ones are narrowed. */
  maxChars?: number;
  /** Longest excerpt when a second sentence is added. */
  maxTotal?: number;
}

/** An excerpt and the verbatim pieces of source text it shows. */
export interface Passage {
  /** What the answer shows, ending with 。 */
  text: string;
  /** Verbatim pieces of the source (each a quote for the citation). */
  quotes: string[];
  /** Index of each shown sentence among the units. */
  units: number[];
  /** How well the best sentence matched (0: nothing matched). */
  score: number;
}

/**
 * The sentences among `units` (a clause's sentences, or a rule's quotes) that answer the
 * question best: the best one, and a second when it scores nearly as well and both fit.
 * The first unit is taken as a heading when `headingFirst` (实施…计划), and only chosen when
 * nothing else matches.
 */
export function pickPassage(question: string, units: readonly string[], options: PickOptions & { headingFirst?: boolean } = {}): Passage {
  const maxChars = options.maxChars ?? 100;
  const maxTotal = options.maxTotal ?? 130;
  if (units.length === 0) return { text: '', quotes: [], units: [], score: 0 };
  const terms = questionTerms(question, options);
  const figure = asksForFigure(question);
  const scores = units.map((u, k) => {
    const s = scoreText(u, terms, figure);
    // A heading sentence (实施就业重点群体技能提升计划) names the subject but answers nothing.
    return options.headingFirst && k === 0 && units.length > 1 && u.length <= 30 ? s * 0.4 : s;
  });
  let best = 0;
  for (let k = 1; k < units.length; k++) if (scores[k]! > scores[best]!) best = k;
  if (scores[best] === 0 && options.headingFirst && units.length > 1) best = 1;
  // A condition (…的) reads only with what follows it; 以及… only with what precedes it.
  let lo = best;
  let hi = best;
  const span = () => units.slice(lo, hi + 1).join('，').length;
  while (hi + 1 < units.length && /的$/.test(units[hi]!) && span() + units[hi + 1]!.length <= maxTotal + 40) hi++;
  while (lo > 0 && NEEDS_PREVIOUS.test(units[lo]!) && /^以及/.test(units[lo]!) && span() + units[lo - 1]!.length <= maxTotal + 40) lo--;
  if (hi > lo) {
    const text = units.slice(lo, hi + 1).join('，');
    return { text: finishSentence(text), quotes: units.slice(lo, hi + 1), units: Array.from({ length: hi - lo + 1 }, (_, k) => lo + k), score: scores[best]! };
  }
  const shown = [best];
  const first = units[best]!.length > maxChars ? narrow(units[best]!, terms, figure, maxChars) : { text: units[best]!, quote: units[best]! };
  const pieces: Narrowed[] = [first];
  // A second sentence when it answers nearly as well (the amount next to its condition).
  let second = -1;
  for (let k = 0; k < units.length; k++) {
    if (k === best || scores[k]! <= 0 || scores[k]! < scores[best]! * 0.75) continue;
    if (second < 0 || scores[k]! > scores[second]!) second = k;
  }
  if (second >= 0 && units[second]!.length <= 80 && units[second]!.length + first.text.length <= maxTotal) {
    const piece = { text: units[second]!, quote: units[second]! };
    if (second < best) {
      pieces.unshift(piece);
      shown.unshift(second);
    } else {
      pieces.push(piece);
      shown.push(second);
    }
  }
  return {
    text: finishSentence(pieces.map((p) => p.text).join('；')),
    quotes: pieces.map((p) => p.quote),
    units: shown,
    score: scores[best]!,
  };
}

/**
 * The best-matching excerpt of a clause for a question: verbatim text (a long list may be
 * shortened with …), ending with 。 A question about who is responsible gets the 责任单位 note.
 */
export function pickExcerpt(question: string, clauseText: string, options: PickOptions = {}): string {
  if (asksForUnits(question)) {
    const units = unitsNote(clauseText);
    if (units) return finishSentence(units);
  }
  return pickPassage(question, sentencesOf(clauseText), { ...options, headingFirst: true }).text;
}

/** Ends an excerpt with 。 in place of a trailing comma or semicolon. */
export function finishSentence(s: string): string {
  const t = s.replace(/[，,；;：:、\s]+$/, '');
  return /[。！？!?）)”]$/.test(t) ? t : `${t}。`;
}
