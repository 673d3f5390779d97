/**
 * One group told in parts, each with its own facts: "残疾人一共6个 其中4个以工代训3个月 另外2个
 * 以工代训1个月" is two hire rows of the same group (4 × 3 months and 2 × 1 month), not six
 * people at one of the two figures. A split is made only when the parts are named explicitly
 * (其中/里面 … 另外/剩下/其余/还有) with exact counts that add up to the total when one was said,
 * or when one part is named out of a known total (the rest then being a part whose own facts are
 * asked); otherwise the row stays whole and what differs between the parts is left open.
 */
import type { GroupMention } from './groups.js';
import { NUM, isRoughNumeral, numberValue } from './quantities.js';

/** A head count: a number and its measure word, or 俩/仨, which carry their own. */
const HEADS = `(${NUM}(?=个|名|位|人)|俩|仨)(个|名|位|人)?`;
// 头一批3个人 … 第二批2个人: batches are parts too.
// 第一批贫困户5个: the group's name may come between the batch and its count.
const FIRST_PART = new RegExp(`(其中|里面|里头|这里面|这其中|当中|头一批|第一批|头一拨|第一拨|一拨|一批|一波)(?:[\u4e00-\u9fff]{0,6}?)(有)?${HEADS}`, 'g');
// 一拨3个…；一拨2个…: the second lot named like the first.
const OTHER_PART = new RegExp(`(另外|剩下|剩余|其余|其他|其它|还有|另|第[二三四五2-5]批|[二三四五]批|后一批|最后一批|第[二三四五2-5]拨|后一拨|另一拨|另一批|另一波|一拨|一批|一波)(?:[\u4e00-\u9fff]{0,5}?)(的)?(那)?(有)?${HEADS}`, 'g');

/** Words of time at work or training that open a part's own facts. */
const AT_WORK = '以工代训|代训|带训|干了|干够|干满|干到|刚来|来了|进厂|入职|上班|岗前|已经';

// 建档立卡的有五个：仨干了一年了…: a colon after the total opens its parts as a comma does.
// 十个贫困户 有六个干够八个月了: 有 opening a clause is a part's first word too.
const FIRST_BARE = new RegExp(`(?<=^|[,:;]|[,:;]有|(?:\\d|[一二两三四五六七八九十])[个名位人][:]?)${HEADS}(?=${AT_WORK})`, 'g');

/** A part of a group: its head count and where its words begin. */
export interface GroupPart {
  count: number;
  start: number;
  end: number;
}

/**
 * The parts a group mention is split into within `[from, to)`, or undefined when the text does
 * not split it cleanly (one part only, a rough count, or counts that do not add up to `total`).
 */
export function findParts(text: string, from: number, to: number, total: number | undefined): GroupPart[] | undefined {
  const span = text.slice(from, to);
  // 招了四个 一个以工代训三个月 另外三个以工代训六个月: a bare count opening a clause of facts is a
  // first part too, when the total is known (the counts must add up to it, or the rest is asked).
  const bare = total !== undefined ? [...span.matchAll(FIRST_BARE)][0] : undefined;
  const first = [...span.matchAll(FIRST_PART)][0] ?? (bare ? Object.assign([bare[0], '', undefined, bare[1], bare[2]], { index: bare.index }) as unknown as RegExpMatchArray : undefined);
  if (!first) return undefined;
  const parts: GroupPart[] = [];
  const push = (m: RegExpMatchArray, numIndex: number): boolean => {
    const raw = m[numIndex]!;
    if (isRoughNumeral(raw)) return false;
    const count = numberValue(raw);
    if (!count || !Number.isInteger(count)) return false;
    parts.push({ count, start: from + (m.index ?? 0), end: from + (m.index ?? 0) + m[0].length });
    return true;
  };
  if (!push(first, 3)) return undefined;
  // Batches (第一批…第二批…) are counted each on its own: a figure said with the group is the first batch's, not a total.
  if (/批|拨/.test(first[1]!)) total = undefined;
  const after = (first.index ?? 0) + first[0].length;
  for (const m of span.matchAll(OTHER_PART)) {
    if ((m.index ?? 0) < after) continue;
    if (!push(m, 5)) return undefined;
  }
  // 一个干了5个月 两个干了8个月: after a bare first part, the next bare counts opening clauses of
  // facts are parts too.
  if (bare && parts.length === 1) {
    for (const m of span.matchAll(FIRST_BARE)) {
      if ((m.index ?? 0) < after) continue;
      if (!push(Object.assign([m[0], '', undefined, m[1], m[2]], { index: m.index }) as unknown as RegExpMatchArray, 3)) return undefined;
    }
  }
  // 招了3个 其中1个岗前补贴领过了: one part named out of a known total — the rest is a part of
  // its own whose facts are still to be asked, so the one part's answer is not said of all.
  const afterFirst = text.slice(parts[0]!.end, parts[0]!.end + 4);
  if (parts.length === 1 && total !== undefined && parts[0]!.count < total && !/^(是|为|都是)?(贫困|残疾|建档|就业困难|零就业|退役|退伍)/.test(afterFirst)) {
    parts.push({ count: total - parts[0]!.count, start: to, end: to });
  }
  if (parts.length < 2) return undefined;
  const sum = parts.reduce((s, p) => s + p.count, 0);
  if (total !== undefined && sum !== total) return undefined;
  return parts;
}

/** A mention standing for one part: it carries the group and marks where the part's facts begin. */
export function partMention(group: GroupMention, part: GroupPart): GroupMention {
  return { ...group, start: part.start, end: part.end };
}
