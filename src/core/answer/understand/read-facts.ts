/**
 * The fact reader's contract, between what a person typed and the eligibility facts.
 * `understand` calls `readFacts`; the dialogue merges the patch into the session and uses the
 * evidence to say back what it understood ("按您说的：…"), so a misreading is visible.
 */
import type { FactPatch } from '../facts-from-text.js';
import type { Hire } from '../../rules/schema.js';
import { ROUGH_FIGURE, readReply } from '../reply-to-question.js';
import { describeFact } from '../../rules/facts.js';
import { setPatchAt } from './facts/set-path.js';
import { prepareText, spokenForms } from './facts/prepare.js';
import { findGroups } from './facts/groups.js';
import { readText } from './facts/read.js';
import { THE_OTHERS_SAID } from './facts/others.js';
import { numberValue } from './facts/quantities.js';
import { leaveDoubtedGroupOpen } from './group-in-doubt.js';
import { hasReplyVerb } from './asked-fact.js';
import { asksUnderCondition } from './facts/scope.js';

/** One fact read from the text, with the words it was read from. */
export interface FactEvidence {
  /** Request path of the fact: `groups`, `insured`, `hires[1].onJobTrainingMonths` … */
  path: string;
  value: unknown;
  /** The span of the message the fact was read from, as typed. */
  words: string;
  /** A denied group: how many of its people are denied it (其中一个不是贫困户), when not all. */
  some?: number;
}

export interface FactReading {
  patch: FactPatch;
  evidence: FactEvidence[];
  /** Paths the person said they do not know (不知道、不清楚、不确定): left open, never read as "no". */
  unknown: string[];
  /** The message corrects something said before (不对、说错了、更正): its facts replace the old ones. */
  correcting: boolean;
  /**
   * Paths given only roughly (招了二十来个, 干了好几个月), with the words: left open, so the
   * dialogue asks for the figure instead of taking a guess.
   */
  vague: Array<{ path: string; words: string }>;
  /**
   * Facts the message says are NOT so, beside the patch (我不是退役军人 → groups veteran): nothing
   * to set, but with `correcting` ("搞错了，我不是退役军人，是残疾人") the value to take back.
   */
  denied: FactEvidence[];
  /**
   * Shares of a sum said in an earlier message (有一半是职工教育经费出的, 其中70%…): the part is that
   * share of the sum the case holds at `path`, applied when the case is merged.
   */
  shares?: Array<{ path: string; percent: number; words: string }>;
}

export interface ReadContext {
  /** Whom the dialogue is already about. */
  audience?: 'person' | 'employer';
  /** The fact the dialogue asked for last turn, if any. */
  pendingFact?: string;
  /** The dialogue is about the employer's training equipment (四(一)). */
  aboutEquipment?: boolean;
  /** The dialogue is about the education-fund deduction: 提了20万 is the fund drawn. */
  aboutFund?: boolean;
  /** The dialogue is about the advance of project training: 补贴总额 26万 is its subsidy. */
  aboutProject?: boolean;
  /** The dialogue is about the apprenticeship subsidy: 带了五个 counts apprentices. */
  aboutApprentices?: boolean;
  /** Equipment items the dialogue already holds: 都验收了 is said of each of them. */
  equipmentItems?: number;
  /** Where the person's home, residence or work is, from earlier messages: 就在郑州这边学的 is read against it. */
  placesBefore?: string;
}

