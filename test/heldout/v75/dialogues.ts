/**
 * HELD-OUT dialogues, set v75 — written blind from the policy text (policy-corpus/zz-2019-63.md)
 * and the contracts (shared/spec/eligibility.md, api.md) only: never from the service's output,
 * the code under src/, or any other held-out set (only the format of v15's first lines was looked
 * at). Not to be tuned on: no word of these messages goes into a glossary, pattern or fixture.
 *
 * Who types here: HR and training managers of mid-size and large Zhengzhou employers (汽配 auto
 * parts, 食品 food processing, 物流 logistics, 民营医院 private hospitals, 酒店 hotels) and a few
 * administrators of 民办职业培训学校. Office shorthand on a phone: lists "1.xx 2.xx", slashes,
 * parentheses, tables typed as "类别/人数/月数", English abbreviations (HR, OJT, KPI), several groups
 * of hires at once with their own months, corrections in later turns ("刚才说错了"), 不清楚 when a
 * fact sits with 财务 or 总部, follow-ups ("那最多能拿多少", "如果再加3个呢").
 *
 * Issue 10: nothing is inferred from silence. An amount is expected only once every fact it
 * depends on has been said: the kind of unit, insurance (就业困难 / 零就业 rows), months employed
 * (贫困劳动力 rows), months of 以工代训, and whether the 岗前培训补贴 was claimed; for equipment the
 * kind of site, the fund it came from and the acceptance; for the education fund the payroll and
 * the fund drawn.
 *
 * Amounts, computed by hand from the contract:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; 贫困劳动力 only
 *   when employed ≥ 6 months by a production entity; 就业困难 (含残疾人) and 零就业家庭 only with an
 *   insured enterprise; 退役军人 is no group for it; rows with the 岗前培训补贴 claimed never count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only from the
 *   职工教育经费 and accepted; splitting a purchase never raises the cap.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Project training (六(一)): 50 % of the project's training subsidy, paid in advance.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, competition awards, entrepreneurship
 *   training, family aid: the plan fixes no amount.
 *
 * Tags in `probes`: [two-part], [contact], [dated], [follow-up].
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const askOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact cannot be given ("不知道"): no figure, no verdict. */
const dunnoOJT: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount. */
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, without the figures a misreading would give. */
const payNot = (yuan: number, ...wrong: number[]): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: wrong.map(String) });
/** 以工代训 excluded on these facts, the misreading's figure absent. */
const noPay = (...wrong: number[]): TurnExpect => ({ status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: wrong.map(String) });
/** The equipment subsidy. */
const kit = (yuan: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan } });
/** The equipment subsidy, without the misreading's figures. */
const kitNot = (yuan: number, ...wrong: (number | RegExp)[]): TurnExpect => ({
  amount: { rule: 'equipment_subsidy', yuan },
  mustNotContain: wrong.map((w) => (typeof w === 'number' ? String(w) : w)),
});
/** An equipment fact is missing: ask, no figure. */
const askKit: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
/** An equipment fact cannot be given: no figure, no verdict. */
const dunnoKit: TurnExpect = { noAmount: 'open', undecided: 'equipment_subsidy' };
/** No equipment subsidy on these facts. */
const noKit = (wrong: number, wrongWan: RegExp): TurnExpect => ({ notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: [String(wrong), wrongWan] });
/** The education-fund deduction: 税前, never money to collect. */
const deduct = (yuan: number, ...wrong: number[]): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/, ...wrong.map(String)],
});
/** An education-fund fact is missing: no figure, no verdict. */
const askFund: TurnExpect = { noAmount: 'open', undecided: 'education_fund_deduction' };
/** The plan fixes no amount: no figure, the clause cited. */
const noFigure = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
/** The plan does not settle it. */
const unsettled: TurnExpect = { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] };
/** The plan's end must be said. */
const ended: TurnExpect = { mentionsPeriodEnd: true };

