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

const SUBJECTS: Array<UnsettledSubject & { test: RegExp }> = [
  {
    id: 'living_allowance',
    test: /生活费|生活补助|生活补贴|伙食|包吃|吃住|住宿|管饭|误工/,
    what: '生活费补贴的标准和发放办法',
    clause: '六(一)',
    quote: /生活费补贴/,
  },
  {
    id: 'transport',
    test: /交通补贴|交通费|路费|车费|油费/,
    what: '交通补贴',
    clause: '七(二)',
    quote: /职业培训补贴/,
  },
  {
    id: 'payment_time',
    test: /到账|发下来|(什么时候|啥时候|何时|多久|几天|多少天|多长时间).{0,6}(发|到|给|拨|批|审|办|下来)|(审核|审批|办理).{0,4}(多久|多少天|几天|多长时间)/,
    what: '补贴审核和发放的时间',
    clause: '五(四)',
    quote: /网上经办|支付方式/,
  },
  {
    // 按月发还是攒着一起发: the plan fixes how much, never in how many instalments or how often —
    // except the equipment subsidy (一次性) and the advance of project training (先行拨付50%).
    id: 'payment_schedule',
    // Not 每个月给多少 (the amount), nor 两种补贴能一起给吗 (the no-double rule).
    test: /^(?!.*(设备|工作室|基地|项目制|先行|预拨|先拨|多少|几(块|百|千|万)|金额|标准|重复|同时)).*((按|每)(个)?(月|季|季度|年|半年)[^，,。？?]{0,3}(发|给|拨|打|付|结|到)|分(几|多少|两|三)?(次|批|期)[^，,。？?]{0,2}(发|给|拨|打|付|到|结)?|(一次(性)?|统一|最后)[^，,。？?]{0,3}(发|给|拨|打|付|结)(完|清|齐)?|(发|给|拨|付)(几|多少)(次|回|批))/,
    what: '补贴分几次、按什么周期发放',
    clause: '五(四)',
    quote: /支付方式/,
  },
  {
    id: 'age',
    test: /年龄|年纪|岁数|多大岁|\d{2}\s*岁|[二三四五六七]十[一二三四五六七八九]?岁/,
    what: '参加培训的年龄限制',
    clause: '六(一)',
    quote: /养老金/,
  },
  {
    id: 'materials',
    test: /(哪些|什么|啥)(材料|证明|手续)|材料.{0,4}(哪些|什么|啥)|带(什么|啥)|准备(什么|啥|哪些)/,
    what: '申领要带哪些材料',
    clause: '五(四)',
    quote: /证明材料/,
  },
  {
    // 学完给发证书不: the plan pays on a certificate obtained; it says nothing of issuing one.
    id: 'certificate_issue',
    test: /(发|颁|给|出)(不|没)?(发|给)?(个|张|本)?(证书|证)(?!明)|(有|拿得到|能拿到|能拿|拿到|能领)(个|张|本)?(证书|证)(吗|没|不|么|嘛|呢)|证书(发|给)(吗|不|没)|(证书|证)[^，,。？?]{0,3}(谁|哪里|哪儿|哪个)[^，,。？?]{0,3}(发|颁|给|出)|(谁|哪里|哪儿|哪个部门)(来)?(发|颁)(证|证书)/,
    what: '培训后是否发证书、由谁发证',
    clause: '七(二)',
    quote: /取得相应证书/,
  },
  {
    // 就业困难人员怎么认定: the plan names its groups but recognises none of them.
    id: 'criteria_hard_to_employ',
    test: /(就业困难|困难人员).{0,8}(认定|界定|标准|怎么算|算不算)|(什么样|哪些|啥样|什么)的?人.{0,4}算.{0,4}就业困难|算(不算)?就业困难/,
    what: '就业困难人员的认定标准',
    clause: '三(二)',
    quote: /就业困难人员/,
  },
  {
    id: 'criteria_poor',
    test: /(贫困户|贫困家庭|贫困劳动力|建档立卡).{0,10}(认定|界定|标准是|怎么算|算不算|以下|以内)|收入.{0,8}(以下|以内|多少).{0,6}算|(什么样|哪些|啥样)的?(人|家庭).{0,4}算.{0,4}贫困|算(不算)?贫困/,
    what: '贫困户（贫困劳动力）的认定标准',
    clause: '三(三)',
    quote: /贫困劳动力/,
  },
  {
    id: 'criteria_zero_employment',
    test: /零就业.{0,8}(认定|界定|标准|怎么算|算不算)/,
    what: '零就业家庭的认定标准',
    clause: '六(一)',
    quote: /零就业家庭/,
  },
  {
    id: 'place',
    test: /(去|到|在)哪(里|儿|个地方)?(上课|培训|学|参加培训|听课)|(哪些|什么|哪个)地方.{0,4}(考|学|培训|上课)|哪里(能|可以)(考|学|培训)|上课(地点|地方|在哪)|培训(地点|地方)|(哪个|哪家|哪些)(学校|机构|培训学校|培训机构).{0,4}(能|可以)?(学|上|培训|报名)/,
    what: '在哪里参加培训（具体的培训机构和地点）',
    clause: '七(二)',
    quote: /培训机构目录/,
  },
  {
    id: 'deadline',
    // 最晚几月份交申请: a month or day by which to apply is a deadline, however put.
    test: /(几月|几号|哪天|哪一天|什么时候|啥时候|何时|哪个月)(份)?(之前|以前|前|为止)?.{0,6}(截止|开始申报|开始报名|申报|报名|交申请|提交|递交|报上|报送)|截止(时间|日期|到|是)|(申报|报名|申请)(时间|日期|期限|时限)|(申报|报名).{0,4}(截止|什么时候截)|(最晚|最迟|最后期限)[^，,。？?]{0,6}(几月|几号|哪天|什么时候|啥时候|何时|哪个月|日期|时间)/,
    what: '申报、报名的时间和截止日期',
    clause: '五(四)',
    quote: /网上经办服务平台/,
  },
  {
    // 一个班至少几个人才开: the plan fixes no class size for subsidised training.
    id: 'class_size',
    test: /(班|一期|每期|开班|开课)[^，,。？?]{0,8}(最少|至少|最多|起码|最低|下限|上限|多少|几)(个)?(人|学员|名|位)|(班|培训)?人数[^，,。？?]{0,4}(下限|上限|要求|限制|最少|至少|最低|多少)|(凑|招|报)(够|满|齐)[^，,。？?]{0,2}(几|多少)(个)?(人|学员|名)|(几|多少)(个)?(人|学员|名)(以上)?(才能|才可以|才|可以|能)(开班|开课|开)/,
    what: '培训班的开班人数',
    clause: '七(二)',
    quote: /培训课时/,
  },
  {
    id: 'website',
    test: /网址|网站|链接|网页|\bapp\b|APP|小程序|公众号|(哪个|什么)(平台|系统).{0,4}(申报|申请|报名|填)/i,
    what: '网上申报的网址或平台入口',
    clause: '五(四)',
    quote: /网上经办服务平台/,
  },
  {
    id: 'class_hours',
    // 一天上几个小时: hours a day or a week are class hours too (never 几个月, which 以工代训 fixes).
    test: /课时|学时|上(几|多少)(天|节|个月|周)的?课|培训(几|多少)(天|周|个月|节)|(学|培训|上课)(要|得)?多(长|久)(时间)?|(几|多少)(个)?(小时|钟头|钟点)|(每天|一天|每日|每周|一周|一星期)[^，,。？?]{0,8}(学|上|培训|上课)(满|够|足)/,
    what: '培训的课时和天数',
    clause: '七(二)',
    quote: /培训课时/,
  },
  {
    id: 'reimbursement_share',
    // Not the shares the plan does fix (设备总值的20%, 先行拨付50%, 培训收入的50%, 一线职工60%).
    // A share with no word of money (技能劳动者占就业人员几成) asks one of the plan's targets (二).
    test: /^(?!.*(设备|拨付|先拨|项目制|公用经费|培训收入|一线|教育经费|占比|工作室|基地))(?=.*(报|补|钱|费|给)).*((报销|补贴|补助|补).{0,4}(百分之多少|百分之几|比例|几成)|百分之多少|几成|比例是?多少)/,
    what: '培训补贴按多大比例报销',
    clause: '七(二)',
    quote: /按规定给予职业培训补贴/,
  },
  {
    id: 'list_occupations',
    test: /目录.{0,6}(有哪些|哪些|是什么|具体|名单|清单)|(哪些|哪几个|哪10个|哪十个|什么)(补贴)?(职业)?工种|工种.{0,4}(有哪些|是哪些|是哪几个|名单|清单)/,
    what: '补贴职业工种目录的具体名单',
    clause: '七(二)',
    quote: /补贴职业工种/,
  },
  {
    id: 'account',
    test: /(打|发|转)到.{0,4}(卡|账户|账上)|哪张卡|银行卡|哪个账户/,
    what: '补贴打到哪个账户',
    clause: '五(四)',
    quote: /支付方式/,
  },
];

