/**
 * Picks, from a clause, the words that answer the question: the clause is cut into
 * comma-separated fragments, each scored by the question's character bigrams (plus the
 * policy's way of saying what people ask: 最多 → 最长/最高/不超过, 多少钱 → 元/标准 …), and
 * the best fragment is returned with the neighbours that give it its subject, within a
 * length that reads well on a phone. The result is verbatim clause text, so it can be quoted.
 */
import { toHalfWidthDigits } from './chinese-numbers.js';

/** What people say, and the words the policy uses for it when answering. */
const ANSWER_WORDS: Array<[RegExp, string[]]> = [
  [/最多|最长|最高|上限|封顶|最大/, ['最长', '最高', '不超过', '上限']],
  [/多少钱|多少元|补多少|给多少|多少补贴|补贴多少|标准|金额|多少/, ['元', '标准', '%', '补助', '补贴']],
  [/几个月|多久|多长时间|时长/, ['个月', '月']],
  [/几次|多少次|次数/, ['次', '每年']],
  [/谁|哪个部门|哪些部门|责任单位|负责|牵头/, ['责任单位', '市人社局']],
  [/条件|要求|什么人|哪些人|谁能|对象|符合/, ['的', '对', '符合条件']],
  [/怎么申请|如何申请|怎么领|申领|办理|流程/, ['网上申报', '申领', '经办', '拨付']],
  [/先拿|预付|提前|先行/, ['先行拨付']],
  [/重复|再次|又/, ['不得重复', '不可重复']],
  [/多少人|人次|目标|任务/, ['人次', '万人', '以上']],
];

const STOP_BIGRAMS = new Set(['什么', '多少', '怎么', '可以', '我们', '是不', '不是', '能不', '不能', '请问', '一下', '的吗', '有没', '没有', '哪些', '如何', '这个', '那个', '公司', '那最', '最多']);

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

/** The weighted terms a question looks for in clause text. */
export function questionTerms(question: string, extra: readonly string[] = []): Map<string, number> {
  const terms = new Map<string, number>();
  for (const b of bigrams(question)) if (!STOP_BIGRAMS.has(b)) terms.set(b, (terms.get(b) ?? 0) + 1);
  for (const t of extra) for (const b of bigrams(t)) if (!terms.has(b)) terms.set(b, 0.5);
  for (const [re, words] of ANSWER_WORDS) {
    if (!re.test(question)) continue;
    for (const w of words) terms.set(w, Math.max(terms.get(w) ?? 0, 1.5));
  }
  return terms;
}

/** Wants a figure: 多少钱, 几个月, 最多, 标准 … */
export function asksForFigure(question: string): boolean {
  return /多少|几|最多|最长|最高|标准|金额|比例|上限|百分之|%/.test(question);
}

interface Fragment {
  text: string;
  sentence: number;
  score: number;
}

/** The clause cut into fragments, each knowing its sentence. */
function fragmentsOf(clauseText: string, keepUnits: boolean): Fragment[] {
  let text = clauseText;
  // The 责任单位 note closes most clauses; it answers only "who is responsible".
  if (!keepUnits) text = text.replace(/[（(](责任单位|责任分工)[:：][^）)]*[）)]/g, '');
  const out: Fragment[] = [];
  const sentences = text.split(/(?<=[。；;])/).filter((s) => s.replace(/[。；;]/g, '').length > 0);
  sentences.forEach((s, i) => {
    for (const f of s.split(/(?<=[，,：:])/)) if (f.length > 0) out.push({ text: f, sentence: i, score: 0 });
  });
  return out;
}

function scoreFragment(f: string, terms: Map<string, number>, figure: boolean): number {
  let score = 0;
  for (const [t, w] of terms) if (w > 0 && f.includes(t)) score += w * (t.length >= 2 ? 1 : 0.5);
  if (figure && /\d|[一二两三四五六七八九十]+个月/.test(f)) score += 1.5;
  return score;
}

export interface PickOptions {
  /** Longest excerpt, in characters. */
  maxChars?: number;
  /** Extra words to look for (the topic's name, glossary terms). */
  extraTerms?: readonly string[];
  /** Words that say nothing about which part answers (the subsidy's own name, once it is known). */
  ignoreTerms?: readonly string[];
}

/**
 * The best-matching excerpt of a clause for a question: verbatim text, ending with 。
 * Returns the clause's first sentence when nothing matches.
 */
export function pickExcerpt(question: string, clauseText: string, options: PickOptions = {}): string {
  const maxChars = options.maxChars ?? 90;
  const text = clauseText.replace(/\s+/g, '');
  if (/哪个部门|哪些部门|哪个单位|哪些单位|责任单位|谁负责|谁牵头|牵头|负责部门|负责单位/.test(question)) {
    const units = /[（(]((责任单位|责任分工)[:：][^）)]*)[）)]/.exec(text);
    if (units) return finishSentence(units[1]!);
  }
  const frags = fragmentsOf(text, false);
  if (frags.length === 0) return finishSentence(text.slice(0, maxChars));
  const terms = questionTerms(question, options.extraTerms);
  for (const t of options.ignoreTerms ?? []) for (const b of bigrams(t)) terms.delete(b);
  const figure = asksForFigure(question);
  for (const f of frags) f.score = scoreFragment(f.text, terms, figure);

  let best = 0;
  for (let i = 1; i < frags.length; i++) if (frags[i]!.score > frags[best]!.score) best = i;
  const top = frags[best]!.score;

  // Grow within the sentence: neighbours nearly as relevant, or the fragment just before
  // when the best one is too short to stand alone (it usually names the subject).
  let lo = best;
  let hi = best;
  const len = () => frags.slice(lo, hi + 1).reduce((n, f) => n + f.text.length, 0);
  const same = (i: number) => i >= 0 && i < frags.length && frags[i]!.sentence === frags[best]!.sentence;
  for (;;) {
    const before = lo - 1;
    const after = hi + 1;
    const fits = (i: number) => same(i) && len() + frags[i]!.text.length <= maxChars;
    if (fits(before) && (frags[before]!.score >= top * 0.6 || len() < 24)) lo = before;
    else if (fits(after) && frags[after]!.score >= top * 0.6 && top > 0) hi = after;
    else break;
  }
  const excerpt = frags.slice(lo, hi + 1).map((f) => f.text).join('');
  return finishSentence(excerpt);
}

/** Ends an excerpt with 。 in place of a trailing comma or semicolon. */
export function finishSentence(s: string): string {
  const t = s.replace(/[，,；;：:、\s]+$/, '');
  return /[。！？!?）)”]$/.test(t) ? t : `${t}。`;
}
