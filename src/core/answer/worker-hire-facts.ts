/**
 * What a worker says of one hire's job — months employed, months of 以工代训, the pre-job claim — in
 * the worker's words (俺进厂九个月了, 公司让我以工代训了半年, 岗前补贴也没领).
 */
import type { Hire } from '../rules/schema.js';
import { numberValue } from './understand/facts/quantities.js';

/** 公司让我以工代训了半年 岗前补贴也没领: the months of 以工代训 and the pre-job claim, as the worker tells them. */
export function hireFacts(text: string): Partial<Hire> {
  const out: Partial<Hire> = {};
  const ojt = /(以工代训|带训|代训)[^，,。？?]{0,3}?(了|过)?(\d+|[一二两三四五六七八九十]+|半|俩|仨)(个)?(月|年)/.exec(text);
  if (ojt) {
    const n = ojt[3] === '半' ? 0.5 : ojt[3] === '俩' ? 2 : ojt[3] === '仨' ? 3 : numberValue(ojt[3]!);
    const months = n === undefined ? undefined : ojt[5] === '年' ? n * 12 : n;
    if (months !== undefined && Number.isInteger(months) && months > 0) out.onJobTrainingMonths = months;
  }
  // 俺进厂九个月了 / 在厂里干了一年: how long the worker has been there.
  const employed = /(进厂|进了厂|进的厂|干了|上班|来了|去了|才来|刚来|入职)[^，,。？?\d一二两三四五六七八九十俩仨]{0,3}?(\d+|[一二两三四五六七八九十]+|半|俩|仨)(个)?(月|年)(?!以工代训)/.exec(text);
  if (employed && !/代训|带训/.test(text.slice(Math.max(0, employed.index - 4), employed.index))) {
    const n = employed[2] === '半' ? 0.5 : employed[2] === '俩' ? 2 : employed[2] === '仨' ? 3 : numberValue(employed[2]!);
    const months = n === undefined ? undefined : employed[4] === '年' ? n * 12 : n;
    if (months !== undefined && Number.isInteger(months) && months > 0) out.monthsEmployed = months;
  }
  // 俺的岗前补贴领过了 俺妹的没领: claimed for one and not another — of no one row; asked.
  const notClaimed = /岗前[^，,。？?]{0,8}(没|没有|未|木)(领|拿|申请|报)|(的|她|他)(没|没有|未)(领|拿|申请|报)/.test(text);
  const claimed = /岗前[^，,。？?]{0,8}(?<!没|没有|未|木)(领|拿|申请|报)(过|了)/.test(text);
  if (notClaimed && !claimed) out.preJobTrainingSubsidy = false;
  else if (claimed && !notClaimed) out.preJobTrainingSubsidy = true;
  return out;
}