/** The plan's groups, as it names them in 三(二) (its list of 就业重点群体). */
const PLAN_GROUP = /退役军人|退伍军人|两后生|农民工|下岗失业人员|失业人员|残疾人|高校毕业生|毕业生/;
const RECOGNISED = /认定|界定|怎么算|怎样算|算不算|才算|认定标准|认定条件|(什么|哪些|啥|哪种)(样的)?(人|情况).{0,2}算/;

/** 退役军人怎么认定: the plan names its groups but recognises none of them. */
function groupCriteria(text: string): UnsettledSubject | undefined {
  const group = PLAN_GROUP.exec(text)?.[0];
  if (!group || !RECOGNISED.test(text)) return undefined;
  return { id: 'criteria_group', what: `${group}的认定标准和办法`, clause: '三(二)', quote: /两后生|退役军人|下岗失业人员|就业困难人员|残疾人|农民工|毕业生/ };
}

/**
 * Bodies the plan names and funds but never defines (技能大师工作室, 扶贫车间, 产教融合型企业):
 * what it takes to be recognised as one is left to other rules.
 */
const NAMED_BODIES: Array<{ test: RegExp; name: string; clause: string; quote: RegExp }> = [
  { test: /工作室/, name: '技能大师工作室', clause: '四(一)', quote: /技能大师工作室建设/ },
  { test: /产教融合型企业/, name: '产教融合型企业', clause: '四(一)', quote: /产教融合型企业/ },
  { test: /培训基地|实训基地|培养基地|公共实训|产教融合基地/, name: '高技能人才培训基地、实训基地', clause: '四(一)', quote: /高技能人才培训基地/ },
  { test: /扶贫车间|扶贫工厂|扶贫作坊/, name: '扶贫车间', clause: '六(一)', quote: /扶贫车间/ },
];
/** Asks what it takes to be recognised (怎么评上, 要够啥条件才算, 够格, 评审标准). */
const RECOGNITION =
  /(怎么|咋|如何|怎样)(个)?(申报)?(认定|评上|评定|评审|评选|评出|界定|算|才算|当上|挂牌)|够格|够资格|才(能)?(算|叫|称|评上|挂牌)|(够|具备|满足|达到|符合)(个)?(啥|什么|哪些|哪几个)(条件|标准|要求|资格)|(要|得|需要)(够|具备|满足|达到|符合)?(啥|什么|哪些)(样的)?(条件|资格|标准|门槛)|(认定|评定|评审|评选|申报)(的)?(标准|条件|要求|办法)|门槛|(什么|啥)样的[^，,。？?]{0,6}(才)?(算|叫|能叫|能算)/;
