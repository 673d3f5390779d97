/**
 * 一线工人培训花了四十万: the part of the education fund spent on front-line training, told as a sum.
 * 六(二) asks that 60 % or more of the fund go to front-line staff; with the fund known, the sum is
 * that share of it (never a figure of its own to pay or deduct).
 */
import { NUM, yuanOf } from './facts/quantities.js';

const FRONTLINE_SUM = new RegExp(`一线(?:工人|职工|员工|的)?[^,，;；。？?\\d]{0,6}?(?:花了|用了|花|用|投了|投入了?|支出了?|占了?)(?:大概|差不多)?(${NUM})\\s*(万|千)?(?:元|块)?`);

/** The sum told as spent on front-line training, in yuan; undefined when none is told exactly. */
export function frontlineSpent(text: string): { yuan: number; words: string } | undefined {
  const m = FRONTLINE_SUM.exec(text);
  if (!m || /多|来|几/.test(text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 1))) return undefined;
  const yuan = yuanOf(m[1]!, m[2]);
  // (一线用了一半: a share, read elsewhere; a sum needs its unit or a size of its own.)
  if (yuan === undefined || (m[2] === undefined && yuan < 1000)) return undefined;
  return { yuan, words: m[0] };
}

/** The share of the fund that sum is, rounded to four places; undefined beyond the fund itself. */
export function shareOfFund(spent: number, fund: number): number | undefined {
  if (!(fund > 0) || spent > fund) return undefined;
  return Math.round((spent / fund) * 10_000) / 10_000;
}
