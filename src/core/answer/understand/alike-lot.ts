/**
 * 第二个车间也是一样的情况 4个 俩车间加一块 / 俺媳妇也是建档立卡 … 俩人加一块多少: more people of a
 * group the case holds, told as another place's or another person's — beside the first, not in
 * its stead. Merged by group, the later count would replace the earlier one and the sum asked for
 * "both together" would be the second part's alone: a confident, wrong amount. "一样的情况" gives
 * the new people the facts of the row they are likened to, unless said anew.
 */
import type { Applicant, Hire } from '../../rules/schema.js';
import { numberValue } from './facts/quantities.js';
import type { FactReading } from './read-facts.js';

/** Another place of the same unit, or another person of the asker's family. */
const ANOTHER_PART = /(第二个|第2个|另一个|另外一个|另外那个|那边|隔壁)(的)?(车间|厂区|分厂|分公司|门店|店|工地|班组|厂|线)|[二三2-3]车间|(俺|我|咱)(的)?(媳妇|老婆|老公|男人|对象|爱人|妹|弟|哥|姐|爹|妈|儿子|闺女|表弟|表妹|表哥|表姐|堂弟|堂妹|侄子|外甥)/;
/** Said to add to what was told: 也是 / 一样的情况 / both together. */
const ADDS = /也是|也都|一样的情况|情况一样|也一样|同样|加一块|加一起|加起来|合起来|一起算|俩人|两个人|俩车间|两个车间|一共|总共/;
/** Likened to the row held: its facts serve the new people too. */
const ALIKE = /一样的情况|情况一样|情况也一样|也一样|都一样|同样的情况|跟那边一样|和那边一样/;
/** A correction replaces; it adds no one. */
const CORRECTS = /不对|错了|其实|实际|应该是|更正|改成|说成|记成|不是/;
/** A head count with no group: 3个 / 俩 (not 两个车间, not months). */
const BARE_COUNT = /([\d一二两三四五六七八九十]+)个(?!月|车间|厂|工作室|基地|店|人?加)|(俩|仨)(?!月|车间)/;
/** A relative named alone counts one person. */
const ONE_RELATIVE = /(俺|我|咱)(的)?(媳妇|老婆|老公|男人|对象|爱人|妹妹?|弟弟?|哥哥?|姐姐?|爹|妈|儿子|闺女|表弟|表妹|表哥|表姐|堂弟|堂妹|侄子|外甥)(?!们|俩|仨|[\d一二两三四五六七八九十]+个)/;

/** The reading with its one row set beside the case's rows, or undefined when the message adds no one. */
export function alikeLot(text: string, applicant: Applicant | undefined, reading: FactReading): FactReading | undefined {
  if (applicant?.type !== 'employer' || !applicant.hires?.length || reading.patch.lots) return undefined;
  if (reading.patch.hires.length > 1 || !ANOTHER_PART.test(text) || !ADDS.test(text) || CORRECTS.test(text)) return undefined;
  // 二车间也是一样的情况 3个: no group named — the count alone, of the one group held.
  const bare = reading.patch.hires.length === 0 && ALIKE.test(text) ? BARE_COUNT.exec(text) : null;
  const bareCount = bare ? (bare[2] === '俩' ? 2 : bare[2] === '仨' ? 3 : numberValue(bare[1]!)) : undefined;
  const told: Hire | undefined = reading.patch.hires[0] ?? (bareCount !== undefined && Number.isInteger(bareCount) ? { count: bareCount } as Hire : undefined);
  if (!told) return undefined;
  const held = applicant.hires.filter((h) => told.group === undefined || h.group === told.group);
  const like = held.length === 1 ? held[0]! : undefined;
  const group = told.group ?? like?.group;
  if (!group || !applicant.hires.some((h) => h.group === group)) return undefined;
  const count = told.count ?? (ONE_RELATIVE.test(text) ? 1 : undefined);
  const alike = ALIKE.test(text) && like ? like : undefined;
  const row: Hire = {
    ...(alike?.monthsEmployed !== undefined ? { monthsEmployed: alike.monthsEmployed } : {}),
    ...(alike?.onJobTrainingMonths !== undefined ? { onJobTrainingMonths: alike.onJobTrainingMonths } : {}),
    ...(alike?.preJobTrainingSubsidy !== undefined ? { preJobTrainingSubsidy: alike.preJobTrainingSubsidy } : {}),
    ...told,
    group,
    ...(count !== undefined ? { count } : {}),
  };
  const words = (ALIKE.exec(text) ?? ANOTHER_PART.exec(text))![0];
  const added = Object.entries(row)
    .filter(([k]) => !reading.evidence.some((e) => e.path === `hires[0].${k}` || e.path === `hires[].${k}`))
    .map(([k, value]) => ({ path: `hires[0].${k}`, value, words }));
  return { ...reading, patch: { ...reading.patch, hires: [row], lots: 'append' }, evidence: [...reading.evidence, ...added] };
}
