/**
 * Personal data people sometimes type into a question (mobile numbers, ID card numbers, bank
 * cards, landlines, e-mail addresses) is masked before anything is stored or sent on: the
 * question log keeps what was asked, never who asked.
 *
 * The forms covered are the ones people actually write: `+86 138 1234 5678`, `+8613812345678`,
 * `0086-138…`, `138.1234.5678`, `(138)1234-5678`, an ID number in groups
 * (`410105 19900307 123X`), `(0371)67181234`, `zs@example.com`. Every pattern is linear: each
 * starts only where a run of its characters starts (a look-behind), and every repeat is
 * bounded or separated by a character the repeat cannot eat, so no input makes it backtrack.
 */
import { toHalfWidthDigits } from './chinese-numbers.js';

/** A separator people put between digit groups: space, dash or dot. */
const SEP = '[ \\t.\\-]';

/** Masks an e-mail address, keeping its first letter and its domain (the domain is not personal). */
function maskEmail(m: string): string {
  const at = m.indexOf('@');
  return `${m.slice(0, 1)}***${m.slice(at)}`;
}

const digitsOf = (m: string) => m.replace(/[^\dXx]/g, '');

// Order matters: e-mail first (its digits are not numbers), then the longest numbers, so an ID
// number is not half-masked as a phone.
const PATTERNS: Array<[RegExp, (m: string) => string]> = [
  [/(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/g, maskEmail],
  // 18-character ID (last may be X), written whole or in groups.
  [new RegExp(`(?<!\\d${SEP}?)\\d(?:${SEP}?\\d){16}${SEP}?[\\dXx](?!${SEP}?[\\dXx])`, 'g'), (m) => `${digitsOf(m).slice(0, 3)}***************`],
  // Bank cards: 16–19 digits, possibly grouped in fours.
  [new RegExp(`(?<!\\d)\\d{4}(?:${SEP}?\\d{4}){3}(?:${SEP}?\\d{1,3})?(?!\\d)`, 'g'), () => '****银行卡号****'],
  // The old 15-digit ID.
  [/(?<!\d)\d{15}(?!\d)/g, (m) => `${m.slice(0, 3)}************`],
  // Mainland mobile numbers, with an optional +86 / 0086 / 86 and any grouping.
  [
    new RegExp(`(?<![\\d+])(?:(?:[+＋]|00)?86${SEP}?|\\(\\+?86\\)${SEP}?)?\\(?1[3-9]\\d\\)?${SEP}?\\d{4}${SEP}?\\d{4}(?!\\d)`, 'g'),
    (m) => `${digitsOf(m).slice(-11, -8)}********`,
  ],
  // Landlines: 0371-67181234, (0371)67181234.
  [new RegExp(`(?<!\\d)\\(?0\\d{2,3}\\)?${SEP}?\\d{7,8}(?!\\d)`, 'g'), (m) => `${digitsOf(m).slice(0, 4)}********`],
];

/** The text with e-mail addresses and phone, ID, bank-card and landline numbers replaced by asterisks. */
export function maskPersonalNumbers(text: string): string {
  let out = toHalfWidthDigits(text);
  for (const [re, replace] of PATTERNS) out = out.replace(re, replace);
  return out;
}