/** Words of money or of a subsidy: the conditions of a subsidy are the plan's (四(一) 验收合格). */
const MONEY_WORDS = /补|钱|元|资金|奖|经费|设备/;

function bodyRecognition(text: string): UnsettledSubject | undefined {
  if (!RECOGNITION.test(text) || MONEY_WORDS.test(text)) return undefined;
  const body = NAMED_BODIES.find((b) => b.test.test(text));
  if (!body) return undefined;
  return { id: 'criteria_body', what: `${body.name}的认定条件和办法`, clause: body.clause, quote: body.quote };
}

/**
 * Support the plan grants without a figure (一定资金奖补, 加大支持力度, 一定倾斜, 按规定落实奖励):
 * asked how much, the answer is that the plan does not say.
 */
const UNFIXED_SUPPORT: Array<UnsettledSubject & { test: RegExp; procedure?: string }> = [
  { id: 'figure:world_skills_base', test: /世赛|集训基地|世界技能大赛/, what: '世赛集训基地建设支持的具体金额', clause: '三(十五)', quote: /世赛集训基地/ },
  { id: 'figure:talent_awards', test: /技术能手|大工匠|突出贡献|岗位能手|带头人|评选/, what: '技能人才评选奖励的奖金', procedure: '技能人才评选的条件和办法', clause: '五(三)', quote: /技能人才评选奖励项目/ },
  { id: 'figure:chief_technician', test: /首席技师|特级技师/, what: '首席技师、特级技师的待遇标准', procedure: '首席技师、特级技师的评定条件和办法', clause: '五(三)', quote: /首席技师/ },
  { id: 'figure:mobilisation', test: /组织动员|(动员|发动)[^，,。]{0,8}(工作|参加|参训|培训)/, what: '培训组织动员工作奖补的标准', procedure: '培训组织动员工作奖补的办法', clause: '六(二)', quote: /组织动员/ },
  { id: 'figure:mentor', test: /师带徒|带徒/, what: '“师带徒”津贴的标准', clause: '六(二)', quote: /师带徒/ },
  { id: 'figure:training_centre', test: /实训中心|教学工厂|校企共建|共建/, what: '校企共建实训中心的支持金额', clause: '四(一)', quote: /共建实训中心/ },
  { id: 'figure:running_costs', test: /(运行|运营|日常|建设|工作)经费/, what: '培训基地、工作室运行经费的金额', clause: '四(一)', quote: /高技能人才培训基地/ },
  { id: 'figure:assessment_fee', test: /(鉴定|评价|考试|考证|报名)(费|费用)|考(个)?证(要)?(交)?多少钱/, what: '技能鉴定（评价）和考试的收费标准', clause: '四(三)', quote: /评价机构/ },
  { id: 'figure:performance_pay', test: /绩效工资|倾斜/, what: '绩效工资倾斜的幅度', clause: '四(二)', quote: /一定倾斜/ },
];
/** Asks how much or what treatment (not a yes/no of whether there is support at all). */
const ASKS_HOW_MUCH = /多少|几成|几万|几千|标准|待遇|多大|幅度|(怎么|咋|如何|怎样)(算|计算|核算|给钱)|按(什么|啥)(算|标准)/;
/**
 * Asks how something the plan only names (探索建立特级技师制度, 评选奖励项目) is run: the
 * criteria, the procedure. Asking how to apply for a subsidy is not one (its clause says where).
 */
