/**
 * The lexical side's tokenizer, in TypeScript so it runs wherever the code runs (Node,
 * Workers) and the database only stores and ranks terms. Chinese has no spaces, so a text
 * becomes overlapping character bigrams (the workhorse: 培训, 训补, 补贴), single characters
 * (weak evidence, for one-character questions), whole policy-dictionary words found in it
 * (以工代训, 技能大师工作室: precise, longer than a bigram) and Latin/number tokens (2019, 63).
 *
 * Input is expected already normalised (simplified characters, half-width forms).
 */

/** Bump when the term scheme changes: a changed scheme re-indexes. */
export const LEXICAL_VERSION = 'lex-v2';

/** The kind of a term, which sets its weight in a query. */
export type TermKind = 'bigram' | 'unigram' | 'word' | 'token';

const HAN = /\p{Script=Han}/u;
const LATIN_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Characters too common to be evidence on their own. */
const STOP_UNIGRAMS = new Set('的了和与及或在是有为对等中以上下其各把被于之也并就都而'.split(''));

function kindOfChar(ch: string): 'han' | 'alnum' | 'sep' {
  // The common characters without the Unicode property tables: ASCII, and the CJK block of
  // Unicode 1.1 (U+4E00–U+9FA5, every one of them Han).
  const code = ch.charCodeAt(0);
  if (ch.length === 1 && code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) ? 'alnum' : 'sep';
  if (ch.length === 1 && code >= 0x4e00 && code <= 0x9fa5) return 'han';
  if (HAN.test(ch)) return 'han';
  if (LATIN_OR_DIGIT.test(ch)) return 'alnum';
  return 'sep';
}

/** Splits text into runs of Han characters and runs of letters/digits; the rest separates. */
export function runsOf(text: string): { kind: 'han' | 'alnum'; text: string }[] {
  const runs: { kind: 'han' | 'alnum'; text: string }[] = [];
  let current: { kind: 'han' | 'alnum'; text: string } | undefined;
  for (const ch of text.toLowerCase()) {
    const kind = kindOfChar(ch);
    if (kind === 'sep') {
      current = undefined;
      continue;
    }
    if (current && current.kind === kind) current.text += ch;
    else {
      current = { kind, text: ch };
      runs.push(current);
    }
  }
  return runs;
}

export interface TermCounts {
  /** term → occurrences */
  counts: Map<string, number>;
  kinds: Map<string, TermKind>;
  /** Number of bigram/token positions: the document length BM25 normalises by. */
  length: number;
}

function add(out: TermCounts, term: string, kind: TermKind): void {
  out.counts.set(term, (out.counts.get(term) ?? 0) + 1);
  if (!out.kinds.has(term)) out.kinds.set(term, kind);
}

/**
 * Terms of a (normalised) text with their counts. `dictionary` is the policy vocabulary;
 * each occurrence of one of its words (three characters or more — shorter ones are
 * bigrams already) adds the word as a term.
 */
export function termCounts(text: string, dictionary: readonly string[] = []): TermCounts {
  const out: TermCounts = { counts: new Map(), kinds: new Map(), length: 0 };
  for (const run of runsOf(text)) {
    if (run.kind === 'alnum') {
      add(out, run.text, 'token');
      out.length += 1;
      continue;
    }
    const chars = [...run.text];
    for (let i = 0; i < chars.length; i++) {
      if (!STOP_UNIGRAMS.has(chars[i]!)) add(out, chars[i]!, 'unigram');
      if (i + 1 < chars.length) {
        add(out, chars[i]! + chars[i + 1]!, 'bigram');
        out.length += 1;
      }
    }
    if (chars.length === 1) out.length += 1;
  }
  const lower = text.toLowerCase();
  for (const w of dictionaryWords(dictionary)) {
    let from = 0;
    for (;;) {
      const at = lower.indexOf(w, from);
      if (at < 0) break;
      add(out, w, 'word');
      from = at + w.length;
    }
  }
  return out;
}

/** A dictionary's words of three characters or more, lowercased: made once per dictionary, not per text. */
const WORDS_OF = new WeakMap<readonly string[], readonly string[]>();
function dictionaryWords(dictionary: readonly string[]): readonly string[] {
  let words = WORDS_OF.get(dictionary);
  if (!words) {
    words = dictionary.filter((word) => [...word].length >= 3).map((word) => word.toLowerCase());
    WORDS_OF.set(dictionary, words);
  }
  return words;
}