/** Every fact the text states, with its evidence. */
export function readFacts(text: string, context: ReadContext = {}): FactReading {
  const r = readText(text, context.audience, context.pendingFact, context.aboutEquipment, context.equipmentItems, context.aboutFund, context.aboutProject, context.placesBefore, context.aboutApprentices);
  const reading: FactReading = { patch: r.patch, evidence: r.evidence, unknown: r.unknown, correcting: r.correcting, vague: r.vague, denied: r.denied, ...(r.shares ? { shares: r.shares } : {}) };
  sayOfTheOthers(text, reading);
  sayOfEveryGroup(text, reading);
  saidOfAllRows(text, reading, context.pendingFact);
  splitClaimLeavesOpen(text, reading);
  leaveDoubtedGroupOpen(text, reading);
  const pending = context.pendingFact;
  // A message stating facts of its own (贫困户3个，残疾人2个) is not a bare reply: its first figure
  // is not the answer to the question asked (months employed), each figure is bound where it is.
  const field = (p: string) => p.replace(/\[\d*\]/g, '[]');
  const own = r.evidence.some((e) => e.path !== 'entity' && (!pending || field(e.path) !== field(pending)));
  // 提了多少 他说不知道, to the question about the unit's kind: the "not known" is of the fact it names.
  thresholdFromRange(reading);
  const otherUnknown = r.unknown.some((u) => !pending || field(u) !== field(pending));
  // (不满六个月的话是不是就白搭了: a condition asked about answers nothing.)
  if (pending && !asksUnderCondition(text) && !own && !otherUnknown && !r.evidence.some((e) => e.path === pending || e.path === pending.replace(/\[\d+\]/, '[]')) && !r.unknown.includes(pending)) {
    if (pending !== 'hires' || !headCountOnly(text, reading)) answerPending(text, pending, reading);
  } else if (pending && own && !otherUnknown && describeFact(pending)?.kind === 'boolean' && !r.evidence.some((e) => field(e.path) === field(pending)) && !r.unknown.includes(pending)) {
    // 问了会计 说一直交着呢 岗前那个补贴也没申过, asked about insurance: the other fact read, the words
    // left over may still answer the yes/no question asked (each piece is short, or it is no reply).
    let rest = text;
    for (const e of r.evidence) rest = rest.replace(e.words, ' ');
    // (Only words of the asked fact's own verb: 没开过店, to "您有创业的打算吗", is no "no".)
    if (hasReplyVerb(rest, pending)) answerPending(rest, pending, reading);
  }
  return reading;
}

/** Before a figure, words that say it of every row: 三拨人都是 / 大家都 / 所有人 / 各. */
const OF_ALL_ROWS = /(都|全都|全部|所有人|大家|[几两三四五六]拨人?|每拨|这几拨|各)[^,，。;；]{0,4}$/;

/**
 * 三拨人都是带着干了三个月, to the months asked of the first row: said of every row, not of the one
 * the question named.
 */
function saidOfAllRows(text: string, reading: FactReading, pending: string | undefined): void {
  const asked = /^hires\[\d+\]\.(monthsEmployed|onJobTrainingMonths|preJobTrainingSubsidy)$/.exec(pending ?? '');
  if (!asked) return;
  const e = reading.evidence.find((x) => x.path === pending);
  if (!e || !OF_ALL_ROWS.test(text.slice(Math.max(0, text.indexOf(e.words) - 8), text.indexOf(e.words)))) return;
  (reading.patch.hireDefaults as Record<string, unknown>)[asked[1]!] = e.value;
  if (reading.patch.at) delete reading.patch.at[pending!];
  const row = /\[(\d+)\]/.exec(pending!)![1]!;
  const r = reading.patch.hires[Number(row)] as Record<string, unknown> | undefined;
  if (r) delete r[asked[1]!];
  e.path = `hires[].${asked[1]}`;
}

const RANGE_DIGITS = '一二三四五六七八九十';
/**
 * 干了得有七八个月了 / 来了一年多了: months employed are read only against the six-month line of
 * 六(一), and months of 以工代训 count up to six, so a rough figure whose least reading is already
 * six or more settles either fact: the least reading is taken (七八个月 → 7, 一年多 → 12,
 * 半年多 → 6). Any other rough figure stays open.
 */
