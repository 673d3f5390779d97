/**
 * What the plan's text settles, decided by classes rather than by sentences:
 *
 * - Outside the plan: other policies of the same offices (wages, unemployment insurance,
 *   pensions, tax returns, housing fund, labour contracts, medical insurance, loans …) asked
 *   without any word of skills training. The plan funds training from some of them (失业保险基金)
 *   but says nothing a person could act on about them.
 * - In the plan's field but not settled by its text: the subjects people ask about around a
 *   subsidy that the plan leaves to other rules — the 生活费补贴 (named only as a scope that may
 *   be adjusted), when money arrives, age limits, 交通补贴, materials, the account paid into —
 *   and the amount of any subsidy whose rule fixes no figure (职业培训补贴 per occupation,
 *   创业培训). These get "本方案没有规定…", what the plan does say, and where to ask; never a
 *   figure from another rule.
 */
import type { RuleMeta } from '../rules/engine.js';
import type { PackNamedBody, PackUnsettledSubject } from '../rules/pack.js';
import { ANSWERS } from '../rules/registry.js';
import { memoByText } from '../cache/text-memo.js';
import { questionParts } from './parts.js';
import type { TopicId } from './topics.js';

/** A subject the plan's field includes but its text does not settle. */
export interface UnsettledSubject {
  id: string;
  /** What the plan does not fix, to follow "本方案没有规定". */
  what: string;
  /** The clause whose words come closest, quoted as what the plan does say. */
  clause: string;
  /** Picks the sentence of that clause to quote. */
  quote: RegExp;
}

/** Every pack's unsettled subjects. */
const SUBJECTS: readonly PackUnsettledSubject[] = ANSWERS.unsettled;

const RECOGNISED = /认定|界定|怎么算|怎样算|算不算|才算|认定标准|认定条件|(什么|哪些|啥|哪种)(样的)?(人|情况).{0,2}算/;

/** 退役军人怎么认定: the documents name their groups but recognise none of them. */
function groupCriteria(text: string): UnsettledSubject | undefined {
  if (!asksRecognition(text)) return undefined;
  for (const c of ANSWERS.groupCriteria) {
    const group = c.groups.exec(text)?.[0];
    // 没考上高中 算不算方案里说的两后生: a group the document defines — its definition answers.
    if (group && c.defined?.test(group) && !EXPLICIT_RECOGNITION.test(text)) continue;
    if (group && RECOGNISED.test(text)) return { id: 'criteria_group', what: `${group}的认定标准和办法`, clause: c.clause, quote: c.quote };
  }
  return undefined;
}

/** Hires counted (招了3个, 贫困户 2个, 一、残疾人3人): an employer's case, for the rules to run. */
const HIRES_COUNTED = /(招|吸纳|雇|录用|聘|收)(了|用|进)?[^，,。？?]{0,8}[\d一二两三四五六七八九十]+\s*(个|名|位|人)|[\d一二两三四五六七八九十]+\s*(个|名|位|人)(?![月次])|(有|其中|里头|里面)(俩|仨)(?!月)/;
/** What counts as the group or how it is certified: 怎么认定, 什么标准, 需要什么证. */
// (按月补的标准是多少 asks the subsidy's rate, not who counts.)
const EXPLICIT_RECOGNITION = /认定|界定|(什么|哪些|啥)样?的?(标准|条件)|(?<!补[贴助]?的?)标准是|(需要|要|得|开|办|拿|出)(个|张)?(什么|啥|哪些|哪种)(证|证明|证件)|凭(什么|啥)/;
/** The subsidy or its scheme is what is counted (算不算以工代训的对象, 以工代训补贴怎么算). */
const SUBSIDY_COUNTED = /以工代训|补贴|补助|补多少|钱|对象|范围/;

/**
 * Whether a group's recognition is asked — what counts as the group, how it is certified — and
 * not whether an employer's hires of it count for a subsidy (招了3个残疾人 算不算以工代训的对象):
 * that is a case for the rules, which ask for the facts still missing.
 */
function asksRecognition(text: string): boolean {
  if (HIRES_COUNTED.test(text)) return false;
  return EXPLICIT_RECOGNITION.test(text) || !SUBSIDY_COUNTED.test(text);
}

/** Bodies the documents name and fund but never define (the packs' `namedBodies`). */
const NAMED_BODIES: readonly PackNamedBody[] = ANSWERS.namedBodies;
/** Asks what it takes to be recognised (怎么评上, 要够啥条件才算, 够格, 评审标准). */
const RECOGNITION =
  /(怎么|咋|如何|怎样)(个)?(申报)?(认定|评上|评定|评审|评选|评出|界定|算|才算|当上|挂牌)|够格|够资格|才(能)?(算|叫|称|评上|挂牌)|(够|具备|满足|达到|符合)(个)?(啥|什么|哪些|哪几个)(条件|标准|要求|资格)|(要|得|需要)(够|具备|满足|达到|符合)?(啥|什么|哪些)(样的)?(条件|资格|标准|门槛)|(认定|评定|评审|评选|申报)(的)?(标准|条件|要求|办法)|门槛|(什么|啥)样的[^，,。？?]{0,6}(才)?(算|叫|能叫|能算)/;
/** Words of money or of a subsidy: the conditions of a subsidy are the plan's (四(一) 验收合格). */
// (收了俩仨建档立卡的 以工代训这个咋算: how the subsidy of hires is computed, not the unit's recognition.)
const MONEY_WORDS = /补|钱|元|资金|奖|经费|设备|以工代训|招了|收了|雇了|吸纳/;

