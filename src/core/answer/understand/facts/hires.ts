/**
 * People an employer took on, each group with its own count and months: in
 * "招了3个贫困户干了8个月，还有2个残疾人刚来4个月" the 8 months belong to the poor-household hires
 * and the 4 to the disabled ones. A figure binds to the group named last before it; with one
 * group named it binds to that group; with none, or after 都/均 ("都干了半年"), it is said of all
 * hires. Months employed and months of 以工代训 are told apart by the words just before the
 * figure (干了8个月 / 以工代训5个月) or, failing that, just after it (5个月的以工代训).
 */
import type { Hire } from '../../../rules/schema.js';
import { has, inUnknownClause, put, putAt, takeBack, type ReadingContext } from './context.js';
import type { GroupMention } from './groups.js';
import { findParts, partMention } from './parts.js';
import { NUM, countAfter, countBefore, findMonths, isRoughNumeral, numberValue, type MonthsFound } from './quantities.js';
import { CONDITION, QUESTION, SUPPOSITION } from './scope.js';

type MonthsKey = 'monthsEmployed' | 'onJobTrainingMonths';

// 以工代训足足六个月 / 以工代训干满六个月 / 以工代训那块应该是5个月: the months of 以工代训.
// 带着练了4个月 / 边干边教 教了4个月: 以工代训 as employers describe it.
// 训了6个月, typed short in a talk about 以工代训 (not 培训/军训/集训, which are other trainings).
// 带教 / 传帮带 / 跟班学习 / 一边干一边学 / 以训代工 (the words swapped): learning by the work itself.
const OJT_BEFORE = /(以工代训|以训代工|代训|带训|(?<![培集军教特])训|带着(练|学|干|做)|边干边(教|学|练|带)|一边干一边(教|学|练|带)|手把手(地)?(教|带)|跟着师傅(学|干)|带教|传帮带|跟班(学习|学)?)(的话|的)?(时间|月数|月份|时长|期限|期)?(那块|这块|那个|这个|那边|这边)?(呢|嘛|啊|吧)?(每个人|每人|每位|人均|大家|统一|一律|全部|全都|也|都|就|是|为|有|已经|已|搞|做|带|弄|干|培训|进行|开展|了|过|满|够|凑|到时候|届时|那会儿|俺|我|(?<=训)他|(?<=训)她|(?<=是)头|共|一共|前后|前前后后|总共|大概|才|刚|只|仅|足足|整整|整|刚好|正好|恰好|同样|同样是|也是|各|应该|应为|应该为|改为|更正为|就是|即|也即|(?:上面|刚才|前面|之前|上边)所?说(?:的|过的)|实际|其实|确实|教|练|学|说是|据说|听说|他说|她说|说|给他们|给她们|给他|给她|给|按|算|算下来|算起来|加起来|满打满算|报|按照|报的是|,)*$/;
/** 来店里快一年了 / 在厂里干了8个月 / 在俺这快一年了: where they work, between the verb and the span. */
const WORKPLACE = '(?:(?:在|到)?(?:厂|店|公司|车间|单位|社里|基地|俺这|我这|咱这|俺们这|我们这|咱们这|这)(?:里|儿|边)?)?';
const EMPLOYED_BEFORE = new RegExp(
  // 跟了我一年多了: with the asker that long.
  `(干|工作|就业|上班|上岗|上了|在岗|在职|用工|录用|雇用|聘用|来|入职|雇佣|雇|待|呆|做|干活|任职|进厂|进的厂|进了厂|进公司|进了公司|进的公司|入的职|来的厂|跟(?:了|着)(?:我|俺|我们|俺们|咱)?|在(?:厂|店|公司|车间|单位|社|俺这|我这|咱这|俺们这|我们这|这)(?:里|儿|边)?)${WORKPLACE}(呢|嘛|啊|吧)?(?:[,\\s](?=到现在|到今天|至今|到目前))?(了|过|满|够|有|已经|已|都|也|就|共|一共|快|将近|差不多|大概|的时间|时间|才|刚|刚好|正好|恰好|足足|整整|整|足|超过|超|不止|还|到现在|到今天|至今|到目前)*$`,
);
const OJT_AFTER = /^(的)?(以工代训|代训|带训)/;
/**
 * Verbs that say something was done, not that someone was employed (做了5个月, 搞了4个月): the
 * fact is the one named after the figure (5个月以工代训) or the one the dialogue asked about.
 */
const WEAK_BEFORE = /(做|搞|弄|开展|进行|给他们做|给他们搞)(了|过|满|有|已经|都|也|就|共|一共|大概)*$/;
const STRONG_EMPLOYED = new RegExp(`(干|工作|就业|上班|上岗|在岗|在职|用工|录用|入职|雇佣|雇|待|呆|干活|任职|进厂|进公司|来)${WORKPLACE}(了|过|满|有|已经|都|也|就|共|一共|快|将近|差不多|大概|的时间|时间|才|刚)*$`);
const EMPLOYED_AFTER = /^(的)?班/;
/** After a starting date (去年三月…): what started then is the job. */
const SINCE_EMPLOYED = /^(份)?(到现在|至今|到今天|开始|起|以来)?(就)?(一直)?(在)?(干|上班|工作|来|入职|进厂|招|上岗|在岗)/;
/** 到现在 / 至今 before a figure: counted from a start said just before. */
const SINCE_NOW = /(到现在|至今|到今天|迄今|到目前)(为止)?(已经|都|有|了|满|快|一共|共|是|也)*$/;
/** A start of the job said just before (三月份入职的, 去年十月来的). */
// 签合同到现在五个月: the contract signed is the start of the job.
const STARTED = /入职|进厂|来的|来了|上班|上岗|招的|招进来|录用|签(了|的)?(劳动)?合同|合同签(了|的)|签约/;
/**
 * Months employed matter only against the six months a poor-household hire must have worked
 * (三(二)/六(一)): a rough duration clearly past it (半年多, 一年左右) may stand at its lower
 * bound; months of 以工代训 set the amount and are never taken from a rough figure.
 */
const EMPLOYED_THRESHOLD = 6;
/** The value the question's answer "不满 6 个月" records (rules/facts.ts): any span short of six months. */
const UNDER_THRESHOLD = 5;
/** 以工代训六个月 / 以工代训才搞了两个月: the training named with its own span. */
const OJT_WITH_OWN_SPAN = new RegExp(`^(的)?(以工代训|代训|带训)(也|都|才|就|只|搞了|做了|干了|弄了|了|是|有){0,3}(${NUM}|半)个?(多|半)?月`);

/** Words that start another lot of hires (另外贫困户3个, 还有3个贫困户). */
// 还有三个也是建档立卡的: the count, then the group said to be the same as before.
const ANOTHER_LOT = /(另外|还有|另有|另|又|再|第[二三四五2-5](?:批|拨|波)(?:的)?)(的|有)?(招了|招|来了|收了|有)?[\d一二两三四五六七八九十俩仨]*(个|名)?(也是|也都是|同样是|也)?([\u4e00-\u9fff]{1,3}的)?$/;

/** Words of a job held: said of the children counted, they are hires. */
const WORKING = /以工代训|干了|干满|干够|上班|岗前|入职|进厂|社保|五险/;

/**
 * 招了仨建档立卡户家的孩子 / 2个建档立卡的孩子干满8个月: children counted by an employer who took them
 * on, or in a message about their job, are hires of the group — not students of a school.
 */
function youngHires(t: string, g: GroupMention): boolean {
  const before = t.slice(Math.max(0, g.start - 8), g.start);
  if (/(招|雇|录用|聘|收|要)(了|的|用了|进)?([\d一二两三四五六七八九十俩仨]+)?(个|名|位)?$/.test(before)) return true;
  return /([\d一二两三四五六七八九十]+(个|名|位)|俩|仨)(的)?$/.test(before) && WORKING.test(t);
}

