/**
 * Stage 1 — understand: what a message asks, in the context of the session, with no database
 * and no search. The result is a typed intent, the facts read with the words they were read
 * from (the fact reader's evidence), the reply to last turn's question if it is one (a value,
 * or "不知道" leaving the fact open), and what shapes the answer: the subject the plan does not
 * settle, the date asked about, the parts of a two-part question, a request for whom to ask.
 */
import { anotherSiteAlike } from '../understand/another-site.js';
import { alikeLot } from '../understand/alike-lot.js';
import { alsoOfAnotherGroup } from '../understand/also-of-held.js';
import { householdRows } from '../household.js';
import { unplacedMonths } from '../understand/unplaced-months.js';
import { DOCUMENT_QUESTION } from '../compose-extractive.js';
import type { RuleMeta } from '../../rules/engine.js';
import type { Hire } from '../../rules/schema.js';
import type { NamesProgramme, QuotesPlan, SharesPlanWords } from '../plan-words.js';
import { dropQuotedFacts, quotesThePlan } from '../understand/quoted-plan.js';
import { namesItsOwnSubject } from '../validity-words.js';
import { normalizeText } from '../../text/normalize.js';
import { patchHasFacts } from '../facts-from-text.js';
import { asksWhatEmployerGets } from '../employer-side.js';
import { hireName, readExtraReply } from '../fact-words.js';
import { maskPersonalNumbers } from '../mask.js';
import { questionParts } from '../parts.js';
import { POLICY } from '../../rules/policy.js';
import { ANSWERS, RULES } from '../../rules/registry.js';
import { asksFutureClaim, asksStillValid, datedAsOf } from '../period.js';
import { readReply } from '../reply-to-question.js';
import { asksOutside, LEAVES_SUBJECT, routeQuestion, type OutOfScopeReason } from '../router.js';
import { OWNER } from '../understand/facts/kin.js';
import { unitSaysItPays } from '../understand/facts/employer.js';
import { asksUnderCondition } from '../understand/facts/scope.js';
import { namesAskedSubject } from '../understand/asked-fact.js';
import { monthsByBatch, ontoCountedRow, ontoNamedBatch } from '../understand/months-by-batch.js';
import { frontlineSpent, shareOfFund } from '../understand/frontline-spend.js';
import { fixTypos } from '../understand/facts/typos.js';
import { CONTACT_QUESTION, trainingSubsidyNamed, inPlanField, openInField, subjectsOfParts, supportSumAsked, TIMES_USED, unsettledSubject, type UnsettledSubject } from '../scope.js';
import { withParkedCase, type PendingWhich, type SessionState } from '../session-state.js';
import type { TopicId } from '../topics.js';
import { findGroups } from '../understand/facts/groups.js';
import { readCaseCorrection, readPersonCorrection, type CaseCorrection } from '../understand/case-correction.js';
import { countOfOpenRow, countOnceUnknown, monthsOfUnknownRow } from '../understand/open-count.js';
import { siteKindCorrected } from '../understand/site-correction.js';
import { countForOpenRow, exactForRough } from '../understand/exact-figure.js';
import { readLaterLot, readLotInMessage, readPartsOfRow } from '../understand/later-lot.js';
import { NUM, numberValue } from '../understand/facts/quantities.js';
import { LOT_NAMED, readMoneyCorrection, readWhichReply } from '../understand/money-correction.js';
import { setPatchAt } from '../understand/facts/set-path.js';
import { readFacts, type FactReading } from '../understand/read-facts.js';

/** What a message is, for the rest of the pipeline. */
export type Intent =
  /** A question about the plan's text, on a subject of its own. */
  | 'lookup'
  /** A lookup on a new subject while the session had another: old facts must not steer it. */
  | 'new_topic'
  /** A question about the asker's own case: run the rules. */
  | 'eligibility'
  /** The reply to the question the dialogue asked last turn. */
  | 'answer'
  /** A question leaning on the last turn (那最多几个月呢). */
  | 'followup'
  | 'reset'
  /** In the plan's field, but its text does not settle it (生活费补贴 amount, when money arrives…). */
  | 'not_settled'
  /** Whether the plan (or one of its subsidies) still holds today: 现在还能申请吗, 过期了没. */
  | 'validity'
  /** A unit named before (第一家) while the case holds another one. */
  | 'other_unit'
  /** A figure changing the case that could be several facts (那栏写的是6): ask which. */
  | 'which'
  | 'out_of_scope';

/** The reply to last turn's question. */
export interface PendingReply {
  path: string;
  /** The value to store; absent when the person does not know. */
  value?: unknown;
  /** 不知道 / 不清楚: the fact stays open and is not asked again right away. */
  unknown?: boolean;
  /** Said of every group (都没领过): set on each hire row, not only the one asked about. */
  everyGroup?: boolean;
}

export interface Understanding {
  intent: Intent;
  /** The message normalised (simplified characters, half-width digits). */
  text: string;
  /** The message with personal numbers masked: all that is stored or sent to a model. */
  masked: string;
  topics: TopicId[];
  reading: FactReading;
  pending?: PendingReply;
  /** Why a message is declined. */
  reason?: OutOfScopeReason;
  /** It quotes the plan's own words (标语写着 …): never another policy's question. */
  quotesPlan?: true;
  /** The subject the plan does not settle (intent not_settled). */
  unsettled?: UnsettledSubject;
  /** Other subjects the plan leaves open, asked in other parts of the same message (1) 标准是多少 2) 多久发下来). */
  unsettledAlso?: UnsettledSubject[];
  /** The date the question is about, when it names a year. */
  asOf?: string;
  /** The questions it asks (two-part questions have two). */
  parts: string[];
  /** It asks whom to turn to (找谁办、哪个部门管、电话). */
  contact: boolean;
  /** It asks whether the plan still holds (the answer states its end, even when told before). */
  stillValid: boolean;
  /** The unit the message is about, when the asker names units in turn (第一家, 第二家, 另一家). */
  unitLabel?: string;
  /** A what-if about the case under way (要是考高级电工呢, 那个零就业的要是干满六个月呢). */
  hypothetical?: boolean;
  /** The amount just given is doubted (你刚才说的那个数对吗, 我算的是3600): the case is answered again, with its computation. */
  recheck?: boolean;
  /**
   * The topic a message leaning on the last turn is about (补贴多少钱 after a dialogue on
   * 职业培训补贴): the session's first topic, for a follow-up or a validity question without one.
   */
  carriedTopic?: TopicId;
  /** The message is about a relative's or friend's own case, not the employer's dialogue: start anew. */
  newPerson?: boolean;
  /** The person's case is a relative's (俺闺女学的育婴员…): what is said of them later is the case's. */
  kinCase?: boolean;
  /** Whose case it is, when a relative's (表弟, 闺女): the facts are said back as theirs (您表弟是残疾人). */
  kin?: string;
  /** The message goes back to the unit's case set aside for a person's question (回到刚才 那3个人…). */
  resumeParked?: boolean;
  /** For intent `which`: the figure as typed and the facts it could be, in plain words. */
  which?: { figure: string; options: string[]; examples: string[]; relative?: boolean; pending?: PendingWhich };
  /**
   * Facts (request paths of this message's own reading) a second reader read otherwise: left
   * open and asked rather than guessed. Set by the cross-check with a model configured.
   */
  doubt?: string[];
}

export interface UnderstandContext {
  /** The rule behind a topic (whether the plan fixes its amount). */
  rule: (id: TopicId) => RuleMeta | undefined;
  /** Whether a text shares words with the plan's own text (the router's check for other matters). */
  sharesPlanWords?: SharesPlanWords;
  /** Whether a text copies a run of the plan's own words. */
  quotesPlan?: QuotesPlan;
  /** Whether the text names a programme the plan names in quotation marks (its clause answers). */
  namesProgramme?: NamesProgramme;
}

/** When the document was issued, or from when to when it ran, asked of the document itself. */
const DOCUMENT_DATES = /(方案|文件|这个文|这文|\d+号(文)?|政策|计划)[^,，。?？]{0,12}((啥|什么)时候(发|印发|出台|发布|开始|结束|起|截止)|几月几号|(印发|成文|发布)(日期|时间)|实施期|施行期|执行期|哪年到哪年|从哪(天|年|月)(算起|开始|起)|管到哪(天|年|月)|到哪(天|年)为止|哪天(开始|结束|到期|截止))/;

/** The topics whose rules an employer applies for. */
const UNIT_TOPICS = new Set<string>(RULES.filter((r) => r.audience === 'employer').map((r) => r.id));
/**
 * The asker's unit setting out to apply (厂里想申请, 咱合作社准备报). Whether it may (扶贫车间能申请吗)
 * or how one applies (怎么申请) is the rule's own answer, not the start of a case.
 */
const UNIT_APPLIES = /(厂里|厂子|公司|单位|企业|我们|俺们|咱们|咱|我司|车间|合作社|店里)[^,，。？?]{0,8}(想|要|准备|打算)(去)?(申请|申报|报|领|弄|办|拿)/;

/** The asker's unit planning a purchase or a hire (老板说要给基地买设备, 我们准备招几个贫困户): with 能补多少, its own amount asked. */
const UNIT_PLANS = /(老板|厂里|厂子|公司|单位|企业|我们|俺们|咱们|我司|合作社)[^,，。？?]{0,6}(要|想|准备|打算|计划)/;

/** A subsidy or training of a person's own (not the unit's): 创业培训, 职业培训补贴, free training. */
const PERSON_SUBJECT = /创业培训|职业培训补贴|(?<!项目制|企业)培训补贴|免费(的)?(职业)?(技能)?培训|生活费补贴/;
/** A certificate or a skill level taken (考了电工四级, 拿证): with 补, a question about the training subsidy. */
// 考了个中级电工 证拿到了: the level before the trade, the certificate before its verb.
const CERTIFICATE_NAMED = /证书|考证|拿证|证(也)?(拿|考|领|下)(到|下|了|来)|[一二三四五]级|(初级|中级|高级)(工|[\u4e00-\u9fff]{1,4}?(工|师|员))/;
/** What only a unit applies for: a question naming it is the unit's. */
const UNIT_SUBJECT = /以工代训|岗前|设备|经费|学徒|项目制|先行拨付|基地|工作室|招了|吸纳|录用/;
/** Someone other than the asker, spoken of in the third person (学员, 一个朋友, 她). */
const THIRD_PERSON = /学员|学生|朋友|小伙|姑娘|员工|工人|这人|一个人|阿姨|大姐|大哥|师傅|伙计|手下|手底下|[他她](?!们)/;
/** Someone's own wish to train or to set up on their own (想学育婴师, 想自己出来单干), asked what there is for it. */
const OWN_WISH_ASKED = /想(去|要)?(学|考|报|参加)[^,，。？?]{0,10}(有没有|有啥|有什么|能不能|能上|能学|能报|给不给|补不补|培训吗|补贴吗)|想(去|要)?(学|考|报|参加)[^。？?]{0,18}(能免费|免费(培训)?(不|吗|么)|培训(不|吗|么)|补贴(不|吗|么|没)|有补贴)|想自己(出来)?(单干|创业|开|干)[^。？?]{0,16}(培训|能上|有啥|有什么|有没有)/;
/** The asker's own unit named as where things happen (我们学校, 我们这儿): no fact of the person's. */
const ASKERS_UNIT = /(我们|俺们|咱们|我司)(民办)?(培训学校|技工学校|学校|[\u4e00-\u9fff]{0,2}公司|厂|单位|机构|这儿|这里|这边|这)/g;

/** Declines that stand even mid-dialogue (an attempt at the instructions, another city or policy). */
const RESET_OR_DECLINED: ReadonlySet<string> = new Set(['injection', 'fraud', 'other_city', 'other_policy']);

/** "I don't know" in the ways people say it. */
const DONT_KNOW = /^(我)?(也)?(不知道|不清楚|不确定|不记得|记不清|说不好|说不清|不太清楚|不太确定|没注意|忘了)(了|啊|呢|哦|诶|耶)?[。.!！~～]*$|^(这个|这)(我)?(不知道|不清楚|不确定)/;

/** The same fact, whichever row names it (hires[1].x, hires[].x and hires[0].x are one field). */
function sameField(a: string, b: string): boolean {
  return a.replace(/\[\d*\]/g, '[]') === b.replace(/\[\d*\]/g, '[]');
}

/**
 * The message states facts of its own beyond the one asked (贫困户3个，残疾人2个 to a question
 * about months; 贫困户干了8个月 to one about another group's 以工代训): the reader's binding of
 * each figure to its group and fact wins over taking the first figure as the answer.
 */
function statesOtherFacts(reading: FactReading, path: string): boolean {
  return reading.evidence.some((e) => e.path !== 'entity' && !sameField(e.path, path));
}

/** 都没领过 / 全都没有: a reply that holds for each group, not only the one the question named. */
const SAID_OF_ALL = /都|全部|全没|均|一律/;

