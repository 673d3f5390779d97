/**
 * 不对 是2个残疾人 另外那个是退伍回来的 / 问好了 其中3个办过就业困难人员认定 剩下1个没办: some of
 * the people already told are now given a group, and the rest another one (or none). The case's
 * one row is split in two — the part named, and the rest — each keeping the months and claims
 * told of all of them. Read as a relabelling of the whole row instead, every one of them would
 * be paid (or refused) under one group, a confident amount for people who do not qualify.
 */
import type { Applicant, Hire, PersonGroup } from '../../rules/schema.js';
import { headCount } from './facts/quantities.js';
import { findGroups } from './facts/groups.js';

const COUNT = '([\\d一二两三四五六七八九十]+|俩|仨)';
/** The part named first: 是2个… / 其中3个… / 只有两个…. */
const PART = new RegExp(`(?:^|[,，。;；\\s]|是|其中|里面|里头|只有|就|其实是|应该是)${COUNT}(?:个|名|位)?(?:人)?`);
/** The rest: 另外那个 / 剩下1个 / 其余的. */
const REST = new RegExp(`(另外|剩下|剩余|其余|其他|另)(的)?(那)?(${'[\\d一二两三四五六七八九十]+'}个|一个|个|俩|仨|几个|些)?(人)?`);
/** The rest said to lack what the part has: 没办 / 不是 / 没有认定. */
const REST_LACKS = /^[^,，。;；]{0,6}(没|没有|不是|未|不算|不属于)/;


/** The case with its one row split into the part named and the rest, or undefined when the message is no such split. */
export function splitByOthers(before: Applicant | undefined, text: string): Applicant | undefined {
  if (before?.type !== 'employer' || before.hires?.length !== 1) return undefined;
  const row = before.hires[0]!;
  const total = row.count;
  if (total === undefined || total < 2 || !row.group) return undefined;
  const rest = REST.exec(text);
  if (!rest) return undefined;
  const part = PART.exec(text.slice(0, rest.index));
  if (!part) return undefined;
  const n = headCount(part[1]!);
  if (n === undefined || !Number.isInteger(n) || n < 1 || n >= total) return undefined;
  const restCount = rest[4] && /^[\d一二两三四五六七八九十]+个$/.test(rest[4]) ? headCount(rest[4].slice(0, -1)) : rest[4] === '俩' ? 2 : rest[4] === '仨' ? 3 : undefined;
  // 另外1个 / 剩下俩: a count of the rest must make up the total, else nothing is split.
  if (restCount !== undefined && n + restCount !== total) return undefined;
  const groups = findGroups(text, []).filter((g) => !g.asked);
  const partGroup = groups.find((g) => !g.denied && g.start >= (part.index ?? 0) && g.start < rest.index)?.group;
  const restAt = rest.index + rest[0].length;
  const restNamed = groups.find((g) => !g.denied && g.start >= restAt)?.group;
  const lacks = REST_LACKS.test(text.slice(restAt));
  if (!partGroup && !restNamed) return undefined;
  const first: PersonGroup = partGroup ?? row.group;
  // The rest: the group said of them; or, said to lack what the part has, the group first told.
  const second: PersonGroup | undefined = restNamed ?? (lacks && partGroup !== row.group ? row.group : undefined);
  if (!second || second === first) return undefined;
  const rows: Hire[] = [
    { ...row, group: first, count: n },
    { ...row, group: second, count: total - n },
  ];
  return { ...before, hires: rows };
}

type Reading = { patch: { hires: readonly Hire[] }; denied: ReadonlyArray<{ path: string; value: unknown; some?: number }> };

/**
 * 里面有一个不是建档立卡的 她是普通下岗的 建档立卡的就两个: some of the case's one row are denied
 * its group and given another. The row keeps the rest under its group and the part named goes to
 * its own row with the group said of it; both keep the months and claims told of all of them.
 */
export function splitByDenial(before: Applicant | undefined, reading: Reading): Applicant | undefined {
  if (before?.type !== 'employer' || before.hires?.length !== 1) return undefined;
  const row = before.hires[0]!;
  const denial = reading.denied.find((d) => d.path === 'hires[].group' && d.value === row.group && d.some !== undefined);
  if (!denial || row.count === undefined || !row.group) return undefined;
  const part = denial.some!;
  if (part >= row.count) return undefined;
  // 建档立卡的就两个: a count of the rest, when said, must make up the total.
  const restSaid = reading.patch.hires.find((h) => h.group === row.group)?.count;
  if (restSaid !== undefined && restSaid + part !== row.count) return undefined;
  const others = reading.patch.hires.filter((h) => h.group && h.group !== row.group);
  if (others.length !== 1 || (others[0]!.count !== undefined && others[0]!.count !== part)) return undefined;
  return { ...before, hires: [{ ...row, count: row.count - part }, { ...row, group: others[0]!.group!, count: part }] };
}

