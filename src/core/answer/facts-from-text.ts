/**
 * Facts about the asker read from what they typed, in the eligibility contract's terms:
 * 退役军人 → groups veteran, 招了6个贫困户 → hires [{poor_labor, 6}], 干了半年 → monthsEmployed 6,
 * 有证 → certificate, 今年补过两次 → subsidizedTrainingsThisYear 2, 设备100万 → equipment value …
 *
 * The reader itself lives in understand/facts/ (see read.ts there); this module keeps the names
 * the rest of the answer code imports. Use `readFacts` (understand/read-facts.ts) to also get
 * the words each fact came from, the facts left open and whether the message corrects itself.
 */
import { parseChineseNumeral } from './chinese-numbers.js';
import { readText } from './understand/facts/read.js';

export { emptyPatch, patchHasFacts, type FactPatch } from './understand/facts/patch.js';
import type { FactPatch } from './understand/facts/patch.js';

/** Value of a number as typed (Arabic or Chinese); undefined if it is neither. */
export function parseNumber(raw: string): number | undefined {
  const s = raw.trim();
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  return parseChineseNumeral(s);
}

/**
 * Reads every fact the text states. `audience` is what the dialogue already knows (an employer
 * answering 干了半年 speaks about its hires even without saying 公司 again).
 */
export function extractFacts(input: string, audience?: 'person' | 'employer'): FactPatch {
  return readText(input, audience).patch;
}