function readPending(message: string, path: string, reading: FactReading, sessionGroup?: string): PendingReply | undefined {
  const t = message.trim();
  // 提了多少 会计没跟我说, to the question about the unit: the fact not known is the one named.
  if (reading.unknown.length > 0 && !reading.unknown.includes(path)) return undefined;
  if (DONT_KNOW.test(t.replace(/\s+/g, ''))) return { path, unknown: true };
  if (statesOtherFacts(reading, path)) return pendingFromReading(reading, path, sessionGroup);
  // 在岗都8个月了 以工代训按6个月报的, asked how long they have worked: the reader bound the 8 to
  // the fact asked; the reply's own scan could take the other figure.
  const reply = readReply(message, path) as ({ value: unknown } | { unknown: true } | undefined);
  if (reply && 'unknown' in reply) return { path, unknown: true };
  if (reading.evidence.some((e) => sameField(e.path, path))) {
    const own = pendingFromReading(reading, path, sessionGroup, message);
    if (own) return own;
  }
  // 都没领过 / 全都没有: the answer holds for each group, not only the one the question named.
  if (reply) return { path, value: reply.value, ...(SAID_OF_ALL.test(t.replace(/\s+/g, '')) ? { everyGroup: true } : {}) };
  const extra = readExtraReply(message, path);
  return extra ? { path, value: extra.value } : undefined;
}

/**
 * The pending question answered inside a sentence (岗前培训补贴都没领过, 残疾人那个干了4个月,
 * 这个不太清楚): the reader found the asked fact — at its exact path, said of every group, or
 * said not to be known.
 */
