/**
 * 村里贴的标语写着 补贴培训进系统 系统之外零补贴 俺木看懂: a passage the person presents as
 * written or said (quotation marks, 写着, 标语, 上面说) that copies the plan's words is the plan's
 * own — the question is about that clause, never another policy's, and the words in it (进系统) are
 * no facts of the asker's.
 */
import type { QuotesPlan } from '../plan-words.js';
import type { FactReading } from './read-facts.js';
import { setPatchAt } from './facts/set-path.js';

/** What the message presents as written or said: in quotation marks, or after 写着 / 标语 / 上面说. */
const QUOTED_SEGMENT = /[“"「]([^”"」]{4,})[”"」]|(?:写着|写的是|标语|横幅|上面说|上头说)[：:，,\s]*([^。！？?!]{4,})/g;

/** Takes out the facts whose words lie in a passage the message quotes from the plan (not hires: their rows stay whole). */
export function dropQuotedFacts(reading: FactReading, text: string, quotesPlan: QuotesPlan): void {
  const spans = [...text.matchAll(QUOTED_SEGMENT)].map((m) => ({ from: m.index ?? 0, to: (m.index ?? 0) + m[0].length, body: m[1] ?? m[2] ?? '' })).filter((x) => quotesPlan(x.body));
  if (spans.length === 0) return;
  for (const e of [...reading.evidence]) {
    if (/^hires\[/.test(e.path) || e.path === 'entity') continue;
    const at = text.indexOf(e.words);
    if (at < 0 || !spans.some((x) => at >= x.from && at + e.words.length <= x.to)) continue;
    reading.evidence = reading.evidence.filter((x) => x !== e);
    setPatchAt(reading.patch, e.path, undefined);
    delete (reading.patch.person as Record<string, unknown>)[e.path];
    delete (reading.patch.employer as Record<string, unknown>)[e.path];
  }
}

/** True when the message quotes the plan: a passage it presents as written or said that copies the plan's words. */
export function quotesThePlan(text: string, quotesPlan: QuotesPlan | undefined): boolean {
  return quotesPlan !== undefined && [...text.matchAll(QUOTED_SEGMENT)].some((m) => quotesPlan(m[1] ?? m[2] ?? ''));
}

