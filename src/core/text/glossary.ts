/**
 * The words people use, mapped to the words the policy uses: a worker asks about 当兵退伍 or
 * 退休金, the plan says 退役军人 and 养老金. Retrieval expands a question with the policy terms
 * it implies, so lexical and vector search both see the document's vocabulary. The words are
 * the packs' (src/packs/<id>/vocabulary.ts); this module applies them.
 */
import type { GlossaryGroup } from '../rules/pack.js';
import { VOCABULARY } from '../rules/registry.js';
import { normalizeText } from './normalize.js';

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

/** Whether `word` occurs in `q` somewhere other than inside a longer policy term (单位 in 责任单位). */
function occursOnItsOwn(q: string, word: string): boolean {
  for (let at = q.indexOf(word); at >= 0; at = q.indexOf(word, at + 1)) {
    const inside = NORMALIZED_POLICY_TERMS.some((t) => {
      if (t.length <= word.length || !t.includes(word)) return false;
      for (let s = q.indexOf(t); s >= 0; s = q.indexOf(t, s + 1)) if (s <= at && at + word.length <= s + t.length) return true;
      return false;
    });
    if (!inside) return true;
  }
  return false;
}

/** Expansions of recent questions: one answer expands its question in several stages (search, the clause check, resolve). */
const RECENT_MAX = 256;
const recent = new Map<string, QueryExpansion>();
/**
 * What every form of personal data the masker knows holds (answer/mask.ts): four digits in a
 * row or an @. A question with either is expanded afresh each time, never kept here in clear.
 */
const MAY_BE_PERSONAL = /[0-9０-９]{4}|[@＠]/;

/**
 * Normalises a question and adds the policy terms its everyday words imply:
 * `当兵退伍的能补贴吗` → terms [退役军人]; `厂里的农民工` → [企业, 农村转移就业劳动者, …].
 * The result is frozen and may be shared: the same text gives the same object while it is
 * among the last few hundred expanded (unless it may hold personal data, which is not kept).
 */
export function expandQuery(q: string): QueryExpansion {
  if (MAY_BE_PERSONAL.test(q)) return expand(q);
  const hit = recent.get(q);
  if (hit) return hit;
  const expansion = expand(q);
  if (recent.size >= RECENT_MAX) recent.delete(recent.keys().next().value!);
  recent.set(q, expansion);
  return expansion;
}

function expand(q: string): QueryExpansion {
  const normalized = normalizeText(q);
  const terms: string[] = [];
  const words: string[] = [];
  for (const entry of NORMALIZED_GLOSSARY) {
    if (!occursOnItsOwn(normalized, entry.word)) continue;
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