function pendingFromReading(reading: FactReading, path: string, sessionGroup?: string, message?: string): PendingReply | undefined {
  if (reading.unknown.includes(path)) return { path, unknown: true };
  const at = reading.patch.at?.[path];
  // 岗前的 都木: the short reply said of all (都), as a whole-message reply is.
  const ofAll = message !== undefined && /^hires\[/.test(path) && SAID_OF_ALL.test(message.replace(/\s+/g, ''));
  if (at !== undefined) return { path, value: at, ...(ofAll ? { everyGroup: true } : {}) };
  const whole = /^hires\[\d+\]\.(\w+)$/.exec(path);
  const said = whole ? (reading.patch.hireDefaults as Record<string, unknown>)[whole[1]!] : undefined;
  if (said !== undefined) return { path, value: said, everyGroup: true };
  const own = reading.evidence.find((e) => e.path === path);
  // 零就业那俩 岗前补贴领过了, asked about the disabled hires: the message's first row is another
  // group than the case's first row — its fact is not the answer.
  const row = /^hires\[(\d+)\]\./.exec(path);
  const named = row ? reading.patch.hires[Number(row[1])]?.group : undefined;
  if (own && named !== undefined && sessionGroup !== undefined && named !== sessionGroup) return undefined;
  return own ? { path, value: own.value } : undefined;
}

/** Kin and acquaintances whose own case someone may ask about. */
// Parents as the countryside names them (俺娘, 俺爹, 老娘) and in-laws are relatives too.
const SOMEONE_ELSE = /表弟|表哥|表姐|表妹|堂弟|堂哥|堂姐|堂妹|弟弟|哥哥|姐姐|妹妹|儿子|女儿|闺女|侄子|侄女|侄儿|外甥|外孙|孙儿|亲戚|朋友|老乡|邻居|同学|老公|媳妇|老婆|爱人|我爸|我妈|孩子|[俺我咱]娘|[俺我咱]爹|[俺咱]爸|[俺咱]妈|老娘|老爹|父亲|母亲|老伴|婆婆|公公|丈母娘|岳父|岳母|舅舅|姑姑|叔叔|嫂子|弟媳|孙子|孙女|[俺我咱](哥|弟|姐|妹)/;
/** Words that make the one named a hire of the employer (招了我表弟, 我表弟在我们厂干了半年). */
const HIRED = /招|吸纳|录用|雇|聘|进厂|入职|上班|干活|在我们|来我们|我们(厂|公司|单位|车间|合作社)|厂里|公司里|以工代训|社保/;

/** A relative with the words that say whose (我弟弟, 俺家的表哥): replaced as one by 我. */
const RELATIVE_NAMED = new RegExp(`(我|俺|咱)?(家)?(的)?(${SOMEONE_ELSE.source})`, 'g');

/** The amount just given is doubted, or the asker's own sum set against it (你确定？同行说按8个月算的). */
const DOUBTS_AMOUNT = /(刚才|你说|你算)的?(那个)?(数|钱|金额|结果)?(对吗|对不对|没错吧|准吗|准不准|不对吧)|算错了?(吧|吗|没)|(我|俺)(算的是|算着是|算出来是|算的|算着|寻思)|不是(最高|最多)[^，,。？?]{0,6}(吗|么|嘛)|(咋|怎么)(才|就)(这点|这么点|这么少|这些)|(咋|怎么)这么少|不该(按|是)|你确定|确定(吗|么|嘛|不|没错)|没(搞|弄|算)错吧|(同行|朋友|别人|人家|同事|隔壁|老乡|会计)[^，,。？?]{0,4}(说|讲)[^。？?]{0,12}(按|能|补|给|拿|是)[^。？?]{0,8}(个月|万|元|块|w)/;

/** The case's sum asked for again: 到底是多少, 给句准话, 再对一遍, 就是三千块是吧, 一共还是那些不. */
const RECAP = /(最后|到底|一共|总共|合计|加起来|总的)[^。？?]{0,6}(多少|几|数|钱|那些)|(给|说|报)(个|句|一个)?(准话|准数|总数|实数|确数)|(再)?(跟我)?(对|核|确认|报|说)(一遍|一下|下)|那个数|就是[^，,。？?]{0,8}(是吧|对吧|对不对|没错吧)$|还是(那些|那么多|这么多|那个数)/;

/** 第一家 / 第2家 / 另一家 / 下一家: which of several units a message is about. */
const UNIT_LABEL = /第\s*([一二三四五六七八九十\d])\s*(家|个客户|个单位|个公司|个厂)|(另一家|另外一家|另外那家|下一家|再一家)/;
const CN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 我朋友开家政公司的 / 俺表哥的厂: a unit known by whose it is. */
const OWNED_UNIT = new RegExp(`(?:我|俺)?(?:的)?(${OWNER})(?:开(?:了|的)?(?:个|一个|家|一家)?|家(?:的)?|的)[^，,。\\s]{0,6}?(?:公司|厂|店|合作社|车间|作坊|饭馆|超市)`);

function unitLabelOf(text: string): string | undefined {
  const m = UNIT_LABEL.exec(text);
  if (!m) {
    const owned = OWNED_UNIT.exec(text);
    return owned ? `${owned[1]}的单位` : undefined;
  }
  // 退役军人是另一家的: whose people they are, not a unit told next.
  // (合作社是俺村里另一家 俺们是有限公司: the kind said was another unit's — this one's kind corrected, no unit told next.)
  if (m[3]) return /是(另一家|另外一家|另外那家)的|是[^，,。\s]{0,6}(另一家|另外一家)[，,。\s]*(俺们|我们|咱们|咱)(是|才是|就是)/.test(text) ? undefined : 'another';
  const n = /\d/.test(m[1]!) ? CN_DIGITS[Number(m[1])] ?? m[1]! : m[1]!;
  return `第${n}家`;
}

/** The message's rows are all of one group the case holds as one row, and their counts make up its count. */
function partsOfOneRow(rows: readonly Hire[], applicant: SessionState['applicant']): boolean {
  if (rows.length < 2 || applicant?.type !== 'employer') return false;
  const group = rows[0]!.group;
  if (!group || rows.some((h) => h.group !== group || typeof h.count !== 'number')) return false;
  const held = (applicant.hires ?? []).filter((h) => h.group === group);
  return held.length === 1 && held[0]!.count === rows.reduce((n, h) => n + h.count!, 0);
}

/** 再加3个 / 又招了2个 / 多招俩: people supposed on top of those the case holds, not instead of them. */
const ADDED_PEOPLE = /(再|又|多|另外再)(加|招|收|要|雇|来|添)(了)?([\d一二两三四五六七八九十俩仨]+)(个|名|位|人)?/;

/**
 * 如果再加3个就业困难的呢: the supposed hires are more of a group the case holds — its count is the
 * case's plus the added ones (read alone, 3 would replace the 5 already told).
 */
function addedToTheCase(supposed: FactReading, text: string, session: SessionState): FactReading {
  const m = ADDED_PEOPLE.exec(text.replace(/\s+/g, ''));
  const hires = session.applicant?.type === 'employer' ? session.applicant.hires ?? [] : [];
  if (!m || supposed.patch.hires.length !== 1 || hires.length === 0) return supposed;
  const added = supposed.patch.hires[0]!;
  const same = hires.filter((h) => h.group === added.group || (added.group === undefined && hires.length === 1));
  if (same.length !== 1 || typeof added.count !== 'number' || typeof same[0]!.count !== 'number') return supposed;
  const count = same[0]!.count + added.count;
  const hire = { ...added, group: same[0]!.group, count };
  return { ...supposed, patch: { ...supposed.patch, hires: [hire] }, evidence: supposed.evidence.map((e) => (e.path === 'hires[0].count' ? { ...e, value: count } : e)) };
}

/** 第三批那俩等干够半年…: the supposition is of the batch named, not of every row. */
function batchSupposed(supposed: FactReading, text: string, session: SessionState): FactReading {
  ontoNamedBatch(supposed, text, session.applicant);
  return supposed;
}

/** A sum the asker reckoned, put to be checked: 是不是就是三万六 / 按一人一月200算…对不对 / 算下来是5000. */
const PROPOSES_SUM = /(是不是|是否|那)?就是[\d零〇一二两三四五六七八九十百千万.]+(万|千|块|元)?|按[^，,。？?]{0,12}算[^。？?]{0,16}(是不是|对不对|对吧|是吧|多少)|算下来(是|就是|有)?[\d零〇一二两三四五六七八九十百千万]/;

/** The case holds this value at this path already (hires[] paths: in every row that has the field). */
function heldAlready(applicant: NonNullable<SessionState['applicant']>, path: string, value: unknown): boolean {
  const m = /^hires\[(\d*)\]\.(\w+)$/.exec(path);
  if (m && applicant.type === 'employer') {
    const rows = m[1] === '' ? applicant.hires ?? [] : [applicant.hires?.[Number(m[1])]].filter((h): h is NonNullable<typeof h> => h !== undefined);
    return rows.length > 0 && rows.every((h) => (h as Record<string, unknown>)[m[2]!] === value);
  }
  return JSON.stringify((applicant as Record<string, unknown>)[path]) === JSON.stringify(value);
}

/** 就是五个月, with no word of which months: true when the case holds that many months somewhere. */
function monthsHeld(text: string, applicant: NonNullable<SessionState['applicant']>): boolean {
  const m = /([\d一二两三四五六七八九十]+)\s*个?月/.exec(text);
  const n = m ? numberValue(m[1]!) : undefined;
  if (n === undefined || applicant.type !== 'employer') return false;
  return (applicant.hires ?? []).some((h) => h.monthsEmployed === n || h.onJobTrainingMonths === n);
}

/** 这批设备 / 算在…名下 / 换成…: the purchase held, put under another kind of site. */
const SAME_ITEM = /这批|这些设备|这套|同一批|这笔|算在|算成|挂在|记在|放在|换成|改成|归到/;

/**
 * 那要是这批设备算在高技能人才培训基地名下呢, of the one purchase held: the same purchase under the
 * other kind of site (its own cap), not a second purchase beside it.
 */
function sameItemElsewhere(supposed: FactReading, text: string, session: SessionState): FactReading {
  const held = session.applicant?.type === 'employer' ? session.applicant.equipment ?? [] : [];
  const items = supposed.patch.employer.equipment ?? [];
  const kind = items[0]?.kind;
  if (held.length !== 1 || items.length !== 1 || !kind || kind === held[0]!.kind || !SAME_ITEM.test(text)) return supposed;
  const { equipment: _items, ...employer } = supposed.patch.employer;
  return { ...supposed, patch: { ...supposed.patch, employer, at: { ...supposed.patch.at, 'equipment[0].kind': kind, ...(items[0]!.valueYuan !== undefined ? { 'equipment[0].valueYuan': items[0]!.valueYuan } : {}) } } };
}

/** A supposition (要是…呢, 如果…的话, 假如…): asked of the case, not told as a fact of it. */
// (那再加俩残疾人呢 / 再添仨贫困户呢: more people supposed, asked as 呢 — a what-if as much; so is a
// time to come: 那俩等干满六个月…, 以工代训到时候也满六个月.)
const WHAT_IF = /^(那|那么|那个[^,，。]{0,8})?(他|她|它|俺|我|咱|我们|俺们|咱们|这人|那人|这个人|那个人|第[一二三四五六1-6](批|拨|波)(那|这)?(俩|仨|几个|些|个)?)?(要是|如果|假如|假设|万一|若是|换成|换作)|的话(呢|吗|么|能|可以|会|中不中|行不行)?[？?]*$|^(那|那么)?(再|又|另外再|另外|多)(加|添|招|收|雇|加上|招上|来)[^,，。？?]{0,12}呢|^(那|那么)?[^,，。\s]{0,6}?等(到)?[^,，。\s]{0,10}(满|够|到了|过了)|到时候|届时/;
/** The words that make it a supposition, taken out to read what is supposed. */
const WHAT_IF_WORDS = /要是|如果|假如|假设|万一|若是|的话/g;

// 也在户籍地学的家政: a training already taken is theirs as much as one wished for.
const OWN_TRAINING = /想(去)?(学|参加|考|报|上)|要(去)?学|去学|学个|学门|学点|培训|考证|补贴|学的|学了|考的|考了|报了/;

/** The message speaks of a relative's own case (我表弟刚退伍 想学手艺), not of a hire. */
function aboutSomeoneElse(text: string, reading: FactReading): boolean {
  if (!SOMEONE_ELSE.test(text) || HIRED.test(text)) return false;
  // 俺媳妇想学个育婴师 她能有补贴不: the relative's own training, not a fact of the employer's case.
  if (OWN_TRAINING.test(text.slice(SOMEONE_ELSE.exec(text)!.index))) return true;
  // 我老婆是残疾人: the reader takes no fact of someone else as the asker's; the group named says whose case it is.
  if (reading.patch.audience === 'person' || (reading.evidence.length === 0 && findGroups(text, []).some((g) => !g.denied && !g.asked))) return true;
  return reading.patch.hires.some((h) => h.group) && reading.evidence.every((e) => /^hires\[\d+\]\.group$|^entity$/.test(e.path));
}

/** Asking for a sum or its standard (多少, 啥标准). */
// 一千还是两千 / 别人说一人补两千 是真的不 / 按人头给还是按年给: a sum offered to be confirmed, or the basis it is counted on.
const ASKS_SUM = /多少|几多|啥标准|什么标准|[\d一二两三四五六七八九十百千万]+(块|元|万|千)?还是[\d一二两三四五六七八九十百千万]+|(补|给|发|奖|拿)[^，,。？?\s]{0,3}[\d一二两三四五六七八九十百千]+(块|元|万|千)[^。？?]{0,6}(是真的|真的|对不对|对吗|是不是|吗|不|没)|按(人头|人|年|月|次|天)[^。？?]{0,4}还是(按)?(人头|人|年|月|次|天)/;

/** Words that give a message a subject of its own (设备, 学徒, 以工代训 …), so it leans on nothing before. */
const OWN_SUBJECT_WORDS = /设备|学徒|以工代训|教育经费|项目制|工作室|基地|创业|竞赛|教材|学校/;

/** Asking why something of the case does not count (为啥不算, 怎么没有, 为什么不行). */
const WHY_NOT = /(为啥|为什么|为何|咋|怎么)[^,;。?？]{0,4}(不算|不行|没有|没份|不给|不符合|不能|算不上|不够|不包括|不计|排除|被排除|不在)/;

/** 换个事 / 另外问一下 / 再问个: the person says a new subject begins. */
// 不说我了 说店里 / 再说说公司: the talk turns from the person to the unit (or back).
const SWITCH = /^(不说我了|不说我自己了|先不说我)|^(说说|再说说|说|再说|回到)(店里|公司|厂里|单位|我们公司|我们店|合作社)|^(换个|换一个)(事|事儿|问题|话题)|^(另一个|另外一个|还有一个|还有个)(事|事儿|问题)|^(另外|再|顺便|还想)(问|咨询)(个|一个|一下|下)?(事|事儿|问题)?|^(我)?还想(再)?问(问|一下|下)/;
/** Words of an employer's case: who hired, the unit, its insurance. */
const EMPLOYER_WORDS = /公司|厂|单位|企业|合作社|车间|机构|招了|招的|吸纳|雇|员工|职工|社保|以工代训|设备|经费|项目制/;

/** 换个事 俺在技师学院上学 家里是建档立卡户: the asker's own case, after an employer's dialogue. */
function ownCaseAfterSwitch(text: string): boolean {
  // 那个 我还想问问 我自己是退伍的: the announcement after a filler.
  const opened = text.replace(/^(那个|嗯|哦|噢)[,，\s]*/, '');
  // 对了 我自己当过兵 想去学个厨师: the asker's own training, said as theirs (我自己), needs no announcement.
  const ownTraining = /(我|俺)(自己|本人)/.test(text) && OWN_TRAINING.test(text) && !HIRED.test(text);
  return ((SWITCH.test(text) || SWITCH.test(opened)) && /我|俺|本人|咱家|我家|俺家/.test(text) && !EMPLOYER_WORDS.test(text)) || ownTraining;
}

/** Facts of an employer's case that settle an amount or a condition. */
const CASE_FACT = /^(insured|hires\[\d*\]\.(count|monthsEmployed|onJobTrainingMonths|preJobTrainingSubsidy)|equipment\[\d+\]\.(valueYuan|accepted|fromEducationFund)|payrollYuan|educationFundYuan|frontlineShareOfFund|apprentices)$/;
/** A person's own facts that settle a rule (the yearly limit, a certificate, a pension, a business). */
const PERSON_CASE_FACT = /^(subsidizedTrainingsThisYear|certificate|trainingPlace|monthlyPension|wantsToStartBusiness|businessYears|previousSubsidies.*|institutionInSystem)$/;
const ASKS = /吗|么|呢|[?？]|多少|几|怎么|怎样|如何|能不能|可不可以|是否|什么|啥|哪/;

/** The asker speaks of themselves or their own unit. */
const FIRST_PERSON = /我|俺|本人|咱|本公司|我司|本单位|本企业|本校|我校/;

/**
 * 职业院校招了建档立卡家庭的学生 学校有补助吗: the subject named is a rule that reads none of the
 * facts found (a family's group, said of the school's students), and nobody speaks of themselves —
 * the subject's clause answers, not a case built of someone else's facts.
 */
function factsBesideTheSubject(topics: readonly TopicId[], reading: FactReading, text: string): boolean {
  if (topics.length === 0 || FIRST_PERSON.test(text)) return false;
  const field = (p: string) => p.replace(/\[\d*\]/g, '[]');
  const reads = new Set(RULES.filter((r) => topics.includes(r.id as TopicId)).flatMap((r) => r.reads.map(field)));
  const found = reading.evidence.map((e) => field(e.path)).filter((p) => p !== 'entity');
  return reads.size > 0 && found.length > 0 && found.every((p) => !reads.has(p));
}

/** Two or more facts of a case, said as statements with no question: the case to run. */
function statesCase(text: string, reading: FactReading): boolean {
  return reading.patch.audience === 'employer' && !ASKS.test(text) && reading.evidence.filter((e) => CASE_FACT.test(e.path)).length >= 2;
}

/** A case of one's own: two facts an amount turns on, or a person's own fact (今年领过三回, 想开个店). */
function tellsCase(reading: FactReading): boolean {
  // 扶贫车间 吸纳贫困户仨人: the unit, whom it hired and how many is a case, whatever is asked of it.
  const unitHired = reading.evidence.some((e) => e.path === 'entity') && reading.evidence.some((e) => /^hires\[\d*\]\.count$/.test(e.path)) && reading.evidence.some((e) => /^hires\[\d*\]\.group$/.test(e.path));
  return reading.evidence.filter((e) => CASE_FACT.test(e.path)).length >= 2 || reading.evidence.some((e) => PERSON_CASE_FACT.test(e.path)) || unitHired;
}

/** 不对/其实/说错了 … 我们是X: the kind of unit of an employer's case under way, said anew. */
function correctsEntity(text: string, reading: FactReading, session: SessionState): boolean {
  return (
    session.applicant?.type === 'employer' &&
    reading.evidence.some((e) => e.path === 'entity') &&
    /不对|不是|说错|搞错|弄错|写错|打错|其实|更正|纠正/.test(text) &&
    !ASKS.test(text.replace(/不是/g, ''))
  );
}

/** Topics whose rule reads equipment items: in their dialogue a bare figure is an item's value. */
const EQUIPMENT_TOPICS = new Set<string>(RULES.filter((r) => r.reads.some((p) => p.startsWith('equipment[]'))).map((r) => r.id));
/** Topics of rules that read the education fund drawn: in their dialogue, 提了20万 is that fund. */
const FUND_TOPICS = new Set<string>(RULES.filter((r) => r.reads.includes('educationFundYuan')).map((r) => r.id));
/** Topics of rules that read the project's training subsidy: in their dialogue, 补贴总额26万 is that sum. */
const PROJECT_TOPICS = new Set<string>(RULES.filter((r) => r.reads.includes('trainingSubsidyYuan')).map((r) => r.id));
const APPRENTICE_TOPICS = new Set<string>(RULES.filter((r) => r.reads.includes('apprentices')).map((r) => r.id));
/** A hotline agent typing what the caller says (他说…, 来电人说…, 群众咨询…他…). */
const RELAY = /^\s*(来电人|来电的|打电话的|对方|客户|群众|老乡|他|她)(说|问|讲|反映|咨询)[,，:：\s]*/;
// 查到了 她家是建档立卡贫困户: after a word that the answer was looked up, the pronoun still opens the statement.
/** A child of the asker named (儿子, 闺女, 孩子 …): their school is theirs, not the asker's. */
const CHILD_NAMED = /儿子|女儿|闺女|孩子|娃|小孩|孙子|孙女|外孙/;

const CASE_PRONOUN = /^(\s*(?:(?:查到了|查了|问了|问过了|刚问了|确认了|核实了|知道了|好的|嗯)[^，,。\s]{0,4}[，,\s]+)?)(他|她)(家)?(?=(也|就|本身|确实|其实|应该)?(是|属于|算|当过|有|没|不是))/;

/**
 * A bare "五个" (no 月) to a question about a row's months, while that row's head count is still
 * open: it may be the people as well as the months. The person is asked which, and a reply
 * naming one places it.
 */
function headsOrMonths(text: string, pendingFact: string, session: SessionState): CaseCorrection | undefined {
  const m = /^hires\[(\d+)\]\.(monthsEmployed|onJobTrainingMonths)$/.exec(pendingFact);
  const bare = new RegExp(`^(?:不对|错了|其实|应该是|实际是|是)*(${NUM})个[啊吧呢了的!！。.~～]*$`).exec(text.replace(/\s+/g, '').replace(/[,，]?(有|走了|少了|多了)[^,，]*$/, ''));
  if (!m || !bare || session.applicant?.type !== 'employer') return undefined;
  const row = session.applicant.hires?.[Number(m[1])];
  const value = numberValue(bare[1]!);
  if (!row || value === undefined || !Number.isInteger(value)) return undefined;
  // 不对 是4个 有一个走了: the head count said again (a count, no 月), not the months asked about.
  if (row.count !== undefined && /不对|错了|其实|应该是|实际/.test(text)) return { kind: 'facts', facts: [{ path: `hires[${m[1]}].count`, value, words: bare[0] }] };
  if (row.count !== undefined) return undefined;
  const name = hireName(row);
  const months = m[2] === 'monthsEmployed' ? '已就业的月数' : '以工代训的月数';
  const choices = [
    { path: `hires[${m[1]}].count`, says: '人|名|位|人数' },
    { path: pendingFact, says: '月' },
  ];
  return { kind: 'which', figure: bare[0], options: [`${name}的人数`, `${name}${months}`], examples: [`${value}个人`, `${value}个月`], pending: { value, words: bare[0], choices } };
}

/** The one choice of an unanswered which-question that the message leaves open, once it has given the others. */
function leftoverOfWhich(pending: PendingWhich, reading: FactReading): { path: string; value: number; words: string } | undefined {
  const given = (path: string) => reading.evidence.some((e) => sameField(e.path, path));
  const open = pending.choices.filter((c) => !given(c.path));
  if (open.length !== 1 || open.length === pending.choices.length) return undefined;
  return { path: open[0]!.path, value: pending.value, words: pending.words };
}

/** 第二拨领过岗前培训补贴了 第一拨没有领: a claim said of a lot by its place among the case's rows of one group. */
const LOT_CLAIM = /(第|头)(一|二|三|四|1|2|3|4)(拨|批)[^,，。;；]{0,8}?(没有|没|未|木有)?(领|拿|申请|申领|报)(过|了)?/g;

function claimsByLot(text: string, session: SessionState): Array<{ path: string; value: boolean; words: string }> | undefined {
  const hires = session.applicant?.type === 'employer' ? (session.applicant.hires ?? []) : [];
  if (hires.length < 2 || new Set(hires.map((h) => h.group)).size !== 1) return undefined;
  const out = [...text.matchAll(LOT_CLAIM)].flatMap((m) => {
    const n = ({ 一: 1, 二: 2, 三: 3, 四: 4 } as Record<string, number>)[m[2]!] ?? Number(m[2]);
    return n >= 1 && n <= hires.length ? [{ path: `hires[${n - 1}].preJobTrainingSubsidy`, value: m[4] === undefined, words: m[0] }] : [];
  });
  return out.length > 0 ? out : undefined;
}

/** 这4个没领 / 这几个都领过: the pre-job claim said again of the hires, without its noun. */
const CLAIM_AGAIN = new RegExp(`(?:这|那)(${NUM}|几|些)?(?:个|位|名)?(?:人)?(?:都|也|其实|倒是)?(没有|没|未|从没|木有|木|冇)?(?:去)?(领|拿|申请|申领|报)(过|了)?`);

/**
 * "不对 领过的是另一批人 这4个没领", in an employer's case whose hires hold the opposite claim:
 * the new word replaces it — for the row whose head count is named, or the only row.
 */
function claimSaidAgain(text: string, session: SessionState): Array<{ path: string; value: boolean; words: string }> | undefined {
  const hires = session.applicant?.type === 'employer' ? (session.applicant.hires ?? []) : [];
  if (hires.length === 0 || text.length > 40 || ASKS.test(text)) return undefined;
  const m = CLAIM_AGAIN.exec(text);
  if (!m) return claimNamedAgain(text, hires);
  const value = m[2] === undefined;
  const n = m[1] !== undefined ? numberValue(m[1]) : undefined;
  const rows = hires.map((h, i) => ({ h, i })).filter(({ h }) => (n !== undefined ? h.count === n : hires.length === 1));
  if (rows.length !== 1 || rows[0]!.h.preJobTrainingSubsidy === value) return undefined;
  return [{ path: `hires[${rows[0]!.i}].preJobTrainingSubsidy`, value, words: m[0] }];
}

/**
 * 刚才她本人打电话说，岗前补贴入职那会儿企业给她报过了: the claim said again with its noun, after
 * words of who reported it — read from the noun on, for the case's only row.
 */
function claimNamedAgain(text: string, hires: readonly Hire[]): Array<{ path: string; value: boolean; words: string }> | undefined {
  const noun = /岗前/.exec(text);
  if (!noun || hires.length !== 1) return undefined;
  const path = 'hires[0].preJobTrainingSubsidy';
  const tail = text.slice(noun.index);
  const r = readFacts(tail, { audience: 'employer', pendingFact: path });
  const value = r.patch.at?.[path] ?? r.patch.hireDefaults.preJobTrainingSubsidy ?? r.patch.hires[0]?.preJobTrainingSubsidy;
  if (typeof value !== 'boolean' || hires[0]!.preJobTrainingSubsidy === value) return undefined;
  return [{ path, value, words: tail }];
}

/**
 * The unit's insurance said again with its verb only (交了, 一直交着, 其实没交), in an employer's
 * case that already holds the opposite: the new word replaces it. Short statements only.
 */
function insuranceSaidAgain(text: string, session: SessionState): boolean | undefined {
  const known = session.applicant?.type === 'employer' ? session.applicant.insured : undefined;
  // 刚打电话问了 一直交着呢, after "不知道交没交": the answer found out, said without its noun.
  const open = known === undefined && session.applicant?.type === 'employer' && (session.unknown ?? []).includes('insured');
  // (交着呢 / 交了呢: the 呢 of a statement asks nothing.)
  if ((known === undefined && !open) || text.length > 20 || ASKS.test(text.replace(/(着|了|的)呢/g, ''))) return undefined;
  const said = /(没|没有|未|不)(交|缴|上|参)/.test(text) ? false : /(交|缴|上|参)(了|着|过)|一直(交|缴)/.test(text) ? true : undefined;
  return said !== undefined && (open || said !== known) ? said : undefined;
}

/** Words that point back at the people or unit of the case set aside (回到刚才, 那3个人, 他俩). */
const POINTS_BACK = /回到|回头说|再说回|说回|刚才(那|的|说的)|之前(那|的)|前面(那|的)|那([\d一二两三四五六七八九十俩仨]+)个|那(俩|仨|几个|些人)|这(俩|仨|几个)|[他她](俩|仨|们)/;

/**
 * The session with the unit's case set aside brought back, when the message points back at it
 * and says something of the unit's (岗前补贴没领, 干了七个月); undefined otherwise.
 */
function resumesParked(message: string, text: string, session: SessionState): SessionState | undefined {
  // 顺便问下 生活费补贴… then 岗前补贴的事 都没领过: the aside started no case of its own, and the
  // message names the subject of the question the unit's case was waiting on.
  if (session.parked && !session.applicant && backFromAside(text, session.parked.pendingFact)) return withParkedCase(session);
  if (!session.parked || session.applicant?.type === 'employer' || !POINTS_BACK.test(text)) return undefined;
  const asUnit = readFacts(message, { audience: 'employer' });
  if (!asUnit.evidence.some((e) => /^hires|^insured$/.test(e.path))) return undefined;
  return withParkedCase(session);
}

/** 我弟弟是退伍的 他想学电工 → 我是退伍的 我想学电工: a relative's case read as if they spoke. */
/** The relative a message names, as the asker would be told it (俺表弟 → 表弟, 我哥 → 哥). */
function kinWordOf(text: string): string | undefined {
  const m = SOMEONE_ELSE.exec(text);
  if (!m) return undefined;
  const word = m[0].replace(/^[俺我咱]/, '');
  // 我弟弟: the pattern stops at 我弟; the word goes on.
  return word.length === 1 && text[m.index + m[0].length] === word ? word + word : word || undefined;
}

function asTheirOwnWords(message: string): string {
  return message.replace(RELATIVE_NAMED, '我').replace(/[他她]/g, '我');
}

/** The first part's open subject leads, the other parts' follow (one part: the whole question's). */
function eachPartsSubject(parts: readonly string[], whole: UnsettledSubject, topics: readonly TopicId[], rule: UnderstandContext['rule']): { unsettled: UnsettledSubject; unsettledAlso?: UnsettledSubject[] } {
  const [first, ...rest] = subjectsOfParts(parts, topics, rule);
  if (!first) return { unsettled: whole };
  return { unsettled: first, ...(rest.length > 0 ? { unsettledAlso: rest } : {}) };
}

/**
 * 基地问了 是300万, while the question waits on the studio's equipment: a reply that names the
 * other site is that site's — its item answers, never the one the question was about. A site
 * named that the case does not hold leaves no question to answer.
 */
/**
 * 俺二儿子在厂里当技术员 厂里给技能大师工作室用职工教育经费买了40万的设备…, in a person's case: read
 * as a person's words nothing is found, read as they stand the message tells a unit's own case
 * (its equipment, fund or hires, two facts or more) — a new case, the unit's.
 */
function unitCaseTold(said: string, asPerson: FactReading): boolean {
  if (asPerson.evidence.length > 0) return false;
  const asTold = readFacts(said, {});
  return asTold.patch.audience === 'employer' && asTold.evidence.filter((e) => /^(equipment\[|hires\[|payrollYuan$|educationFundYuan$|trainingSubsidyYuan$)/.test(e.path)).length >= 2;
}

/**
 * 岗前补贴的事 都没领过, after an aside (生活费补贴…) asked while the case waited on the pre-job
 * subsidy: the message names the waiting question's subject, so it answers it.
 */
function backFromAside(text: string, waiting: string | undefined): string | undefined {
  if (!waiting) return undefined;
  return namesAskedSubject(text, waiting) ? waiting : undefined;
}

function onTheSiteNamed(text: string, session: SessionState, pending: string | undefined): string | undefined {
  const item = /^equipment\[(\d+)\]\.(\w+)$/.exec(pending ?? '');
  if (!item || session.applicant?.type !== 'employer') return pending;
  const named = /工作室/.test(text) && !/基地/.test(text) ? 'master_studio' : /基地/.test(text) && !/工作室/.test(text) ? 'high_skill_base' : undefined;
  const items = session.applicant.equipment ?? [];
  if (!named || items[Number(item[1])]?.kind === named || items[Number(item[1])]?.kind === undefined) return pending;
  const other = items.findIndex((e) => e.kind === named);
  return other >= 0 ? `equipment[${other}].${item[2]}` : undefined;
}

/** Reads one message in the context of its session. */
export function understand(message: string, told: SessionState, context: UnderstandContext): Understanding {
  // 建档力卡户 / 一工代训: the plan's terms as meant, for every decision below (the slips keep their length).
  const text = fixTypos(normalizeText(message).trim());
  const masked = maskPersonalNumbers(message);
  // 回到刚才 那3个人岗前补贴没领, after a person's question asked in the middle of the unit's case:
  // the unit's case, set aside then, is the one this message goes on with.
  const resumed = resumesParked(message, text, told);
  const session: SessionState = resumed ?? told;
  const audience = session.applicant?.type;
  // A case holding equipment, or a dialogue about it: 还有第三批10万 is a purchase.
  // After a lookup of the equipment rule, 那2021年买的呢 五十万 大师工作室 names a site: its purchase too.
  // (8万, after the rule's lookup asked what the new equipment cost: the reply is that sum.)
  const bareSum = /^(花了|一共|总共|大概|是)?[\d零〇一二两三四五六七八九十百.]+\s*(万|千)(元|块)?(左右)?[。.!！]?$/.test(text.replace(/\s+/g, ''));
  const aboutEquipment = (session.inDialogue === true || (session.applicant?.type === 'employer' && (session.applicant.equipment?.length ?? 0) > 0) || /工作室|基地|设备/.test(text) || bareSum) && session.topics.some((t) => EQUIPMENT_TOPICS.has(t));
  const aboutFund = session.topics.some((t) => FUND_TOPICS.has(t));
  const aboutProject = session.topics.some((t) => PROJECT_TOPICS.has(t));
  const aboutApprentices = session.topics.some((t) => APPRENTICE_TOPICS.has(t));
  const equipmentItems = session.applicant?.type === 'employer' ? (session.applicant.equipment?.length ?? 0) : 0;
  // The one fact the person said they did not know stays the one a bare reply answers later
  // (岗前领没领不清楚 … 问了会计 没领), though no question about it is pending any more.
  // 算了 问问别的 家政这行有培训计划没: the asker leaves the question pending for another subject.
  const switchesAway = LEAVES_SUBJECT.test(text);
  // 刚才说错了 是七个月 …, after the months employed were the last thing said: the bare span corrects them.
  const monthsCorrected = session.applicant?.type === 'employer' && (session.applicant.hires?.length ?? 0) === 1 && /说错|搞错|记错|弄错|不对|更正|纠正/.test(text) && /[\d一二两三四五六七八九十]\s*个?(半)?月/.test(text) && (session.lastSaid ?? []).length === 1 && (session.lastSaid ?? []).filter((p) => /^hires\[\]\.(monthsEmployed|onJobTrainingMonths)$/.test(p)).length === 1 ? session.lastSaid!.find((p) => /^hires\[\]\.(monthsEmployed|onJobTrainingMonths)$/.test(p))!.replace('[]', '[0]') : undefined;
  const pendingFact = onTheSiteNamed(text, session, switchesAway ? undefined : (session.pendingFact ?? (session.applicant && session.unknown?.length === 1 ? session.unknown[0] : undefined) ?? monthsCorrected ?? backFromAside(text, session.asidePending)));
  // 他是残疾人 / 她也是贫困户, after a turn about a person: a bare pronoun points at the person the
  // conversation is about (我爸想学电工 … 他是贫困户); the asker would name anyone new (我老婆是…).
  // 他说他户口在周口… / 来电人说他们公司…: the hotline relays the caller, whose case it is.
  const relayed = RELAY.test(message) ? message.replace(RELAY, '').replace(/[他她]们/g, '我们').replace(/[他她]/g, '我') : undefined;
  const said = relayed ?? (audience !== 'employer' && session.turns > 0 ? message.replace(CASE_PRONOUN, '$1我$3') : message);
  // (8万 after the equipment rule's lookup: the unit's purchase, so read as the unit's words.)
  const readContext = { ...(audience ? { audience } : bareSum && aboutEquipment ? { audience: 'employer' as const } : {}), ...(pendingFact ? { pendingFact } : {}), ...(audience !== 'employer' && session.placesSaid ? { placesBefore: session.placesSaid } : {}), ...(aboutEquipment ? { aboutEquipment } : {}), ...(aboutFund ? { aboutFund } : {}), ...(aboutProject ? { aboutProject } : {}), ...(aboutApprentices ? { aboutApprentices } : {}), ...(equipmentItems > 1 ? { equipmentItems } : {}) };
  let reading = readFacts(said, readContext);
  // 标语写着 补贴培训进系统 系统之外零补贴: words copied from the plan are the plan's, not facts of the asker's.
  if (context.quotesPlan) dropQuotedFacts(reading, said, context.quotesPlan);
  const quotedPlan = quotesThePlan(said, context.quotesPlan);
  reading = countOnceUnknown(reading, message, session);
  // 顺便问下 我表弟刚退伍 想学门手艺: a relative's own case, told to the employer's dialogue, is a
  // new person topic — not a hire added to the employer's case.
  // 换个问题 我们厂员工自己去考叉车证 能领职业培训补贴吗: a person's own subsidy asked of one the unit
  // employs (or of the asker) — that person's case, not more of the unit's.
  const personSubjectAsked = (PERSON_SUBJECT.test(text) || (CERTIFICATE_NAMED.test(text) && /补/.test(text)) || OWN_WISH_ASKED.test(text)) && !UNIT_SUBJECT.test(text);
  // 问个私人的 我下班想学个PS: the asker's own wish, in the asker's words, is the asker's case.
  const traineeAfterEmployer = audience === 'employer' && personSubjectAsked && (THIRD_PERSON.test(text) || /(我|俺|他们|她们|他俩|她俩)(自己|本人|个人)|私人|(我|俺)[^，,。？?]{0,4}想(去|要)?(学|考|报)/.test(text)) && (reading.patch.hires.length === 0 || OWN_WISH_ASKED.test(text));
  const personAfterEmployer = audience === 'employer' && (aboutSomeoneElse(text, reading) || ownCaseAfterSwitch(text) || traineeAfterEmployer);
  // 另一个事 村里扶贫车间招了贫困户4个…, after a person's case: an employer's case begins.
  // 再问个 俺们培训机构 搞项目制培训…: the asker's own unit, named after a question of a person's.
  const employerAfterPerson = audience === 'person' && (((SWITCH.test(text.replace(/\s+/g, '')) || /^(再问个|再问一下|再问下|另外|顺便问|顺便)/.test(text)) && (/招了|招的|吸纳了?|雇了|录用了?|收了/.test(text) || /(我们|俺们|咱们|我司)[^,，。\s]{0,4}(公司|厂|单位|企业|合作社|车间|机构|学校|院校)/.test(text)) && EMPLOYER_WORDS.test(text)) || unitCaseTold(said, reading));
  // Either way a new case: the old one's facts, topics and pending question do not steer it.
  // 说岔了 不是我 是俺老伴想学家政 她没有退休金: the case was someone else's all along — theirs starts
  // afresh, read as if they spoke (her pension is the case's pension, not the asker's).
  const relativeInstead = audience === 'person' && /不是我|说岔了|说错了|搞错了|弄错了/.test(text) && SOMEONE_ELSE.test(text) && OWN_TRAINING.test(text);
  // 顺便问下 我妈快退休了 想学个育婴师, after the asker's own case: the relative's case, not more of the asker's.
  const relativeNext = audience === 'person' && !relativeInstead && session.turns > 0 && SOMEONE_ELSE.test(text) && OWN_TRAINING.test(text.slice(SOMEONE_ELSE.exec(text)!.index)) && !/我(也|自己)/.test(text);
  // 第一家是快递公司… / 再说第二家… / 另一家: units told in turn, each its own case.
  const label = unitLabelOf(text);
  const named = label && label !== 'another' ? label : undefined;
  const backTo = named !== undefined && session.applicant?.type === 'employer' && named !== session.caseLabel && (session.labelsUsed ?? []).includes(named);
  const anotherUnit = !backTo && label !== undefined && session.applicant?.type === 'employer' && (label === 'another' || (session.caseLabel !== undefined && named !== session.caseLabel) || (session.caseLabel === undefined && session.turns > 0 && named !== '第一家'));
  const unitLabel = label === 'another' ? `另一家（第${(session.labelsUsed?.length ?? 1) + 1}家）` : named;
  const newPerson = personAfterEmployer || employerAfterPerson || relativeInstead || relativeNext || anotherUnit;
  // (我弟弟是退伍的 → 我是退伍的: the relative and whose relative they are become one 我.)
  if (relativeInstead || relativeNext) reading = readFacts(asTheirOwnWords(message.replace(/不是我[,，\s]*/g, '')), { audience: 'person' });
  // 我妈想学育婴师 她领着退休金呢, opening a conversation: the relative's case, so what is said of her
  // (她领着退休金) is the case's fact — read as if she spoke, as for a relative named later.
  // (Only a case already told — a question alone, 俺老公残疾 有适合他的培训没, stays a question; a
  // child's school is the child's, read as such.)
  // (孙子考了电工证 在外省培训的…: all of it said of him, none read as the asker's — read as his.)
  const relativeOpens = !audience && !session.applicant && !newPerson && reading.patch.audience !== 'employer' && (SOMEONE_ELSE.exec(text)?.index ?? 99) <= 2 && OWN_TRAINING.test(text) && !/我(也|自己)|[他她]们|儿子|女儿|闺女|孩子|娃|小孩/.test(text) && !HIRED.test(text);
  if (relativeOpens) {
    const asSpoken = readFacts(asTheirOwnWords(message), { audience: 'person' });
    // (A question alone, 俺老公残疾 有适合他的培训没, stays a question: only a case told — two facts
    // or more — is theirs.)
    if (asSpoken.evidence.length >= reading.evidence.length && (reading.evidence.length > 0 || asSpoken.evidence.length >= 2)) reading = asSpoken;
  }
  // 俺闺女学的育婴员… → 俺闺女才19也没领啥养老金: in a relative's case, a later message's words of
  // them are the case's facts, read as if they spoke (a child's school stays the child's).
  const kinCase = !newPerson && ((session.kinCase === true && audience === 'person') || (!session.applicant && reading.patch.audience === 'person' && (SOMEONE_ELSE.exec(text)?.index ?? 99) <= 2 && !/我(也|自己)/.test(text)));
  // Whose case: named now when a relative's case starts, else the one named when it started.
  const kin = relativeInstead || relativeNext || (kinCase && session.kinCase !== true) ? kinWordOf(text) : kinCase ? session.kin : undefined;
  if (kinCase && session.kinCase === true && SOMEONE_ELSE.test(text) && !/我(也|自己)|学校|技校|职校|中职|中专|上学/.test(text)) {
    const asSpoken = readFacts(asTheirOwnWords(message), readContext);
    if (asSpoken.evidence.length > reading.evidence.length) reading = asSpoken;
  }
  // 我们学校有个学员 她常住郑州…能享受职业培训补贴吗 / 我一个朋友开了个小厂…他能参加创业培训吗: a
  // school or a firm asking about one person's own subsidy — that person's case, read as if they spoke;
  // the asker's unit is only where it happens.
  const traineeOpens = !session.applicant && !newPerson && reading.patch.audience === 'employer' && reading.patch.hires.length === 0 && personSubjectAsked && THIRD_PERSON.test(text);
  if (traineeOpens || traineeAfterEmployer) {
    const asThem = readFacts(message.replace(ASKERS_UNIT, '').replace(RELATIVE_NAMED, '我').replace(/[他她](?!们)/g, '我'), { audience: 'person' });
    // Mid-case, the unit's words are only where it happens: an empty reading is no fact of the unit's either.
    if (asThem.evidence.length > 0 || traineeAfterEmployer) reading = asThem;
  }
  // 对了 我弟弟是退伍的 他想学个电工, after the employer's case: the brother's own case, read as if he spoke.
  if (anotherUnit) reading = readFacts(message, { audience: 'employer' });
  // (俺闺女在技校上学 俺家是建档立卡户: a child's school is the child's — read as the parent said it, as
  // when such a message opens a conversation, never as the parent's own student status.)
  if (personAfterEmployer && !traineeAfterEmployer) reading = readFacts(SOMEONE_ELSE.test(text) && !CHILD_NAMED.test(text) ? asTheirOwnWords(message) : message, { audience: 'person' });
  if (employerAfterPerson) reading = readFacts(message, { audience: 'employer' });
  // 还有俩是后来招的 才干四个月: another lot of the case's one group, read as its own row.
  // 一个干了9个月 另一个才5个月, of the case's two hires: the row told apart (its parts add up to
  // its count), read before 另外两个 could be taken for more people beside it.
  const parts = !newPerson ? readPartsOfRow(text, session.applicant, reading, readContext) : undefined;
  if (parts) reading = parts;
  // 俺跟俺妹都是贫困户 … 俺的领过了 俺妹的没领: people told by who they are, one row each — in a unit's
  // first telling only (the rows carry no names to match later messages against).
  const household = reading.patch.audience === 'employer' && !(session.applicant?.type === 'employer' && session.applicant.hires?.length) ? householdRows(text) : undefined;
  if (household) reading = asHouseholdRows(reading, household);
  // 第二个车间也是一样的情况 4个 / 俺媳妇也是建档立卡: more people beside the row held, not in its stead.
  const alike = !newPerson && !parts ? alikeLot(text, session.applicant, reading) : undefined;
  if (alike) reading = alike;
  const lot = !newPerson && !parts && !alike ? readLaterLot(text, session.applicant, reading, readContext) : undefined;
  if (lot) reading = lot;
  const inMessage = !lot && !parts && !newPerson ? readLotInMessage(text, reading, readContext) : undefined;
  if (inMessage) reading = inMessage;
  // 还有另一个工作室 也是五十万 一样的情况: a second site beside the purchase held, not the same one again.
  const secondSite = !newPerson ? anotherSiteAlike(text, session.applicant, reading) : undefined;
  if (secondSite) reading = secondSite;
  // 那俩贫困户其实只干了4个月 … 另外仨没错, of the case's five: the one row told in parts that add up
  // to it — each part keeps what the row held unless said anew (the three keep their eight months).
  if (!newPerson && !reading.patch.lots && partsOfOneRow(reading.patch.hires, session.applicant)) reading.patch.lots = 'inherit';
  // 一线工人培训花了四十万, with the fund told before: the share of it the front line had.
  const frontline = (session.applicant?.type === 'employer' && !newPerson) || reading.patch.employer.educationFundYuan !== undefined ? (reading.patch.employer.frontlineShareOfFund === undefined ? frontlineSpent(text) : undefined) : undefined;
  const fundHeld = reading.patch.employer.educationFundYuan ?? (session.applicant?.type === 'employer' ? session.applicant.educationFundYuan : undefined);
  const frontShare = frontline && fundHeld !== undefined ? shareOfFund(frontline.yuan, fundHeld) : undefined;
  if (frontline && frontShare !== undefined) {
    (reading.patch.at ??= {}).frontlineShareOfFund = frontShare;
    reading.evidence.push({ path: 'frontlineShareOfFund', value: frontShare, words: frontline.words });
  }
  // 以工代训第一批带了六个月 第二批带了四个月…, of a case told in batches: each batch's months at its row.
  // 那4个以工代训也搞了6个月: the row of that head count, not the one a pending question named.
  const countedRow = !newPerson ? ontoCountedRow(reading, text, session.applicant) : false;
  const batches = !newPerson && !countedRow && reading.patch.hires.length === 0 ? monthsByBatch(text, session.applicant, session.pendingFact) : [];
  for (const f of batches) {
    (reading.patch.at ??= {})[f.path] = f.value;
    reading.evidence = reading.evidence.filter((e) => !/^hires\[\d*\]\.(monthsEmployed|onJobTrainingMonths)$/.test(e.path));
    reading.evidence.push(f);
  }
  if (batches.length > 0) for (const k of ['monthsEmployed', 'onJobTrainingMonths'] as const) delete (reading.patch.hireDefaults as Record<string, unknown>)[k];
  else if (!newPerson) ontoNamedBatch(reading, text, session.applicant);

  // 五个, asked for months while the head count is still open: people or months? Asked, not guessed.
  // A reply to "which one?" (五个人 / 以工代训5个月) is read first: the question before it is still pending.
  const whichReply = readWhichReply(message, session.pendingWhich);
  // "5个" (people or months?) left unanswered, then 干了八个多月: the months are said, so the 5 was the people.
  const leftover = !whichReply && !newPerson && session.pendingWhich ? leftoverOfWhich(session.pendingWhich, reading) : undefined;
  if (leftover) {
    (reading.patch.at ??= {})[leftover.path] = leftover.value;
    reading.evidence.push(leftover);
  }
  // 准确的是十二个 / 4个人 在这干了7个月了: the open head count given; no month is read from it.
  const heads = !whichReply && !newPerson ? countOfOpenRow(text, session, reading) : undefined;
  if (heads) {
    reading.evidence = reading.evidence.filter((e) => !/\.(monthsEmployed|onJobTrainingMonths)$/.test(e.path) || /月|年/.test(e.words));
    for (const h of [...reading.patch.hires, reading.patch.hireDefaults as Record<string, unknown>]) {
      for (const k of ['monthsEmployed', 'onJobTrainingMonths'] as const) if (!reading.evidence.some((e) => e.path.endsWith(`.${k}`))) delete (h as Record<string, unknown>)[k];
    }
    if (reading.patch.at) for (const k of Object.keys(reading.patch.at)) if (/\.(monthsEmployed|onJobTrainingMonths)$/.test(k) && !reading.evidence.some((e) => e.path === k)) delete reading.patch.at[k];
    (reading.patch.at ??= {})[heads.path] = heads.value;
    reading.evidence.push(heads);
  }
  // (不满六个月的话是不是…: a span under a condition fills no open row and answers no question.)
  const conditionAsked = asksUnderCondition(text);
  const unknownMonths = !whichReply && !newPerson && !heads && !conditionAsked && !countedRow ? monthsOfUnknownRow(text, session, reading) : undefined;
  if (unknownMonths) {
    (reading.patch.at ??= {})[unknownMonths.path] = unknownMonths.value;
    reading.evidence.push(unknownMonths);
  }
  // 还有第三批10万 也验收了, for the one item held: another purchase for the same site adds to its value.
  const held = session.applicant?.type === 'employer' && session.applicant.equipment?.length === 1 ? session.applicant.equipment[0]! : undefined;
  const more = reading.evidence.find((e) => e.path === 'equipment[0].valueYuan');
  const newKind = reading.patch.employer.equipment?.[0]?.kind;
  if (held?.valueYuan !== undefined && more && typeof more.value === 'number' && (newKind === undefined || newKind === held.kind) && /^(还有|又|另外|再|后来又?|第[二三四五2-5](批|次|回))[^,，。]{0,6}?(第[二三四五]批|一批|批|买了|添了|加了)?/.test(text.replace(/\s+/g, '')) && !reading.correcting && !/^再(改|更正|纠正|修改|说一下|说下|订正)|实际(只|上)?|其实只|只买了/.test(text.replace(/\s+/g, ''))) {
    reading.patch.employer.equipment![0]!.valueYuan = held.valueYuan + more.value;
    more.value = held.valueYuan + more.value;
  }
  // 验收？不清楚 … 过了 钱是职工教育经费出的: a bare 过了 answers the acceptance left open.
  if (held && (session.unknown ?? []).some((u) => /^equipment\[\d*\]\.accepted$/.test(u)) && !reading.evidence.some((e) => /\.accepted$/.test(e.path))) {
    const bare = /(^|[\s,，。])(过了|通过了|合格了|验过了|验收了|验收过了)(?=$|[\s,，。])/.exec(message);
    if (bare) {
      (reading.patch.at ??= {})['equipment[0].accepted'] = true;
      reading.evidence.push({ path: 'equipment[0].accepted', value: true, words: bare[2]! });
    }
  }
  // 搞错了 是技能大师工作室 不是基地: the one item's site kind said anew (its cap changes).
  const site = !whichReply && !newPerson ? siteKindCorrected(text, session) : undefined;
  if (site) {
    (reading.patch.at ??= {})[site.path] = site.value;
    reading.evidence = reading.evidence.filter((e) => !/^equipment\[\d+\]\.kind$/.test(e.path));
    if (reading.patch.employer.equipment) for (const e of reading.patch.employer.equipment) delete (e as Record<string, unknown>).kind;
    reading.evidence.push(site);
    reading.correcting = true;
    // 不是工作室 是高技能人才培训基地 金额也不对 是三百万: the sum corrected in the same breath.
    const after = text.slice(Math.max(text.lastIndexOf('基地'), text.lastIndexOf('工作室')) + 2);
    const sum = after.length >= 3 ? readMoneyCorrection(after, session.applicant, session.lastSaid) : undefined;
    const valuePath = site.path.replace(/\.kind$/, '.valueYuan');
    const value = sum?.kind === 'facts' ? sum.facts.find((f) => f.path === valuePath) : undefined;
    if (value) {
      reading.patch.at[value.path] = value.value;
      reading.evidence.push(value);
    }
  }
  // 准确数是93.6万, after 提了90多万: the exact figure of the one fact said roughly.
  const exact = !newPerson && reading.evidence.length === 0 ? exactForRough(message, session.roughSaid) : undefined;
  if (exact) {
    (reading.patch.at ??= {})[exact.path] = exact.value;
    reading.evidence.push(exact);
  }
  // 问了老板 公司是交的, after the insurance was left open (交没交sb 我也说不好): the unit pays it.
  // (Only then: 公司交的 alone could be a fee or a tax.)
  const paidLater = session.applicant?.type === 'employer' && session.unknown?.includes('insured') && !reading.evidence.some((e) => e.path === 'insured') ? unitSaysItPays(text) : null;
  if (paidLater) {
    (reading.patch.at ??= {}).insured = true;
    reading.evidence.push({ path: 'insured', value: true, words: paidLater[0] });
  }
  // 查了花名册 是五个, after 五六个吧 left the one row's head count open: its count now.
  const rowCount = !newPerson && !exact && session.applicant?.type === 'employer' && reading.patch.hires.length === 0 && !reading.evidence.some((e) => /\.count$/.test(e.path)) ? countForOpenRow(text, session.applicant.hires) : undefined;
  if (rowCount) {
    (reading.patch.at ??= {})[rowCount.path] = rowCount.value;
    reading.evidence.push(rowCount);
  }
  const countOrMonths = whichReply ?? (pendingFact && !newPerson && !heads && !exact && !conditionAsked ? headsOrMonths(text, pendingFact, session) : undefined);
  const pendingRow = /^hires\[(\d+)\]\./.exec(pendingFact ?? '');
  const pendingGroup = pendingRow && session.applicant?.type === 'employer' ? session.applicant.hires?.[Number(pendingRow[1])]?.group : undefined;
  // The subject the plan leaves open that the message names by itself (read once, used twice below).
  const openOnItsOwn = unsettledSubject(text, [], context.rule);
  // 对了顺便问问 员工考证补贴一年能领几次: a question of its own, not a reply (一年 is no 12 months).
  // (他们医保断了俩月 还能补交不: another policy asked — its 俩月 is no reply to the case's question.)
  // (你先说说不满六个月的话是不是就白搭了: a condition asked about, no reply to the months asked.)
  // (打12333问问中不中: whom to call, asked — its 问问 is no "not known" reply.)
  const ownQuestion = asksOutside(text) || CONTACT_QUESTION.test(text) || (asksUnderCondition(text) && !WHAT_IF.test(text.replace(/\s+/g, ''))) || (/^(对了|顺便|另外|再问|还想问|哦对了)[^,，]{0,4}(问|说)?/.test(text.replace(/\s+/g, '')) && /几次|几回|多少|吗|能不能|可不可以|咋|怎么|什么|啥/.test(text)) ||
    // 那学的时候有没有生活费补: a question about a subject of its own — its 没有 is no reply.
    (/有没有|吗|么|多少|咋|怎么|什么|啥|能不能/.test(text) && openOnItsOwn !== undefined &&
      // 岗前培训补贴 木有。到底多少钱: a reply, then the case's amount asked — not the amount of
      // the subsidy the reply names.
      !(openOnItsOwn.id.startsWith('amount:') && session.inDialogue && session.applicant !== undefined && ASKS_SUM.test(text)));
  // 我说反了 干了九个月的是那3个: facts swapped between rows — a correction, never the reply to the question pending.
  const swapped = /说反|弄反|搞反|记反|写反|反了|颠倒/.test(text);
  let pending = pendingFact && !newPerson && !countOrMonths && !lot && !ownQuestion && !countedRow && !swapped ? (readPending(message, pendingFact, reading, pendingGroup) ?? pendingFromReading(reading, pendingFact, pendingGroup, message)) : undefined;
  // 验收？不清楚过没过, asked for the unit's kind: the "not sure" is about the fact it names, not the question pending.
  if (pending && 'unknown' in pending && pending.unknown && reading.unknown.length > 0 && !reading.unknown.some((u) => sameField(u, pending!.path))) pending = undefined;
  // 证还没考 不知道能不能考过: the answer is "not known"; the reader's "还没" is no "no" beside it.
  if (pending && 'unknown' in pending && pending.unknown) {
    reading.evidence = reading.evidence.filter((e) => e.path !== pending.path);
    setPatchAt(reading.patch, pending.path, undefined);
  }
  // 少了一个 总共5个 / 那栏写的是6, in a dialogue about the employer's case: a change of the case,
  // never a lookup. Placed where the case leaves no doubt, else the person is asked which fact.
  // 不对 领过的是另一批人 这4个没领: a claim said again; its 4 names the row, it changes no count.
  const claimAgain = !countOrMonths && !newPerson ? (claimsByLot(text, session) ?? (!pending && reading.evidence.length === 0 ? claimSaidAgain(text, session) : undefined)) : undefined;
  // A group named to say which row changes (残疾人那块 实际是6个) is no fact of its own.
  // (零就业那仨: a pointer with its count names the group told before.)
  const onlyNames = !reading.evidence.some((e) => e.path !== 'entity' && !/^hires\[\d+\]\.group$/.test(e.path) && !(/^hires\[\d+\]\.count$/.test(e.path) && /(那|这)(俩|仨)$/.test(e.words)));
  // 第三批记错了 是二十五万, of a purchase held as the sum of its lots: the reader takes the figure as
  // the item's whole value; the correction reader knows better (the lot's, with the old lot unknown).
  // 那第三批那二十五万要是算在另一个工作室名下呢: any other word of one lot's sum (a what-if, a move to
  // another site) cannot be placed on the held sum either — each site's total is asked for.
  const lotTouched = !claimAgain && !countOrMonths && !newPerson && session.applicant?.type === 'employer' && (session.applicant.equipment?.length ?? 0) === 1 && LOT_NAMED.test(text) && !/合计|一共|总共|加起来/.test(text) && (reading.correcting || /要是|如果|假如|算在|挪到|放到|归到|记在|改到|名下/.test(text)) && reading.evidence.some((e) => /^equipment\[\d+\]\.valueYuan$/.test(e.path));
  const lotFix = lotTouched ? (readMoneyCorrection(text, session.applicant, session.lastSaid) ?? { kind: 'which' as const, figure: /[\d零〇一二两三四五六七八九十百千.]+\s*万/.exec(text)?.[0] ?? '这批', options: ['每个基地或工作室各自的设备总值'], examples: ['第一个工作室××万，第二个工作室××万'], relative: true }) : undefined;
  const corrected = lotFix ?? (claimAgain ? undefined : countOrMonths ?? (!pending && !newPerson && onlyNames && !conditionAsked ? (readWhichReply(text, session.pendingWhich) ?? readMoneyCorrection(text, session.applicant, session.lastSaid) ?? readCaseCorrection(text, session.applicant, session.lastSaid) ?? readPersonCorrection(text, session.applicant)) : undefined));
  // 车间主任说了 五个月: a month figure nothing above placed — which months, asked, never the old sum again.
  // (With a question pending, a bare figure is an attempt at it: that question is asked again instead.)
  const unplaced = !corrected && !claimAgain && !pending && !pendingFact && !newPerson && !heads && !exact && !conditionAsked && !ownQuestion && !rowCount && batches.length === 0 && session.inDialogue === true && reading.patch.hires.length === 0 && !reading.evidence.some((e) => /onths|count/.test(e.path)) ? unplacedMonths(text, session.applicant) : undefined;
  const change = alsoOfAnotherGroup(text) ? undefined : (corrected ?? unplaced);
  // 等会 会计说交了 一直交着, after a verdict on the unit's insurance: said anew without its noun.
  const insured = !change && !pending && !claimAgain && reading.evidence.length === 0 ? insuranceSaidAgain(text, session) : undefined;
  if (claimAgain) {
    for (const f of claimAgain) {
      (reading.patch.at ??= {})[f.path] = f.value;
      reading.evidence.push(f);
    }
    reading.correcting = true;
  }
  if (insured !== undefined) {
    (reading.patch.at ??= {}).insured = insured;
    reading.evidence.push({ path: 'insured', value: insured, words: text });
    reading.correcting = true;
  }
  if (change?.kind === 'facts') {
    for (const f of change.facts) {
      (reading.patch.at ??= {})[f.path] = f.value;
      reading.evidence.push({ path: f.path, value: f.value, words: f.words });
    }
    reading.correcting = true;
  }
  // 说错了 他们是就业困难人员 (退役军人是另一家的), of the one group the case holds: that row's group
  // changes — no second row.
  const heldRows = session.applicant?.type === 'employer' ? session.applicant.hires ?? [] : [];
  const pointedIs = /(他们|她们|这些人|那些人|那几个|这几个|那仨|那俩|这仨|这俩|招的)(都|其实|应该)?(是|都是)([^,，。\s]{1,8})/.exec(text);
  const regroup = pointedIs && reading.correcting && !newPerson && heldRows.length === 1
    ? reading.evidence.find((e) => /^hires\[\d+\]\.group$/.test(e.path) && pointedIs[4]!.includes(e.words) && e.value !== heldRows[0]!.group)
    : undefined;
  if (regroup) {
    // The row named with 是 carries what else was said of it (都干了八个月了) onto the case's row.
    const idx = /^hires\[(\d+)\]/.exec(regroup.path)![1]!;
    const row = reading.patch.hires[Number(idx)] as Record<string, unknown>;
    const at = (reading.patch.at ??= {});
    for (const [k, v] of Object.entries(row)) if (k !== 'count' && v !== undefined) at[`hires[0].${k}`] = v;
    reading.patch.hires = [];
    reading.evidence = reading.evidence
      .filter((e) => !/^hires\[\d+\]/.test(e.path) || e.path.startsWith(`hires[${idx}].`))
      .map((e) => (e.path.startsWith(`hires[${idx}].`) ? { ...e, path: e.path.replace(`hires[${idx}].`, 'hires[0].') } : e));
  }
  const factsFound = patchHasFacts(reading.patch);
  const toldCase = tellsCase(reading);
  const decision = routeQuestion(said, {
    hasTopic: (session.topics.length > 0 || Boolean(session.lastQuery)) && !newPerson,
    // 大概一百二十万, to the payroll question: a reply, only a rough one (said so, and asked again).
    answersPendingQuestion: pending !== undefined || (pendingFact !== undefined && reading.vague.some((v) => v.path === pendingFact)),
    factsFound,
    inDialogue: Boolean(session.inDialogue && session.applicant) && !newPerson,
    hasCase: Boolean(session.applicant) && !newPerson,
    statesUnknown: reading.unknown.length > 0,
    ownFigures: reading.evidence.some((e) => /^(equipment\[\d*\]\.valueYuan|payrollYuan|educationFundYuan|trainingSubsidyYuan)$/.test(e.path)),
    toldCase,
    onlyWho: reading.evidence.every((e) => e.path === 'entity') && reading.patch.hires.length === 0,
    lastTopics: newPerson ? [] : session.topics,
    ...(context.sharesPlanWords ? { sharesPlanWords: context.sharesPlanWords } : {}),
    ...(quotedPlan ? { quotesPlan: true } : {}),
    ...(context.namesProgramme?.(said) ? { namesProgramme: true } : {}),
  });
  const asOf = datedAsOf(text);
  // 还能申请吗 asked of today (or of a year after the plan): its end is the answer. Of a year
  // inside it (2020年还能申请吗), the rules answer for that date.
  // 以工代训还有没: with a subject named, 还有吗 asks whether it still exists (alone, it may ask for more).
  // 今年已经补过三次了还能补吗 asks about the yearly limit, not whether the plan still holds.
  // 三个贫困户 干满一年 以工代训六个月 还能拿以工代训不: a case told in full asks for its verdict
  // (the period is still said with it), not only whether the plan holds.
  // 说错了 那俩其实是残疾人: the one group of the case named anew for the same people — it replaces the old.
  const oneRow = session.applicant?.type === 'employer' && session.applicant.hires?.length === 1 ? session.applicant.hires[0] : undefined;
  const renamed = reading.patch.hires.length === 1 ? reading.patch.hires[0]!.group : undefined;
  // (那个小伙子是当兵退下来的, of a row of five: one person of them, split off in resolve — not the row relabelled.)
  const onePointed = /(那|这)个(小伙子?|姑娘|大姐|大哥|大叔|人|的)?[^,，。\s]{0,2}是/.test(text) && (oneRow?.count ?? 1) > 1;
  if (reading.correcting && oneRow?.group && renamed && renamed !== oneRow.group && reading.denied.length === 0 && !onePointed && /(那|这)(俩|仨|几个|些|个|两个|三个)|他们|她们|(?:小|老|阿)[\u4e00-\u9fff](其实|应该|实际)?是/.test(text)) {
    reading.denied.push({ path: 'hires[].group', value: oneRow.group, words: '' });
  }
  // 等等 俺们公司社保压根没交 那还中不中 / 搞错了 那三个是就业困难人员 那多少钱: a fact of the case
  // under way said anew, with a question after it — the case is run again, not searched.
  // (有一半是职工教育经费出的, of the equipment told: a share of its sum is a fact of the case too.)
  const sharesOfCase = (reading.shares ?? []).some((sh) => session.applicant?.type === 'employer' && (session.applicant.equipment ?? []).length > 0 && /^equipment\[\d+\]\.valueYuan$/.test(sh.path));
  const updatesCase = session.applicant?.type === 'employer' && !newPerson && session.inDialogue !== false && (reading.evidence.some((e) => CASE_FACT.test(e.path) || /^entity$/.test(e.path)) || reading.denied.length > 0 || sharesOfCase) && reading.vague.length === 0 && (sharesOfCase || reading.correcting || /不对|搞错|弄错|说错|说岔|打岔|等等|等会|等下|等一下|重新算|其实|更正/.test(text) || reading.denied.some((d) => d.path === 'hires[].group' && session.applicant?.type === 'employer' && (session.applicant.hires ?? []).some((h) => h.group === d.value)));
  const stillValid = (session.applicant !== undefined && !newPerson && asksFutureClaim(text) && !asOf) || (!updatesCase && !TIMES_USED.test(text) && !toldCase && (asksStillValid(text) || (decision.topics.length > 0 && /还有(没有|没|吗|么|不)[？?。]*$/.test(text.replace(/\s+/g, '')))) && (!asOf || asOf > POLICY.period.to));
  // A message with no subject of its own that leans on the last turn keeps the last topic.
  const leansBack = decision.topics.length === 0 && (decision.route === 'followup' || stillValid);
  const carriedTopic = leansBack ? session.topics[0] : undefined;
  const base = {
    text,
    masked,
    topics: decision.topics,
    reading,
    ...(pending ? { pending } : {}),
    ...(asOf ? { asOf } : {}),
    parts: questionParts(text),
    contact: CONTACT_QUESTION.test(text),
    stillValid,
    ...(carriedTopic ? { carriedTopic } : {}),
    ...(newPerson ? { newPerson } : {}),
    ...(kinCase || relativeInstead || relativeNext ? { kinCase: true } : {}),
    ...(kin ? { kin } : {}),
    ...(resumed ? { resumeParked: true } : {}),
    ...(unitLabel ? { unitLabel } : {}),
    ...(quotedPlan ? { quotesPlan: true as const } : {}),
  };
  // 那等下个月干满半年了 就可以申请了吧: a claim supposed for later is answered by the plan's end,
  // before any of its supposed months is read as a fact of the case.
  if (stillValid && asksFutureClaim(text) && session.applicant !== undefined) return { ...base, intent: 'validity' };

  if (decision.route === 'reset') return { ...base, intent: 'reset' };
  if (backTo) return { ...base, intent: 'other_unit' };
  // 残疾人培训 三年计划培训多少人次: a programme's target is the plan's own figure — never a case,
  // whatever is said of the asker or a relative along the way.
  if (/(三年|一共|总共|计划|目标|任务)[^，,。？?]{0,12}(多少人次|多少人|多少名|几万人)|多少人次/.test(text) && !session.inDialogue) return { ...base, intent: 'lookup' };
  // 要是考高级电工呢 / 如果干满六个月的话: the case computed as supposed, the case itself unchanged
  // (a correction says 不对, not 要是).
  // 你刚才说的那个数对吗 / 不对吧 我算的是3600 / 不是最高50万吗 咋才这点: the figure doubted, no fact
  // changed — the case again, with how the plan computes it (a changed fact is a correction instead).
  const doubts = session.applicant !== undefined && session.inDialogue === true && DOUBTS_AMOUNT.test(text.replace(/\s+/g, '')) && (reading.evidence.every((e) => e.path === 'entity') || !reading.correcting) && (decision.route !== 'out_of_scope' || decision.reason === 'not_covered' || decision.reason === 'chitchat');
  if (doubts) return { ...base, intent: 'eligibility', recheck: true };
  // 那最后到底是多少 给句准话 / 那就是三千块是吧 / 最后那个数再跟我对一遍: the case's sum asked again,
  // with nothing new said — the case is run again and its sum said, never left to search.
  // (Only a case with facts of its own: a unit named in a lookup, 合作社想搞学徒制, has no sum to recall.)
  // (A person's case has no sum of the plan's to recall; 一个叉车证到底补多少钱 asks the standard.)
  // (就是说最多也就十万了是吧: a confirmation of the case's sum, 最多 or not.)
  const confirms = session.inDialogue === true && /是吧|对吧|对不对|没错吧/.test(text);
  const holdsCaseFacts = session.applicant?.type === 'employer' && Object.entries(session.applicant).some(([k, v]) => !['type', 'entity', 'insured'].includes(k) && v !== undefined && !(Array.isArray(v) && v.length === 0));
  const asksTheStandard = !confirms && /标准|一个|每个|每人|一般|最多|最高/.test(text);
  // (第二批那俩要是…一共多少: a sum asked of a supposition is the what-if's, below.)
  const recap = holdsCaseFacts && !asksTheStandard && !WHAT_IF.test(text.replace(/\s+/g, '')) && (session.inDialogue === true || /那个数|对一遍|对一下|是吧|对吧/.test(text)) && RECAP.test(text.replace(/\s+/g, '')) && reading.evidence.every((e) => e.path === 'entity') && reading.unknown.length === 0 && reading.vague.length === 0 && (decision.route !== 'out_of_scope' || decision.reason === 'not_covered' || decision.reason === 'chitchat');
  if (recap) return { ...base, intent: 'eligibility', recheck: true };
  // 对 就是五个月, after 应该是五个月吧: the value held, confirmed — the case again, nothing changed.
  const confirmsHeld = session.inDialogue === true && session.applicant !== undefined && /^(对|对的|是的|没错|嗯|是|确实|确定)[,，\s]*(就是|是|确定是|确实是)/.test(text.trim()) && (reading.evidence.length > 0 ? reading.evidence.every((e) => heldAlready(session.applicant!, e.path, e.value)) : monthsHeld(text, session.applicant!));
  if (confirmsHeld) return { ...base, intent: 'eligibility', recheck: true };
  // 那5个里有一个其实也是残疾人 不影响吧: one of the people held is of a second group as well — no row
  // changes (either group counts them once); the case again, as it stands.
  const alsoOfHeld = session.applicant?.type === 'employer' && (session.applicant.hires?.length ?? 0) > 0 && alsoOfAnotherGroup(text) && reading.evidence.every((e) => /^hires\[\d*\]\.group$/.test(e.path));
  if (alsoOfHeld) return { ...base, reading: { ...reading, patch: { ...reading.patch, hires: [] }, evidence: [] }, intent: 'eligibility', recheck: true };
  // The supposition's own words are read as if said (a condition is otherwise no fact).
  // (要是学完拿了证 一年能领几回: the rule's limit asked, whatever is supposed.)
  const supposed = session.applicant !== undefined && WHAT_IF.test(text.replace(/\s+/g, '')) && !/几次|几回|多少次|多少回|哪些|什么条件|啥条件/.test(text) && !reading.correcting && decision.route !== 'out_of_scope'
    ? readFacts(said.replace(WHAT_IF_WORDS, '').replace(/^(那|那么)[,，\s]?/, '').replace(/呢(?=[,，\s])/g, '').replace(/([,，\s]*(呢|吗|么|嘛|中不中|行不行|可以不|能行不|会咋样|会怎样|咋样|怎么样|能拿多少|能补多少|能给多少|能领多少|给多少|补多少|多少钱))*[？?。!！\s]*$/, ''), readContext)
    : undefined;
  if (supposed && session.applicant!.type === (supposed.patch.audience ?? session.applicant!.type) && supposed.evidence.some((e) => e.path !== 'entity')) return { ...base, reading: sameItemElsewhere(addedToTheCase(batchSupposed(supposed, text, session), text, session), text, session), intent: 'eligibility', hypothetical: true };
  // 先说一下 岗前培训补贴俺们一分都没领: an employer opening its case with the claim — the case starts.
  const opensWithClaim = !session.applicant && reading.patch.audience === 'employer' && reading.evidence.length > 0 && reading.evidence.every((e) => /preJobTrainingSubsidy$|^entity$|^insured$/.test(e.path)) && reading.evidence.some((e) => /preJobTrainingSubsidy$/.test(e.path)) && !ASKS.test(text);
  if (opensWithClaim) return { ...base, intent: 'eligibility' };
  if (exact && session.applicant && !RESET_OR_DECLINED.has(decision.reason ?? '')) return { ...base, intent: 'eligibility' };
  // 厂里想申请以工代训的那个钱 / 我们公司能申请设备补助吗: a unit setting out to apply, its facts still
  // to come — the case starts, and its first question is asked rather than the rule recited.
  const setsOut = !session.applicant && decision.route !== 'out_of_scope' && decision.topics.length > 0 && decision.topics.every((t) => UNIT_TOPICS.has(t)) && ((UNIT_APPLIES.test(text.replace(/\s+/g, '')) && !/多少|几|最多|最高|上限|名额|限制|条件|标准/.test(text)) || (UNIT_PLANS.test(text.replace(/\s+/g, '')) && /(能|可以|会)(补|给|拿|领|报)多少(钱)?/.test(text) && !/最多|最高|上限|名额|多少人|几个人/.test(text))) && reading.evidence.every((e) => /^entity$|^equipment\[\d+\]\.kind$/.test(e.path)) && reading.vague.length === 0 && reading.unknown.length === 0;
  if (setsOut) {
    reading.patch.audience = 'employer';
    return { ...base, intent: 'eligibility' };
  }
  if (change?.kind === 'which' && !RESET_OR_DECLINED.has(decision.reason ?? '')) return { ...base, intent: 'which', which: { figure: change.figure, options: change.options, examples: change.examples, ...(change.relative ? { relative: true } : {}), ...(change.pending ? { pending: change.pending } : {}) } };
  if (change?.kind === 'facts' && !RESET_OR_DECLINED.has(decision.reason ?? '')) return { ...base, intent: 'eligibility' };
  if (updatesCase && !RESET_OR_DECLINED.has(decision.reason ?? '')) return { ...base, intent: 'eligibility' };
  // 我们是做包装食品的企业 在新郑那边, while the unit's case waits on a question: who they are, told
  // along the way — the case goes on (the question is asked again), nothing is searched.
  // (是公司啊 营业执照上写的xx有限公司 ok吗: the kind said to settle a doubt about it — the case answered again.)
  const unitStated = /(是|就是|属于)(个|一家)?[^,，。]{0,12}(公司|合作社|车间)(?!所得税)|营业执照/.test(text) && !/税|到账|收入/.test(text);
  const saysWhoMidCase = session.applicant?.type === 'employer' && session.inDialogue === true && (pendingFact !== undefined || unitStated) && reading.evidence.length > 0 && reading.evidence.every((e) => e.path === 'entity') && ((!ASKS.test(text) && !/[吗么呢?？]|能|可以|不$/.test(text)) || unitStated) && decision.topics.length === 0;
  if (saysWhoMidCase && !RESET_OR_DECLINED.has(decision.reason ?? '')) return { ...base, intent: 'eligibility' };
  // 那这6万4是直接打到账上不, after the education-fund deduction: a deduction is never paid out,
  // which that verdict says (不是现金补贴) — not an unsettled question of which account.
  if (session.topics[0] === ANSWERS.roles.taxDeduction && session.applicant?.type === 'employer' && reading.evidence.length === 0 && /打到|到账|账上|账户|发钱|给钱|拨下来|发下来|领钱|现金|返还|退给/.test(text)) return { ...base, intent: 'eligibility' };
  // 退伍的那仨为啥不算 / 为什么没有我的: "why not" about a case the rules have run is answered
  // from that case's verdict and its clause, not from a search on the words.
  if (WHY_NOT.test(text.replace(/\s+/g, '')) && session.applicant && reading.evidence.every((e) => /\.group$|^groups$/.test(e.path)) && !RESET_OR_DECLINED.has(decision.reason ?? '')) return { ...base, intent: 'eligibility' };
  // 不对 我们是职业院校, after the employer's case: the kind of unit is corrected, and the rules
  // run again on it — the unit's kind decides several of them.
  // 是叉车公司 不是学校 营业执照是有限公司: a licence named only to say what the unit is.
  if (correctsEntity(text, reading, session) && (decision.reason === 'other_policy' || !RESET_OR_DECLINED.has(decision.reason ?? ''))) return { ...base, intent: 'eligibility' };
  // 这方案啥时候印发的 / 63号文从哪天算起: the document's own dates, from its metadata — not the
  // timing of a payment, which the plan leaves open.
  if (DOCUMENT_DATES.test(text) && DOCUMENT_QUESTION.test(text) && !/补贴|补助|钱|申请|申报|报名|发放|到账|领|拨付/.test(text) && reading.evidence.length === 0 && !pendingFact) return { ...base, intent: 'lookup' };
  // 过期了没 / 还有效吗 are too short for the policy's words, yet about it: only another policy,
  // another city or an attempt at the instructions stays declined.
  // (电动车上牌 郑州现在还能上吗: a subject of its own the plan has no word for stays declined.)
  const declined = decision.route === 'out_of_scope' && !(stillValid && (decision.reason === 'not_covered' || decision.reason === 'chitchat') && (!namesItsOwnSubject(text) || session.topics.length > 0 || Boolean(session.lastQuery)));
  // 有没有年龄限制啊 / 总得有个标准吧: no policy word, yet a subject the plan leaves open (or the
  // last turn's amount pressed again) — said to be unsettled, not declined as foreign.
  // Only inside a conversation about the plan: alone, 要带啥手续 may be about anything (上牌, 上学).
  // 要交钱不, alone after a training was talked about: whether the trainee pays, of that training.
  const paysAsked = /^(要|得|需要|用)(我|俺)?(自己)?(交|掏|花|出)钱(不|吗|么|嘛|没)?[？?]*$/.test(text.replace(/\s+/g, ''));
  const unsettledAnyway = declined && decision.reason === 'not_covered' && (session.topics.length > 0 || Boolean(session.lastQuery)) ? unsettledSubject(paysAsked ? '参加培训要我自己出钱吗' : text, carriedTopic ? [carriedTopic] : (text.length <= 16 || /还是|是真的|真的吗/.test(text)) && session.topics[0] ? [session.topics[0]] : [], context.rule) : undefined;
  if (unsettledAnyway) return { ...base, intent: 'not_settled', unsettled: unsettledAnyway };
  // 学完了给不给安排工作 / 考几级证比较好, alone: in the plan's field, yet nothing in it settles it.
  // 骗补被查到了会罚多少: a subject the plan names but leaves open is its own, training words or not.
  // 没签劳动合同 算不算吸纳就业: another policy's word, asked of the plan's own hiring.
  const hiringAsked = decision.reason === 'other_policy' && /吸纳|以工代训/.test(text);
  // (二手车过户要带啥手续: no word of the plan's field — another office's procedure, declined.)
  // (考中式面点师四级 一个人补多少: a trade's level, then its sum — the training subsidy, in other words.)
  const fieldNamed = inPlanField(text) || /补贴|补助|骗补|吸纳|以工代训|培训|技能/.test(text) || trainingSubsidyNamed(text);
  const openField = declined && (decision.reason === 'not_covered' || hiringAsked) && fieldNamed ? (unsettledSubject(text, [], context.rule) ?? (inPlanField(text) ? openInField(text) : undefined)) : undefined;
  if (openField) return { ...base, intent: 'not_settled', unsettled: openField };
  if (declined) return { ...base, intent: 'out_of_scope', ...(decision.reason ? { reason: decision.reason } : {}) };
  // A validity question is no reply to the pending one (还能领不 is not a "不"); facts told with
  // it (我是农民工) are kept for a later question, but the end is the answer.
  // 六十五岁了 还能报名吗: the subject the plan leaves open (an age limit) is the question, not the period.
  const openSubject = stillValid ? openOnItsOwn : undefined;
  if (openSubject && !openSubject.id.startsWith('amount:') && !openSubject.id.startsWith('per_head:')) return { ...base, intent: 'not_settled', unsettled: openSubject };
  if (stillValid) return { ...base, intent: 'validity' };
  // 那一年能补多少 大概数也中, in a dialogue about a subsidy whose amount the plan leaves open
  // (学徒, 创业培训): the amount is the question, and no fact of the case can settle it.
  // 师傅带徒弟的津贴钱从哪出 → 那一个月给师傅多少: the support the last question named, its sum asked now.
  const supportAsked = !pending && reading.evidence.length === 0 && decision.topics.length === 0 && session.lastQuery && (ASKS_SUM.test(text) || /标准|钱数/.test(text)) ? supportSumAsked(session.lastQuery, text) : undefined;
  if (supportAsked) return { ...base, intent: 'not_settled', unsettled: supportAsked };
  const unfixedAsked = !pending && reading.evidence.length === 0 && decision.topics.length === 0 && session.topics.length > 0 && (ASKS_SUM.test(text) || /大概数|最多|最高|封顶|上限|顶天/.test(text)) ? unsettledSubject(ASKS_SUM.test(text) ? text : '最多补多少', session.topics.slice(0, 1), context.rule) : undefined;
  if (unfixedAsked?.id.startsWith('amount:')) return { ...base, intent: 'not_settled', unsettled: unfixedAsked };
  // 想考个护理员证 这岁数还能参加补贴培训吗 → 补贴能给多少钱 一千还是两千: the last question named the
  // training subsidy without a topic of its own; its sum is asked now.
  const lastNamed = !pending && reading.evidence.length === 0 && decision.topics.length === 0 && session.topics.length === 0 && session.lastQuery && ASKS_SUM.test(text) && !OWN_SUBJECT_WORDS.test(text) ? unsettledSubject(`${trainingSubsidyNamed(session.lastQuery) ? '培训补贴' : ''}补多少`, [], context.rule) : undefined;
  if (lastNamed?.id.startsWith('amount:')) return { ...base, intent: 'not_settled', unsettled: lastNamed };
  // 那是不是跟以工代训一样 一人一月给200, after 学徒: the last subject compared with another rule's
  // figure — the last subject's amount is the question, and the plan fixes none for it.
  const likeAnother = !pending && reading.evidence.length === 0 && session.topics.length > 0 && /^(那|那么)?(是不是|是否|能不能|会不会)?(也)?(跟|和|同|像)[^,，。？?]{1,8}(一样|那样|似的)/.test(text.replace(/\s+/g, '')) ? unsettledSubject('补多少', session.topics.slice(0, 1), context.rule) : undefined;
  if (likeAnother?.id.startsWith('amount:')) return { ...base, intent: 'not_settled', unsettled: likeAnother };
  // 那按一人一月200算 带了六个月 是不是就是三万六, of a rule that fixes no sum: the asker's own reckoning —
  // the plan fixes none to check it against.
  const ownSum = !pending && session.topics.length > 0 && PROPOSES_SUM.test(text.replace(/\s+/g, '')) ? unsettledSubject('补多少', session.topics.slice(0, 1), context.rule) : undefined;
  if (ownSum?.id.startsWith('amount:')) return { ...base, intent: 'not_settled', unsettled: ownSum };
  if (pending) return { ...base, intent: 'answer' };
  // 想回村开个养鸡场 有创业培训没 (培训管饭不): the wish is the very fact 三(八) reads, so the
  // verdict answers; a part the plan leaves open is answered beside it.
  // 孩子在技校上学 家里困难 有啥补助不: a fact the named subject's own rule reads, with a question
  // of what one gets — the verdict, which asks for what is missing (建档立卡?), not the clause alone.
  const subjectRules = decision.topics.map((id) => RULES.find((r) => r.id === id)).filter((r) => r !== undefined && r.audience === 'person');
  // (Not when the child's own aid is asked of by a parent: the student's rule is hers, not the asker's.)
  const childsOwnAid = decision.topics.includes(ANSWERS.roles.studentAid) && reading.evidence.some((e) => e.path === 'childStudent');
  // (Nor when an amount is asked: the plan fixes none for these, which the unsettled answer says.)
  const readsOwnRule = !session.applicant && !childsOwnAid && !ASKS_SUM.test(text) && reading.patch.audience !== 'employer' && reading.evidence.some((e) => subjectRules.some((r) => r!.reads.includes(e.path)));
  const alongside = openOnItsOwn && !openOnItsOwn.id.startsWith('amount:') ? { unsettled: openOnItsOwn } : {};
  if (readsOwnRule && /有啥|有什么|有没有|有无|能不能|能领|能拿|能享受|能报|可以报|可以参加|能参加|(能|可以)(来|去)[^,，。]{0,6}参加|行不|中不中|得唔得|补助吗|补贴吗|有补|给补|补贴不|补不补|给不给|能补/.test(text)) return { ...base, intent: 'eligibility', ...alongside };
  const wishTold = reading.evidence.some((e) => e.path === 'wantsToStartBusiness' || e.path === 'businessYears');
  if (wishTold && (decision.topics.includes(ANSWERS.roles.businessTraining) || /创业|扶持|支持|补贴|补助|政策|帮扶|培训/.test(text)) && !session.applicant?.type?.startsWith('employer')) return { ...base, intent: 'eligibility', ...alongside };
  // 我儿子是残疾人 公司招他了 公司有补贴吗: the employer's case, whoever tells it.
  if (session.applicant?.type !== 'employer' && asksWhatEmployerGets(text) && findGroups(text, []).some((g) => !g.denied && !g.asked)) return { ...base, intent: 'eligibility' };

  // A subject the plan leaves open is answered as such, even when facts come with it (我是贫困户，
  // 培训期间有生活费补贴吗): an eligibility run would answer a different question. A follow-up
  // (补贴多少钱) is about the last turn's subject.
  const unsettled = unsettledSubject(text, decision.topics.length > 0 ? decision.topics : carriedTopic ? [carriedTopic] : [], context.rule);
  // An amount the plan does not fix is not fixed whoever asks (我是退役军人 培训补贴一年能给多少);
  // an employer's facts still run the rules (their amounts are computed where the plan fixes them).
  const personOnly = reading.patch.audience !== 'employer' && reading.patch.hires.length === 0 && session.applicant?.type !== 'employer';
  // A person who told their own case (证拿到了 今年头一回 不领养老金…) and asks 补多少 gets the
  // verdict, whose line says the plan fixes no amount.
  const ownFacts = reading.evidence.filter((e) => PERSON_CASE_FACT.test(e.path));
  // 想自己开个小超市 有创业培训不 补多少: one fact that the subject's own rule reads is a case too.
  const subjectRule = unsettled?.id.startsWith('amount:') ? RULES.find((r) => r.id === unsettled.id.slice('amount:'.length)) : undefined;
  const personCase = ownFacts.length >= 2 || ownFacts.some((e) => subjectRule?.reads.includes(e.path) === true);
  // Told as a whole case, whatever it mentions on the way (我40岁 …证拿到了 今年没领过…): the verdict.
  // 贫困户3个 干了7个月…能补多少？多久能到账: an employer's case told in full, with a question the plan leaves open — both answered.
  if (unsettled && !unsettled.id.startsWith('amount:') && reading.patch.audience === 'employer' && tellsCase(reading) && /能补|补多少|能拿|能领|多少钱/.test(text)) return { ...base, intent: 'eligibility', unsettled };
  // 备战竞赛的专项培训 企业能拿多少奖补: the unit only named, with the subject — no case to run.
  const unitOnlyNamed = reading.patch.audience === 'employer' && !session.applicant && reading.evidence.length <= 2 && reading.evidence.every((e) => e.path === 'entity' || subjectRule?.reads.includes(e.path) === true);
  if (unsettled && !personCase && (!factsFound || !unsettled.id.startsWith('amount:') || personOnly || (unitOnlyNamed && subjectRule !== undefined))) return { ...base, intent: 'not_settled', ...eachPartsSubject(base.parts, unsettled, decision.topics.length > 0 ? decision.topics : carriedTopic ? [carriedTopic] : [], context.rule) };
  // 学个家政 考了证 一个人到底补多少: the verdict on the case, and that the plan fixes no sum for it.
  if (unsettled && personCase && unsettled.id.startsWith('amount:') && subjectRule) return { ...base, intent: 'eligibility', unsettled };

  // 厂里交社保；贫困户两个 干了半年多 以工代训3个月；…；岗前都没领: facts of a case, stated
  // without a question word, are the case to run — not a search for the clause they mention.
  // 工作室那个上限 是不是十万封顶: the cap asked about, the site only named — the rule's figures answer.
  const asksCap = /上限|封顶|最高|最多/.test(text) && reading.evidence.every((e) => /^(entity|equipment\[\d*\]\.kind)$/.test(e.path)) && !session.inDialogue;
  if (asksCap && decision.topics.length > 0) return { ...base, intent: 'lookup' };
  // 学完拿了证 一年能领几次: the yearly limit asked — the rule's sentence answers it (facts are kept).
  if (/(一年|每年|一年内|年内)[^，,。？?]{0,8}(几次|几回|多少次|多少回)/.test(text) && reading.patch.hires.length === 0 && decision.topics.length > 0) return { ...base, intent: 'lookup' };
  // Only with no case under way: mid-case, facts of the case are its own (设备…教育经费出的).
  if (decision.route === 'eligibility' && !session.applicant && factsBesideTheSubject(decision.topics, reading, text)) return { ...base, intent: (session.topics.length > 0 || Boolean(session.lastQuery)) ? 'new_topic' : 'lookup' };
  if (decision.route === 'eligibility' || (decision.route === 'lookup' && statesCase(text, reading))) return { ...base, intent: 'eligibility' };
  // 一线职工那块 连一半都没花到 有影响吗, after the case's verdict: a fact of the case, asked what it
  // changes — the case runs again with it, and its verdict says.
  if (decision.route === 'lookup' && session.applicant?.type === reading.patch.audience && reading.evidence.some((e) => e.path !== 'entity') && /影响|有问题|有没有问题|有啥问题|要紧|碍事|打折|少给|扣钱|变不变/.test(text)) return { ...base, intent: 'eligibility' };
  if (decision.route === 'followup') return { ...base, intent: 'followup' };
  const hadTopic = session.topics.length > 0 || Boolean(session.lastQuery);
  return { ...base, intent: hadTopic ? 'new_topic' : 'lookup' };
}

/** The reading with its hire rows replaced by one row per person named (their facts are the rows' own). */
function asHouseholdRows(reading: FactReading, rows: Hire[]): FactReading {
  const evidence = reading.evidence.filter((e) => !/^hires\[/.test(e.path));
  rows.forEach((h, i) => {
    for (const [k, value] of Object.entries(h)) evidence.push({ path: `hires[${i}].${k}`, value, words: String(value) });
  });
  return { ...reading, patch: { ...reading.patch, hires: rows, hireDefaults: {} }, evidence };
}
