/**
 * 这五个里头 有两个之前领过 剩下三个没领 / 十二个里面有两个岗前培训补贴领过了: the 岗前培训补贴 was
 * claimed for some of a row's people only. 六(一) bars the 以工代训补贴 for those claimed for, not
 * for the others, so the row is split in two — the part named and the rest — each with its own
 * claim and the months told of all of them. Read as one answer for the whole row, the amount
 * would be refused (or paid) for everyone.
 */
import type { Applicant, Hire } from '../../rules/schema.js';
import { findGroups } from './facts/groups.js';
import { THE_OTHERS_SAID } from './facts/others.js';
import { headCount } from './facts/quantities.js';

const COUNT = '([\\d一二两三四五六七八九十]+|俩|仨)';
const VERB = '(?:领|拿|申请|申领|享受|报)';
/** The part: 有两个之前领过 / 其中3个没领 / 有俩岗前补贴领了. */
const PART = new RegExp(`(?:有|其中|里面|里头|中间|当中|^|[,，。;；\\s])(?:${COUNT}(?:个|名|位)(?!月)(?:人)?|(俩|仨)人?)(?:的)?(?:岗前[^,，。;；\\s]{0,6})?[\\s,，]*(?:之前|以前|已经|早就|早|都|也|还|其实|确实|实际上|后来|原来)*(没有|没|未)?${VERB}(?:过|了)?`);
/** The rest: 剩下三个没领 / 其余的都领过了 / 另外俩没领. */
const REST = new RegExp(`(?:剩下|剩余|其余|另外|其他)(?:的)?(?:那)?(?:${COUNT}(?:个|名|位)|(俩|仨))?(?:人)?[\\s,，]*(?:之前|以前|已经|早就|早|都|也|还|其实|确实|实际上|后来|原来)*(没有|没|未)?${VERB}(?:过|了)?`);
/** 领岗前补贴的只有俩 / 领过的就一个: those who claimed, then how many. */
const CLAIMERS = new RegExp(`${VERB}(?:过|了)?(?:岗前[^,，。;；\\s]{0,6})?的(?:人)?(?:只有|就|有|是|一共)?${COUNT}(?:个|名|位)?(?!月)`);


/**
 * The case with the row the claim is said of split into the part and the rest, or undefined when
 * the message is no such split (or its counts do not add up).
 */
export function splitByClaim(before: Applicant | undefined, text: string, aboutClaim: boolean): Applicant | undefined {
  if (before?.type !== 'employer' || !before.hires?.length) return undefined;
  if (!aboutClaim && !/岗前/.test(text)) return undefined;
  // 领岗前补贴的只有俩: the ones who claimed, counted after them.
  const claimers = PART.exec(text) ? null : CLAIMERS.exec(text);
  const part = PART.exec(text) ?? (claimers ? Object.assign([claimers[0], claimers[1], undefined, undefined], { index: claimers.index, input: text }) as unknown as RegExpExecArray : null);
  if (!part) return undefined;
  const n = headCount((part[1] ?? part[2])!);
  if (n === undefined || !Number.isInteger(n) || n < 1) return undefined;
  // The row: the only one, or the one whose group the message names.
  const named = new Set(findGroups(text, []).filter((g) => !g.denied && !g.asked).map((g) => g.group));
  const candidates = before.hires.length === 1 ? before.hires : before.hires.filter((h) => h.group && named.has(h.group));
  if (candidates.length !== 1) return undefined;
  const row = candidates[0]!;
  if (row.count === undefined || n >= row.count) return undefined;
  const partClaimed = part[3] === undefined;
  const rest = REST.exec(text.slice((part.index ?? 0) + part[0].length));
  const restWord = rest?.[1] ?? rest?.[2];
  const restCount = restWord !== undefined ? headCount(restWord) : undefined;
  if (restCount !== undefined && restCount + n !== row.count) return undefined;
  // The rest as said; unsaid, as the row was told before (岗前都没领 … 有两个领过了: the others still not).
  const restClaimed = rest ? rest[3] === undefined : row.preJobTrainingSubsidy;
  if (rest && restClaimed === partClaimed) return undefined;
  const rows: Hire[] = before.hires.flatMap((h) =>
    h !== row
      ? [h]
      : [
          { ...row, count: n, preJobTrainingSubsidy: partClaimed },
          { ...row, count: row.count! - n, ...(restClaimed === undefined ? {} : { preJobTrainingSubsidy: restClaimed }) },
        ],
  );
  if (restClaimed === undefined) delete rows[before.hires.indexOf(row) + 1]!.preJobTrainingSubsidy;
  return { ...before, hires: rows };
}

/**
 * 就业困难那俩领过了 其他人都没领, to the case's three groups: "the others" are the case's rows the
 * message names no claim of — they take what is said of the rest. Read on the message alone, only
 * the row named would be settled and the others asked again (or, worse, given its claim).
 */
export function othersOfTheCase(merged: Applicant, named: readonly Hire[], text: string, aboutClaim: boolean): Applicant {
  if (merged.type !== 'employer' || !merged.hires || merged.hires.length < 2) return merged;
  if (!aboutClaim && !/岗前/.test(text)) return merged;
  const m = THE_OTHERS_SAID.exec(text);
  if (!m) return merged;
  const said = new Set(named.filter((h) => h.preJobTrainingSubsidy !== undefined && h.group).map((h) => h.group));
  if (said.size === 0) return merged;
  const claimed = m[5] === undefined;
  return { ...merged, hires: merged.hires.map((h) => (h.group && !said.has(h.group) && h.preJobTrainingSubsidy === undefined ? { ...h, preJobTrainingSubsidy: claimed } : h)) };
}