/** The hire rows for the groups named, in order of first mention. */
export function readHires(ctx: ReadingContext, groups: GroupMention[]): GroupMention[] {
  const { t } = ctx;
  const hireMentions = groups.filter(
    (g) =>
      !g.denied &&
      !g.asked &&
      g.group !== 'employee' &&
      g.group !== 'poor_family_student' &&
      // 贫困家庭的孩子 is a student — unless hired (招了2个零就业家庭的孩子, 收了俩残疾孩子): then young hires.
      (!/^(户)?(的)?(家庭|家)?(的)?(学生|子女|孩子|娃)/.test(t.slice(g.end)) || youngHires(t, g)),
  );
  const rows: GroupMention[] = [];
  ctx.hireMentions = [];
  // 他俩不是退役军人，是建档立卡贫困户: a hired group denied, for the case to take back.
  for (const g of groups) {
    if (!g.denied || g.asked || g.group === 'employee') continue;
    // 其中一个不是贫困户 / 有俩不是残疾人: the denial is of some of the group's people, not of them all.
    const some = SOME_OF_THEM_DENIED.exec(t.slice(Math.max(0, g.start - 12), g.start));
    const n = some ? numberValue(some[3]!) : undefined;
    // 有一个是建档立卡的…还有一个是退伍军人 他不是贫困户: the denial describes another row (他), and the
    // group it denies is one this message hires — nothing is taken back.
    if (!some && OTHER_ROW_DESCRIBED.test(clauseText(ctx, g.start).slice(0, Math.max(0, g.start - clauseStart(ctx, g.start)))) && hireMentions.some((h) => h.group === g.group)) continue;
    ctx.denied.push({ path: 'hires[].group', value: g.group, start: g.start, end: g.end, ...(n !== undefined && Number.isInteger(n) && n > 0 ? { some: n } : {}) });
  }
  // A count belongs to one group: 其中贫困户5个 残疾人3个 — the 5 is not the disabled hires'.
  let usedUntil = 0;
  for (const g of hireMentions) {
    if (CONDITION.test(clauseText(ctx, g.start)) && !/\d|[一二两三四五六七八九十]/.test(clauseText(ctx, g.start))) continue;
    // A group asked about in general (招用贫困户有什么补贴) is not a hire.
    const clause = clauseText(ctx, g.start);
    if (QUESTION.test(clause) && !/(招|吸纳|录用|雇|聘|带)(了|过|的)|我们|俺|咱|\d|[一二两三四五六七八九十俩几]个/.test(clause)) continue;
    // 3个残疾人 都是肢体残疾的 应该算就业困难人员吧: the disabled hires said to be 就业困难人员 too —
    // the plan counts 残疾人 among them, so these are the same people, not a second row.
    if (g.group === 'employment_difficulty' && rows.length > 0 && rows[rows.length - 1]!.group === 'disabled' && SAME_PEOPLE_AS.test(t.slice(Math.max(0, g.start - 6), g.start)) && !countBefore(t, g.start, rows[rows.length - 1]!.end)) continue;
    let row = rows.findIndex((r) => r.group === g.group);
    // 贫困户2个干了9个月…; 另外贫困户3个刚来3个月: the group named again as another lot is a row of its own.
    // (第二批 after a 第一批 is a part of the group told in batches, which splitIntoParts reads.)
    const lotBefore = ANOTHER_LOT.exec(t.slice(Math.max(0, g.start - 6), g.start));
    if (row >= 0 && lotBefore && !(/批|拨|波/.test(lotBefore[1]!) && /第一批|头一批|第一拨|头一拨/.test(t)) && (countBefore(t, g.start, Math.max(previousEnd(hireMentions, g), usedUntil)) ?? countAfter(t, g.end, nextStart(hireMentions, g, t.length)))) row = -1;
    // 贫困户3个(干了7个月…) 贫困户2个(干了3个月…): the group named again with a head count of its
    // own, after the first was counted, is another lot — unless words take the first count back.
    if (row >= 0 && !lotBefore && has(ctx, `hires[${row}].count`)) {
      const again = countAfter(t, g.end, nextStart(hireMentions, g, t.length)) ?? countBefore(t, g.start, Math.max(previousEnd(hireMentions, g), usedUntil));
      const first = ctx.facts.find((f) => f.path === `hires[${row}].count`)!;
      // (The same count again restates the same people: 贫困户3个…贫困户3个都没领.)
      if (again?.value !== undefined && again.value !== first.value && !TAKEN_BACK.test(t.slice(first.end, g.start)) && !/(是|其实|实际|应该|一共|总共|共)$/.test(t.slice(Math.max(0, g.start - 2), g.start)) && /[,;。)）]/.test(t.slice(first.end, g.start)) && (!ANOTHER_UNIT.test(t.slice(first.end, g.start)) || ONE_EMPLOYER.test(t))) row = -1;
    }
    if (row < 0) {
      rows.push(g);
      row = rows.length - 1;
      put(ctx, `hires[${row}].group`, g.group, g.start, g.end);
    }
    ctx.hireMentions.push({ start: g.start, row });
    const floor = Math.max(previousEnd(hireMentions, g), usedUntil);
    const ceiling = nextStart(hireMentions, g, t.length);
    const count = countBefore(t, g.start, floor) ?? countAfter(t, g.end, ceiling);
    // 招了3个残疾人 … 不对 是4个残疾人: the group named again after words taking the first back —
    // the later count replaces the earlier one.
    const earlier = ctx.facts.find((f) => f.path === `hires[${row}].count`);
    if (count?.value !== undefined && earlier && TAKEN_BACK.test(t.slice(earlier.end, Math.min(count.index, g.start)))) takeBack(ctx, `hires[${row}].count`);
    if (count && !has(ctx, `hires[${row}].count`)) {
      const start = Math.min(count.index, g.start);
      const end = Math.max(count.end, g.end);
      usedUntil = Math.max(usedUntil, count.end);
      if (count.value !== undefined) put(ctx, `hires[${row}].count`, count.value, start, end);
      else ctx.vague.push({ path: `hires[${row}].count`, value: undefined, start, end });
    } else if (!count && !has(ctx, `hires[${row}].count`)) {
      const named = namedPeople(t, floor, g);
      if (named) put(ctx, `hires[${row}].count`, named.count, named.start, named.end);
    }
  }
  countInOwnClause(ctx, rows);
  onePersonHired(ctx, rows);
  headcountWithoutGroup(ctx, rows);
  splitIntoParts(ctx, rows);
  firstLotCount(ctx, rows);
  readMonths(ctx, rows);
  monthsToYearEnd(ctx, rows);
  monthsBetween(ctx, rows);
  respectively(ctx, rows);
  return rows;
}

/** 扶贫车间有…；合作社有…: another unit named between two counts of a group — two units, not two lots. */
const ANOTHER_UNIT = /合作社|扶贫车间|车间|公司|企业|厂|店|学校|机构|另一家|另外一家|第二家|那家|这家/;
/** 俩店都在一个公司名下: the shops named are sites of one employer — its lots, not other units. */
const ONE_EMPLOYER = /(都在|都是|属于|归)(一个|同一个|同一家|一家)(公司|企业|单位)|(一个|同一个|同一家)(公司|企业)(名下|的)/;

/** 带着干活学手艺带了 / 带着学手艺 / 厂里边带着干活学手艺: 以工代训 in the words of those who do it. */
const LED_AT_WORK = /带着?(他们|她们|他|她|俩人|仨人)?[\u4e00-\u9fff]{0,6}?(干活|学手艺|学技术|学本事|学活|练手)[\u4e00-\u9fff]{0,2}?(带|学|练)?(了|过|满)?$/;

