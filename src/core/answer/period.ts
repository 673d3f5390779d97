/**
 * The plan's period in answers: a dated question ("2020年…") is answered for that date, and an
 * answer about what someone can get or do, asked after the plan ended, says so once per
 * conversation (the session remembers it was told).
 */
import { POLICY } from '../rules/policy.js';

/** The date a question is about, when it names a year (2020年我们招了… → 2020-12-31), clamped to the plan. */
export function datedAsOf(text: string): string | undefined {
  const m = /(20[0-4]\d)\s*年/.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  // A year inside the plan's period: its last day the plan was in force that year.
  const end = `${year}-12-31`;
  if (end < POLICY.period.from) return undefined;
  return end > POLICY.period.to && year <= Number(POLICY.period.to.slice(0, 4)) ? POLICY.period.to : end;
}

function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** The one line saying the plan has ended, or undefined while it was in force on `asOf`. */
export function periodNote(asOf: string): string | undefined {
  if (asOf <= POLICY.period.to) return undefined;
  return `注意：本方案施行期${chineseDate(POLICY.period.from)}至${chineseDate(POLICY.period.to)}，已结束。`;
}

/** The line for a question dated inside the plan's period. */
export function datedNote(asOf: string): string | undefined {
  if (asOf < POLICY.period.from || asOf > POLICY.period.to) return undefined;
  return `按您问的年份回答：当时方案在施行期内（${chineseDate(POLICY.period.from)}至${chineseDate(POLICY.period.to)}）。`;
}
