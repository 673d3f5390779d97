/**
 * HELD-OUT dialogues, set v14 — written on 2026-11-30 from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * never from the service's output, the code under src/, or the dev sets under test/core/. Only
 * the format of v13 (its header and first lines) was looked at; no message is reused or
 * paraphrased from sets v1–v13. Not to be tuned on: no word of these messages goes into a
 * glossary, pattern or fixture. Once a dialogue has been fixed by a targeted change it measures
 * nothing any more; write a new one instead.
 *
 * Who types here: a hot-pot restaurant's manager (火锅店, a limited company), a sock-factory
 * accountant (袜厂), the head of a mushroom cooperative (香菇合作社), a 35-year-old man laid off
 * from a coal mine (去产能), a young veteran's father, a nursing-school student (卫校), a
 * training-institution principal, a street-office clerk relaying for residents and a small
 * printing shop owner. WeChat on a phone: short, dialect (俺 / 咱 / 木有 / 中不中 / 晓得),
 * homophones, odd spacing, numerals as 仨 / 壹 / 全角 / 半年, traditional characters now and
 * then, run-ons, bare replies.
 *
 * Issue 10: nothing is inferred from silence. A fact the amount depends on (岗前培训补贴 already
 * claimed or not, the kind of unit, insurance where the rule needs it, months employed for poor
 * labour, acceptance and fund source of equipment, payroll and fund drawn, where the training
 * took place) must be asked, so an amount is expected only once every such fact has been said.
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months by a production entity (a 培训机构 counts, a 职业院校 does not);
 *   就业困难 (incl. 残疾人) and 零就业家庭 only by an insured enterprise; 退役军人 and other
 *   hires are no group; rows with the 岗前培训补贴 claimed never count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only from the
 *   职工教育经费 and accepted.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Project training (六(一)): 50 % of the project's training subsidy in advance.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, free training, entrepreneurship
 *   training, family aid: the plan fixes no amount.
 *
 * Tags in `probes`: [two-part], [contact], [dated].
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const askOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact cannot be given: no figure, no verdict. */
const dunnoOJT: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount. */
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, without the misreading's figure. */
const payNot = (yuan: number, wrong: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: [String(wrong)] });
/** 以工代训 excluded on these facts. */
const noPay = (wrong: number): TurnExpect => ({ status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: [String(wrong)] });
/** Not eligible on these facts, the misreading's figure absent. */
const notYes = (wrong: number): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: [String(wrong)] });
/** The equipment subsidy. */
const kit = (yuan: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan } });
/** The equipment subsidy, without the misreading's figure. */
const kitNot = (yuan: number, wrong: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, mustNotContain: [String(wrong)] });
/** An equipment fact is missing. */
const askKit: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
/** An equipment fact cannot be given: no figure, no verdict. */
const dunnoKit: TurnExpect = { noAmount: 'open', undecided: 'equipment_subsidy' };
/** No equipment subsidy on these facts. */
const noKit = (wrong: number, wrongWan: RegExp): TurnExpect => ({ notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: [String(wrong), wrongWan] });
/** The education-fund deduction: 税前, never money to collect. */
const deduct = (yuan: number, wrong?: number): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/, ...(wrong === undefined ? [] : [String(wrong)])],
});
/** An education-fund fact is missing: no figure. */
const askFund: TurnExpect = { noAmount: 'open', undecided: 'education_fund_deduction' };
/** The plan fixes no amount: no figure, the clause cited. */
const noFigure = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
/** The plan does not settle it. */
const unsettled: TurnExpect = { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] };
/** Outside the plan. */
const decline: TurnExpect = { answered: false, noAmount: 'unfixed' };
/** The plan's end must be said. */
const over: TurnExpect = { mentionsPeriodEnd: true };
/** Who to ask. */
const WHO = /人社|人力资源|12333/;
/** A person's training subsidy ruled out on a stated fact: no per-person figure, no 符合. */
const personNo = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites, notVerdict: { rule: 'vocational_training', status: 'eligible' } });
/** A person's training subsidy not ruled out, no per-person figure. */
const personOpen = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites, notVerdict: { rule: 'vocational_training', status: 'ineligible' } });
/** Entrepreneurship training open to this person, no figure. */
const startUp: TurnExpect = { noAmount: 'unfixed', cites: ['三(八)'], status: { rule: 'entrepreneurship_training', status: 'eligible' } };