/** The clause goes on, after the figure, to ask the other span (入职多久 after 以工代训3个月). */
function unknownOfTheOther(ctx: ReadingContext, end: number, key: MonthsKey): boolean {
  const c = ctx.clauses.find((x) => end > x.start && end <= x.end);
  const rest = c ? ctx.t.slice(end, c.end) : '';
  if (key === 'onJobTrainingMonths') return /(入职|干|来|工作|上班|做)(了)?(多久|多长|几个月)/.test(rest);
  return /(以工代训|代训|带训)[^,;。]{0,4}(多久|多长|几个月)/.test(rest);
}

/** 其中一个不是 / 有俩不是: some of a group said not to be of it. */
const SOME_OF_THEM_DENIED = new RegExp(`(其中|里面|里头|这里头|有)(的)?(${NUM})(个|名|位)(人)?[^,;。]{0,3}?(不是|并非|不算|不属于)(的)?$`);
/** 招了5号人 (，都是…): people counted before their group is named. */
const COUNTED_THEN_NAMED = new RegExp(`(招了|招|收了|雇了|要了|新招了|进了|来了)(${NUM})(号人|口人|个人|个|名|位|人)$`);

/** Words taking back what was just said (不对, 说错了, 哦不): what follows replaces it. */
const TAKEN_BACK = /不对|说错|记错|搞错|弄错|打错|错了|哦不|噢不|更正|纠正/;

/** 小王 / 老陈 / 王姨 / 李师傅: a person called by name, as owners call their staff. */
const PERSON_NAME = /(?:小|老|阿)(?!时|微|店|学|孩|伙|区|年|人|家|板|乡|师|婆|公|弟|妹|哥|姐|总|实|说|两|俩|几|些|点|天|样)[\u4e00-\u9fff](?![\u4e00-\u9fff]?(?:姨|叔))|[\u4e00-\u9fff](?:姨|叔|婶|师傅)|[张王李赵刘陈杨黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤](?:大姐|大哥|大嫂|姐|哥|嫂)/g;

/** One name and nothing else (the global pattern keeps a position between calls; this one does not). */
const PERSON_NAME_ALONE = new RegExp(`^(?:${PERSON_NAME.source})$`);

/** Words saying the people just named are also of a group: 应该算 / 也算是 / 属于. */
const SAME_PEOPLE_AS = /(应该|也|都|就)?(算|算是|属于|应该是|也是)$/;

/** One person by their job, right after the group: 贫困户那个主播助理 / 残疾人这个客服. */
// (残疾的那个小伙, with 的, points back at someone already told: no count of its own.)
const ONE_BY_ROLE = /^(那个|这个|那位|这位)(主播助理|助理|主播|客服|员工|工人|小伙子?|姑娘|小妹|大姐|师傅|保洁|保安|厨师|司机|服务员|学徒|徒弟|营业员|收银员|店员|骑手|护工|阿姨)/;

/**
 * 前台小王 小李是零就业家庭的 / 就业困难的小周: people named one by one before the group (是…) or
 * right after it — as many hires as names. Only names in the same sentence, ended by 是 or 都是.
 */
function namedPeople(t: string, floor: number, g: GroupMention): { count: number; start: number; end: number } | undefined {
  const after = /^的?((?:小|老)[\u4e00-\u9fff])(?=$|[,\s;。和跟、]|以工代训|干|来|在|也|是)/.exec(t.slice(g.end));
  if (after && PERSON_NAME_ALONE.test(after[1]!)) return { count: 1, start: g.start, end: g.end + after[0].length };
  // 贫困户那个主播助理: the group, then one person by their job.
  // (Only in a message telling the case — the unit or a hiring named: 残疾的那个小伙带了两个月 alone
  // points back at someone already counted.)
  if (ONE_BY_ROLE.test(t.slice(g.end)) && /招|收了|雇|用了|我们|俺们|咱们|公司|厂|合作社|车间|店/.test(t)) return { count: 1, start: g.start, end: g.end };
  const span = t.slice(floor, g.start);
  // 用了王姐（就业困难人员） / 还有赵哥，建档立卡贫困户: one name, then the group in brackets or after a pause.
  const one = new RegExp(`(?:^|[,;。、和跟]|还有|有个|用了|招了|收了)(${PERSON_NAME.source})[（(,:]?$`).exec(span);
  if (one) return { count: 1, start: floor + (one.index ?? 0), end: g.end };
  const lead = /(?:^|[;。])([^;。]*?)(是|都是|俩都是|仨都是|算|属于)$/.exec(span);
  if (!lead) return undefined;
  const names = [...lead[1]!.matchAll(PERSON_NAME)];
  if (names.length === 0 || /[\d一二两三四五六七八九十俩仨]\s*(个|名|位|人)/.test(lead[1]!)) return undefined;
  const start = floor + (lead.index ?? 0);
  return { count: names.length, start, end: g.end };
}

const RESPECTIVELY = new RegExp(`(以工代训|代训|干了|来了|就业|上班)[^,;。]{0,4}分别(是|为|有)?(${NUM})个?月[,、和跟与及]?(${NUM})个?月`);

/**
 * 1个零就业家庭的、2个就业困难的 以工代训分别是3个月和6个月: figures said 分别 go to the groups in
 * the order they were named, one each — only when there are as many groups as figures.
 */
function respectively(ctx: ReadingContext, rows: GroupMention[]): void {
  const m = RESPECTIVELY.exec(ctx.t);
  if (!m || rows.length !== 2) return;
  const key: MonthsKey = /代训/.test(m[1]!) ? 'onJobTrainingMonths' : 'monthsEmployed';
  const values = [numberValue(m[3]!), numberValue(m[4]!)];
  if (values.some((v) => v === undefined || !Number.isInteger(v))) return;
  const at = m.index ?? 0;
  rows.forEach((_, i) => {
    const path = `hires[${i}].${key}`;
    takeBack(ctx, path);
    takeBack(ctx, `hires[].${key}`);
    put(ctx, path, values[i]!, at, at + m[0].length);
  });
}

const FIRST_LOT = new RegExp(`(头一批|第一批|头一拨|第一拨)(的)?(有|是)?(${NUM})(个|名|位|人)(?![月年])`);

/**
 * 贫困户来放羊 头一批3个 干了八个月: only the first lot told yet — its head count is the row's, the
 * later lots (第二批两个…) come as rows of their own.
 */
function firstLotCount(ctx: ReadingContext, rows: GroupMention[]): void {
  rows.forEach((g, row) => {
    if (has(ctx, `hires[${row}].count`) || (ctx.parts ?? []).some((p) => p.rows.includes(row))) return;
    const next = rows.find((r) => r.start > g.start)?.start ?? ctx.t.length;
    const m = FIRST_LOT.exec(ctx.t.slice(g.end, next));
    const value = m ? numberValue(m[4]!) : undefined;
    if (!m || value === undefined || !Number.isInteger(value) || isRoughNumeral(m[4]!)) return;
    const at = g.end + (m.index ?? 0);
    put(ctx, `hires[${row}].count`, value, at, at + m[0].length);
  });
}

// 招了3个 / 收了俩, after the group was named with its question (招残疾人算不算…，招了3个).
const BARE_COUNT = new RegExp(`^(?:有|是|一共有|总共有|一共|总共|共|总共是|一共是|招了|招|收了|雇了|用了|录用了|吸纳了|现在有)?(${NUM})(?:个人|个|名|位|人)(?:了)?(?:吧|呢|啊|哈)?$`);

/** 一共4个 以工代训…: a total head count opening a clause that goes on with other facts. */
const TOTAL_FIRST = new RegExp(`^(?:一共有|总共有|一共|总共|共)(${NUM})(?:个人|个|名|位|人)(?![多半]?[月年天次周])`);

