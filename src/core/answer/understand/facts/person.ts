/**
 * What a person says about themselves: groups, certificate, pension, subsidies received,
 * where the training is, a business, school (their own, or their child's — the child's school is
 * `childStudent`, never the parent's `student`), a competition prize, a new occupation.
 */
import type { PersonGroup } from '../../../rules/schema.js';
import { has, markUnknown, put, takeBack, type ReadingContext } from './context.js';
import { nounMentions } from './employer.js';
import type { GroupMention } from './groups.js';
import { readPolarity, type PolaritySpec } from './polarity.js';
import { KIN, OWNER } from './kin.js';
import { fullYear, NUM, numberValue } from './quantities.js';
import { CHILD, CONDITION, NEGATOR, QUESTION, saysUnknown, subjectBefore } from './scope.js';

const CERTIFICATE: PolaritySpec = {
  key: 'certificate',
  noun: /(?<!身份|保|验|认|论|查|凭|签|明)证书|(?<!身份|保|验|认|论|查|凭|签|明|学生|工作|资格)证(?![明件据实])|资格证|等级证/g,
  verb: /考下来|考下|拿下|拿到|拿|取得|获得|考到|考取|考过|考了|考|领到|领|到手|下来|发下来|有|(?<=已|已经)取/,
  done: /^(考下来|考下|拿下|拿到|取得|获得|考到|考取|考过|领到|到手|下来|发下来|有)|^[拿考领](了|过|好|完|出来|下来|到手)/,
};
const PENSION: PolaritySpec = {
  key: 'pension',
  noun: /退休金|退休工资|养老金|退休/g,
  // 到 only as 领到/拿到: 我到现在 一分都没领过 is no "has".
  verb: /领取|领|拿|有|(?<=[领拿])到/,
  nounIsVerb: (m) => m === '退休',
  // 退休三年了 / 退休金每月两千多: retired a while ago, or the pension's monthly sum — it is drawn.
  affirmAfter: /^([\d一二两三四五六七八九十半]+(年|个月)(多)?)?(了|啦)|^(每月|每个月|一个月|一月|一月份)?(有|能领|领|拿)?[\d一二两三四五六七八九十百千]+(块|元|多|来块)/,
};
// 机构是省系统里的: inside the system is in it.
// 系统里 alone says where, not that it is in: 系统里有 / 系统里能查到 says so.
const IN_SYSTEM: PolaritySpec = { key: 'system', noun: /系统/g, verb: /录入|纳入|登记|进|在|录|上|报|^里(?=面?(都|也)?(有|能查|查得到|查到|录了|登记了|的))/ };
const AWARD: PolaritySpec = { key: 'award', noun: /获奖|得奖|拿奖|[一二三]等奖|奖项|奖/g, verb: /获|得|拿|有|获得/, nounIsVerb: () => true };

const PERSON_SPECS = [CERTIFICATE, PENSION, IN_SYSTEM, AWARD];

export function readPerson(ctx: ReadingContext, groups: GroupMention[]): void {
  readGroups(ctx, groups);
  readStudent(ctx);
  const { t } = ctx;
  const mentions = nounMentions(t, PERSON_SPECS, groups);
  ctx.clauses.forEach((clause, ci) => {
    const consumed = new Set<string>();
    for (const spec of PERSON_SPECS) {
      for (const { mention, polarity } of readPolarity(t, clause, spec, mentions, consumed, ctx.clauses.slice(ci + 1, ci + 6))) {
        if (!polarity || 'asked' in polarity) continue;
        // 我妈退休了: said of someone else.
        // 我帮俺爷问 他每个月领养老金: asking for someone, the one asked for is the case (他 is him).
        // (学校说他们没进系统: the system is the school's, so 他们 there is the school, not another person.)
        if (spec.key !== 'system' && subjectBefore(t, clause.start, mention.start) === 'other' && !ASKING_FOR.test(t)) continue;
        // 领养老金的是我婆婆: the one who has it is named after — someone else, not the asker.
        if (HELD_BY_OTHER.test(t.slice(mention.end, mention.end + 8))) continue;
        // 以前没考过这个证: what was done before (a training of the same trade), not this training's certificate.
        if (spec.key === 'certificate' && /(以前|之前|原来|过去|从前|早先)[^,;。]{0,6}$/.test(t.slice(clause.start, mention.start))) continue;
        const s = Math.min(polarity.start, mention.start);
        const e = Math.max(polarity.end, mention.end);
        // 考是考了 没考过 / 证考了 没过: sat the exam, and it did not come through.
        const failed = polarity.value && spec.key === 'certificate' ? /^[^。？?]{0,6}?(是)?[考拿领](了|过)[,，\s]*(但是?|可是?|就是|不过|只是)?(没|没有|未)(考)?(过|上|通过|拿到|下来)/.exec(t.slice(mention.end)) : null;
        if (failed) put(ctx, 'certificate', false, mention.start, mention.end + failed[0].length);
        // 证还没考呢 / 还没拿到: not yet — the training is still ahead, so the certificate is open
        // (a condition to meet), never a 不符合 for having none.
        else if (spec.key === 'certificate' && !polarity.value && NOT_YET.test(t.slice(s, e + 2))) markUnknown(ctx, 'certificate');
        else if (spec.key === 'certificate') put(ctx, 'certificate', polarity.value, s, e);
        else if (spec.key === 'pension') put(ctx, 'monthlyPension', polarity.value, s, e);
        else if (spec.key === 'system') put(ctx, 'institutionInSystem', polarity.value, s, e);
        else if (spec.key === 'award' && /竞赛|大赛|比赛|技能赛|[国省市]赛|世赛/.test(clause.text)) put(ctx, 'competitionAward', polarity.value, s, e);
      }
    }
  });
  // 他二十多岁哪来的养老金 / 俺哪有退休金: the rhetorical 哪来 says there is none (no question of it).
  const none = /(哪来的|哪儿来的|哪里来的|哪有|哪会有|上哪领)(什么|啥)?(养老金|退休金|退休工资)/.exec(t);
  // (哪有退休金 read word by word is 有退休金 — a yes nobody said: taken back.)
  if (none) {
    takeBack(ctx, 'monthlyPension');
    put(ctx, 'monthlyPension', false, none.index ?? 0, (none.index ?? 0) + none[0].length);
  }
  ownDenialAfterOther(ctx);
  failedExam(ctx);
  readSubsidies(ctx);
  readPlace(ctx);
  readBusiness(ctx);
  readOccupation(ctx);
  examTakenAtLevel(ctx);
  neverSubsidised(ctx);
}

/**
 * 证拿了 那年就这一次 没补过: in a message about the training taken, a bare "never subsidised" (no
 * year before it) is none before — 今年没补过 is this year's count, read with the subsidies.
 */
function neverSubsidised(ctx: ReadingContext): void {
  if (has(ctx, 'previousSubsidies')) return;
  const bare = /(?<![今本年])(?:^|[,，\s])(从来|一直|也|都|还)?(没|没有|未)(补|领|享受|拿)过(补贴|补助)?(?=$|[,，。\s])/.exec(ctx.t);
  const aboutTraining = has(ctx, 'certificate') || has(ctx, 'trainingPlace') || has(ctx, 'institutionInSystem') || has(ctx, 'occupation');
  if (!bare || !aboutTraining || QUESTION.test(clauseOf(ctx, bare.index + bare[0].length - 1))) return;
  const at = bare.index + (bare[0].length - bare[0].replace(/^[,，\s]/, '').length);
  put(ctx, 'previousSubsidies', [], at, bare.index + bare[0].length);
}

