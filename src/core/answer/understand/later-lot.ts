/**
 * More people of the one group an employer's case holds, told in a later message without the
 * group's name: "还有俩是后来招的 才干四个月" (another lot, beside the first) or, after "贫困劳动力三批",
 * "第一批4个 以工代训2个月，第二批3个…" (the group told in batches). Read as if the group were
 * named, so each lot keeps its own count and months instead of overwriting the first row.
 */
import { PERSON_GROUPS, type Applicant } from '../../rules/schema.js';
import { NUM, numberValue } from './facts/quantities.js';
import { readFacts, type FactReading, type ReadContext } from './read-facts.js';

/** A lot and its head count: 还有俩, 另外3个, 又招了2个, 第二批3个 (还有一拨 / 另外一批 open a lot and name no count). */
const LOT = new RegExp(`(第[一二三四五1-5]批|头一批|[二三四五]批|后来又招了|后来招了|又招了|又来了|还有|另外|另有|又)(${NUM}|俩|仨|(?=个[\u4e00-\u9fff]))(个|名|位|人)?(?![个名位人]?(问题|事|情况|疑问|地方|月|年|些|伙|部分))`, 'g');
/** 第二拨 / 第三批 opening a message: the batch after one already told. */
const LATER_BATCH = /^(第[二三四五2-5]|[二三四五])(批|拨|波)/;
/** Words that describe the people of a lot as none of the plan's groups (外地来打工的, 普通工人, 不是贫困户). */
// (还有4个农村转移就业的 / 另外2个进城务工的: people described by how they came to work — another kind.)
const OTHER_KIND = /^[^,，。；;]{0,3}(外地|外省|本地|本村|普通|一般|正常|别的|其他)[^,，。；;]{0,4}(来|的|工人|员工|打工|招的)|^[^,，。；;]{0,8}(转移|务工|打工|农民工|退伍|退役|当兵|大学生|毕业生|下岗|失业)|^[^,，。；;]{0,3}(都)?不是(贫困|建档|残疾|就业困难|零就业)/;
/** The group's name, as the reader knows it. */
const NAME: Partial<Record<string, string>> = { poor_labor: '贫困劳动力', employment_difficulty: '就业困难人员', disabled: '残疾人', zero_employment_family: '零就业家庭成员' };

/**
 * 3月份招的5个建档立卡…；7月份又招了2个 才干4个月: a second lot in the same message, after the
 * group was named once — read with the name beside it, so it is a row of its own.
 */
export function readLotInMessage(text: string, reading: FactReading, context: ReadContext): FactReading | undefined {
  const groups = new Set(reading.patch.hires.map((h) => h.group).filter((g) => g !== undefined));
  const group = [...groups][0];
  if (groups.size !== 1 || !group || reading.patch.hires.length !== 1) return undefined;
  const name = NAME[group] ?? PERSON_GROUPS[group as keyof typeof PERSON_GROUPS];
  const named = reading.evidence.find((e) => /^hires\[0\]\.group$/.test(e.path));
  const at = named ? text.indexOf(named.words) : -1;
  // 第一批来了3个贫困户…第二批2个…: a later batch in the same message is a lot of its own too.
  const lot = [...text.matchAll(LOT)].find((m) => (m.index ?? 0) > at + 2 && /^(又|还有|另外|另有|后来又招了|后来招了|又招了|又来了|第[二三四五2-5]批)$/.test(m[1]!));
  if (!lot || !name || at < 0) return undefined;
  const end = (lot.index ?? 0) + lot[0].length;
  // Named right after the lot (又招了2个残疾人): the reader placed it already.
  if (/^[^,，。；;\s]{0,3}(贫困|建档|残疾|就业困难|零就业|退役|困难)/.test(text.slice(end))) return undefined;
  // 还有6个外地来打工的 / 另外3个是普通工人: people of no group, beside the group — not more of it.
  if (OTHER_KIND.test(text.slice(end, end + 12))) return undefined;
  // 还有4个开叉车的: described by something other than when or how they came — no lot of the group
  // is taken from it (the group would be a guess; the row is asked instead).
  const described = /^([^,，。；;\s]{1,10})的(?=$|[,，。；;\s])/.exec(text.slice(end));
  if (described && !/^(也|也都|都|同样)?(是)?(后来|新|刚|才|最近|上个?月|这个?月|去年|今年|前年|年前|年后|又|再|同一批|第[二三四五2-5]批)?[^,，。；;\s]{0,4}(来|招|进|入职|录|收|找)(的)?$/.test(described[1]!)) return undefined;
  const again = readFacts(text.slice(0, end) + name + text.slice(end), context);
  if (again.patch.hires.filter((h) => h.group === group).length < 2) return undefined;
  for (const e of again.evidence) e.words = e.words.replace(name, '');
  return again;
}

