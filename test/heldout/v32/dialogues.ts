/**
 * HELD-OUT dialogues, set v32 — written on 2026-11-30 from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * never from the service's output, the code under src/, or the dev sets under test/core/. Only
 * the format of v15 (its header and first lines) was looked at; no message is reused or
 * paraphrased from earlier sets. Not to be tuned on: no word of these messages goes into a
 * glossary, pattern or fixture. Once a dialogue has been fixed by a targeted change it measures
 * nothing any more; write a new one instead.
 *
 * Who types here: the owner of a shoe factory in 新郑 (鞋厂), the bookkeeper of a pig-farm
 * cooperative (养猪专业合作社), a 物业公司 manager, a 网约车 driver, the operator of a nursing
 * home (养老院, run as a company) who trains carers, a young man out of a 戒毒所 (asking only what
 * the plan covers), a woman doing 妇女手工 at home, the owner of a private car-repair training
 * institution (汽修, 民办培训机构), a county 人社局 clerk checking a case for a company, and a
 * student at a 职业学院 who wants to start a business. WeChat on a phone: dialect (俺 / 咋 / 木有 /
 * 中 / 恁 / 啥), homophones, odd spacing, 全角 digits, Chinese numerals, bare replies (是 / 对 /
 * 嗯 / 没), employer and person questions mixed in one conversation, three groups in one message.
 *
 * Issue 10: nothing is inferred from silence. A fact the amount depends on (岗前培训补贴 claimed
 * or not, the kind of unit, insurance where the rule needs it, months employed for poor labour,
 * acceptance and fund source of equipment, payroll and fund drawn) must be asked, so an amount
 * is expected only once every such fact has been said. "不知道 / 不清楚" leaves the fact open.
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; 建档立卡贫困劳动力
 *   employed ≥ 6 months by a production entity (企业, 农民专业合作社, 扶贫车间, a 培训机构 too; not
 *   a 职业院校); 就业困难人员 (incl. 残疾人) and 零就业家庭成员 only by an insured enterprise (a
 *   cooperative is no enterprise); 退役军人 is no group; rows with the 岗前培训补贴 claimed never count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only bought
 *   from the 职工教育经费 and accepted by 人社 and 财政.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Project training (六(一)): 50 % of the project's training subsidy in advance.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, free training, entrepreneurship
 *   training, family aid, competition awards: the plan fixes no amount.
 * - The plan ran 2019-12-02 to 2021-12-31 and has ended: every conversation about what someone
 *   can get carries periodEnd.
 *
 * Tags in `probes`: [two-part], [contact], [dated], [mixed] (employer and person in one
 * conversation), [three-groups], [bare] (a bare 是 / 对 / 嗯 / 没 reply).
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is still missing: a question, no figure, no 不符合. */
const askOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The person cannot give the 以工代训 fact: no figure, no verdict. */
const openOJT: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount. */
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, and not the figure a misreading gives. */
const payNot = (yuan: number, wrong: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: [String(wrong)] });
/** 以工代训 excluded on the facts given. */
const noPay = (wrong: number): TurnExpect => ({ status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: [String(wrong)] });
/** The equipment subsidy. */
const kit = (yuan: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan } });
/** An equipment fact is missing. */
const askKit: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
/** The equipment fact cannot be given. */
const openKit: TurnExpect = { noAmount: 'open', undecided: 'equipment_subsidy' };
/** No equipment subsidy on these facts. */
const noKit = (wrong: number, wrongWan: RegExp): TurnExpect => ({ notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: [String(wrong), wrongWan] });
/** The education-fund deduction: 税前, never money to collect. */
const deduct = (yuan: number): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/],
});
/** An education-fund fact is missing. */
const askFund: TurnExpect = { noAmount: 'open', undecided: 'education_fund_deduction' };
/** The plan fixes no amount: no figure, the clause cited. */
const noFigure = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
/** The plan does not settle it. */
const unsettled: TurnExpect = { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] };
/** Outside the plan. */
const decline: TurnExpect = { answered: false, noAmount: 'unfixed' };
/** The plan's end is said. */
const ended: TurnExpect = { mentionsPeriodEnd: true };
/** Entrepreneurship training open to this person; no figure. */
const startUp: TurnExpect = { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed', cites: ['三(八)'] };

export const DIALOGUES_V32: Dialogue[] = [
  // ------------------------------------------------------------ several_groups
  {
    id: 'v32d01',
    class: 'several_groups',
    probes: '[three-groups] three groups in one message, each with its own months; paid at one month count they would be 7200',
    periodEnd: true,
    turns: [
      {
        user: '俺是新郑一个鞋厂的，厂里社保一直交着。去年招了建档立卡贫困户３个 都干够八个月了 以工代训６个月；就业困难人员２个 以工代训４个月；还有零就业家庭的１个 以工代训叁个月。这几个人岗前培训补贴一分都木领，恁给算算能补多少',
        expect: payNot(5800, 7200),
      },
    ],
  },
  {
    id: 'v32d02',
    class: 'several_groups',
    probes: '[three-groups] veterans are no group; the 岗前 fact is asked first, then the 残疾人 row is paid on its own months',
    periodEnd: true,
    turns: [
      { user: '新郑鞋厂 参保企业。贫困劳动力4个 上班7个月了 以工代训6个月，残疾人1个 以工代训3个月，退伍军人2个 以工代训6个月，问下这咋补', expect: askOJT },
      { user: '岗前培训补贴 他们七个都没领过', expect: payNot(5400, 7800) },
    ],
  },
  {
    id: 'v32d03',
    class: 'several_groups',
    probes: 'a cooperative pays poor labour only: its 就业困难人员 need an insured enterprise, so 5600 is wrong',
    periodEnd: true,
    turns: [
      {
        user: '俺们是养猪的农民专业合作社 招了贫困户俩 在场里干了半年多了 以工代训5个月，还有就业困难人员3个 以工代训6个月，岗前培训补贴这些人都木申请过',
        expect: payNot(2000, 5600),
      },
    ],
  },
  {
    id: 'v32d04',
    class: 'several_groups',
    probes: '[three-groups] a clerk lists three groups with different months; all at six months would be 6000',
    periodEnd: true,
    turns: [
      {
        user: '县人社局的 帮企业核一下：某服装公司 已参保，贫困劳动力2人 就业满9个月 以工代训6个月；零就业家庭成员1人 以工代训2个月；就业困难人员2人 以工代训3个月；均未享受岗前培训补贴。合计应补多少？',
        expect: payNot(4000, 6000),
      },
    ],
  },
  {
    id: 'v32d05',
    class: 'several_groups',
    probes: '[three-groups] property company, Chinese numerals for counts and months',
    periodEnd: true,
    turns: [
      {
        user: '物业公司 交社保的，招了贫困劳动力两个 干满一年了 以工代训三个月，就业困难人员一个 以工代训六个月，零就业家庭两个 以工代训五个月，岗前补贴 统统没领过',
        expect: payNot(4400, 6000),
      },
    ],
  },
  {
    id: 'v32d06',
    class: 'several_groups',
    probes: 'two groups, one row open (months employed of the poor labourers); no total until it is said',
    periodEnd: true,
    turns: [
      {
        user: '养老院是公司 交着保险，招了就业困难人员2个当护工 以工代训4个月，还招了建档立卡的3个 以工代训6个月，岗前补贴都没拿',
        expect: { asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: ['5200'] },
      },
      { user: '那仨贫困户 来了得有十个月了', expect: pay(5200) },
    ],
  },

  // ------------------------------------------------------------ one_group
  {
    id: 'v32d07',
    class: 'one_group',
    probes: '[mixed] cooperative hires poor labour; then the same person asks about the family aid for a son at a 职业学院, which has no amount',
    periodEnd: true,
    turns: [
      { user: '俺们是养猪专业合作社，收了俩建档立卡贫困户来场里干活，干了九个月，以工代训六个月，岗前培训补贴没申请过，能补多少', expect: pay(2400) },
      {
        user: '再问个俺自己家的事，俺儿在职业学院念书，俺家也是建档立卡户，家里能有补助不',
        expect: { noAmount: 'unfixed', cites: ['三(三)', '三(十四)'], mustNotContain: ['2400'] },
      },
    ],
  },
  {
    id: 'v32d08',
    class: 'one_group',
    probes: '[mixed] insured nursing home pays two 就业困难 carers; then the operator asks about her own certificate training (no amount, no leak of 1600)',
    periodEnd: true,
    turns: [
      { user: '养老服务公司 交了社保，招了两个就业困难人员当护工，以工代训四个月，岗前培训补贴木有领', expect: pay(1600) },
      {
        user: '俺自个儿也想考个养老护理员证 在户口所在地培训 这有补贴没',
        expect: { noAmount: 'unfixed', cites: ['七(二)'], mustNotContain: ['1600'] },
      },
    ],
  },
  {
    id: 'v32d09',
    class: 'one_group',
    probes: '[dated] a clerk checks a 2020 case: insured enterprise, three 就业困难人员',
    periodEnd: true,
    turns: [
      { user: '人社局窗口的，核个案子：2020年5月，企业参保，吸纳就业困难人员3人，以工代训6个月，岗前培训补贴未享受，应补多少', expect: pay(3600) },
    ],
  },
  {
    id: 'v32d10',
    class: 'one_group',
    probes: '以工代训 longer than six months is capped at six: 1200, not 1600',
    periodEnd: true,
    turns: [
      { user: '再核一个：农民专业合作社 吸纳贫困劳动力1人 就业10个月 以工代训8个月 未享受岗前补贴', expect: payNot(1200, 1600) },
    ],
  },
  {
    id: 'v32d11',
    class: 'one_group',
    probes: 'poor labour employed under six months: no 以工代训 (upper bound 还不到半年)',
    periodEnd: true,
    turns: [
      { user: '养老院公司 招的贫困劳动力3个 以工代训4个月，可人来了还不到半年，岗前补贴也没领', expect: noPay(2400) },
    ],
  },
  {
    id: 'v32d12',
    class: 'one_group',
    probes: '[bare] insurance missing, the bare 对 answers it',
    periodEnd: true,
    turns: [
      { user: '俺是物业公司经理，公司招了个零就业家庭的保洁，以工代训6个月，岗前培训补贴没领过', expect: askOJT },
      { user: '对', expect: pay(1200) },
    ],
  },
  {
    id: 'v32d13',
    class: 'one_group',
    probes: '[bare] 岗前 fact missing, the bare 没 answers it',
    periodEnd: true,
    turns: [
      { user: '厂里招了3个零就业家庭成员 以工代训4个月 鞋厂社保交着呢', expect: askOJT },
      { user: '没呢', expect: pay(2400) },
    ],
  },
  {
    id: 'v32d14',
    class: 'one_group',
    probes: '[bare] a nursing-home company, insurance missing, the bare 嗯 answers it',
    periodEnd: true,
    turns: [
      { user: '俺们养老院是注册的公司，招了1个残疾人当护工，以工代训5个月，岗前补贴没领过', expect: askOJT },
      { user: '嗯', expect: pay(1000) },
    ],
  },
  {
    id: 'v32d15',
    class: 'one_group',
    probes: '[bare] 木有 answers the 岗前 question for five poor labourers in a shoe factory',
    periodEnd: true,
    turns: [
      { user: '鞋厂 贫困劳动力５个 在俺厂干了一年 以工代训６个月', expect: askOJT },
      { user: '木有', expect: pay(6000) },
    ],
  },
  {
    id: 'v32d16',
    class: 'one_group',
    probes: 'a private training institution is a production entity too: two poor labourers in its workshop',
    periodEnd: true,
    turns: [
      { user: '俺开的汽修培训机构 招了两个建档立卡贫困劳动力在修理车间干活 干了一年了 以工代训6个月 岗前补贴没领', expect: pay(2400) },
      { user: '俺自己也想再开个分店 创业培训俺能上不', expect: startUp },
    ],
  },

  // ------------------------------------------------------------ negation_after_noun
  {
    id: 'v32d17',
    class: 'negation_after_noun',
    probes: 'the negation comes long after 岗前技能培训补贴',
    periodEnd: true,
    turns: [
      { user: '养猪合作社，贫困户3个，来了8个月，以工代训6个月，岗前技能培训补贴呢 俺们是一次也没领过', expect: pay(3600) },
    ],
  },
  {
    id: 'v32d18',
    class: 'negation_after_noun',
    probes: 'double negation 也不是没领 means it was claimed: no 以工代训',
    periodEnd: true,
    turns: [
      { user: '合作社吸纳的贫困户2个 干了7个月 以工代训6个月，岗前培训补贴也不是没领，前年就给他俩领了', expect: noPay(2400) },
    ],
  },
  {
    id: 'v32d19',
    class: 'negation_after_noun',
    probes: '社保 … 没给交 with words between: not insured, no 以工代训 for 就业困难人员',
    periodEnd: true,
    turns: [
      { user: '鞋厂 招了就业困难人员3个 以工代训5个月，岗前补贴没领，社保这一块 俺厂到现在都没给交', expect: noPay(3000) },
    ],
  },
  {
    id: 'v32d20',
    class: 'negation_after_noun',
    probes: 'negation after the noun (这俩人 压根没碰过), insurance said positively after it',
    periodEnd: true,
    turns: [
      { user: '零就业家庭成员2个 以工代训6个月，岗前培训补贴这俩人 压根没碰过，物业公司社保 一直交着', expect: pay(2400) },
    ],
  },
  {
    id: 'v32d21',
    class: 'negation_after_noun',
    probes: 'equipment bought not from the 职工教育经费 (不是…出的): no subsidy, not 6万',
    periodEnd: true,
    turns: [
      { user: '鞋厂的技能大师工作室 买设备30万，验收过了，钱是公司自己的 不是职工教育经费里出的，能补不', expect: noKit(60000, /6万/) },
    ],
  },
  {
    id: 'v32d22',
    class: 'negation_after_noun',
    probes: 'a pension said with the negation after it (养老金 … 没有): the pension does not exclude him',
    periodEnd: true,
    turns: [
      {
        user: '开网约车的 四十多了，按月领养老金的资格 俺可没有，想在常住地学个电工 学完拿证，有培训补贴没',
        expect: { noAmount: 'unfixed', cites: ['七(二)', '六(一)'], notVerdict: { rule: 'vocational_training', status: 'ineligible' } },
      },
    ],
  },

  // ------------------------------------------------------------ unknown_reply
  {
    id: 'v32d23',
    class: 'unknown_reply',
    probes: 'months employed unknown, then given',
    periodEnd: true,
    turns: [
      { user: '合作社招了4个贫困劳动力 以工代训6个月 岗前补贴没领 能给多少', expect: askOJT },
      { user: '干了多久 俺也记不清 不知道', expect: openOJT },
      { user: '翻了下账 都干了十个月', expect: pay(4800) },
    ],
  },
  {
    id: 'v32d24',
    class: 'unknown_reply',
    probes: '岗前 fact 不清楚 (ask the accountant), then no',
    periodEnd: true,
    turns: [
      { user: '物业公司参保了，招了4个就业困难人员，以工代训6个月，能补多少', expect: askOJT },
      { user: '岗前补贴领没领 俺不清楚 得问财务', expect: openOJT },
      { user: '财务回话了 都没领', expect: pay(4800) },
    ],
  },
  {
    id: 'v32d25',
    class: 'unknown_reply',
    probes: 'acceptance 不确定, then passed; 20 % of 300万 is capped at 50万',
    periodEnd: true,
    turns: [
      { user: '鞋厂 高技能人才培训基地 新买实训设备 300万 用的职工教育经费', expect: askKit },
      { user: '验收 不确定过没过', expect: openKit },
      { user: '打电话问了 人家说验收合格了', expect: kit(500000) },
    ],
  },
  {
    id: 'v32d26',
    class: 'unknown_reply',
    probes: 'the group is unknown (说不准) until the village confirms 建档立卡',
    periodEnd: true,
    turns: [
      { user: '合作社 招了3个人 干了一年 以工代训6个月 岗前补贴没领', expect: askOJT },
      { user: '是不是贫困户 说不准 不知道', expect: openOJT },
      { user: '村里查了 仨人都是建档立卡贫困户', expect: pay(3600) },
    ],
  },
  {
    id: 'v32d27',
    class: 'unknown_reply',
    probes: 'insurance 不知道 for 零就业家庭, then a clerk confirms it',
    periodEnd: true,
    turns: [
      { user: '帮一家企业问：招了零就业家庭成员2人 以工代训3个月 岗前补贴未享受', expect: askOJT },
      { user: '企业参没参保 俺这边暂时不知道', expect: openOJT },
      { user: '系统里查到了 参保的', expect: pay(1200) },
    ],
  },

  // ------------------------------------------------------------ correction
  {
    id: 'v32d28',
    class: 'correction',
    probes: 'the months of 以工代训 are corrected from 6 to 4',
    periodEnd: true,
    turns: [
      { user: '俺鞋厂招了5个贫困劳动力，干了10个月，以工代训6个月，岗前培训补贴木领', expect: pay(6000) },
      { user: '打错了 是以工代训4个月 不是6个', expect: payNot(4000, 6000) },
    ],
  },
  {
    id: 'v32d29',
    class: 'correction',
    probes: 'insurance corrected from no to yes: ineligible, then 2000',
    periodEnd: true,
    turns: [
      { user: '企业未参保，吸纳就业困难人员2人，以工代训5个月，岗前补贴未领，能享受以工代训补贴吗', expect: noPay(2000) },
      { user: '更正一下 企业是参保的 刚才看错系统了', expect: pay(2000) },
    ],
  },
  {
    id: 'v32d30',
    class: 'correction',
    probes: 'the count is corrected from 3 to 2',
    periodEnd: true,
    turns: [
      { user: '养老院公司 参保 招了3个就业困难人员 以工代训6个月 岗前补贴没领', expect: pay(3600) },
      { user: '不对不对 是2个 不是3个 有一个走了', expect: payNot(2400, 3600) },
    ],
  },
  {
    id: 'v32d31',
    class: 'correction',
    probes: 'the group is corrected from 退役军人 (no group) to 就业困难人员',
    periodEnd: true,
    turns: [
      { user: '物业公司参保的 招了2个退役军人当保安 以工代训6个月 岗前补贴没领', expect: noPay(2400) },
      { user: '说岔了 他俩是就业困难人员 不是退役军人', expect: pay(2400) },
    ],
  },
  {
    id: 'v32d32',
    class: 'correction',
    probes: 'the education fund is corrected from 70万 to 50万 (cap 64万)',
    periodEnd: true,
    turns: [
      { user: '鞋厂工资薪金总额800万，职工教育经费提了70万，税前能扣多少', expect: deduct(640000) },
      { user: '说错了 教育经费是50万', expect: deduct(500000) },
    ],
  },

  // ------------------------------------------------------------ topic_switch
  {
    id: 'v32d33',
    class: 'topic_switch',
    probes: 'property-management training, then security guards, then an unrelated fee question',
    turns: [
      { user: '物业管理行业 方案里有专门搞培训的没', expect: { cites: ['三(五)'] } },
      { user: '那 俺们保安队的 能不能参加技能培训', expect: { cites: ['三(十二)', '五(一)'] } },
      { user: '换个事，业主物业费一直不交 咋催', expect: decline },
    ],
  },
  {
    id: 'v32d34',
    class: 'topic_switch',
    probes: 'a ride-hailing driver: training plan, then 个税 of his income (outside)',
    turns: [
      { user: '跑网约车的 公共交通 低碳出行这块 有技能提升计划没', expect: { cites: ['三(十一)', '三(十二)'] } },
      { user: '另外问一下 跑车挣的钱 个人所得税咋报', expect: decline },
    ],
  },
  {
    id: 'v32d35',
    class: 'topic_switch',
    probes: '[contact] carers\' training plan, then which unit is in charge',
    turns: [
      { user: '养老护理员的培训 方案里归哪个专项计划', expect: { cites: ['三(四)'] } },
      { user: '这个计划 是哪几个部门负责', expect: { says: [/民政局/], cites: ['三(四)'] } },
    ],
  },
  {
    id: 'v32d36',
    class: 'topic_switch',
    probes: 'a vocational student: 1+X, then entrepreneurship awareness training, then 医保 (outside)',
    turns: [
      { user: '1+X证书制度 到底是个啥', expect: { cites: ['四(二)'] } },
      { user: '俺们学校里 有没有创业意识培训', expect: { cites: ['三(八)'] } },
      { user: '医保在学校交的 回老家看病能报销不', expect: decline },
    ],
  },
  {
    id: 'v32d37',
    class: 'topic_switch',
    probes: 'training subsidies per year, then 公积金 (outside, phrased like a policy question)',
    turns: [
      { user: '补贴性培训 一个人一年最多享受几回', expect: { cites: ['七(二)'], says: [/3|三/] } },
      { user: '那郑州住房公积金 能贷款买房不 政策咋规定的', expect: decline },
    ],
  },
  {
    id: 'v32d38',
    class: 'topic_switch',
    probes: 'a training institution: the system requirement, then not being on the catalogue (备案)',
    turns: [
      { user: '俺们是民办汽修培训机构 补贴培训 是不是必须进系统', expect: { cites: ['六(三)'] } },
      { user: '还有 俺们机构没进培训机构目录 能开班不', expect: { cites: ['七(二)'] } },
    ],
  },
  {
    id: 'v32d39',
    class: 'topic_switch',
    probes: 'out of a 戒毒所: training inside (三(十三)), then his own training subsidy after release [mixed topics]',
    periodEnd: true,
    turns: [
      { user: '俺刚从戒毒所出来，在里头那会儿 有没有职业技能培训这一说', expect: { cites: ['三(十三)'] } },
      { user: '现在出来了 想学厨师 户口在中牟，培训完拿了证，培训补贴能享受不', expect: noFigure(['七(二)']) },
    ],
  },
  {
    id: 'v32d40',
    class: 'topic_switch',
    probes: 'handicraft training, then 巧媳妇, then a lost-income allowance the plan does not set',
    turns: [
      { user: '俺在家做手工 绣花 编织啥的，方案里有妇女手工培训没', expect: { cites: ['五(一)'] } },
      { user: '巧媳妇工程 是不是也管俺们这号人', expect: { cites: ['三(二)'] } },
      { user: '去培训一天 给多少误工费', expect: unsettled },
    ],
  },

  // ------------------------------------------------------------ person_training
  {
    id: 'v32d41',
    class: 'person_training',
    probes: 'a driver, training at his household registration, certificate, first subsidy this year: no amount fixed',
    periodEnd: true,
    turns: [
      { user: '俺开网约车的，户口在郑州，想去学个电工，培训完拿了证，今年还没享受过补贴，能有补贴不', expect: noFigure(['七(二)']) },
    ],
  },
  {
    id: 'v32d42',
    class: 'person_training',
    probes: 'the same occupation and level twice: not subsidised again',
    periodEnd: true,
    turns: [
      {
        user: '前年俺在常住地学了中式烹调师 四级 领过补贴，今年想再考一遍同样的四级 还能补不',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['七(二)'] },
      },
    ],
  },
  {
    id: 'v32d43',
    class: 'person_training',
    probes: 'a poor-household student at a 技工学校: 助学金 and 免学费, no amount',
    periodEnd: true,
    turns: [
      { user: '俺家是建档立卡贫困户，俺在技工学校上学，有啥政策照顾不', expect: noFigure(['三(三)']) },
    ],
  },
  {
    id: 'v32d44',
    class: 'person_training',
    probes: '[two-part] a woman at home: free training for poor labour, and how many times a year',
    periodEnd: true,
    turns: [
      {
        user: '俺是贫困户 在家做手工，一是问培训收不收钱，二是一年能培训几回',
        expect: { noAmount: 'unfixed', cites: ['三(三)', '七(二)'], says: [/免费/, /3|三/] },
      },
    ],
  },
  {
    id: 'v32d45',
    class: 'person_training',
    probes: 'a prize in a skills competition: rewards by the rules, no amount',
    periodEnd: true,
    turns: [
      { user: '俺在职业学院 参加职业技能竞赛 拿了省里二等奖，有奖励没 奖多少', expect: noFigure(['五(三)']) },
    ],
  },
  {
    id: 'v32d46',
    class: 'person_training',
    probes: 'a 生活费补贴 amount during training: the plan fixes none, and 200 元 is the wrong rule',
    periodEnd: true,
    turns: [
      { user: '出了戒毒所 去参加技能培训 培训这段时间 生活费补贴 一个月给多少', expect: { ...unsettled, mustNotContain: [/200\s*元/] } },
    ],
  },

  // ------------------------------------------------------------ entrepreneurship
  {
    id: 'v32d47',
    class: 'entrepreneurship',
    probes: 'a 职业学院 student who wants to open a shop',
    periodEnd: true,
    turns: [
      { user: '俺在职业学院上大二，想毕业了开个奶茶店，能参加创业培训吗', expect: startUp },
    ],
  },
  {
    id: 'v32d48',
    class: 'entrepreneurship',
    probes: 'out of a 戒毒所, wishes to open a small restaurant',
    periodEnd: true,
    turns: [
      { user: '俺从强制隔离戒毒所出来了 想自己开个小饭馆 创业培训能参加不', expect: startUp },
    ],
  },
  {
    id: 'v32d49',
    class: 'entrepreneurship',
    probes: 'handicraft woman wishes to become her own boss',
    periodEnd: true,
    turns: [
      { user: '俺想把手工活做成个小作坊 自己当老板，有创业培训没', expect: startUp },
      { user: '创业培训完了 给不给发钱', expect: { noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v32d50',
    class: 'entrepreneurship',
    probes: 'a shop open seven years is past the five-year line; no 符合 on that alone',
    periodEnd: true,
    turns: [
      {
        user: '俺的手工小店 开了七年了，小微企业主这条 俺还能参加创业培训不',
        expect: { cites: ['三(八)'], noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v32d51',
    class: 'entrepreneurship',
    probes: '[contact] a student asks who is in charge of entrepreneurship training',
    turns: [
      { user: '大学生创业培训计划 归哪个部门管 俺该找谁', expect: { says: [/人社局|教育局|12333/] } },
    ],
  },
  {
    id: 'v32d52',
    class: 'entrepreneurship',
    probes: '[mixed] a shoe factory owner (employer) asks, then asks for his daughter who wants to start a web shop while at a 职业学院',
    periodEnd: true,
    turns: [
      { user: '鞋厂 工资薪金总额一年500万 职工教育经费提了30万 税前扣除能扣多少', expect: deduct(300000) },
      { user: '俺闺女在职业学院 想开网店卖鞋 她能上创业培训不', expect: { ...startUp, mustNotContain: ['300000'] } },
    ],
  },

  // ------------------------------------------------------------ equipment
  {
    id: 'v32d53',
    class: 'equipment',
    probes: 'a base: 20 % of 180万 under the cap',
    periodEnd: true,
    turns: [
      { user: '俺厂用职工教育经费给高技能人才培训基地新买了实训设备，总共180万，人社和财政验收过了，能补多少', expect: kit(360000) },
    ],
  },
  {
    id: 'v32d54',
    class: 'equipment',
    probes: 'a studio: fund and acceptance asked one by one; 20 % of 60万 capped at 10万',
    periodEnd: true,
    turns: [
      { user: '厂里弄了个技能大师工作室，买设备花了六十万，能补几个钱', expect: askKit },
      { user: '用的职工教育经费', expect: askKit },
      { user: '人社财政上个月来验过 合格', expect: kit(100000) },
    ],
  },
  {
    id: 'v32d55',
    class: 'equipment',
    probes: 'a base and a studio in one message: each on its own cap',
    periodEnd: true,
    turns: [
      { user: '基地买了200万设备，大师工作室买了30万，钱都是职工教育经费出的，都验收了，总共补多少', expect: kit(460000) },
    ],
  },
  {
    id: 'v32d56',
    class: 'equipment',
    probes: '[bare] the fund source asked, the bare 是 answers it',
    periodEnd: true,
    turns: [
      { user: '鞋厂大师工作室 买设备40万 验收过了', expect: askKit },
      { user: '是', expect: kit(80000) },
    ],
  },

  // ------------------------------------------------------------ education_fund
  {
    id: 'v32d57',
    class: 'education_fund',
    probes: 'payroll then fund given over two turns; fund above 8 %',
    periodEnd: true,
    turns: [
      { user: '物业公司 职工教育经费 能税前扣多少', expect: askFund },
      { user: '工资总额一年六百万', expect: askFund },
      { user: '教育经费提了60万', expect: deduct(480000) },
    ],
  },
  {
    id: 'v32d58',
    class: 'education_fund',
    probes: 'front-line share under 60 % is noted; the deduction is the fund drawn',
    periodEnd: true,
    turns: [
      { user: '物业 职工教育经费提了20万，一线职工培训用了一半，工资总额300万，税前扣除咋算', expect: { ...deduct(200000), says: [/税前/, /60/] } },
    ],
  },
  {
    id: 'v32d59',
    class: 'education_fund',
    probes: 'payroll missing, then given in Chinese numerals; 8 % of 一百万 is 8万',
    periodEnd: true,
    turns: [
      { user: '俺们养老服务公司 职工教育经费 提了10万 能在税前扣多少', expect: askFund },
      { user: '工资薪金 一年 一百万', expect: deduct(80000) },
    ],
  },
  {
    id: 'v32d60',
    class: 'education_fund',
    probes: '[two-part] the front-line share and 师带徒 from the fund',
    turns: [
      { user: '职工教育经费 一线职工得占多少？师带徒的津贴 能从这里头出不？', expect: { cites: ['六(二)'], says: [/60/, /师带徒/] } },
    ],
  },

  // ------------------------------------------------------------ apprenticeship
  {
    id: 'v32d61',
    class: 'apprenticeship',
    probes: 'nursing home with new-type apprentices: no amount per apprentice',
    periodEnd: true,
    turns: [
      { user: '俺开养老院，跟职业学院合作搞新型学徒，带了8个护理员学徒，一个学徒能补多少', expect: noFigure(['四(一)']) },
    ],
  },
  {
    id: 'v32d62',
    class: 'apprenticeship',
    probes: 'shoe-factory apprentices: the standard is not fixed; then 10 个补贴工种 (topic moves within the plan)',
    periodEnd: true,
    turns: [
      { user: '厂里搞企业新型学徒制 带了１５个学徒 补贴标准是多少', expect: noFigure(['四(一)']) },
      { user: '那 郑州自己增补了几个补贴工种', expect: { cites: ['七(二)'], says: [/10|十/] } },
    ],
  },
  {
    id: 'v32d63',
    class: 'apprenticeship',
    probes: 'a training institution asks about 现代学徒制 and the three-year target',
    turns: [
      { user: '现代学徒制 企业新型学徒 三年要培养多少人', expect: { cites: ['四(一)'], says: [/2\s*万|两万|20000/] } },
    ],
  },

  // ------------------------------------------------------------ period
  {
    id: 'v32d64',
    class: 'period',
    probes: 'a clerk asks whether the 63号 plan still applies today',
    periodEnd: true,
    turns: [
      { user: '这个63号文 现在还有效不 企业这会儿申请以工代训还中不', expect: { ...ended, noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v32d65',
    class: 'period',
    probes: '[dated] a 2022 application under the plan',
    periodEnd: true,
    turns: [
      { user: '2022年3月 有企业来申报以工代训 按63号文 还能给办吗', expect: ended },
    ],
  },
  {
    id: 'v32d66',
    class: 'period',
    probes: 'a woman asks in 2025 whether the plan still pays',
    periodEnd: true,
    turns: [
      { user: '现在都2025年了 俺参加培训 还能按这个方案领补贴不', expect: ended },
    ],
  },
  {
    id: 'v32d67',
    class: 'period',
    probes: '[dated] training in October 2021, inside the period: the training subsidy clause, no amount',
    periodEnd: true,
    turns: [
      { user: '2021年10月 在常住地学的育婴员 拿了证 那时候能享受培训补贴吗', expect: noFigure(['七(二)']) },
    ],
  },
  {
    id: 'v32d68',
    class: 'period',
    probes: '[contact] which office issued the plan and when it runs out',
    turns: [
      { user: '这个方案 哪个单位主办的 管到啥时候', expect: { says: [/人社局/], ...ended } },
    ],
  },

  // ------------------------------------------------------------ more
  {
    id: 'v32d69',
    class: 'topic_switch',
    probes: '[two-part] a training institution: 50 % advance and the system rule, then an outside question about other cities',
    periodEnd: true,
    turns: [
      {
        user: '项目制培训 补贴能先拨多少？不进系统的 给不给补？',
        expect: { cites: ['六(一)', '六(三)'], says: [/50\s*%|百分之五十|一半/, /系统/] },
      },
      { user: '那洛阳那边的汽修培训补贴标准 是多少', expect: decline },
    ],
  },
  {
    id: 'v32d70',
    class: 'one_group',
    probes: 'a private car-repair institution runs project training worth 12万: half in advance',
    periodEnd: true,
    turns: [
      { user: '俺们汽修培训机构 承接了项目制培训，这个项目培训补贴总共12万，能不能先拨一部分 拨多少', expect: { amount: { rule: 'project_training_advance', yuan: 60000 } } },
    ],
  },
  {
    id: 'v32d71',
    class: 'unknown_reply',
    probes: '[mixed] nursing-home company: project advance of 8万, then a carers\' group whose insurance is unknown',
    periodEnd: true,
    turns: [
      { user: '俺们养老院是公司制的 搞了个项目制培训 培训护理员，项目培训补贴总共8万，能先拨多少', expect: { amount: { rule: 'project_training_advance', yuan: 40000 } } },
      { user: '另外 招了两个零就业家庭的护工 以工代训三个月 岗前补贴没领', expect: askOJT },
      { user: '社保 这个 俺说不清', expect: openOJT },
    ],
  },
];
