/**
 * The words people use, mapped to the words the policy uses: a worker asks about 当兵退伍 or
 * 退休金, the plan says 退役军人 and 养老金. Retrieval expands a question with the policy terms
 * it implies, so lexical and vector search both see the document's vocabulary. The words are
 * the packs' (src/packs/<id>/vocabulary.ts); this module applies them.
 */
import type { GlossaryGroup } from '../rules/pack.js';
import { VOCABULARY } from '../rules/registry.js';
import { normalizeText } from './normalize.js';
import { memoByText } from '../cache/text-memo.js';

/** One everyday word and the policy terms it stands for. */
export interface GlossaryEntry {
  word: string;
  terms: readonly string[];
}

/** Everyday words grouped by the policy terms they imply: every pack's vocabulary (each word is one glossary entry). */
const GROUPS: readonly GlossaryGroup[] = VOCABULARY.glossary;

/** Every glossary entry, one per everyday word. */
export const GLOSSARY: readonly GlossaryEntry[] = GROUPS.flatMap(([words, terms]) => words.map((word) => ({ word, terms })));

/** Multi-character terms of the documents (every pack's), for a lexical indexer that segments Chinese with a dictionary. */
export const POLICY_TERMS: readonly string[] = VOCABULARY.terms;

/** What a question expands to: the normalised question and the policy terms it implies. */
export interface QueryExpansion {
  /** The question after `normalizeText`. */
  readonly normalized: string;
  /** Policy terms implied by everyday words in the question, not already in it, in glossary order. */
  readonly terms: readonly string[];
  /** The everyday words found (those that implied a term). */
  readonly words: readonly string[];
  /** `normalized` followed by the added terms, space-separated: what to search for. */
  readonly text: string;
}

const NORMALIZED_GLOSSARY = GLOSSARY.map((e) => ({ word: normalizeText(e.word), terms: e.terms.map(normalizeText) }));
const NORMALIZED_POLICY_TERMS = POLICY_TERMS.map(normalizeText);

/**
 * For each glossary word, the longer policy terms that contain it (in policy-term order): found
 * once here, not by scanning every policy term for every place a word occurs in a question.
 */
const LONGER_TERMS: readonly (readonly string[])[] = NORMALIZED_GLOSSARY.map((e) =>
  NORMALIZED_POLICY_TERMS.filter((t) => t.length > e.word.length && t.includes(e.word)),
);

/**
 * Whether `word` occurs in `q` somewhere other than inside a longer policy term (单位 in 责任单位);
 * `longer` holds the policy terms longer than `word` that contain it.
 */
function occursOnItsOwn(q: string, word: string, longer: readonly string[]): boolean {
  for (let at = q.indexOf(word); at >= 0; at = q.indexOf(word, at + 1)) {
    const inside = longer.some((t) => {
      for (let s = q.indexOf(t); s >= 0; s = q.indexOf(t, s + 1)) if (s <= at && at + word.length <= s + t.length) return true;
      return false;
    });
    if (!inside) return true;
  }
  return false;
}

/** The glossary entries by the first UTF-16 unit of their word (an empty word would be under ''). */
const BY_FIRST = new Map<string, number[]>();
NORMALIZED_GLOSSARY.forEach((e, i) => {
  const first = e.word.slice(0, 1);
  const list = BY_FIRST.get(first);
  if (list) list.push(i);
  else BY_FIRST.set(first, [i]);
});

/**
 * The glossary entries whose word starts with a character of `q`, in glossary order: only they
 * can occur in it. A question has a few dozen characters and the glossary some three hundred
 * words, so this spares most of the searches for a word.
 */
function entriesStartingIn(q: string): number[] {
  const marked = new Uint8Array(NORMALIZED_GLOSSARY.length);
  for (const e of BY_FIRST.get('') ?? []) marked[e] = 1;
  for (let i = 0; i < q.length; i++) {
    const list = BY_FIRST.get(q[i]!);
    if (list) for (const e of list) marked[e] = 1;
  }
  const out: number[] = [];
  for (let e = 0; e < marked.length; e++) if (marked[e]) out.push(e);
  return out;
}

/**
 * Normalises a question and adds the policy terms its everyday words imply:
 * `当兵退伍的能补贴吗` → terms [退役军人]; `厂里的农民工` → [企业, 农村转移就业劳动者, …].
 * The result is frozen and may be shared: the same text gives the same object while it is
 * among the last few hundred expanded (unless it may hold personal data, which is not kept:
 * text-memo.ts). One answer expands its question in several stages (search, the clause check,
 * resolve).
 */
export function expandQuery(q: string): QueryExpansion {
  return recent(q);
}

const recent = memoByText((q: string) => expand(q), { max: 256, personal: true });

function expand(q: string): QueryExpansion {
  const normalized = normalizeText(q);
  const terms: string[] = [];
  const words: string[] = [];
  for (const e of entriesStartingIn(normalized)) {
    const entry = NORMALIZED_GLOSSARY[e]!;
    if (!occursOnItsOwn(normalized, entry.word, LONGER_TERMS[e]!)) continue;
    let added = false;
    for (const t of entry.terms) {
      if (terms.includes(t) || normalized.includes(t)) continue;
      terms.push(t);
      added = true;
    }
    if (added && !words.includes(entry.word)) words.push(entry.word);
  }
  Object.freeze(terms);
  Object.freeze(words);
  return Object.freeze({ normalized, terms, words, text: [normalized, ...terms].join(' ') });
}