function thresholdFromRange(reading: FactReading): void {
  reading.vague = reading.vague.filter((v) => {
    if (!/(monthsEmployed|onJobTrainingMonths)$/.test(v.path)) return true;
    const w = v.words.replace(/\s+/g, '');
    const pair = new RegExp(`([${RANGE_DIGITS}])([${RANGE_DIGITS}])个?多?月`).exec(w);
    const least = pair && RANGE_DIGITS.indexOf(pair[2]!) === RANGE_DIGITS.indexOf(pair[1]!) + 1 ? RANGE_DIGITS.indexOf(pair[1]!) + 1 : /一年多|一年出头|一年多点|年把/.test(w) ? 12 : /半年多|大半年/.test(w) ? 6 : undefined;
    if (least === undefined || least < 6) return true;
    setPatchAt(reading.patch, v.path, least);
    reading.evidence.push({ path: v.path, value: least, words: v.words });
    return false;
  });
}

/** 有这个想法 / 没这个打算: a yes or no to a question about an intention, wherever it is said. */
const HAS_IDEA = /(?<![没无])有(这个|这种|那个|这|那)?(想法|打算|意向|愿望|念头|心思)/;
// 再开新店的打算 暂时是没有的: the wish named first, then denied.
const NO_IDEA = /(没|没有|无)(这个|这种|那个|这|那)?(想法|打算|意向|愿望|念头|心思)|(想法|打算|意向|念头|心思)[,，\s]*(暂时|目前|现在|眼下|还|真|确实)*(是)?(没有|没|木有)/;

/** A short reply to the pending question (对, 是的 交了, 两次, 不清楚) read as its answer. */
/** 一共四个 / 俩, to "吸纳了哪些人员": how many, with who they are still to ask. */
function headCountOnly(text: string, reading: FactReading): boolean {
  const m = /^(?:一共|总共|共|有|就)?([\d]{1,3}|[一二两三四五六七八九十]{1,3}|俩|仨)(?:个|名|位|人)?(?:人)?[啊呀呢吧了的!！。.～~\s]*$/.exec(text.trim());
  if (!m || reading.evidence.length > 0) return false;
  const count = numberValue(m[1]!);
  if (count === undefined || !Number.isInteger(count) || count <= 0) return false;
  reading.patch.hires.push({ count } as Hire);
  reading.evidence.push({ path: 'hires[0].count', value: count, words: text.trim() });
  return true;
}