/** 雇了个大姐 / 招了一个小伙: one person taken on, named by who they are rather than a count. */
// 新来个小伙 / 车间就招了他一个: one person who came, or the only one taken on.
const ONE_PERSON_HIRED = /(就|只)(招|收|要|雇|用)了(他|她)(一个|1个)|(招|雇|收|要|请|聘|录用|新来|来了|进来|(?<![没还])有)(了|的是)?(一)?(个|位|名)(?:护工|保洁|保安|护理|厨房|后厨|前台|店里|厂里|新来的|外地)?(大姐|大哥|小伙子?|姑娘|师傅|阿姨|大叔|大婶|大娘|大爷|妹子|兄弟|老乡|人|媳妇|小媳妇|闺女|后生|年轻人)/;

/** 闺女中专毕业进了一家公司 / 俺孙子在扶贫车间上班: the asker's relative is the one taken on. */
const RELATIVE_TAKEN_ON = /(闺女|女儿|儿子|孩子|孙子|孙女|外孙|侄子|侄女|外甥|弟弟|妹妹|老公|媳妇|爱人|表弟|表妹|堂弟)[^,;。]{0,8}?(进了|进|去了|在|到了)(一家|一个|个|家)?[^,;。]{0,6}?(公司|厂|单位|车间|合作社|店)/;

/**
 * 合作社雇了个大姐 干了八个月…她家是贫困户: one person hired and one group named for the case,
 * with no head count of its own — the group is that one person.
 */
function onePersonHired(ctx: ReadingContext, rows: GroupMention[]): void {
  if (rows.length !== 1 || has(ctx, 'hires[0].count') || ctx.vague.some((v) => v.path === 'hires[0].count')) return;
  const m = ONE_PERSON_HIRED.exec(ctx.t) ?? RELATIVE_TAKEN_ON.exec(ctx.t);
  if (!m || /[\d一二两三四五六七八九十俩仨几]\s*(个|名|位)(?!月)/.test(ctx.t.slice(0, m.index).replace(/[\d一二两三四五六七八九十]+个?月/g, ''))) return;
  put(ctx, 'hires[0].count', 1, m.index ?? 0, (m.index ?? 0) + m[0].length);
}

/** 扶贫车间招了八个人 (干了十个月…): people counted, their group not said (yet). */
const HEADCOUNT = new RegExp(`(招了|新招了|收了|雇了|吸纳了|录用了|招用了)(${NUM})(个人|号人|名|位|个工人|个员工|个)(?![\\u4e00-\\u9fff]?月|年|天)`);

/**
 * 扶贫车间招了八个人 干了十个月: a head count with no group named is the count of the hires whose
 * group the dialogue asks next (都是贫困户 then makes it their row) — kept, not asked again.
 */
function headcountWithoutGroup(ctx: ReadingContext, rows: GroupMention[]): void {
  if (rows.length > 0 || !ctx.employer || has(ctx, 'hires[].count')) return;
  const m = HEADCOUNT.exec(ctx.t);
  if (!m || isRoughNumeral(m[2]!)) return;
  const clause = clauseText(ctx, m.index);
  if (QUESTION.test(clause) || CONDITION.test(clause)) return;
  const value = numberValue(m[2]!);
  if (value === undefined || !Number.isInteger(value) || value <= 0) return;
  put(ctx, 'hires[].count', value, m.index, m.index + m[0].length);
}

/**
 * A head count said in a clause of its own (…已经八个月了，两个人): with one group named and no
 * count read for it, it is that group's count.
 */
function countInOwnClause(ctx: ReadingContext, rows: GroupMention[]): void {
  if (rows.length !== 1 || has(ctx, 'hires[0].count')) return;
  // 招了5号人，都是贫困户: the people counted first, then all said to be of the group.
  const before = ctx.clauses.filter((c) => c.end <= rows[0]!.start).pop();
  const hired = before ? COUNTED_THEN_NAMED.exec(before.text.replace(/[,;!?。，、；！？\s]+$/g, '')) : null;
  const allOfThem = before ? /^(都是|全是|全都是|都|全部是)/.test(ctx.t.slice(before.end, rows[0]!.start).replace(/^[,;，；\s]+/, '')) : false;
  if (hired && allOfThem && !isRoughNumeral(hired[2]!)) {
    const value = numberValue(hired[2]!);
    if (value !== undefined && Number.isInteger(value)) {
      const start = before!.start + (hired.index ?? 0);
      put(ctx, 'hires[0].count', value, start, start + hired[0].length);
      return;
    }
  }
  for (const c of ctx.clauses) {
    if (c.start < rows[0]!.end) continue;
    const text = c.text.replace(/^[,;!?。，、；！？\s]+|[,;!?。，、；！？\s]+$/g, '');
    // (公司参保 一共4个 以工代训2个月: a total said first in a clause that goes on.)
    const m = BARE_COUNT.exec(text) ?? TOTAL_FIRST.exec(text);
    if (!m || isRoughNumeral(m[1]!)) continue;
    const value = numberValue(m[1]!);
    if (value === undefined || !Number.isInteger(value)) continue;
    const start = c.start + c.text.indexOf(text);
    put(ctx, 'hires[0].count', value, start, start + text.length);
    return;
  }
}

/**
 * A group told in parts (其中4个… 另外2个…) becomes one row per part, so each part's months and
 * claims stay its own; facts said of the group before the parts are copied to every part later
 * (`copyToParts`).
 */
function splitIntoParts(ctx: ReadingContext, rows: GroupMention[]): void {
  const mentions = ctx.hireMentions ?? [];
  const original = rows.length;
  for (let row = 0; row < original; row++) {
    const own = mentions.filter((m) => m.row === row);
    // 第一批贫困户5个 (… 第二批贫困户2个): the batch named just before the group's first mention opens its parts.
    const BATCH = /(头一批|第一批|头一拨|第一拨)(的)?([\d一二两三四五六七八九十俩仨]+(个|名|位)?)?$/;
    const first = own[0]!.start;
    const firstBatch = BATCH.exec(ctx.t.slice(Math.max(0, first - 8), first));
    const named = firstBatch ? first : own[own.length - 1]!.start;
    const batch = firstBatch ?? BATCH.exec(ctx.t.slice(Math.max(0, named - 8), named));
    const from = batch ? named - batch[0].length : named;
    const to = mentions.find((m) => m.start > from && m.row !== row)?.start ?? ctx.t.length;
    const total = ctx.facts.find((f) => f.path === `hires[${row}].count`);
    const parts = findParts(ctx.t, from, to, typeof total?.value === 'number' ? total.value : undefined);
    if (!parts) continue;
    const split = { row, rows: [row], from: parts[0]!.start, spans: parts.map((p, i): [number, number] => [p.start, parts[i + 1]?.start ?? to]) };
    parts.forEach((part, i) => {
      const target = i === 0 ? row : rows.length;
      // The rest of a group (其中六个… and the other four) has no words of its own: the group's are its evidence.
      const [s, e] = part.end > part.start ? [part.start, part.end] : [rows[row]!.start, rows[row]!.end];
      if (i > 0) {
        rows.push(partMention(rows[row]!, part));
        put(ctx, `hires[${target}].group`, rows[row]!.group, s, e);
        split.rows.push(target);
      }
      ctx.facts = ctx.facts.filter((f) => f.path !== `hires[${target}].count`);
      put(ctx, `hires[${target}].count`, part.count, s, e);
      mentions.push({ start: part.start, row: target });
    });
    // The group named again inside a later part (第二拨贫困户两个) is that part's mention.
    for (const m of mentions) {
      if (m.row !== row) continue;
      const i = split.spans.findIndex(([a, b]) => m.start >= a && m.start < b);
      if (i > 0) m.row = split.rows[i]!;
    }
    mentions.sort((a, b) => a.start - b.start);
    (ctx.parts ??= []).push(split);
  }
}

