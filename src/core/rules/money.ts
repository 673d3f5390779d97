/**
 * Exact money arithmetic. Amounts are carried as BigInt in units of 1/10 000 yuan (a hundredth
 * of a fen) so that an integer percentage of any fen amount is still exact: 20 % of
 * 1 234 567 元 is exactly 246 913.40 元. Only the final amount is rounded, by one stated rule.
 */

/** Units of 1/10 000 yuan per yuan. */
const SCALE = 10_000n;

/** The rounding rule every computed amount follows, in the words shown to users. */
export const ROUNDING_RULE = '金额按分精确计算，最后向下取整到元（不足 1 元的部分不计）';

/** An exact amount in 1/10 000 yuan. */
export type Exact = bigint;

/** Exact amount of a yuan figure given with at most two decimals (validated at the edge). */
export function fromYuan(yuan: number): Exact {
  // Fen is an integer by validation; Math.round only removes binary noise such as 1234.56 * 100.
  return BigInt(Math.round(yuan * 100)) * (SCALE / 100n);
}

/** Exact `percent` % of an amount; `percent` is a whole number as the document states it. */
export function percentOf(amount: Exact, percent: number): Exact {
  // amount is a whole fen (a multiple of 100 units) by validation, so amount × percent / 100 is
  // a whole unit: exact. (Were it not, BigInt division would round down, as the final rule does.)
  const product = amount * BigInt(percent);
  return product / 100n;
}

export function minExact(a: Exact, b: Exact): Exact {
  return a < b ? a : b;
}

/** The stated rounding: down to whole yuan. */
export function floorYuan(amount: Exact): number {
  if (amount < 0n) throw new RangeError('negative amount');
  return Number(amount / SCALE);
}

/** Whether an amount has a fraction of a yuan (so the rounding actually dropped something). */
export function hasFraction(amount: Exact): boolean {
  return amount % SCALE !== 0n;
}

/** `246913.40` for an exact amount: whole yuan plus fen, two decimals when there are any. */
export function formatExact(amount: Exact): string {
  const whole = amount / SCALE;
  const rest = amount % SCALE;
  if (rest === 0n) return whole.toString();
  // Four decimals are kept internally; show fen, and a finer tail only if there is one.
  let frac = rest.toString().padStart(4, '0');
  frac = frac.endsWith('00') ? frac.slice(0, 2) : frac.replace(/0+$/, '');
  return `${whole}.${frac}`;
}

/** A yuan figure as the document writes it in notes: `500000`, `1234567.5`. */
export function formatYuan(yuan: number): string {
  return formatExact(fromYuan(yuan));
}

/**
 * A share (0..1) as the exact decimal the client wrote: digits × 10^-scale. JavaScript prints a
 * number as the shortest decimal that reads back to it, which is the decimal given in the JSON.
 */
function decimalOf(share: number): { digits: bigint; scale: number } {
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(share));
  if (!m) throw new RangeError(`not a non-negative finite number: ${share}`);
  const frac = m[2] ?? '';
  let digits = BigInt(m[1]! + frac);
  let scale = frac.length - Number(m[3] ?? 0);
  if (scale < 0) {
    digits *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { digits, scale };
}

/**
 * Whether a share reaches `percent` %, compared exactly as written: 0.59996 is under 60 %, 0.6 is
 * not. (Rounding to hundredths of a percent first would put 0.59996 at 60.00 %.)
 */
export function shareAtLeastPercent(share: number, percent: number): boolean {
  const { digits, scale } = decimalOf(share);
  return digits * 100n >= BigInt(percent) * 10n ** BigInt(scale);
}

/** A share as an exact percentage without rounding: 0.59996 → `59.996`, 0.6 → `60`. */
export function formatSharePercent(share: number): string {
  const { digits, scale } = decimalOf(share);
  const hundred = digits * 100n;
  if (scale === 0) return hundred.toString();
  const unit = 10n ** BigInt(scale);
  const whole = hundred / unit;
  const frac = (hundred % unit).toString().padStart(scale, '0').replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : whole.toString();
}