function answerPending(text: string, pending: string, reading: FactReading): void {
  // 没开过店 就是有这个想法, to "您有创业的打算吗": the idea asked about is affirmed; the denial is of something else.
  const idea = describeFact(pending)?.kind === 'boolean' ? (HAS_IDEA.exec(text) ?? NO_IDEA.exec(text)) : null;
  if (idea) {
    const value = !NO_IDEA.test(idea[0]);
    setPatchAt(reading.patch, pending, value);
    reading.evidence.push({ path: pending, value, words: idea[0] });
    return;
  }
  const boolean = describeFact(pending)?.kind === 'boolean';
  // 打错了 人是四个 不是伍个: a correction of another fact answers no yes/no question, and a
  // denial inside a longer message (不是伍个, 月份没变) is no "no" to it either.
  if (boolean && reading.correcting) return;
  // 对了 opening a message is "by the way", not "yes".
  // 老板说交了 / 财务说木有领: the answer as someone else gave it — what they said is the reply.
  // 问了村会计了 没领: who was asked, then the answer. 上个月过了: when it happened, then the answer.
  // 木 / 都木 alone: the Henan 没.
  const told = (p: string) =>
    spokenForms(p)
      .replace(/^(问了|问过了|查了|问过)?[,，\s]*(老板|会计|财务|人事|领导|采购|经理|主任|车间主任|老总|厂长|他们|他|她)?(说|讲|回复|回话|告诉我)(了)?[,，:：\s]*/, '')
      .replace(/^(问了|问过|打听了|查了|核实了)[\u4e00-\u9fff]{1,6}?(了|说)?(?=(没|不|是|领|交|有|过|对))/, '')
      .replace(/^(上个月|上月|前几天|前些天|前两天|上周|昨天|去年|前年|年初|早就|早都|早|刚刚|刚|已经)+/, '')
      .replace(/^(都|也|还|一直|从来)?木$/, '$1没');
  // Split at a question echoed before its answer too (验收？上个月过了).
  const pieces = [text, ...text.split(/[\s,，。;；!！?？、]+/).filter(Boolean).map(told)].filter((p) => (!boolean || p === text || p.replace(/\s+/g, '').replace(/^(一直|都|也|早就|早都|确实|其实|本来)+/, '').length <= 4) && (p === text || !/^(哦|噢|啊)?对了$/.test(p.trim())));
  // 建档立卡的 他们都不是: a group named in one piece and denied in the next is no answer.
  const denied = /group/.test(pending) ? new Set<unknown>(findGroups(prepareText(text).text, []).filter((g) => g.denied).map((g) => g.group)) : new Set<unknown>();
  const replies = pieces.map((piece) => ({ piece, reply: readReply(piece, pending) })).filter((x) => x.reply !== undefined && !(typeof x.reply.value === 'string' && denied.has(x.reply.value)));
  // Pieces that answer both ways (没领 … 领过) leave it to be asked again.
  const values = new Set(replies.filter((x) => !x.reply!.unknown).map((x) => JSON.stringify(x.reply!.value)));
  if (values.size > 1) return;
  // 第一批验收过了 第二批还没验: lots answering apart — one answer is none for the whole; left to ask.
  if (values.size === 1 && replies.some((x) => x.reply!.unknown) && /第[一二三四1-4](批|次|回)|头一?批|另一批|后一批|上一批/.test(text)) return;
  for (const { piece, reply } of replies) {
    if (reply!.unknown) {
      if (!reading.unknown.includes(pending)) reading.unknown.push(pending);
      return;
    }
    setPatchAt(reading.patch, pending, reply!.value);
    reading.evidence.push({ path: pending, value: reply!.value, words: piece.trim() });
    return;
  }
  // 十几个吧 / 大概8个: a figure, but a rough one — kept open, and said so.
  if (/[\d一二两三四五六七八九十百]|半年/.test(text) && ROUGH_FIGURE.test(text) && !reading.vague.some((v) => v.path === pending)) {
    reading.vague.push({ path: pending, words: text.trim() });
  }
}

/** Hire facts that a message may state of every group at once. */
const WHOLE_FACTS = new Set(['monthsEmployed', 'onJobTrainingMonths', 'preJobTrainingSubsidy']);
/** 都/全/均: said of all of them. */
const ALL = /都|全都|全部|全没|均|一律|一个也没|谁也没/;

/** 其中有1个领过岗前补贴 另外3个没领: part of a group claimed, part did not. */
const PART_CLAIMED = /(其中|有的人|一部分|部分人|有\s*[\d一两二三四五六七八九十]+\s*(个|人|名))[^，,。；;]{0,10}(领|拿|申请|享受)/;
/** A claim said as done, and one said as not done, in the same message. */
const CLAIMED = /(?<!没|没有|未|不)(领|拿|申请|享受)(过|了)/;
const NOT_CLAIMED = /(没|没有|未)(领|拿|申请|享受)/;

/**
 * Part of a group claimed the pre-job subsidy and part did not: one row cannot hold both, and
 * either value for the whole group would decide its amount wrongly. The fact is left open, so the
 * person is asked (and may name the rows apart).
 */
function splitClaimLeavesOpen(text: string, reading: FactReading): void {
  const claims = reading.evidence.filter((e) => /^hires\[(\d*)\]\.preJobTrainingSubsidy$/.test(e.path));
  if (claims.length === 0 || !PART_CLAIMED.test(text.replace(/\s+/g, ''))) return;
  // The parts were told apart (其中2个领过 剩下3个没领 → a row each): each row holds its own answer.
  const rows = claims.map((c) => /^hires\[(\d+)\]/.exec(c.path)?.[1]);
  if (claims.length > 1 && rows.every((r) => r !== undefined) && new Set(rows).size === rows.length) return;
  const plain = text.replace(/\s+/g, '');
  if (!CLAIMED.test(plain) || !NOT_CLAIMED.test(plain)) return;
  for (const row of reading.patch.hires) delete (row as Record<string, unknown>).preJobTrainingSubsidy;
  delete (reading.patch.hireDefaults as Record<string, unknown>).preJobTrainingSubsidy;
  if (reading.patch.at) for (const k of Object.keys(reading.patch.at)) if (k.endsWith('.preJobTrainingSubsidy')) delete reading.patch.at[k];
  reading.evidence = reading.evidence.filter((e) => !claims.includes(e));
  for (const c of claims) if (!reading.unknown.includes(c.path)) reading.unknown.push(c.path);
}