/** 考的电工中级 / 考下了中级育婴员: an exam of a named trade and level, taken. */
const EXAM_AT_LEVEL = /(?<!报|要|想|去|再|准备|打算|能|可以|来)(考了|考的|考下|考过了|考取了|考到了|考上了)(个|了个|一个)?(?:[\u4e00-\u9fff]{0,8}?(初级|中级|高级|[一二三四五]级)|(初级|中级|高级|[一二三四五]级)(的)?[\u4e00-\u9fff]{1,8}?(师|工|员))/;
/** Words that the exam failed or has no result yet: then nothing is said of the certificate. */
const NO_RESULT_YET = /没过|没考过|没通过|没考上|没考下|挂了|不及格|成绩|还没出|没出来|没下来|等通知|等结果/;

/**
 * 2020年11月在郑州培训考的电工中级: a trade and level said to have been taken (考了/考的, past, not
 * 想考/要考) is the certificate of that level, as people say it — unless the message says the exam
 * failed or its result is still awaited, names the certificate itself (read above), or tells of an
 * earlier subsidised training too.
 */
function examTakenAtLevel(ctx: ReadingContext): void {
  if (has(ctx, 'certificate') || !ctx.patch.person.occupation || !ctx.patch.person.level) return;
  // 前年考了叉车中级 领过补贴 今年还想再考: beside an earlier training, 考 may be either one's.
  if (ctx.patch.person.previousSubsidies?.length) return;
  const { t } = ctx;
  const m = EXAM_AT_LEVEL.exec(t);
  if (!m || NO_RESULT_YET.test(t)) return;
  const clause = clauseOf(ctx, m.index);
  if (QUESTION.test(clause) || CONDITION.test(clause) || /要是|如果|假如|打算|准备|想/.test(clause)) return;
  put(ctx, 'certificate', true, m.index, m.index + m[0].length);
}

function readGroups(ctx: ReadingContext, groups: GroupMention[]): void {
  const { t } = ctx;
  const self = new Set<PersonGroup>();
  for (const g of groups) {
    const clause = ctx.clauses.find((c) => g.start >= c.start && g.start < c.end);
    if (!clause) continue;
    if (g.asked) {
      if (saysUnknown(clause.text)) markUnknown(ctx, 'groups');
      continue;
    }
    // 俺闺女在饭店上班 她是就业困难人员: asking for someone, the one asked for is the case (as with the pension).
    const subject = g.subject === 'other' && ASKING_FOR.test(t) ? 'self' : g.subject;
    if (g.denied && subject !== 'other') {
      const lead = /(不是|并非|非|没当过|没有当过|没当|不属于|不算|没|未)[^,;。]{0,2}$/.exec(t.slice(Math.max(clause.start, g.start - 6), g.start));
      ctx.denied.push({ path: 'groups', value: [g.group], start: g.start - (lead?.[0].length ?? 0), end: g.end });
    }
    if (g.denied || subject === 'other') continue;
    // 退役军人有什么补贴: a group asked about, not the asker's own.
    if (subject === 'none' && (QUESTION.test(clause.text) || CONDITION.test(clause.text))) continue;
    if (subject === 'none' && /^(有|就业|培训|能|可以|参加|的)/.test(t.slice(g.end)) && !/^(的|是)/.test(t.slice(g.end)) && !/我/.test(t)) continue;
    self.add(g.group);
    put(ctx, 'groups', [g.group], g.start, g.end);
  }
}

const TECHNICAL = /技工院校|技工学校|技校|技师学院/;
// 职业学院 / 职业技术学院: the 高职 colleges are 职业院校 too.
const VOCATIONAL = /职业院校|职业学校|职业(技术)?学院|职校|中专|职高|中职|高职/;
const COLLEGE = /大学|高校|本科|大专|研究生/;
const SCHOOL_ANY = /技工院校|技工学校|技校|技师学院|职业院校|职业学校|职业(?:技术)?学院|职校|中专|职高|中职|高职|大学|高校|本科|大专|研究生|大[一二三四](?=学生|的学生|在读|了|,|$)|研[一二三](?=学生|在读|了|,|$)/g;

function readStudent(ctx: ReadingContext): void {
  const { t } = ctx;
  const notStudent = /(我)?不是(在校)?学生/.exec(t);
  if (notStudent) {
    put(ctx, 'student', null, notStudent.index ?? 0, (notStudent.index ?? 0) + notStudent[0].length);
    return;
  }
  for (const m of t.matchAll(SCHOOL_ANY)) {
    const at = m.index ?? 0;
    const clause = ctx.clauses.find((c) => at >= c.start && at < c.end);
    if (!clause) continue;
    const word = m[0];
    const kind = TECHNICAL.test(word) ? 'technical' : VOCATIONAL.test(word) ? 'vocational' : 'college';
    // Attending or graduated, said of oneself or of one's child.
    // 我大专 去年毕业的: graduated may be said in the clause right after the school.
    const nextClause = ctx.clauses.find((c) => c.start >= clause.end)?.text ?? '';
    // (我大三 / 研二: the year of study says attending by itself.)
    if (!/^(大[一二三四]|研[一二三])$/.test(word) && !/学生|生|在校|毕业|在读|读|上学|上|学习|念/.test(clause.text) && !/在$/.test(t.slice(clause.start, at)) && !/^[,;。\s]*(是)?(去年|今年|前年|刚|刚刚|已经)?(毕业|毕了业)/.test(nextClause)) continue;
    // 在职校当老师 / 在技校上班: staff of the school, not its pupil.
    if (/^(里|里面|里头)?(当|做|任|教|上班|工作|任教|教书)/.test(t.slice(at + word.length)) || /老师|教师|班主任|教书|任教/.test(clause.text)) continue;
    // 没考上大学, 孩子没上学了: a school not attended.
    if (/(没|不|未)(有)?(考上|考|上|读|念)(了)?$/.test(t.slice(Math.max(clause.start, at - 5), at)) || /^(没|不)(上|读)/.test(t.slice(at + word.length))) continue;
    const who = subjectBefore(t, clause.start, at);
    const childSaid = who === 'other' && CHILD.test(t.slice(clause.start, at));
    if (childSaid) {
      // 俺儿子中职毕业了: a child who has left school is no pupil of it (the family aid is for pupils).
      if (/^(都|已经|早就|刚|去年|今年)?(毕业|毕了业)/.test(t.slice(at + word.length))) continue;
      if (kind !== 'college' && !has(ctx, 'childStudent')) put(ctx, 'childStudent', kind, clause.start + (CHILD.exec(clause.text)?.index ?? 0), at + word.length);
      continue;
    }
    if (who === 'other') continue;
    if (who === 'none' && QUESTION.test(clause.text)) continue;
    if (!has(ctx, 'student')) put(ctx, 'student', kind, at, at + word.length);
  }
  // A student from a poor family is a 贫困家庭学生, not a poor labourer (我是职高的学生 家里是贫困户).
  // 我是建档立卡贫困户家的 在技校上中专: a student's poverty is the family's, however it is said.
  if (ctx.patch.person.student && ctx.patch.person.groups?.includes('poor_labor')) {
    const home = /(家里|家庭|我家|俺家)(是|属于)?(建档立卡)?(贫困户|贫困家庭|建档立卡户)|(贫困户|建档立卡户?|贫困家庭)(家|家里|家庭)?的(孩子|学生|娃)?(?![\u4e00-\u9fff]{0,2}(补|钱|政策))|(贫困户|建档立卡户?)家/.exec(t);
    if (home) {
      ctx.patch.person.groups = ctx.patch.person.groups.map((g) => (g === 'poor_labor' ? 'poor_family_student' : g));
      for (const f of ctx.facts) if (f.path === 'groups' && Array.isArray(f.value)) f.value = (f.value as string[]).map((g) => (g === 'poor_labor' ? 'poor_family_student' : g));
    }
  }
}

