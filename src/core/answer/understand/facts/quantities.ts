/**
 * Quantities as people type them: 6, 六, 两, 俩, 十二, 1.5万, 三个半月, 半年, 一年半 — and the
 * approximate ones that must never become an exact figure: 二十来个, 十几个, 20多个, 三四个,
 * 二三十个, 百十个, 好几个, 大概6个, 6个左右.
 */
import { parseChineseNumeral } from '../../chinese-numbers.js';
import { KIN } from './kin.js';

/** A number as typed (Arabic or Chinese, with 万/亿 inside a Chinese numeral). */
// 一亿二千万 is one figure: 亿 inside a numeral, as 万 is.
export const NUM = '(?:\\d+(?:\\.\\d+)?|[零〇一二两俩仨三四五六七八九十百千万亿]+)';

/** Value of a number as typed; undefined if it is not one. */
export function numberValue(raw: string): number | undefined {
  const s = raw.trim();
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  return parseChineseNumeral(s);
}

/**
 * True when the numeral is a range or a rough figure: two digits side by side (三四, 二三十),
 * 百十, or 几 inside it.
 */
export function isRoughNumeral(raw: string): boolean {
  if (/几/.test(raw) || /^百十/.test(raw)) return true;
  // 三四, 二三十, 七八百: two different digits side by side are a range.
  return /[一二两三四五六七八九][一二两三四五六七八九]/.test(raw);
}

/** Words around a figure that make it approximate. */
export const ROUGH_BEFORE = /(大概|大约|约|差不多|将近|接近|近|快|不到|不足|不满|估计|可能|好像|(?<![刚正恰])好|少说|至少)(是|有)?$/;
export const ROUGH_AFTER = /^(左右|上下|出头|来|多)/;

/** Months in a span such as 8个月, 三个半月, 半年, 一年半, 两年, 8个多月 (lower bound). */
export interface MonthsFound {
  value: number;
  index: number;
  end: number;
  /** 几个月, 好几个月, 半年多, 一年左右: not an exact figure. */
  rough: boolean;
  /**
   * For a rough duration, the months it certainly reaches (半年多 → 6, 一年左右 → 9, 去年三月到现在
   * → 10): enough for a threshold it clearly passes, never an amount.
   */
  atLeast?: number;
  /** Said as a starting date (去年三月到现在): the words after it say what started then. */
  since?: boolean;
  /** 不到半年 / 不满4个月: the months it stays under (6, 4) — a bound, not a figure. */
  below?: number;
}

const MONTHS_RE = new RegExp(
  [
    `(${NUM}|几|好几)(?:来)?个?(?:来)?(多|半)?月`,
    `(${NUM})年半`,
    `大?半年(多)?`,
    `(${NUM})(个)?(多)?年`,
    `一整年|整整一年|一年整|整一年`,
    `(去|前)年(${NUM})月(份)?`,
  ].join('|'),
  'g',
);

/** What follows a month of the year (三月份, 3月10号入职, 五月来的). */
// 5月进的车间 / 3月到岗: a verb of arriving right after it.
const CALENDAR_AFTER = /^(份|初|底|中旬|末|\d+(号|日)|[一二三四五六七八九十]+(号|日))|^(入职|进厂|来的|来了|开始|起|以来|过来|招的|上班的|到现在|到今天|至今|进|入|到岗|报到|上岗)/;
/** 2020年5月 / 去年三月: a month of a year named just before it. */
const YEAR_BEFORE = /(\d{2,4}|[今去明前]|[零〇一二三四五六七八九]{2,4})年$/;

/** 三月到八月 / 从3月至8月: a range of months of the year. */
const CALENDAR_RANGE_AFTER = /^(份)?(到|至|一直到|干到|做到)([一二三四五六七八九十]+|\d+)月/;
const CALENDAR_RANGE_BEFORE = /([一二三四五六七八九十]+|\d+)月(份)?(到|至|一直到|干到|做到)$/;

/** 刚数了 / 清点过: a figure said as counted — people, whatever was asked (never months). */
export const COUNTED = /数了|数过|数一下|点了|点过|清点|人头/;

/** A figure said with 左右/上下 or after 快/将近/差不多 reaches at least this share of it. */
const NEAR_SHARE = 0.75;

