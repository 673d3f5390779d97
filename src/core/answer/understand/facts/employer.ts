/**
 * What an employer (企业, 合作社, 扶贫车间, 培训机构, 职业院校) says about itself: its kind,
 * insurance, hires and their months, the pre-job training subsidy, equipment, payroll and
 * education fund, apprentices, project-based training, and the school-related facts.
 */
import type { EntityKind } from '../../../rules/schema.js';
import { has, markUnknown, put, takeBack, type ReadingContext } from './context.js';
import type { GroupMention } from './groups.js';
import { copyToParts, hirePath, readHires } from './hires.js';
import { readPolarity, type NounMention, type PolaritySpec } from './polarity.js';
import { isRoughNumeral, NUM, yuanOf, numberValue } from './quantities.js';
import { CONDITION, NEGATOR, QUESTION } from './scope.js';
import { OWNER } from './kin.js';

const ENTITY_WORDS: Array<[EntityKind, RegExp]> = [
  // 社里 / 俺社: how a cooperative's people name it.
  ['farmer_cooperative', /农民专业合作社|合作社|社里|俺社|咱社|我们社|俺们社/],
  ['poverty_workshop', /扶贫车间|扶贫工厂/],
  // 俺们机构: how a training institution's staff name it.
  // A 培训公司 is a company: the plan's 企业 (its legal form decides, as with 公司制的培训学校). A 驾校
  // is a company too (驾驶培训有限公司): read as a training institution it would be refused the rules
  // that need an enterprise (设备补助, 教育经费税前扣除), which it can claim.
  ['training_institution', /培训机构|培训学校|培训中心|培训班|(?<=[们俺咱我])机构|(?<=培训的)机构/],
  ['vocational_school', /职业院校|职业学校|职业学院|职校|技校|技工学校|技工院校|技师学院|中职|高职|职高|中专|学院|学校/],
  // Businesses by their trade (饭店, 门市部, 作坊, 工地): the plan's 企业.
  // 汽配 / 物业 / 保安 / 家政 / 物流: trades run as companies.
  // 国企 / 俺矿上: a state-owned enterprise and a mine are enterprises.
  ['enterprise', /公司|企业|我司|连锁|本司|贵司|驾校|驾驶培训|国企|央企|私企|民企|外卖站|快递站|(?<=[们俺咱我]|^|,)站(?=里|点|上)|站点|驿站|分拣中心|配送站|配送中心|矿上|煤矿|矿山|矿里|(?<=[们俺咱我])矿|工厂|厂子|厂里|厂|外包|呼叫中心|汽配|汽修|修车行|车行|修理铺|修车铺|修理厂|物业|保安|家政|物流|快递|饭店|饭馆|餐馆|餐厅|酒店|宾馆|超市|商店|门市部|门市|作坊|工地|物流园|商行|仓库|库房|火锅店|面馆|门店|小店|店里|店铺|店面|[\u4e00-\u9fff]{1,2}店(?=$|[,\s]|里)|[\u4e00-\u9fff]{1,2}铺(?=$|[,\s]|里|子)/],
];
const ENTITY_ANY = new RegExp(ENTITY_WORDS.map(([, re]) => re.source).join('|'), 'g');
// 俺的厂 / 我们是县里一个教电焊的民办培训机构: 的 after the asker, and a modifier after a description.
const SELF_ENTITY = new RegExp(`(我们|我司|咱们|咱|俺们|本|(?:俺|我)(?=是)|(?:俺|我|咱)(?=的))(?:的)?(这个|这家|这)?(是)?(一家|一个|一所|家|个|所)?(?:参保|普通|民营|民办|私立|公办|公立|小|私营|一般|[^,;。不没]{1,10}的)?(?:民营|民办|私立|私营|公办|小)?(${ENTITY_ANY.source})`);

/** A relative just before a school (闺女中专…, 孩子在技校…): the school is the relative's. */
const KIN_BEFORE = /(闺女|女儿|儿子|孩子|娃|孙子|孙女|外孙|侄子|侄女|外甥|弟弟|妹妹|他|她)(在|上|读|念|是)?(的)?$/;

/** Words that make a business someone's own: 他开的厂, 我舅家的公司, 学校办的那个公司. */
// 俺姐夫的厂子 / 我老表的公司: a relative's or a friend's business, asked for by the person.
const OWNED_BEFORE = new RegExp(`((开|办|经营|承包|创办|开办|投资|合伙开|自己|家)|${OWNER})的(那个|那家|这个|这家|那|这|小)?$`);
/** After a kind: it owns the business named next (学校办的那个公司, 合作社下面的厂). */
// 学院下面的餐饮公司: a business under it, named with its trade.
// 技工院校办的校办企业: the business may be named by who runs it (校办) before its kind.
const OWNS_NEXT = new RegExp(`^(自己)?((办|开|创办|开办|投资)的?(那个|那家|这个|这家|一个|一家)?(校办|院办|厂办)?[\u4e00-\u9fff]{0,6}?|(下属|旗下|名下|下面|底下)的?(那个|那家|这个|这家|一个|一家)?[\u4e00-\u9fff]{0,4}?)(${ENTITY_ANY.source})`);

/** Insurance the people pay for themselves (灵活就业, 自己交): no fact of the unit's. */
const SELF_PAID = /灵活就业|(自己|个人|本人|他们自己|她们自己)(按[^,;。]{0,6})?(交|缴|买|上)的?|自费|自己掏钱/;

export const INSURED: PolaritySpec = {
  key: 'insured',
  // 交着保险: an employer's 保险 is the social insurance (not a 商业/车/寿 policy).
  // 员工保险都有: the staff's 保险 is the social insurance too.
  noun: /社保|社会保险|五险一金|五险|参保|参了保|参过保|参着保|(?<=(交|上|缴)(着|了|的)?)(?<![商车寿身])保险(?!金|公司)|(?<=(员工|职工|工人)(的)?)保险(?!金|公司)/g,
  // 社保户还没开: the unit's social-insurance account, opened or not.
  verb: /缴纳|交|缴|上|买|有|参加|参|办|(?<=户[^,;。]{0,4})开/,
  nounIsVerb: (m) => /参(了|过|着)?保/.test(m),
};
export const PRE_JOB: PolaritySpec = {
  key: 'preJob',
  // 岗前 alone (岗前没领, 岗前的拿过): people drop 培训补贴 once the subject is known.
  noun: /(岗前|入职)(技能)?(培训)?(的那个|那个|的)?补(贴|助)|岗前(的那个|那个|这个)(技能)?(培训)?补(贴|助)|岗前培训|岗前(?!体检|教育|准备|面试)(的那个|那个|这个|这块|的)?/g,
  // 弄/办 only when done (没弄过, 没去办): 办理流程 and 怎么弄 say nothing.
  // 没申过 / 没要过 / 那块没碰过: everyday verbs of claiming.
  // 人社那边已经给我们批过了: granted is claimed.
  verb: /申领|申请|申|领|拿|享受|(?<![录雇聘使采])用|报|要|碰|沾|动|批(?=过|了|下来)|弄(?=过|了|到|成|下来|$)|办(?=过|了|到|成|下来|$)/,
};
const ACCEPTED: PolaritySpec = {
  key: 'accepted',
  // 工作室还没验 / 基地那边验过了: 验 alone, once done or denied, is the inspection too.
  // 人社财政都签字合格了: 合格 said alone is the inspection passed.
  noun: /验收|(?<=(没|未|已|已经|刚|都))验(?!收)|验(?=了|过|完)|(?<!验收|验收都|验收也|验收已经|验收已)(?<=(都|也|已经|已|签字|盖章|审核|检查))合格(?!证)/g,
  verb: /验收/,
  nounIsVerb: () => true,
  // 验收，上个月过了: the answer may come after the noun's own clause, with when it happened.
  // 验收 有 上周刚验: answered 有, or done again in its own words.
  affirmAfter: /^,?(上个?月|上周|上礼拜|前几天|前两天|前阵子|去年|今年|年初|年前|年后|早就|早|刚刚|刚|也|都|已经|已)*(合格|通过|过|了|完|好|有(上个?月|上周|上礼拜|前几天|前两天|刚|已经)*(验(了|过|完)?)?(?=$|[,;。])|(上个?月|上周|上礼拜|前几天|前两天)?(刚)?验(了|过|完)?(?=$|[,;。]))/,
};
const PROJECT: PolaritySpec = { key: 'project', noun: /项目制/g, verb: /搞|做|开展|办|组织|有|参加|实施|进行|接|承接|揽|中标/ };
const MATERIALS: PolaritySpec = { key: 'materials', noun: /教材|教学改革|教改/g, verb: /开发|编写|编|搞|做|在|进行|开展|有/ };

/** Nouns of every yes/no fact: each bounds the words the others own. */
export const EMPLOYER_SPECS = [INSURED, PRE_JOB, ACCEPTED, PROJECT, MATERIALS];