function bodyRecognition(text: string): UnsettledSubject | undefined {
  if (!RECOGNITION.test(text) || MONEY_WORDS.test(text)) return undefined;
  const body = NAMED_BODIES.find((b) => b.test.test(text));
  if (!body) return undefined;
  return { id: 'criteria_body', what: `${body.name}的认定条件和办法`, clause: body.clause, quote: body.quote };
}

/** Support granted without a figure (every pack's): asked how much, the answer is that the document does not say. */
const UNFIXED_SUPPORT: readonly PackUnsettledSubject[] = ANSWERS.unfixedSupport;
/** Asks how much or what treatment (not a yes/no of whether there is support at all). */
const ASKS_HOW_MUCH = /多少|几成|几万|几千|标准|待遇|多大|幅度|(怎么|咋|如何|怎样)(算|计算|核算|给钱)|按(什么|啥)(算|标准)/;
/**
 * Asks how something the plan only names (探索建立特级技师制度, 评选奖励项目) is run: the
 * criteria, the procedure. Asking how to apply for a subsidy is not one (its clause says where).
 */
const ASKS_PROCEDURE = /(怎么|咋|如何|怎样)(个)?(评|评定|评选|评审|认定|选拔|选出|选|考核|评上|当上)|(评定|评选|评审|认定|选拔)?(的)?(条件|标准|办法|流程|程序|细则)(是|有)(什么|啥|哪些)|(要|需要|得)(满足|具备|符合)?(啥|什么|哪些)(条件|资格|要求)|具体(怎么|咋|如何)(评|弄|搞|操作|执行)/;

/**
 * Times a subsidy was had already, or the same level again (补过三次了, 第二次学, 再考一次):
 * the yearly limit and the no-repeat rule of 职业培训补贴 (七(二)) answer it.
 */
export const TIMES_USED = /(补|领|享受|学|考)(过|了)?[^，,。\s]{0,3}([一二三四五两3-9]|几)\s*(次|回|遍)|第\s*[二三四五2-5]\s*(次|回)|同一(个)?(工种|职业)|再考一(次|回)|(补|领|享受)(过|了)[^。？?]{0,12}(还|再)(想|要|打算)?(考|学|补|领|报)/;
/** 一年能补几次 / 最多能补几回 / 今年第三个还给补吗: the yearly limit itself asked about. */
export const LIMIT_ASKED = /(一年|每年|今年|一年内|年内)[^，,。？?]{0,6}(补|领|享受|报|学|考)[^，,。？?]{0,3}(几|多少)\s*(次|回|个)|最多[^，,。？?]{0,6}(几|多少)\s*(次|回)|(有|是)?(次数|几次)(限制|上限)|(第(三|四|五|3|4|5)个|第(三|四|五|3|4|5)(次|回))[^。？?]{0,12}(还|能|可以)[^。？?]{0,4}(补|给|领)|(补|领)(过|了)[^。？?]{0,14}还(给|能|可以)?(补|领)/;
/** The documents' words for that limit, to pick the sentence that states it. */
export const LIMIT_TERMS: readonly string[] = ANSWERS.limitTerms;

/** Wants an amount of money (not a count of times or months). */
const ASKS_AMOUNT = /[\d一二两三四五六七八九十百千万]+(块|元|万|千)?还是[\d一二两三四五六七八九十百千万]+|(补|给|发|奖|拿)[^，,。？?\s]{0,3}[\d一二两三四五六七八九十百千]+(块|元|万|千)[^。？?]{0,6}(是真的|真的|对不对|对吗|是不是|吗|不|没)|按(人头|人|年|月|次|天)[^。？?]{0,4}还是(按)?(人头|人|年|月|次|天)|(一|每)(个)?(人|学员|学生|徒弟|名)[^，,。？?]{0,3}(多少|几)(?![次回个年月天])|人均[^，,。？?]{0,3}多少|(怎么|咋|如何)(算|计算|核算)(钱|金额)|多少钱|多少元|多少块|补多少|给多少|发多少|能领多少|能拿多少|能补多少|(拿|领|得|给)(到)?多少(奖补|补贴|补助|奖励|资金|经费)|标准是?多少|补贴标准|金额|几块钱|几个钱|一个月多少|每月多少|补贴多少|奖金|奖多少|有多少(?![人次个项年])|给个数|有个(数|标准|准数)|大概(多少|给多少|能给|数)|一般给多少|按(啥|什么|哪个)标准|(给|补|发|奖|能给|能补|能拿|能领)(个)?几(万|千|百|块)|几万块/;

/** Asks for a sum per person (一个学员补多少, 人均多少), not a total. */
const PER_HEAD = /(一|每)(个)?(人|学员|学生|徒弟|名|位)|人均|人头/;

/**
 * Subsidies named by words no topic keyword covers: 育婴员培训补贴 is a training subsidy, and so
 * is money asked after a training done (面点师学完 每人补多少, 培训合格了 一个人给多少).
 */
// 家政培训拿了证 每个人能补多少: a certificate obtained, then the sum asked — the training subsidy's.
// 考中式面点师四级 一个人补多少 / 育婴员证 初级和中级 补贴标准: a level of a trade, then its sum.
const TRAINING_SUBSIDY = /培训补贴|补贴培训|考[^。？?]{0,8}(级|等级|初级|中级|高级|技师)[^。？?]{0,12}(补|给|领|发|拿)|(证|初级|中级|高级|[一二三四五]级)[^。？?]{0,10}(补贴|补助|补)[^。？?]{0,6}(多少|标准|几)|考.{0,4}证|证(书)?培训|(拿|取得|领|考)(了|到)?(个|张)?证[^。？?]{0,16}(补贴|补助|补|给|领|发|拿)|培训[^。？?]{0,8}(补贴|补助|补)[^。？?]{0,4}(多少|几)|(培训|学|考|结业)(完|了|好|过|合格|结束|结业|下来|出来)[^。？?]{0,16}(补贴|补助|补|给|领|发|拿)/;

