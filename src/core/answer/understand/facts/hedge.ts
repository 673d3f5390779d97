/**
 * "可能是职工教育经费 也可能是自有资金" / "要么交了要么没交" / "不是X就是Y": a fact offered both ways
 * is not known. Whatever a reader took from inside such a hedge is taken back and left open, so
 * the dialogue asks instead of deciding on one of the two guesses.
 */
import { markUnknown, takeBack, type ReadingContext } from './context.js';

/** Two alternatives offered for one fact. */
const HEDGE = /(可能|也许|或许|兴许)(是)?[^,;。]{1,14}?[,;]?(也|又|或者|还)(有)?(可能|也许|或许)(是)?[^,;。]{1,14}|要么[^,;。]{1,12}要么[^,;。]{1,12}|不是[^,;。]{1,10}就是[^,;。]{1,10}|(或者是|或是)[^,;。]{1,12}(说不准|不确定|不清楚|拿不准|记不清)/g;

/** Takes back the facts read inside a hedge and marks them unknown. */
export function readHedges(ctx: ReadingContext): void {
  for (const m of ctx.t.matchAll(HEDGE)) {
    const from = m.index ?? 0;
    const to = from + m[0].length;
    const inside = [...new Set(ctx.facts.filter((f) => f.end > from && f.start < to && typeof f.value === 'boolean').map((f) => f.path))];
    for (const path of inside) {
      takeBack(ctx, path);
      if (!/^(hires|equipment)\[/.test(path)) {
        const top = ctx.employer ? (ctx.patch.employer as Record<string, unknown>) : (ctx.patch.person as Record<string, unknown>);
        delete top[path];
      }
      markUnknown(ctx, path);
    }
  }
}