/** How much a query term of each kind counts: dictionary words most, single characters least. */
export const QUERY_TERM_WEIGHT: Record<TermKind, number> = { word: 1.5, bigram: 1, token: 1, unigram: 0.2 };

/**
 * Words that make a sentence a question but say nothing about its subject (什么, 怎么, 吗 …).
 * They are cut out of questions (not of clauses) before terms are taken, so they neither
 * match by chance nor form bigrams with their neighbours (有什, 么培).
 */
export const QUESTION_WORDS: readonly string[] = [
  '请问', '请教', '咨询', '想问', '问一下', '我想', '我们', '你们', '咱们', '一下', '有没有', '是不是', '能不能', '可不可以',
  '会不会', '要不要', '什么样', '什么', '怎么样', '怎么办', '怎么', '怎样', '如何', '哪些', '哪个', '哪里', '哪儿', '多少',
  '几个', '是否', '能否', '可以', '吗', '呢', '吧', '啊', '呀', '嘛', '么', '哪', '谁', '的话',
];
const QUESTION_WORD_PATTERN = new RegExp(
  [...QUESTION_WORDS].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
  'g',
);

// 有 in a question is the verb of "is there" (家政的有培训吗, 学技术有补贴不): its bigrams with the
// next word (有培, 有补) match policy phrases by chance (确有培训需求). Kept where it is part of a
// word (没有, 具有, 有关, 有效 …).
const BARE_YOU = /(?<![没具所享拥确占还])有(?![关效序机力的])/g;

/** A question without its question words (each replaced by a space, a term boundary). */
export function stripQuestionWords(text: string): string {
  return text.replace(QUESTION_WORD_PATTERN, ' ').replace(BARE_YOU, ' ');
}

/** A query as weighted terms (repeats add up, capped so one word typed twice does not dominate). */
export function queryTerms(text: string, dictionary: readonly string[] = []): { term: string; weight: number }[] {
  const { counts, kinds } = termCounts(stripQuestionWords(text), dictionary);
  const out: { term: string; weight: number }[] = [];
  for (const [term, count] of counts) {
    out.push({ term, weight: QUERY_TERM_WEIGHT[kinds.get(term)!] * Math.min(count, 2) });
  }
  return out;
}

/** BM25 parameters. */
export const BM25 = { k1: 1.2, b: 0.75 } as const;

/** BM25 idf of a term found in `df` of `n` documents (never negative). */
export function bm25Idf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** BM25's saturated, length-normalised term frequency. */
export function bm25Impact(tf: number, length: number, avgLength: number): number {
  const norm = 1 - BM25.b + (BM25.b * length) / (avgLength || 1);
  return (tf * (BM25.k1 + 1)) / (tf + BM25.k1 * norm);
}

/**
 * At most this many postings per term are stored: the highest-impact ones, so a term found in
 * thousands of clauses (培训, 技能) keeps the clauses where it weighs most. It bounds what a
 * query reads per term whatever the corpus size, and keeps a term's row small enough to be
 * stored inline rather than TOASTed (two 128-element arrays ≈ 1 KB, read without
 * decompression). The policy itself has far fewer clauses than this, so nothing is cut there.
 */
export const MAX_POSTINGS = 128;

export interface TermRow {
  term: string;
  idf: number;
  df: number;
  seqs: number[];
  impacts: number[];
}

/**
 * Builds the rows of `lexical_terms` for a generation from each clause's term counts
 * (indexed by seq): idf per term and postings ordered by impact, highest first.
 */
export function buildTermRows(docs: readonly TermCounts[]): { rows: TermRow[]; avgLength: number } {
  const n = docs.length;
  const avgLength = n === 0 ? 0 : docs.reduce((s, d) => s + d.length, 0) / n;
  const postings = new Map<string, { seq: number; impact: number }[]>();
  docs.forEach((d, seq) => {
    for (const [term, tf] of d.counts) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push({ seq, impact: bm25Impact(tf, d.length, avgLength) });
    }
  });
  const rows: TermRow[] = [];
  for (const [term, list] of postings) {
    list.sort((a, b) => b.impact - a.impact || a.seq - b.seq);
    const kept = list.slice(0, MAX_POSTINGS);
    rows.push({
      term,
      idf: bm25Idf(n, list.length),
      df: list.length,
      seqs: kept.map((p) => p.seq),
      impacts: kept.map((p) => Math.round(p.impact * 10_000) / 10_000),
    });
  }
  return { rows, avgLength };
}