/** A bare claim verb in a part (剩下3个没领): said of the subsidy another part named. */
const PART_NOT_CLAIMED = /(没|没有|未|木有|冇|没得)(领|拿|申请|申领|享受|报)/;
const PART_CLAIMED = /(领|拿|申请|申领|享受|报)(过|了)/;

/**
 * Facts said of a group before it was told in parts hold for every part; a part that answers
 * the pre-job question with a bare verb (其中2个领过岗前补贴 剩下3个没领) takes it as its own.
 */
export function copyToParts(ctx: ReadingContext): void {
  for (const split of ctx.parts ?? []) {
    if (split.rows.some((r) => has(ctx, `hires[${r}].preJobTrainingSubsidy`))) {
      split.rows.forEach((r, i) => {
        const path = `hires[${r}].preJobTrainingSubsidy`;
        if (has(ctx, path)) return;
        const [a, b] = split.spans[i]!;
        const words = ctx.t.slice(a, b);
        const no = PART_NOT_CLAIMED.exec(words);
        const yes = no ? null : PART_CLAIMED.exec(words);
        const m = no ?? yes;
        if (m) put(ctx, path, !no, a + (m.index ?? 0), a + (m.index ?? 0) + m[0].length);
      });
    }
    // (岗前培训补贴 其中一个领过: a fact whose words run into the first part is that part's, not the group's.)
    const said = ctx.facts.filter((f) => f.start < split.from && f.end <= split.from && f.path.startsWith(`hires[${split.row}].`) && !/\.(group|count)$/.test(f.path));
    for (const f of said) {
      const key = f.path.slice(f.path.indexOf('.') + 1);
      for (const r of split.rows) if (!has(ctx, `hires[${r}].${key}`)) put(ctx, `hires[${r}].${key}`, f.value, f.start, f.end);
    }
  }
}

/** A pronoun opening the clause: 他不是… speaks of the person just named. */
const OTHER_ROW_DESCRIBED = /^(他|她|这个人|那个人|这人|那人)(也|倒|可|就)?(不是|并不是|既不是)/;

function clauseStart(ctx: ReadingContext, index: number): number {
  return ctx.clauses.find((c) => index >= c.start && index < c.end)?.start ?? index;
}

function clauseText(ctx: ReadingContext, index: number): string {
  return ctx.clauses.find((c) => index >= c.start && index < c.end)?.text ?? '';
}

function previousEnd(list: GroupMention[], g: GroupMention): number {
  const before = list.filter((x) => x.end <= g.start);
  return before.length ? before[before.length - 1]!.end : 0;
}

function nextStart(list: GroupMention[], g: GroupMention, end: number): number {
  return list.find((x) => x.start >= g.end)?.start ?? end;
}

/** The path a fact about hires takes, given where it was said. */
export function hirePath(ctx: ReadingContext, rows: GroupMention[], key: keyof Hire, index: number): string | undefined {
  if (rows.length === 0) {
    // Answering a question about one row (hires[1].monthsEmployed): the row's other facts too.
    const row = /^hires\[(\d+)\]\./.exec(ctx.pendingFact ?? '');
    return row ? `hires[${row[1]}].${key}` : `hires[].${key}`;
  }
  const clause = clauseText(ctx, index);
  const lead = ctx.t.slice(Math.max(0, index - 8), index);
  // 岗前补贴都没领过: 都 after the fact's noun says it of every group too.
  const allAfter = key === 'preJobTrainingSubsidy' && /^[^,;。\d月)）]{0,8}?(都|均|全都)(没|未|没有|领|拿|享受|已)/.test(ctx.t.slice(index));
  // 以工代训各四个月: 各 says it of each of them, as 都 does.
  if (rows.length > 1 && (/(都|均|各|全部|全都|他们都|每个人|每人)/.test(lead) || /^(都|均|各|全部)/.test(clause) || allAfter)) {
    // 收了四个贫困户 都干了七八个月 … 另外俩贫困户刚来俩月: 都 said while only one group has been
    // named is said of that group's people, not of a group named after it.
    const before = (ctx.hireMentions ?? rows.map((r, row) => ({ start: r.start, row }))).filter((m) => m.start < index);
    const rowsBefore = new Set(before.map((m) => m.row));
    if (rowsBefore.size === 1 && rows.some((r) => r.start > index)) return `hires[${before[0]!.row}].${key}`;
    return `hires[].${key}`;
  }
  if (rows.length === 1) return `hires[0].${key}`;
  // The group named last before the figure, counting a group named again (贫困户干了7个月).
  const mentions = ctx.hireMentions ?? rows.map((r, row) => ({ start: r.start, row }));
  const last = mentions.filter((m) => m.start < index).pop();
  // 岗前补贴没领过，就业困难的两个…零就业家庭那一个…: said before any group is named, of them all.
  if (!last) return key === 'preJobTrainingSubsidy' ? `hires[].${key}` : undefined;
  // Groups listed one after another with nothing said between them (3个贫困户，2个残疾人，…
  // 以工代训6个月): what follows the list is said of them all, not of the last group only.
  const lastFirst = Math.max(...rows.map((r) => r.start));
  const between = ctx.t.slice(rows[0]!.start, lastFirst);
  if (last.start === lastFirst && findMonths(between).length === 0 && !/岗前|以工代训|干|工作|上班/.test(between)) return `hires[].${key}`;
  return `hires[${last.row}].${key}`;
}

/** 5月份招的…一直干到年底: a start month and "to the year's end" make a span. */
const TO_YEAR_END = /(?<!\d)(\d{1,2}|[一二三四五六七八九十]{1,2})月(份)?[^;。]{0,20}?(一直)?(干|做|上班|工作|待)到(?:(?:\d{4}|当|那)年)?(年底|年末|12月底|十二月底)/;

/**
 * 2020年5月招了2个贫困户 一直干到年底: the months from the start month to the year's end, taken at
 * their lower bound (a start late in May still clears what the whole months say).
 */
function monthsToYearEnd(ctx: ReadingContext, rows: GroupMention[]): void {
  if (rows.length !== 1 || has(ctx, 'hires[0].monthsEmployed') || has(ctx, 'hires[].monthsEmployed')) return;
  const m = TO_YEAR_END.exec(ctx.t);
  const start = m ? numberValue(m[1]!) : undefined;
  if (!m || start === undefined || start < 1 || start > 12) return;
  const months = 12 - start;
  if (months < 1) return;
  put(ctx, 'hires[0].monthsEmployed', months, m.index ?? 0, (m.index ?? 0) + m[0].length);
}

/** 从一月干到八月 / 3月份来的 干到10月: employed from one month of the year to another. */
const MONTH_TO_MONTH = new RegExp(`(?:从)?(${NUM})月(?:份)?(?:开始|起|进来|来的|来|进厂|入职)?[,，\\s]?(?:一直)?(?:干|做|上班|工作|待)(?:到|至)(${NUM})月(?:份|底)?`);

/**
 * 从一月干到八月: the months between the two, at least (whether both ends count is not said) —
 * enough for the six months 三(二) asks, never an exact figure for an amount.
 */
