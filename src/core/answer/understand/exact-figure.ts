/**
 * The exact figure for a fact said only roughly the turn before ("职工教育经费提了90多万" →
 * "准确数是93.6万"): the reader left the rough figure open, and the message after it names no
 * fact of its own — only that it is the exact one. Placed at the one fact left rough; with none
 * or several, nothing is placed (the reader's own reading, or a question, decides).
 */
import { spokenForms } from './facts/prepare.js';
import { NUM, numberValue, yuanOf } from './facts/quantities.js';

/** Words saying the figure is the exact one (准确数是, 具体是, 精确的说). */
const EXACT = new RegExp(`^(?:那个|那)?(?:准确|确切|具体|精确|实际)(?:的|地)?(?:数|数字|数目|金额|说)?(?:是|为|应该是)?[:：,，\\s]*(?<figure>${NUM})\\s*(?<large>万|千|亿)?\\s*(?:元|块)?(?<unit>个月|个|月|人|名)?[。.!！]*$`);

/** The fact a rough figure was said for, and its exact value from this message; undefined when the message is none. */
export function exactForRough(message: string, roughPaths: readonly string[] | undefined): { path: string; value: number; words: string } | undefined {
  if (roughPaths?.length !== 1) return undefined;
  const path = roughPaths[0]!;
  const m = EXACT.exec(spokenForms(message.replace(/\s+/g, '')).trim());
  if (!m) return undefined;
  const money = /Yuan$/.test(path);
  const months = /(monthsEmployed|onJobTrainingMonths)$/.test(path);
  const count = /\.count$/.test(path);
  const { figure, large, unit = '' } = m.groups!;
  // The unit must fit the fact: 93.6万 for a sum, 7个月 for months, 12个 for a head count.
  if (money && unit !== '') return undefined;
  if (months && !/月/.test(unit)) return undefined;
  if (count && !/^(个|人|名)$/.test(unit)) return undefined;
  if (!money && !months && !count) return undefined;
  const value = money ? (/[万亿]/.test(figure!) ? numberValue(figure!) : yuanOf(figure!, large)) : numberValue(figure!);
  if (value === undefined || !(value > 0)) return undefined;
  return { path, value, words: m[0] };
}

/** 是五个 / 一共5个人 / 总共是六名: a head count standing as a clause of its own. */
const COUNT_ALONE = new RegExp(`^(?:查了|问了|对了|数了)?[^,，。;；]{0,6}?(?:是|一共|总共|共|一共是|总共是|正好|刚好|就)(?<figure>${NUM})(?:个|名|位)(?:人)?(?:吧|啊|呢)?$`);

/**
 * 查了花名册 是五个, when the case's one row has no head count (said only roughly, or not known
 * before): the count of that row. The message must name no group and no count of its own, and the
 * figure must be a count (个/名/位, not 个月).
 */
export function countForOpenRow(message: string, hires: ReadonlyArray<{ count?: number }> | undefined): { path: string; value: number; words: string } | undefined {
  if (hires?.length !== 1 || hires[0]!.count !== undefined) return undefined;
  for (const piece of spokenForms(message).split(/[,，。;；!！\s]+/)) {
    const m = COUNT_ALONE.exec(piece);
    if (!m) continue;
    const value = numberValue(m.groups!.figure!);
    if (value !== undefined && Number.isInteger(value) && value > 0) return { path: 'hires[0].count', value, words: m[0] };
  }
  return undefined;
}
