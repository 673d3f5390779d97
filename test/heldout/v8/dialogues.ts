/**
 * HELD-OUT dialogues, set v8 — written on 2026-11-30 from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * never from the service's output, the code under src/, or the dev sets under test/core/. Only
 * the format of v7 (its header and first lines) was looked at; no message is reused or
 * paraphrased from sets v1–v7. Not to be tuned on: no word of these messages goes into a
 * glossary, pattern or fixture. Once a dialogue has been fixed by a targeted change it measures
 * nothing any more; write a new one instead.
 *
 * Who types here: a hotpot restaurant owner, a garment-factory HR lady, a township poverty-relief
 * cadre asking for villagers, a young veteran, a disabled worker's wife, a training-school
 * principal, a tax accountant, a grandmother asking for a grandson in 技校, and a call-centre
 * agent relaying a caller (来电人说…). WeChat on a phone: short, Henan words (中不中, 咋弄, 俺,
 * 木有, 恁, 得劲), homophone typos, odd spacing, numbers as 仨 / 俩 / 半拉月 / 一年半 / 3个来月 /
 * 十来个, traditional characters now and then, voice-input run-ons, bare replies, 哈哈 and emoji.
 * Facts are said in many ways: yes/no before or after the noun, negation far from its noun,
 * facts spread over turns, one fact of several corrected, a second question in one message.
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying hire row; poor
 *   labour when employed ≥ 6 months by a production entity, insurance irrelevant; 就业困难
 *   (incl. 残疾人, 三(二)) and 零就业家庭 only by an insured enterprise; 退役军人 and 农村转移
 *   hires are no 以工代训 group; rows with the 岗前培训补贴 claimed never count. A figure is
 *   expected only when every fact it depends on was given, never from a rough quantity
 *   (十来个, 3个来月), except as a threshold it clearly passes (一年半 ≥ 6 months).
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 master studio), only
 *   when bought from the 职工教育经费 and accepted.
 * - Education fund (六(二)): a pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - 项目制 advance (六(一)): 50 % of the project's training subsidy.
 * - Apprenticeship, 职业培训补贴 per person, 生活费补贴, free training, entrepreneurship training,
 *   family aid, competition awards, teaching-material support: the plan fixes no amount.
 *
 * Tags in `probes`: [two-part], [contact], [dated].
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: one more question, no figure, no 不符合. */
const askOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The person cannot say a 以工代训 fact: no figure and no verdict. */
const dunnoOJT: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount. */
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, without the figure a misreading gives. */
const payNot = (yuan: number, wrong: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: [String(wrong)] });
/** 以工代训 excluded: ineligible, and the misreading's figure absent. */
const noPay = (wrong: number): TurnExpect => ({ status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: [String(wrong)] });
/** Not eligible on these facts; the misreading's figure absent. */
const notYes = (wrong: number): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: [String(wrong)] });
/** The equipment subsidy. */
const kit = (yuan: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan } });
/** The equipment subsidy, without the misreading's figure. */
const kitNot = (yuan: number, wrong: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, mustNotContain: [String(wrong)] });
/** An equipment fact is missing. */
const askKit: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
/** The education-fund deduction: said to be 税前, never money to collect. */
const deduct = (yuan: number): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/],
});
/** No amount in the plan for this: no figure, the clause cited. */
const noFigure = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
/** The plan does not settle it: say so, no figure. */
const unsettled: TurnExpect = { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] };
/** Outside the plan. */
const decline: TurnExpect = { answered: false, noAmount: 'unfixed' };
/** "Can I still apply": the plan's end must be said. */
const over: TurnExpect = { mentionsPeriodEnd: true };
/** Who to ask: the human-resources bureau or its hotline. */
const WHO = /人社|人力资源|12333/;

