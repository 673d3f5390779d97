/**
 * 岗前补贴 残疾那个领过 其他的没领: "the others" are every hired group the message has not said
 * anything of on that point, not only the one named last. Read after the hires, so each such row
 * gets the statement made of the rest.
 */
import { put, type ReadingContext } from './context.js';

/** "The others / the rest did (not) claim", said of the pre-job subsidy. */
/** One pattern for both readers of "the others" (this one and read-facts' after a named row); group 5 is the denial. */
// (其他的没有, after a claim said of one row: the verb is the one just said.)
export const THE_OTHERS_SAID = /(其他|其它|其余|剩下|剩余|别的|另外)(的|那些|这些|那几个|几个|几拨|那几拨|俩|仨|那俩|那仨|两个|[\d一二两三四五六七八九十]个)?(人|都|几个)?(都|也|全|全都)?(没有|没|未|从没|不曾)?(?:(领|申请|申领|拿|享受|报)(过|了)?|(?<=没有|没)(?=$|[,;。\s]))/;
const THE_OTHERS = new RegExp(THE_OTHERS_SAID.source, 'g');

/** Gives the rows still silent on the pre-job subsidy what the message says of "the others". */
export function readTheOthers(ctx: ReadingContext): void {
  if (!/岗前/.test(ctx.t) || ctx.patch.hires.length < 2) return;
  for (const m of ctx.t.matchAll(THE_OTHERS)) {
    const claimed = m[5] === undefined;
    const at = m.index ?? 0;
    ctx.patch.hires.forEach((row, i) => {
      if (row.preJobTrainingSubsidy === undefined) put(ctx, `hires[${i}].preJobTrainingSubsidy`, claimed, at, at + m[0].length);
    });
    // Said of the rest, not of everyone: a default for all rows would overwrite the one named.
    if (ctx.patch.hires.some((row) => row.preJobTrainingSubsidy !== claimed)) {
      delete (ctx.patch.hireDefaults as Record<string, unknown>).preJobTrainingSubsidy;
      ctx.facts = ctx.facts.filter((f) => f.path !== 'hires[].preJobTrainingSubsidy');
    }
  }
}