export const DIALOGUES_V75: Dialogue[] = [
  // ------------------------------------------------------------------ one_group
  {
    id: 'v75-d01',
    class: 'one_group',
    probes: 'an insured auto-parts firm, one 就业困难 row with all facts: 4 × 200 × 5',
    periodEnd: true,
    turns: [
      {
        user: 'HR这边问下：我司汽配（正常参保），去年招就业困难人员4名，OJT/以工代训做了5个月，岗前培训补贴没申请过，以工代训补贴能拿多少？',
        expect: payNot(4000, 4800),
      },
    ],
  },
  {
    id: 'v75-d02',
    class: 'one_group',
    probes: '以工代训 months above the cap: 8 months counted as 6 for poor labour employed 8 months',
    periodEnd: true,
    turns: [
      {
        user: '食品公司 建档立卡贫困户3人 入职满8个月 以工代训也搞了8个月 岗前补贴没领 补贴咋算',
        expect: payNot(3600, 4800),
      },
    ],
  },
  {
    id: 'v75-d03',
    class: 'one_group',
    probes: 'a 零就业家庭 row told over three turns: insurance, months, then the 岗前 answer',
    periodEnd: true,
    turns: [
      { user: '物流公司，招了俩零就业家庭的，以工代训这个补贴怎么个算法', expect: askOJT },
      { user: '社保一直交着呢 以工代训搞了4个月', expect: askOJT },
      { user: '岗前那个培训补贴 没弄过', expect: pay(1600) },
    ],
  },
  {
    id: 'v75-d04',
    class: 'one_group',
    probes: 'disabled hires count as 就业困难 (三(二) 含残疾人) for an insured hotel company',
    periodEnd: true,
    turns: [
      {
        user: '酒店管理有限公司，社保正常缴，安置了2名残疾人，以工代训3个月，岗前补贴未申领。残疾人算不算就业困难的？能补多少',
        expect: pay(1200),
      },
    ],
  },
  {
    id: 'v75-d05',
    class: 'one_group',
    probes: '退役军人 are no 以工代训 group: no figure from 5 × 200 × 3',
    periodEnd: true,
    turns: [
      {
        user: '公司（汽车零部件）今年招了5个退伍军人，社保都有，以工代训3个月，岗前没拿过补贴，以工代训补贴能申请不',
        expect: noPay(3000),
      },
    ],
  },
  {
    id: 'v75-d06',
    class: 'one_group',
    probes: 'a private hospital run as a company: one 就业困难 hire, six months',
    periodEnd: true,
    turns: [
      {
        user: '我们是民营医院（医院管理有限公司），单位参保，招了1名就业困难人员做护工，以工代训6个月，岗前培训补贴没拿，这个能补多少钱',
        expect: pay(1200),
      },
    ],
  },
  {
    id: 'v75-d07',
    class: 'one_group',
    probes: '[two-part][contact] standard and longest duration, then who handles it',
    turns: [
      {
        user: '两个问题 1.以工代训每人每月标准多少 最长补几个月 2.这个找哪个部门对接',
        expect: { says: [/200/, /6\s*个月|六个月/, /人社|人力资源/], cites: ['六(一)'] },
      },
    ],
  },
  {
    id: 'v75-d08',
    class: 'one_group',
    probes: 'a 民办职业培训学校 hiring poor labour: a 培训机构 is a production entity, a careful reply may ask',
    periodEnd: true,
    turns: [
      {
        user: '民办职业培训学校这边 后勤招了2个建档立卡贫困劳动力 已经干了9个月 以工代训6个月 岗前补贴没领 学校能享受以工代训不',
        expect: { oneOf: [pay(2400), askOJT] },
      },
    ],
  },

  // ------------------------------------------------------------------ several_groups
  {
    id: 'v75-d09',
    class: 'several_groups',
    probes: 'two groups in a numbered list with their own months: 3×200×6 + 2×200×4',
    periodEnd: true,
    turns: [
      {
        user: '汽配公司，单位参保，岗前培训补贴都没领过。1.贫困劳动力3人 在岗7个月 以工代训6个月 2.就业困难人员2人 以工代训4个月。合计能拿多少',
        expect: payNot(5200, 6000, 4000),
      },
    ],
  },
  {
    id: 'v75-d10',
    class: 'several_groups',
    probes: 'a table typed as 类别/人数/月数 keeps each row its own months',
    periodEnd: true,
    turns: [
      {
        user: '类别/人数/以工代训月数：贫困户/4/3（入职9个月）；零就业家庭/1/6。食品公司交社保的，岗前培训补贴都没申请，麻烦算下',
        expect: payNot(3600, 3000, 6000),
      },
    ],
  },
  {
    id: 'v75-d11',
    class: 'several_groups',
    probes: 'groups split over turns, the 岗前 answer last: 6×200×2 + 2×200×6',
    periodEnd: true,
    turns: [
      { user: '物流这边 参保企业 先报第一批：就业困难人员6个 以工代训2个月', expect: askOJT },
      { user: '第二批是建档立卡的2个人 已经上班10个月 以工代训也10个月', expect: askOJT },
      { user: '两批岗前培训补贴都木有领', expect: payNot(4800, 3200, 9600) },
    ],
  },
  {
    id: 'v75-d12',
    class: 'several_groups',
    probes: 'a 退役军人 row beside a 就业困难 row: only the second is paid',
    periodEnd: true,
    turns: [
      {
        user: '酒店公司（交社保）：退役军人3个 以工代训3个月；就业困难人员2个 以工代训3个月；岗前补贴全都没有领。一共多少',
        expect: payNot(1200, 3000),
      },
    ],
  },
  {
    id: 'v75-d13',
    class: 'several_groups',
    probes: 'poor labour employed only 4 months drops out; the 零就业 row stays: 3×200×5',
    periodEnd: true,
    turns: [
      {
        user: '贫困劳动力2人（入职才4个月，以工代训4个月）+ 零就业家庭成员3人（以工代训5个月），参保企业，岗前都没领，以工代训补贴怎么算',
        expect: payNot(3000, 4600, 5000),
      },
    ],
  },
  {
    id: 'v75-d14',
    class: 'several_groups',
    probes: '[follow-up] "如果再加3个呢" then "那最多能拿多少" per person',
    periodEnd: true,
    turns: [
      { user: '汽配厂 参保 就业困难人员5个 以工代训6个月 岗前补贴未领 能拿多少', expect: pay(6000) },
      { user: '如果再加3个就业困难的呢 也是6个月 岗前同样没领', expect: pay(9600) },
      { user: '那一个人最多能拿多少', expect: { cites: ['六(一)'], says: [/6\s*个月|六个月/] } },
    ],
  },
  {
    id: 'v75-d15',
    class: 'several_groups',
    probes: 'one row settled, the other open ("不清楚"): ask about it by name, no combined figure',
    periodEnd: true,
    turns: [
      {
        user: '参保企业 两批人 A 就业困难人员3人 以工代训4个月；B 贫困劳动力2人 以工代训3个月 B入职多久我不太清楚；岗前补贴两批都没领',
        expect: { asks: true, mustNotContain: ['3600', '4000'] },
      },
      { user: 'B那批查了 入职8个月了', expect: pay(3600) },
    ],
  },

  // ------------------------------------------------------------------ negation_after_noun
  {
    id: 'v75-d16',
    class: 'negation_after_noun',
    probes: 'the negation after the noun ("岗前培训补贴这块我们没领") means not claimed',
    periodEnd: true,
    turns: [
      {
        user: '岗前培训补贴这块我们没领，社保也交着，汽配公司，就业困难人员3人，以工代训2个月，补多少',
        expect: pay(1200),
      },
    ],
  },
  {
    id: 'v75-d17',
    class: 'negation_after_noun',
    probes: '"单位社保户还没开" means not insured: no 就业困难 amount',
    periodEnd: true,
    turns: [
      {
        user: '新成立的子公司 单位社保户还没开呢 招了2个就业困难的 以工代训3个月 岗前补贴没领 能有以工代训补贴吗',
        expect: noPay(1200),
      },
    ],
  },
  {
    id: 'v75-d18',
    class: 'negation_after_noun',
    probes: 'double negation "不是没领 是领过了" means the 岗前 subsidy was claimed',
    periodEnd: true,
    turns: [
      {
        user: '这4个建档立卡贫困劳动力 干了7个月 以工代训6个月 岗前培训补贴 不是没领 是之前已经领过了 还能拿以工代训吗',
        expect: noPay(4800),
      },
    ],
  },
  {
    id: 'v75-d19',
    class: 'negation_after_noun',
    probes: '"社保…不是没交" is insured: 2 × 200 × 4',
    periodEnd: true,
    turns: [
      {
        user: '零就业家庭成员2名，以工代训4个月，社保这个我们物流公司是有交的，不是没交啊，岗前补贴也没有申领，能补多少',
        expect: pay(1600),
      },
    ],
  },
  {
    id: 'v75-d20',
    class: 'negation_after_noun',
    probes: 'the 岗前 answer comes in a later turn with the negation at the end',
    periodEnd: true,
    turns: [
      { user: '食品公司 招的建档立卡的 3个 入职8个月 以工代训5个月 能申请多少', expect: askOJT },
      { user: '岗前补贴 问了财务 这3个人都没有领过', expect: pay(3000) },
    ],
  },
  {
    id: 'v75-d21',
    class: 'negation_after_noun',
    probes: '"不是从教育经费里出的" excludes the equipment subsidy',
    periodEnd: true,
    turns: [
      {
        user: '技能大师工作室的实训设备40万 这钱不是从职工教育经费里出的 走的公司技改资金 验收已经过了 能补吗',
        expect: noKit(80000, /(?<![\d.])8万/),
      },
    ],
  },

  // ------------------------------------------------------------------ unknown_reply
  {
    id: 'v75-d22',
    class: 'unknown_reply',
    probes: '"不清楚" about the 岗前 subsidy leaves it open; the answer later settles it',
    periodEnd: true,
    turns: [
      { user: '汽配厂 交社保 就业困难人员4人 以工代训3个月 能拿多少钱', expect: askOJT },
      { user: '岗前补贴领没领我不清楚 得问财务', expect: dunnoOJT },
      { user: '财务回了 没领', expect: pay(2400) },
    ],
  },
  {
    id: 'v75-d23',
    class: 'unknown_reply',
    probes: 'months employed of poor labour unknown, then given (12 months)',
    periodEnd: true,
    turns: [
      { user: '物流公司 招了6个贫困劳动力 以工代训4个月 岗前没领 以工代训补贴多少', expect: askOJT },
      { user: '入职多久这个不确定 人事档案在总部', expect: dunnoOJT },
      { user: '总部发过来了 都是去年3月入职的 干满一年多了', expect: pay(4800) },
    ],
  },
  {
    id: 'v75-d24',
    class: 'unknown_reply',
    probes: 'insurance unknown ("刚接手HR") stays open, no verdict',
    periodEnd: true,
    turns: [
      { user: '酒店 招了1个零就业家庭的 以工代训6个月 岗前补贴没领 有补贴吗', expect: askOJT },
      { user: '单位交没交社保 说实话我不知道 我刚接手HR', expect: dunnoOJT },
    ],
  },
  {
    id: 'v75-d25',
    class: 'unknown_reply',
    probes: 'acceptance unknown for studio equipment, then accepted: cap 100 000',
    periodEnd: true,
    turns: [
      { user: '职工教育经费买的实训设备 给技能大师工作室用 总值60万 能补多少', expect: askKit },
      { user: '验收没验收 不太清楚 设备科管的', expect: dunnoKit },
      { user: '问清楚了 人社和财政都来验收过 合格', expect: kitNot(100000, 120000, /(?<![\d.])12万/) },
    ],
  },
  {
    id: 'v75-d26',
    class: 'unknown_reply',
    probes: 'payroll unknown for the fund deduction, then given: min(120万, 8% × 1800万)',
    periodEnd: true,
    turns: [
      { user: '职工教育经费税前扣除 今年提了120万 能扣多少', expect: askFund },
      { user: '工资薪金总额 目前还不知道 年底才汇总', expect: askFund },
      { user: '汇总出来了 工资薪金总额1800万', expect: deduct(1200000, 1440000) },
    ],
  },
  {
    id: 'v75-d27',
    class: 'unknown_reply',
    probes: 'a person\'s certificate not yet known: vocational_training stays open',
    periodEnd: true,
    turns: [
      {
        user: '我们物流公司的叉车司机 常住郑州 在郑州参加的培训 机构在省里系统里 今年头一回 没领养老金 个人能补吗',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } },
      },
      { user: '证还没下来 考没考过还不知道', expect: { noAmount: 'unfixed', undecided: 'vocational_training' } },
    ],
  },

  // ------------------------------------------------------------------ correction
  {
    id: 'v75-d28',
    class: 'correction',
    probes: '"刚才说错了" replaces the count: 5 not 3',
    periodEnd: true,
    turns: [
      { user: '汽配公司 参保 就业困难人员3人 以工代训4个月 岗前补贴没领', expect: pay(2400) },
      { user: '刚才说错了 是5个人 不是3个', expect: payNot(4000, 2400) },
    ],
  },
  {
    id: 'v75-d29',
    class: 'correction',
    probes: 'a correction of the months: 5 not 3',
    periodEnd: true,
    turns: [
      { user: '食品厂 贫困劳动力2人 入职10个月 以工代训3个月 岗前没领 能补多少', expect: pay(1200) },
      { user: '不好意思 以工代训是5个月 表格看串行了', expect: payNot(2000, 1200) },
    ],
  },
  {
    id: 'v75-d30',
    class: 'correction',
    probes: 'a correction to "not insured" withdraws the 零就业 amount',
    periodEnd: true,
    turns: [
      { user: '物流公司 交社保 零就业家庭3个 以工代训2个月 岗前补贴没领', expect: pay(1200) },
      { user: '更正一下 公司其实没参保 这几个人社保是自己按灵活就业交的', expect: noPay(1200) },
    ],
  },
  {
    id: 'v75-d31',
    class: 'correction',
    probes: 'the group corrected from 退役军人 to 就业困难人员: from no to 2400',
    periodEnd: true,
    turns: [
      { user: '酒店公司 参保 招了4个退役军人 以工代训3个月 岗前没领', expect: noPay(2400) },
      { user: '搞错了搞错了 不是退役军人 是就业困难人员 有认定证明的', expect: pay(2400) },
    ],
  },
  {
    id: 'v75-d32',
    class: 'correction',
    probes: 'the 岗前 fact corrected to "claimed" withdraws the amount',
    periodEnd: true,
    turns: [
      { user: '汽配企业 建档立卡贫困户3人 入职7个月 以工代训6个月 岗前补贴没领', expect: pay(3600) },
      { user: '啊不对 岗前培训补贴其实领过 上半年批下来的', expect: noPay(3600) },
    ],
  },
  {
    id: 'v75-d33',
    class: 'correction',
    probes: 'equipment value corrected upward: 20% × 300万 capped at 50万',
    periodEnd: true,
    turns: [
      { user: '高技能人才培训基地 新买实训设备200万 职工教育经费出的 验收合格 补多少', expect: kit(400000) },
      { user: '说错了 设备总值是300万', expect: kitNot(500000, 600000, /(?<![\d.])60万/) },
    ],
  },
  {
    id: 'v75-d34',
    class: 'correction',
    probes: 'months of two groups swapped by a correction: 2×200×2 + 3×200×5',
    periodEnd: true,
    turns: [
      { user: '参保企业 就业困难2人以工代训5个月，零就业3人以工代训2个月，岗前都没领', expect: pay(3200) },
      { user: '刚才月数说反了 就业困难那俩是2个月 零就业那仨是5个月', expect: payNot(3800, 3200) },
    ],
  },

  // ------------------------------------------------------------------ topic_switch
  {
    id: 'v75-d35',
    class: 'topic_switch',
    probes: 'after an amount, a question on the front-line share of the fund',
    periodEnd: true,
    turns: [
      { user: '汽配 参保 就业困难3人 以工代训2个月 岗前补贴没申请 以工代训多少', expect: pay(1200) },
      {
        user: '另外 职工教育经费 用在一线职工身上的 占比有要求没',
        expect: { cites: ['六(二)'], says: [/60\s*%|百分之六十/], mustNotContain: ['1200'] },
      },
    ],
  },
  {
    id: 'v75-d36',
    class: 'topic_switch',
    probes: 'apprenticeship, then competition training: no figure for either',
    periodEnd: true,
    turns: [
      { user: '企业新型学徒制 我们招了20个学徒 一个人补多少', expect: noFigure(['四(一)']) },
      { user: '那技能竞赛集训 公司自己组织员工备赛 有没有钱', expect: noFigure(['三(十五)']) },
    ],
  },
  {
    id: 'v75-d37',
    class: 'topic_switch',
    probes: 'from 以工代训 to a person\'s training subsidy: no 以工代训 figure carried over',
    periodEnd: true,
    turns: [
      { user: '参保企业 就业困难2个 以工代训6个月 岗前没领 补贴多少', expect: pay(2400) },
      {
        user: '换个事儿 员工自己报班考了个电工证 个人能申请补贴吗',
        expect: { noAmount: 'unfixed', cites: ['七(二)', '六(一)'], mustNotContain: ['2400'] },
      },
    ],
  },
  {
    id: 'v75-d38',
    class: 'topic_switch',
    probes: 'project-based advance, then 备案 of an institution outside the catalogue',
    periodEnd: true,
    turns: [
      {
        user: '我们是民办培训学校 接了项目制培训 这个项目培训补贴总额40万 能先拨多少',
        expect: { amount: { rule: 'project_training_advance', yuan: 200000 } },
      },
      {
        user: '换个问题 机构目录里没我们 能不能先备案再开班',
        expect: { cites: ['七(二)'], mustNotContain: ['200000', /(?<![\d.])20万/] },
      },
    ],
  },
  {
    id: 'v75-d39',
    class: 'topic_switch',
    probes: 'equipment amount, then care-worker training programme',
    periodEnd: true,
    turns: [
      { user: '技能大师工作室 设备款45万 走的职工教育经费 人社财政验收ok 能补多少', expect: kit(90000) },
      {
        user: '换个话题 养老护理员 护工这块 方案里有没有专门的培训计划',
        expect: { cites: ['三(四)', '三(十二)'], mustNotContain: ['90000', /(?<![\d.])9万/] },
      },
    ],
  },
  {
    id: 'v75-d40',
    class: 'topic_switch',
    probes: 'competition-training award, then a prize winner\'s own award: both unfixed',
    periodEnd: true,
    turns: [
      { user: '医院护理部组织护士备战技能竞赛 搞集训 能给奖补吗 多少钱', expect: noFigure(['三(十五)']) },
      { user: '还有个事 我们员工拿了省赛二等奖 个人有啥奖励', expect: noFigure(['五(三)']) },
    ],
  },
  {
    id: 'v75-d41',
    class: 'topic_switch',
    probes: 'project advance of 16万, then 首席技师: no carry-over figure',
    periodEnd: true,
    turns: [
      {
        user: '培训机构 项目制培训 项目补贴总共16万 先行拨付能拨多少',
        expect: { amount: { rule: 'project_training_advance', yuan: 80000 } },
      },
      {
        user: '另外 公司想设首席技师岗位 方案里支持吗',
        expect: { cites: ['五(三)'], mustNotContain: ['80000', /(?<![\d.])8万/] },
      },
    ],
  },

  // ------------------------------------------------------------------ person_training
  {
    id: 'v75-d42',
    class: 'person_training',
    probes: 'a hotel cook with the certificate, other facts open: ask or cite, no figure',
    periodEnd: true,
    turns: [
      {
        user: '酒店厨房员工 在郑州上班 户口外地 自己考下了中式烹调师证 个人能领培训补贴不',
        expect: {
          noAmount: 'unfixed',
          notVerdict: { rule: 'vocational_training', status: 'ineligible' },
          oneOf: [{ asks: true }, { cites: ['七(二)'] }],
        },
      },
    ],
  },
  {
    id: 'v75-d43',
    class: 'person_training',
    probes: 'a rehired retiree drawing a pension is outside the training subsidy',
    periodEnd: true,
    turns: [
      {
        user: '厂里返聘的老师傅 已经退休按月领养老金了 参加电工培训拿了证 能享受培训补贴吗',
        expect: { status: { rule: 'vocational_training', status: 'ineligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v75-d44',
    class: 'person_training',
    probes: 'three subsidies already this year: no fourth; then next year — the plan has ended',
    periodEnd: true,
    turns: [
      {
        user: '员工今年已经享受过3次培训补贴了 再去考个叉车证 还能补吗',
        expect: { status: { rule: 'vocational_training', status: 'ineligible' }, cites: ['七(二)'] },
      },
      { user: '那等明年1月再报呢', expect: { ...ended, noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v75-d45',
    class: 'person_training',
    probes: 'same occupation and level twice: not again',
    periodEnd: true,
    turns: [
      {
        user: '同一个工种 同一个等级 员工去年已经补过一次了 今年换个机构再考一遍 还给补吗',
        expect: { noAmount: 'unfixed', cites: ['七(二)'], notVerdict: { rule: 'vocational_training', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v75-d46',
    class: 'person_training',
    probes: 'an institution outside the Henan system: 系统之外零补贴',
    periodEnd: true,
    turns: [
      {
        user: '员工去的培训机构没进河南省职业培训信息系统 学员拿了证还能拿补贴吗',
        expect: { noAmount: 'unfixed', cites: ['六(三)'], notVerdict: { rule: 'vocational_training', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v75-d47',
    class: 'person_training',
    probes: 'a new occupation follows the priority-supported standard; no figure',
    turns: [
      { user: '人工智能训练师这种国家新公布的职业 培训补贴按啥标准走', expect: noFigure(['七(二)']) },
    ],
  },
  {
    id: 'v75-d48',
    class: 'person_training',
    probes: '生活费补贴 per day: the plan fixes no amount, never the 200 元 of 以工代训 as a daily rate',
    turns: [
      {
        user: '派员工脱产去培训 培训期间生活费补贴 一人一天给多少',
        expect: { ...unsettled, mustNotContain: [/200\s*元\s*\/?\s*(天|日)|每天\s*200/] },
      },
    ],
  },
  {
    id: 'v75-d49',
    class: 'person_training',
    probes: 'a 建档立卡 worker whose child is at a 技工学校: the family aid, not "不是贫困家庭学生"',
    periodEnd: true,
    turns: [
      {
        user: '车间有个工人家里是建档立卡户 孩子在技工学校上学 家里能领补助不 大概多少',
        expect: {
          noAmount: 'unfixed',
          cites: ['三(三)', '三(十四)'],
          notVerdict: { rule: 'poor_family_child_aid', status: 'ineligible' },
          mustNotContain: [/不是贫困家庭/],
        },
      },
    ],
  },

  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v75-d50',
    class: 'entrepreneurship',
    probes: 'a trainee with the wish to open a shop: 创业培训, no figure',
    periodEnd: true,
    turns: [
      { user: '我们培训学校有学员想自己开个早餐店 有没有创业培训 费用咋算', expect: noFigure(['三(八)']) },
    ],
  },
  {
    id: 'v75-d51',
    class: 'entrepreneurship',
    probes: 'a shop open 6 years is past "5年以内"; the wish to expand then settles it',
    periodEnd: true,
    turns: [
      {
        user: '车间主任他爱人开了个小超市 开了6年了 她能参加创业培训吗',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' } },
      },
      { user: '她还想再开一家分店 这算有创业愿望吧', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v75-d52',
    class: 'entrepreneurship',
    probes: 'vocational-school students: 创业意识培训 in 三(八)',
    turns: [
      { user: '职业院校在校生 搞创业意识培训 方案里有这块吗', expect: noFigure(['三(八)']) },
    ],
  },
  {
    id: 'v75-d53',
    class: 'entrepreneurship',
    probes: 'a small business open 3 years: eligible, but no amount',
    periodEnd: true,
    turns: [
      {
        user: '我一个供应商 小微企业老板 开业3年 参加创业培训有补贴吗 补多少',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' }, cites: ['三(八)'] },
      },
    ],
  },

  // ------------------------------------------------------------------ equipment
  {
    id: 'v75-d54',
    class: 'equipment',
    probes: 'studio equipment under the cap: 20% × 38万',
    periodEnd: true,
    turns: [
      { user: '汽配公司用职工教育经费给技能大师工作室买了设备 38万 人社财政验收通过 补贴多少', expect: kit(76000) },
    ],
  },
  {
    id: 'v75-d55',
    class: 'equipment',
    probes: 'base equipment over the cap: 20% × 320万 capped at 50万',
    periodEnd: true,
    turns: [
      {
        user: '高技能人才培训基地 新购实训设备总价320万（职工教育经费列支）已验收 一次性补助多少',
        expect: kitNot(500000, 640000, /(?<![\d.])64万/),
      },
    ],
  },
  {
    id: 'v75-d56',
    class: 'equipment',
    probes: 'two sites in a list, each with its own cap: 30万 + 10万',
    periodEnd: true,
    turns: [
      {
        user: '两处：1.高技能人才培训基地 设备150万 2.技能大师工作室 设备80万；都是职工教育经费买的 都验收了 合计补多少',
        expect: kitNot(400000, 460000, /(?<![\d.])46万/),
      },
    ],
  },
  {
    id: 'v75-d57',
    class: 'equipment',
    probes: 'own funds, not the 职工教育经费: no subsidy',
    periodEnd: true,
    turns: [
      {
        user: '培训基地的设备是公司自有资金买的 没动职工教育经费 100万 验收过了 能补20%吗',
        expect: noKit(200000, /(?<![\d.])20万/),
      },
    ],
  },
  {
    id: 'v75-d58',
    class: 'equipment',
    probes: 'a studio purchase split in three does not raise the cap',
    periodEnd: true,
    turns: [
      {
        user: '技能大师工作室 设备分三次采购 每次30万 都走教育经费 都验收了 分开算是不是能补3个6万',
        expect: kitNot(100000, 180000, /(?<![\d.])18万/),
      },
    ],
  },
  {
    id: 'v75-d59',
    class: 'equipment',
    probes: 'the kind of site decides the cap: ask, then studio → 10万 not 16万',
    periodEnd: true,
    turns: [
      { user: '新买实训设备80万 职工教育经费出的 验收合格 能补多少', expect: askKit },
      { user: '是给技能大师工作室用的', expect: kitNot(100000, 160000, /(?<![\d.])16万/) },
    ],
  },

  // ------------------------------------------------------------------ education_fund
  {
    id: 'v75-d60',
    class: 'education_fund',
    probes: 'fund below 8% of payroll: all of it deductible pre-tax',
    periodEnd: true,
    turns: [
      { user: '工资薪金总额5000万 职工教育经费提了300万 税前能扣多少', expect: deduct(3000000, 4000000) },
    ],
  },
  {
    id: 'v75-d61',
    class: 'education_fund',
    probes: 'fund above 8% of payroll: capped at 160万',
    periodEnd: true,
    turns: [
      { user: '工资总额2000万 教育经费提了200万 能不能全额税前扣', expect: deduct(1600000, 2000000) },
    ],
  },
  {
    id: 'v75-d62',
    class: 'education_fund',
    probes: 'front-line share 50% < 60%: the deduction plus the 60% note',
    periodEnd: true,
    turns: [
      {
        user: '教育经费80万 其中一线职工培训用了40万 工资总额1500万 税前扣除多少 比例有问题没',
        expect: { ...deduct(800000), says: [/税前/, /60\s*%|百分之六十/] },
      },
    ],
  },
  {
    id: 'v75-d63',
    class: 'education_fund',
    probes: 'the fund may pay 师带徒 allowances; no figure',
    turns: [
      { user: '职工教育经费能不能拿来发师带徒津贴 老师傅带新人那种', expect: noFigure(['六(二)']) },
    ],
  },
  {
    id: 'v75-d64',
    class: 'education_fund',
    probes: 'the 8% first, then payroll and fund: min(150万, 240万)',
    periodEnd: true,
    turns: [
      { user: '教育经费税前扣除 上限是工资的百分之几', expect: { says: [/8\s*%|百分之八/], cites: ['六(二)'] } },
      { user: '我们工资总额3000万 今年提了150万', expect: deduct(1500000, 2400000) },
    ],
  },

  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v75-d65',
    class: 'apprenticeship',
    probes: '企业新型学徒 per head: the plan fixes no amount',
    periodEnd: true,
    turns: [
      { user: '汽配厂跟职业学院合作带新型学徒 15个 一人补多少钱', expect: noFigure(['四(一)']) },
    ],
  },
  {
    id: 'v75-d66',
    class: 'apprenticeship',
    probes: '[follow-up] "那最多能拿多少" after an unfixed standard: still no figure',
    periodEnd: true,
    turns: [
      { user: '企业新型学徒制 补贴标准是多少 按人头还是按年', expect: noFigure(['四(一)']) },
      { user: '那最多能拿多少 总得有个封顶吧', expect: { noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v75-d67',
    class: 'apprenticeship',
    probes: 'the person borrows the 以工代训 rate for apprentices: no computed figure',
    periodEnd: true,
    turns: [
      { user: '学徒30个 学徒期一年 按每人每月200块算 是不是一共72000', expect: noFigure(['四(一)']) },
    ],
  },
  {
    id: 'v75-d68',
    class: 'apprenticeship',
    probes: 'the three-year target (2万), then what the firm gets: unfixed',
    periodEnd: true,
    turns: [
      { user: '三年全市计划培养多少新型学徒', expect: { says: [/2\s*万|20000|两万/], cites: ['四(一)'] } },
      { user: '我们今年新招学徒12人 公司这边能领多少', expect: noFigure(['四(一)']) },
    ],
  },

  // ------------------------------------------------------------------ period
  {
    id: 'v75-d69',
    class: 'period',
    probes: 'asked now whether 以工代训 can still be claimed: the plan ended 2021-12-31',
    periodEnd: true,
    turns: [
      { user: '都2025年了 以工代训补贴现在还能报不 我们有几个就业困难的', expect: { ...ended, noAmount: 'open' } },
    ],
  },
  {
    id: 'v75-d70',
    class: 'period',
    probes: 'the plan\'s period asked directly',
    periodEnd: true,
    turns: [
      { user: '这个63号文执行到哪天 2021年底就作废了？', expect: { ...ended, says: [/2021/] } },
    ],
  },
  {
    id: 'v75-d71',
    class: 'period',
    probes: '[dated] a 2020 case is answered for that date: 4 × 200 × 6',
    periodEnd: true,
    turns: [
      {
        user: '2020年下半年 我们汽配公司（参保）招的4个就业困难人员 以工代训6个月 岗前没领 当时能拿多少',
        expect: payNot(4800, 4000),
      },
    ],
  },
  {
    id: 'v75-d72',
    class: 'period',
    probes: 'equipment asked now: the end first, then the amount on the old standard',
    periodEnd: true,
    turns: [
      { user: '我们现在还能申报设备补贴不 高技能人才培训基地那种', expect: ended },
      { user: '那按当时的标准 设备100万 教育经费出的 验收过 能补多少', expect: kit(200000) },
    ],
  },
  {
    id: 'v75-d73',
    class: 'period',
    probes: '[dated] hires of 2022 fall after the plan: say it ended, no figure',
    periodEnd: true,
    turns: [
      { user: '2022年3月招的贫困劳动力 还能按郑政办63号文拿以工代训吗', expect: { ...ended, noAmount: 'open' } },
    ],
  },
  {
    id: 'v75-d74',
    class: 'period',
    probes: 'last year\'s hires with all facts, asked today: the plan has ended',
    periodEnd: true,
    turns: [
      {
        user: '去年招的3个就业困难 单位参保 以工代训3个月 岗前没领 现在去申请能拿多少',
        expect: ended,
      },
    ],
  },
];