/** The message re-read with the group's name beside each lot, and how its rows meet the case's. */
export function readLaterLot(text: string, applicant: Applicant | undefined, reading: FactReading, context: ReadContext): FactReading | undefined {
  if (applicant?.type !== 'employer' || !applicant.hires?.length) return undefined;
  const groups = new Set(applicant.hires.map((h) => h.group));
  const group = [...groups][0];
  if (groups.size !== 1 || !group) return undefined;
  const lots = [...text.matchAll(LOT)];
  // 又想起来 还有２个 也是建档立卡…: more people of the same group, named again — beside the first lot.
  const named = reading.patch.hires.filter((h) => h.group !== undefined);
  if (named.length > 0) {
    // 第二拨 也是贫困户 3个…: a later batch opening the message, the group named again with its count.
    if (LATER_BATCH.test(text.trim()) && named.every((h) => h.group === group && h.count !== undefined) && applicant.hires.some((h) => h.count !== undefined)) {
      reading.patch.lots = 'append';
      return reading;
    }
    const first = lots.find((m) => !/批/.test(m[1]!) && (m.index ?? 0) < 12);
    if (!first || !named.every((h) => h.group === group) || applicant.hires.every((h) => h.count === undefined)) return undefined;
    // 还有２个 也是建档立卡: the lot's figure is the row's head count when the name stands apart from it.
    // 还有个邻村的贫困户: 个 alone is one.
    const count = first[2] === '' ? 1 : numberValue(first[2]!.replace('俩', '2').replace('仨', '3'));
    if (named.length === 1 && named[0]!.count === undefined && count !== undefined) {
      named[0]!.count = count;
      reading.evidence.push({ path: 'hires[0].count', value: count, words: first[0] });
    }
    if (named.some((h) => h.count === undefined)) return undefined;
    reading.patch.lots = 'append';
    return reading;
  }
  const name = NAME[group] ?? PERSON_GROUPS[group as keyof typeof PERSON_GROUPS];
  // 领岗前补贴的是另外一批人: with no group named, 一批 is no head count of a lot.
  const counted = lots.filter((m) => !/^[批拨波]/.test(text.slice((m.index ?? 0) + m[0].length)));
  if (counted.length === 0 || !name) return undefined;
  const batches = counted.some((m) => /批/.test(m[1]!));
  const whole = applicant.hires.length === 1 && applicant.hires[0]!.count === undefined;
  // Batches of a group told as a whole are that group; any other lot is more people, beside the first.
  if (batches !== whole && !(batches && applicant.hires.length === 1)) return undefined;
  let out = '';
  let last = 0;
  // Batches are parts of one mention (第一批4个贫困劳动力…第二批3个…): the name goes after the first only.
  for (const m of batches ? counted.slice(0, 1) : counted) {
    // 第一批贫困劳动力4个 (the batch's own figure after the name, as parts read it); 还有俩贫困劳动力.
    const end = (m.index ?? 0) + (batches ? m[1]!.length : m[0].length);
    out += text.slice(last, end) + name;
    last = end;
  }
  out += text.slice(last);
  const again = readFacts(out, context);
  if (!again.patch.hires.some((h) => h.group === group)) return undefined;
  again.patch.lots = whole ? 'inherit' : 'append';
  // The words quoted are the person's own: the name was only put in to read them.
  for (const e of again.evidence) e.words = e.words.replace(name, '');
  return again;
}

/** 其中一个领过 (岗前补贴): one part of the row said to differ in the claim, the rest as they were. */
const PART_CLAIM_TOLD = /其中(有)?([\d一二两三四五六七八九十俩仨]+个|一个人)[^,，。]{0,4}(领过|领了|拿过|拿了|申请过|报过|没领|没拿|没申请|没报)/;
/** 一个干了9个月 另一个才5个月: the people of one row told apart, with no group named. */
const PARTS_TOLD = /(^|[,，\s。人们俩仨的])(其中)?(有)?([\d一二两三四五六七八九十俩仨]+个|一个人)[^,，。]{0,6}(月|年)[^。]*?(另一个|另外[\d一二两三四五六七八九十俩仨]*个?|剩下的?(那)?([\d一二两三四五六七八九十俩仨]*个)?|其余的?)[^,，。]{0,6}(月|年)/;

/**
 * 问到了 一个干了9个月 另一个才5个月, for a case of two hires of one group: the row told in parts —
 * read with the group's name and count before it, each part a row of its own that keeps the
 * row's other facts. Only when the parts add up to the row's head count.
 */
export function readPartsOfRow(text: string, applicant: Applicant | undefined, reading: FactReading, context: ReadContext): FactReading | undefined {
  if (applicant?.type !== 'employer' || applicant.hires?.length !== 1) return undefined;
  const row = applicant.hires[0]!;
  const name = row.group ? (NAME[row.group] ?? PERSON_GROUPS[row.group as keyof typeof PERSON_GROUPS]) : undefined;
  if (!name || row.count === undefined || row.count < 2 || reading.patch.hires.some((h) => h.group !== undefined) || !(PARTS_TOLD.test(text) || PART_CLAIM_TOLD.test(text))) return undefined;
  // 那俩人一个干了一年…: the pointer at the row's people is the row named below, not a count of its own.
  const again = readFacts(`${name}${row.count}个,${text.replace(/(那|这|他|她)(俩|仨|几个|些)(人)?/, '')}`, context);
  const rows = again.patch.hires;
  if (rows.length < 2 || rows.some((h) => h.group !== row.group || h.count === undefined) || rows.reduce((n, h) => n + h.count!, 0) !== row.count) return undefined;
  again.patch.lots = 'inherit';
  again.evidence = again.evidence.filter((e) => !/^hires\[\d+\]\.group$/.test(e.path));
  for (const e of again.evidence) e.words = e.words.replace(`${name}${row.count}个,`, '');
  return again;
}
