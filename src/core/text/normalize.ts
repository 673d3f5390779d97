/**
 * Normalisation applied to questions and to indexed text alike, so that the same words match
 * however they were typed: full-width ASCII to half-width, traditional characters to
 * simplified, lowercase, single spaces.
 *
 * Traditional → simplified is OpenCC's own t2s data (opencc-js): its phrase table first (so
 * 乾淨 → 干净 but 乾隆 stays), then its character table. Only those two dictionaries are imported —
 * no regional variant tables, which would also rewrite simplified text (著名 → 着名) — so the Worker
 * bundle carries about 40 KB of data and no Node API.
 */
import { ConverterFactory } from 'opencc-js/core';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import { memoByText } from '../cache/text-memo.js';

// Built lazily: the tries take a few milliseconds to build, and many code paths never need them.
let convert: ((s: string) => string) | undefined;

/**
 * Full-width ASCII (！…～) and the ideographic space to their half-width forms; keycap emoji
 * (3️⃣, 🔟), which phones offer as digits, to the digits they show.
 */
export function toHalfWidth(s: string): string {
  if (/[\u20e3\u{1f51f}]/u.test(s)) s = s.replace(/([0-9])\ufe0f?\u20e3/g, '$1').replace(/\u{1f51f}/gu, '10');
  return s.replace(/[\uff01-\uff5e\u3000]/g, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** Simplified characters for traditional ones (OpenCC t2s); simplified text comes back unchanged. */
export function toSimplified(s: string): string {
  // Pure ASCII, and most questions, need no trie walk at all.
  if (!/[\u3400-\u9fff\uf900-\ufaff]/.test(s)) return s;
  convert ??= ConverterFactory([TSPhrases, TSCharacters]);
  return convert(s);
}

/**
 * The one normalisation search uses on both the question and the indexed text:
 * half-width ASCII, simplified characters, lowercase, whitespace collapsed and trimmed.
 */
export function normalizeText(s: string): string {
  return normalized(s);
}

// One answer normalises its question in several stages (reading it, routing it, the glossary,
// the clause check): the last few hundred results are kept, never a text that may hold
// personal data (text-memo.ts).
const normalized = memoByText(
  (s: string): string =>
    toSimplified(toHalfWidth(s.normalize('NFC')))
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim(),
  { max: 512, personal: true },
);