/** Every duration in the text, as months. */
export function findMonths(text: string): MonthsFound[] {
  const out: MonthsFound[] = [];
  for (const m of text.matchAll(MONTHS_RE)) {
    const index = m.index ?? 0;
    const end = index + m[0].length;
    const before = text.slice(Math.max(0, index - 3), index);
    if (/[今去明前后每]$/.test(before) && m[0].includes('年')) continue;
    // 三月份入职, 3月来的: a month of the year, not a duration (去年三月 is read as a start below).
    if (m[1] !== undefined && !/个/.test(m[0]) && m[2] === undefined && (CALENDAR_AFTER.test(text.slice(end)) || YEAR_BEFORE.test(text.slice(Math.max(0, index - 5), index)))) continue;
    // 从三月到八月: both ends are months of the year, not durations.
    if (m[1] !== undefined && !/个/.test(m[0]) && m[2] === undefined && (CALENDAR_RANGE_AFTER.test(text.slice(end)) || CALENDAR_RANGE_BEFORE.test(text.slice(Math.max(0, index - 8), index)))) continue;
    let value: number | undefined;
    let rough = false;
    let atLeast: number | undefined;
    let since = false;
    const more = /^(多|出头)/.test(text.slice(end)) ? text.slice(end).startsWith('出头') ? 2 : 1 : 0;
    if (m[1] !== undefined) {
      if (/几/.test(m[1]) || isRoughNumeral(m[1])) {
        rough = true;
        // 八九个月 / 五六个月: two neighbouring figures; it reaches at least the smaller.
        const pair = /^([一二三四五六七八九])([二三四五六七八九十])$/.exec(m[1]);
        const lo = pair ? numberValue(pair[1]!) : undefined;
        const hi = pair ? numberValue(pair[2]!) : undefined;
        if (lo !== undefined && hi === lo + 1) atLeast = lo;
      } else {
        value = numberValue(m[1]);
        if (value !== undefined && m[2] === '半') value += 0.5;
        // 十来个月: about ten — at least a little under it, never exactly it.
        // 七个来月: 来 after the measure word is "a little over" — at least the figure itself.
        if (value !== undefined && /^[^月]*来个?月/.test(m[0])) {
          atLeast = /个来月/.test(m[0]) ? value : Math.max(1, value - 2);
          rough = true;
        }
        // 8个多月: more than 8, not 8.
        if (value !== undefined && m[2] === '多') {
          atLeast = value;
          rough = true;
        }
      }
    } else if (m[3] !== undefined) {
      const n = numberValue(m[3]);
      if (n !== undefined) value = n * 12 + 6;
    } else if (/整/.test(m[0]) && /年/.test(m[0])) {
      // 一整年 / 整整一年: twelve months.
      value = 12;
    } else if (/^大?半年/.test(m[0])) {
      value = 6;
      // 半年多 / 大半年: more than six months, not six.
      if (m[0].startsWith('大') || m[0].endsWith('多')) {
        atLeast = 6;
        rough = true;
      }
    } else if (m[5] !== undefined) {
      if (isRoughNumeral(m[5])) rough = true;
      else {
        const n = numberValue(m[5]);
        if (n !== undefined) value = n * 12;
        if (n !== undefined && m[7] === '多') {
          atLeast = n * 12;
          rough = true;
        }
      }
    } else if (m[9] !== undefined) {
      // 去年三月到现在: at least the months left in that year and one more; 前年 adds a year.
      const month = numberValue(m[9]);
      if (month === undefined || month < 1 || month > 12) continue;
      since = true;
      rough = true;
      atLeast = 13 - month + (m[8] === '前' ? 12 : 0);
    }
    if (more && value !== undefined && !rough) {
      atLeast = value;
      rough = true;
    }
    const near = ROUGH_BEFORE.exec(before);
    // 六个月还不到 / 半年都没满: the bound said after the figure, as 不到六个月 says it before.
    const under = !rough && value !== undefined && /^(还|都|也|可|才)?(不到|没到|没有到|不满|没满|不足|不够)(呢|哩|嘞|啊|呀|吧|的)?(?=$|[,;。!?])/.test(text.slice(end));
    const below = (near && /^(不到|不足|不满)/.test(near[0])) || under ? (!rough ? value : undefined) : undefined;
    if (under) rough = true;
    if (near && !/至少/.test(near[0])) {
      rough = true;
      atLeast = /^(大概|大约|约|差不多|将近|接近|近|快)/.test(near[0]) && value !== undefined ? Math.floor(value * NEAR_SHARE) : undefined;
    } else if (/^(左右|上下)/.test(text.slice(end)) && value !== undefined && !rough) {
      rough = true;
      atLeast = Math.floor(value * NEAR_SHARE);
    }
    if (rough) value = undefined;
    // 21年底 / 20年开春搞的 / 到22年: a year written short is a date, not twenty-one years.
    const shortYear = value !== undefined && m[5] !== undefined && Number.isInteger(value / 12) && value / 12 >= 18 && value / 12 <= 30 && (SHORT_YEAR_AFTER.test(text.slice(end)) || SHORT_YEAR_BEFORE.test(before));
    if (shortYear) value = (2000 + value! / 12) * 12;
    // 2019年 is a date, not a duration — but 2020年开春来的 / 2021年3月入职 is a start.
    if (value !== undefined && value >= 1900 * 12) {
      const start = startInPlanYear(value / 12, text.slice(end));
      if (start) out.push({ value: NaN, index, end: end + start.length, rough: true, atLeast: start.atLeast, since: true });
      continue;
    }
    if (value === undefined && !rough) continue;
    out.push({ value: value ?? NaN, index, end, rough, ...(atLeast !== undefined ? { atLeast } : {}), ...(since ? { since } : {}), ...(below !== undefined ? { below } : {}) });
  }
  return out;
}

