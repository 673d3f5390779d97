/**
 * The fact reader: every fact a message states, each with the words it was read from, the
 * facts the person said they do not know, the figures given only roughly, and whether the
 * message corrects what was said before. Deterministic; it prefers leaving a fact open (so
 * the dialogue asks) to reading one that was not said.
 */
import { newContext, type ReadFact } from './context.js';
import { APPRENTICES_TOLD, readEmployer } from './employer.js';
import { findGroups, type GroupMention } from './groups.js';
import type { FactPatch } from './patch.js';
import { readPerson } from './person.js';
import { prepareText, typedWords, type PreparedText } from './prepare.js';
import { readUnknown } from './unknown.js';
import { readHedges } from './hedge.js';
import { readTheOthers } from './others.js';

export interface TextReading {
  patch: FactPatch;
  /** Facts read, with the words as typed. */
  evidence: Array<{ path: string; value: unknown; words: string }>;
  unknown: string[];
  /** Facts given only roughly (二十来个, 好几个月): left open, with the words. */
  vague: Array<{ path: string; words: string }>;
  correcting: boolean;
  denied: Array<{ path: string; value: unknown; words: string; some?: number }>;
  /** Shares of a sum said before (有一半是职工教育经费出的): the part the fund paid, once the sum is known. */
  shares?: Array<{ path: string; percent: number; words: string }>;
  prepared: PreparedText;
}

// 俩厨子、三个服务员里有一个是残疾人: the staff counted by their jobs are an employer's.
const EMPLOYER_MARK =
  /(俩|仨|[\d一两三四五六七八九十]+个)(厨子|厨师|服务员|店员|员工|工人|骑手|司机|保洁|保安|营业员|收银员)|岗前[^;。]{0,10}(俺们|我们|咱们|公司)|我们(?!家)[^,;。]{0,5}(公司|企业|单位|厂|合作社|车间|机构|学校|院校|职校|技校|中职|中专|学院|酒店|饭店|宾馆|饭馆|餐厅|超市|工地)|我们(是)?(一家|一个|家|个)?[^,;。不没]{1,6}的(公司|企业|工厂|厂|合作社|培训机构|培训学校)|我司|本公司|本企业|咱(们)?(公司|厂|企业)|我是老板|(改成|变成|注册成|转成)了?(个|一个|家)?(公司|企业)|我们老板|给(员工|职工|工人)|员工(的)?社保|我们(?!家)[^,;。]{0,4}(社保|社会保险|五险)|(招|吸纳|雇|录用|聘用|聘请|招收|招用|收了)(了|用了|收了|进)?[^,;。]{0,6}(个|名|位|人)|社里|俺社|咱社|职工教育经费|教育经费|工资薪金|工资总额|工资[^,;。]{0,3}[\d一二三四五六七八九十百千]+(万|千|亿)|实训设备|(买|购|采购|添置)(了|置|入)?[^,;。]{0,8}设备|大师工作室|培训基地|学徒|项目制|以工代训|扶贫车间|合作社|(^|[,;。])(厂里|厂子里?|公司里?|企业里?|单位里?|车间里?)(?![^,;。]{0,6}(下岗|裁员|分流|倒闭|辞退|开除|不要我|想辞职|想创业|想自己))|(公司|厂|企业|单位)的情况|(公司|工厂|企业|合作社|车间)[^。？?]{0,12}(招了|招收|吸纳|雇了|有社保|交社保|参保)|工作室[^,;。]{0,3}设备|设备[^,;。]{0,6}(买|购)|(企业|公司|厂)[^,;。]{0,4}(搞|开展|办|组织)[^,;。]{0,2}培训[^。？?]{0,12}(补贴|资金)[^,;。]{0,4}[\d一二三四五六七八九十百千万]/;
// 厂里下岗了 / 厂里一个职工想辞职自己干: the works a person left, or a worker's own plan — a
// person's case told by whoever asks, not the employer's.
/** 贫困户两个 残疾的一个: a head count after a group, as an employer lists its hires. */
const HIRE_COUNT = /(贫困户|贫困劳动力|残疾人|残疾的|退役军人|就业困难人员|就业困难的|零就业家庭的?)(有|招了|是)?[\d一两俩仨三四五六七八九十]+(个|名|位)(?![多半]?月|孩子|娃|小孩)/;

/** 钢结构公司 贫困劳动力三批: a business named, then the groups it took on. */
// 快递站收了俩贫困户 / 站点招了2个 / 俩贫困户在俺们快递站干了10个月: a workplace that took people on.
const UNIT_THEN_GROUP = /(公司|工厂|厂|企业|合作社|车间|站点|快递站|外卖站|驿站|分拣中心|物流中心|配送站|门店|站里|车队)[^。？?]{0,8}(贫困劳动力|贫困户|建档立卡|残疾人|残疾的|退伍|退役|就业困难|零就业)|(俩|仨|[\d一两三四五六七八九十]+个)(贫困户|残疾人|就业困难|零就业)[^。？?]{0,4}在(俺们|我们|咱们)?[^。？?,]{0,4}(站|公司|厂|店|车间|合作社)(里)?(干|上班|干活)|(招|收|要|雇)(了)?(俩|仨|个)[^,;。]{0,3}(贫困户|残疾|退伍|退役|零就业|就业困难)|(现在|如今|已经|早就)?(是|改成了?|变成了?|注册成了?)(个|一个|家)?(公司|企业)[^。？?]{0,6}(社保|参保|五险)/;

