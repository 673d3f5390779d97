/**
 * A synthetic corpus for the scale run, made from the real plan: each variant is the same
 * document as another city might have issued it — other city names, other figures, some
 * sentences of each clause left out and sentences of other clauses added, the items of each
 * enumeration in another order — so clauses are similar in shape and vocabulary to the real
 * ones but not identical (identical copies would make both rankings and HNSW trivially easy,
 * near-copies pathologically hard).
 * Deterministic: the same seed gives the same corpus.
 */
import { cleanParagraphs } from '../../src/core/corpus/clean.js';
import type { PolicyDocument } from '../../src/core/corpus/types.js';

const CITIES = [
  '洛阳', '开封', '新乡', '许昌', '平顶山', '安阳', '鹤壁', '焦作', '濮阳', '漯河', '三门峡', '南阳',
  '商丘', '信阳', '周口', '驻马店', '济源', '郑东', '航空港', '巩义', '荥阳', '新密', '新郑', '登封', '中牟',
];
const DOC_PREFIX = ['洛政办', '汴政办', '新政办', '许政办', '平政办', '安政办', '鹤政办', '焦政办', '濮政办', '漯政办'];

/** mulberry32: a small seeded PRNG, enough for reproducible shuffles. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], rand: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** Reorders the items of `、`-separated enumerations (within one sentence-like span). */
function shuffleEnumerations(text: string, rand: () => number): string {
  return text.replace(/[^，。；：、\n（）()“”〔〕]+(?:、[^，。；：、\n（）()“”〔〕]+)+/g, (run) => {
    const items = run.split('、');
    // `三、突出重点…` is a part heading, not an enumeration: keep it.
    if (items.some((it) => /^\s*[一二三四五六七八九十]+\s*$/.test(it))) return run;
    return shuffle(items, rand).join('、');
  });
}

/** Changes free-standing figures (not the year, not clause numbering) by up to ±40 %. */
function perturbFigures(text: string, rand: () => number): string {
  return text.replace(/(\d+(?:\.\d+)?)(\s*)(万|%|名|人|个|元|次)/g, (_m, num: string, sp: string, unit: string) => {
    const n = Number(num);
    const factor = 0.6 + rand() * 0.8;
    const v = num.includes('.') ? (n * factor).toFixed(1) : String(Math.max(1, Math.round(n * factor)));
    return `${v}${sp}${unit}`;
  });
}

/** Item paragraphs: `(五) 实施…。…。(责任单位：…)` once cleaned. */
const ITEM = /^[(（][一二三四五六七八九十]+[)）]/;

/** Splits a paragraph into sentences, keeping each sentence's closing mark. */
function sentences(paragraph: string): string[] {
  return paragraph.match(/[^。；]+[。；]?/g) ?? [paragraph];
}

/**
 * Varies the body sentences of every paragraph of three or more sentences: the first
 * sentence (an item's heading) and the last (its responsibility note) stay; each sentence
 * between is kept with probability 0.6, and one to three sentences of other items are added
 * at random places. Variants of one clause then share their heading and some of their
 * sentences, as the same programme in two cities' plans would, without being near-copies.
 */
function varySentences(paragraphs: string[], rand: () => number): string[] {
  const pool = paragraphs
    .filter((p) => ITEM.test(p))
    .flatMap((p) => sentences(p).slice(1, -1))
    .filter((x) => x.endsWith('。') && !/[(（]责/.test(x));
  return paragraphs.map((p) => {
    const parts = sentences(p);
    if (parts.length < 3) return p;
    const head = parts[0]!;
    const tail = parts[parts.length - 1]!;
    const middle = parts.slice(1, -1).filter(() => rand() < 0.6);
    const borrowed = pool.length ? 1 + Math.floor(rand() * 3) : 0;
    for (let i = 0; i < borrowed; i++) {
      middle.splice(Math.floor(rand() * (middle.length + 1)), 0, pool[Math.floor(rand() * pool.length)]!);
    }
    return [head, ...middle, tail].join('');
  });
}

/**
 * The `index`-th variant of `doc` (index ≥ 1). Only the body and the identifying metadata
 * change; the document's structure (parts, items, head, tail) stays, so it parses the same way.
 */
export function variantOf(doc: PolicyDocument, index: number, seed = 20_191_202): PolicyDocument {
  const rand = prng(seed + index * 7919);
  const city = CITIES[index % CITIES.length]!;
  const prefix = DOC_PREFIX[index % DOC_PREFIX.length]!;
  const year = 2019 + (index % 3);
  const docNo = `${prefix}〔${year}〕${10 + (index % 90)}号`;
  const paragraphs = varySentences(cleanParagraphs(doc.body), rand).map((p) =>
    shuffleEnumerations(perturbFigures(p.replaceAll('郑政办〔2019〕63号', docNo).replaceAll('郑州', city), rand), rand),
  );
  return {
    meta: {
      ...doc.meta,
      id: `synthetic-${String(index).padStart(5, '0')}`,
      title: doc.meta.title.replaceAll('郑州', city),
      docNo,
      source: `synthetic variant ${index} of ${doc.meta.id} (benchmark only)`,
    },
    body: paragraphs.join('\n\n'),
  };
}

/** `count` variants of `doc`, numbered from 1. */
export function syntheticCorpus(doc: PolicyDocument, count: number, seed?: number): PolicyDocument[] {
  return Array.from({ length: count }, (_, i) => variantOf(doc, i + 1, seed));
}
