/**
 * 零就业那个上个月辞职走了 不算他了 / 贫困户走了一个: people the case holds have left (or are to be
 * left out). The row loses them — the whole row when it held only them, else its count falls by
 * the number said. Kept as they were, they would be paid for; read as a new row, they would be
 * counted twice.
 */
import type { Applicant, Hire } from '../../rules/schema.js';
import { findGroups } from './facts/groups.js';
import { headCount } from './facts/quantities.js';

/** Leaving, or being left out of the count. */
const LEFT = /(辞职|离职|辞工|走了|走人了|不干了|跑了|不来了|没来了|被辞退|辞退了|开除了|退出了|去掉|删掉|划掉|不算(他|她|他们|她们|这个|那个|这俩|这仨)?了|别算(他|她|他们|她们)?了?|不用算(他|她|他们|她们)?了?)/;
/** 那9个里头 / 这五个里: the row pointed at by its head count. */
const POINTED = /(?:那|这)([\d一二两三四五六七八九十]+)个(?:人)?(?:里头|里面|里|当中|中间)/;
/** A head count (三个 / 俩 / 2名), not months (三个月). */
const HEADS = /([\d一二两三四五六七八九十]+)\s*(?:个|名|位)(?![\u4e00-\u9fff]?月)|(俩|仨)(?!月)/g;


/** The case without those said to have left, or undefined when the message says no such thing of one row. */
export function leftTheCase(before: Applicant | undefined, text: string): Applicant | undefined {
  if (before?.type !== 'employer' || !before.hires?.length) return undefined;
  const left = LEFT.exec(text);
  if (!left) return undefined;
  // (要是走了一个呢: a supposition or a question is no leaving.)
  if (/要是|如果|假如|万一|吗|么|会不会|能不能|是吧|对吧|是不是|[?？]/.test(text)) return undefined;
  // (后面那俩月就不算了: months left out, not people.)
  if (/不算|别算|不用算/.test(left[0]) && /月/.test(text)) return undefined;
  const named = findGroups(text, []).filter((g) => !g.denied && !g.asked);
  const groups = new Set(named.map((g) => g.group));
  // 那9个里头有2个干到第三个月就走了: no group named — the case's one row, pointed at by its count.
  const pointed = groups.size === 0 && before.hires.length === 1 ? POINTED.exec(text) : null;
  const pointedRow = pointed && headCount(pointed[1]!) === before.hires[0]!.count ? before.hires[0]! : undefined;
  if (groups.size !== 1 && !pointedRow) return undefined;
  const group = pointedRow?.group ?? [...groups][0]!;
  const rows = pointedRow ? [pointedRow] : before.hires.filter((h) => h.group === group);
  if (rows.length !== 1) return undefined;
  const row = rows[0]!;
  // How many left: the last head count between the group's word and just after the leaving
  // (残疾人三个里走了一个 → 1; 贫困户有俩走了 → 2); none said, the row's people as a whole.
  const mentionEnd = pointed ? (pointed.index ?? 0) + pointed[0].length : named.find((g) => g.group === group)!.end;
  // (Read on the whole rest, so 只干了3个月 just after the leaving is not cut to 3个.)
  const reach = left.index + left[0].length + 6 - mentionEnd;
  const heads = [...text.slice(mentionEnd).matchAll(HEADS)].filter((m) => (m.index ?? 0) + m[0].length <= reach);
  const last = heads.at(-1);
  // (零就业那个上周辞职了: 那个 points at one person of the group.)
  const one = !last && /^[的\s]?(那个|这个|其中一个|有一个|有个|一个)/.test(text.slice(mentionEnd));
  const n = last ? headCount((last[1] ?? last[2])!) : one ? 1 : undefined;
  const count = row.count;
  let rest: Hire[];
  if (n === undefined) {
    // 零就业那个 走了: the row's one person, or — 他们都走了 — all of them.
    if (count !== 1 && !/都|全|全部|一个也不剩|都不算/.test(text)) return undefined;
    rest = before.hires.filter((h) => h !== row);
  } else {
    if (count === undefined || !Number.isInteger(n) || n < 1 || n > count) return undefined;
    rest = n === count ? before.hires.filter((h) => h !== row) : before.hires.map((h) => (h === row ? { ...h, count: count - n } : h));
  }
  const next = { ...before, hires: rest };
  if (rest.length === 0) delete (next as { hires?: Hire[] }).hires;
  return next;
}