/** The asker asks on someone's behalf (帮俺爷问, 替我妈咨询): that person's facts are the case. */
// 来电人说… / 客户说 他… : a hotline agent relaying the caller — the 他 is the caller, the case.
// 他在外省学的…回来能报补贴不: a message all about him, the asker never in it, asks for him.
const ASKING_FOR = new RegExp(`(帮|替|给)(我|俺)?(家)?${KIN}[^,;。]{0,3}(问|咨询|打听)|^(来电人|来电的|打电话的|客户|对方|咨询人|群众|他|她)(说|讲|反映|问)|^(他|她)(?!们)(?![^。？?]*(我|俺|咱))|^(?:[\\d一二两三四五六七八九十〇零]+年)?(?:[\\d一二三四五六七八九十]+月份?)?(?:今年|去年|前年|上个月|前两年)?(我|俺)(家)?${KIN}(?![^。？?]*(我|俺|咱)(?!家|${KIN}))[^。？?]*(他|她)(?!们)`);

// Patterns built once, not on every message read.
const ATTENDED = new RegExp(`(今年|本年)[^,;。]{0,6}?(参加|上|享受|领)(过|了)(${NUM})(?:次|回|遍|趟)(补贴|补贴性)(的)?培训`);
// 那年已经领过3次 (of a year the message dates): that year's count, as 今年 is this one's.
const TIMES_THIS_YEAR = new RegExp(`(今年|本年|这一年|年内|那年|那一年|当年)[^,;。]{0,8}?(补贴|补|领|享受|拿|申请)(过|了)?[^,;。\\d]{0,4}?(${NUM})(?:次|回|遍|趟)|(今年|本年)(前面|之前|已经)?(的)?(${NUM})(?:次|回)(培训)?(都)?(领|补|享受|拿)(了|过)`);
// 店开8年了: the shop named, then 开 and its years.
const BUSINESS_YEARS = new RegExp(`((?<=店|厂|馆|铺|司|摊|室)开|刚开业|才开业|刚开|才开|开业|开了|开店|成立|经营|注册|执照办了|执照拿了|执照下来|开(?:了)?(?:个|家|间)?[\\u4e00-\\u9fff]{0,3}?(?:网店|店|厂|公司|饭店|饭馆|超市|直播间|驾校|校|馆|铺))(了)?(?:(?:个|一个|家|一家|间|一间)[\\u4e00-\\u9fff]{0,5}[,，\\s]?(?:都|已经|有|快)?|(?:也就|也才|才|就)[,，\\s]?|[^,;。]{0,3}?)(${NUM}|半)(多)?年(半|多|出头)?(?:零(${NUM})个?月)?`);

const BUSINESS_YEARS_ALL = new RegExp(BUSINESS_YEARS.source, 'g');

// 今年补贴培训我已经参加三次了 / 2021年已经拿过3回培训补贴了: the year, then the count, in one
// clause that says the trainings were taken (not asked about: 今年能补几次, 最多3次).
const YEAR_COUNT = new RegExp(`(今年|本年|这一年|年内|当年|那年|\\d{4}\\s*年)[^,;。？?]{0,14}?(${NUM})(?:次|回|遍|趟)`, 'd');

/**
 * 今年都第4次了 前面三次都有补贴: the trainings before this one, each said to have been subsidised,
 * in a message that places them in a year. 前面三次 alone (no subsidy said) is not enough.
 */
const EARLIER_SUBSIDISED = new RegExp(`(?:前面|之前|前头|先前|前)(?:的|那)?(${NUM})(?:次|回|趟)(?:培训)?[,，\\s]?(?:都|也|全)(?:有|领了|领过|拿了|拿过|享受了|享受过|给了|补了|是有)(?:补贴|补助|钱)`);
const YEAR_WORD = /今年|本年|这一年|那年|那一年|当年|\d{4}\s*年/;
/** 今年先后学了焊工 电工 叉车 都补过了: the year's trades, listed, each said to have been subsidised. */
const TRADES_SUBSIDISED = /(?:今年|本年|这一年)[^,;。]{0,6}?(?:学了|考了|培训了|报了)((?:[\u4e00-\u9fff]{1,6}[,、和跟]){1,4}[\u4e00-\u9fff]{1,6}),?(?:都|全|也都|全都)(?:补|领|享受|拿)(?:过|了)/d;
/** 今年已经考了两个证了 都领了补贴: the certificates of the year, each said to have been subsidised. */
const CERTIFICATES_SUBSIDISED = new RegExp(`(?:今年|本年|这一年|那年|当年)[^,;。]{0,6}?(?:考|拿|学|取得)(?:了|过|下)?(${NUM})(?:个|本)证(?:书)?(?:了)?[,，\\s]?(?:都|也|全)(?:领了|领过|拿了|拿过|享受了|享受过|有|给了|补了)(?:补贴|补助)`);

/** A count of this year's subsidised trainings said as a plain fact, in the shape TIMES_THIS_YEAR's groups take. */
function timesInYearClause(ctx: ReadingContext): RegExpExecArray | null {
  const m = YEAR_COUNT.exec(ctx.t);
  if (!m) return null;
  const clause = clauseOf(ctx, m.index);
  if (!/补贴|补助/.test(clause) || !/(参加|领|拿|享受|学|考|培训)(过|了)|(过|了)[^,;。]{0,3}$|已经/.test(clause)) return null;
  // (今年一次都没享受过: a count denied is none, read by the patterns for "not this year".)
  if (/能|可以|最多|不超过|至多|几次|几回|吗|没|未|不[?？]?$|\?|？/.test(clause)) return null;
  const shaped = [m[0], undefined, undefined, undefined, m[2]] as unknown as RegExpExecArray;
  shaped.index = m.index;
  return shaped;
}

