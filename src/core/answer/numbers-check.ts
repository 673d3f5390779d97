/**
 * The rule behind every answer: each amount or count stated must appear in a cited clause
 * or in the rules' output. The extractive composer's tests and the LLM guard both use this.
 */
import { findNumbers, type NumberMention } from './chinese-numbers.js';

/** Where a number may legitimately come from. */
export interface NumberSources {
  /** Text of every clause cited with the answer. */
  clauseTexts: readonly string[];
  /** The rules' output (results, amounts, notes) — any JSON value; its numbers and strings count. */
  rulesOutput?: unknown;
  /** Other allowed texts: the document's number and period, the configured hotline. */
  extra?: readonly string[];
}

export interface NumbersCheckResult {
  ok: boolean;
  /** Numbers stated in the answer that no source backs, as written. */
  unbacked: string[];
}

// Text that carries digits but states no amount: document numbers (郑政办〔2019〕63号),
// clause ids with Arabic digits, dates and times written in full.
const NOT_AMOUNTS = [
  /[\u4e00-\u9fa5]{1,6}[〔\[［(（]\d{4}[〕\]］)）]\d+号/g,
  /\d{4}\s*[—–-]\s*\d{4}\s*年?/g,
  /\d{4}年\d{1,2}月\d{1,2}日/g,
  /\d{4}-\d{2}-\d{2}/g,
];

/** The numbers of a text, leaving out document numbers, year ranges and dates. */
export function statedNumbers(text: string): NumberMention[] {
  let cleaned = text;
  for (const re of NOT_AMOUNTS) cleaned = cleaned.replace(re, (m) => ' '.repeat(m.length));
  return findNumbers(cleaned);
}

/** Every number that a source backs: as written, and each string/number inside the rules' output. */
export function allowedNumbers(sources: NumberSources): Set<number> {
  const allowed = new Set<number>();
  const addText = (t: string) => {
    for (const n of findNumbers(t)) {
      allowed.add(n.value);
      // 20% in a clause backs 20% and 0.2 in a computation.
      if (n.percent) allowed.add(Math.round(n.value * 10_000) / 1_000_000);
    }
  };
  for (const t of sources.clauseTexts) addText(t);
  for (const t of sources.extra ?? []) addText(t);
  const walk = (v: unknown): void => {
    if (typeof v === 'number' && Number.isFinite(v)) {
      allowed.add(v);
      // A rate of 0.08 stated as 8%.
      if (v > 0 && v < 1) allowed.add(Math.round(v * 1_000_000) / 10_000);
    } else if (typeof v === 'string') addText(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(sources.rulesOutput);
  return allowed;
}

/** Checks that every number in `answer` is backed by the sources. */
export function checkNumbers(answer: string, sources: NumberSources): NumbersCheckResult {
  const allowed = allowedNumbers(sources);
  const unbacked: string[] = [];
  for (const n of statedNumbers(answer)) {
    if (allowed.has(n.value)) continue;
    unbacked.push(n.raw);
  }
  return { ok: unbacked.length === 0, unbacked };
}