/** Whether the text names the per-person training subsidy (培训补贴, 补贴培训, 考证后补贴). */
export function trainingSubsidyNamed(text: string): boolean {
  return TRAINING_SUBSIDY.test(text) && !/以工代训|设备|学徒|教育经费|项目制/.test(text);
}

/**
 * The subject of a question the plan does not settle, if any. `topics` are the topics the
 * question names; `rule` gives a topic's rule (its amountRule says when the plan fixes no figure).
 */
export function unsettledSubject(text: string, topics: readonly TopicId[], rule: (id: TopicId) => RuleMeta | undefined): UnsettledSubject | undefined {
  const read = readSubject(text);
  if (read.subject) return read.made ? { ...read.subject } : read.subject;
  const support = read.support;
  if (support?.procedure && read.procedure) return { ...support, id: `${support.id}:procedure`, what: support.procedure };
  if (support && read.howMuch) return support;
  if (!read.amount) return undefined;
  // 以工代训补贴多少钱 is settled (200元); 职业培训补贴 / 创业培训 amounts are not.
  const named = topics.length > 0 ? topics : TRAINING_SUBSIDY.test(text) && !/以工代训|设备|学徒|教育经费|项目制/.test(text) ? [ANSWERS.roles.trainingSubsidy] : [];
  const perHead = PER_HEAD.test(text);
  for (const id of named) {
    const r = rule(id);
    if (!r) continue;
    // 一个学员补多少, of a rule whose figure is a share of a total (先行拨付50%): no per-head sum.
    if (perHead && !/^本方案/.test(r.amountRule) && !/每人/.test(r.amountRule)) {
      const cited = r.citations[0];
      return { id: `per_head:${id}`, what: '按每个学员（每人）计的补贴标准', clause: cited?.clause ?? clauseOf(id), quote: cited ? new RegExp(escape(cited.quote.slice(0, 12))) : /培训补贴/ };
    }
    if (!/^本方案/.test(r.amountRule)) continue;
    const quote = r.citations[0];
    return {
      id: `amount:${id}`,
      what: `${r.title}的具体金额`,
      clause: quote?.clause ?? clauseOf(id),
      quote: quote ? new RegExp(escape(quote.quote.slice(0, 12))) : /补贴/,
    };
  }
  return undefined;
}

/**
 * 1) 补贴标准是多少？2) 多久能发下来？: the open subject each part of a question asked in several
 * asks, in the parts' order, each once (none when the question has one part).
 */
export function subjectsOfParts(parts: readonly string[], topics: readonly TopicId[], rule: (id: TopicId) => RuleMeta | undefined): UnsettledSubject[] {
  if (parts.length < 2) return [];
  const found: UnsettledSubject[] = [];
  for (const p of parts) {
    const s = unsettledSubject(p, topics, rule);
    if (s && !found.some((f) => f.id === s.id)) found.push(s);
  }
  return found;
}

/** What `unsettledSubject` reads from the text alone, whatever the topics. */
interface TextSubject {
  subject: UnsettledSubject | undefined;
  /** `subject` was made for this text (not a pack's own object): each caller gets a copy. */
  made: boolean;
  support: PackUnsettledSubject | undefined;
  procedure: boolean;
  howMuch: boolean;
  amount: boolean;
}

// One message is asked this up to three times (understand.ts), each time running some thirty
// patterns on the same text: read once, kept for the last few hundred texts (never one that may
// hold personal data).
const readSubject = memoByText(
  (text: string): TextSubject => {
    // A group's criteria (criteria_*) only when its recognition is asked, not an employer's case.
    const own = SUBJECTS.find((s) => s.test.test(text) && (!s.id.startsWith('criteria_') || asksRecognition(text)));
    const subject = own ?? groupCriteria(text) ?? bodyRecognition(text);
    if (subject) return { subject, made: !own, support: undefined, procedure: false, howMuch: false, amount: false };
    const support = UNFIXED_SUPPORT.find((s) => s.test.test(text));
    const procedure = Boolean(support?.procedure) && ASKS_PROCEDURE.test(text);
    // 一线职工要多少比例 师带徒津贴能从里面出吗: the how-much must be asked of the support itself,
    // not of another part of the message.
    const parts = questionParts(text);
    const at = support ? parts.findIndex((p) => support.test.test(p)) : -1;
    const part = at >= 0 ? parts[at]! : text;
    // 每年有没有运行经费 给多少: the how-much may be a short part of its own right after.
    const next = at >= 0 ? parts[at + 1] : undefined;
    const howMuch = !procedure && support !== undefined && (ASKS_HOW_MUCH.test(part) || (next !== undefined && next.length <= 6 && ASKS_HOW_MUCH.test(next)));
    return { subject: undefined, made: false, support, procedure, howMuch, amount: !procedure && !howMuch && ASKS_AMOUNT.test(text) };
  },
  { max: 256, personal: true },
);

