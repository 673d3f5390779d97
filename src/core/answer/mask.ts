/**
 * Personal numbers people sometimes type into a question (mobile numbers, ID card numbers,
 * bank cards, landlines) are masked before anything is stored: the question log keeps what
 * was asked, never who asked.
 */
import { toHalfWidthDigits } from './chinese-numbers.js';

// Order matters: the longest patterns first, so an ID number is not half-masked as a phone.
const PATTERNS: Array<[RegExp, (m: string) => string]> = [
  // 18-digit ID (last may be X) and the old 15-digit form.
  [/(?<!\d)\d{17}[\dXx](?!\d)/g, (m) => `${m.slice(0, 3)}***********${m.slice(-4).replace(/./g, '*')}`],
  // Bank cards: 16–19 digits, possibly grouped in fours.
  [/(?<!\d)\d{4}(?:[ -]?\d{4}){3}(?:[ -]?\d{1,3})?(?!\d)/g, () => '****银行卡号****'],
  [/(?<!\d)\d{15}(?!\d)/g, (m) => `${m.slice(0, 3)}************`],
  // Mainland mobile numbers, with an optional +86 and spaces or dashes.
  [/(?:\+?86[ -]?)?(?<!\d)1[3-9]\d[ -]?\d{4}[ -]?\d{4}(?!\d)/g, (m) => `${m.replace(/[^\d]/g, '').slice(-11, -8)}********`],
  // Landlines: 0371-12345678.
  [/(?<!\d)0\d{2,3}[ -]?\d{7,8}(?!\d)/g, (m) => `${m.slice(0, 4)}********`],
];

/** The text with phone, ID, bank-card and landline numbers replaced by asterisks. */
export function maskPersonalNumbers(text: string): string {
  let out = toHalfWidthDigits(text);
  for (const [re, replace] of PATTERNS) out = out.replace(re, replace);
  return out;
}