function readSubsidies(ctx: ReadingContext): void {
  const { t } = ctx;
  const attended = ATTENDED.exec(t);
  const times = attended ? null : (TIMES_THIS_YEAR.exec(t) ?? timesInYearClause(ctx));
  const never = /(从来|从)(都)?(没有|没|未)(有)?(领|享受|拿|申请|参加)(过)?[^,;。]{0,3}(培训)?补贴|(从来|从)(都)?(没有|没|未)(有)?(领|享受|拿|申请)(过)?[^,;。]{0,4}补贴性培训/.exec(t);
  const before = /(之前|以前|过去|原来)(都|也)?(没有|没|未)(有)?(领|享受|拿|申请|参加|学|培训|补|考)(过)?([^,;。]{0,4}(补贴|培训))?/.exec(t);
  const listed = attended || times ? null : TRADES_SUBSIDISED.exec(t);
  if (listed) {
    const n = listed[1]!.split(/[,、和跟]/).filter(Boolean).length;
    if (n >= 2) put(ctx, 'subsidizedTrainingsThisYear', n, listed.index, listed.index + listed[0].length);
  }
  const certified = attended || times || listed ? null : CERTIFICATES_SUBSIDISED.exec(t);
  const earlier = attended || times ? null : (certified ?? EARLIER_SUBSIDISED.exec(t));
  if (earlier && (certified || YEAR_WORD.test(t))) {
    const n = numberValue(earlier[1]!);
    if (n !== undefined && Number.isInteger(n)) put(ctx, 'subsidizedTrainingsThisYear', n, earlier.index, earlier.index + earlier[0].length);
  } else if (attended) {
    const n = numberValue(attended[4]!);
    if (n !== undefined && Number.isInteger(n)) put(ctx, 'subsidizedTrainingsThisYear', n, attended.index ?? 0, (attended.index ?? 0) + attended[0].length);
  } else if (times && !saysUnknown(clauseOf(ctx, times.index ?? 0))) {
    // 今年培训补贴一次都没领过: "not even once" is none.
    const noneOf = /^(都|也)(没有|没|未)/.test(t.slice((times.index ?? 0) + times[0].length));
    const n = noneOf ? 0 : numberValue(times[4] ?? times[8]!);
    if (n !== undefined && Number.isInteger(n)) put(ctx, 'subsidizedTrainingsThisYear', n, times.index ?? 0, (times.index ?? 0) + times[0].length);
  } else if (/(今年|本年)[^,;。]{0,8}(没|没有|未|还没)(有)?(领|补|享受|拿|申请)/.exec(t)) {
    const m = /(今年|本年)[^,;。]{0,8}(没|没有|未|还没)(有)?(领|补|享受|拿|申请)(过)?/.exec(t)!;
    put(ctx, 'subsidizedTrainingsThisYear', 0, m.index ?? 0, (m.index ?? 0) + m[0].length);
  } else if (FIRST_THIS_YEAR.test(t)) {
    // 今年第一次 / 今年就这一次: this training is the year's first, none subsidised before it.
    const m = FIRST_THIS_YEAR.exec(t)!;
    put(ctx, 'subsidizedTrainingsThisYear', 0, m.index ?? 0, (m.index ?? 0) + m[0].length);
  } else if (never) {
    put(ctx, 'subsidizedTrainingsThisYear', 0, never.index ?? 0, (never.index ?? 0) + never[0].length);
  }
  if (never) put(ctx, 'previousSubsidies', [], never.index ?? 0, (never.index ?? 0) + never[0].length);
  // 以前没学过: never trained before, so never subsidised for a training either.
  // 今年没领过补贴 以前也没领过: 领 in a message about subsidies is a subsidy claimed (今年头一回 以前没领过: so is one
  // that counts this year's subsidies).
  else if (before && (before[7] || before[5] === '学' || before[5] === '考' || before[5] === '培训' || before[5] === '补' || ctx.pendingFact === 'previousSubsidies' || (/^(领|享受|拿|申请)$/.test(before[5]!) && (/补贴|补助/.test(t) || has(ctx, 'subsidizedTrainingsThisYear'))))) put(ctx, 'previousSubsidies', [], before.index ?? 0, (before.index ?? 0) + before[0].length);
  const unknownTimes = /(今年)?(领|补|享受)(过|了)?几次/.exec(t);
  if (unknownTimes && saysUnknown(clauseOf(ctx, unknownTimes.index ?? 0))) markUnknown(ctx, 'subsidizedTrainingsThisYear');
}

/** This year's first training (今年第一次, 今年就这一次): none before it this year. */
// 那年第一次申请 / 当年头一回 (of a year the message dates): that year's first, as 今年 is this one's.
// 头一回参加 / 第一次参加培训: the first training ever, so none earlier this year either.
const FIRST_THIS_YEAR = /(今年|本年|那年|那一年|当年)[^,;。\d一二两三四五六七八九十]{0,3}(是)?(第一次|头一次|第一回|头一回|就这一次|就这一回|只有这一次|只这一次)(?![吗么])|(?<![不非])(是)?(第一次|头一次|第一回|头一回)(参加|参训|来|去)?(培训|学|参加)/;

function clauseOf(ctx: ReadingContext, index: number): string {
  return ctx.clauses.find((c) => index >= c.start && index < c.end)?.text ?? '';
}

/** A place name as people give it: 郑州, 中牟, 商丘 (two to three characters, no function words). */
const PLACE = '([\\u4e00-\\u9fff]{2,3}?)';
// (户口在登封在登封学的 / 户口在郑州上街住也在上街: run on with no commas, the next word ends the name.)
const HOME_PLACE = new RegExp(`户口(?:就|也|都|一直)?(?:在|是|落在)?([\\u4e00-\\u9fff]{2,4}?)(?:的|人|那边|县|市|区)?(?=$|[,\\s;。\\d]|的|在|住|人|也|就|上班|打工)|(?:老家|家)(?:在|是)${PLACE}(?=$|[,\\s;。\\d]|的)`);
// 住郑州 / 人住在郑州: living there, said without 常 or 家 too.
// 在郑州住 / 在郑州常住: the place first, then the living.
const LIVING_PLACE = new RegExp(`常住(?:在)?${PLACE}(?=$|[,\\s;。就在]|的)|(?:住在|家住|(?<![常家])住)${PLACE}(?=$|[,\\s;。]|的|也|在|上班|就|打工)|(?<![不没])在${PLACE}(?:这边|那边|这儿)?(?:常住|长住|住|居住|生活)(?=$|[,\\s;。就了]|的)`);
/** Zhengzhou's own districts and counties: a home there and a training "在郑州" name one city. */
const ZHENGZHOU_PART = /^(金水|二七|中原|管城|惠济|上街|郑东|航空|经开|高新|巩义|新郑|登封|新密|荥阳|中牟)/;
// 人在郑州找工作 / 在郑州送外卖: where one seeks or does work is the 求职就业地.
// 工作也在郑州 / 上班在郑州: the work said first, then where it is.
const WORK_PLACE = new RegExp(`在${PLACE}(?:这边|那边|这儿|市里)?(?:上班|打工|干活|工作|找工作|找活|找事|送外卖|跑外卖|跑单|干(?!部))|(?:上班|打工|干活|工作)(?:也|都|就|一直)?在${PLACE}(?=$|[,\\s;。]|的)`);
// 在郑州一家录进省系统的学校学了 / 跑去洛阳学的: the school may be described between the place and the training.
const TRAINED_AT = new RegExp(`(?:在|去|到|跑去|跑到|跑)${PLACE}(?:这边|那边|这儿|本地|当地|市里)?(?:[^,;。]{0,20}?(?:学校|机构|培训班|技校|中心|职校))?(?:参加|报|报名|学|培训|上课|考|弄|搞)`);
/** 洛阳啥也不沾 / 哪个都不是: the place of training said to be none of the three. */
const NONE_OF_THEM = /(啥|什么|哪个|哪样)(也|都)(不沾|不占|不是|不算|沾不上)|(三个|三样)?都不(沾|占|是)/;
/** 户口不在那 也不住那 也不在那找活: each of the three denied of the place in turn. */
function deniesAllThree(t: string): boolean {
  // 那地方不是户籍地不是常住地也不是他找工作的地方: the three named and denied in one breath.
  if (/(不是|非)(户籍地|户口所在地)[^。？?]{0,4}(不是|非)(常住地|居住地)[^。？?]{0,6}(不是|非)[^。？?]{0,8}(就业|工作|找活|打工|求职)/.test(t)) return true;
  // 不是户口地也不是住的地方 也不在那找活: the same three, in everyday words.
  if (/(不是|非)(户籍地|户口所在地|户口地|户口那|老家)[^。？?]{0,6}(不是|非)(常住地|居住地|住的地方|住的地儿|住那)[^。？?]{0,8}(不|没)(是|在)?[^。？?]{0,6}(就业|工作|找活|打工|上班|干活|求职)/.test(t)) return true;
  return /户口(也)?(不在|没在|不是)/.test(t) && /(不|没)(住|在那住|在那儿住)/.test(t) && /(不|没)在(那|那儿|那边)?[^,;。]{0,2}(找活|找工作|上班|打工|干活|工作)/.test(t);
}