/** 这个 / 这俩 / 他俩 ending the words before a claim: the group just told, not every group. */
const POINTER_END = /(这个|这俩|这仨|这位|这一个|这人|他俩|她俩|他们俩|他们仨|那个|那俩)(人)?(也|倒是|倒|可|呢|的话)?$/;
/** 这些人 / 这几拨人 / 大家 before a claim, after several groups: all of them. */
const ALL_POINTER = /(这些|那些|这几拨|这俩拨|这两拨|这几个|所有|全部)(人|员工|工人)?(的)?$|大家$|他们$|她们$/;
/** 其他都没领 / 剩下的领了: the claim of every row but the one a claim was said of. */
const OTHERS_CLAIM = THE_OTHERS_SAID;

/**
 * "这个领过岗前补贴 其他都没领": the rows other than the one a claim was said of take the claim
 * said of "the others" — said after that row's own, with no group of its own.
 */
function sayOfTheOthers(text: string, reading: FactReading): void {
  const own = reading.evidence.filter((e) => /^hires\[\d+\]\.preJobTrainingSubsidy$/.test(e.path));
  if (own.length !== 1) return;
  const at = text.indexOf(own[0]!.words);
  const m = OTHERS_CLAIM.exec(text.slice(at + own[0]!.words.length));
  if (!m || at < 0) return;
  const value = m[5] === undefined;
  const mine = Number(/^hires\[(\d+)\]/.exec(own[0]!.path)![1]);
  reading.patch.hires.forEach((row, i) => {
    if (i === mine || (row as Hire).preJobTrainingSubsidy !== undefined) return;
    (row as Hire).preJobTrainingSubsidy = value;
    reading.evidence.push({ path: `hires[${i}].preJobTrainingSubsidy`, value, words: m[0] });
  });
}

/**
 * "岗前补贴都没领过" said in a sentence of its own, naming no group, is said of every group —
 * not only of the group named last (nor only of the group the pending question named).
 */