export function nounMentions(text: string, specs: PolaritySpec[], groups: GroupMention[]): NounMention[] {
  const out: NounMention[] = [];
  for (const s of specs) for (const m of text.matchAll(s.noun)) out.push({ key: s.key, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  for (const g of groups) out.push({ key: `group:${g.group}`, start: g.start, end: g.end });
  for (const m of text.matchAll(/以工代训|带训|代训|设备|证书|学徒/g)) out.push({ key: `word:${m[0]}`, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  return out.sort((a, b) => a.start - b.start);
}

/** 俺在广东电子厂干了八年 回村弄了个扶贫车间: the unit set up now is the case's, not the works the asker left. */
function unitSetUpNow(ctx: ReadingContext): void {
  const setUp = SET_UP_NOW.exec(ctx.t);
  const left = /(俺|我)(以前|之前|原来)?在[^,;。]{0,8}(厂|公司|企业)[^,;。]{0,3}(干|上班|打工|干过|上过班)/.test(ctx.t);
  if (!setUp || !left || !has(ctx, 'entity')) return;
  const kind = /扶贫车间/.test(setUp[4]!) ? 'poverty_workshop' : /合作社/.test(setUp[4]!) ? 'farmer_cooperative' : 'enterprise';
  takeBack(ctx, 'entity');
  put(ctx, 'entity', kind, setUp.index ?? 0, (setUp.index ?? 0) + setUp[0].length);
}

/**
 * The unit named only by where its hires work. 贫困户6个 在公司干了半年多: the company (在厂里 is left
 * as it was read: a 扶贫工厂 is a 厂 too). 车间收了俩建档立卡户 / 假发车间 贫困户7个: a 车间 that takes
 * on poor households is how people in Zhengzhou's villages name a 扶贫车间 — only when every hire told
 * is poor labour, for whom any production unit qualifies alike, so the reading can move no verdict;
 * with 就业困难 or 零就业 hires (who need an insured enterprise) the kind is asked. A factory's own
 * workshop (厂里的车间, 公司车间) is the factory.
 */
function unitWhereTheyWork(ctx: ReadingContext, rows: GroupMention[]): void {
  if (has(ctx, 'entity') || rows.length === 0) return;
  const worksAt = /在(我们|俺们|咱们|咱)?公司(里)?(干|上班|工作|做)/.exec(ctx.t);
  if (worksAt) {
    put(ctx, 'entity', 'enterprise', worksAt.index ?? 0, (worksAt.index ?? 0) + worksAt[0].length);
    return;
  }
  if (!rows.every((r) => r.group === 'poor_labor')) return;
  const m = /(?<!(公司|厂|工厂|企业|厂子)(里)?(的)?)(?<!扶贫)车间/.exec(ctx.t);
  if (m) put(ctx, 'entity', 'poverty_workshop', m.index ?? 0, (m.index ?? 0) + m[0].length);
}

/** 回村弄了个扶贫车间 / 办了个厂: a unit the asker set up. */
const SET_UP_NOW = /(弄|办|开|搞|建|创办|成立)(了)?(个|一个|家|一家)[\u4e00-\u9fff]{0,4}?(扶贫车间|合作社|公司|厂)/;
/** 90万从职工教育经费出: the part of a purchase the fund paid. */
// 一批120万走的职工教育经费: the verb of paying before the fund, the fund's own verb then optional.
/** 职工教育经费出了30万 / 教育经费里拿了20万: the fund named first, then the part it paid (same groups as FUND_PART). */
const FUND_PART_AFTER = new RegExp(`(?:职工)?教育经费(?:里|里面|这块)?(?:出了|出的是|出的|出|拿了|花了|支付了?|付了|占了?|是)(${NUM})\\s*(万|千|元|块)?(元)?`);
const FUND_PART = new RegExp(`(${NUM})\\s*(万|千|元|块)?(元)?[^,;。\\d]{0,3}?(?:(?:从|用|是|走|由)(?:的)?(?:职工)?教育经费(?:里)?(?:出|列支|支付|买|开支)?|(?:职工)?教育经费(?:里)?(?:出|列支|支付|买|开支))`);

/** 一半 / 一多半 / 三成 / 三分之一 (是)职工教育经费出的: a share of the purchase said in words. */
const SHARE_IN_WORDS = new RegExp(`(一半|半数|([一二三四五六七八九])成|([二三四五六七八九十])分之([一二三四五六七八九]))[^,;。\\d]{0,3}?(?:(?:从|用|是|走|由)(?:的)?(?:职工)?教育经费|(?:职工)?教育经费)`);

/** The percent a share in words stands for (一半 → 50, 三成 → 30, 三分之一 → 33.33…). */
function shareInWords(m: RegExpExecArray): number | undefined {
  if (m[1] === '一半' || m[1] === '半数') return 50;
  if (m[2] !== undefined) return (numberValue(m[2]) ?? NaN) * 10;
  const whole = numberValue(m[3]!);
  const part = numberValue(m[4]!);
  return whole && part && part < whole ? (part / whole) * 100 : undefined;
}

/** 第一批验收过了 第二批还没验: one lot accepted, another not. */
const LOTS_CHECKED_APART = /(第[一二三1-3](批|次|回)|头一?批|一批)[^,;。]{0,8}验收?[^,;。]{0,4}[,;。]?[^。]{0,6}(第[二三四2-4](批|次|回)|另一批|后一批|二批)[^,;。]{0,6}(还没|没有|没|未)(验|通过|合格)/;

/** Reads the employer's facts into the context. */
export function readEmployer(ctx: ReadingContext, groups: GroupMention[]): GroupMention[] {
  const { t } = ctx;
  readEntity(ctx);
  const rows = readHires(ctx, groups);
  unitSetUpNow(ctx);
  unitWhereTheyWork(ctx, rows);

  const mentions = nounMentions(t, EMPLOYER_SPECS, groups);
  ctx.clauses.forEach((clause, ci) => {
    const consumed = new Set<string>();
    for (const spec of EMPLOYER_SPECS) {
      for (const { mention, polarity } of readPolarity(t, clause, spec, mentions, consumed, ctx.clauses.slice(ci + 1, ci + 6))) {
        if (!polarity || 'asked' in polarity) continue;
        const { value, start, end } = polarity;
        const s = Math.min(start, mention.start);
        const e = Math.max(end, mention.end);
        // 这几个人社保是自己按灵活就业交的: paid by the people themselves, not by the unit.
        // Said of the hires (社保其实是他们自己交的), it is the unit that does not pay: not insured.
        const around = t.slice(Math.max(0, s - 8), Math.min(t.length, e + 14));
        if (spec.key === 'insured' && SELF_PAID.test(around)) {
          if (!has(ctx, 'insured') && /他们|她们|他俩|她俩|这几个人|那几个人|员工|工人|职工|人家/.test(around)) put(ctx, 'insured', false, s, e);
          continue;
        }
        if (spec.key === 'insured') put(ctx, 'insured', value, s, e);
        else if (spec.key === 'preJob') {
          const path = hirePath(ctx, rows, 'preJobTrainingSubsidy', mention.start);
          if (path) put(ctx, path, value, s, e);
        } else if (spec.key === 'accepted') {
          // 第一批验收过了 第二批还没验: lots checked apart — no one answer for the item; asked, never taken.
          if (LOTS_CHECKED_APART.test(ctx.t)) ctx.vague.push({ path: 'equipment[0].accepted', value: undefined, start: s, end: e });
          else put(ctx, 'equipment[0].accepted', value, s, e);
        }
        else if (spec.key === 'project') put(ctx, 'projectTraining', value, s, e);
        else if (spec.key === 'materials') put(ctx, 'developsTrainingMaterials', value, s, e);
      }
    }
  });
  groupClaims(ctx, groups);
  // 社保没断过 / 五险从来没停过: insured without a break, said through a denial.
  // 社保 俺们厂 从来 没 断过: short asides between the noun and the statement.
  const unbroken = /(社保|社会保险|五险一金|五险)(?:[,\s]?[^,;。]{0,4}?){0,3}?(从来|一直|从)?(没有|没|未)(断|停)(过|了)?/.exec(t);
  if (unbroken && !has(ctx, 'insured')) put(ctx, 'insured', true, unbroken.index ?? 0, (unbroken.index ?? 0) + unbroken[0].length);
  // 社保其实早停了 / 五险去年就断了: not insured now.
  const stopped = unbroken ? null : /(社保|社会保险|五险一金|五险)[^,;。]{0,6}?(早就|早|已经|其实|去年|前年|都)*(停|断|停缴|断缴)(了|掉了|掉)/.exec(t);
  if (stopped && !has(ctx, 'insured')) put(ctx, 'insured', false, stopped.index ?? 0, (stopped.index ?? 0) + stopped[0].length);
  // 这仨人都是公司自己交嘞 (社保 named, or asked): the unit pays it — insured.
  const paysItself = has(ctx, 'insured') || !(/社保|保险|五险/.test(t) || ctx.pendingFact === 'insured') ? null : unitSaysItPays(t);
  if (paysItself) put(ctx, 'insured', true, paysItself.index, paysItself.index + paysItself[0].length);
  // 社保那个我搞错了 公司去年就停缴了: 停缴 / 断缴 is paying stopped — the 缴 in it is no "paid".
  const stoppedLater = unbroken ? null : /(社保|社会保险|五险一金|五险)(?:[,\s]?[^;。]{0,8}?){0,3}?(停缴|断缴|停保|断保|不交了|不缴了)/.exec(t);
  if (stoppedLater && ctx.patch.employer.insured === true && ctx.facts.some((f) => f.path === 'insured' && f.end >= (stoppedLater.index ?? 0) + stoppedLater[0].length - 2)) {
    takeBack(ctx, 'insured');
    put(ctx, 'insured', false, stoppedLater.index ?? 0, (stoppedLater.index ?? 0) + stoppedLater[0].length);
  }
  copyToParts(ctx);
  readEquipment(ctx);
  oneOfficePending(ctx);
  readMoney(ctx);
  readSchoolFacts(ctx);
  return rows;
}

/** 带了五个 / 招了3个徒弟 / 培养了八名: people taken on to be trained, counted. */
/** 公司自己交嘞 / 厂里是交的 / 俺们给工人缴着呢: the unit says it pays. */
const UNIT_PAYS = /(都是|也是|是)?(公司|厂里|厂子|单位|社里|我们|俺们)(是|都是|也是|一直)?(自己)?(给(他们|她们|他|她|工人|员工))?(交|缴)(的|嘞|了|着)/;
/** 算不算我们交的 我也迷糊 / 公司交的学费: a doubt, a question, or another payment — no statement. */
const NOT_A_STATEMENT = /学费|培训费|费用|税|不敢|不确定|迷糊|不知道|不清楚|说不好|拿不准|算不算|是不是|吗|么/;

/**
 * Where the unit says it pays (公司是交的), the words that say so. The caller decides that it is the
 * insurance being talked about: said beside 社保, or asked for.
 */
export function unitSaysItPays(text: string): RegExpExecArray | null {
  if (NOT_A_STATEMENT.test(text)) return null;
  const said = UNIT_PAYS.exec(text);
  if (!said || NEGATOR.test(text.slice(Math.max(0, said.index - 2), said.index + said[0].length))) return null;
  return said;
}

export const APPRENTICES_TOLD = /(带了|带着|招了|收了|培养了|培养|签了|有)\s*[\d一二两三四五六七八九十俩仨]+\s*(个|名|位)(人|徒弟|学徒|新型学徒)?(?![\u4e00-\u9fff]?月)/;

/** 人社局验收过了 财政局那边还没来 / 人社 验了 财政 还没来: one office of the two has yet to check. */
const OFFICE_NOT_YET = /(人社|财政)(局|部门|那边|那头)?[^。？?]{0,8}?(还没|没来|没验|未验|没去|没有来|还不|不来|没过来|还在等)/;

/**
 * 四(一) needs the acceptance of both 人社 and 财政: when the message says one of them has not come
 * yet, a "验收过了" said of the other is no acceptance — left open, to be asked, never a verdict.
 */
function oneOfficePending(ctx: ReadingContext): void {
  if (!OFFICE_NOT_YET.test(ctx.t)) return;
  for (const f of ctx.facts.filter((x) => /^equipment\[\d+\]\.accepted$/.test(x.path) && x.value === true)) takeBack(ctx, f.path);
}

/** 贫困户的没领 / 残疾那个领过了: a claim said right after a hired group, without naming the subsidy. */
const GROUP_CLAIM = /^(的|那个|那几个|这个|这几个|那俩|这俩|那些|这些)?(人)?[,\s]?(也|都|倒是|倒|可)?(没有|没|未|从没|从来没)?(去)?(领|拿|申请|申领|报|享受)(过|了)?(?![^,;。]{0,4}(吗|么|没|不|多少|几))/;

/**
 * While the pre-job subsidy is the subject (its name in the message, or the question pending),
 * "4个贫困户的没领" answers it for that group's row. Not said elsewhere: 领 alone could be any subsidy.
 */
function groupClaims(ctx: ReadingContext, groups: GroupMention[]): void {
  const about = new RegExp(PRE_JOB.noun.source).test(ctx.t) || /preJobTrainingSubsidy$/.test(ctx.pendingFact ?? '');
  if (!about) return;
  for (const g of groups) {
    if (g.denied || g.asked) continue;
    const row = (ctx.hireMentions ?? []).find((m) => m.start === g.start)?.row;
    if (row === undefined || has(ctx, `hires[${row}].preJobTrainingSubsidy`)) continue;
    const after = ctx.t.slice(g.end).replace(/^(的)?(那|这)?([\d一二两三四五六七八九十]+(个|名)|俩|仨)/, '$1');
    const cut = ctx.t.slice(g.end).length - after.length;
    // 残疾的仨没有: a bare 没有 closing the clause, said while the subsidy is the subject.
    const bare = /^(的)?(人)?[,\s]?(也|都|可|倒)?(没有|没|木有)(?=$|[,\s。;])/.exec(after);
    if (bare) {
      put(ctx, `hires[${row}].preJobTrainingSubsidy`, false, g.start, g.end + cut + bare[0].length);
      continue;
    }
    const m = GROUP_CLAIM.exec(after);
    if (m) {
      put(ctx, `hires[${row}].preJobTrainingSubsidy`, m[4] === undefined && m[5] === undefined, g.start, g.end + cut + m[0].length);
      continue;
    }
    // 这次新招的3个贫困劳动力… 这3个人本身倒是没领过: the people pointed back at, in a later sentence.
    const rows = new Set((ctx.hireMentions ?? []).map((x) => x.row));
    const pointer = rows.size === 1 ? POINTED_CLAIM.exec(ctx.t.slice(g.end)) : null;
    if (pointer) put(ctx, `hires[${row}].preJobTrainingSubsidy`, !/没|未/.test(pointer[0]), g.end + (pointer.index ?? 0), g.end + (pointer.index ?? 0) + pointer[0].length);
  }
}

/** 这3个人本身倒是没领过 / 他们几个都领过: a claim said of the people pointed back at. */
const POINTED_CLAIM = /(这|那|他们|她们)([\d一二两三四五六七八九十]+个|俩|仨|几个|些)?(人)?(本身|自己|本人)?(倒是|倒|可|也|都|确实|其实)*(没有|没|未|从没|从来没)?(领|拿|申请|申领|享受)(过|了)/;

/** 不知道算不算企业 / 我们这算企业吗: the unit's own kind in doubt — left open, never taken as said. */
const KIND_IN_DOUBT = /(不知道|不清楚|不确定|说不好|说不准|搞不清|拿不准)[^,;。]{0,4}(算不算|是不是|属不属于|算)(个|一个)?(企业|公司)|(算不算|是不是|属不属于)(个|一个)?(企业|公司)|(算|属于|是)(个|一个)?(企业|公司)(吗|么|嘛|不)/;

function readEntity(ctx: ReadingContext): void {
  readEntityWord(ctx);
  // 合作社 不知道算不算企业: the kind is said, the doubt is about the rule — only an unnamed kind is open.
  if (!has(ctx, 'entity') && KIND_IN_DOUBT.test(ctx.t)) markUnknown(ctx, 'entity');
}

/** 企业 不是 / 公司不算: the kind just said, denied on its own (what follows is the kind instead). */
const DENIED_AFTER = /^[,\s]?(不是|不算|算不上)(?=$|[,;。\s]|是)/;

function readEntityWord(ctx: ReadingContext): void {
  const { t } = ctx;
  // 美容学校 不对 我们是美容公司: the kind said after the correction is the unit's.
  const fix = /(不对|说错了|搞错了|打错了|不是不是)[,\s]*(我们|俺们|咱们|我|俺)(是|这是)/.exec(t);
  const after = fix ? (fix.index ?? 0) + fix[0].length : 0;
  const fixed = fix ? new RegExp(ENTITY_ANY.source).exec(t.slice(after, after + 12)) : null;
  const self = fixed ? null : SELF_ENTITY.exec(t);
  let word: { text: string; start: number; end: number } | undefined = fixed ? { text: fixed[0], start: after + (fixed.index ?? 0), end: after + (fixed.index ?? 0) + fixed[0].length } : undefined;
  if (self) {
    const w = self[5]!;
    const start = (self.index ?? 0) + self[0].length - w.length;
    // 我们不是扶贫车间: the kind denied is not the kind; look further.
    // 我们学校开的那家公司: the school owns the business the case is about.
    if (!/(不是|并非)$/.test(t.slice(0, start)) && !DENIED_AFTER.test(t.slice(start + w.length)) && !OWNS_NEXT.test(t.slice(start + w.length, start + w.length + 12))) word = { text: w, start, end: start + w.length };
  }
  if (!word) {
    for (const m of t.matchAll(ENTITY_ANY)) {
      const start = m.index ?? 0;
      const before = t.slice(Math.max(0, start - 3), start);
      const clause = ctx.clauses.find((c) => start >= c.start && start < c.end);
      // 交社保的企业, 不是扶贫车间, 一家职业院校能领吗: a kind talked about, not the asker's own —
      // but 他开的厂 / 我舅家的公司 / 学校办的那个公司 name the business the case is about.
      const owned = OWNED_BEFORE.test(t.slice(Math.max(0, start - 8), start));
      // 其实不是公司 是茶农的农民专业合作社: the kind stated with 是, whatever describes it.
      // 做跨境电商的公司 opening the message: the asker's own unit, by its trade.
      // 注册的公司 / 注册了个公司 / 营业执照是公司: the unit's legal form, said of itself.
      // 参保的公司 opening the message: the asker's own unit, described.
      // 辖区一家参保的超市: a unit described by its insurance is the one the case is about.
      const statedKind = /^(参保|参了保|交社保|缴社保)的?$/.test(t.slice(0, start)) || /(^|[,;。]|一家|这家|那家|有家|有个|辖区)(参保|参了保|交社保|缴社保|交着社保)的$/.test(t.slice(Math.max(0, start - 10), start)) || /(?<!不)是[^,;。不]{0,8}的$/.test(t.slice(Math.max(clause?.start ?? 0, start - 12), start)) || /(注册|登记)(的|了)(是)?(个|一个|家|一家)?(小微)?$|执照(上)?(是|写的是?)(个)?$/.test(t.slice(Math.max(0, start - 8), start)) || /^(我们|俺们|咱们|俺|我)?(在[^,;。]{1,4})?(是)?(做|搞|开了?个?|干|经营)[^,;。不]{1,10}的$/.test(t.slice(0, start));
      // 贫困户4个 在合作社干了八个月: where the hires told of work is the unit the case is about.
      // (Only a kind that is more than a workplace word: 在厂里干 tells the place, not the legal kind.)
      // 俺村有个做粉条的合作社 雇了六个人: a unit introduced with 有个, then its hires — the case's unit.
      const introducedWithHires = /(^|[,;。])(俺村|我们村|咱村|村里|镇上)?有(个|一个|家|一家)[^,;。]{0,8}的$/.test(t.slice(Math.max(0, start - 14), start)) && /^[^。？?]{0,4}[,，\s]?(雇了|招了|收了|吸纳了|用了)/.test(t.slice(start + m[0].length));
      const hiresWorkThere = /在$/.test(before) && /合作社|扶贫车间|扶贫工厂/.test(m[0]) && /^(里|上|那边|这边)?(干|上班|工作|打工|干活|做工)/.test(t.slice(start + m[0].length)) && /[\d一二两三四五六七八九十俩仨]\s*(个|名|位|人)/.test(t);
      // 新密的厂子 贫困户3个: a unit named by its place, opening a message that goes on with its hires.
      const placedOpening = /^[\u4e00-\u9fff]{1,4}(那边|这边)?的$/.test(t.slice(0, start)) && !/不是|并非|别人|人家/.test(t.slice(0, start)) && /招|吸纳|收了|雇了|录用|[\d一二两三四五六七八九十俩仨]\s*(个|名|位|人)/.test(t.slice(start + m[0].length));
      if (!owned && !statedKind && !hiresWorkThere && !introducedWithHires && !placedOpening && /(的|不是|并非|非|和|跟|与|所|在|到|进)$/.test(before)) continue;
      // 俺们 企业 不是 是合作社: the kind denied after it, on its own.
      if (DENIED_AFTER.test(t.slice(start + m[0].length))) continue;
      // 合作社是隔壁另一家: a kind said to be another unit's, not the asker's.
      if (/^是[^,;。]{0,6}(另一家|另外一家|别人家|别家|人家的)/.test(t.slice(start + m[0].length))) continue;
      // 家政这行 有培训计划没: a trade as a line of work, not the unit asking.
      if (/^(这行|这一行|那行|行业|这个行业|这块|这一块|方面|类的)/.test(t.slice(start + m[0].length, start + m[0].length + 4))) continue;
      // 闺女中专毕业进了一家公司: a school someone finished or attends is theirs, not the unit asking.
      if (/(学校|院校|中专|技校|职校|职高|中职|学院|大学|高中)$/.test(m[0]) && (/^(刚)?(毕业|出来|读|上学|念书|在读|肄业)/.test(t.slice(start + m[0].length, start + m[0].length + 4)) || KIN_BEFORE.test(t.slice(Math.max(0, start - 6), start)))) continue;
      // 俺是钢厂去产能分流下来的: the works a person came from, not a unit asking for itself.
      if (/^(的)?(去产能|分流|下岗|退休|出来|下来|辞职|离职|裁员)/.test(t.slice(start + m[0].length, start + m[0].length + 6)) && !owned) continue;
      // 学校办的那个公司: the school owns the business that hired; the business is the employer.
      if (OWNS_NEXT.test(t.slice(start + m[0].length, start + m[0].length + 12))) continue;
      if (/(?<![校院厂])办了?(一所|一个)?$|合办了?$/.test(t.slice(Math.max(0, start - 6), start))) continue;
      // (扶贫车间收了几个贫困户: 几个 counts hires, it asks nothing of the unit.)
      // (合作社哪交得起: a rhetorical 哪 asks nothing of the unit.)
      if (clause && QUESTION.test(clause.text) && !/哪(里|儿)?[^,;。]{0,3}(得起|得了|有钱|顾得上)/.test(clause.text) && !/我们|我司|咱|俺|本/.test(clause.text) && !/招|吸纳|收了|雇了|录用|有\d|[\d一二两三四五六七八九十俩仨几]个/.test(clause.text)) continue;
      word = { text: m[0], start, end: start + m[0].length };
      break;
    }
  }
  if (!word) return;
  // 小饭店 个体户 没注册公司: a sole trader is none of the unit kinds the rules name — the kind is
  // left to be asked, not read off the trade.
  if (/个体户|个体工商户|没(有)?注册(成)?(公司|企业)?|没(有)?(营业)?执照/.test(t) && !COMPANY_FORM.test(t)) return;
  // 蒜厂合作社 / 服装厂扶贫车间: the trade, then the kind of unit it is — the kind is the second.
  const kindAfter = new RegExp(`^(的)?(农民专业合作社|合作社|扶贫车间|扶贫工厂|培训学校|培训机构)`).exec(t.slice(word.end, word.end + 9));
  if (kindAfter) word = { text: kindAfter[2]!, start: word.end + (kindAfter[1]?.length ?? 0), end: word.end + kindAfter[0].length };
  // 是合作社还是公司 我也说不好: two kinds offered as alternatives — asked, not said.
  const alternatives = new RegExp(`(${ENTITY_ANY.source})[^,;。]{0,4}还是[^,;。]{0,4}(${ENTITY_ANY.source})`).exec(t);
  if (alternatives) {
    if (/不知道|不清楚|说不好|说不准|不确定|搞不清|不好说/.test(t)) markUnknown(ctx, 'entity');
    return;
  }
  // 学校 alone, from an employer, is a school; 培训学校 was matched as an institution first.
  // Matched where it stands: 俺们机构 / 俺矿 are kinds only after the word that owns them.
  const kind = ENTITY_WORDS.find(([, re]) => {
    const at = new RegExp(re.source, 'y');
    at.lastIndex = word!.start;
    return at.exec(t)?.[0] === word!.text;
  })?.[0];
  // 培训学校是公司制的 / 超市 公司性质的: its legal form, said of it, is what makes it an enterprise.
  const form = COMPANY_FORM.exec(t);
  if (form && kind !== 'enterprise') put(ctx, 'entity', 'enterprise', form.index ?? 0, (form.index ?? 0) + form[0].length);
  else if (kind) put(ctx, 'entity', kind, word.start, word.end);
}

const COMPANY_FORM = /(?<!不)是(个|一家)?(公司|企业)(制|性质)的?|(?<=(学校|机构|院校|合作社|车间|培训班|中心)(其实|本身)?)(?<!不)是(个|一家)?(公司|企业)(?![^,;。]{0,3}(吗|么|嘛))|公司制|(公司|企业)性质|(?<!没|没有|未|不)注册(成|的|了)?(公司|企业)/;

const NUM_CHARS = '\\d零〇一二两俩三四五六七八九十百千万亿';

/** Words for what was bought: 设备, or the machines themselves (三台机床). */
const EQUIPMENT_NOUN = '(?:设备|机床|仪器|器材|机器|实训台|模拟器|车床|生产线|设施|教学模型|模型|教具|实训装置)';
/** The site an item is for; each kind has its own cap. */
// 基地买了150万的设备: a base named short, among the facts of a purchase (not a 实训基地 or 集训基地).
// 工作室 alone, among the facts of a purchase: the plan funds the equipment of one kind of 工作室 only.
const SITE = /(技能)?大师工作室|(?<![名师创新])工作室|高技能人才(培训)?基地|培训基地|(?<![实集训业贫育地])基地/g;
const SITE_ANY = new RegExp(SITE.source);
/**
 * Bare 基地 is a 高技能人才培训基地 beside a 工作室 (the other of 四(一)'s two sites), or where the
 * message buys training equipment for it (基地设备200万, 我们基地买了设备); otherwise it may be any
 * base (养殖基地, 生产基地).
 */
const BARE_BASE = /^基地$/;
/**
 * A figure priced per unit (每台20万, 一套15万, 单价): the total is not said, so no value is read
 * — multiplying by a count the reader may have misread would state a wrong amount.
 */
const PER_UNIT = /每(台|套|件|个|部|样)|单价|一(台|套|件|部)[^,;。]{0,3}\d|[一两二三四五六七八九十\d](台|套|件|部)[^,;。]{0,4}各/;

interface Segment {
  start: number;
  end: number;
  kind?: 'master_studio' | 'high_skill_base';
  siteAt?: number;
  siteText?: string;
  /** Named together with the site before (大师工作室和培训基地…): what follows is said of both. */
  joined?: boolean;
  /** One of two sites of one kind (两个工作室 一个… 一个…): its place, which names it apart. */
  twin?: number;
  /** 面点那个: the words a site of two of one kind is told by, kept as its name. */
  label?: string;
  /** A later figure of a 分别 list (320万、150万): the segment opens with this site's value. */
  listed?: boolean;
}

function readEquipment(ctx: ReadingContext): void {
  const { t } = ctx;
  const asked = /^equipment/.test(ctx.pendingFact ?? '') || ctx.aboutEquipment === true;
  const segments = siteSegments(ctx);
  const multi = segments.length > 1;
  segments.forEach((seg, i) => readEquipmentItem(ctx, seg, multi ? i : 0, asked && !multi));
  if (!multi) {
    // 都验收了, after two sites were told: said of each item the dialogue holds.
    const held = ctx.equipmentItems ?? 1;
    for (const f of ctx.facts.filter((x) => /^equipment\[0\]\.(accepted|fromEducationFund)$/.test(x.path))) {
      // (大师工作室买了四十万 全是职工教育经费: 全 of the one site named is the whole of its sum, not each site.)
      const each = segments[0]?.kind !== undefined ? /都|均|两个都|一起|两边/ : /都|均|全|两个都|一起/;
      if (held < 2 || !each.test(t.slice(Math.max(0, f.start - 3), f.end))) continue;
      for (let i = 1; i < held; i++) put(ctx, f.path.replace('[0]', `[${i}]`), f.value, f.start, f.end);
    }
    return;
  }
  // 都验收了 / 都是教育经费买的 said once, after both sites: said of every item; said inside one
  // site's words without 都: of that item only.
  // 大师工作室和培训基地各买了100万: each; 一共买了260万: the two together — no item's own value.
  segments.forEach((seg, i) => {
    if (!seg.joined) return;
    const f = ctx.facts.find((x) => x.path === `equipment[${i}].valueYuan`);
    if (!f) return;
    if (/各/.test(t.slice(seg.start, seg.end))) {
      if (!has(ctx, `equipment[${i - 1}].valueYuan`)) put(ctx, `equipment[${i - 1}].valueYuan`, f.value, f.start, f.end);
      return;
    }
    takeBack(ctx, f.path);
    ctx.vague.push({ path: f.path, value: undefined, start: f.start, end: f.end });
  });
  // A clause naming a site (工作室的验收了) speaks of that site's item.
  for (const key of ['accepted', 'fromEducationFund'] as const) {
    const said = ctx.facts.filter((f) => new RegExp(`^equipment\\[\\d+\\]\\.${key}$`).test(f.path));
    // All taken out first: two said at one path (基地验收过了 工作室还没验收) must not undo each other.
    for (const f of said) {
      ctx.facts.splice(ctx.facts.indexOf(f), 1);
      const row = Number(/\[(\d+)\]/.exec(f.path)![1]);
      delete (ctx.patch.employer.equipment?.[row] as Record<string, unknown> | undefined)?.[key];
    }
    for (const f of said) {
      const lead = t.slice(Math.max(0, f.start - 3), f.end);
      const clause = ctx.clauses.find((c) => f.start >= c.start && f.start < c.end)?.text ?? '';
      const named = /工作室/.test(clause) !== /基地/.test(clause) ? (/工作室/.test(clause) ? 'master_studio' : 'high_skill_base') : undefined;
      // 都验收了 职工教育经费出的, in clauses after every site: said of all of them.
      // (基地…用的职工教育经费 工作室买了四十万 是从别的钱里出的: the fact was said of another site on
      // its own already, so the later one is the last site's — not of them all.)
      const saidApart = said.some((o) => o !== f && o.value !== f.value && o.start < f.start);
      const afterAll = !named && !saidApart && f.start > Math.max(...segments.map((x) => x.siteAt ?? 0)) && !SITE_ANY.test(clause);
      // 职工教育经费出的钱 基地买了… 工作室买了…: said before any site is named, of every one.
      const beforeAll = !named && f.end <= Math.min(...segments.map((x) => x.siteAt ?? Infinity)) && !SITE_ANY.test(clause);
      const targets = /都|均|全|两个都|一起/.test(lead) || afterAll || beforeAll
        ? segments.map((_, i) => i)
        : named
          ? [segments.findIndex((s) => s.kind === named)]
          : [segments.findIndex((s) => f.start >= s.start && f.start < s.end)];
      for (const i of targets) if (i >= 0) put(ctx, `equipment[${i}].${key}`, f.value, f.start, f.end);
    }
  }
  sameAsAbove(ctx, segments);
  eachOfTwoStudios(ctx, segments);
  sameMeansAgain(ctx, segments);
}

/**
 * 用职工教育经费给基地买了二百万设备 又给工作室买了三十万: the second purchase, told with 又给/也给,
 * was made the same way — the fund said of the first is said of it too (never a denial carried over).
 */
function sameMeansAgain(ctx: ReadingContext, segments: Segment[]): void {
  segments.forEach((seg, i) => {
    if (i === 0 || has(ctx, `equipment[${i}].fromEducationFund`)) return;
    const before = ctx.t.slice(Math.max(segments[i - 1]!.end - 2, seg.start - 6), (seg.siteAt ?? seg.start) + 1);
    if (!/(又|也|还|同样)(给|为|替|帮)/.test(before)) return;
    const first = ctx.facts.find((f) => f.path === `equipment[${i - 1}].fromEducationFund`);
    if (first?.value === true) put(ctx, `equipment[${i}].fromEducationFund`, true, first.start, first.end);
  });
}

/**
 * 2. 技能大师工作室：新购设备40万（资金来源、验收同上）: a numbered item that refers to the one before
 * it for what paid and whether it passed takes that item's facts, for the facts it names (同上 alone: both).
 */
function sameAsAbove(ctx: ReadingContext, segments: Segment[]): void {
  segments.forEach((seg, i) => {
    if (i === 0) return;
    const words = ctx.t.slice(seg.start, seg.end);
    const same = /([\u4e00-\u9fff、和及]{0,10})(均|也|都)?(同上|同前|和上面一样|跟上面一样|与上相同)/.exec(words);
    if (!same) return;
    const named = same[1] ?? '';
    const keys = (['fromEducationFund', 'accepted'] as const).filter((k) => named === '' || (k === 'accepted' ? /验收/.test(named) : /资金|来源|经费|钱/.test(named)));
    for (const key of keys.length > 0 ? keys : (['fromEducationFund', 'accepted'] as const)) {
      const before = ctx.facts.find((f) => f.path === `equipment[${i - 1}].${key}`);
      if (before && !has(ctx, `equipment[${i}].${key}`)) put(ctx, `equipment[${i}].${key}`, before.value, seg.start + (same.index ?? 0), seg.start + (same.index ?? 0) + same[0].length);
    }
  });
}

/**
 * 基地买了120万 两个工作室各买了80万: two studios said with one figure each (各) are two items, each
 * under its own cap — read as one, the second studio's purchase would be lost and the sum be wrong.
 */
function eachOfTwoStudios(ctx: ReadingContext, segments: Segment[]): void {
  const m = /(两|俩|2)个(技能)?(大师)?工作室[^,;。]{0,6}各/.exec(ctx.t);
  const at = segments.findIndex((s) => s.kind === 'master_studio');
  if (!m || at < 0 || segments.filter((s) => s.kind === 'master_studio').length !== 1) return;
  const next = segments.length;
  for (const f of ctx.facts.filter((x) => x.path.startsWith(`equipment[${at}].`))) put(ctx, f.path.replace(`[${at}]`, `[${next}]`), f.value, f.start, f.end);
  put(ctx, `equipment[${at}].site`, '第1个大师工作室', m.index ?? 0, (m.index ?? 0) + m[0].length);
  put(ctx, `equipment[${next}].site`, '第2个大师工作室', m.index ?? 0, (m.index ?? 0) + m[0].length);
}

/**
 * The message cut at each site it names, when it names sites of different kinds (大师工作室买了60万，
 * 另外培训基地买了200万): each figure stays with the site it was said of. A cut falls at the start
 * of the clause naming the next site, so 买了200万给培训基地 keeps its figure too.
 */
function siteSegments(ctx: ReadingContext): Segment[] {
  const { t } = ctx;
  const bareBaseIsSite = /工作室/.test(t) || (new RegExp(EQUIPMENT_NOUN).test(t) && !/(养殖|种植|生产|种养|产业|示范)基地/.test(t));
  // 基地还没批: a site denied is none of the purchase's.
  // 是大师工作室 不是基地: the site denied is not the one bought for either.
  // (工作室还没验: the site is there, its inspection is not.)
  const sites = [...t.matchAll(SITE)].filter((m) => (bareBaseIsSite || !BARE_BASE.test(m[0])) && !/^(还)?(没批|没建|没有批|没有建|不是|还没(?!验|通过|过|合格))/.test(t.slice((m.index ?? 0) + m[0].length)) && !/(不是|并非|而非|不算|算不上|够不上|称不上)$/.test(t.slice(Math.max(0, (m.index ?? 0) - 3), m.index ?? 0))).map((m) => ({
    at: m.index ?? 0,
    text: m[0],
    kind: /工作室/.test(m[0]) ? ('master_studio' as const) : ('high_skill_base' as const),
  }));
  const each = eachSiteWithItsFigure(ctx, sites) ?? listedFigures(t, sites);
  if (each) return each;
  const kinds = new Set(sites.map((s) => s.kind));
  const twins = kinds.size === 1 ? sameKindSites(t, sites[0]!) : undefined;
  if (twins) return twins;
  if (kinds.size < 2) return [{ start: 0, end: t.length, ...(sites[0] ? { kind: sites[0].kind, siteAt: sites[0].at, siteText: sites[0].text } : {}) }];
  // One segment per change of kind: a site named twice (工作室…这个工作室) is one site.
  const heads = sites.filter((s, i) => i === 0 || s.kind !== sites[i - 1]!.kind);
  const cuts = heads.map((s, i) => {
    if (i === 0) return 0;
    const clause = ctx.clauses.find((c) => s.at >= c.start && s.at < c.end);
    const prev = heads[i - 1]!;
    return clause && clause.start > prev.at ? clause.start : s.at;
  });
  const segments: Segment[] = heads.map((s, i) => {
    const prev = heads[i - 1];
    const joined = prev !== undefined && /^(和|与|跟|及|以及|、|还有)$/.test(t.slice(prev.at + prev.text.length, s.at));
    return { start: cuts[i]!, end: cuts[i + 1] ?? t.length, kind: s.kind, siteAt: s.at, siteText: s.text, ...(joined ? { joined } : {}) };
  });
  // 有个基地 还有个工作室 基地买设备180万 工作室买了60万: the sites named first, then each again with its
  // figure — the mentions with no figure are the same sites, not more of them.
  const figure = new RegExp(`[${NUM_CHARS}]+\\s*(万|千|亿|元|块)`);
  const kept = segments.filter((seg) => figure.test(t.slice(seg.start, seg.end)) || !segments.some((o) => o !== seg && o.kind === seg.kind && figure.test(t.slice(o.start, o.end))));
  return new Set(kept.map((k) => k.kind)).size === kept.length ? kept : segments;
}

type SiteMention = { at: number; text: string; kind: 'master_studio' | 'high_skill_base' };
const MONEY_FIGURE = new RegExp(`[${NUM_CHARS}.]+\\s*(万|千|亿|元|块)`, 'g');

/** Numbers sites of one kind that occur more than once (each meets its own cap, 四(一)). */
function numberTwins(segments: Segment[]): Segment[] {
  const seen = new Map<string, number>();
  const total = (kind?: string) => segments.filter((x) => x.kind === kind).length;
  return segments.map((seg) => {
    if (total(seg.kind) < 2) return seg;
    const n = (seen.get(seg.kind!) ?? 0) + 1;
    seen.set(seg.kind!, n);
    return { ...seg, twin: n };
  });
}

/** 按20%该给64万吧 / 算下来能补10万: the asker's own reckoning of the subsidy, no sum of the equipment. */
const OWN_RECKONING = /(该给|应该给|应给|应得|能给|能补|能拿|算下来|算出来|(按|乘|×|\*)[^,;。]{0,6}(%|百分之|成)[^,;。]{0,4}(该|应该|能|就)?(给|补|拿|是|得|算))(是|有)?$/;

/**
 * 金水区工作室设备38万，二七区工作室设备75万，中原区基地设备210万: several sites, each named with
 * exactly one figure of its own — an item each, whatever their kinds. A site named again without a
 * figure (这个工作室验收了) is no new site, so then this reading does not apply.
 */
function eachSiteWithItsFigure(ctx: ReadingContext, listed: SiteMention[]): Segment[] | undefined {
  let sites = listed;
  const { t } = ctx;
  // 俩基地 东区基地设备200万 南区基地设备100万: the count's own mention heads the list, no site of its own.
  if (sites.length > 2 && /(两|俩|2|二|三|仨|3)个?$/.test(t.slice(Math.max(0, sites[0]!.at - 2), sites[0]!.at)) && ![...t.slice(sites[0]!.at + sites[0]!.text.length, sites[1]!.at).matchAll(MONEY_FIGURE)].length) sites = sites.slice(1);
  if (sites.length < 2) return undefined;
  const ownFigures = sites.map((s, i) => [...t.slice(s.at + s.text.length, sites[i + 1]?.at ?? t.length).matchAll(MONEY_FIGURE)].length);
  if (ownFigures.some((n) => n !== 1)) return undefined;
  if (sites.some((s) => /(这个|这家|该|那个|同一个?|这)$/.test(t.slice(Math.max(0, s.at - 3), s.at)))) return undefined;
  const cuts = sites.map((s, i) => {
    if (i === 0) return 0;
    const clause = ctx.clauses.find((c) => s.at >= c.start && s.at < c.end);
    return clause && clause.start > sites[i - 1]!.at + sites[i - 1]!.text.length ? clause.start : s.at;
  });
  return numberTwins(sites.map((s, i) => ({ start: cuts[i]!, end: cuts[i + 1] ?? t.length, kind: s.kind, siteAt: s.at, siteText: s.text })));
}

/**
 * 基地两个 … 设备分别是320万、150万: a count of sites of one kind and as many figures listed with
 * 分别 — an item each, in the order said.
 */
function listedFigures(t: string, sites: SiteMention[]): Segment[] | undefined {
  if (sites.length === 0 || new Set(sites.map((s) => s.kind)).size !== 1) return undefined;
  const site = sites[0]!;
  const count = /(两|2|俩|二|三|3|仨)个?$/.exec(t.slice(Math.max(0, site.at - 3), site.at))?.[1] ?? /^(两|2|俩|二|三|3|仨)个/.exec(t.slice(site.at + site.text.length))?.[1];
  if (!count) return undefined;
  const n = /[三3仨]/.test(count) ? 3 : 2;
  const list = /分别(是|为|花了|买了)?/.exec(t.slice(site.at));
  if (!list) return undefined;
  const from = site.at + (list.index ?? 0) + list[0].length;
  const figures = [...t.slice(from).matchAll(MONEY_FIGURE)].map((m) => ({ at: from + (m.index ?? 0), end: from + (m.index ?? 0) + m[0].length }));
  // Only the figures of the list itself (320万、150万 / 320万和150万), nothing said after it.
  const inList = figures.filter((f, i) => i === 0 ? f.at - from <= 2 : /^[、,和及与跟\s]{1,2}$/.test(t.slice(figures[i - 1]!.end, f.at)));
  if (inList.length !== n || figures.slice(0, n).some((f, i) => f !== inList[i])) return undefined;
  const base = { kind: site.kind, siteAt: site.at, siteText: site.text };
  return inList.map((f, i) => ({ start: i === 0 ? 0 : f.at, end: inList[i + 1]?.at ?? t.length, ...base, twin: i + 1, ...(i > 0 ? { listed: true } : {}) }));
}

const LOTS = new RegExp(`(分|买了|进了|采购了|购置了)(${NUM}|俩|仨|几)(次|批|回|趟)`);
const EACH_LOT = new RegExp(`每(次|批|回|趟)[^,;。${NUM_CHARS}]{0,4}(${NUM})\\s*(万|千|亿)?\\s*(元|块)?`);

/**
 * 分三回买的 每回二十万: one site's purchase in equal lots is the lots times the figure; a figure
 * "per lot" with no count of lots (每批15万) is no total, so it is kept open and asked.
 */
function perLot(ctx: ReadingContext, t: string, offset: number, at: string): void {
  const each = EACH_LOT.exec(t);
  if (!each || !/[万千亿元块]/.test(each[0])) return;
  const lots = LOTS.exec(t);
  const n = lots ? numberValue(lots[2]!.replace('俩', '2').replace('仨', '3')) : undefined;
  const one = yuanOf(each[2]!, each[3]);
  takeBack(ctx, at);
  const start = offset + (each.index ?? 0);
  if (n === undefined || one === undefined) {
    ctx.vague.push({ path: at, value: undefined, start, end: start + each[0].length });
    return;
  }
  put(ctx, at, n * one, offset + (lots!.index ?? 0), start + each[0].length);
}

/** 面点那个 / 烘焙的那个: a site told by its trade, then 那个 (not a span or a head count after it). */
const DESCRIBED_SITE = /(?:^|[,;。\s]|不对|哦)((?:(?![万千亿元块那这个的])[\u4e00-\u9fff]){2,4}?)的?那个(?![月人])/;

/** 一个…, 另一个…: the words that start what is said of each of two sites of one kind. */
// 月嫂那个…养老护理那个…: each site named by what it trains, then 那个.
const EACH_SITE = /另外一个|另一个|另外那个|第二个|其中一个|一个|[甲乙丙ABab一二]号?(室|工作室|基地)|(?:(?![万千亿元块])[\u4e00-\u9fff]){1,4}?的?那个(?=[^,;。]{0,4}(买|花|投|添|设备|[\d一二两三四五六七八九十]))/g;

/**
 * Two sites of one kind (两个技能大师工作室 一个买设备80万 一个买了40万): an item each, cut where
 * each is taken up, so each figure meets its own cap. Only when the count before the site is two
 * and exactly two parts follow; otherwise the message stays one item.
 */
function sameKindSites(t: string, site: { at: number; text: string; kind: 'master_studio' | 'high_skill_base' }): Segment[] | undefined {
  // 两个技能大师工作室 / 技能大师工作室两个: the count before the site or just after it.
  const countAfter = /^[:：,，]?(两|2|俩|二)个/.exec(t.slice(site.at + site.text.length));
  if (!/(两|2|俩|二)个?$/.test(t.slice(Math.max(0, site.at - 3), site.at)) && !countAfter) return undefined;
  const after = site.at + site.text.length + (countAfter?.[0].length ?? 0);
  const matches = [...t.slice(after).matchAll(EACH_SITE)];
  const heads = matches.map((m) => after + (m.index ?? 0));
  if (heads.length !== 2) return undefined;
  const base = { kind: site.kind, siteAt: site.at, siteText: site.text };
  // 面点那个 / 烘焙那个: each told by its trade — the name a later message will use for it.
  const labels = matches.map((m) => DESCRIBED_SITE.exec(m[0])?.[1]);
  return [
    { start: 0, end: heads[1]!, ...base, twin: 1, ...(labels[0] ? { label: labels[0] } : {}) },
    { start: heads[1]!, end: t.length, ...base, twin: 2, ...(labels[1] ? { label: labels[1] } : {}) },
  ];
}

/** The value, kind, site and fund of one equipment item, from its segment of the message. */
function readEquipmentItem(ctx: ReadingContext, seg: Segment, item: number, asked: boolean): void {
  const whole = ctx.t;
  const t = whole.slice(seg.start, seg.end);
  const at = (m: RegExpExecArray | null) => seg.start + (m?.index ?? 0);
  const path = (key: string) => `equipment[${item}].${key}`;
  // 一百万 carries its unit inside the numeral.
  const unit = (m: RegExpExecArray, u: number, y: number, q?: number) =>
    m[u] !== undefined || m[y] !== undefined || (q !== undefined && m[q] !== undefined) || /[千万亿]/.test(m[u - 1] ?? '');
  const noun = new RegExp(EQUIPMENT_NOUN);
  const inClause = (index: number, test: { test(clause: string): boolean }) => {
    const clause = ctx.clauses.find((c) => index >= c.start && index < c.end);
    return clause !== undefined && test.test(clause.text);
  };
  // A figure for the equipment carries a money unit: 三台机床 / 买了5套 are counts, not yuan.
  const COUNT_AFTER = '(?![台套件个张部批样种项])';
  let value =
    new RegExp(`${EQUIPMENT_NOUN}[^,;。${NUM_CHARS}]{0,6}(${NUM})\\s*(万|千|亿)?\\s*(元|块)?${COUNT_AFTER}`).exec(t) ??
    new RegExp(`(${NUM})\\s*(万|千|亿)?\\s*(元|块)?(钱)?(的)?(实训|培训)?${EQUIPMENT_NOUN}`).exec(t);
  if (value && !unit(value, 2, 3, 4)) value = null;
  if (!value && seg.listed) value = new RegExp(`^(${NUM})\\s*(万|千|亿)?\\s*(元|块)?`).exec(t);
  // 买了实训设备 花了30万: the figure said of the purchase, a clause after the equipment. With two
  // sites, each site's words are its own item (高技能人才培训基地买了200万的).
  const spent =
    !value && (noun.test(whole) || seg.kind !== undefined || ctx.aboutEquipment)
      ? new RegExp(`(花了|花费了?|投入了?|总值|总价|价值|一共花了|共花了|一共|总共|共计|买了|购置了|购买了|采购了)[,\s]?(${NUM})(万|千|亿)?(元|块)?${COUNT_AFTER}`).exec(t)
      : null;
  const perUnit = PER_UNIT.test(t);
  if (spent && unit(spent, 3, 4) && !perUnit) {
    const v = yuanOf(spent[2]!, spent[3]);
    if (v !== undefined && !inClause(at(spent), CONDITION) && !inClause(at(spent), QUESTION)) put(ctx, path('valueYuan'), v, at(spent), at(spent) + spent[0].length);
  }
  // 那2021年11月买的呢 五十万 大师工作室 教育经费出的: about equipment, a sum in ten-thousands standing
  // as a clause of its own is what it cost.
  const alone = !value && !spent && !perUnit && (ctx.aboutEquipment || seg.kind !== undefined) ? new RegExp(`(?<=^|,|(?:用|从|拿|动用|使用)(?:的)?(?:职工)?教育经费|(?:工作室|基地)(?:那边|这边|那块|这块|那个|这个|那儿|的)?|[\u4e00-\u9fff]{2}(?:那个|这个|那边|这边|那块|这块))(?!\d+(?:\.\d+)?[万千亿](?:元|块)?的)(?:花了|一共|总共|大概|整|正好|刚好|准确(?:是|地说)?|确切(?:是)?|实际(?:是)?|其实是)?(\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百]+)(万|千|亿)(元|块)?(?:的)?(?=,|$|[^\\d万千亿元块的零〇一二两三四五六七八九十百])`).exec(t) : null;
  if (alone && !inClause(at(alone), CONDITION) && !inClause(at(alone), QUESTION)) {
    const v = yuanOf(alone[1]!, alone[2]);
    if (v !== undefined) put(ctx, path('valueYuan'), v, at(alone), at(alone) + alone[0].length);
  }
  const bare = asked && !value && !spent && !alone ? new RegExp(`^(花了|一共|总共|共|大概)?(${NUM})(万|千|亿)?(元|块)?(钱)?$`).exec(t.replace(/[,;。!！]+$/, '')) : null;
  // A bare figure needs its unit unless the question was the value itself (花了多少钱？300000).
  if (bare && !/\.(kind|site)$/.test(ctx.pendingFact ?? '') && (unit(bare, 3, 4, 5) || /valueYuan$/.test(ctx.pendingFact ?? ''))) {
    const v = yuanOf(bare[2]!, bare[3]);
    if (v !== undefined) put(ctx, path('valueYuan'), v, at(bare), at(bare) + bare[0].length);
  }
  if (value && !perUnit) {
    const v = yuanOf(value[1]!, value[2]);
    if (v !== undefined && !inClause(at(value), CONDITION)) put(ctx, path('valueYuan'), v, at(value), at(value) + value[0].length);
  }
  // 又买了20万 / 一个30万 一个20万: several sums for one item — the total said (一共50万) is the
  // value, else none is: taking the first would state a wrong amount.
  // 是两百万 不是三百万 / 是250万 少说了100万: a sum denied or a difference is no value of the item —
  // unless a lot is named by its place (第二批不是80万 是60万): that lot's sum, for the correction to move the total.
  const lotByPlace = /第[一二三四五六1-6](批|笔|次|回|期)|(头|后)一(批|笔)/.test(t);
  const sums = moneyFigures(t, ctx.clauses.filter((c) => c.start >= seg.start && c.end <= seg.end).map((c) => ({ ...c, start: c.start - seg.start, end: c.end - seg.start }))).filter(
    (x) => (lotByPlace || !/(不是|并非|而非|记成|写成|说成|(少|多)(说|算|写|报|填)了?|差了?)$/.test(t.slice(Math.max(0, x.start - 4), x.start))) && !OWN_RECKONING.test(t.slice(Math.max(0, x.start - 12), x.start)),
  );
  // 先买了三十万 后来又买了三十万: the same sum twice, the second said to be another purchase.
  const sameTwice = sums.length === 2 && sums[0]!.value === sums[1]!.value && /(又|再|还|另外|后来|第二批|二批|添)[^,;。]{0,4}$/.test(t.slice(0, sums[1]!.start));
  if (new Set(sums.map((x) => x.value)).size > 1 || sameTwice) {
    const total = sums.find((x) => x.total);
    takeBack(ctx, path('valueYuan'));
    // 同一个工作室 上半年买了40万 下半年又买了35万: purchases for one site said to be the same
    // one add up (四(一) caps a site's items together); for sites not said to be one, nothing is summed.
    // Items of a site with no name count as one site of their kind (the contract), so two
    // purchases for the unnamed studio add up as surely as for one said to be the same.
    const additional = /(又|再|还|另外|后来|添|一批|另一批|第二批|二批)[^,;。]{0,4}$/.test(t.slice(0, sums[1]?.start ?? 0));
    const oneSite = !total && sums.length === 2 && additional && (/同一(个|家|处|间)?/.test(t) || (seg.kind !== undefined && !seg.twin && !has(ctx, path('site'))));
    // 设备分三次买的 30万 40万 50万: one site's purchase told in lots adds up.
    // 三个标段 / 分两笔 / 180万 加 一百万: lots of one purchase, or its sums added up aloud.
    const added = sums.length >= 2 && sums.slice(1).every((x, i) => /^[,，、\s]*(加上|加|再加|\+|和)[,，\s]*$/.test(t.slice(sums[i]!.end, x.start)));
    const inLots = !total && seg.kind !== undefined && !seg.twin && (added || /分(两|三|四|五|几|[2-9])?(个)?(次|批|回|趟|笔|期|标段)/.test(t) || /(两|三|四|五|[2-9])个?(标段|笔)/.test(t) || /第[一二三四五1-5](次|批|回|笔|期|标段)|头一?(次|批|回|笔)/.test(t) || /(买|购|采购|进)了?(两|三|四|五|[2-9])(次|批|回|趟)/.test(t));
    if (total && !perUnit) put(ctx, path('valueYuan'), total.value, seg.start + total.start, seg.start + total.end);
    else if (inLots && !perUnit) put(ctx, path('valueYuan'), sums.reduce((a, x) => a + x.value, 0), seg.start + sums[0]!.start, seg.start + sums[sums.length - 1]!.end);
    else if (oneSite && !perUnit && !inLots) put(ctx, path('valueYuan'), sums[0]!.value + sums[1]!.value, seg.start + sums[0]!.start, seg.start + sums[1]!.end);
    else ctx.vague.push({ path: path('valueYuan'), value: undefined, start: seg.start + sums[0]!.start, end: seg.start + sums[sums.length - 1]!.end });
  }
  // 还有第三批10万, in a talk about the equipment: one more purchase's sum.
  if (!value && !spent && asked && sums.length === 1 && /(第[二三四五]批|一批|又|还有|另外|再)/.test(t) && !has(ctx, path('valueYuan'))) {
    put(ctx, path('valueYuan'), sums[0]!.value, seg.start + sums[0]!.start, seg.start + sums[0]!.end);
  }
  // 新买了实训设备 技能大师工作室用的 50万: one sum in a message about buying equipment is its value.
  if (!value && !spent && !perUnit && sums.length === 1 && noun.test(whole) && (/(买|购|采购|添置|添)/.test(t) || seg.kind !== undefined) && !has(ctx, path('valueYuan')) && !inClause(seg.start + sums[0]!.start, CONDITION) && !inClause(seg.start + sums[0]!.start, QUESTION)) {
    put(ctx, path('valueYuan'), sums[0]!.value, seg.start + sums[0]!.start, seg.start + sums[0]!.end);
  }
  perLot(ctx, t, seg.start, path('valueYuan'));
  // 机器人那行是102万 不是120 合计是282: a line of a list corrected is no value of the whole site;
  // the total said without its unit is not read either — the value is asked, not taken from the line.
  if (has(ctx, path('valueYuan')) && /(那|这)(一)?(行|项|栏|台|笔)/.test(t) && !sums.some((x) => x.total)) {
    const v = ctx.facts.find((f) => f.path === path('valueYuan'))!;
    takeBack(ctx, path('valueYuan'));
    ctx.vague.push({ path: path('valueYuan'), value: undefined, start: v.start, end: v.end });
  }
  if (perUnit && (value || spent)) ctx.vague.push({ path: path('valueYuan'), value: undefined, start: at(value ?? spent), end: at(value ?? spent) + (value ?? spent)![0].length });
  // A site asked about (大师工作室补多少) is no purchase; a figure spent on it, or equipment, is.
  // 建了高技能人才培训基地 用的教育经费 验收合格了: a site with its fund or acceptance is a purchase told without the word 设备.
  const talk = value !== null || alone !== null || (spent !== null && unit(spent, 3, 4)) || noun.test(whole) || asked || (seg.kind !== undefined && /教育经费|验收|验(了|过|完)|(没|未)验/.test(t) && !QUESTION.test(t.replace(/[吗么]$/, '')));
  // 烘焙那个是政府专项资金买的, when the case holds two sites told by their trades: the site meant.
  const pointed = !seg.kind && (ctx.equipmentItems ?? 0) > 1 ? DESCRIBED_SITE.exec(t) : null;
  if (pointed && !/^(不对|哦|噢|就是|还有|另外|是|对|刚才|上面|前面)/.test(pointed[1]!)) put(ctx, path('site'), `${pointed[1]}那个`, at(pointed), at(pointed) + pointed[0].length);
  if (!talk) return;
  if (seg.kind && seg.siteAt !== undefined) {
    put(ctx, path('kind'), seg.kind, seg.siteAt, seg.siteAt + seg.siteText!.length);
    // Each of two sites meets its own cap (四(一) caps per base or studio).
    if (seg.twin) put(ctx, path('site'), seg.label ? `${seg.label}那个` : `第${seg.twin}个${seg.siteText!.replace(/^技能/, '')}`, seg.siteAt, seg.siteAt + seg.siteText!.length);
    // A named studio (王师傅大师工作室) at the start of a clause: items of one site share its cap.
    const named = seg.kind === 'master_studio' ? /(?:^|[,;。])([\u4e00-\u9fff]{2,5}?)大师工作室/.exec(t) : null;
    if (named && !seg.twin && !/技能$|^(我们|俺|咱|公司|给|为|是|建|买|我司|另外|还有|同一|这|那|一个|两个|俩|有|又|也|还|再)/.test(named[1]!)) {
      const start = at(named) + named[0].length - named[1]!.length - 5;
      put(ctx, path('site'), `${named[1]}大师工作室`, start, start + named[1]!.length + 5);
    }
  }
  // 都是职工教育经费: said of what the equipment was bought with.
  // 设备45万 职工教育经费 验收合格了: the fund named in a clause of its own, among the facts of a purchase.
  // 资金来源为职工教育经费: the form's own words for what paid.
  // (一半职教经费一半银行贷款: a share of it named with the fund is the fund paying.)
  const fund = /(用|从|拿|出|花|走)(的是|的|是)?(职工)?教育经费|(一半|半数|[一二三四五六七八九]成|[\d.]+\s*[%％]|百分之[\d一二三四五六七八九十]+)(是|用|用的|走|由)?(的)?(职工)?教育经费|来源(是|为|:)?(职工)?教育经费(?![吗么吧呢?？])|钱(是|都是|全是|用的是)(从)?(职工)?教育经费(?![吗么吧呢?？])|(一样|同样|也)(是|都是)(用)?(的)?(职工)?教育经费(?![吗么吧呢?？])|(?<=^|,|\(|[万千元块])(职工)?教育经费(出的|买的|的)?(?=,|$|\))|(?<=^|,)(钱)?(是|用的是|都是|全是)(职工)?教育经费(出的|买的|的)?(?=,|$)|(职工)?教育经费[^,;。]{0,4}(买|购|出|支付|列支|开支|支出)|(职工)?教育经费(给|为|替)[^,;。]{0,10}(买|购|添置|采购)|(都|全都|全部|均|全)是(用)?(职工)?教育经费(?![吗么吧呢?？])/.exec(t);
  // 不是职工教育经费 / 没用教育经费: bought with other money, which 四(一) does not cover.
  // 是不是职工教育经费出的: asked both ways, not denied.
  const noFund = /(?<!是)(不是|没用|没有用|没拿|没动|未用|并非|没花|没走)(的是|的|是)?(从|用|拿|走)?(的)?(职工)?教育经费|(职工)?教育经费[^,;。]{0,3}(没用|没动|没出|没花)/.exec(t);
  // 职工教育经费里出的？不是，是银行贷款买的: the guess asked and denied; 贷款买的 is other money.
  const deniedGuess = fund ? /^[^,;。]{0,4}(吗|么|[?？])[,\s?？]*(不是|没有|不|没)/.exec(t.slice((fund.index ?? 0) + fund[0].length)) : null;
  const otherMoney = /(银行)?贷款(买|购)|银行贷(款|的)|贷款(?!吗|么|不|能)|贷的款|自筹|自有资金|自有的|自己(掏|出)(的)?钱|自己出的|公司(自己)?出的|借钱买|(用|拿)(的)?(自有|自己的)?(资金|钱)买/.exec(t);
  // 职工教育经费 这块钱 俺们 没动: the fund named, then denied a few words on.
  // (是不是 further on asks something else: 按20%是不是16万.)
  // (职工教育经费买的 不是没验收: the 不是 after it denies the next fact, not the fund.)
  const deniedOn = fund && /^[^。]{0,12}?(没动|没用|没花|没出|没走|没拿|没从|(?<!是)不是(?!\d|没|不|验|合格|还没))/.test(t.slice((fund.index ?? 0) + fund[0].length));
  // 其中90万从职工教育经费出，170万是自有资金: bought partly with the fund — the part it paid for is
  // the new equipment the fund bought (四(一)), the rest is not; neither "yes" nor "no" of the whole.
  // (其中60%用的职工教育经费: a share under the whole says the rest was other money, named or not.)
  const partSaid = fund && !noFund && !deniedGuess && !deniedOn ? (FUND_PART_AFTER.exec(t) ?? FUND_PART.exec(t)) : null;
  // (教育经费出了30万: the sum the fund paid is said outright — the part, whatever paid the rest.)
  const partOfWhole = partSaid !== null && (FUND_PART_AFTER.test(partSaid[0]) || /^\s*[%％]/.test(t.slice(at(partSaid) + partSaid[1]!.length)) || /(其中|只有|只是|里头|里面)[^,;。]{0,2}$/.test(t.slice(Math.max(0, at(partSaid) - 4), at(partSaid))));
  const fundPart = partSaid && (otherMoney || partOfWhole) ? partSaid : null;
  // 其中70%是职工教育经费出的: a share of the purchase, never a sum of yuan — the part it paid is
  // that share of the total said, or, with no total, left open.
  // 一半 / 三成 / 三分之一 是职工教育经费出的: the share said in words.
  // (有一半是…: the 一 of 一半 is no sum of one yuan.)
  // (七成是职工教育经费: a share under the whole says the rest was other money, named or not.)
  const wordShare = fund && !noFund && !deniedGuess && !deniedOn ? SHARE_IN_WORDS.exec(t) : null;
  const sharePart = wordShare ?? fundPart;
  const share = wordShare ? shareInWords(wordShare) : fundPart && /^\s*[%％]/.test(t.slice(at(fundPart) + fundPart[1]!.length)) ? Number(fundPart[1]) : fundPart && /百分之$/.test(t.slice(Math.max(0, at(fundPart) - 3), at(fundPart))) ? numberValue(fundPart[1]!) : undefined;
  if (sharePart && share !== undefined) {
    const total = ctx.facts.find((f) => f.path === path('valueYuan'))?.value;
    takeBack(ctx, path('valueYuan'));
    const [from, to] = [at(sharePart), at(sharePart) + sharePart[0].length];
    if (typeof total === 'number' && share > 0 && share <= 100) {
      put(ctx, path('valueYuan'), Math.round(total * share) / 100, from, to);
      put(ctx, path('fromEducationFund'), true, from, to);
    } else if (share > 0 && share <= 100 && !sums.length) (ctx.shares ??= []).push({ path: path('valueYuan'), percent: share, start: from, end: to });
    else ctx.vague.push({ path: path('valueYuan'), value: undefined, start: from, end: to });
    return;
  }
  // A part with no unit (其中30是教育经费出的) is no sum: 30 元 would be a figure nobody meant.
  // (三十五万 read whole: the 万 inside the figure is its unit.)
  const partYuan = fundPart && (fundPart[2] !== undefined || fundPart[3] !== undefined || /[万千亿]$/.test(fundPart[1]!)) ? (/[万亿]/.test(fundPart[1]!) ? numberValue(fundPart[1]!) : yuanOf(fundPart[1]!, fundPart[2])) : undefined;
  if (fundPart && partYuan !== undefined && partYuan > 0) {
    takeBack(ctx, path('valueYuan'));
    put(ctx, path('valueYuan'), partYuan, at(fundPart), at(fundPart) + fundPart[0].length);
    put(ctx, path('fromEducationFund'), true, at(fundPart), at(fundPart) + fundPart[0].length);
    return;
  }
  // 贷款买的 / 自有资金: paid with other money, which 四(一) does not cover — whatever else was said of the fund.
  if (!noFund && (deniedGuess || deniedOn || otherMoney)) {
    const m = deniedGuess || deniedOn ? fund! : otherMoney!;
    put(ctx, path('fromEducationFund'), false, at(m), at(m) + m[0].length);
  } else if (noFund) {
    put(ctx, path('fromEducationFund'), false, at(noFund), at(noFund) + noFund[0].length);
  } else if (fund && !NEGATOR.test(whole.slice(Math.max(0, at(fund) - 3), at(fund)))) {
    put(ctx, path('fromEducationFund'), true, at(fund), at(fund) + fund[0].length);
  } else if (/fromEducationFund$/.test(ctx.pendingFact ?? '')) {
    // Asked whether the fund paid, a reply naming it without a denial (设备25万 职工教育经费 已验收) says it did.
    const named = /(职工)?教育经费/.exec(t);
    if (named && !NEGATOR.test(whole.slice(Math.max(0, at(named) - 3), at(named)))) put(ctx, path('fromEducationFund'), true, at(named), at(named) + named[0].length);
  }
}

/**
 * Sums of money in a segment said of equipment: with a unit (万, 元, 块), outside clauses about
 * the payroll, the education fund or a subsidy; `total` when said as one (一共50万).
 */
/** A clause whose figure is the payroll, the fund drawn or a subsidy: not what equipment cost. */
const FUND_OR_PAYROLL = new RegExp(`工资|薪金|经费[^买购]{0,3}[\\d${NUM_CHARS}]|补贴|补助|补了|能补|最高|上限|不超过`);

function moneyFigures(t: string, clauses: Array<{ start: number; end: number; text: string }>): Array<{ value: number; start: number; end: number; total: boolean }> {
  const out: Array<{ value: number; start: number; end: number; total: boolean }> = [];
  for (const m of t.matchAll(new RegExp(`(${NUM})\\s*(万|千|亿)?\\s*(元|块)?(?![台套件个张部批样种项月年])`, 'g'))) {
    if (m[2] === undefined && m[3] === undefined && !/[千万亿]/.test(m[1]!)) continue;
    const start = m.index ?? 0;
    const clause = clauses.find((c) => start >= c.start && start < c.end)?.text ?? '';
    if (FUND_OR_PAYROLL.test(clause)) continue;
    const value = yuanOf(m[1]!, m[2]);
    if (value === undefined || value <= 0) continue;
    // 公司两块 一个基地 一个工作室: 块 after a small figure counts places, not yuan.
    if (m[2] === undefined && m[3] === '块' && value < 1000) continue;
    out.push({ value, start, end: start + m[0].length, total: /(一共|总共|共计|合计|总值|总价|加起来|总计)(是|有|花了|为)?$/.test(t.slice(Math.max(0, start - 5), start)) });
  }
  return out;
}

function readMoney(ctx: ReadingContext): void {
  const { t } = ctx;
  // Between the noun and its figure: words, and a period such as 一年 or 今年 (工资薪金一年三千万).
  const gap = `(?:[一每全今去上]年|[^,;。${NUM_CHARS}])`;
  // 全年工资 八百万: a pause may come between the payroll and its figure.
  // 工薪总额 / 薪资总额 / 薪酬总额: the payroll in the words of a form or an accountant.
  const payrolls = [...t.matchAll(new RegExp(`(?:工资|工薪|薪资|薪酬)(薪金)?(总额|总数|总共|一共|合计)?${gap}{0,4},?(?:[一每全今去上]年,?)?(?:是|为|有|都是|算下来是)?(大概|大约|约|差不多|估计|将近)?(${NUM})(亿|万|千)?(元|块)?(?!分之)`, 'g'))];
  // 工资薪金总额 800万 … 哦写错了 工资总额是 880万: said again after taking it back, the later figure holds.
  const retold = payrolls.length > 1 && /写错|说错|打错|记错|搞错|不对|更正|纠正|应该是/.test(t.slice((payrolls[0]!.index ?? 0) + payrolls[0]![0].length, payrolls[payrolls.length - 1]!.index ?? 0));
  // 提了工资总额的10% 工资总额800万: the share names the payroll first; its sum comes after.
  const sums = payrolls.filter((m) => !/^分之|^%/.test(t.slice((m.index ?? 0) + m[0].length)));
  const payroll = (retold ? sums[sums.length - 1] : sums[0]) ?? null;
  // 工资的百分之几 is a share, not a payroll: a payroll carries a money unit or a large figure.
  if (payroll && (payroll[5] !== undefined || payroll[6] !== undefined || (numberValue(payroll[4]!) ?? 0) >= 10_000) && !/^分之|^%/.test(t.slice((payroll.index ?? 0) + payroll[0].length))) {
    const v = yuanOf(payroll[4]!, payroll[5]);
    const at = payroll.index ?? 0;
    // 大概一百二十万: the cap is 8 % of it, so a rough payroll is asked for exactly.
    // 一年大概两三百万: a range of figures is rough too.
    const rough = payroll[3] !== undefined || /^(左右|上下|出头|多)/.test(t.slice(at + payroll[0].length)) || isRoughNumeral(payroll[4]!);
    // 每月工资总额150万: the 8 % of 六(二) is of a year's payroll. Twelve equal months said
    // (全年12个月都是这个数) make the year; a monthly figure alone is asked for as a yearly total.
    const monthly = /(每月|每个月|一个月|月均|平均每月|月度|(?<![年\d一二三四五六七八九十])月)(的)?(固定)?(的)?$/.test(t.slice(Math.max(0, at - 6), at)) || /^工资(薪金)?(总额|总数)?(每月|每个月|一个月|月均|一月)/.test(payroll[0]) || /(每月|每个月|一个月|月均|平均每月|一月)(的)?(是|为|有)?(大概|大约|约|差不多|估计|将近)?[\d零〇一二两三四五六七八九十百千.]+(亿|万|千)?(元|块)?$/.test(payroll[0]);
    const twelve = /(12|十二)个月(都|全|均)|(全年|一年)[^,;。]{0,4}(12|十二)个月|每(个)?月都(一样|差不多|是这个数)/.test(t);
    if (v !== undefined && monthly && twelve && !rough) put(ctx, 'payrollYuan', v * 12, at, at + payroll[0].length);
    else if (v !== undefined && (rough || monthly)) ctx.vague.push({ path: 'payrollYuan', value: undefined, start: at, end: at + payroll[0].length });
    else if (v !== undefined) put(ctx, 'payrollYuan', v, at, at + payroll[0].length);
  }
  // 职教经费 is how accountants shorten 职工教育经费. 教育经费用了60万 is the fund spent, unless the
  // money went on equipment (教育经费用了60万买设备 is the purchase).
  const equipmentNamed = new RegExp(EQUIPMENT_NOUN).test(t);
  const use = equipmentNamed ? '买购用' : '买购';
  // 教育经费政府给报销百分之八: a share is no sum of the fund; masked (same length) so the search
  // goes on to the sum said after it (教育经费提了十五万).
  const tSums = t.replace(/百分之[\d零一二两三四五六七八九十]+|\d+(?:\.\d+)?\s*[%％]/g, (m) => '＃'.repeat(m.length));
  const fundSaid = new RegExp(`(?:教育|职教)经费[,\\s]?(?:[一每全今去上]年|一共|总共|共计|合计|[^,;。${NUM_CHARS}${use}]|用了){0,6}[,\\s]?(${NUM})(亿|万|千)?(元|块)?`).exec(tSums);
  // 职工教育经费 工资总额两百万 提了十五万: the payroll's figure is not the fund's, whichever noun came first.
  // 用职工教育经费 100万, of equipment bought: the money paid for it came from the fund — its sum is
  // the purchase's, not the fund drawn.
  // (教育经费出的是36万 / 出了30万, about the equipment: what the fund paid for it, not the fund drawn.)
  const paidWith = fundSaid && ((equipmentNamed && /(用|从|拿|动用|使用|走)(的是|的)?(职工)?$/.test(t.slice(Math.max(0, (fundSaid.index ?? 0) - 4), fundSaid.index ?? 0))) || ((ctx.aboutEquipment === true || equipmentNamed || /工作室|基地/.test(t)) && /^(?:教育|职教)经费(?:里|里面|这块)?(?:出了|出的是|出的|出|拿了|花了|支付了?|付了|占了?)/.test(fundSaid[0])));
  const fund = fundSaid && (/工资|薪金|总额/.test(fundSaid[0]) || paidWith) ? null : fundSaid;
  // 经费提了30万: the fund an employer draws (提取) is its 职工教育经费, whatever else it calls it.
  const drawn = fund
    ? null
    : (new RegExp(`(?<![教育训目研公])经费(?:(?:一年|今年|去年|那年|当年|这块|那块|那一年|上一年)?(?:提了|计提了?|提取了?|提))(${NUM})(亿|万|千)?(元|块)?`).exec(tSums) ??
      // 工资总额100万 经费5万: beside the payroll, a bare 经费 with a sum is the fund.
      (/工资|教育经费|职教经费/.test(t) ? new RegExp(`(?<![教育训目研公])经费[,\\s]?(${NUM})(亿|万|千)(元|块)?`).exec(t) : null) ??
      // In a dialogue about the deduction, 提了二十万 needs no noun.
      // (工资涨到一百五十万 提十二万: beside the payroll, the sum drawn is the fund's too.)
      (ctx.aboutFund || /(教育|职教)经费|工资(总额)?[^,;。]{0,4}(涨到|是|有|为|[\d零〇一二两三四五六七八九十百千])/.test(t) ? new RegExp(`(?:^|[^\u4e00-\u9fff]|[万千元块]|会计说|说|是|其实|实际|(?:我们|俺们|咱们)(?:厂|公司|单位|店)?|我司|公司|单位|厂里)(?:一共|总共|今年|去年|这一年|一年|再|就)?(?:提了|计提了?|提取了?|(?:计提|提取|提)的是|提(?=[${NUM_CHARS}]))(${NUM})(亿|万|千)?(元|块)?`).exec(t) : null));
  // A fund is money: 一半花在一线 / 教育经费一线 carries no sum (一 is not one yuan).
  const found = [fund, drawn].find((m) => m && (m[2] !== undefined || m[3] !== undefined || /[千万亿]/.test(m[1]!) || (numberValue(m[1]!) ?? 0) >= 100));
  if (found) {
    const v = yuanOf(found[1]!, found[2]);
    if (v !== undefined) put(ctx, 'educationFundYuan', v, found.index ?? 0, (found.index ?? 0) + found[0].length);
  }
  // 经费按2.5%提的 / 提了工资总额的10%: the fund drawn as a rate of the payroll said beside it.
  // (按8%扣 / 扣除比例8%: the deduction's limit, not what was drawn.)
  const payrollNow = ctx.patch.employer.payrollYuan;
  const rate = payrollNow !== undefined && /经费/.test(t) ? new RegExp(`(?:按|提了?|提取了?|计提了?)(?:工资(?:薪金)?(?:总额)?的)?(?:(\\d+(?:\\.\\d+)?)\\s*[%％]|百分之([零一二两三四五六七八九十]+)(?:点([零一二两三四五六七八九]+))?)(?![^,;。]{0,4}(扣|抵|算|上限|封顶|口径|标准))`).exec(t) : null;
  // 百分之一点五: the digits after 点 are tenths, hundredths.
  const tenths = rate?.[3] ? Number(`0.${[...rate[3]].map((c) => numberValue(c)).join('')}`) : 0;
  const ratePct = rate ? (rate[1] !== undefined ? Number(rate[1]) : (numberValue(rate[2]!) ?? NaN) + tenths) : undefined;
  if (!has(ctx, 'educationFundYuan') && rate && ratePct !== undefined && Number.isFinite(ratePct) && ratePct > 0 && ratePct <= 100 && !/吗|么|是不是|对不对/.test(t)) put(ctx, 'educationFundYuan', Math.round((payrollNow! * ratePct) / 100), rate.index ?? 0, (rate.index ?? 0) + rate[0].length);
  // 职工教育经费提了90多万: a rough sum is no figure to compute with — left open and asked for exactly.
  const roughFund = found ? null : new RegExp(`(?:教育|职教)经费[^,;。]{0,6}?(${NUM})(多|来|几)(万|千)`).exec(t);
  if (roughFund) ctx.vague.push({ path: 'educationFundYuan', value: undefined, start: roughFund.index ?? 0, end: (roughFund.index ?? 0) + roughFund[0].length });
  const share = new RegExp(`一线[^,;。]{0,10}?((${NUM})%|百分之(${NUM})|(${NUM})成)`).exec(t);
  // 只有一半花在一线工人身上: half.
  const half = share ? null : /(一半|半数)[^,;。]{0,8}一线|一线[^;。]{0,12}(一半|半数)/.exec(t);
  if (half && !has(ctx, 'frontlineShareOfFund')) put(ctx, 'frontlineShareOfFund', 0.5, half.index ?? 0, (half.index ?? 0) + half[0].length);
  // 教育经费80万 一线职工培训用了47.8万: the front-line share as a sum of the fund drawn.
  const spentOnFront = share || half ? null : new RegExp(`一线[^,;。]{0,8}?(用了|花了|用|花|投了|投入了?)(${NUM})(万|千)(元)?`).exec(t);
  const fundNow = ctx.patch.employer.educationFundYuan;
  if (spentOnFront && fundNow && !has(ctx, 'frontlineShareOfFund')) {
    const part = yuanOf(spentOnFront[2]!, spentOnFront[3]);
    if (part !== undefined && part <= fundNow) put(ctx, 'frontlineShareOfFund', part / fundNow, spentOnFront.index ?? 0, (spentOnFront.index ?? 0) + spentOnFront[0].length);
  }
  if (share) {
    const raw = share[2] ?? share[3] ?? share[4]!;
    const n = numberValue(raw);
    if (n !== undefined) {
      const v = share[4] !== undefined ? n / 10 : n / 100;
      if (v >= 0 && v <= 1) put(ctx, 'frontlineShareOfFund', v, share.index ?? 0, (share.index ?? 0) + share[0].length);
    }
  }
  const appr = new RegExp(`(${NUM})(个|名|位)(新型)?学徒|学徒[^,;。${NUM_CHARS}]{0,4}?(${NUM})(个|名|位|人)`).exec(t);
  if (appr) {
    const n = numberValue(appr[1] ?? appr[4]!);
    const lead = t.slice(Math.max(0, (appr.index ?? 0) - 2), appr.index ?? 0);
    if (n !== undefined && Number.isInteger(n) && !/[来多几]/.test(appr[0]) && !/(大概|约)$/.test(lead)) put(ctx, 'apprentices', n, appr.index ?? 0, (appr.index ?? 0) + appr[0].length);
  }
  // 带了五个 每人跟师傅学一年, in a talk about the apprenticeship subsidy: the unit's apprentices.
  if (!appr && ctx.aboutApprentices && !has(ctx, 'apprentices')) {
    const told = APPRENTICES_TOLD.exec(t);
    const n = told ? numberValue(/[\d一二两三四五六七八九十俩仨]+/.exec(told[0])![0].replace('俩', '2').replace('仨', '3')) : undefined;
    if (told && n !== undefined && Number.isInteger(n) && n > 0 && !QUESTION.test(t.slice(told.index, told.index + told[0].length + 2))) put(ctx, 'apprentices', n, told.index, told.index + told[0].length);
  }
  // 企业自己搞培训 … 能先拨多少: a business running its own training, asking for the advance 六(一) gives it.
  if (ctx.patch.employer.projectTraining === undefined && /先拨|先行拨付|预拨|提前拨|先给/.test(t) && /(企业|公司|厂|我们|俺们|自己)[^,;。]{0,4}(搞|开展|办|组织)[^,;。]{0,4}培训/.test(t)) {
    const at = t.search(/(搞|开展|办|组织)[^,;。]{0,4}培训/);
    put(ctx, 'projectTraining', true, at, at + 4);
  }
  // 项目制培训 我们培训学校 补贴总共125万 能先拨多少: the project named with the advance asked is one run.
  if (ctx.patch.employer.projectTraining === undefined && /项目制/.test(t) && /先拨|先行拨付|预拨|提前拨|先给|能拨|拨多少/.test(t) && !/没(有)?(搞|做|开展|办)[^,;。]{0,3}项目制/.test(t)) {
    const at = t.indexOf('项目制');
    put(ctx, 'projectTraining', true, at, at + 3);
  }
  if (ctx.patch.employer.projectTraining || ctx.aboutProject) {
    // 培训补贴一共 40万: 一共 is no figure (一 would read as one yuan).
    // 总额是八十万零五千, in a dialogue about the advance: the subsidy's total without its noun.
    const subsidy = new RegExp(`(?:补贴(?:资金)?(?:总额|总数)?,?|(?<=^|,)(?:总额|总数)(?:是)?)(?:一共|总共|共计|合计|一年)?${gap}{0,6}?(?:一共|总共|共计|合计)?[,\\s]?(${NUM})(亿|万|千)?(元|块)?`).exec(t);
    if (subsidy && (subsidy[2] !== undefined || subsidy[3] !== undefined || /[千万亿]/.test(subsidy[1]!) || (numberValue(subsidy[1]!) ?? 0) >= 100)) {
      const v = yuanOf(subsidy[1]!, subsidy[2]);
      if (v !== undefined) put(ctx, 'trainingSubsidyYuan', v, subsidy.index ?? 0, (subsidy.index ?? 0) + subsidy[0].length);
    }
  }
}

/** Words of a job held by the young people a unit took on. */
const YOUNG_AT_WORK = /以工代训|干了|干满|干够|上班|岗前|入职|进厂/;

function readSchoolFacts(ctx: ReadingContext): void {
  const { t } = ctx;
  const enrolls = /(建档立卡|贫困)(贫困)?(户)?(家庭)?(的)?(学生|子女|孩子)/.exec(t);
  if (enrolls) {
    const before = t.slice(0, enrolls.index ?? 0);
    const clause = ctx.clauses.find((c) => (enrolls.index ?? 0) >= c.start && (enrolls.index ?? 0) < c.end);
    // (A business that took them on to work — 公司收了2个建档立卡的孩子 以工代训… — hired them, enrolled none.)
    const hiredToWork = ctx.patch.employer.entity !== undefined && ctx.patch.employer.entity !== 'vocational_school' && YOUNG_AT_WORK.test(t);
    if (/(招收|招|收|有|录取|接收)(了)?[^,;。]{0,3}$/.test(before) && !(clause && QUESTION.test(clause.text)) && !hiredToWork) {
      const denied = /(没有|没|不|未)(招收|招|收|有|录取|接收)[^,;。]{0,3}$/.test(before);
      put(ctx, 'enrollsPoorFamilyStudents', !denied, enrolls.index ?? 0, (enrolls.index ?? 0) + enrolls[0].length);
      if (!ctx.patch.employer.entity && /学校|院校|职校|技校/.test(t)) put(ctx, 'entity', 'vocational_school', enrolls.index ?? 0, (enrolls.index ?? 0) + enrolls[0].length);
    }
  }
  // 民办的 / 公办的学校: who owns a school, not a business that runs one.
  const runs = /(?<![民公官国])(办|合办|举办|创办|开办|兴办|开)(了)?(一所|一个|所|个)?[^,;。]{0,4}?(职业院校|职业学校|职校|技校|学校)/.exec(t);
  if (runs) {
    const at = runs.index ?? 0;
    const lead = t.slice(Math.max(0, at - 4), at);
    const clause = ctx.clauses.find((c) => at >= c.start && at < c.end);
    if (!(clause && (QUESTION.test(clause.text) || CONDITION.test(clause.text)))) {
      put(ctx, 'runsVocationalSchool', !/(没有|没|不|未)$/.test(lead), at - (/(没有|没|不|未)$/.exec(lead)?.[0].length ?? 0), at + runs[0].length);
    }
  }
  const comp = /(备战|备赛)[^,;。]{0,10}(竞赛|大赛|比赛)|(搞|组织|开展|办|举办)(了)?[^,;。]{0,8}(竞赛|大赛|比赛)[^,;。]{0,4}(专项)?(培训|集训)|(竞赛|大赛|比赛)[^,;。]{0,4}(专项培训|集训)/.exec(t);
  if (comp && !has(ctx, 'competitionTraining')) {
    const at = comp.index ?? 0;
    const lead = t.slice(Math.max(0, at - 3), at);
    const clause = ctx.clauses.find((c) => at >= c.start && at < c.end);
    if (!(clause && QUESTION.test(clause.text))) put(ctx, 'competitionTraining', !/(没有|没|不|未)$/.test(lead), at, at + comp[0].length);
  }
}