/**
 * The words that say where a person's home, residence or work is (户口在商丘, 住郑州, 在郑州上班),
 * for a later message that names only where the training was (就在郑州这边学的).
 */
export function placeStatements(text: string): string | undefined {
  const found = [HOME_PLACE, LIVING_PLACE, WORK_PLACE].map((re) => re.exec(text)?.[0]).filter((x): x is string => x !== undefined);
  return found.length > 0 ? found.join(',') : undefined;
}

/**
 * 户口在中牟 在中牟参加的培训 / 在郑州上班 在郑州这边参加了培训: where the training was, said by
 * naming the same place as the home or the job — the 户籍地 or the 求职就业地 of 七(二).
 */
function placeByName(ctx: ReadingContext): boolean {
  const { t } = ctx;
  const trained = TRAINED_AT.exec(t);
  if (!trained) return false;
  const at = trained.index ?? 0;
  const where = trained[1]!;
  // 在外省学的: no place's name — read as a place of none of the three below, unless the asker
  // denies it is any of the three (在外省培训的 不是户籍地不是常住地也不是找工作的地方).
  if (/^(外省|外地|省外|外市|别的地方|其他地方)/.test(where)) {
    if (!deniesAllThree(t)) return false;
    put(ctx, 'trainingPlace', 'other', at, at + trained[0].length);
    return true;
  }
  // 户口在郑州 在户籍地学的: the place named by the plan's own word, read as that word below.
  if (/^(户籍地|户口所在地|常住地|居住地|求职就业地|求职地|就业地|老家)/.test(where)) return false;
  // Where home, residence and work are may have been said in an earlier message of the dialogue.
  const said = ctx.placesBefore ? `${ctx.placesBefore},${t}` : t;
  const home = HOME_PLACE.exec(said);
  const homeName = home?.[1] ?? home?.[2];
  const work = WORK_PLACE.exec(said);
  const sameCity = (a: string) => (a === '郑州' && ZHENGZHOU_PART.test(where)) || (where === '郑州' && ZHENGZHOU_PART.test(a));
  const same = (a?: string) => a !== undefined && (a === where || a.startsWith(where) || where.startsWith(a) || sameCity(a));
  const living = LIVING_PLACE.exec(said);
  const livingName = living?.[1] ?? living?.[2] ?? living?.[3];
  const workName = work?.[1] ?? work?.[2];
  const place = same(homeName) ? 'household' : same(livingName) ? 'residence' : same(workName) ? 'job_seeking' : undefined;
  if (!place) {
    // 户口在商丘 人在郑州上班 跑去洛阳学的 (洛阳啥也不沾): a place that is none of the three — all
    // three named elsewhere, or the asker says so. With one of them unsaid it is left to ask.
    const named = [homeName, livingName, workName].filter((x) => x !== undefined).length;
    if ((named === 3 || NONE_OF_THEM.test(t) || deniesAllThree(t)) && !NEGATOR.test(t.slice(Math.max(0, at - 2), at))) {
      put(ctx, 'trainingPlace', 'other', at, at + trained[0].length);
      return true;
    }
    // 户口在开封 在郑州参加的培训: not the home, and no job or residence said there — left to ask.
    return homeName !== undefined;
  }
  if (NEGATOR.test(t.slice(Math.max(0, at - 2), at))) return false;
  put(ctx, 'trainingPlace', place, at, at + trained[0].length);
  return true;
}

function readPlace(ctx: ReadingContext): void {
  const { t } = ctx;
  if (placeByName(ctx)) return;
  const places: Array<[string, RegExp]> = [
    ['household', /户籍地|户口所在地|老家|户口(那个|那|所在的?)(区|县|市|地方|地儿)|户口(在|是)[\u4e00-\u9fff]{2,4}?(?=[,\s]|$)/],
    // 在郑州租房住 就在住的地方学的: where one lives now is the 常住地.
    ['residence', /常住地|居住地|(常|长期)住(在)?(这|郑州|本地)?|租房(子)?住|(现在)?住的地方|现住地/],
    // 在打工的地方学的: where one works, in a worker's words.
    ['job_seeking', /求职(就业)?地|就业地|(上班|工作|打工|干活)的(地方|城市)/],
    // 外地 / 外省 alone may still be where one worked or is registered (在外地打工 在外地学的): asked, not
    // read as none of the three; 别的地方 said as such is one.
    ['other', /别的地方|其他地方/],
  ];
  for (const [place, re] of places) {
    const m = re.exec(t);
    if (!m) continue;
    const at = m.index ?? 0;
    const clause = clauseOf(ctx, at);
    // 常住郑州 就在郑州培训的: the training said in the clause right after the place.
    const next = ctx.clauses.find((c) => c.start >= at + m[0].length)?.text ?? '';
    // 今年第一次培训 在常住地: the place said alone, right after a clause about the training.
    const prev = [...ctx.clauses].reverse().find((c) => c.end <= at)?.text ?? '';
    const alone = /^[,;。\s]*(是)?在?$/.test(clause.slice(0, clause.indexOf(m[0])).replace(/^[,;。\s]+/, '')) && clause.replace(/[,;。!?\s]/g, '').length <= m[0].length + 4;
    // (在学校交还是回老家交: 学 of 学校 is no training.)
    const trained = /培训|学(?!校|生|费|历)|参加|上课|考/.test(clause) || /^(就)?(在)?[\u4e00-\u9fff]{0,4}?(培训|学|参加|上课|报(?=了|的|名|个))/.test(next.replace(/^[,;。\s]+/, '')) || (alone && /培训|参加|学的|上课/.test(prev));
    // The place of the training: 在老家参加的培训, 在户籍地培训; not 外地户口.
    // (户口外地 / 外地户口 / 外地人: where one is from, not where one trained.)
    if (!trained || /户口|人$/.test(t.slice(m.index! + m[0].length, m.index! + m[0].length + 2)) || (place === 'other' && /(户口|户籍|老家|籍贯)(是|在)?$/.test(t.slice(Math.max(0, at - 4), at)))) continue;
    if (QUESTION.test(clause) && !/我/.test(clause)) continue;
    if (NEGATOR.test(t.slice(Math.max(0, at - 3), at))) continue;
    put(ctx, 'trainingPlace', place, at, at + m[0].length);
    return;
  }
}