/** 其中有两个是残疾人 / 这6个里头俩是建档立卡的: a part of the people told, said to be of a group. */
const SUBSET = new RegExp(`(?:其中|里面|里头|当中|中间|这些人里|这些里|这几个里|(?:这|那)?[\\d一二两三四五六七八九十]+个(?:人)?(?:里|里面|里头|当中|中间))(?:的)?(?:有|也有)?${COUNT}(?:个|名|位)?(?:人)?(?:是|属于|算|为|都是)`);

/**
 * 其中有两个是残疾人 (of the six told as 农村转移就业劳动者): the part named is of another group and
 * the rest stay as they were. The case's one row is split — the part with the group said and
 * whatever else the message says of it, the rest as before; both keep the months and claims told
 * of all of them. Added as a new row beside the six, the same two people would be counted twice.
 */
export function splitBySubset(before: Applicant | undefined, reading: Reading & { patch: { hireDefaults?: Partial<Hire> } }, text: string): Applicant | undefined {
  if (before?.type !== 'employer' || before.hires?.length !== 1) return undefined;
  const row = before.hires[0]!;
  if (row.count === undefined || row.count < 2 || !row.group) return undefined;
  const m = SUBSET.exec(text.replace(/\s+/g, ''));
  if (!m) return undefined;
  const n = headCount(m[1]!);
  if (n === undefined || !Number.isInteger(n) || n < 1 || n >= row.count) return undefined;
  const named = reading.patch.hires.filter((h) => h.group && h.group !== row.group);
  if (named.length !== 1 || (named[0]!.count !== undefined && named[0]!.count !== n)) return undefined;
  const said = Object.fromEntries(Object.entries(named[0]!).filter(([, v]) => v !== undefined));
  const all = Object.fromEntries(Object.entries(reading.patch.hireDefaults ?? {}).filter(([, v]) => v !== undefined));
  return { ...before, hires: [{ ...row, ...all, count: row.count - n }, { ...row, ...all, ...said, group: named[0]!.group!, count: n }] };
}

/** 零就业那3个里有1个其实是下岗的: part of a row pointed at by its group, said to be of another. */
const PART_OF_NAMED = new RegExp(`^(?:的)?(?:那|这)?(?:${COUNT}(?:个|名|位)(?:人)?)?(?:里|里面|里头|当中|中间)(?:的)?(?:有|还有)?${COUNT}(?:个|名|位)?(?:人)?(?:其实|实际上|实际|原来)?(?:是|属于|算)`);

/**
 * 零就业那3个里有1个其实是下岗的, in a case of several groups: the part named leaves its row for a
 * row of the group said now (with the months and claims told of the row it left); the row keeps the
 * rest. Read as a new row beside the old, the same people would be counted twice.
 */
export function moveNamedPart(before: Applicant | undefined, text: string): Applicant | undefined {
  if (before?.type !== 'employer' || (before.hires?.length ?? 0) < 2) return undefined;
  const groups = findGroups(text, []).filter((g) => !g.denied);
  for (const g of groups) {
    const m = PART_OF_NAMED.exec(text.slice(g.end).replace(/\s+/g, ''));
    if (!m) continue;
    const n = headCount(m[2]!);
    const rows = before.hires!.map((h, i) => [h, i] as const).filter(([h]) => h.group === g.group);
    if (rows.length !== 1 || n === undefined || !Number.isInteger(n) || n < 1) return undefined;
    const [row, i] = rows[0]!;
    if (row.count === undefined || n >= row.count || (m[1] !== undefined && headCount(m[1]) !== row.count)) return undefined;
    const next = groups.find((x) => x.start > g.end && x.group !== g.group);
    if (!next) return undefined;
    const hires = before.hires!.map((h, k) => (k === i ? { ...h, count: row.count! - n } : h));
    return { ...before, hires: [...hires, { ...row, group: next.group, count: n }] };
  }
  return undefined;
}

