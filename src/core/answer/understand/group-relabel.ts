/**
 * 他改口了 说这俩是认定过的就业困难人员: the people already told are pointed back at and given
 * another group, with a word that takes the first one back. The row keeps its count and months
 * and changes its group — read as a new group beside it, the case would count the same people
 * twice, once under a group that is no longer said.
 */
import type { Applicant } from '../../rules/schema.js';
import { findGroups } from './facts/groups.js';

const CHANGED = /改口|不对|搞错|说错|记错|弄错|搞混|记混|其实|实际上|更正|纠正|应该是|准确说/;
// 纠正一下 俺家其实是建档立卡贫困户 (of the one grandson hired): the family of the one hire, said anew.
const POINTED = /(这|那|他|她)(俩|仨|[\d一二两三四五六七八九十]+个|几个|些)?(人|人家)?(其实|实际上|都|也|应该)?(是|属于|算)|(俺|我|他|她)家(其实|实际上)?(是|属于)/;

/** The case with the one row pointed back at relabelled, or undefined when the message is no such change. */
export function relabelPointed(before: Applicant, after: Applicant, text: string): Applicant | undefined {
  if (before.type !== 'employer' || after.type !== 'employer') return undefined;
  const old = before.hires ?? [];
  const now = after.hires ?? [];
  if (old.length !== 1 || now.length !== 2 || !CHANGED.test(text) || !POINTED.test(text)) return undefined;
  const [first, added] = [now[0]!, now[1]!];
  if (!added.group || added.group === first.group || (added.count !== undefined && added.count !== first.count)) return undefined;
  const row = { ...first, ...Object.fromEntries(Object.entries(added).filter(([, v]) => v !== undefined)), group: added.group };
  return { ...after, hires: [row] };
}

/** 就业困难那俩 / 贫困户那几个 / 残疾的那3个: a row of the case pointed at by its group. */
const POINTED_BY_GROUP = /^(的)?(那|这)(俩|仨|几个|些|个|[\d一二两三四五六七八九十]+个)/;

/**
 * 上面说的就业困难那俩搞错了 人家是退役军人, in a case of several groups: the row named by its group
 * is given the group said now — it keeps its count, months and claims. Read as a new row beside
 * it, the same people would be paid under the group they are not.
 */
export function relabelNamedRow(before: Applicant, after: Applicant, text: string): Applicant | undefined {
  if (before.type !== 'employer' || after.type !== 'employer' || !CHANGED.test(text)) return undefined;
  const old = before.hires ?? [];
  const now = after.hires ?? [];
  if (old.length < 2 || now.length !== old.length + 1) return undefined;
  const added = now[now.length - 1]!;
  if (!added.group || old.some((h) => h.group === added.group)) return undefined;
  // (The pointed group may read as asked about — 那俩搞错了 — it is still the row meant.)
  const named = findGroups(text, []).filter((g) => !g.denied && POINTED_BY_GROUP.test(text.slice(g.end)));
  const rows = named.map((g) => old.findIndex((h) => h.group === g.group)).filter((i) => i >= 0);
  if (rows.length !== 1) return undefined;
  const i = rows[0]!;
  if (added.count !== undefined && added.count !== old[i]!.count) return undefined;
  const hires = now.slice(0, -1).map((h, k) => (k === i ? { ...h, group: added.group } : h));
  return { ...after, hires };
}