/** Not yet (还没考, 尚未取得): something still ahead, not something that failed. */
const NOT_YET = /还没|还未|尚未|还没有|还不(?!行|够|到)/;

/** 电工证 考是考了 没考过: the exam sat (考是考了, a form the polarity reader leaves open) and failed. */
function failedExam(ctx: ReadingContext): void {
  if (has(ctx, 'certificate')) return;
  const m = /(证书|证)[^。？?]{0,4}?[考拿领]是[考拿领](了|过)[,，\s]*(但是?|可是?|就是|不过|只是)?(没|没有|未)(考)?(过|上|通过|拿到|下来)/.exec(ctx.t);
  if (m) put(ctx, 'certificate', false, m.index ?? 0, (m.index ?? 0) + m[0].length);
}

/** …的是我婆婆 / …的是俺妈: the fact's holder, named right after the noun, is someone else. */
const HELD_BY_OTHER = new RegExp(`^(的)?(是|都是|其实是)(我|俺|咱)?(家)?(的)?${OWNER}`);

/** 领养老金的是我婆婆 我自己没有: the pension given to a relative, then denied of oneself. */
const PENSION_ELSEWHERE_NOT_MINE = new RegExp(`(领|拿|有|享受)(着)?(养老金|退休金|退休工资)的(是|都是|其实是)(我|俺|咱)?(家)?(的)?${OWNER}[,，\\s]*(我|俺)(自己|本人|个人)?(可|倒|是)?(没有|没|不领|没领|不拿|没拿)`);

/**
 * 哦不对 领养老金的是我婆婆 我自己没有: the fact given to someone else, then denied of oneself —
 * the asker's own is the denial (a "yes" read from the first half would turn the verdict).
 */
function ownDenialAfterOther(ctx: ReadingContext): void {
  const m = PENSION_ELSEWHERE_NOT_MINE.exec(ctx.t);
  if (!m || has(ctx, 'monthlyPension')) return;
  put(ctx, 'monthlyPension', false, m.index ?? 0, (m.index ?? 0) + m[0].length);
}

function readBusiness(ctx: ReadingContext): void {
  const { t } = ctx;
  // 不想再创业了 / 没想过做生意 / 不打算自己干: the wish denied, with 再/过/自己 between.
  const no = /(不想|不打算|不准备|没(有)?(想|打算)(过)?|不愿意?)(再|过|要|去)?[^,;。]{0,3}?(自己)?(创业|做生意|当老板|干个体|开店|自己干)|没(有)?(新的|再)?创业(的)?(想法|打算|愿望|意向)|(开|办)[^,;。]{0,6}(打算|想法|念头)[,，\s]*(暂时|目前|现在|眼下|还)?(是)?(没有|没|木有)/.exec(t);
  // 想开个奶茶店 / 打算自己开家小饭馆: the trade may sit between 开个 and the shop.
  // 想自己摆摊 / 想辞职自己干 / 想回村开个养鸡场: a wish to work for oneself, in everyday words.
  const yes = /(想|打算|准备|计划|有意)(要)?[^,;。不]{0,8}?(自己)?(创业(?!培训|班|课|的培训|的东西|的知识|知识|方面|课程|的课)|(开|办|搞|弄|做成|注册|成立|开办)(个|一个|家|一家)?[\u4e00-\u9fff]{0,4}?(店|公司|厂|网店|超市|铺子|铺|馆|摊|农家乐|民宿|作坊|工作室|养殖场|合作社|养[\u4e00-\u9fff]场|农场|场子|直播间|档口|门面|小店|修理部|维修部|小卖部|门市部|门市|便利店|中介|服务部|诊所|托管班|培训班|养老院|幼儿园))|(重新|再|另外)(弄|搞|开|干|起)(一摊|个摊子|一摊子|一个摊子|个买卖)|(想|打算|准备|计划)[^,;。不]{0,8}?(搞|弄|干|做|办)(个|点)?(养[\u4e00-\u9fff]{1,2}|种[\u4e00-\u9fff]{1,3})(的|场|基地|大棚)|(想|打算|准备|计划)[^,;。不]{0,6}?(自己干|单干|摆摊|摆个摊|出摊|做买卖|做点小生意|做小生意|(做|搞|弄)(个|点)?(小)?(买卖|生意)|开个体|干个体|另起炉灶)|有创业(的)?(想法|打算|愿望|意向)|(没开过店|没开店|没做过生意|没当过老板|给人打工)[^。]{0,12}(有|有这个|有这种)(想法|打算|念头)|(那)?(我|俺)?自己(来)?(开|办)(个|一个|家|一家)[\u4e00-\u9fff]{0,4}?(店|公司|工作室|馆|铺子|摊|厂|直播间|网店)(?=[^。]{0,6}(扶持|支持|补贴|补助|政策|帮扶|有啥|有没有|能不能|吗))|(想|打算|准备)[^,;。]{0,10}[,\s]?(算)?(自己)?(创业(?!培训|班|课|的培训|的东西|的知识|知识|方面|课程|的课)|做生意|当老板|干个体)/.exec(t);
  if (no) put(ctx, 'wantsToStartBusiness', false, no.index ?? 0, (no.index ?? 0) + no[0].length);
  // 想自己摆摊卖早点有没有创业培训 (typed without a break): the wish is said before the question begins.
  const wishAt = yes?.index ?? 0;
  const saidBefore = yes ? t.slice(ctx.clauses.find((c) => wishAt >= c.start && wishAt < c.end)?.start ?? wishAt, wishAt + yes[0].length + 2) : '';
  // 那我要是想自己开个小网店呢 有培训吗: 要是…呢 puts the wish as the case asked about, not a question of it.
  // 想自己干点啥: 干点啥 is "something", no question.
  const indefinite = (x: string) => x.replace(/(干|做|弄|搞|学|卖)点(啥|什么)/g, '$1点东西');
  if (!no && yes && (!QUESTION.test(indefinite(clauseOf(ctx, wishAt))) || !QUESTION.test(indefinite(saidBefore).replace(/呢[,，\s]?$/, '')))) put(ctx, 'wantsToStartBusiness', true, wishAt, wishAt + yes[0].length);
  // 开了个小饭馆，三年了: the trade and a pause may come between the opening and the years.
  // 营业执照办了三年半 / 开了间小铺头两年: the licence's age is the business's; 间 counts shops too.
  // 前年开了个小饭店 / 去年开的超市 / 三年前开的店: the year it opened gives its age (enough for 开业5年以内).
  const since = /(大前年|前年|去年|今年|(\d+|[一二两三四五六七八九十])年前)[^;。]{0,10}?(开了|开的|开业|办了|办的|注册了|注册的)(个|一个|家|一家|间)?[\u4e00-\u9fff]{0,6}?(店|饭馆|饭店|超市|公司|厂|网店|铺子|馆|摊|作坊|工作室|门面|小店|档口)/.exec(t);
  // 前年开哩 / 去年开的: the year it opened said alone, in reply to how long the business has run.
  // (A clause of its own: 去年开的 inside a longer sentence may be of anything.)
  const sinceAlone = since ? null : /(?<=^|[,;。])(大前年|前年|去年|今年)(才|就)?(开的|开了|开哩|开嘞|开业|开张)(?=$|[,;。])/.exec(t);
  if (sinceAlone && !has(ctx, 'businessYears')) {
    const word = sinceAlone[1]!;
    put(ctx, 'businessYears', word === '大前年' ? 3 : word === '前年' ? 2 : word === '去年' ? 1 : 0, sinceAlone.index, sinceAlone.index + sinceAlone[0].length);
  }
  if (since && !has(ctx, 'businessYears')) {
    const word = since[1]!;
    const years = word === '大前年' ? 3 : word === '前年' ? 2 : word === '去年' ? 1 : word === '今年' ? 0 : numberValue(word.replace(/年前$/, ''));
    if (years !== undefined) put(ctx, 'businessYears', years, since.index ?? 0, (since.index ?? 0) + since[0].length);
  }
  // 20年3月开的小超市 21年那会儿能参加吗: opened in one year, asked for another — the difference.
  const openedIn = /(?<!\d)(20\d{2}|[12]\d)年(?:\d{1,2}月(?:份)?)?[^;。]{0,10}?(开的|开了|开业|注册的|办的)/.exec(t);
  const askedFor = /(?<!\d)(20\d{2}|[12]\d)年(那会儿?|的时候|那时候?|那年|那一年)/.exec(t);
  if (openedIn && askedFor && !has(ctx, 'businessYears')) {
    const years = fullYear(askedFor[1]!) - fullYear(openedIn[1]!);
    if (years >= 0 && years <= 50) put(ctx, 'businessYears', years, openedIn.index ?? 0, (openedIn.index ?? 0) + openedIn[0].length);
  }
  // 开业5年以内的才管: the plan's line quoted back, not the asker's years.
  const biz = [...t.matchAll(BUSINESS_YEARS_ALL)].find((m) => !/^(以内|以下|之内|内|以上|之上|的才|才)/.test(t.slice((m.index ?? 0) + m[0].length)));
  // 21年那会儿 / 20年3月: a year of the calendar, not years in business.
  const calendarYear = biz ? /^(?:\d{2}|20\d{2})年(那会|的时候|那时|那年|底|初|\d{1,2}月|[上下]半年)/.test(t.slice(t.indexOf(biz[3]!, biz.index ?? 0))) : false;
  if (biz && !calendarYear && !/[今去明]年/.test(biz[0])) {
    const whole = biz[3] === '半' ? 0.5 : numberValue(biz[3]!);
    // 两年半: half a year more.
    // 五年零一个月: the months past the years count (开业5年以内 is passed by one month).
    const extra = biz[6] !== undefined ? (numberValue(biz[6]) ?? 0) / 12 : 0;
    // 五年多 / 五年出头: past the whole years — more than five is not 五年以内.
    const n = whole !== undefined && (biz[5] === '半' || biz[5] === '多' || biz[5] === '出头') ? whole + 0.5 : whole !== undefined ? Math.round((whole + extra) * 100) / 100 : whole;
    if (n !== undefined) put(ctx, 'businessYears', n, biz.index ?? 0, (biz.index ?? 0) + biz[0].length);
  }
}