function sayOfEveryGroup(text: string, reading: FactReading): void {
  // Spaces part statements as commas do (WeChat: 以工代训5个月 岗前都没领).
  const pieces = text.split(/[,，。;；!！\n\s]+/);
  const groupWords = reading.evidence.filter((e) => /^hires\[\d+\]\.(group|count)$/.test(e.path)).map((e) => e.words);
  const rows = new Set(reading.evidence.map((e) => /^hires\[(\d+)\]\./.exec(e.path)?.[1]).filter((r) => r !== undefined));
  const lastGroupAt = Math.max(-1, ...groupWords.map((w) => text.lastIndexOf(w) + w.length));
  for (const e of reading.evidence) {
    const m = /^hires\[(\d+)\]\.(\w+)$/.exec(e.path);
    if (!m || !WHOLE_FACTS.has(m[2]!)) continue;
    // Whether the pre-job subsidy was claimed is said once, after every group has been named
    // ("…还有2个残疾人来了4个月 岗前补贴没领过"): an employer says it of everyone taken on, as
    // with 都. Months said there stay with the group just named (来了4个月 is that group's).
    // Not when a group is named just before it (残疾人岗前领过): that group's own answer.
    const chunk = text.slice(0, Math.max(0, text.indexOf(e.words))).split(/[\s,，。;；!！]+/).pop() ?? '';
    // 零就业家庭1人…但这个领过: a pointer just before the claim names the group just told.
    // (A group named short counts: 残疾那个领过 names the 残疾人 row.)
    const namesGroup = (w: string) => chunk.includes(w) || (w.length > 2 && chunk.includes(w.slice(0, 2)));
    // 招了仨就业困难的…还有俩零就业的…那仨岗前补贴没领: the pointer's count names the row it is said of.
    const pointed = /(那|这)(俩|仨|[\d一二两三四五六七八九十]+)(个|名|位)?(人)?$/.exec(chunk);
    const pointedCount = pointed ? numberValue(pointed[2]!) : undefined;
    const pointedRows = pointedCount === undefined ? [] : reading.patch.hires.map((h, i) => (h.count === pointedCount ? i : -1)).filter((i) => i >= 0);
    if (pointedRows.length === 1 && rows.size > 1) {
      const to = pointedRows[0]!;
      if (String(to) !== m[1]) {
        const from = reading.patch.hires[Number(m[1])] as Record<string, unknown> | undefined;
        if (from) delete from[m[2]!];
        (reading.patch.hires[to] as Record<string, unknown>)[m[2]!] = e.value;
        e.path = `hires[${to}].${m[2]}`;
      }
      continue;
    }
    const saidAfterAll = m[2] === 'preJobTrainingSubsidy' && rows.size > 1 && text.indexOf(e.words) >= lastGroupAt && !groupWords.some(namesGroup) && (!POINTER_END.test(chunk) || ALL_POINTER.test(chunk));
    // 都是以工代训四个月 贫困户干了八个月: 都 opens the statement, before the words the fact was read from.
    const own = pieces.find((p) => p.includes(e.words)) ?? '';
    // (都已经九个月了 is "already", said of the group just named.)
    const opener = /^(都是|全都是|全是|都|全都|均|一律)(?!已经|已)/.exec(own);
    const allOpens = opener !== null && own.indexOf(e.words) === opener[0].length && !groupWords.some((w) => own.includes(w));
    if (!ALL.test(e.words) && !saidAfterAll && !allOpens) continue;
    // 他们领了; 零就业的一个…这个没领过: each row answered for itself, differently — not said of all.
    // (Also when the other answer sits at the same row: 5个毕业生岗前都领了…另外1个残疾人 他的没领.)
    if (reading.evidence.some((o) => o !== e && o.path.endsWith(`.${m[2]}`) && o.value !== e.value)) continue;
    const piece = saidAfterAll ? e.words : (pieces.find((p) => p.includes(e.words)) ?? e.words);
    if (groupWords.some((w) => piece.includes(w) || w.includes(piece))) continue;
    const field = m[2] as 'monthsEmployed' | 'onJobTrainingMonths' | 'preJobTrainingSubsidy';
    // 收了四个贫困户 都干了七八个月 … 另外俩贫困户刚来俩月: 都 said before another group is named
    // is said of the groups named so far, not of the ones still to come.
    const at = text.indexOf(e.words);
    const groupAt = (row: number) => {
      const w = reading.evidence.find((o) => o.path === `hires[${row}].group` || o.path === `hires[${row}].count`)?.words;
      return w === undefined ? -1 : text.indexOf(w);
    };
    const later = reading.patch.hires.map((_, i) => i).filter((i) => groupAt(i) > at);
    if ((ALL.test(e.words) || allOpens) && later.length > 0 && later.length < reading.patch.hires.length) {
      reading.patch.hires.forEach((row, i) => {
        if (later.includes(i) || groupAt(i) < 0 || (row as Record<string, unknown>)[field] !== undefined) return;
        (row as Record<string, unknown>)[field] = e.value;
        if (`hires[${i}].${field}` !== e.path) reading.evidence.push({ path: `hires[${i}].${field}`, value: e.value, words: e.words });
      });
      continue;
    }
    (reading.patch.hireDefaults as Record<string, unknown>)[field] = e.value;
    const row = reading.patch.hires[Number(m[1])] as Record<string, unknown> | undefined;
    if (row) delete row[field];
    if (reading.patch.at) delete reading.patch.at[e.path];
    e.path = `hires[].${field}`;
  }
}