/** After a short year, words of a date: 21年底, 20年开春, 21年3月, 20年的时候. */
const SHORT_YEAR_AFTER = /^(底|初|末|中|年底|年初|开春|春天?|夏天?|秋天?|冬天?|上半年|下半年|那会儿?|那时候?|的时候|时|[\d一二三四五六七八九十]+月|开始|以来|至今|到现在|来的|入职|进厂|招的|搞的|办的|考的|买的)/;
/** Before a short year, words of a date: 到21年, 从20年, 是20年, 在21年. */
const SHORT_YEAR_BEFORE = /(到|从|是|在|于|自|那|去|截至|截止到?)$/;

/**
 * 2020年开春来的 / 2021年3月入职: a start in a year of the plan's, long past — at least the months
 * left in that year (a season read at its latest month). Later years are left unread: the months
 * since then depend on a date the reader does not know.
 */
function startInPlanYear(year: number, after: string): { atLeast: number; length: number } | undefined {
  if (!Number.isInteger(year) || year < 2010 || year > 2021) return undefined;
  const m = new RegExp(`^(开春|春天|春节后|过完年|年初|初|(${NUM})月(份)?)(就|都|才)?(?=来|入职|进厂|进|开始|到岗|上班|招|干|起|以来|到现在|至今)`).exec(after);
  if (!m) return undefined;
  const month = /年初|^初/.test(m[1]!) ? 2 : /开春|春天|春节后|过完年/.test(m[1]!) ? 4 : numberValue(m[2]!);
  if (month === undefined || month < 1 || month > 12) return undefined;
  return { atLeast: 13 - month, length: m[0].length };
}

/** Yuan from a number and a unit (万, 千, 百, 亿). */
/** A head count as typed: 俩 and 仨 carry their own measure word. */
export const headCount = (raw: string): number | undefined => (raw === '俩' ? 2 : raw === '仨' ? 3 : numberValue(raw));

export function yuanOf(num: string, unit: string | undefined): number | undefined {
  const n = numberValue(num);
  if (n === undefined) return undefined;
  const factor = unit === '亿' ? 1e8 : unit === '万' ? 1e4 : unit === '千' ? 1e3 : unit === '百' ? 100 : 1;
  return Math.round(n * factor * 100) / 100;
}

/** A head count next to a group word, exact or rough. */
export interface CountFound {
  value?: number;
  rough: boolean;
  index: number;
  end: number;
}