/** 今年又去考一遍同一个 / 还是这个工种 再学一回: the training now is the one subsidised before. */
const SAME_AGAIN = /(又|再|重新)[^,;。]{0,6}(考|学|培训|报)[^,;。]{0,6}(同一个|同样的|一样的|同一职业|同一工种|同一个工种|同一等级)|(同一个|同样的|一样的|还是这个|还是那个)(工种|职业|证)?[^,;。]{0,4}(又|再|重新)(考|学|培训|报)|(又|再|重新)(报|考|学)了?(一回|一次|一遍)[,，\s]*还是/;
const SUBSIDISED_BEFORE = /(领过|补过|享受过|拿过|报销过|申请过|补贴过|补助过)(了)?(培训)?(补贴|补助)?|(补贴|补助)(也)?(领|拿|享受|申请)(过|了)|(补贴|补助)[,\s]?(领了|拿了|也领了|也拿了)/;

/**
 * 前年学的中式烹调师 五级 领过补贴 今年又去考一遍同一个: one earlier subsidised training of the same
 * occupation and level as this one (七(二): 同一职业同一等级不可重复享受).
 */
function sameTrainingAgain(ctx: ReadingContext): void {
  const { t } = ctx;
  if (has(ctx, 'previousSubsidies')) return;
  let { occupation } = ctx.patch.person;
  const { level } = ctx.patch.person;
  // (同一个工种 is no trade called 同一个工.)
  if (occupation && /同一|一样|同样/.test(occupation)) {
    ctx.facts = ctx.facts.filter((f) => f.path !== 'occupation');
    occupation = undefined;
  }
  // 同一个工种同一个等级 / 同一个等级: said outright, the sameness needs no name of the trade.
  const saidSame = SAME_SAID.exec(t);
  if ((!occupation || !level) && !saidSame) return;
  // 今年又去考了一回中级育婴员 / 去年学了育婴员四级…今年还想考育婴员四级: the occupation named again
  // (after 又/再/还, or simply twice around the earlier subsidy) is the same one.
  const twice = occupation ? new RegExp(`${occupation}[^]*?(领过|补过|享受过|拿过|补贴过|补助过)[^]*?${occupation}`).exec(t) : null;
  const again = SAME_AGAIN.exec(t) ?? saidSame ?? (occupation ? new RegExp(`(又|再|重新|还)[^,;。]{0,6}(考|学|培训|报)[^,;。]{0,6}${occupation}`).exec(t) : null) ?? twice;
  if (!again) return;
  const before = SUBSIDISED_BEFORE.exec(again === twice ? t : t.slice(0, (again.index ?? 0) + (again === saidSame ? again[0].length : 0))) ?? SUBSIDISED_BEFORE.exec(t);
  if (!before || NEGATOR.test(t.slice(Math.max(0, (before.index ?? 0) - 2), before.index ?? 0))) return;
  // The trade or level not named: the same as this training's, said so — kept in those words.
  const occ = occupation ?? SAME_OCCUPATION;
  const lvl = level ?? SAME_LEVEL;
  const at = Math.min(before.index ?? 0, again.index ?? 0);
  // (Read from the words that say it is the same.)
  if (!occupation) put(ctx, 'occupation', occ, again.index ?? 0, (again.index ?? 0) + again[0].length);
  if (!level) put(ctx, 'level', lvl, again.index ?? 0, (again.index ?? 0) + again[0].length);
  put(ctx, 'previousSubsidies', [{ occupation: occ, level: lvl }], at, Math.max((again.index ?? 0) + again[0].length, (before.index ?? 0) + before[0].length));
}