/** The clause of a topic, for a rule without citations (every rule has some; a test says so). */
function clauseOf(id: TopicId): string {
  return ANSWERS.topics.find((t) => t.id === id)?.clause ?? '';
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A question, in any of the ways people ask one. */
const ASKS = /[？?]|吗|么|嘛|呢|没$|不$|(给|能|让|可|行|管|算|报|补|有|要|用)不(给|能|让|可|行|管|算|报|补|有|要|用)?|啥|什么|多少|几(级|个|岁|年|月|天|次|成)|怎么|咋|哪|能不能|有没有|是不是|会不会|可不可以|行不行|中不中/;


/** A question with training words (培训, 考证, 以工代训, 学完 …) and of no other policy. */
export function inPlanField(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  return ASKS.test(t) && (TRAINING_WORDS.test(t) || /学完|上课|学员|(?<![大中小同上放开留自])学(个|门|点)?(?![生校历费习期位霸])[\u4e00-\u9fff]{2}/.test(t)) && !aboutOtherPolicy(t);
}

/**
 * A question in the plan's field (training, certificates, its subsidies) that no clause and no
 * known open subject answers (学完了给不给安排工作, 考几级证比较好, 验收要报哪些资料): the plan does
 * not settle it — said as such, beside the plan's closest sentence, instead of "nothing found".
 * Another policy, a question with no training word, or a statement is not this.
 */
export function openInField(text: string): UnsettledSubject | undefined {
  if (!inPlanField(text)) return undefined;
  const t = text.replace(/\s+/g, '');
  const near = ANSWERS.fieldClauses.near.find((c) => c.words.test(t)) ?? ANSWERS.fieldClauses.fallback;
  return { id: 'open_in_field', what: '这一点', clause: near.clause, quote: near.quote };
}

/** Other policies of the labour and social-security offices: not this plan's subject. */
// 退休金 / 养老金 alone are facts this plan reads (七(二), 六(一): 不具有按月领取养老金资格) —
// 她没有退休金 tells a person's case; only the pension itself asked about (how much, how to claim,
// raises) is another policy. 幼儿园 / 学前教育 aid is the education offices' (托幼 *training* in
// 三(四) keeps its training words and stays the plan's).
// 一次性求职补贴 / 一次性创业补贴: other programmes' grants — unless asked of a training (创业培训学完以后…).
const OTHER_POLICY =
  /一次性(求职|创业|吸纳就业|扩岗|就业)补贴|求职创业补贴|缴费基数|社保基数|最低工资|工资标准|生猪|调出大县|种粮|耕地地力|农机购置|会计(人员)?继续教育|继续教育学时|职称考试|会计职称|初级会计|中级会计|拖欠工资|欠薪|讨薪|工资[^，,。？?]{0,6}(拖着|拖欠|被拖|不给|没给|要不回)|工资(怎么|没)(发|给)|失业保险金|失业金|(社保|社会保险|岗位)补贴|失业保险(费)?[^，,。？?]{0,4}(返还|返|退|减免|缓缴|降费)|稳岗|(社保|社会保险|保险)(费)?[^，,。？?]{0,2}(返还|退还|减免|缓缴|降费)|(返还|退还)[^，,。？?]{0,4}(社保|保险|失业)|个人所得税|个税|专项(附加)?扣除|公积金|补缴|断缴|滞纳金|养老保险|(退休金|养老金)[^，,。？?]{0,6}(多少|怎么算|咋算|调整|上调|涨|怎么领|咋领|怎么办|去哪领|补发)|工伤|劳动合同|经济补偿|赔偿金|劳动仲裁|医保|医疗保险|新农合|合作医疗|居住证|助学贷款|房贷|贷款|贷点?款|贷(个|些)?(多少|几万)|能贷|可以贷|贴息|担保贷|无息|利息|放贷|借款|利率|生育津贴|低保|社保(怎么|咋|如何|在哪|去哪)(交|缴)|(怎么|咋|如何|在哪|去哪)(交|缴)社保|灵活就业.{0,6}(社保|保险|参保)|五险一金|税率|所得税[^，,。？?]{0,4}(优惠|减免|减半|汇算|怎么(交|缴|算)|交多少|缴多少)|占线|打不进去?|打不通|没人接|(工资|薪水|薪资|月薪|收入|一个月|每个月|每月)[^，,。？?]{0,6}到手|到手(的)?(工资|薪水|收入)|税后|扣完|(月薪|工资|薪水)\s*\d+|(不给|没给|不帮)(我|员工|职工)?(交|缴|上)社保|企业年金|职业年金|裁员|辞退|开除|加班费|年假|产假|试用期|残疾证|优待证|安置费|安置补助|退役士兵安置|一次性经济补助|退役金|许可证|健康证|预付卡|储值卡|长期护理保险|长护险|加速折旧|转学|(幼儿园|中小学|小学|初中|高中)(老师|教师)[^，,。？?]{0,4}职称|增值税|免税|宅基地|盖房|建房审批|土地流转|流转合同|升大专|专升本|学历提升|自主就业退役|抚恤|伤残补助|身份证|户口(迁|转|本)|落户|结婚证|准生证|驾驶证|营业执照|房产证|不动产|廉租房|公租房|保障房|人才公寓|购房补贴|租房补贴|住房补贴|事业单位|公务员|考编|招聘考试|教师招聘|二胎|三胎|生育|育儿补贴|高龄|尊老金|独生子女|计生|幼儿园|托儿所|学前教育|入园补贴/;
/** Words of skills training: with one of these, a question is about the plan after all. */
const TRAINING_WORDS = /学技术|学手艺|培训|学[\u4e00-\u9fff]{1,4}的(补贴|补助)|技能|补贴(性)?(培训)?目录|工种|以工代训|学徒|师带徒|带徒|想(去)?学(个|门|点)|学(个|门)[\u4e00-\u9fff]{1,4}(手艺|技术)?|证书|考证|考(了|过|到|下|取)?[^，,。\s]{0,6}证(?!明)|拿(了|到)?[^，,。\s]{0,4}证(?!明)|户籍地|常住地|就业地|职业院校|技校|技工|实训|竞赛|职工教育经费|补贴培训/;

/** A subsidy's name: the words before 补贴 / 补助 / 津贴 (高龄老人补贴, 稳岗补贴, 取暖补贴). */
const SUBSIDY_NAME = /([\u4e00-\u9fa5]{1,4})(补贴|补助|津贴|补偿金)/g;
/** Words around a subsidy's name that name nothing (有什么补贴, 申请的补贴, 能领的补助, 收到的补贴). */
// 回到刚才孩子那个补助: whose and which one, not a name.
// (今年还有类似补贴吗: a subsidy like this one, not one of another name.)
const NAMES_NOTHING = /类似|相似|同类|这类|那类|什么|哪些|怎么|多少|申请|可以|能够|还有|这个|那个|回到|刚才|孩子|孩儿|小孩|子女|家里|俺家|我家|这些|那种|有啥|有没|没有|领取|享受|相关|国家|政府|政策|有关|本市|郑州|我们|我的|一些|各种|所有|其他|收到|拿到|领到|得到|获得/g;

/** Characters that make a pair of words no name (能享受, 我想问问, 有啥). */
// (按63号文报补贴: 报 and 按 are verbs of claiming, 号文 the document — no subsidy's name.)
const FUNCTION_CHARS = /[学完了过能可以享受领拿申请有没的么吗啥个些要想问事给发多少什哪怎我你他她它们这那就还也都再很去来在是和与及、报按号文]/;

/**
 * True when the question names a subsidy of which the plan's text has no word (高龄老人补贴,
 * 稳岗补贴, 电动车补贴): another policy, however its question is put. A subsidy named by any
 * word of the plan (育婴员培训补贴, 交通补贴, 师带徒津贴) is the plan's field.
 */
export function namesOtherSubsidy(text: string, planText: string): boolean {
  if (TRAINING_WORDS.test(text)) return false;
  let named = false;
  for (const m of text.matchAll(SUBSIDY_NAME)) {
    // 才能拿补贴, 能领的补助: the words before a verb of getting are no part of the name.
    // 首席技师一个月津贴: a period (一个月, 每年) before the word names no subsidy either.
    // (路费 / 车费补贴 is the trainee's 交通补贴, the plan's field.)
    const name = m[1]!.replace(/^.*(拿|领|申请|享受|得到|获得|给|发|套|骗|冒领)/, '').replace(/路费|车费|车旅费/g, '交通').replace(/[一每]?个?月|[一每]年|[一每]人|[一每]天/g, ' ').replace(NAMES_NOTHING, ' ');
    const words = name
      .split(/\s+/)
      .flatMap((w) => (w.length < 2 ? [] : [...Array(w.length - 1).keys()].map((i) => w.slice(i, i + 2))))
      .filter((w) => !FUNCTION_CHARS.test(w));
    if (words.length === 0) continue;
    // The plan's when most of its words are the plan's (交通补贴, 师带徒津贴), not one by chance (农机购置).
    if (2 * words.filter((w) => planText.includes(w)).length >= words.length) return false;
    named = true;
  }
  return named;
}

/** True for a question about another policy (wages, unemployment insurance, tax …). */
/** Asks what a loan gives (能贷多少, 贴息几年): a loan question, whatever training words come with it. */
/** Other policies asked about outright, whatever training words come with them. */
// Other taxes and levies of enterprises (研发费用加计扣除, 残疾人就业保障金 — a levy employers pay,
// no hire subsidy): they share the plan's words (企业, 扣除, 残疾人) but are other policies.
// Programmes with their own name and funds (电子商务进农村综合示范县): another programme's
// money, though its words (电子商务) are a trade the plan trains in.
// 落户 / 学历提升 (函授, 专升本): settled by other policies, whatever certificate is named with them.
// 失业保险的技能提升补贴 and 以工代赈 are other programmes that share words with the plan's.
// (买实训设备开的专票 增值税进项能抵扣吗 / 设备折旧年限: tax and accounting of the purchase, not the plan's
// subsidy — unless the question is how the plan's 总值 counts it, which the plan leaves unsettled.)
// (学徒的社保补贴另算不: a 社保补贴 is another policy's, whoever it is for — unless asked beside 以工代训.)
const STRONG_OTHER = /劳动法|劳动合同法|(合法|违法)(吗|不|么|不合法|没有)|试用期[^，,。？?]{0,12}(社保|合同|工资|辞退)|退役(军人|士兵)?[^，,。？?]{0,2}自主就业|自主就业[^，,。？?]{0,6}(那笔钱|一次性|补助|经济补助|给多少)|(?<!以工代训[^。？?]{0,12})(社保|社会保险)补贴(?![^。？?]{0,12}以工代训)|增值税(?![^。？?]{0,12}(总值|补贴|补助))|折旧|固定资产[^，,。？?]{0,6}(年限|入账|摊销)|农村危房|易地扶贫搬迁|产业奖补|雨露计划|高新技术企业|高企认定|研发费用占比|困难残疾人生活补贴|重度残疾人护理补贴|护理补贴|残疾人两项补贴|能繁母猪|养(母猪|猪|牛|羊|鸡|鸭|鱼)[^，,。？?]{0,8}(补贴|补助|一头|一只)|生猪[^，,。？?]{0,6}(补贴|补助)|良种补贴|农机(购置)?补贴|失业保险[^，,。？?]{0,6}技能提升补贴|技能提升补贴[^，,。？?]{0,8}参保满|(?<!以工代训[^。？?]{0,20})以工代赈(?![^。？?]{0,20}以工代训)|(?<!(账号|账户|帐号|用户|平台)[^，,。？?]{0,2})(咋|怎么|如何|去哪)(去)?注册(公司|合作社|个体户|企业)?|注册(公司|合作社|个体户)[^，,。？?]{0,6}(咋|怎么|要|需要|准备)|落户|迁户口|函授|成人高考|自考|专升本|学历提升|提升学历|电子商务进农村|综合示范县|示范县|加计扣除|研发(费用|投入|经费|支出)[^，,。？?]{0,6}(扣除|抵扣|抵税|税|优惠|加计)|(残疾人)?就业保障金|残保金|印花税|房产税|土地使用税|个人所得税|个税|公积金|最低工资|出口退税|退税|消防(验收|检查|审批)|专项附加扣除|退伍费|退役金|安置费|买断工龄|(经济)?补偿金[^，,。？?]{0,3}(怎么|咋|如何)?(算|给|赔)|开(具)?发票|发票[^，,。？?]{0,4}(税率|税点|几个点)|增值税|(算|相当于|等于|等同于?)(不)?[^，,。？?]{0,2}(大专|本科|中专|高中)(学历|文凭)?|学历(认证|怎么算|算不算|是什么)|考公务员|公务员考试|考编|所得税[^，,。？?]{0,4}(优惠|税率|减免)|办学许可证|安置工作|安置(咋|怎么|如何)分配/;
/**
 * Procedures of other systems, however the training words around them read: school and university
 * admission and its aid (考研, 高考加分, 奖学金), teachers' own careers (论文, 外语 for a title, 事业编,
 * 教师资格证), tax filing forms (汇算清缴, 纳税调整, which line of the software), conscription, social
 * insurance moved between places, a construction site's administration (工程款, 保证金, 考勤机),
 * and writing slogans — the plan settles none of them.
 */
// 雅思 / 钢琴考级 / 会计职称: exams of other systems, whatever training words come with them.
// 报志愿 / 学区划片 / 老年大学: schooling and leisure classes; 执照咋申请 / 上牌: another office's
// procedure; a vehicle or appliance bought for staff: no subsidy of this plan, which pays for training.
const OTHER_SYSTEMS = /雅思|托福|四六级|英语(考级|等级考试)|(钢琴|声乐|美术|舞蹈|书法)考级|(会计|经济|审计|统计)(师)?(初级|中级|高级)?职称|会计职称|(?<!(补贴|补助|钱)[^。？?]{0,16})社保卡|医保卡|(护士|医生|医师|卫生|医院)[^，,。？?]{0,4}职称|卫健委|执业证|执业资格|执业医师|执业药师|护士资格|录取分数|分数线|录取线|(上|读|念)(高中|普高)还是(上|读|念)?(技校|职校|中专)|(技校|职校|中专)还是(上|读|念)?(高中|普高)|考研|研究生(考试|报名|招生)|(对口)?高考[^，,。？?]{0,6}(加分|志愿|报名|分数)|高考[^，,。？?]{0,4}[\d一二两三四五六七八九百]+(来|多)?分|奖学金|助学金[^，,。？?]{0,4}(大学|本科|研究生)|教师资格(证)?|事业编|(几篇|多少篇|发)论文|计算机和外语|外语(考试|成绩|要求)|职称[^，,。？?]{0,10}(计算机|外语|论文)|汇算清缴|纳税调整|(调整)?明细表|申报表[^，,。？?]{0,4}(怎么|咋|如何)填|哪一栏|电子税务局|征兵|入伍|当兵[^，,。？?]{0,6}体检|工程款|(工资|农民工)保证金|考勤机|标语|口号|(社保|保险|医保)[^，,。？?]{0,10}(转移|转到|转过来|转回|迁到|迁过来)|跨省[^，,。？?]{0,6}(转|领|办|接续)|重点技工院校|(国家级|省级)(重点|示范)[^，,。？?]{0,8}(评|认定|申报|条件)|(报|填)志愿|志愿填报|学区|划片|小升初|上小学|(技校|职校|中专|职高)和(普高|高中)|(普高|高中)和(技校|职校|中专|职高)|老年大学|老年学校|(执照|营业执照|许可证|牌照)[^，,。？?]{0,8}(咋|怎么|如何|在哪|去哪|哪里|网上|手机上)[^，,。？?]{0,4}(申请|办理|办|申领|注册|弄)|上牌|(买|购买|购置|配)[^，,。？?]{0,4}(电动车|电瓶车|摩托车|汽车|轿车|家电|手机|空调)[^。？?]{0,8}(补贴|补助|补|报销)|(哪个|哪家|哪所)(技校|学校|职校|中专|职业院校|职业学校|院校|大专|培训机构|机构|驾校)[^。？?]{0,6}(好|强|靠谱|有名)|推荐(一个|一家|一所|个|家)?(技校|学校|职校|培训机构|机构|驾校)|电费|水费|用电|电价|转学|注销|(?<![今去明前每])年报|年度报告|续贷|三支一扶|西部计划|特岗教师|升大专|考大专|升本科|(个体户|公司|企业|合作社)?的?(税|个税|增值税)[^。？?]{0,8}(咋报|怎么报|如何报|申报|报税)|计入当期成本|一次性(计入|税前扣除|扣除)|劳务派遣[^。？?]{0,10}(比例|不能超过|上限)|退休工资[^，,。？?]{0,6}(涨|调整|上调|多少)|(交|缴)(社保|社会保险|养老保险|医保)[^。？?]{0,8}(最低|最少|多少钱|基数|档次)|(社保|社会保险|养老保险)[^。？?]{0,6}(最低|最少)(交|缴|档)|(社保|社会保险|养老保险|医保|五险)[^。？?]{0,8}(单位|个人|公司|企业|职工)[^。？?]{0,4}(交|缴|承担|出)[^。？?]{0,4}(百分之几|几个点|几个百分点|比例|多少)/;

/**
 * Wages owed (包工头欠了三个月工钱, 老板拖着不发工资, 讨薪): the labour inspectorate's, however
 * the asker says who they are — 农民工 is a group of the plan, their unpaid wages are not its subject.
 */
const WAGE_ARREARS = /讨薪|欠薪|(讨|要|追)(要|回)?(工资|工钱|血汗钱|辛苦钱|薪水)|(拖欠|欠|拖)(了|着)?(我|俺|我们|俺们|咱|咱们|工人|员工|职工|农民工|大家|他们)?(的)?[^，,。？?扣除]{0,6}(工资|工钱|薪水|薪资|血汗钱|辛苦钱|劳务费)|(工资|工钱|薪水|血汗钱)[^，,。？?]{0,8}(拖着|拖了|拖欠|被拖|被欠|不给|没给|不发|没发|没结|不结|要不回|拿不到|讨不回|结不了)|(不发|没发|不给发|拖着不发|不结|没结)(工资|工钱)|(不|没)结账|结不了账|包工头(跑|跑路|卷|失联)/;
const LOAN_ASK = /(贷款|贷)[^，,。？?]{0,4}(能贷|贷多少|多少|几万|额度|利息|贴息|怎么贷|咋贷)|能贷|可以贷|贴息(多少|几年)/;

/**
 * 师傅带徒弟的津贴钱从哪出 → 那一个月给师傅多少: the sum of a support the last question named, asked
 * now in a few words of its own.
 */
/** A sum asked in a few words (一个月给师傅多少, 给多少钱, 补多少). */
const SUM_OF_IT = /(给|发|补|拿|领)[^。？?]{0,6}多少|多少钱|(一个月|每月|每个月|一年|每年)[^。？?]{0,4}多少|按(啥|什么|哪个)标准|钱数|具体金额|补贴标准/;

export function supportSumAsked(previous: string, text: string): UnsettledSubject | undefined {
  // (那这个经费用在一线工人身上的得占多少: a share of another thing, which the plan does fix.)
  const support = UNFIXED_SUPPORT.find((s) => s.test.test(previous));
  return support && SUM_OF_IT.test(text) && !/占|比例|一线|百分之|几成/.test(text) ? { ...support } : undefined;
}

/** A subject the plan supports without a figure, named in the text (师带徒, 首席技师 …), whatever is asked of it. */
export function namedSupport(text: string): string | undefined {
  return UNFIXED_SUPPORT.find((s) => s.test.test(text))?.id;
}

/** Another policy asked outright (个人所得税…能抵多少), even beside facts of one's own case. */
export function strongOtherPolicy(text: string): boolean {
  return STRONG_OTHER.test(ownWordsSetAside(text)) || OTHER_SYSTEMS.test(text) || LOAN_ASK.test(text) || WAGE_ARREARS.test(text) || otherPolicyAsked(ownWordsSetAside(text));
}

/** 营业执照上写的xx有限公司: the licence quoted to say what the unit is, not asked about. */
const LICENCE_SAYS = /营业执照(上)?(写的|写着|登记的|登记为|注册的|上面是|上是|是)/g;

export function aboutOtherPolicy(text: string): boolean {
  const t = ownWordsSetAside(text);
  // 低保户算不算建档立卡贫困劳动力: whether someone counts as one of the plan's groups is the plan's
  // question (its criteria are left open), whatever other policy names them.
  const countsAsGroup = /算不算|算是|能不能算|属不属于|属于不属于|是不是|才算|才能算/.test(t) && /建档立卡|贫困劳动力|就业困难人员|零就业家庭|两后生|退役军人/.test(t);
  return LOAN_ASK.test(t) || STRONG_OTHER.test(t) || OTHER_SYSTEMS.test(t) || WAGE_ARREARS.test(t) || OTHER_SCHOOL_AID.test(t) || (OTHER_POLICY.test(t) && ((!TRAINING_WORDS.test(t) && !countsAsGroup) || otherPolicyAsked(t)));
}

/** Words of a subsidy of the plan: a question asking about one of them is the plan's. */
const PLAN_MONEY = /补贴|补助|以工代训|奖补|资助|经费|先行拨付/;

/**
 * 学徒在后厨切到手了 工伤怎么认定 / 给学徒签合同 试用期能约定几个月: the training word only says who;
 * what is asked — the clause with the question in it (with the one before when it is short) — is
 * another policy's term, and no subsidy of the plan is named.
 */
function otherPolicyAsked(text: string): boolean {
  const clauses = text.split(/[，,。；;！!\s]+/).filter(Boolean);
  const at = clauses.findIndex((c) => QUESTION_MARK.test(c));
  if (at < 0) return false;
  const asked = clauses[at]!.length < 10 && at > 0 ? clauses[at - 1]! + clauses[at]! : clauses[at]!;
  return OTHER_POLICY.test(asked) && !PLAN_MONEY.test(text) && !/算不算|算是|能不能算|属不属于/.test(asked);
}
const QUESTION_MARK = /[?？]|吗|么|怎么|咋|如何|多少|几(个|年|天|月|次)|啥|什么|哪|要不要|能不能|可不可以|是否|有没有/;

/** The text with what only describes the asker's own case set aside: the plan's tax words, a licence quoted. */
function ownWordsSetAside(text: string): string {
  return planTax(text).replace(LICENCE_SAYS, '');
}

/** Terms the plan itself ties to a tax: the education fund's 8% 税前扣除 (六(二)), the equipment's value (四(一)). */
// (设备开的专票 增值税进项能抵扣吗 asks the tax itself: only the value's tax — 含不含增值税 — is the plan's.)
const PLAN_TAX_TERMS = /职工教育经费|教育经费|税前扣除|工资薪金总额|设备[^，,。？?]{0,10}(含税|不含税|含不含|价税|税价)|(总值|总价|价格|金额|价)[^，,。？?]{0,6}(增值税|税费|税款)/;
/** The tax words such a question may carry (个税方面, 所得税上, 含不含增值税). */
const TAX_WORDS = /个人所得税|个税|企业所得税|所得税|增值税|税务|纳税|含税|不含税|价税|税价|税费|税款/g;

/**
 * 个税方面 职工教育经费那个8%啥意思: a tax word beside a term the plan itself covers is the plan's
 * question — its tax words are set aside before other policies are looked for. A pure tax question
 * (专项附加扣除) keeps its own words and stays outside.
 */
function planTax(text: string): string {
  return PLAN_TAX_TERMS.test(text) || SUBSIDY_TAXED.test(text) ? text.replace(TAX_WORDS, ' ') : text;
}

/**
 * 领到的以工代训补贴要交企业所得税吗: the tax on a subsidy of the plan is asked — the plan's field,
 * though its text does not settle it (unsettled `subsidy_tax`), not a tax question of other policy.
 */
const SUBSIDY_TAXED = /(补贴|补助|奖补|以工代训)[^。？?]{0,28}(所得税|个税|(交|缴|纳|上|扣|征)(个)?税|纳税|应税|免税|企业收入|应纳税)/;

/**
 * Aid for pupils and students of schools other than 技工/职业院校 (普通高中贫困生资助, 大学生奖学金):
 * the plan's aid (三(三), 三(十四)) is for technical and vocational education only. A school one
 * did NOT go on to (没考上高中) is no school asked about; training words make it the plan's again.
 */
const OTHER_SCHOOL_AID = /^(?!.*(技工|技校|技师学院|职校|职业(院校|学校|教育|高中)|中职|中专|培训|技能|学技术|学手艺))(?=.*((?<![不没]|没考|考不)(普通高中|普高|高中生|读高中|上高中|念高中|大学生|本科生|研究生|读大学|上大学|小学生|初中生|义务教育)))(?=.*(资助|助学金|奖学金|助学|学费|补助|补贴|贫困生|困难生|生活费))/;

/**
 * Asks how an application is handled — a pledge instead of papers, fewer papers, simpler steps,
 * how payment is made (五(四)) — rather than what a subsidy is.
 */
export const HOW_HANDLED = /承诺|少交[^，,。？?\s]{0,2}(证明|材料)|(减少|精简|简化|省)[^，,。？?\s]{0,2}(证明|材料|手续|流程|环节)|(证明|材料|手续|流程)[^，,。？?\s]{0,4}(减少|精简|简化|少点|少些)|信用支付|支付方式|经办/;

/** Asks whom to turn to: 找谁办, 哪个部门管, 电话多少. */
// 你们有没有人工 给个电话 / 你就说个电话 俺打过去问: a number to call, asked of the service itself.
// (打12333问问中不中: whether to call the hotline is asked — it is answered with whom to call.)
export const CONTACT_QUESTION = /(有没有|有)(人工|真人|客服)|打(个)?(12333|电话|热线)[^，,。？?]{0,4}(问|咨询)|(给|说|留|报)(个|一个|下)?(电话|号码|联系方式)|打过去问|找谁|找哪|(该|能|要|得|去)?问谁|(向|跟)谁(咨询|打听|问)|咨询谁|哪个部门|哪些部门|哪几个(部门|单位)|几个部门|哪个单位|什么部门|谁负责|谁管|归哪(?![个一]?(计划|项计划|个行动|项行动|个工程|类|一类|块|一块))|去哪(里|儿)?(办|申请|领|问|报名|备案|备|登记|交|递)|在哪(里|儿)?(办|申请|领|报名)|哪里(办|申请|领|报名)|咨询电话|联系电话|电话(是)?多少|打(什么|哪个)电话|热线(电话)?(是|号码)?(多少|几号|是啥)|有(没有)?热线|去哪办|找哪个|有(没有)?(个|什么)?电话|电话号码|电话(呢|吗)|联系方式|怎么联系/;

/** Asks which office or unit (not only a phone number). */
export const UNIT_QUESTION = /找谁|找哪|部门|单位|谁负责|谁管|归哪|去哪|哪里(办|申请|领|报名)|在哪(里|儿)?(办|申请|领|报名)/;

/** Asks for a phone number: the plan gives none, so the answer says so and offers the hotline. */
// 刚打电话问了: a call made is no question of a number (打什么电话 still asks one).
export const PHONE_QUESTION = /(?<!打了?个?)电话|号码|热线|联系方式|怎么联系/;