// 两个村里建档立卡的: where they come from may stand between the count and the group.
// 两个坐轮椅的残疾人 / 两个听力残疾的: a few words describing them may stand between the count and the group.
// 两个有就业困难认定的残疾人: the certificate they hold (groups.ts reads it as no group of its own).
// 2名持证残疾人 / 3个新招贫困户: a word of how they were taken on or certified, without 的.
const DESCRIBED = '(?:(?![月年天周])[\\u4e00-\\u9fff]{1,5}?的|(?:持证|持残疾证|有证|办了证|新招|新招收|新录用|新来|刚招|刚来|认定过|已认定|在册|本地|外地)|就业困难(?:人员)?(?:认定|证)的|听力|视力|肢体|智力|言语|精神)?';
// 5号人 / 3口人: the dialect's measure words for people.
const COUNT_BEFORE = new RegExp(`(${NUM}|几|好几)(来|多|几)?(号人|口人|个人|个|名|位|人)?(的)?(?:有|持有|持|拿着|是|都是|也是|也都是|村里的?|本村的?|我们村的?|俺村的?|咱村的?|附近的?|本地的?|老家的?)?${DESCRIBED}$`);
const COUNT_AFTER = new RegExp(`^(?:员工|职工|工人|人员|成员)?(?:的话|的|呢|吧)?(?:,?人数(?:是|为|有|共)?)?(?:骑手|工人|员工|职工|小伙子?|姑娘|大姐|师傅|保安|厨师|司机|护工|学徒|[\\u4e00-\\u9fff]{1,2}(?:员|工|师))?,?(?:那|这)?(?:倒是|倒|却|也)?(招了|招收了|招|吸纳了|吸纳|录用了|收了|要了|雇了|用了|还有|只有|就有|才有|其实是|其实有|只|就|才|有|共|一共|总共|是|准数是|准数|准确是|确切是|实际是|其实是|大概有|大概|约|差不多)?(${NUM}|几|好几)(来|多|几)?(号人|口人|个|名|位|人)(?![多半]?月)(左右|上下)?|^(?:的)?,?(?:那|这|一共|总共|共|一共是|总共是)?(俩|仨|两口子|夫妻俩|小两口)(?![月])|^(?:的)?,?(?:倒是|倒|也|就|只|还)?(?:招了|招收了|吸纳了|录用了|收了|要了|雇了|用了|有|是)(俩|仨)(?![个名位人月])|^[:：]?(\\d{1,3})(?=[\\s，,；;。、（()）]|$)`);

/** The count written just before a group word (3个贫困户, 俩贫困户, 十几个残疾人). */
/**
 * 要了个残疾的 / 招了个贫困户 / 招个贫困户 / 有个伙计是残疾人: one hire, said with 个 and no figure.
 */
const ONE_HIRED = new RegExp(`((招|要|收|雇|用|进|聘)了?|(?<!没)有)个(有)?(员工|工人|职工|伙计|小伙子?|小妹|姑娘|大姐|大哥|师傅|人)?(家里|家)?(是|属于)?(个)?${DESCRIBED}$`);

/** 俺姐是残疾人 / 我老公是贫困户: one relative said to be of the group is one person. */
const KIN_IS = new RegExp(`(我|俺)(家)?${KIN}(是|属于)(个)?$`);

/** 三个服务员里有一个是残疾人: some of the staff just counted are of the group. */
const SOME_OF_STAFF = new RegExp(`(?:里|中|当中|里面|里头|其中)(?:有)?(${NUM})(?:个|名|位)(?:人)?(?:是|属于|算)$`);

/** 招了仨阿姨，都是就业困难人员: people counted by who they are, then all said to be of the group. */
const PEOPLE_THEN_ALL = new RegExp(`(${NUM})(?:个|名|位)?(?:(?![年月了招收雇聘])[\u4e00-\u9fff]){0,3}?(?:阿姨|大姐|大嫂|大哥|大叔|小伙子|小伙|姑娘|师傅|工人|员工|骑手|孩子|学生|年轻人|厨子|厨师|服务员|保洁|保安|司机|宝妈|妇女|女工|妹子|老乡|村民)[,，\s]?(?:他们|她们|他俩|她俩|他仨|她仨)?(?:家里|家)?(?:都|全|均|全都)(?:是|为|属于|算)$`);

/** 招了俩 都是建档立卡贫困户: a count right after a verb of hiring, then all said to be of the group. */
const HIRED_THEN_ALL = new RegExp(`(?:招了|招收了|雇了|要了|收了|录用了|吸纳了)(俩|仨|${NUM}(?:个|名|位|个人)?)[,，\\s]?(?:他们|她们|他俩|她俩|他仨|她仨)?(?:都|全|均|全都)(?:是|为|属于|算)$`);

/** 招的这5个人 建档立卡贫困户倒不是 都是就业困难人员: people counted as people, a clause between, then all said to be of the group. */
const PEOPLE_COUNTED_THEN_ALL = new RegExp(`(?:招的|招了|招收了|吸纳了|吸纳的|雇了|录用了|录用的)(?:这|那)?(${NUM}(?:个人|名|位|人))[^。？?]{0,16}?[,，\\s](?:他们|她们)?(?:都|全|均|全都)(?:是|属于)$`);

/** 招了个耳朵听不太见的小姐姐 就是残疾人: one hire described at length, then said to be of the group. */
const ONE_DESCRIBED = /(招|要|收|雇|聘|进)了?(一)?个[^,;。\d]{2,14}?[,\s]?(她|他)?(就是|也是|是|属于)(个)?$/;

