/**
 * A change to the employer's case said in few words, after the rules have run: "少了一个 总共5个",
 * "那栏写的是6", "不对 是4个月". The fact reader finds no fact in such a message (no group, no
 * 以工代训 named), so without this it would be searched as a question. A figure whose fact the
 * case leaves no doubt about (a head count when one group was hired) replaces that fact; a
 * figure that could be several facts is never placed by a guess — the person is asked which.
 */
import type { Applicant } from '../../rules/schema.js';
import type { PendingWhich } from '../session-state.js';
import { hireName } from '../fact-words.js';
import { findGroups } from './facts/groups.js';
import { spokenForms } from './facts/prepare.js';
import { NUM, numberValue } from './facts/quantities.js';

/** Words that say the message changes what was said before. */
// 最后确认了 9个人 / 多数了一个: a figure checked again, or a count off by some.
// 又问了车间主任 说是五个月 / 就按五个月: a figure checked with someone, or the one to go by.
const CHANGES = /又问了|问过了|(就|都)按(?=[\d一二两三四五六七八九十俩仨])|确认了|核实了|最后定了|最终是|多数了|少数了|数错|不对|错了|说反|弄反|搞反|记反|写反|打反|反了|颠倒|少说|多说|不是|记成|写成|看成|说成|记岔|说错|搞错|看错|写错|记错|弄错|填错|更正|纠正|少算|多算|漏了|少了|多了|其实|实际上|实际是|总共|一共|共计|合计|应该是|应是|改成|改为|换成|那栏|这栏|那一栏|那一项|写的是|填的是|再加|还有一个|还有俩|还有两个/;
/** Only a difference (少了一个, 再加一个): the new total is not said. */
const RELATIVE = /少了|多了|少算|多算|少说|多说|漏了|再加|还有(一|两|俩)个/;
/** Words that say a total or the right value outright. */
const ABSOLUTE = /总共|一共|共计|合计|应该是|应是|改成|改为|换成|写的是|填的是|是|为/;

/** Words that make the message a question. */
const ASKS = /吗|么|呢|[?？]|多少|几|怎么|能不能|可不可以|可以|能补|能领|是否|什么|啥|哪/;

export type CaseCorrection =
  /** Facts placed without doubt, by request path, with the words they were read from. */
  | { kind: 'facts'; facts: Array<{ path: string; value: number; words: string }> }
  /**
   * A figure that could be several facts: which one, in plain words, with replies that would
   * settle it (以工代训6个月). A difference only (少了一个) asks for the total instead.
   */
  | { kind: 'which'; figure: string; options: string[]; examples: string[]; relative?: boolean; pending?: PendingWhich };