const ASKS_PROCEDURE = /(怎么|咋|如何|怎样)(个)?(评|评定|评选|评审|认定|选拔|选出|选|考核|评上|当上)|(评定|评选|评审|认定|选拔)?(的)?(条件|标准|办法|流程|程序|细则)(是|有)(什么|啥|哪些)|要(啥|什么|哪些)(条件|资格)|具体(怎么|咋|如何)(评|弄|搞|操作|执行)/;

/**
 * Times a subsidy was had already, or the same level again (补过三次了, 第二次学, 再考一次):
 * the yearly limit and the no-repeat rule of 职业培训补贴 (七(二)) answer it.
 */
export const TIMES_USED = /(补|领|享受|学|考)(过|了)?[^，,。\s]{0,3}([一二三四五两3-9]|几)\s*(次|回|遍)|第\s*[二三四五2-5]\s*(次|回)|同一(个)?(工种|职业)|再考一(次|回)/;
/** The plan's words for that limit, to pick the sentence that states it. */
export const LIMIT_TERMS = ['每人每年', '不超过3次', '同一职业同一等级', '不可重复享受'];

/** Wants an amount of money (not a count of times or months). */
const ASKS_AMOUNT = /(一|每)(个)?(人|学员|学生|徒弟|名)[^，,。？?]{0,3}(多少|几)(?![次回个年月天])|人均[^，,。？?]{0,3}多少|(怎么|咋|如何)(算|计算|核算)(钱|金额)|多少钱|多少元|多少块|补多少|给多少|发多少|能领多少|能拿多少|能补多少|标准是?多少|补贴标准|金额|几块钱|几个钱|一个月多少|每月多少|补贴多少|奖金|奖多少|有多少(?![人次个项年])/;

/** Asks for a sum per person (一个学员补多少, 人均多少), not a total. */
const PER_HEAD = /(一|每)(个)?(人|学员|学生|徒弟|名|位)|人均|人头/;