export const DIALOGUES_V8: Dialogue[] = [
  // ---------------------------------------------------------------- one group of hires
  {
    id: 'v8d01',
    class: 'one_group',
    probes: 'hotpot owner, 俩 建档立卡 hires, 八个月 employed, 4 months 以工代训',
    periodEnd: true,
    turns: [{ user: '俺家火锅店招了俩建档立卡贫困户 在后厨干八个月了 以工代训搞了四个月 岗前那个补贴没申请 能补几个钱', expect: pay(1600) }],
  },
  {
    id: 'v8d02',
    class: 'one_group',
    probes: 'garment HR, insured, 5 disabled hires, 7 months 以工代训 capped at 6',
    periodEnd: true,
    turns: [{ user: '服装厂人事这边 社保一直按时交的 去年进来五个残疾人工人 以工代训七个月 岗前培训补贴没领过 以工代训补贴咋算', expect: payNot(6000, 7000) }],
  },
  {
    id: 'v8d03',
    class: 'one_group',
    probes: 'cadre, 十来个 poor labour at a 扶贫车间: a rough count, so no figure',
    turns: [{ user: '俺们乡扶贫车间 收了十来个建档立卡的村民 都干了大半年 以工代训也搞了 能补多少？', expect: askOJT }],
  },
  {
    id: 'v8d04',
    class: 'one_group',
    probes: 'hotpot owner, insured, one 零就业家庭 hire, 仨月 以工代训',
    periodEnd: true,
    turns: [{ user: '店里员工社保都上着哈 新来个小伙是零就业家庭嘞 以工代训弄了仨月 岗前的补贴木拿 给补多少', expect: pay(600) }],
  },
  {
    id: 'v8d05',
    class: 'one_group',
    probes: 'cooperative, 4 poor labour employed only 半拉月: below the six months',
    turns: [{ user: '合作社刚招了4个建档立卡户 才来半拉月 以工代训也是半拉月 这能申请以工代训补贴不', expect: notYes(400) }],
  },
  {
    id: 'v8d06',
    class: 'one_group',
    probes: 'insured firm, 俩 veterans: no 以工代训 group',
    turns: [{ user: '公司交社保 招了俩退伍兵 以工代训六个月 岗前补贴没领 以工代训补贴有没有', expect: noPay(2400) }],
  },
  // ---------------------------------------------------------------- several groups
  {
    id: 'v8d07',
    class: 'several_groups',
    probes: 'garment HR: 3 poor labour 一年半 / 6 months + 2 就业困难 2 months, insured',
    periodEnd: true,
    turns: [
      {
        user: '厂里參保的 建档立卡的仨人干了一年半 以工代训满6个月 另外就业困难人员俩 以工代训才俩月 岗前补贴都没领 一共能补多少',
        expect: payNot(4400, 6000),
      },
    ],
  },
  {
    id: 'v8d08',
    class: 'several_groups',
    probes: 'uninsured firm: poor labour count, 零就业 do not',
    periodEnd: true,
    turns: [
      {
        user: '我们小公司 还木交社保 有两个建档立卡的 干了9个月 以工代训5个月；还有三个零就业家庭的 以工代训四个月 岗前补贴都没碰 能拿多少',
        expect: payNot(2000, 4400),
      },
    ],
  },
  {
    id: 'v8d09',
    class: 'several_groups',
    probes: 'cadre: 扶贫车间 4 poor labour (7 months, 3 of 以工代训) + 2 veterans',
    periodEnd: true,
    turns: [
      {
        user: '替村里扶贫车间问下 车间用了四个建档立卡户 干了七个月 以工代训三个月 还有俩退役军人也在里头干 岗前补贴一个都没领 这以工代训补贴能补多少',
        expect: payNot(2400, 3600),
      },
    ],
  },
  {
    id: 'v8d10',
    class: 'several_groups',
    probes: 'insured: 1 disabled 6 months counts; 2 poor labour only 4 months employed do not',
    periodEnd: true,
    turns: [
      {
        user: '俺们企业有社保 一个残疾人以工代训六个月 俩建档立卡的刚来四个月 以工代训也四个月 岗前的都没领 算算',
        expect: payNot(1200, 2800),
      },
    ],
  },
  {
    id: 'v8d11',
    class: 'several_groups',
    probes: 'hotpot: one row with the 岗前 subsidy claimed does not count',
    periodEnd: true,
    turns: [
      {
        user: '火锅店参保 俩建档立卡的干了10个月以工代训6个月岗前没领 另外仨就业困难的以工代训也六个月但是岗前培训补贴已经领了 总共多少',
        expect: payNot(2400, 6000),
      },
    ],
  },
  {
    id: 'v8d12',
    class: 'several_groups',
    probes: 'one row open (months of 零就业 unknown), then given in the next turn',
    periodEnd: true,
    turns: [
      {
        user: '参保企业 仨建档立卡 来了八个月 以工代训五个月；俩零就业家庭的 以工代训几个月我得查查 岗前补贴都没领',
        expect: { asks: true, mustNotContain: ['5400'] },
      },
      { user: '查了 零就业那俩 以工代训俩月', expect: pay(3800) },
    ],
  },
  {
    id: 'v8d13',
    class: 'several_groups',
    probes: 'tax accountant: 6 poor labour count, 4 农村转移 do not',
    periodEnd: true,
    turns: [
      {
        user: '我是代账会计 客户公司有六个建档立卡贫困劳动力 入职一年 以工代训6个月 还有4个农村转移就业的 以工代训也6个月 岗前补贴没申报过 以工代训能补多少',
        expect: payNot(7200, 12000),
      },
    ],
  },
  // ---------------------------------------------------------------- negation after the noun
  {
    id: 'v8d14',
    class: 'negation_after_noun',
    probes: '岗前培训补贴 named first, "一分没申请" far after it',
    periodEnd: true,
    turns: [
      {
        user: '厂里招了俩建档立卡的 干满一年了 以工代训四个月 岗前培训补贴嘛 这俩人的 我们一分钱都没申请',
        expect: pay(1600),
      },
    ],
  },
  {
    id: 'v8d15',
    class: 'negation_after_noun',
    probes: 'social insurance named first, "从来就没交过" after it',
    turns: [
      { user: '社保这块 俺们厂 说实话 从来就没给交过 招了俩残疾人 以工代训三个月 岗前的没领 能补不', expect: noPay(1200) },
    ],
  },
  {
    id: 'v8d16',
    class: 'negation_after_noun',
    probes: '"建档立卡 他们不是" after the noun',
    turns: [
      {
        user: '招了仨农村出来打工的 干了八个月 以工代训六个月 建档立卡 他们不是哈 就普通农民工 以工代训补贴有份不',
        expect: noPay(3600),
      },
    ],
  },
  {
    id: 'v8d17',
    class: 'negation_after_noun',
    probes: 'disabled worker\'s wife: certificate "考是考了 没拿到"',
    turns: [
      {
        user: '俺老公残疾 在户籍地参加了电工培训 证书嘛 考是考了 没过 没拿到手 这还有培训补贴不',
        expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v8d18',
    class: 'negation_after_noun',
    probes: 'veteran: pension "那不可能领" far after the noun, all other facts given',
    turns: [
      {
        user: '退伍回来在常住地学了挖掘机 证拿了 今年头一回培训 以前没学过这个 机构也在河南那个培训系统里 养老金 俺才24 那不可能领 能有培训补贴不',
        expect: {
          oneOf: [
            { status: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' },
            { asks: true, noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } },
          ],
        },
      },
    ],
  },
  {
    id: 'v8d19',
    class: 'negation_after_noun',
    probes: 'equipment: 职工教育经费 named, "不是 是贷款买的" after it',
    turns: [
      {
        user: '技能大师工作室新买的设备40万 验收过了 职工教育经费里出的？不是 是银行贷款买的 有补助没',
        expect: { status: { rule: 'equipment_subsidy', status: 'ineligible' }, mustNotContain: ['80000', '8万'] },
      },
    ],
  },
  // ---------------------------------------------------------------- unknown replies
  {
    id: 'v8d20',
    class: 'unknown_reply',
    probes: 'months employed unknown, then given',
    periodEnd: true,
    turns: [
      { user: '扶贫车间 用了3个建档立卡的 以工代训四个月 岗前补贴木领 能补多少', expect: askOJT },
      { user: '干多长时间了？这个我真不知道 得问会计', expect: dunnoOJT },
      { user: '问了 九个月', expect: pay(2400) },
    ],
  },
  {
    id: 'v8d21',
    class: 'unknown_reply',
    probes: 'garment HR cannot say whether the firm is insured',
    turns: [
      { user: '俩就业困难人员 以工代训五个月 岗前没领 以工代训补贴咋算', expect: askOJT },
      { user: '社保交没交 我刚来的 不清楚 得问老板', expect: dunnoOJT },
    ],
  },
  {
    id: 'v8d22',
    class: 'unknown_reply',
    probes: 'equipment acceptance unknown, then yes',
    turns: [
      { user: '技能大师工作室 用职工教育经费买了80万的设备 补助能有多少', expect: askKit },
      { user: '验收过没 俺也不知道', expect: { noAmount: 'open', undecided: 'equipment_subsidy' } },
      { user: '问过了 人社财政都验收合格了', expect: kitNot(100000, 160000) },
    ],
  },
  {
    id: 'v8d23',
    class: 'unknown_reply',
    probes: 'tax accountant: payroll unknown, then given',
    turns: [
      { user: '教育经费今年提了30万 工资总额 不知道 财务休假去了 税前能扣多少', expect: { noAmount: 'open' } },
      { user: '工资薪金总额三百万', expect: deduct(240000) },
    ],
  },
  {
    id: 'v8d24',
    class: 'unknown_reply',
    probes: 'grandmother cannot say whether the family is 建档立卡',
    turns: [
      {
        user: '俺孙子在技校上学 家里算不算建档立卡 俺也说不准 他有啥补助没',
        expect: { noAmount: 'unfixed', undecided: 'poor_family_student_aid' },
      },
    ],
  },
  {
    id: 'v8d25',
    class: 'unknown_reply',
    probes: 'call centre: the caller does not know whether hires are 建档立卡',
    turns: [
      { user: '来电人说他公司招了五个人 干了半年多 以工代训六个月 问能补多少', expect: askOJT },
      { user: '来电人说 是不是建档立卡他也不知道 没问过', expect: dunnoOJT },
    ],
  },
  // ---------------------------------------------------------------- corrections
  {
    id: 'v8d26',
    class: 'correction',
    probes: 'count corrected: 5 → 4',
    periodEnd: true,
    turns: [
      { user: '5个建档立卡的 干8个月了 以工代训六个月 岗前补贴没领 补多少', expect: pay(6000) },
      { user: '说错了 是4个人 不是5个', expect: payNot(4800, 6000) },
    ],
  },
  {
    id: 'v8d27',
    class: 'correction',
    probes: 'only the months corrected: 2 → 5',
    periodEnd: true,
    turns: [
      { user: '参保企业 仨残疾人 以工代训俩月 岗前没领 以工代训补贴多少', expect: pay(1200) },
      { user: '不对不对 以工代训是五个月 人数没错', expect: payNot(3000, 1200) },
    ],
  },
  {
    id: 'v8d28',
    class: 'correction',
    probes: 'insured corrected to not insured',
    periodEnd: true,
    turns: [
      { user: '我们公司交社保 两个零就业家庭成员 以工代训四个月 岗前的没领', expect: pay(1600) },
      { user: '哎呀搞错了 社保还没开始交 下个月才交', expect: noPay(1600) },
    ],
  },
  {
    id: 'v8d29',
    class: 'correction',
    probes: 'group of one row corrected to veterans, the other row stays',
    periodEnd: true,
    turns: [
      {
        user: '參保企業 兩個建档立卡 幹了一年 以工代训三个月；三个就业困难的 以工代训也三个月 岗前补贴都没领',
        expect: pay(3000),
      },
      { user: '等等 那仨不是就业困难 是退伍兵', expect: payNot(1200, 3000) },
    ],
  },
  {
    id: 'v8d30',
    class: 'correction',
    probes: 'equipment kind corrected: base → master studio',
    turns: [
      { user: '高技能人才培训基地 职工教育经费买了300万设备 验收合格了 补多少', expect: kit(500000) },
      { user: '哦不是基地 是技能大师工作室', expect: kitNot(100000, 500000) },
    ],
  },
  {
    id: 'v8d31',
    class: 'correction',
    probes: 'payroll corrected: 200万 → 2000万',
    turns: [
      { user: '工资总额200万 职工教育经费提了20万 税前扣多少', expect: deduct(160000) },
      { user: '工资总额打错了 少个零 是两千万', expect: deduct(200000) },
    ],
  },
  {
    id: 'v8d32',
    class: 'correction',
    probes: 'the 岗前 subsidy turns out claimed',
    periodEnd: true,
    turns: [
      { user: '仨建档立卡的 干七个月了 以工代训半年 岗前补贴没领过', expect: pay(3600) },
      { user: '等下 会计说这仨人的岗前培训补贴 去年已经领过了', expect: noPay(3600) },
    ],
  },
  // ---------------------------------------------------------------- topic switches
  {
    id: 'v8d33',
    class: 'topic_switch',
    probes: '以工代训 → 生活费补贴 (unfixed) → housing fund (outside)',
    periodEnd: true,
    turns: [
      { user: '合作社俩建档立卡的 干了十个月 以工代训五个月 岗前没申请 能补多少', expect: pay(2000) },
      { user: '那生活费补贴 一人一月给多少', expect: unsettled },
      { user: '再问个 郑州公积金贷款最多贷多少', expect: decline },
    ],
  },
  {
    id: 'v8d34',
    class: 'topic_switch',
    probes: 'equipment → driving licence (outside)',
    turns: [
      { user: '高技能人才培训基地买设备 花了100万 钱是职工教育经费 验收也过了', expect: kit(200000) },
      { user: '顺便问下 驾照科目三咋约', expect: decline },
    ],
  },
  {
    id: 'v8d35',
    class: 'topic_switch',
    probes: 'hotpot 以工代训 → daughter at a 职业学院 wants 创业 training',
    periodEnd: true,
    turns: [
      { user: '店里参保 一个就业困难的 以工代训六个月 岗前的没领', expect: pay(1200) },
      { user: '对了我闺女在职业学院上学 想学创业 能参加创业培训不', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v8d36',
    class: 'topic_switch',
    probes: 'veteran: training plan for veterans (covered) → 安置费 (outside)',
    turns: [
      { user: '退役军人的技能培训 方案里有计划没 三年培训多少', expect: { answered: true, cites: ['三(二)'] } },
      { user: '那退役安置费能给多少', expect: decline },
    ],
  },
  {
    id: 'v8d37',
    class: 'topic_switch',
    probes: 'principal: 项目制 advance → teaching-material support',
    turns: [
      { user: '俺们培训学校搞项目制培训 这个项目培训补贴总共40万 能先拨多少', expect: { amount: { rule: 'project_training_advance', yuan: 200000 } } },
      { user: '另外学校自己编教材 有钱支持没', expect: noFigure(['六(二)']) },
    ],
  },
  {
    id: 'v8d38',
    class: 'topic_switch',
    probes: 'tax accountant: education fund → 个税 continuing education deduction (outside)',
    turns: [
      { user: '工资薪金总额一千万 教育经费提了60万 税前能扣多少', expect: deduct(600000) },
      { user: '个税专项附加扣除里的继续教育 每月扣多少', expect: decline },
    ],
  },
  // ---------------------------------------------------------------- person training
  {
    id: 'v8d39',
    class: 'person_training',
    probes: 'disabled worker\'s wife: husband draws a monthly pension',
    turns: [
      {
        user: '俺家那口子已经按月领养老金了 腿脚不方便 去学个手艺 还能享受职业培训补贴不',
        expect: { status: { rule: 'vocational_training', status: 'ineligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v8d40',
    class: 'person_training',
    probes: 'three subsidies already this year: a fourth is excluded',
    turns: [
      {
        user: '今年已经拿过三回培训补贴了 又想报个育婴员 还给补不',
        expect: { status: { rule: 'vocational_training', status: 'ineligible' }, cites: ['七(二)'] },
      },
    ],
  },
  {
    id: 'v8d41',
    class: 'person_training',
    probes: 'same occupation and level again',
    turns: [
      {
        user: '去年学的中式烹调师四级 补贴领过了 今年想再学一遍 还是四级 能再补不',
        expect: { status: { rule: 'vocational_training', status: 'ineligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v8d42',
    class: 'person_training',
    probes: 'grandmother: 建档立卡 family, grandson in 技校: aid without a figure [two-part]',
    turns: [
      {
        user: '俺家是建档立卡户 孙子在技校念书 有啥补助？一年给多少钱',
        expect: noFigure(['三(三)', '三(十四)']),
      },
    ],
  },
  {
    id: 'v8d43',
    class: 'person_training',
    probes: 'cadre: poor villagers\' training is free',
    turns: [
      { user: '俺们村建档立卡户想去学电焊 培训要自己掏钱不', expect: { status: { rule: 'free_training_poor', status: 'eligible' }, cites: ['三(三)'] } },
    ],
  },
  {
    id: 'v8d44',
    class: 'person_training',
    probes: 'new occupation published by the state: priority standard, no figure',
    turns: [
      { user: '国家新公布的那个无人机驾驶员 算新职业吧 培训补贴按啥标准 一个人多少钱', expect: noFigure(['七(二)']) },
    ],
  },
  {
    id: 'v8d45',
    class: 'person_training',
    probes: 'institution outside the provincial system',
    turns: [
      {
        user: '我在常住地报的班 证也拿了 可是培训学校说他们没用河南省那个培训管理系统 这补贴还能给不',
        expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  // ---------------------------------------------------------------- entrepreneurship
  {
    id: 'v8d46',
    class: 'entrepreneurship',
    probes: 'hotpot owner: own small business open 3 years',
    turns: [
      { user: '俺这火锅店开了三年了 算小微企业 能参加创业培训不', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'] } },
    ],
  },
  {
    id: 'v8d47',
    class: 'entrepreneurship',
    probes: 'business open 八年, no wish to start another',
    turns: [
      {
        user: '店开了八年了 再创业？没那打算 就是想看看创业培训俺能上不',
        expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v8d48',
    class: 'entrepreneurship',
    probes: 'veteran graduated from a 职业院校',
    turns: [
      { user: '我职业学院毕业的 当了两年兵回来 想搞个创业培训 有份没', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v8d49',
    class: 'entrepreneurship',
    probes: 'amount of 创业 training subsidy: not fixed',
    turns: [{ user: '创业培训 补贴是按人头给么 一人多少钱啊', expect: unsettled }],
  },
  {
    id: 'v8d50',
    class: 'entrepreneurship',
    probes: 'wish to start a business + where to sign up [two-part] [contact]',
    turns: [
      {
        user: '俺有点想自己开个小吃店 创业培训我能参加不？上哪报名',
        expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, says: [WHO] },
      },
    ],
  },
  {
    id: 'v8d51',
    class: 'entrepreneurship',
    probes: 'business 两年半, said over two turns',
    turns: [
      { user: '开了个小公司 想参加创业培训', expect: { oneOf: [{ asks: true }, { status: { rule: 'entrepreneurship_training', status: 'eligible' } }] } },
      { user: '开业两年半了', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' } } },
    ],
  },
  // ---------------------------------------------------------------- equipment
  {
    id: 'v8d52',
    class: 'equipment',
    probes: 'base, 120万, all conditions met',
    turns: [{ user: '俺们高技能人才培训基地 职工教育经费新买实训设备一百二十万 人社财政验收合格了 补助多少', expect: kit(240000) }],
  },
  {
    id: 'v8d53',
    class: 'equipment',
    probes: 'master studio, 30万',
    turns: [{ user: '技能大师工作室 新购设备30万 用嘞职工教育经费 验收过了 一次性补助能有多少', expect: kit(60000) }],
  },
  {
    id: 'v8d54',
    class: 'equipment',
    probes: 'not accepted yet',
    turns: [
      {
        user: '培训基地设备买了50万 职工教育经费出的 验收嘛 还没验 有补助没',
        expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['100000', '10万'] },
      },
    ],
  },
  {
    id: 'v8d55',
    class: 'equipment',
    probes: 'two purchases of one studio share its cap',
    turns: [
      {
        user: '同一个技能大师工作室 上半年买了40万设备 下半年又买了35万 都是职工教育经费 都验收了 补多少',
        expect: kitNot(100000, 150000),
      },
    ],
  },
  {
    id: 'v8d56',
    class: 'equipment',
    probes: 'a base and a studio, each on its own cap',
    turns: [
      {
        user: '公司有个高技能人才培训基地买了一百万设备 还有个技能大师工作室买了六十万 都是教育经费出的 都验收合格 总共补多少',
        expect: kitNot(300000, 320000),
      },
    ],
  },
  {
    id: 'v8d57',
    class: 'equipment',
    probes: 'value not said',
    turns: [{ user: '技能大师工作室买了一批设备 教育经费出的 验收过了 能补多少', expect: askKit }],
  },
  // ---------------------------------------------------------------- education fund
  {
    id: 'v8d58',
    class: 'education_fund',
    probes: 'fund over the 8 % cap: 1200万 payroll, 120万 fund',
    turns: [{ user: '工资总额一千二百万 职工教育经费提了一百二十万 税前最多扣多少', expect: deduct(960000) }],
  },
  {
    id: 'v8d59',
    class: 'education_fund',
    probes: 'cash wording: "能领多少现金"',
    turns: [{ user: '工资薪金500万 教育经费30万 这个能领多少现金', expect: deduct(300000) }],
  },
  {
    id: 'v8d60',
    class: 'education_fund',
    probes: 'front-line share of the fund',
    turns: [{ user: '职工教育经费 一线工人要占几成', expect: { answered: true, cites: ['六(二)'], says: [/60\s*%|百分之六十|六成/] } }],
  },
  {
    id: 'v8d61',
    class: 'education_fund',
    probes: '师带徒 allowance from the fund',
    turns: [{ user: '师傅带徒弟的津贴 能从职工教育经费里出不', expect: { answered: true, cites: ['六(二)'] } }],
  },
  {
    id: 'v8d62',
    class: 'education_fund',
    probes: 'payroll missing',
    turns: [{ user: '教育经费提了45万 能全部税前扣除不', expect: { noAmount: 'open', asks: true } }],
  },
  {
    id: 'v8d63',
    class: 'education_fund',
    probes: 'front-line share under 60 %, deduction still computed',
    turns: [
      {
        user: '会计问下 工资总额八百万 教育经费五十万 其中一线职工培训用了一半 税前扣除多少',
        expect: { ...deduct(500000), cites: ['六(二)'] },
      },
    ],
  },
  // ---------------------------------------------------------------- apprenticeship
  {
    id: 'v8d64',
    class: 'apprenticeship',
    probes: '20 企业新型学徒: no figure',
    turns: [{ user: '带了20个企业新型学徒 补贴咋算 一共多少', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v8d65',
    class: 'apprenticeship',
    probes: 'per-apprentice yearly figure asked',
    turns: [{ user: '新型学徒制 每个学徒一年补几千？', expect: { noAmount: 'unfixed', says: [/相关规定|没有|未/] } }],
  },
  {
    id: 'v8d66',
    class: 'apprenticeship',
    probes: '以工代训 amount beside 十来个 apprentices with no figure',
    periodEnd: true,
    turns: [
      {
        user: '服装厂 十来个学徒 另外俩建档立卡的干了一年多 以工代训6个月 岗前的没领 学徒和以工代训各补多少',
        expect: payNot(2400, 4800),
      },
    ],
  },
  {
    id: 'v8d67',
    class: 'apprenticeship',
    probes: 'principal: three-year apprentice target',
    turns: [{ user: '三年要培养多少新型学徒 目标是多少', expect: { answered: true, cites: ['四(一)'], says: [/2\s*万|两万|20000/] } }],
  },
  {
    id: 'v8d68',
    class: 'apprenticeship',
    probes: 'apprentice count unknown',
    turns: [
      { user: '学徒补贴想申请一下', expect: { noAmount: 'unfixed' } },
      { user: '学徒多少个 不清楚 人事没统计', expect: { noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v8d69',
    class: 'apprenticeship',
    probes: 'who handles apprentice subsidy [contact]',
    turns: [{ user: '学徒补贴 找哪个部门办？', expect: { says: [WHO], noAmount: 'unfixed' } }],
  },
  // ---------------------------------------------------------------- period
  {
    id: 'v8d70',
    class: 'period',
    probes: '"现在还能申请不" on 以工代训',
    turns: [{ user: '以工代训补贴 现在还能申请不😂', expect: over }],
  },
  {
    id: 'v8d71',
    class: 'period',
    probes: 'hires of 2022 [dated]',
    turns: [{ user: '2022年3月招的建档立卡人员 也能按这个方案补吗', expect: over }],
  },
  {
    id: 'v8d72',
    class: 'period',
    probes: 'next year\'s continuation',
    turns: [{ user: '这政策明年还有没 哈哈', expect: over }],
  },
  {
    id: 'v8d73',
    class: 'period',
    probes: 'veteran: discharged 2021-11, training now [dated]',
    turns: [{ user: '我2021年11月退伍的 现在报培训还给补不', expect: over }],
  },
  {
    id: 'v8d74',
    class: 'period',
    probes: 'call centre: when does the plan expire',
    turns: [{ user: '来电人问 这个技能提升方案啥时候到期', expect: { mentionsPeriodEnd: true, answered: true } }],
  },
  {
    id: 'v8d75',
    class: 'period',
    probes: 'equipment bought 2023: can the base still apply [dated]',
    turns: [{ user: '基地2023年新买的设备 还能按这个文件申请补助不', expect: { mentionsPeriodEnd: true } }],
  },
];