/** Reads a short change to the employer's case; undefined when the message is none. */
export function readCaseCorrection(message: string, applicant: Applicant | undefined, lastSaid: readonly string[] = []): CaseCorrection | undefined {
  if (applicant?.type !== 'employer' || !applicant.hires?.length) return undefined;
  // 是4个人 不是5个 那总共能拿多少: the question after the change asks for the new amount.
  // 抱歉，更正一下：人数应为2名（另1人离职，不计）；以工代训月数不变: the asides in brackets, the
  // apology and what stays unchanged say nothing to place.
  const plain = message.replace(/[（(][^）)]{0,30}[)）]/g, '').replace(/[;；,，。\s]?[^;；,，。\s]{0,12}(不变|没变|照旧)[。.]?/g, '').replace(/^(抱歉|不好意思|对不起)[,，：:\s]*/, '');
  const text = spokenForms(plain.replace(/\s+/g, ' ')).trim().replace(/[,，\s]+(那|这下|那么|你)?[^,，\s]{0,12}(多少|中不中|行不行|能不能|算算)[^,，\s]*$/, '');
  if (text.length > 30 || !CHANGES.test(text)) return undefined;
  // 又改口说9个 我也搞不清: a figure the person doubts themselves places nothing.
  if (/搞不清|弄不清|不清楚|说不准|说不好|拿不准|不确定|不知道/.test(text)) return undefined;
  // 一共能补6个月吗 / 还有一个问题: a question, not a figure of the case.
  if (ASKS.test(text.replace(/[那这]几(个|位|名)/g, '')) || /还有(一)?个(问题|事|情况)/.test(text)) return undefined;
  const perGroup = monthsPerGroup(text, applicant.hires) ?? monthsPerCount(text, applicant.hires);
  if (perGroup) return { kind: 'facts', facts: perGroup };
  // 是两个人 不是三个: the figure denied is the old one, not the new.
  // 更正一下 / 等一下: 一 there counts nothing. 俩不对: the figure said to be wrong is the old one.
  const all = [...text.matchAll(new RegExp(`(${NUM})\\s*(个月|月|个人|个|名|人|位)?`, 'g'))].filter(
    (f) =>
      !/(不是|并非|而非|记成|写成|说成|看成)\s*$/.test(text.slice(0, f.index ?? 0)) &&
      !(f[1] === '一' && !f[2] && /^(下|点|些|会|直|起|样|共|般|定|切|边|家|批|拨|回事)/.test(text.slice((f.index ?? 0) + f[0].length))) &&
      // 另一家 / 另一批: which one, not how many.
      !(f[1] === '一' && /另$/.test(text.slice(0, f.index ?? 0))) &&
      // 那仨不是就业困难 是退伍兵: 那仨 points at people told before, it counts nothing new.
      !(/(那|这)$/.test(text.slice(0, f.index ?? 0)) && !/月/.test(f[2] ?? '') && /^\s*(个|名|位|人)?(不是|并不是)/.test(text.slice((f.index ?? 0) + f[0].length))) &&
      // 其中一个不是贫困户: a part of the group, not its new head count (the reader takes that many out).
      !/(其中|里面|里头|这里头|里有|当中有)(的)?\s*$/.test(text.slice(0, f.index ?? 0)) &&
      // 后仨月就自己干了: a stretch inside the span (its last three months), not a figure of the case.
      !/(后|前|头|最后|剩下)\s*$/.test(text.slice(0, f.index ?? 0)) &&
      !/^\s*(不对|错了|是错的|说错了)/.test(text.slice((f.index ?? 0) + f[0].length)),
  );
  // 是7个人 不是6个 漏了一个: the difference beside the total (漏了一个) is no figure of the case.
  const totals = all.filter((f) => !/(漏了|少了|多了|少算了?|多算了?|少说了?|多说了?|多数了?|少数了?|再加|还有)\s*$/.test(text.slice(0, f.index ?? 0)) && !/^\s*(人)?(都|也|早就|早|已经|后来|中途|先)?(走了|离职|辞职|不干了|没来|跑了|没签|没招上|没留下)/.test(text.slice((f.index ?? 0) + f[0].length)));
  // 不是仨 是俩 有一个是普通户: the figure stated with 是 is the new one; what follows explains it.
  const stated = totals.filter((f) => /(?<!不)(是|应该是|实际是|其实是|应为|应该为|改为|更正为)\s*$/.test(text.slice(0, f.index ?? 0)) && !/^\s*(个|名|人|位)?(是|不是)/.test(text.slice((f.index ?? 0) + f[0].length)));
  const figures = stated.length > 0 ? stated : totals.length > 0 ? totals : all;
  const last = figures[figures.length - 1];
  if (!last) return undefined;
  const value = numberValue(last[1]!);
  if (value === undefined || !Number.isInteger(value) || value <= 0) return undefined;
  const hires = applicant.hires;
  const unit = last[2] ?? '';
  const months = /月/.test(unit);
  // 俩 / 仨 carry their own measure word: a head count.
  // 人数不是3 是2: the fact named by its own word, the figure bare.
  const count = (/个人|个|名|人|位/.test(unit) || /^[俩仨]$/.test(last[1]!) || (unit === '' && /人数/.test(text))) && !months;
  const absolute = ABSOLUTE.test(text.slice(0, last.index ?? 0)) || figures.length > 1;
  // (Two rows of one group are told apart by their head counts.)
  const twins = new Set(hires.map((h) => h.group)).size < hires.length;
  const nameOf = (h: (typeof hires)[number]) => hireName((twins ? h : { ...(h.group ? { group: h.group } : {}) }) as (typeof hires)[number]);
  const countOptions = hires.map((h) => `${nameOf(h)}的人数`);
  const monthOptions = hires.flatMap((h) => {
    const name = hires.length > 1 ? nameOf(h) : '';
    return [`${name}已就业的月数`, `${name}以工代训的月数`];
  });
  const figure = last[0].trim();
  const n = last[1]!;
  const countSays = hires.length === 1 ? [`一共${n}人`] : hires.slice(0, 2).map((h) => `${nameOf(h).replace(/^吸纳的/, '')}${n}人`);
  const monthSays = [`干了${n}个月`, `以工代训${n}个月`];
  // 少了一个 / 再加一个 alone: a difference, not the total — asking is cheaper than adding.
  if (RELATIVE.test(text) && !absolute) {
    const phrase = RELATIVE.exec(text)![0];
    const said = text.slice(text.indexOf(phrase), (last.index ?? 0) + last[0].length);
    return { kind: 'which', figure: said, options: months ? monthOptions : countOptions, examples: [], relative: true };
  }
  if (count && hires.length === 1) return { kind: 'facts', facts: [{ path: 'hires[0].count', value, words: figure }] };
  // 残疾人那块 实际是6个 不是5个: the group named picks its row.
  const named = new Set(findGroups(text, []).filter((g) => !g.denied).map((g) => g.group));
  const rowsNamed = hires.map((h, i) => ({ h, i })).filter(({ h }) => h.group !== undefined && named.has(h.group));
  if (count && rowsNamed.length === 1) return { kind: 'facts', facts: [{ path: `hires[${rowsNamed[0]!.i}].count`, value, words: figure }] };
  if (count) return { kind: 'which', figure, options: countOptions, examples: countSays };
  // 是5个月 不是3个月: the figure denied names the fact — the one month count that held it.
  if (months) {
    const denied = [...text.matchAll(new RegExp(`(?:不是|并非|而非|记成|写成|说成|看成)\\s*(${NUM})\\s*(?:个)?月`, 'g'))].map((m) => numberValue(m[1]!));
    const holders = hires.flatMap((h, i) => (['monthsEmployed', 'onJobTrainingMonths'] as const).filter((k) => denied.includes(h[k])).map((k) => `hires[${i}].${k}`));
    if (holders.length === 1) return { kind: 'facts', facts: [{ path: holders[0]!, value, words: figure }] };
    // 记错了 是5个月, where the case holds one month figure only: that one.
    const held = hires.flatMap((h, i) => (['monthsEmployed', 'onJobTrainingMonths'] as const).filter((k) => h[k] !== undefined).map((k) => `hires[${i}].${k}`));
    if (held.length === 1 && !/干|工作|上班|入职|代训|带训/.test(text)) return { kind: 'facts', facts: [{ path: held[0]!, value, words: figure }] };
    // 以工代训那块说错了 是三个月 / 干的时间记错了 是十个月: the words name the fact; one group, one row.
    const led = /代训|带训|带了|带满|带着/;
    // (Only words up to the figure's own clause name it: 说是五个月 后仨月就自己干了 — the 干了 is of another stretch.)
    const at = (last.index ?? 0) + last[0].length;
    const own = text.slice(0, at + (/^[^,，;；。\s]*/.exec(text.slice(at))?.[0].length ?? 0));
    const namedKey = led.test(own) && !/干了|干满|工作了|上班|入职|来了/.test(own) ? 'onJobTrainingMonths' : /干了|干满|干的|工作了|上班|入职|来了/.test(own) && !led.test(own) ? 'monthsEmployed' : undefined;
    const oneRow = hires.length === 1 ? 0 : rowsNamed.length === 1 ? rowsNamed[0]!.i : undefined;
    if (namedKey && oneRow !== undefined) return { kind: 'facts', facts: [{ path: `hires[${oneRow}].${namedKey}`, value, words: figure }] };
    // 以工代训六个月 → 不对 是四个月: the one month fact the message before stated.
    const justSaid = (['monthsEmployed', 'onJobTrainingMonths'] as const).filter((k) => lastSaid.includes(`hires[].${k}`));
    if (!namedKey && justSaid.length === 1 && oneRow !== undefined) return { kind: 'facts', facts: [{ path: `hires[${oneRow}].${justSaid[0]}`, value, words: figure }] };
    // 零就业那个也是四个月: 也 likens the row to another that holds that figure — the same fact.
    if (!namedKey && oneRow !== undefined && /也(是|都是)?\s*$/.test(text.slice(0, last.index ?? 0))) {
      const alike = (['monthsEmployed', 'onJobTrainingMonths'] as const).filter((k) => hires.some((h, i) => i !== oneRow && h[k] === value));
      if (alike.length === 1) return { kind: 'facts', facts: [{ path: `hires[${oneRow}].${alike[0]}`, value, words: figure }] };
    }
    // The group named narrows the question to its own two month facts.
    const rowOptions = oneRow !== undefined && hires.length > 1 ? monthOptions.filter((o) => o.startsWith(nameOf(hires[oneRow]!))) : monthOptions;
    return { kind: 'which', figure, options: rowOptions, examples: monthSays };
  }
  return { kind: 'which', figure, options: [...countOptions, ...monthOptions], examples: [...countSays, ...monthSays.slice(1)] };
}