const LEVEL_SAID = '(初级|中级|高级技师|高级|技师|[一二三四五]级)';
/** 补过保育员五级 / 领过一次中式烹调师五级: an earlier subsidised training, its trade and level named. */
const EARLIER_WITH_LEVEL = new RegExp(`(补过|领过|享受过|拿过)(一次|一回)?(补贴)?(的)?([\\u4e00-\\u9fff]{1,8}?(?:师|工|员))?[,\\s]?${LEVEL_SAID}`, 'd');
/** 今年考的保育员四级 / 今年又考了一遍五级: this year's training, its level named (its trade may be left out). */
const NOW_WITH_LEVEL = new RegExp(`(今年|这次|这回|现在|如今|又|再|重新|还想|还要)[^;。?？]{0,10}?(考|学|报|培训)[^;。?？]{0,12}?${LEVEL_SAID}`);

/**
 * 前年补过保育员五级 今年考的保育员四级: the earlier subsidy is of one level, this training of
 * another (or of the same: 今年又考了一遍五级). Both said, so whether it repeats is known — the rule
 * decides it (七(二): 同一职业同一等级不可重复享受); the level of this training is the later one.
 */
function earlierLevelThenNow(ctx: ReadingContext): void {
  const { t } = ctx;
  const occupation = ctx.patch.person.occupation;
  if (has(ctx, 'previousSubsidies') || !occupation) return;
  const earlier = EARLIER_WITH_LEVEL.exec(t);
  if (!earlier || NEGATOR.test(t.slice(Math.max(0, earlier.index - 2), earlier.index))) return;
  const earlierTrade = earlier[5];
  if (earlierTrade && earlierTrade !== occupation) return;
  const after = earlier.index + earlier[0].length;
  const now = NOW_WITH_LEVEL.exec(t.slice(after));
  if (!now) return;
  // 补过电工五级 今年考了焊工五级: another trade now, named — it is this training's; the earlier one
  // must have been named too, or which trade was subsidised is not known.
  const between = now[0].slice(0, now[0].length - now[3]!.length);
  const verb = /(考|学|报|培训)(了|的|过)?/.exec(between);
  const tradeNow = /([\u4e00-\u9fff]{1,8}?(?:师|工|员))$/.exec(between.slice((verb?.index ?? 0) + (verb?.[0].length ?? 0)).replace(/^(一遍|一回|一次|个|一个)/, ''))?.[1];
  const otherNow = tradeNow && tradeNow !== occupation ? tradeNow : undefined;
  if (otherNow && !earlierTrade) return;
  const levelOf = (word: string) => LEVELS.find(([, re]) => re.test(word))?.[0];
  const before = levelOf(earlier[6]!);
  const level = levelOf(now[3]!);
  if (!before || !level) return;
  const nowAt = after + now.index + now[0].length - now[3]!.length;
  ctx.facts = ctx.facts.filter((f) => f.path !== 'level' && (!otherNow || f.path !== 'occupation'));
  if (otherNow) put(ctx, 'occupation', otherNow, nowAt - otherNow.length, nowAt);
  put(ctx, 'level', level, nowAt, nowAt + now[3]!.length);
  put(ctx, 'previousSubsidies', [{ occupation, level: before }], earlier.index, earlier.index + earlier[0].length);
}

/** The words kept for a trade or level said only to be the same as before. */
const SAME_OCCUPATION = '与上次同一职业';
const SAME_LEVEL = '同一等级';
/** 同一个工种同一个等级 / 同一等级 / 一样的证: sameness said outright. */
const SAME_SAID = /同一(个)?(工种|职业)[^,;。]{0,6}同一(个)?等级|(同一个|同一|一样的|同样的)(等级|级别)|同一个证|一样的证|同一个职业同一个级别/;

const BARE_TRADE = /(初级|中级|高级|[一二三四五]级)?(的)?(叉车|电焊|挖掘机|装载机|塔吊|育婴|家政|烘焙|面点|美容|美发|汽修|茶艺|月嫂)(?![工员师])/;

const LEVELS: Array<[string, RegExp]> = [
  ['一级', /一级|高级技师/],
  ['二级', /二级|(?<!高级)技师(?!学院)/],
  ['三级', /三级|高级工|高级(?!技师)/],
  ['四级', /四级|中级/],
  ['五级', /五级|初级/],
];

function readOccupation(ctx: ReadingContext): void {
  const { t } = ctx;
  const occ = /((?<![大中小同上放开留自])学(?![生校历费习])|报|考|培训|补过(?:一次|一回)?|领过(?:一次|一回)?|学的是|报的是|培训的是|学个|学门|报一个|报个|(?<![大中小同上放开留自])学的|考的|报的|(?<![大中小同上放开留自])学了|考了|报了)((?:新职业,)?[^\x00-\x7f我你他她是的了不没在想要,;。]{1,8}?(师|工|员))(?![\u4e00-\u9fff]{0,1}证|学院)/.exec(t);
  if (occ) {
    // 考了中级育婴员 / 学了三个月电工: the level and the length are said of the occupation, not part of it.
    const word = occ[2]!.replace(/^(的是|是|一个|个|新职业,?|再|一下|过)/, '').replace(/^[\d一二两三四五六七八九十半]+个?(多)?月(的)?/, '').replace(/^(初级|中级|高级|[一二三四五]级)(的)?/, '');
    const clause = clauseOf(ctx, occ.index ?? 0);
    // 那要是考电工中级呢: a what-if names the training it asks about, question or not.
    const whatIf = /要是|如果|假如|换成|改成|改考|换个/.test(clause);
    if (word.length >= 2 && !/^(技|老|教|工|培训)|毕业|没|不|学校|学员|学生|有个|那个|这个/.test(word) && !(QUESTION.test(clause) && !/我/.test(clause) && !whatIf)) {
      const start = (occ.index ?? 0) + occ[0].length - word.length;
      put(ctx, 'occupation', word, start, start + word.length);
    }
  } else {
    // 中级叉车 去年补过一次: trades people name without 工/师/员, beside a level or a word of training.
    // (家政这方面有培训没 names a trade the plan trains in, not a training the asker took.)
    const trade = BARE_TRADE.exec(t);
    if (trade && (trade[1] || /(考|学|报|补|领)(了|过)[^,;。]{0,4}$/.test(t.slice(Math.max(0, (trade.index ?? 0) - 8), trade.index ?? 0)))) {
      const start = (trade.index ?? 0) + trade[0].length - trade[3]!.length;
      put(ctx, 'occupation', trade[3]!, start, start + trade[3]!.length);
    }
  }
  if (ctx.patch.person.occupation) {
    for (const [level, re] of LEVELS) {
      const m = re.exec(t);
      if (m) {
        put(ctx, 'level', level, m.index ?? 0, (m.index ?? 0) + m[0].length);
        break;
      }
    }
  }
  earlierLevelThenNow(ctx);
  sameTrainingAgain(ctx);
  const newOcc = /新职业/.exec(t);
  if (newOcc) {
    const at = newOcc.index ?? 0;
    const clause = clauseOf(ctx, at);
    if (!QUESTION.test(clause) && !CONDITION.test(clause)) put(ctx, 'newOccupation', !NEGATOR.test(t.slice(Math.max(0, at - 4), at)), at, at + 3);
  }
}