function monthsBetween(ctx: ReadingContext, rows: GroupMention[]): void {
  if (rows.length !== 1 || has(ctx, 'hires[0].monthsEmployed') || has(ctx, 'hires[].monthsEmployed')) return;
  const m = MONTH_TO_MONTH.exec(ctx.t);
  const from = m ? numberValue(m[1]!) : undefined;
  const to = m ? numberValue(m[2]!) : undefined;
  if (!m || from === undefined || to === undefined || from < 1 || to > 12 || to <= from) return;
  // 3月来的 干到6月: short of six months even counting both ends.
  if (to - from + 1 < EMPLOYED_THRESHOLD) {
    put(ctx, 'hires[0].monthsEmployed', UNDER_THRESHOLD, m.index ?? 0, (m.index ?? 0) + m[0].length);
    (ctx.roughPaths ??= new Set()).add('hires[0].monthsEmployed');
    return;
  }
  putRough(ctx, 'hires[0].monthsEmployed', { value: to - from, rough: true, atLeast: to - from, index: m.index ?? 0, end: (m.index ?? 0) + m[0].length } as MonthsFound);
}

/** A clause that only names a kind of months, as a heading for the clauses after it. */
// (贫困户4个 残疾人1个 以工代训 …: short items run into one clause, so the heading may end it.)
const OJT_HEADING = /(以工代训|以工带训|代训|带训)(的话|呢|嘛|这块|那块|的时间|时间|月数)?$/;
const EMPLOYED_HEADING = /(在岗时间|在岗|就业时间|上班时间|干的时间|干了多久)(的话|呢|嘛|这块|那块)?$/;

/**
 * The kind a heading clause names (以工代训 / 在岗时间), when the clauses from it to `index` each
 * name a group (a list under the heading) — no more than four clauses on.
 */
function headingKind(ctx: ReadingContext, index: number): MonthsKey | undefined {
  const before = ctx.clauses.filter((c) => c.end <= index || (index >= c.start && index < c.end));
  for (let i = before.length - 2, seen = 0; i >= 0 && seen < 4; i--, seen++) {
    const text = before[i]!.text.replace(/[,;!?。，、；！？~…：:\s]+/g, '');
    const noFigure = findMonths(text).length === 0;
    if (noFigure && OJT_HEADING.test(text)) return 'onJobTrainingMonths';
    if (noFigure && EMPLOYED_HEADING.test(text)) return 'monthsEmployed';
    const c = before[i]!;
    if (!(ctx.hireMentions ?? []).some((m) => m.start >= c.start && m.start < c.end)) return undefined;
  }
  return undefined;
}