const CORRECTION = /不对|说错|说岔|讲错|口误|改口|搞混|弄混|搞错|弄错|打错|写错|记错|记成|写成|看成|看错|更正|纠正|改一下|应该是|不是[^,;。]{0,6}[,;。]?(而)?是[^,;。]{0,3}[\d一二两三四五六七八九十]/;

/** Reads a message. `audience` is whom the dialogue is already about. */
export function readText(input: string, audience?: 'person' | 'employer', pendingFact?: string, aboutEquipment?: boolean, equipmentItems?: number, aboutFund?: boolean, aboutProject?: boolean, placesBefore?: string, aboutApprentices?: boolean): TextReading {
  const prepared = prepareText(input);
  const t = prepared.text;
  const selfPerson = /我是|本人|俺是/.test(t) && !/我是老板/.test(t);
  // Told it is a person, only the employer's own words (我们公司) make it an employer.
  // 俺是钢厂去产能分流下来的 想学电焊: a person saying who they are — the works named is where they came from.
  const selfGroup = selfPerson && /(俺|我)是[^,;。]{0,8}(去产能|分流|下岗|退役|退伍|贫困户|建档立卡|残疾|农民工|失业|毕业生|两后生)/.test(t) && !/我们(?!家)[^,;。]{0,4}(公司|企业|单位|厂)|我司|本公司|我是老板|招了|吸纳/.test(t);
  // 火锅店开了2年 我是老板 想参加创业培训: 创业培训 is a person's (三(八)), the owner's own, with no hires named.
  const ownBusinessTraining = /创业(培训|班|课|意识培训)/.test(t) && !/(招|吸纳|雇|录用|收)(了|的|用)|以工代训|(员工|职工|工人)[^,;。]{0,4}(社保|培训)|[\d一二两三四五六七八九十俩仨]+(个|名|位)(贫困|残疾|就业困难|零就业|退役|建档)/.test(t);
  const employer =
    !selfGroup &&
    !ownBusinessTraining &&
    ((!audience && !selfPerson && !/我家|家里|俺家/.test(t) && (HIRE_COUNT.test(t) || UNIT_THEN_GROUP.test(t))) ||
    // 站里招了3个贫困户骑手: hiring people is an employer's word, whoever the dialogue took the asker for.
    (audience === 'person' ? /我们(?!家)[^,;。]{0,4}(公司|企业|单位|厂|合作社|车间|机构|学校|院校)|我司|本公司|我是老板|(招|吸纳|雇|录用|收)了[^,;。]{0,3}([\d两三四五六七八九十]+|一)(个|名|位)|(招|吸纳|雇|录用|收)了(俩|仨)/.test(t) || (!selfPerson && (HIRE_COUNT.test(t) || UNIT_THEN_GROUP.test(t))) : EMPLOYER_MARK.test(t)) ||
    (audience === 'employer' && !selfPerson) ||
    // 带了五个 每人跟师傅学一年, after the apprenticeship rule was looked up: the unit's apprentices.
    (aboutApprentices === true && !selfPerson && APPRENTICES_TOLD.test(t)));
  const ctx = newContext(prepared, employer, pendingFact);
  if (aboutEquipment) ctx.aboutEquipment = true;
  if (aboutFund) ctx.aboutFund = true;
  if (aboutProject) ctx.aboutProject = true;
  if (aboutApprentices) ctx.aboutApprentices = true;
  if (equipmentItems) ctx.equipmentItems = equipmentItems;
  if (placesBefore) ctx.placesBefore = placesBefore;
  const groups = findGroups(t, ctx.clauses);
  let rows: GroupMention[] = [];
  if (employer) {
    ctx.patch.audience = 'employer';
    rows = readEmployer(ctx, groups);
    readTheOthers(ctx);
  } else {
    readPerson(ctx, groups);
    if (Object.keys(ctx.patch.person).length > 0) ctx.patch.audience = 'person';
  }
  readUnknown(ctx, rows);
  readHedges(ctx);
  // 来了还不到半年 才五个月: the rough words gave way to an exact figure for the same fact.
  ctx.vague = ctx.vague.filter((v) => !ctx.facts.some((f) => f.path === v.path));
  return {
    patch: ctx.patch,
    evidence: ctx.facts.map((f: ReadFact) => ({ path: f.path, value: f.value, words: typedWords(prepared, f.start, f.end) })),
    unknown: ctx.unknown,
    vague: ctx.vague.map((f) => ({ path: f.path, words: typedWords(prepared, f.start, f.end) })),
    correcting: CORRECTION.test(t),
    denied: ctx.denied.map((f) => ({ path: f.path, value: f.value, words: typedWords(prepared, f.start, f.end), ...(f.some !== undefined ? { some: f.some } : {}) })),
    ...(ctx.shares?.length ? { shares: ctx.shares.map((f) => ({ path: f.path, percent: f.percent, words: typedWords(prepared, f.start, f.end) })) } : {}),
    prepared,
  };
}

