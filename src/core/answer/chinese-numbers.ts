/**
 * Numbers as people and the policy write them: Arabic digits (full- or half-width, with
 * decimals and thousands separators), Chinese numerals (六, 两, 十二, 三百, 十万) and mixed
 * forms (1.5万, 50万). Used by fact extraction and by the numbers check.
 */

const DIGITS: Record<string, number> = {
  // 俩 and 仨 are spoken 两个 and 三个: people type them for counts (招了俩贫困户).
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 俩: 2, 三: 3, 叁: 3, 仨: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 10_000, 亿: 100_000_000 };

/** Characters that can make up a Chinese numeral. */
export const CHINESE_NUMERAL_CHARS = '零〇一壹二贰两俩三叁仨四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿';

/** Full-width digits, dot and percent become ASCII, so one regex reads both. */
export function toHalfWidthDigits(text: string): string {
  return text.replace(/[０-９．％]/g, (ch) => {
    if (ch === '．') return '.';
    if (ch === '％') return '%';
    return String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
  });
}

/**
 * Value of a Chinese numeral such as `六`, `十二`, `两百`, `三千五`, `十万`, `一百零八`;
 * undefined when the text is not one.
 */
export function parseChineseNumeral(text: string): number | undefined {
  if (!text || [...text].some((ch) => !CHINESE_NUMERAL_CHARS.includes(ch))) return undefined;
  // 三百来万 leaves 万 standing alone: a unit with no digit is no figure (十 alone is ten).
  if (text.length === 1 && text !== '十' && text !== '拾' && !(text in DIGITS)) return undefined;
  let total = 0; // completed 万/亿 sections
  let section = 0; // below 万
  let digit: number | undefined;
  let lastUnit = 0;
  for (const ch of text) {
    if (ch in DIGITS) {
      digit = DIGITS[ch]!;
      // 一百零八: after 零 a trailing digit is plain units.
      if (digit === 0) {
        lastUnit = 0;
        digit = undefined;
      }
      continue;
    }
    const small = SMALL_UNITS[ch];
    if (small !== undefined) {
      // 十 alone means 10 (十二 = 12).
      section += (digit ?? 1) * small;
      digit = undefined;
      lastUnit = small;
      continue;
    }
    const big = BIG_UNITS[ch];
    if (big !== undefined) {
      section += digit ?? 0;
      total += (section || 1) * big;
      section = 0;
      digit = undefined;
      lastUnit = big;
      continue;
    }
  }
  if (digit !== undefined) {
    // 三千五 = 3500, 一万五 = 15000: a trailing digit after a unit counts one step below it.
    section += lastUnit >= 100 ? digit * (lastUnit / 10) : digit;
  }
  return total + section;
}

/** One number found in a text, with where it was and its value (万 and 亿 applied). */
export interface NumberMention {
  value: number;
  raw: string;
  index: number;
  /** True when it was written as a percentage (`20%`, `百分之二十`). */
  percent: boolean;
}

// Arabic: 7,200 / 7200 / 1.5 / 50万 / 20%. Chinese: 六个 / 两次 / 十万 / 百分之六十.
const ARABIC = /(\d+(?:,\d{3})*(?:\.\d+)?)\s*(万|亿)?\s*(%)?/g;
const CHINESE = new RegExp(`(百分之)?([${CHINESE_NUMERAL_CHARS}]+)`, 'g');

/** Words after which a Chinese numeral is a quantity, not part of a word like 一线 or 一带一路. */
const MEASURE_AFTER = /(个|次|名|人|元|块|年|月|天|周|项|家|倍|岁|万|亿|%|期|批|位|份|台|套|级|成)/y;

/**
 * Every number in a text. Chinese numerals count only when a measure word follows
 * (`六个月`, `两次`, `十万元`) or they are written as a percentage, so words such as
 * 一线, 一带一路, 二处 and clause numbers like 六(一) are not read as amounts.
 */
export function findNumbers(input: string): NumberMention[] {
  const text = toHalfWidthDigits(input);
  const out: NumberMention[] = [];
  for (const m of text.matchAll(ARABIC)) {
    let value = Number(m[1]!.replace(/,/g, ''));
    if (!Number.isFinite(value)) continue;
    if (m[2] === '万') value *= 10_000;
    if (m[2] === '亿') value *= 100_000_000;
    out.push({ value: round(value), raw: m[0].trim(), index: m.index ?? 0, percent: m[3] === '%' });
  }
  for (const m of text.matchAll(CHINESE)) {
    const word = m[2]!;
    const percent = m[1] === '百分之';
    // (Sticky: tested where the numeral ends, with no copy of the rest of the text.)
    MEASURE_AFTER.lastIndex = (m.index ?? 0) + m[0].length;
    // A lone 万/亿/千/百/十 is not a number by itself (万人次 after digits is handled above).
    if (!/[零〇一壹二贰两俩三叁仨四肆五伍六陆七柒八捌九玖十拾]/.test(word)) continue;
    if (!percent && !MEASURE_AFTER.test(text)) continue;
    // 同一人员, 统一, 第三次: words and ordinals, not quantities.
    const before = text.slice(Math.max(0, (m.index ?? 0) - 1), m.index ?? 0);
    if (before === '第' || (word === '一' && /[同统唯逐专单之某任每]/.test(before))) continue;
    const value = parseChineseNumeral(word);
    if (value === undefined) continue;
    out.push({ value, raw: m[0], index: m.index ?? 0, percent });
  }
  return out.sort((a, b) => a.index - b.index);
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