function readMonths(ctx: ReadingContext, rows: GroupMention[]): void {
  const { t } = ctx;
  const all = findMonths(t);
  let prevEnd = 0;
  for (const q of all) {
    const clause = ctx.clauses.find((c) => q.index >= c.start && q.index < c.end);
    const lastEnd = prevEnd;
    const floor = Math.max(lastEnd, clause?.start ?? 0);
    prevEnd = q.end;
    // 整六个月 / 足足六个月 opening a clause: the words that name it end the clause before.
    // 以工代训：4个月 (a form's field and its value): the colon joins them as if unwritten.
    let before = t.slice(floor, q.index).replace(/(?<=[\u4e00-\u9fff]):$/, '').replace(/^[,;。\s]*(整整|整|足足|满满|满|共|一共|总共)$/, '');
    // 以工代训，，，4个月: the figure opens a clause; the words that name it end the one before.
    // 以工代训到8月 一共5个月: the clause opened with 以工代训; a month of the year in between is no duration.
    if (before === '' && clause && /^(以工代训|代训|带训)/.test(t.slice(clause.start, q.index)) && /到[\d一二三四五六七八九十]+月$|[\d一二三四五六七八九十]+月(份)?(底|初)?$/.test(t.slice(clause.start, floor))) before = '以工代训';
    // 每人都做了以工代训，时间是3个月: the clause before names it; this one gives its length.
    if (/^(时间|时长|期限|月数)(是|为|有|大概)?$/.test(before) && clause && /(以工代训|代训|带训)[^,;。]{0,2}$/.test(previousClause(ctx, q.index).replace(/[,;!?。，、；！？~…]+$/, ''))) before = '以工代训';
    if (before === '' && clause) {
      const prev = ctx.clauses.filter((c) => c.end <= clause.start).pop();
      if (prev && prev.end > lastEnd) before = t.slice(Math.max(prev.start, lastEnd), prev.end).replace(/[,;!?。，、；！？~…]+$/, '');
      // 以工代训打从三月到八月，整六个月: the clause before names 以工代训 and gives no duration of its own.
      // 以工代训到8月，一共5个月: a month of the year in it is no duration of its own.
      if (prev && /^(以工代训|代训|带训)/.test(before) && !/[\d一二两三四五六七八九十半]+个(多|半)?月|半年|[\d一二两三四五六七八九十]+年/.test(before)) before = '以工代训';
      // 一直干到年底，满六个月: the clause before says they worked through; the months are employment.
      else if (prev && /(干|做|上班|工作)(到|了)/.test(before) && !/代训|带训/.test(before) && findMonths(before).length === 0) before = '干了';
      // 雇了建档立卡户三个 八个月了: a bare span with 了, right after the people are counted, is how
      // long they have been there (the span of 以工代训 is named as such).
      else if (prev && /^了/.test(t.slice(q.end)) && !/代训|带训|培训|学/.test(before) && findMonths(before).length === 0 && (ctx.hireMentions ?? []).some((m) => m.start >= prev.start && m.start < prev.end)) before = '干了';
    }
    // 腊月进的厂 到现在整十个月了: the clause before says when they came; this one, how long since.
    if (clause && /^(到现在|到今天|至今|到目前)(都|已经|有|整|足足|整整|快)*$/.test(before) && /(进的厂|进了厂|进厂|来的|来了|入职|入的职|上班|来厂|招进来)/.test(previousClause(ctx, q.index)) && !/代训|带训/.test(previousClause(ctx, q.index))) before = '干了';
    const after = t.slice(q.end, clause?.end ?? t.length);
    // (不满六个月的话是不是就白搭了: a span under a condition is no fact, short of the line or not.)
    if (clause && SUPPOSITION.test(clause.text) && CONDITION.test(clause.text)) continue;
    // 不是6个月: the figure said to be wrong. 还差一个月: a shortfall, read with the figure it falls short of.
    if (/(不是|并非)$/.test(before) || /(还差|差)$/.test(before)) continue;
    // 干满半年没有 还差一个月: the span denied; what was reached is the span less the shortfall, if said.
    // 还没干满半年 / 不到6个月: the same, denied before the span.
    // 说是满六个月 其实还差一个月没到: the span claimed, then the shortfall — the same as denied.
    const shortfallAfter = /(满|够|到)$/.test(before) && !/代训|带训/.test(before) && new RegExp(`^[^。]{0,6}?还?差(${NUM})个?月(没到|没满|不到|不满)?`).test(t.slice(q.end));
    // 干到现在 六个月还不到: the bound said after the span.
    const underAfter = q.below !== undefined && /^(还|都|也|可|才)?(不到|没到|没有到|不满|没满|不足|不够)/.test(after);
    const deniedBefore = /(没|未|没有|不)(干|做|上班|工作|待|呆|来)?(满|够|到)$/.test(before) || shortfallAfter || underAfter;
    if ((deniedBefore || (/(满|够|到)$/.test(before) && /^(了)?(没有|没|还没|还不到|不到)(?![领交拿申报])/.test(after) && EMPLOYED_BEFORE.test(before.replace(/(满|够|到)$/, '')))) && !/代训|带训/.test(before)) {
      const short = new RegExp(`^[^。]{0,6}?还?差(${NUM})个?(月)`).exec(t.slice(q.end));
      const path = hirePath(ctx, rows, 'monthsEmployed', q.index);
      const diff = short ? numberValue(short[1]!) : undefined;
      // 还不到半年 / 上班不到四个月: under the six months 三(二) asks for — the fact the question
      // "不满 6 个月" records, whatever the exact figure.
      const bound = q.below ?? (q.rough ? undefined : q.value);
      if (path && !has(ctx, path) && diff !== undefined && diff < q.value) put(ctx, path, q.value - diff, q.index, q.end + short![0].length);
      else if (path && !has(ctx, path) && diff === undefined && bound !== undefined && bound <= EMPLOYED_THRESHOLD) {
        put(ctx, path, UNDER_THRESHOLD, q.index, q.end);
        (ctx.roughPaths ??= new Set()).add(path);
      }
      else if (path) ctx.vague.push({ path, value: undefined, start: q.index, end: q.end });
      continue;
    }
    // 其中六个干满了半年: a part of a group whose size is not said.
    // 另外1个干了2个月, with parts that were not told apart (their counts do not add up): neither.
    if (!ctx.parts && partBefore(ctx, floor, before, q.index)) continue;
    if (clause && CONDITION.test(clause.text)) continue;
    if (/^(才能|才可以|以上才|吗|呢)/.test(after) || /(最多|最长|最少|至多|几)$/.test(before)) continue;
    // 岗前培训做了一个月: how long the pre-job training ran, neither fact.
    if (/(岗前|培训)(的)?(时间|也|就|才|只)?(做|搞|弄|开展|进行|办|培训|学)?(了|过)?$/.test(before) && !OJT_BEFORE.test(before)) continue;
    let key: MonthsKey | undefined;
    if (q.since) {
      if (SINCE_EMPLOYED.test(after) && !inUnknownClause(ctx, q.index)) {
        const path = hirePath(ctx, rows, 'monthsEmployed', q.index);
        if (path && !has(ctx, path)) putRough(ctx, path, q);
      }
      continue;
    }
    const pendingMonths = /^hires\[\d*\]\.(monthsEmployed|onJobTrainingMonths)$/.exec(ctx.pendingFact ?? '')?.[1] as MonthsKey | undefined;
    const weak = WEAK_BEFORE.test(before) && !STRONG_EMPLOYED.test(before);
    const prevText = before.length <= 3 ? previousClause(ctx, q.index).replace(/[,;!?。，、；！？~…]+$/, '') : '';
    // 招了3个就业困难的 带了2个月: an employer's 带 of the people just named is the on-the-job training.
    // 带她带了4个月 / 带着跑单跑了7个月 / 带着学做奶茶学了3个月: led at the work itself, said without 以工代训.
    // (The doubled forms name the leading twice: they say it of the case's people when none is named here.)
    const ledThem = (/(^|[的个名人俩仨户,\s]|大姐|大哥|小伙子?|姑娘|师傅|阿姨|大叔|大婶|大娘|大爷|妹子|兄弟|老乡)(又|也|都|各|一共|给他们|给她们)?带(了|过|满|着)?(有|了)?$/.test(before) && rows.length > 0) || ((/带(她|他|她们|他们|着她|着他|着她们|着他们)?带(了|过|满)$|带着[\u4e00-\u9fff]{0,6}?(学|练|跑|干|做)(了|过|满)$/.test(before) || LED_AT_WORK.test(before)) && (rows.length > 0 || ctx.employer)) ||
      // 招了仨残疾人 学了四个月: the hires told, how long they learned at the work is the 以工代训.
      (/(^|[的个名人俩仨户,\s])(又|也|都|各|一共)?(跟着|跟师傅|跟着师傅)?学(了|过|满)$/.test(before) && rows.length === 1 && ctx.employer === true && /招了|收了|雇了|吸纳了|录用了|招进/.test(t) && !/培训|上课|考|学校|技校/.test(clause?.text ?? ''));
    // 以工代训是从进厂就开始带嘞 带了八个月: the clause before names the training, this one its span.
    const ledAfterNamed = prevText !== '' && /^(又|也|都|一共|总共|前后)?带(了|过|满)?$/.test(before.trim()) && /以工代训|代训|带训/.test(prevText) && findMonths(prevText).length === 0;
    if (ledThem || ledAfterNamed || OJT_BEFORE.test(before) || (prevText !== '' && /^(目前|现在|已经|到现在|至今|一共|总共|共)?(教|练|学|带|干|做|搞)?(了|过)?(有)?$/.test(before) && OJT_BEFORE.test(prevText) && findMonths(prevText).length === 0)) key = 'onJobTrainingMonths';
    // 干了十个月以工代训六个月: the 以工代训 after the span has a span of its own, so this one is the work's.
    // 以工代训一直在搞 算下来9个月: the sum of a training named in the clause before, with no span of its own.
    else if (prevText !== '' && /^(算下来|算起来|加起来|前后|满打满算|总共|一共)$/.test(before.trim()) && /代训|带训/.test(prevText) && findMonths(prevText).length === 0) key = 'onJobTrainingMonths';
    else if (weak && OJT_AFTER.test(after) && !OJT_WITH_OWN_SPAN.test(after)) key = 'onJobTrainingMonths';
    else if (weak && pendingMonths) key = pendingMonths;
    // 都干了3个月以工代训: the work done was the 以工代训 itself — its span, when it has none of its own.
    else if (/(干|做|搞|弄)(了|过)$/.test(before) && OJT_AFTER.test(after) && !OJT_WITH_OWN_SPAN.test(after)) key = 'onJobTrainingMonths';
    else if (EMPLOYED_BEFORE.test(before)) key = 'monthsEmployed';
    // (刚满6个月以工代训6个月: the 以工代训 after has its own span, so this one is the work's.)
    else if (OJT_AFTER.test(after) && !OJT_WITH_OWN_SPAN.test(after)) key = 'onJobTrainingMonths';
    else if (EMPLOYED_AFTER.test(after)) key = 'monthsEmployed';
    // 来了还不到半年 才五个月: 才/只有 before a span, after a clause on how long they have worked.
    if (!key && rows.length > 0 && /^(才|只有|只|就|刚|刚刚)$/.test(before.trim()) && /(来|干|上班|入职|工作)[^,;。]{0,3}(还)?(不到|没到|没满|不满|没有)|(没|未)(干|做|上班|工作|来)(满|够|到)/.test(previousClause(ctx, q.index) + t.slice(clause?.start ?? q.index, q.index))) key = 'monthsEmployed';
    // 贫困户5个 满半年了 / 都满一年了: 满 alone before a span, after the hires are named, is how long they have worked.
    // 刚好满6个月 / 就业均满6个月: 满 after a word of how exactly or of employment.
    if (!key && rows.length > 0 && /(^|[个名人户的,(（]|就业|在岗|入职)(都|也|已经|已|均|全都|刚好|正好|刚刚|刚|恰好|整)*(满|够|超过|过了)$/.test(before.trim())) key = 'monthsEmployed';
    // 并不是不满六个月，已经八个月了: a figure that only says how far along it is (已经/都/快),
    // right after a clause about the six months of employment, is the time employed.
    if (!key && /^(已经|已|都|都已经|快|有)$/.test(before.trim()) && EMPLOYMENT_SPAN.test(previousClause(ctx, q.index))) key = 'monthsEmployed';
    // 三月份入职的 到现在八个月: the time since a start just named is the time employed.
    // (代训到现在 is the training's own span; in the clause before it, another fact.)
    const lead = t.slice(Math.max(0, q.index - 20), q.index);
    if (!key && SINCE_NOW.test(before) && STARTED.test(lead) && !/代训|带训/.test(t.slice(Math.max(clause?.start ?? 0, q.index - 20), q.index))) key = 'monthsEmployed';
    // 一个干了9个月 另一个才5个月: a part of the group, its figure said like the part's before it.
    if (!key && ctx.parts && /^(另一个|另外一个|另外[\d一二两三四五六七八九十俩仨]+个?|其余的?|剩下的?[\d一二两三四五六七八九十俩仨]*个?)(也|都)?(是|才|只|只有|刚|就)?$/.test(before.trim())) {
      const last = [...ctx.facts].reverse().find((f) => /^hires\[\d+\]\.(monthsEmployed|onJobTrainingMonths)$/.test(f.path));
      if (last) key = /\.(\w+)$/.exec(last.path)![1] as MonthsKey;
    }
    // 残疾人那俩以工代训3个月 零就业的那4个是5个月: said of the next group like the one before it,
    // the figure is the same fact for that group.
    const groupJustNamed = (ctx.hireMentions ?? []).some((m) => m.start >= floor && m.start < q.index);
    // 以工代训 残疾的那俩搞了六个月 零就业的仨搞了三个月: the kind said once as a heading, then each
    // group with its own figure.
    if (!key && groupJustNamed && rows.length > 1) key = headingKind(ctx, q.index);
    if (!key && rows.length > 1 && (/^(是|也是|都是|为|就是)?$/.test(before.trim()) || (groupJustNamed && /(个|名|人|的|俩|仨)(是|也是|都是|为|就是)?$/.test(before)))) {
      const last = [...ctx.facts].reverse().find((f) => /^hires\[\d+\]\.(monthsEmployed|onJobTrainingMonths)$/.test(f.path));
      const k = last ? (/\.(\w+)$/.exec(last.path)![1] as MonthsKey) : undefined;
      if (k && hirePath(ctx, rows, k, q.index) !== last!.path) key = k;
    }
    // 查了 残疾人那俩4个月 就业困难那仨2个月, to the question on months: each group answers it for itself.
    if (!key && pendingMonths && groupJustNamed && rows.length > 1) key = pendingMonths;
    if (!key) {
      // A bare figure answers the pending question about months ("说错了，是4个月").
      const m = /^hires\[(\d*)\]\.(monthsEmployed|onJobTrainingMonths)$/.exec(ctx.pendingFact ?? '');
      // 残疾人那4个…5个月 零就业那俩3个月: a figure after another group's name is not the pending row's.
      if (groupJustNamed && rows.length > 1) continue;
      // 带训带了3个月 签合同到现在5个月了: the pending span was already said in this message; a
      // second figure is some other span, not a second answer to it.
      if (m && ctx.facts.some((f) => f.path.replace(/\[\d*\]/, '[]') === `hires[].${m[2]}`)) continue;
      if (m && (!q.rough || (m[2] === 'monthsEmployed' && (q.atLeast ?? 0) >= EMPLOYED_THRESHOLD))) {
        const value = q.rough ? q.atLeast! : m[2] === 'onJobTrainingMonths' ? Math.floor(q.value) : q.value;
        if (m[1] !== '') putAt(ctx, ctx.pendingFact!, value, q.index, q.end);
        else put(ctx, ctx.pendingFact!, value, q.index, q.end);
      } else if (m && q.rough) {
        ctx.vague.push({ path: ctx.pendingFact!, value: undefined, start: q.index, end: q.end });
      }
      continue;
    }
    // 俺在广东电子厂干了八年 回村弄了个扶贫车间 收了3个…: the asker's own past, before any hire is named.
    if (clause && (ctx.hireMentions ?? []).every((m) => m.start > q.index) && /^(俺|我|我们|俺们|本人)(以前|之前|原来|早先|早年)?(在|去)/.test(clause.text.replace(/^[,;。\s]+/, ''))) continue;
    // 以工代训3个月 B入职多久我不太清楚: the "not known" is of the other span, named after this one.
    if (inUnknownClause(ctx, q.index) && !unknownOfTheOther(ctx, q.end, key)) continue;
    const path = hirePath(ctx, rows, key, q.index);
    if (!path) continue;
    // 3月份招的 … 到现在干满10个月: the exact span said replaces the floor the start date gave.
    if (has(ctx, path) && ctx.roughPaths?.has(path) && !q.rough) {
      takeBack(ctx, path);
      ctx.roughPaths.delete(path);
    }
    if (has(ctx, path)) {
      // Two figures for one row (…3个以工代训6个月 …俩以工代训3个月, parts not told apart):
      // neither is taken — the amount would follow whichever came first.
      const first = ctx.facts.find((f) => f.path === path)!;
      if (!q.rough && first.value !== (key === 'onJobTrainingMonths' ? Math.floor(q.value) : q.value)) dropAsVague(ctx, path, first);
      continue;
    }
    if (q.rough) {
      if (key === 'monthsEmployed') putRough(ctx, path, q);
      else ctx.vague.push({ path, value: undefined, start: q.index, end: q.end });
      continue;
    }
    const value = key === 'onJobTrainingMonths' ? Math.floor(q.value) : q.value;
    const anchor = key === 'onJobTrainingMonths' ? OJT_BEFORE.exec(before) : EMPLOYED_BEFORE.exec(before);
    const start = anchor ? floor + (anchor.index ?? 0) : q.index;
    // 前两批都干了半年以上: said of the first lots only, each its own row.
    const firstLots = /(前|头)(两|二|2|三|3)(批|拨|组)/.exec(t.slice(Math.max(0, q.index - 12), q.index));
    if (firstLots && path === `hires[].${key}`) {
      const n = numberValue(firstLots[2]!) ?? 0;
      for (let r = 0; r < Math.min(n, rows.length); r++) if (!has(ctx, `hires[${r}].${key}`)) put(ctx, `hires[${r}].${key}`, value, start, q.end);
      continue;
    }
    put(ctx, path, value, start, q.end + (OJT_AFTER.exec(after)?.[0].length ?? 0));
  }
}

/** A clause about how long the hires have worked, against the six months of 三(二)/六(一). */
const EMPLOYMENT_SPAN = /(不满|满|超过|够|不到|没到|到了)(六|6|半年)|(干|工作|就业|上班|入职)(了)?(多久|多长时间|的时间)/;

function previousClause(ctx: ReadingContext, index: number): string {
  return ctx.clauses.filter((c) => c.end <= index).pop()?.text ?? '';
}

const PART_WORDS = /(其中|里面|里头|另外|剩下|剩余|其余|还有)的?.{0,2}([\d一二两三四五六七八九十几]+(个|名|人)|俩|仨)/g;

/** The figure is said of a part of a group (其中4个…, 另外1个…), not of a group named after it (还有3个残疾人…). */
function partBefore(ctx: ReadingContext, floor: number, before: string, index: number): boolean {
  const last = [...before.matchAll(PART_WORDS)].pop();
  if (!last) return false;
  const at = floor + (last.index ?? 0);
  // 零就业家庭的还有2个: the words were read as the group's own head count, not a part of it.
  if (ctx.facts.some((f) => /\.count$/.test(f.path) && f.start <= at + last[0].length && f.end >= at + last[0].length - 1)) return false;
  return !(ctx.hireMentions ?? []).some((m) => m.start > at && m.start < index);
}

/** Takes a fact back and leaves it open, with the words it was read from. */
function dropAsVague(ctx: ReadingContext, path: string, fact: { start: number; end: number }): void {
  takeBack(ctx, path);
  ctx.vague.push({ path, value: undefined, start: fact.start, end: fact.end });
}

/** Months employed said roughly: its lower bound when that clears the threshold, else left open. */
function putRough(ctx: ReadingContext, path: string, q: MonthsFound): void {
  if ((q.atLeast ?? 0) >= EMPLOYED_THRESHOLD) {
    put(ctx, path, q.atLeast!, q.index, q.end + (/^多|^出头/.exec(ctx.t.slice(q.end))?.[0].length ?? 0));
    (ctx.roughPaths ??= new Set()).add(path);
  }
  else ctx.vague.push({ path, value: undefined, start: q.index, end: q.end });
}
