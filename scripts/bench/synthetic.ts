/**
 * A synthetic corpus for the scale run, made from the real plan: each variant is the same
 * document as another city might have issued it — other city and district names, other
 * figures, the items of each enumeration in another order — so clauses are similar in shape
 * and vocabulary to the real ones but not identical (which would flatter both rankings).
 * Deterministic: the same seed gives the same corpus.
 */
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
  return text.replace(/[^，。；：、\n（）()“”]+(?:、[^，。；：、\n（）()“”]+)+/g, (run) => {
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

/**
 * The `index`-th variant of `doc` (index ≥ 1). Only the body and the identifying metadata
 * change; the document's structure (parts, items, head, tail) stays, so it parses the same way.
 */
export function variantOf(doc: PolicyDocument, index: number, seed = 20_191_202): PolicyDocument {
  const rand = prng(seed + index * 7919);
  const city = CITIES[index % CITIES.length]!;
  const prefix = DOC_PREFIX[index % DOC_PREFIX.length]!;
  const year = 2019 + (index % 3);
  let body = doc.body
    .replaceAll('郑政办〔2019〕63号', `${prefix}〔${year}〕${10 + (index % 90)}号`)
    .replaceAll('郑州', city);
  body = perturbFigures(body, rand);
  body = shuffleEnumerations(body, rand);
  return {
    meta: {
      ...doc.meta,
      id: `synthetic-${String(index).padStart(5, '0')}`,
      title: doc.meta.title.replaceAll('郑州', city),
      docNo: `${prefix}〔${year}〕${10 + (index % 90)}号`,
      source: `synthetic variant ${index} of ${doc.meta.id} (benchmark only)`,
    },
    body,
  };
}

/** `count` variants of `doc`, numbered from 1. */
export function syntheticCorpus(doc: PolicyDocument, count: number, seed?: number): PolicyDocument[] {
  return Array.from({ length: count }, (_, i) => variantOf(doc, i + 1, seed));
}