/** 贫困户不是七个 是六个: a row's count said wrong, with the right one. */
const RECOUNT = new RegExp(`不是\\s*${COUNT}\\s*(?:个|名|位)?(?:人)?[,，\\s]*(?:而)?是\\s*${COUNT}\\s*(?:个|名|位)?`);
/** 不是 是四个: the count said anew, the old one left unsaid. */
const RECOUNT_BARE = new RegExp(`^(?:不是|不对|错了|说错了)[,，\\s]*(?:而)?是\\s*${COUNT}\\s*(?:个|名|位)`);
/** 有一个是退伍回来的: how many of the ones taken off are of the group named next. */
const MOVED_COUNT = new RegExp(`${COUNT}\\s*(?:个|名|位)(?!月)`);

/**
 * 贫困户不是七个 是六个 有一个是退伍回来的: the row told with seven people has six, and the one
 * taken off is of another group — a row of its own, with the months and claims told of all of
 * them. Read as a count alone, the seventh person would vanish; read as a new hire beside the
 * seven, they would be counted twice.
 */
export function splitByRecount(before: Applicant | undefined, text: string): Applicant | undefined {
  if (before?.type !== 'employer' || !before.hires?.length) return undefined;
  // (不是 是四个 有一个是退伍的: the old count unsaid — the case's one row is the one corrected.)
  const bare = RECOUNT.exec(text) ? null : RECOUNT_BARE.exec(text);
  const said = RECOUNT.exec(text) ?? (bare && before.hires.length === 1 && before.hires[0]!.count !== undefined ? Object.assign([bare[0], String(before.hires[0]!.count), bare[1]], { index: bare.index, input: text }) as unknown as RegExpExecArray : null);
  if (!said) return undefined;
  const [was, now] = [headCount(said[1]!), headCount(said[2]!)];
  if (was === undefined || now === undefined || now >= was) return undefined;
  const groups = findGroups(text, []).filter((g) => !g.asked && !g.denied);
  const after = said.index + said[0].length;
  const other = groups.find((g) => g.start >= after);
  const own = groups.find((g) => g.start < said.index);
  const rows = before.hires.filter((h) => h.count === was && (own ? h.group === own.group : true));
  if (!other || rows.length !== 1 || rows[0]!.group === other.group) return undefined;
  const row = rows[0]!;
  const moved = MOVED_COUNT.exec(text.slice(after, other.start));
  if (moved && headCount(moved[1]!) !== was - now) return undefined;
  return { ...before, hires: before.hires.flatMap((h) => (h === row ? [{ ...row, count: now }, { ...row, group: other.group, count: was - now }] : [h])) };
}

/** 那个小伙子是当兵退下来的: one person of the people told, pointed at. */
const ONE_POINTED = /(那|这|有)(一)?个(小伙子?|姑娘|大姐|大哥|大叔|人|的)?[^,，。\s]{0,2}是/;
/** 还是五个 / 是五个: the row's count said again. */
const COUNT_AGAIN = new RegExp(`(还是|就是|是|一共|总共)${COUNT}(?:个|名|位)`);

/**
 * 还是五个 那个小伙子是当兵退下来的 不是零就业, of a row of six: one of them is of another group — a
 * row of one beside the rest (five here, as said, or one less than the row). Relabelling the whole
 * row would give every one of them the one person's group.
 */
export function splitOneOff(before: Applicant | undefined, text: string): Applicant | undefined {
  if (before?.type !== 'employer' || before.hires?.length !== 1) return undefined;
  const row = before.hires[0]!;
  if (row.count === undefined || row.count < 2 || !row.group) return undefined;
  // (A correction of who they are: a supposition — 要是他俩里头有一个是… — is the what-if's to read.)
  if (!/不是|不对|搞错|弄错|记错|说错|还是|其实/.test(text) || /要是|如果|假如|万一/.test(text)) return undefined;
  const pointed = ONE_POINTED.exec(text);
  if (!pointed) return undefined;
  const groups = findGroups(text, []).filter((g) => !g.asked);
  const other = groups.find((g) => !g.denied && g.group !== row.group && g.start >= pointed.index);
  if (!other) return undefined;
  const again = COUNT_AGAIN.exec(text);
  const rest = again ? headCount(again[2]!) : row.count - 1;
  if (rest === undefined || rest < 1 || rest >= row.count + 1 || (again && rest !== row.count - 1 && rest !== row.count)) return undefined;
  // 还是五个 after six were said: the five are the row's people, and the one is beside them.
  const kept = again && rest === row.count ? row.count - 1 : rest;
  return { ...before, hires: [{ ...row, count: kept }, { ...row, group: other.group, count: 1 }] };
}