export function countBefore(text: string, groupIndex: number, floor: number): CountFound | undefined {
  const described = ONE_DESCRIBED.exec(text.slice(Math.max(floor, groupIndex - 22), groupIndex));
  if (described) return { value: 1, rough: false, index: groupIndex - described[0].length, end: groupIndex };
  const some = SOME_OF_STAFF.exec(text.slice(Math.max(floor, groupIndex - 10), groupIndex));
  if (some) {
    const n = numberValue(some[1]!);
    if (n !== undefined && Number.isInteger(n)) return { value: n, rough: false, index: groupIndex - some[0].length, end: groupIndex };
  }
  const roles = PEOPLE_THEN_ALL.exec(text.slice(Math.max(floor, groupIndex - 16), groupIndex));
  if (roles) {
    const n = numberValue(roles[1]!);
    if (n !== undefined && Number.isInteger(n) && !isRoughNumeral(roles[1]!)) return { value: n, rough: false, index: groupIndex - roles[0].length, end: groupIndex };
  }
  const hiredAll = HIRED_THEN_ALL.exec(text.slice(Math.max(floor, groupIndex - 14), groupIndex)) ?? PEOPLE_COUNTED_THEN_ALL.exec(text.slice(Math.max(floor, groupIndex - 26), groupIndex));
  if (hiredAll) {
    const raw = hiredAll[1]!.replace(/个人|个|名|位|人/, '');
    const n = raw === '俩' ? 2 : raw === '仨' ? 3 : isRoughNumeral(raw) ? undefined : numberValue(raw);
    if (n !== undefined && Number.isInteger(n)) return { value: n, rough: false, index: groupIndex - hiredAll[0].length, end: groupIndex };
  }
  const from = Math.max(floor, groupIndex - 14);
  const before = text.slice(from, groupIndex);
  const one = ONE_HIRED.exec(before) ?? KIN_IS.exec(before);
  if (one) return { value: 1, rough: false, index: from + (one.index ?? 0), end: groupIndex };
  const m = COUNT_BEFORE.exec(before);
  if (!m) return undefined;
  // 3个月 is a duration, not a count; a bare digit needs its measure word unless it is 俩/仨.
  // 招了一百二就业困难人员: right after a verb of hiring, the figure is a count without one.
  const index = from + (m.index ?? 0);
  if (!m[3] && !/^[俩仨]$/.test(m[1]!) && !/(招|招收|吸纳|录用|收|雇|聘)了?$/.test(text.slice(Math.max(0, index - 3), index))) return undefined;
  return read(m[1]!, m[2], text.slice(Math.max(0, index - 3), index), '', index, from + before.length);
}

/** The count written just after a group word (贫困户6人, 贫困户招了6个, 残疾人有10来个). */
export function countAfter(text: string, groupEnd: number, ceiling: number): CountFound | undefined {
  const after = text.slice(groupEnd, Math.min(ceiling, groupEnd + 12));
  const m = COUNT_AFTER.exec(after);
  if (!m) return undefined;
  // 贫困户俩 / 就业困难的仨: 俩 and 仨 carry their own measure word.
  if (m[6] !== undefined) return { value: m[6] === '仨' ? 3 : 2, rough: false, index: groupEnd, end: groupEnd + m[0].length };
  // 贫困户招了仨: the verb, then 俩/仨 with no measure word.
  if (m[7] !== undefined) return { value: m[7] === '仨' ? 3 : 2, rough: false, index: groupEnd, end: groupEnd + m[0].length };
  // 残疾人2 以工代训4个月: a form's bare figure right after the group, closed by a space or a stop.
  if (m[8] !== undefined) return { value: Number(m[8]), rough: false, index: groupEnd, end: groupEnd + m[0].length };
  const lead = m[1] ?? '';
  return read(m[2]!, m[3], lead, m[5] ?? '', groupEnd, groupEnd + m[0].length);
}

function read(num: string, suffix: string | undefined, before: string, after: string, index: number, end: number): CountFound {
  const rough =
    /几/.test(num) || isRoughNumeral(num) || suffix === '来' || suffix === '多' || suffix === '几' || ROUGH_BEFORE.test(before) || /(大概|约|差不多)/.test(before) || after !== '';
  if (rough) return { rough: true, index, end };
  const value = numberValue(num);
  return value !== undefined && Number.isInteger(value) ? { value, rough: false, index, end } : { rough: true, index, end };
}

/** A year as typed (2020, or 20 for 2020). */
export function fullYear(typed: string): number {
  return typed.length === 2 ? 2000 + Number(typed) : Number(typed);
}