export const DIALOGUES_V14: Dialogue[] = [
  // ---------------------------------------------------------------- one group
  {
    id: 'v14d01', class: 'one_group', periodEnd: true,
    probes: 'insured company, difficulty hires, pre-job subsidy denied in the same message',
    turns: [{ user: '俺们火锅店是有限公司 社保一直交着 招了3个就业困难人员 以工代训弄了4个月 岗前培训补贴没申请过 能补多少', expect: pay(2400) }],
  },
  {
    id: 'v14d02', class: 'one_group', periodEnd: true,
    probes: 'pre-job subsidy not said: asked, then given as a bare reply',
    turns: [
      { user: '袜厂 参保企业 收了两名零就业家庭的 以工代训搞了五个月 补贴咋算', expect: askOJT },
      { user: '岗前那个补贴 俺们压根没报过', expect: pay(2000) },
    ],
  },
  {
    id: 'v14d03', class: 'one_group', periodEnd: true,
    probes: 'cooperative, poor labour employed eight months, traditional characters',
    turns: [{ user: '香菇合作社 吸納了4個建檔立卡貧困戶 幹了八個月了 以工代訓六個月 崗前補貼沒領', expect: pay(4800) }],
  },
  {
    id: 'v14d04', class: 'one_group', periodEnd: true,
    probes: 'disabled hire: kind of unit, insurance and pre-job subsidy asked before a figure',
    turns: [
      { user: '俺开个小印刷厂 招了个残疾人小伙 以工代训仨月 有钱没', expect: askOJT },
      { user: '厂子是公司性质 社保月月交 岗前那补贴也木拿过', expect: pay(600) },
    ],
  },
  {
    id: 'v14d05', class: 'one_group',
    probes: 'project training: 50 % advance of a stated subsidy',
    turns: [{ user: '俺们培训机构 搞项目制培训 这期培训补贴总共40万 能先拨多少', expect: { amount: { rule: 'project_training_advance', yuan: 200000 } } }],
  },
  {
    id: 'v14d06', class: 'one_group',
    probes: '[two-part] rate and longest duration of 以工代训 in one message',
    turns: [{ user: '俩问题哈 以工代训一人一月补几块？最长能补几个月？', expect: { cites: ['六(一)'], says: [/200/, /6\s*个月|六个月/] } }],
  },
  {
    id: 'v14d07', class: 'one_group', periodEnd: true,
    probes: 'training institution takes on poor labour employed over half a year',
    turns: [{ user: '俺是培训机构的校长 机构招了贫困劳动力3名 都干了半年多 有七个月了 以工代训各4个月 岗前补贴一分没领', expect: pay(2400) }],
  },
  // ---------------------------------------------------------------- several groups
  {
    id: 'v14d08', class: 'several_groups', periodEnd: true,
    probes: 'two rows with their own months, listed with a colon and semicolons',
    turns: [{ user: '火锅店（有限公司 参保）：贫困劳动力2人 已干7个月 以工代训6个月；就业困难人员1人 以工代训2个月；都没领岗前培训补贴', expect: payNot(2800, 3600) }],
  },
  {
    id: 'v14d09', class: 'several_groups', periodEnd: true,
    probes: 'poor row employed under six months drops out, zero-employment row counts',
    turns: [{ user: '袜厂 交社保 招了 零就业家庭的5个 以工代训4个月 还有贫困户3个 上班才4个月 以工代训也4个月 岗前补贴都没领', expect: payNot(4000, 6400) }],
  },
  {
    id: 'v14d10', class: 'several_groups', periodEnd: true,
    probes: 'veterans beside poor labour: veterans are no group of 以工代训',
    turns: [{ user: '合作社 贫困劳动力 六个人 干满一年了 以工代训6个月；另外招了2个退役军人 也培训了3个月 岗前补贴一个都没领', expect: payNot(7200, 8400) }],
  },
  {
    id: 'v14d11', class: 'several_groups', periodEnd: true,
    probes: 'two groups, pre-job subsidy asked and answered for both',
    turns: [
      { user: '印刷厂 参保的 就业困难的2个以工代训5个月 贫困户1个 干了十个月 以工代训壹个月', expect: askOJT },
      { user: '岗前补贴 两拨人都没申请', expect: pay(2200) },
    ],
  },
  {
    id: 'v14d12', class: 'several_groups', periodEnd: true,
    probes: 'ten hires, only four poor ones count',
    turns: [{ user: '店里一共招了十个人：贫困户四个 在岗九个月 以工代训三个月；其他六个是普通服务员 以工代训也三个月 全部没拿岗前补贴 公司交社保', expect: payNot(2400, 6000) }],
  },
  {
    id: 'v14d13', class: 'several_groups', periodEnd: true,
    probes: 'second poor hire employed two months only; pre-job subsidy asked',
    turns: [
      { user: '合作社 贫困户2个干了10个月 以工代训3个月；后来又招了1个贫困户 才来两个月 以工代训俩月', expect: askOJT },
      { user: '岗前补贴 全没领 仨人都没', expect: payNot(1200, 1600) },
    ],
  },
  // ---------------------------------------------------------------- negation after the noun
  {
    id: 'v14d14', class: 'negation_after_noun',
    probes: '社保 没交 after the noun: difficulty hires excluded',
    turns: [{ user: '袜厂 社保 没交 招了俩就业困难人员 以工代训4个月 岗前补贴木领', expect: noPay(1600) }],
  },
  {
    id: 'v14d15', class: 'negation_after_noun',
    probes: '贫困户 …没招 : no poor labour among the hires',
    turns: [{ user: '贫困户 俺们合作社一个没招 招了5个本村一般劳力 以工代训三个月 能补不', expect: notYes(3000) }],
  },
  {
    id: 'v14d16', class: 'negation_after_noun',
    probes: 'pre-job subsidy 领了 after the noun: the row never counts',
    turns: [{ user: '岗前培训补贴 领了 那三个零就业家庭的都领过了 公司参保 以工代训4个月', expect: noPay(2400) }],
  },
  {
    id: 'v14d17', class: 'negation_after_noun',
    probes: 'employed time 没满六个月 after the noun',
    turns: [{ user: '招俩贫困户 上班时间 没满六个月 以工代训4个月了 岗前补贴没拿 印刷厂能补吗', expect: noPay(1600) }],
  },
  {
    id: 'v14d18', class: 'negation_after_noun',
    probes: 'veteran son: 不是贫困户 也不是就业困难人员',
    turns: [{ user: '俺儿是退役军人 不是贫困户 也不是就业困难人员 他那厂里给他以工代训3个月 厂里能补不', expect: notYes(600) }],
  },
  {
    id: 'v14d19', class: 'negation_after_noun',
    probes: '就业困难人员 …不是 : ordinary laid-off workers are no group',
    turns: [{ user: '就业困难人员 俺们招的不是 是普通下岗女工 6个 以工代训4个月 袜厂参保', expect: notYes(4800) }],
  },
  {
    id: 'v14d20', class: 'negation_after_noun',
    probes: 'education fund 没提: no deduction figure from the payroll alone',
    turns: [{ user: '教育经费 今年没提 工资总额 400万 能税前扣多少', expect: { mustNotContain: ['320000', /32\s*万/] } }],
  },
  // ---------------------------------------------------------------- unknown replies
  {
    id: 'v14d21', class: 'unknown_reply', periodEnd: true,
    probes: 'accountant cannot say about the pre-job subsidy, then finds out',
    turns: [
      { user: '袜厂 参保 招了4个就业困难人员 以工代训六个月', expect: askOJT },
      { user: '岗前那个补贴领没领 俺这会计也说不清 得问人事', expect: dunnoOJT },
      { user: '问过人事了 没领过', expect: pay(4800) },
    ],
  },
  {
    id: 'v14d22', class: 'unknown_reply',
    probes: 'months employed of poor labour not remembered',
    turns: [
      { user: '合作社招了仨贫困户 以工代训5个月 岗前补贴没领', expect: askOJT },
      { user: '干了多久 俺记不清了 账本找不着', expect: dunnoOJT },
    ],
  },
  {
    id: 'v14d23', class: 'unknown_reply',
    probes: 'insurance unknown to the person typing',
    turns: [
      { user: '印刷厂 吸纳了零就业家庭成员两个 以工代训6个月 岗前补贴木有领', expect: askOJT },
      { user: '社保交没交 这个俺真不晓得 老板娘管', expect: dunnoOJT },
    ],
  },
  {
    id: 'v14d24', class: 'unknown_reply',
    probes: 'acceptance of studio equipment not known yet',
    turns: [
      { user: '店里建了个技能大师工作室 新买的设备30万 用的职工教育经费', expect: askKit },
      { user: '验收 还没弄 能不能过 不好说', expect: dunnoKit },
    ],
  },
  {
    id: 'v14d25', class: 'unknown_reply',
    probes: 'project subsidy total not yet fixed: share said, no figure',
    turns: [{ user: '项目制培训 补贴总额还没核下来 能先拨多少', expect: { noAmount: 'open', says: [/50\s*%|百分之五十|一半/] } }],
  },
  {
    id: 'v14d26', class: 'unknown_reply',
    probes: 'certificate not yet obtained: no verdict on the person subsidy',
    turns: [
      { user: '俺想学电工 在常住地这边培训 能补多少', expect: personOpen(['七(二)', '六(一)']) },
      { user: '证 还没考 不知道能不能考过', expect: { noAmount: 'unfixed', undecided: 'vocational_training' } },
    ],
  },
  {
    id: 'v14d27', class: 'unknown_reply',
    probes: 'equipment value not yet totted up',
    turns: [{ user: '高技能人才培训基地 设备采购 花了多少还没统计出来 钱是职工教育经费 验收了', expect: { noAmount: 'open', undecided: 'equipment_subsidy' } }],
  },
  // ---------------------------------------------------------------- corrections
  {
    id: 'v14d28', class: 'correction', periodEnd: true,
    probes: 'count corrected from five to three',
    turns: [
      { user: '公司参保 就业困难人员5个 以工代训3个月 岗前补贴没领', expect: pay(3000) },
      { user: '说错了 是3个人 不是5个', expect: payNot(1800, 3000) },
    ],
  },
  {
    id: 'v14d29', class: 'correction', periodEnd: true,
    probes: 'months corrected upward',
    turns: [
      { user: '袜厂交社保 零就业家庭的 2个 以工代训 4个月 岗前补贴没申请', expect: pay(1600) },
      { user: '纠正一下 以工代训是6个月 前面打错了', expect: payNot(2400, 1600) },
    ],
  },
  {
    id: 'v14d30', class: 'correction', periodEnd: true,
    probes: 'pre-job subsidy first said claimed, then corrected to not claimed',
    turns: [
      { user: '合作社 贫困劳力3人 干了一年 以工代训6个月 岗前补贴领了', expect: noPay(3600) },
      { user: '搞错了 岗前补贴没领 领的是别的补贴', expect: pay(3600) },
    ],
  },
  {
    id: 'v14d31', class: 'correction', periodEnd: true,
    probes: 'insurance withdrawn by a correction',
    turns: [
      { user: '印刷厂 参保 残疾人1个 以工代训六个月 岗前补贴没领', expect: pay(1200) },
      { user: '更正：俺们厂 其实没参保 前头说错了', expect: noPay(1200) },
    ],
  },
  {
    id: 'v14d32', class: 'correction',
    probes: 'education fund corrected from 2万 to 3万: cap now binds',
    turns: [
      { user: '印刷厂 工资薪金总额 30万 教育经费 提了2万', expect: deduct(20000) },
      { user: '更正 教育经费是 3万 不是2万', expect: deduct(24000) },
    ],
  },
  {
    id: 'v14d33', class: 'correction',
    probes: 'equipment kind corrected from base to studio: cap changes',
    turns: [
      { user: '高技能人才培训基地 新设备 七十万 职工教育经费买的 验收合格', expect: kit(140000) },
      { user: '不对不对 是技能大师工作室 不是基地', expect: kitNot(100000, 140000) },
    ],
  },
  // ---------------------------------------------------------------- topic switches
  {
    id: 'v14d34', class: 'topic_switch', periodEnd: true,
    probes: 'from an amount to a per-occupation subsidy the plan does not fix',
    turns: [
      { user: '公司参保 招了2个就业困难人员 以工代训6个月 岗前补贴没领', expect: pay(2400) },
      { user: '那换个事 火锅底料炒料师傅 考证 一个人补多少', expect: { noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v14d35', class: 'topic_switch',
    probes: 'from the deduction to a social-insurance base outside the plan',
    turns: [
      { user: '袜厂 工资薪金总额 800万 职工教育经费提了70万', expect: deduct(640000, 700000) },
      { user: '好 另外问下 郑州今年社保缴费基数是多少', expect: decline },
    ],
  },
  {
    id: 'v14d36', class: 'topic_switch',
    probes: 'veterans training covered, then a 退役金 question outside',
    turns: [
      { user: '俺儿子刚退伍 想学个技能 方案里对退役军人培训有啥说法', expect: { answered: true, cites: ['三(二)', '六(一)'] } },
      { user: '顺便问下 他那退役金 一次性的 能拿多少', expect: decline },
    ],
  },
  {
    id: 'v14d37', class: 'topic_switch',
    probes: 'relayed person question, then 低保 outside',
    turns: [
      { user: '街道办的 替居民问：她家是零就业家庭 她本人想参加培训 在户籍地 培训完能拿证 今年头一回 有啥补贴', expect: personOpen(['七(二)', '六(一)']) },
      { user: '另外她还问 低保 咋申请', expect: decline },
    ],
  },
  {
    id: 'v14d38', class: 'topic_switch', periodEnd: true,
    probes: 'from an amount to growing mushrooms',
    turns: [
      { user: '合作社 贫困户3个 干了一年多 以工代训两个月 岗前补贴没领', expect: pay(1200) },
      { user: '另问 香菇菌棒 冬天咋保温', expect: decline },
    ],
  },
  {
    id: 'v14d39', class: 'topic_switch',
    probes: 'apprentices then the education fund, each on its own facts',
    turns: [
      { user: '俺们带了8个企业新型学徒 有补贴没', expect: noFigure(['四(一)']) },
      { user: '再问个 工资总额 100万 教育经费提了10万 税前能扣多少', expect: deduct(80000, 100000) },
    ],
  },
  // ---------------------------------------------------------------- person training
  {
    id: 'v14d40', class: 'person_training', periodEnd: true,
    probes: 'laid-off miner asks what he can get; open facts, no per-person figure',
    turns: [{ user: '俺35 煤矿下岗了 去产能那种 想在户籍地学电工 学完拿证 有补贴不', expect: personOpen(['七(二)', '六(一)']) }],
  },
  {
    id: 'v14d41', class: 'person_training',
    probes: 'already three subsidies this year',
    turns: [{ user: '俺今年已经补过三回了 电工 焊工 叉车 还想再学个挖掘机 能补不', expect: personNo(['七(二)']) }],
  },
  {
    id: 'v14d42', class: 'person_training',
    probes: 'training away from household, residence and job-seeking place',
    turns: [{ user: '护校学生 想去外省学个养老护理 那儿不是户籍地 不是常住地 也不是找工作的地方 能补不', expect: personNo(['七(二)']) }],
  },
  {
    id: 'v14d43', class: 'person_training',
    probes: 'monthly pension relayed by a street clerk',
    turns: [{ user: '街道办转问：居民六十二了 每月领养老金 想学家政 能享受培训补贴么', expect: personNo(['六(一)', '七(二)']) }],
  },
  {
    id: 'v14d44', class: 'person_training',
    probes: 'same occupation and level subsidised before',
    turns: [{ user: '焊工中级 前年补过了 今年又考一回焊工中级 还补不', expect: personNo(['七(二)']) }],
  },
  {
    id: 'v14d45', class: 'person_training',
    probes: 'poor-family nursing student: 助学金 and 免学费, then the amount unsettled',
    turns: [
      { user: '我是卫校在读 家里建档立卡的 有啥补助', expect: noFigure(['三(三)']) },
      { user: '那助学金 一年到底多少', expect: unsettled },
    ],
  },
  {
    id: 'v14d46', class: 'person_training',
    probes: '[contact] who handles the subsidy',
    turns: [{ user: '这培训补贴 找哪个部门办 打啥电话', expect: { says: [WHO] } }],
  },
  {
    id: 'v14d47', class: 'person_training',
    probes: 'veteran son, residence, certificate: no per-person figure',
    turns: [{ user: '俺儿退役军人 在郑州常住 想学汽修 学完考证 这能补贴不 补多少', expect: personOpen(['七(二)', '六(一)']) }],
  },
  // ---------------------------------------------------------------- entrepreneurship
  {
    id: 'v14d48', class: 'entrepreneurship',
    probes: 'small printing shop open three years',
    turns: [{ user: '印刷店开了三年了 算小微企业 能参加创业培训吗', expect: startUp }],
  },
  {
    id: 'v14d49', class: 'entrepreneurship',
    probes: 'laid-off miner with the wish to open a shop',
    turns: [{ user: '下岗了 想自己开个小超市 有创业培训不 补多少', expect: startUp }],
  },
  {
    id: 'v14d50', class: 'entrepreneurship',
    probes: 'vocational student asks about 创业意识 training',
    turns: [{ user: '护理专业在校生 能参加创业意识培训吗', expect: startUp }],
  },
  {
    id: 'v14d51', class: 'entrepreneurship',
    probes: 'business open eight years, wish unsaid: not eligible by the years',
    turns: [{ user: '火锅店开业都八年了 还算创业培训对象不', expect: { noAmount: 'unfixed', cites: ['三(八)'], notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' } } }],
  },
  {
    id: 'v14d52', class: 'entrepreneurship',
    probes: 'relayed: graduate two years out wants a milk-tea shop',
    turns: [{ user: '街道：辖区一个大学毕业两年的小伙 没工作 想开奶茶店 创业培训能参加不', expect: startUp }],
  },
  // ---------------------------------------------------------------- equipment
  {
    id: 'v14d53', class: 'equipment',
    probes: 'base cap binds at 50万',
    turns: [{ user: '袜厂建高技能人才培训基地 新购设备 300万 职工教育经费出的 人社财政验收过了', expect: kitNot(500000, 600000) }],
  },
  {
    id: 'v14d54', class: 'equipment',
    probes: 'studio below the cap',
    turns: [{ user: '建技能大师工作室 买设备 花了40万 教育经费列支 验收合格', expect: kit(80000) }],
  },
  {
    id: 'v14d55', class: 'equipment',
    probes: 'studio cap binds at 10万',
    turns: [{ user: '大师工作室设备 80万 全走职工教育经费 验收通过了', expect: kitNot(100000, 160000) }],
  },
  {
    id: 'v14d56', class: 'equipment',
    probes: 'fund source asked, then a bank loan: no subsidy',
    turns: [
      { user: '高技能人才培训基地 新设备150万 验收合格了', expect: askKit },
      { user: '钱是 从 银行贷款 来的 不是教育经费', expect: noKit(300000, /30\s*万/) },
    ],
  },
  {
    id: 'v14d57', class: 'equipment',
    probes: 'not accepted yet, big-numeral value',
    turns: [{ user: '建了个高技能人才培训基地 设备 壹佰贰拾万 钱从职工教育经费走 还木验收', expect: noKit(240000, /24\s*万/) }],
  },
  {
    id: 'v14d58', class: 'equipment',
    probes: 'one studio bought in two batches: one site',
    turns: [{ user: '要建技能大师工作室 设备 分两批买 一批6万 一批4万 都用职工教育经费 验收过', expect: kit(20000) }],
  },
  // ---------------------------------------------------------------- education fund
  {
    id: 'v14d59', class: 'education_fund',
    probes: 'fund below the 8 % limit',
    turns: [{ user: '工资总额一年 50万 职工教育经费提了3万 税前能扣多少', expect: deduct(30000) }],
  },
  {
    id: 'v14d60', class: 'education_fund',
    probes: 'payroll asked, then said in Chinese numerals',
    turns: [
      { user: '袜厂 职工教育经费 今年提了25万', expect: askFund },
      { user: '工资薪金总额 二百万', expect: deduct(160000, 250000) },
    ],
  },
  {
    id: 'v14d61', class: 'education_fund',
    probes: 'large figures, front-line share stated',
    turns: [{ user: '工资薪金 一千二百万 教育经费 提取 九十万 六成以上花一线', expect: deduct(900000) }],
  },
  {
    id: 'v14d62', class: 'education_fund',
    probes: '[two-part] front-line share and the deduction limit',
    turns: [{ user: '职工教育经费 一线职工要占多少？税前扣除限额是多少？', expect: { cites: ['六(二)'], says: [/60\s*%|百分之六十|六成/, /8\s*%|百分之八/] } }],
  },
  // ---------------------------------------------------------------- apprenticeship
  {
    id: 'v14d63', class: 'apprenticeship',
    probes: 'per-apprentice amount: the plan fixes none',
    turns: [{ user: '袜厂带了12个企业新型学徒 一个补多少', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v14d64', class: 'apprenticeship',
    probes: 'total for five apprentices: no figure',
    turns: [{ user: '新型学徒制 俺们店带了5个 能领补贴总共几千', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v14d65', class: 'apprenticeship',
    probes: 'person pushes the 以工代训 rate onto apprentices',
    turns: [
      { user: '印刷学徒 招了仨 按新型学徒制带的', expect: noFigure(['四(一)']) },
      { user: '那就按一人一个月200算 仨人半年 行不', expect: { noAmount: 'unfixed', mustNotContain: ['3600'] } },
    ],
  },
  {
    id: 'v14d66', class: 'apprenticeship',
    probes: 'veteran father: who gets the apprentice subsidy, and how much',
    turns: [{ user: '俺儿在厂里当新型学徒 厂里说有补贴 补给谁 补多少', expect: noFigure(['四(一)']) }],
  },
  // ---------------------------------------------------------------- period
  {
    id: 'v14d67', class: 'period',
    probes: 'can I still apply now',
    turns: [{ user: '现在 还能申请 这个方案的培训补贴不', expect: over }],
  },
  {
    id: 'v14d68', class: 'period',
    probes: 'training in 2022 under the 63号 plan',
    turns: [{ user: '2022年的培训 还能按这个63号文 报补贴吗', expect: over }],
  },
  {
    id: 'v14d69', class: 'period',
    probes: 'relayed: sign up for 以工代训 this year',
    turns: [{ user: '居民问 今年报名以工代训 还来得及不', expect: over }],
  },
  {
    id: 'v14d70', class: 'period', periodEnd: true,
    probes: '[dated] a 2020 case: the amount then, and the plan since ended',
    turns: [{ user: '2020年6月那会 俺厂参保 招了就业困难的2个 以工代训3个月 没领岗前补贴 当时能补多少', expect: pay(1200) }],
  },
  {
    id: 'v14d71', class: 'period',
    probes: 'nursing student graduating next year',
    turns: [{ user: '我明年毕业 到时候还能按这个方案领补贴吗', expect: over }],
  },
  {
    id: 'v14d72', class: 'period',
    probes: '[dated] hires of November 2021, asked about now',
    turns: [{ user: '2021年11月招的零就业家庭2人 参保 以工代训2个月 岗前没领 现在还能申请不', expect: over }],
  },
];