/**
 * Subsidies named by words no topic keyword covers: 育婴员培训补贴 is a training subsidy, and so
 * is money asked after a training done (面点师学完 每人补多少, 培训合格了 一个人给多少).
 */
const TRAINING_SUBSIDY = /培训补贴|补贴培训|考.{0,4}证|(培训|学|考|结业)(完|了|好|过|合格|结束|结业|下来|出来)[^。？?]{0,16}(补贴|补助|补|给|领|发|拿)/;

/**
 * The subject of a question the plan does not settle, if any. `topics` are the topics the
 * question names; `rule` gives a topic's rule (its amountRule says when the plan fixes no figure).
 */
export function unsettledSubject(text: string, topics: readonly TopicId[], rule: (id: TopicId) => RuleMeta | undefined): UnsettledSubject | undefined {
  const subject = SUBJECTS.find((s) => s.test.test(text)) ?? groupCriteria(text) ?? bodyRecognition(text);
  if (subject) return subject;
  const support = UNFIXED_SUPPORT.find((s) => s.test.test(text));
  if (support?.procedure && ASKS_PROCEDURE.test(text)) return { ...support, id: `${support.id}:procedure`, what: support.procedure };
  if (support && ASKS_HOW_MUCH.test(text)) return support;
  if (!ASKS_AMOUNT.test(text)) return undefined;
  // 以工代训补贴多少钱 is settled (200元); 职业培训补贴 / 创业培训 amounts are not.
  const named = topics.length > 0 ? topics : TRAINING_SUBSIDY.test(text) && !/以工代训|设备|学徒|教育经费|项目制/.test(text) ? (['vocational_training'] as TopicId[]) : [];
  const perHead = PER_HEAD.test(text);
  for (const id of named) {
    const r = rule(id);
    if (!r) continue;
    // 一个学员补多少, of a rule whose figure is a share of a total (先行拨付50%): no per-head sum.
    if (perHead && !/^本方案/.test(r.amountRule) && !/每人/.test(r.amountRule)) {
      const cited = r.citations[0];
      return { id: `per_head:${id}`, what: '按每个学员（每人）计的补贴标准', clause: cited?.clause ?? '七(二)', quote: cited ? new RegExp(escape(cited.quote.slice(0, 12))) : /培训补贴/ };
    }
    if (!/^本方案/.test(r.amountRule)) continue;
    const quote = r.citations[0];
    return {
      id: `amount:${id}`,
      what: `${r.title}的具体金额`,
      clause: quote?.clause ?? '七(二)',
      quote: quote ? new RegExp(escape(quote.quote.slice(0, 12))) : /补贴/,
    };
  }
  return undefined;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Other policies of the labour and social-security offices: not this plan's subject. */
const OTHER_POLICY =
  /最低工资|工资标准|拖欠工资|欠薪|讨薪|工资(怎么|没)(发|给)|失业保险金|失业金|失业保险(费)?[^，,。？?]{0,4}(返还|返|退|减免|缓缴|降费)|稳岗|(社保|社会保险|保险)(费)?[^，,。？?]{0,2}(返还|退还|减免|缓缴|降费)|(返还|退还)[^，,。？?]{0,4}(社保|保险|失业)|个人所得税|个税|专项(附加)?扣除|公积金|补缴|断缴|养老保险|退休金|养老金.{0,4}(多少|怎么算|调整|上调|涨)|工伤|劳动合同|经济补偿|赔偿金|劳动仲裁|医保|医疗保险|新农合|合作医疗|居住证|助学贷款|房贷|贷款|贷点?款|贷(个|些)?(多少|几万)|能贷|可以贷|贴息|担保贷|无息|利息|放贷|借款|利率|生育津贴|低保|社保(怎么|咋|如何|在哪|去哪)(交|缴)|(怎么|咋|如何|在哪|去哪)(交|缴)社保|灵活就业.{0,6}(社保|保险|参保)|五险一金|到手|税后|扣完|(月薪|工资|薪水)\s*\d+|(不给|没给|不帮)(我|员工|职工)?(交|缴|上)社保|企业年金|职业年金|裁员|辞退|开除|加班费|年假|产假|试用期|残疾证|优待证|身份证|户口(迁|转|本)|落户|结婚证|准生证|驾驶证|营业执照|房产证|不动产|廉租房|公租房|保障房|人才公寓|购房补贴|租房补贴|住房补贴|事业单位|公务员|考编|招聘考试|教师招聘|二胎|三胎|生育|育儿补贴|高龄|尊老金|独生子女|计生/;
/** Words of skills training: with one of these, a question is about the plan after all. */
const TRAINING_WORDS = /培训|技能|以工代训|学徒|师带徒|带徒|想(去)?学(个|门|点)|学(个|门)[\u4e00-\u9fff]{1,4}(手艺|技术)?|证书|考证|考(了|过|到|下|取)?[^，,。\s]{0,6}证(?!明)|拿(了|到)?[^，,。\s]{0,4}证(?!明)|户籍地|常住地|就业地|职业院校|技校|技工|实训|竞赛|职工教育经费|补贴培训/;

/** A subsidy's name: the words before 补贴 / 补助 / 津贴 (高龄老人补贴, 稳岗补贴, 取暖补贴). */
const SUBSIDY_NAME = /([\u4e00-\u9fa5]{1,4})(补贴|补助|津贴|补偿金)/g;
/** Words around a subsidy's name that name nothing (有什么补贴, 申请的补贴, 能领的补助). */
const NAMES_NOTHING = /什么|哪些|怎么|多少|申请|可以|能够|还有|这个|那个|这些|那种|有啥|有没|没有|领取|享受|相关|国家|政府|政策|有关|本市|郑州|我们|我的|一些|各种|所有|其他/g;

/** Characters that make a pair of words no name (能享受, 我想问问, 有啥). */
const FUNCTION_CHARS = /[学完了过能可以享受领拿申请有没的么吗啥个些要想问事给发多少什哪怎我你他她它们这那就还也都再很去来在是和与及、]/;

/**
 * True when the question names a subsidy of which the plan's text has no word (高龄老人补贴,
 * 稳岗补贴, 电动车补贴): another policy, however its question is put. A subsidy named by any
 * word of the plan (育婴员培训补贴, 交通补贴, 师带徒津贴) is the plan's field.
 */
export function namesOtherSubsidy(text: string, planText: string): boolean {
  if (TRAINING_WORDS.test(text)) return false;
  let named = false;
  for (const m of text.matchAll(SUBSIDY_NAME)) {
    const name = m[1]!.replace(NAMES_NOTHING, ' ');
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
const LOAN_ASK = /(贷款|贷)[^，,。？?]{0,4}(能贷|贷多少|多少|几万|额度|利息|贴息|怎么贷|咋贷)|能贷|可以贷|贴息(多少|几年)/;

export function aboutOtherPolicy(text: string): boolean {
  return LOAN_ASK.test(text) || (OTHER_POLICY.test(text) && !TRAINING_WORDS.test(text));
}

/**
 * Asks how an application is handled — a pledge instead of papers, fewer papers, simpler steps,
 * how payment is made (五(四)) — rather than what a subsidy is.
 */
export const HOW_HANDLED = /承诺|少交[^，,。？?\s]{0,2}(证明|材料)|(减少|精简|简化|省)[^，,。？?\s]{0,2}(证明|材料|手续|流程|环节)|(证明|材料|手续|流程)[^，,。？?\s]{0,4}(减少|精简|简化|少点|少些)|信用支付|支付方式|经办/;

/** Asks whom to turn to: 找谁办, 哪个部门管, 电话多少. */
export const CONTACT_QUESTION = /找谁|找哪|哪个部门|哪些部门|哪个单位|什么部门|谁负责|谁管|归哪|去哪(里|儿)?(办|申请|领|问|报名)|在哪(里|儿)?(办|申请|领|报名)|哪里(办|申请|领|报名)|咨询电话|联系电话|电话(是)?多少|打(什么|哪个)电话|热线|去哪办|找哪个|有(没有)?(个|什么)?电话|电话号码|电话(呢|吗)|联系方式|怎么联系/;

/** Asks which office or unit (not only a phone number). */
export const UNIT_QUESTION = /找谁|找哪|部门|单位|谁负责|谁管|归哪|去哪|哪里(办|申请|领|报名)|在哪(里|儿)?(办|申请|领|报名)/;

/** Asks for a phone number: the plan gives none, so the answer says so and offers the hotline. */
export const PHONE_QUESTION = /电话|号码|热线|联系方式|怎么联系/;