/**
 * 说反了 就业困难那个是四个月 零就业那仨是俩月: each group named with a month figure of its own. The
 * figure goes to that group's row, to the one month fact the row holds (or the one the words name);
 * if any group's figure could be either fact, nothing is placed and the usual reading asks.
 */
function monthsPerGroup(text: string, hires: NonNullable<Extract<Applicant, { type: 'employer' }>['hires']>): Array<{ path: string; value: number; words: string }> | undefined {
  const groups = findGroups(text, []).filter((g) => !g.denied && !g.asked);
  if (groups.length < 2) return undefined;
  const out: Array<{ path: string; value: number; words: string }> = [];
  for (const [k, g] of groups.entries()) {
    const part = text.slice(g.end, groups[k + 1]?.start ?? text.length);
    const figures = [...part.matchAll(new RegExp(`(${NUM})\\s*个?月`, 'g'))];
    const rows = hires.map((h, i) => ({ h, i })).filter(({ h }) => h.group === g.group);
    if (figures.length !== 1 || rows.length !== 1) return undefined;
    const value = numberValue(figures[0]![1]!);
    if (value === undefined || !Number.isInteger(value) || value <= 0) return undefined;
    const { h, i } = rows[0]!;
    const named = /代训|带训/.test(part) ? 'onJobTrainingMonths' : /干|上班|工作|入职|来了/.test(part) ? 'monthsEmployed' : undefined;
    const held = (['monthsEmployed', 'onJobTrainingMonths'] as const).filter((key) => h[key] !== undefined);
    const key = named ?? (held.length === 1 ? held[0] : undefined);
    if (!key) return undefined;
    out.push({ path: `hires[${i}].${key}`, value, words: figures[0]![0] });
  }
  return out;
}

/** A person's own counted facts a short correction may name by its unit (是3次, 开了4年). */
const PERSON_FIGURES: ReadonlyArray<{ path: 'subsidizedTrainingsThisYear' | 'businessYears'; unit: RegExp }> = [
  { path: 'subsidizedTrainingsThisYear', unit: /^(次|回)/ },
  { path: 'businessYears', unit: /^(年)/ },
];

/**
 * 不对 我记错了 是3次, after a person's case told its count of subsidised trainings: the figure
 * with that fact's own unit replaces it. A figure of no fact the case holds changes nothing.
 */
export function readPersonCorrection(message: string, applicant: Applicant | undefined): CaseCorrection | undefined {
  if (applicant?.type !== 'person') return undefined;
  const text = spokenForms(message.replace(/\s+/g, ' ')).trim();
  if (text.length > 30 || !CHANGES.test(text) || /吗|么|[?？]|多少|几次|几年|能不能/.test(text)) return undefined;
  const figures = [...text.matchAll(new RegExp(`(?<!不是|并非|第)(${NUM})\\s*(次|回|年)`, 'g'))];
  const last = figures[figures.length - 1];
  if (!last) return undefined;
  const value = numberValue(last[1]!);
  const fact = PERSON_FIGURES.find((f) => f.unit.test(last[2]!));
  if (value === undefined || !fact || applicant[fact.path] === undefined) return undefined;
  return { kind: 'facts', facts: [{ path: fact.path, value, words: last[0] }] };
}

/** 干了8个月的是那4个 / 才来3个月的是那6个: months said of the row pointed at by its head count. */
const MONTHS_OF_COUNT = new RegExp(`([^,，;；。\\s]{0,8}?)(${NUM})个?月的?(?:是|就是|其实是|应该是)(?:那|这)?(${NUM}|俩|仨)个?`, 'g');

/**
 * 我说反了 干了8个月的是那4个 才来3个月的是那6个: rows of one group told apart by their counts, each
 * given the months said of it — the fact named by its verb (干了/来了 → employed; 以工代训 → training).
 * Undefined unless every figure finds exactly one row by its count.
 */
function monthsPerCount(text: string, hires: NonNullable<Extract<Applicant, { type: 'employer' }>['hires']>): Array<{ path: string; value: number; words: string }> | undefined {
  const out: Array<{ path: string; value: number; words: string }> = [];
  for (const m of text.matchAll(MONTHS_OF_COUNT)) {
    const value = numberValue(m[2]!);
    const n = m[3] === '俩' ? 2 : m[3] === '仨' ? 3 : numberValue(m[3]!);
    const rows = hires.flatMap((h, i) => (h.count === n ? [i] : []));
    const key = /代训|带训|带了|带着/.test(m[1]!) ? 'onJobTrainingMonths' : /干|来|进|入职|上班|工作/.test(m[1]!) ? 'monthsEmployed' : undefined;
    if (value === undefined || rows.length !== 1 || !key) return undefined;
    out.push({ path: `hires[${rows[0]}].${key}`, value, words: m[0] });
  }
  return out.length > 0 ? out : undefined;
}
