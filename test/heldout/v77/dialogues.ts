/**
 * HELD-OUT dialogues, set v77 — written blind from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * never from the service's output, the code under src/, or any other held-out set. Only the
 * format of v15 (its header and first lines) was looked at. Not to be tuned on: no word of these
 * messages goes into a glossary, pattern or fixture. Once a dialogue has been fixed by a targeted
 * change it measures nothing any more; write a new one instead.
 *
 * Who types here: 12333 hotline call-centre agents, typing the caller's situation in the third
 * person while the caller is still talking ("来电人说…", "客户问…", "对方是…", "他说他们厂…").
 * Fast and clipped, little punctuation, relaying the caller's corrections and "不知道" mid-call
 * ("他又说不是3个是4个", "他不确定交没交社保"), asking for the clause text to read out and an
 * answer they can copy, and switching callers within one chat ("下一个来电…").
 *
 * Issue 10: nothing is inferred from silence. A fact the amount depends on (岗前培训补贴 claimed
 * or not, the kind of unit, insurance where the rule needs it, months employed for poor labour,
 * acceptance and fund source of equipment, payroll and fund drawn) must be asked, so an amount is
 * expected only once every such fact has been said.
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months by a production entity (not a 职业院校); 就业困难 (incl. 残疾人) and
 *   零就业家庭 only by an insured enterprise; 退役军人 alone is no group; rows with the
 *   岗前培训补贴 claimed never count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only from the
 *   职工教育经费 and accepted.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, free training, entrepreneurship
 *   training, family aid, competition awards: the plan fixes no amount.
 *
 * Tags in `probes`: [two-part], [contact], [dated], [verbatim] (the agent wants text to read out).
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const askOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact cannot be given: no figure, no verdict. */
const dunnoOJT: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount. */
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, without the misreadings' figures. */
const payNot = (yuan: number, ...wrong: number[]): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: wrong.map(String) });
/** 以工代训 excluded on these facts. */
const noPay = (wrong: number): TurnExpect => ({ status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: [String(wrong)] });
/** The equipment subsidy. */
const kit = (yuan: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan } });
/** The equipment subsidy, without the misreading's figure. */
const kitNot = (yuan: number, wrong: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, mustNotContain: [String(wrong)] });
/** An equipment fact is missing. */
const askKit: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
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
/** Personal training subsidy: eligible, but the plan fixes no per-person figure. */
const trainYes: TurnExpect = { status: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' };
/** Personal training subsidy: not eligible on these facts, no figure. */
const trainNo: TurnExpect = { notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' };
/** Personal training subsidy: a fact is open, no verdict, no figure. */
const trainOpen: TurnExpect = { undecided: 'vocational_training', noAmount: 'unfixed' };
/** The plan's end must be said. */
const ended: TurnExpect = { mentionsPeriodEnd: true };

export const DIALOGUES_V77: Dialogue[] = [
  // ------------------------------------------------------------------ one_group
  {
    id: 'v77-d01',
    class: 'one_group',
    probes: 'poverty workshop, poor labour employed 8 months, 以工代训 6 months, all facts in one run-on: 5 × 200 × 6',
    periodEnd: true,
    turns: [
      {
        user: '来电人是个扶贫车间负责人 车间收了5个建档立卡贫困户 干了8个月了 一直以工代训 带训6个月 岗前培训补贴没申请过 以工代训补贴一共多少 给个能直接复制的数',
        expect: pay(6000),
      },
    ],
  },
  {
    id: 'v77-d02',
    class: 'one_group',
    probes: 'disabled hires by an insured firm, facts arrive over three turns; no figure until the 岗前补贴 is said',
    periodEnd: true,
    turns: [
      { user: '客户说他们是物流公司 交社保的 招了2个残疾人 问以工代训能补多少', expect: askOJT },
      { user: '他说带训带了3个月 签合同到现在5个月了', expect: askOJT },
      { user: '岗前那个补贴 他说从来没领过', expect: pay(1200) },
    ],
  },
  {
    id: 'v77-d03',
    class: 'one_group',
    probes: 'cooperative, poor labour employed only 4 months: below the six months of 六(一), no amount',
    periodEnd: true,
    turns: [
      {
        user: '来电人是种蘑菇的合作社 吸纳了3个贫困劳动力 才干了4个月 以工代训也是4个月 岗前补贴没拿过 问能不能申以工代训',
        expect: noPay(2400),
      },
    ],
  },
  {
    id: 'v77-d04',
    class: 'one_group',
    probes: 'a 职业学校 is no 生产经营主体: its poor-labour hires do not bring 以工代训',
    periodEnd: true,
    turns: [
      {
        user: '对方是个职业学校 食堂招了2个建档立卡贫困户 干了7个月 以工代训6个月 没领过岗前补贴 学校这边能领以工代训吗',
        expect: noPay(2400),
      },
    ],
  },
  {
    id: 'v77-d05',
    class: 'one_group',
    probes: '以工代训 of 8 months is capped at 6: 1 × 200 × 6, not 1600',
    periodEnd: true,
    turns: [
      {
        user: '来电的是个饭店老板 公司交社保 招了一个零就业家庭的 干了11个月 以工代训搞了8个月 岗前培训补贴没有领 能拿多少',
        expect: payNot(1200, 1600),
      },
    ],
  },
  {
    id: 'v77-d06',
    class: 'one_group',
    probes: '[verbatim] the agent wants the clause of 以工代训 to read out: 六(一) with its 200 元',
    turns: [
      {
        user: '把以工代训补贴那条的原话发我一下 要能直接复制给来电人念的',
        expect: { cites: ['六(一)'], says: [/200\s*元/] },
      },
    ],
  },
  // ------------------------------------------------------------------ several_groups
  {
    id: 'v77-d07',
    class: 'several_groups',
    probes: 'two groups with different months in one message keep their own months: 1200 + 4000',
    periodEnd: true,
    turns: [
      {
        user: '他说他们厂参保的 2个就业困难人员干了5个月以工代训3个月 另外4个贫困劳动力干了7个月以工代训5个月 岗前补贴两拨都没领 一共多少',
        expect: payNot(5200, 6000, 3600),
      },
    ],
  },
  {
    id: 'v77-d08',
    class: 'several_groups',
    probes: 'two groups named first, their months in a later turn, the 岗前补贴 last: 2400 + 800',
    periodEnd: true,
    turns: [
      { user: '下一个来电 一个电子厂HR 说厂里交社保 今年招了3个就业困难人员、2个零就业家庭的 问以工代训补贴', expect: askOJT },
      { user: '就业困难那3个以工代训4个月 零就业那2个以工代训2个月 都干满半年了', expect: askOJT },
      { user: '岗前技能培训补贴他说都没领', expect: payNot(3200, 4000) },
    ],
  },
  {
    id: 'v77-d09',
    class: 'several_groups',
    probes: 'uninsured factory: the poor-labour row counts, the 就业困难 row does not',
    periodEnd: true,
    turns: [
      {
        user: '来电人说他们是个小加工厂 社保没给交 收了3个贫困户干满6个月了以工代训也6个月 还有2个就业困难的以工代训6个月 岗前补贴都没领 问能拿多少',
        expect: payNot(3600, 6000),
      },
    ],
  },
  {
    id: 'v77-d10',
    class: 'several_groups',
    probes: 'one group had the 岗前补贴 already, the other not: only the disabled row is paid',
    periodEnd: true,
    turns: [
      {
        user: '客户公司参保 2个残疾人干了9个月以工代训6个月岗前补贴没领 3个零就业家庭的干了5个月以工代训4个月 这3个岗前补贴已经领过了',
        expect: payNot(2400, 4800),
      },
    ],
  },
  {
    id: 'v77-d11',
    class: 'several_groups',
    probes: 'a cooperative is no 参保企业: its 就业困难 hire does not count, its poor labour does',
    periodEnd: true,
    turns: [
      {
        user: '对方是养鸡的农民专业合作社 也交社保 招了2个贫困劳动力干了10个月以工代训6个月 还有1个就业困难人员干了10个月以工代训6个月',
        expect: askOJT,
      },
      { user: '岗前补贴 他说两拨人都没领过', expect: payNot(2400, 3600) },
    ],
  },
  {
    id: 'v77-d12',
    class: 'several_groups',
    probes: 'poor labour employed 5 months fails, three disabled hires pass: 3 × 200 × 6 only',
    periodEnd: true,
    turns: [
      {
        user: '他说他们厂交着社保 1个贫困户干了5个月以工代训5个月 3个残疾人干了8个月以工代训6个月 岗前培训补贴谁都没领 能补多少 我要念给他',
        expect: payNot(3600, 4600, 4800),
      },
    ],
  },
  // ------------------------------------------------------------------ negation_after_noun
  {
    id: 'v77-d13',
    class: 'negation_after_noun',
    probes: 'the negation of the 岗前补贴 comes long after the noun: not claimed, so 4 × 200 × 2',
    periodEnd: true,
    turns: [
      {
        user: '客户说 岗前培训补贴那个 他们一分钱都还没领 企业社保也是交着的 招了4个就业困难人员 干了3个月 以工代训2个月',
        expect: pay(1600),
      },
    ],
  },
  {
    id: 'v77-d14',
    class: 'negation_after_noun',
    probes: '"社保这块…一直没交" with words between: uninsured, so no 以工代训 for 就业困难 hires',
    periodEnd: true,
    turns: [
      {
        user: '社保这块他们公司 说实话 一直没交。招了2个就业困难的 干了6个月 以工代训5个月 岗前补贴没领',
        expect: noPay(2000),
      },
    ],
  },
  {
    id: 'v77-d15',
    class: 'negation_after_noun',
    probes: '"已经领过了" after the noun: the 岗前补贴 was claimed, the row does not count',
    periodEnd: true,
    turns: [
      {
        user: '他说贫困户那几个人 岗前技能培训补贴 之前是已经领过了的 一共3个人 干了9个月 以工代训6个月 他们是企业',
        expect: noPay(3600),
      },
    ],
  },
  {
    id: 'v77-d16',
    class: 'negation_after_noun',
    probes: 'equipment not yet accepted ("验收 还没弄"): no subsidy yet, then the cap of a studio',
    turns: [
      {
        user: '对方问 他们职工教育经费买的设备 验收 还没弄 是技能大师工作室的 设备60万',
        expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['120000', /12\s*万/] },
      },
      {
        user: '那等验收合格以后呢 他问最多给多少',
        expect: {
          mustNotContain: ['120000', /12\s*万/],
          oneOf: [kit(100000), { says: [/10\s*万|100,?000/], noAmount: 'open' }],
        },
      },
    ],
  },
  {
    id: 'v77-d17',
    class: 'negation_after_noun',
    probes: '"证书 到现在也没拿到": no certificate, so no training subsidy',
    periodEnd: true,
    turns: [
      { user: '来电人说证书 到现在也没拿到 培训是在户籍地县里参加的 问培训补贴能不能领', expect: trainNo },
    ],
  },
  {
    id: 'v77-d18',
    class: 'negation_after_noun',
    probes: '"按月领养老金的资格 他是没有的": no pension, all other facts given, eligible',
    periodEnd: true,
    turns: [
      {
        user: '他说按月领养老金的资格 他是没有的 今年第一次培训 在常住地 证拿了 机构也进了系统 学的电工初级 以前没学过电工',
        expect: trainYes,
      },
    ],
  },
  {
    id: 'v77-d19',
    class: 'negation_after_noun',
    probes: '"不是问孩子的": the family aid of a poor household whose child is at a 技工学校, not the student aid; no "不是贫困家庭"',
    turns: [
      {
        user: '来电人说孩子在技工学校读书 家里是建档立卡贫困户 孩子那个助学金不是问孩子的 是问家里大人能不能有补助',
        expect: { noAmount: 'unfixed', cites: ['三(三)', '三(十四)'], mustNotContain: [/不是贫困家庭/], notVerdict: { rule: 'poor_family_child_aid', status: 'ineligible' } },
      },
    ],
  },
  // ------------------------------------------------------------------ unknown_reply
  {
    id: 'v77-d20',
    class: 'unknown_reply',
    probes: 'insurance asked, "他不确定" leaves it open, then given: 3 × 200 × 3',
    periodEnd: true,
    turns: [
      { user: '来电人说他们公司招了3个就业困难人员 干了4个月 以工代训3个月 岗前补贴没领 问能补多少', expect: askOJT },
      { user: '他不确定交没交社保 他是车间主任 不管这块', expect: dunnoOJT },
      { user: '他问了财务 说社保一直交着呢', expect: pay(1800) },
    ],
  },
  {
    id: 'v77-d21',
    class: 'unknown_reply',
    probes: 'months employed of poor labour "记不清": open, no figure; then 干满一年: 4 × 200 × 4',
    periodEnd: true,
    turns: [
      { user: '对方是扶贫车间 招了4个贫困劳动力 以工代训4个月 岗前补贴没领过', expect: askOJT },
      { user: '干了多久他说具体记不清了 不知道', expect: dunnoOJT },
      { user: '他翻了下花名册 去年3月进的车间 干满一年了', expect: pay(3200) },
    ],
  },
  {
    id: 'v77-d22',
    class: 'unknown_reply',
    probes: 'equipment fund source "不知道": no verdict; then 职工教育经费: capped at 50万',
    periodEnd: true,
    turns: [
      {
        user: '客户说高技能人才培训基地新买了实训设备 总共300万 人社财政验收过了 钱从哪出的他不知道',
        expect: { noAmount: 'open', undecided: 'equipment_subsidy', mustNotContain: ['600000', /60\s*万/] },
      },
      { user: '他问了会计 是从职工教育经费里出的', expect: kitNot(500000, 600000) },
    ],
  },
  {
    id: 'v77-d23',
    class: 'unknown_reply',
    probes: 'whether the institution is in the system is not known: training subsidy stays open',
    periodEnd: true,
    turns: [
      { user: '来电人问培训补贴 他在找工作的那个地方培训的 证拿了 培训机构进没进系统他不知道', expect: trainOpen },
      { user: '他说今年还没领过补贴 以前也没学过这个 也没退休工资 就是系统那个真说不清', expect: trainOpen },
    ],
  },
  {
    id: 'v77-d24',
    class: 'unknown_reply',
    probes: 'payroll "不知道": no deduction figure; then 600万: min(40万, 48万)',
    turns: [
      { user: '公司问职教经费能税前扣多少 经费提了40万 工资总额他说不知道', expect: askFund },
      { user: '财务那边回了 工资薪金总额是600万', expect: deduct(400000, 480000) },
    ],
  },
  {
    id: 'v77-d25',
    class: 'unknown_reply',
    probes: 'one group settled, the other group\'s 岗前补贴 unknown: no full figure; then claimed: 1600 only',
    periodEnd: true,
    turns: [
      {
        user: '他说他们公司参保 2个就业困难的干了半年以工代训4个月岗前补贴没领 3个零就业家庭的干了半年以工代训5个月 这3个岗前补贴领没领他不清楚',
        expect: { asks: true, undecided: 'on_job_training', mustNotContain: ['4600'] },
      },
      { user: '财务说零就业那3个 岗前补贴是领过的', expect: payNot(1600, 4600) },
    ],
  },
  // ------------------------------------------------------------------ correction
  {
    id: 'v77-d26',
    class: 'correction',
    probes: '"他又说不是3个是4个": the count is replaced, 4 × 200 × 5',
    periodEnd: true,
    turns: [
      { user: '来电人说公司交社保 招了3个就业困难人员 干了半年 以工代训5个月 岗前补贴没领', expect: pay(3000) },
      { user: '他又说不是3个是4个', expect: payNot(4000, 3000) },
    ],
  },
  {
    id: 'v77-d27',
    class: 'correction',
    probes: 'insurance corrected to "没交": the zero-employment hires no longer count',
    periodEnd: true,
    turns: [
      { user: '客户说厂里参保的 零就业家庭的2个 干了7个月 以工代训6个月 岗前培训补贴没申请', expect: pay(2400) },
      { user: '不对不对 他说社保其实早断了 没交', expect: { status: { rule: 'on_job_training', status: 'ineligible' } } },
    ],
  },
  {
    id: 'v77-d28',
    class: 'correction',
    probes: 'months of 以工代训 corrected from 2 to 4: 5 × 200 × 4',
    periodEnd: true,
    turns: [
      { user: '对方扶贫车间的 5个贫困劳动力 干了7个月 以工代训2个月 岗前补贴没领过', expect: pay(2000) },
      { user: '他说搞错了 以工代训是4个月 不是2个月', expect: payNot(4000, 2000) },
    ],
  },
  {
    id: 'v77-d29',
    class: 'correction',
    probes: 'veterans alone are no 以工代训 group; corrected to 认定的就业困难人员: 2 × 200 × 6',
    periodEnd: true,
    turns: [
      {
        user: '对方说企业参保 招了2个退役军人 以工代训6个月 岗前没领',
        expect: { mustNotContain: ['2400'], oneOf: [{ status: { rule: 'on_job_training', status: 'ineligible' } }, { asks: true, noAmount: 'open' }] },
      },
      { user: '他改口了 说这俩是认定过的就业困难人员 已经干了8个月', expect: pay(2400) },
    ],
  },
  {
    id: 'v77-d30',
    class: 'correction',
    probes: 'three subsidies this year corrected to two: the training subsidy becomes possible',
    periodEnd: true,
    turns: [
      { user: '来电人说她今年已经领过3次培训补贴了 这次育婴员又考了证 还能领吗', expect: { ...trainNo, cites: ['七(二)'] } },
      { user: '她又说记错了 今年只领过2次 培训在户籍地 机构在系统里 育婴员以前没考过 也没退休金', expect: trainYes },
    ],
  },
  {
    id: 'v77-d31',
    class: 'correction',
    probes: 'base corrected to 技能大师工作室: the cap drops from 50万 to 10万',
    periodEnd: true,
    turns: [
      { user: '客户说高技能人才培训基地买设备花了100万 职工教育经费出的 验收合格了', expect: kit(200000) },
      { user: '他又说是技能大师工作室 不是培训基地 刚才说错了', expect: kitNot(100000, 200000) },
    ],
  },
  // ------------------------------------------------------------------ topic_switch
  {
    id: 'v77-d32',
    class: 'topic_switch',
    probes: 'after an amount, the next caller (a veteran) asks about free training: no old figure, not 四(二)',
    periodEnd: true,
    turns: [
      { user: '来电人公司交社保 招了3个残疾人 干了4个月 以工代训3个月 岗前补贴没领 多少钱', expect: pay(1800) },
      {
        user: '下一个来电 一个退役军人问 免费培训有没有他的份',
        expect: { noAmount: 'unfixed', cites: ['三(二)', '六(一)'], mustNotContain: ['1800', '四(二)'] },
      },
    ],
  },
  {
    id: 'v77-d33',
    class: 'topic_switch',
    probes: 'education-fund deduction, then a new caller on 创业培训: no figure from the first topic',
    turns: [
      { user: '客户问职工教育经费 工资总额300万 提了20万 税前能扣多少', expect: deduct(200000, 240000) },
      {
        user: '换个来电 开了3年小超市的老板 想参加创业培训 行不行',
        expect: { noAmount: 'unfixed', cites: ['三(八)'], mustNotContain: ['200000', /20\s*万/] },
      },
    ],
  },
  {
    id: 'v77-d34',
    class: 'topic_switch',
    probes: 'equipment figure, then a 生活费补贴 question: not settled, no 200 元 of 以工代训',
    periodEnd: true,
    turns: [
      { user: '对方高技能人才培训基地 设备50万 职工教育经费买的 验收过了 补多少', expect: kit(100000) },
      {
        user: '下一个 一个大姐问培训期间的生活费补贴一个月多少',
        expect: { ...unsettled, mustNotContain: ['100000', /10\s*万/, /生活费[^。]{0,12}200/] },
      },
    ],
  },
  {
    id: 'v77-d35',
    class: 'topic_switch',
    probes: 'apprentices (no amount), then competition training of the same firm: 三(十五), no figure',
    turns: [
      { user: '他说他们企业带新型学徒 一个学徒能补多少', expect: noFigure(['四(一)']) },
      { user: '再问个别的 他们厂搞职业技能竞赛的备赛培训 有没有奖补', expect: noFigure(['三(十五)']) },
    ],
  },
  {
    id: 'v77-d36',
    class: 'topic_switch',
    probes: 'a poor student\'s free tuition, then another caller on the 60 % front-line share',
    turns: [
      { user: '来电的是技工学校学生 家里建档立卡的 问他自己学费能免不', expect: noFigure(['三(三)']) },
      { user: '另一个来电 问企业职工教育经费要拿多少给一线职工培训', expect: { cites: ['六(二)'], says: [/60\s*%|百分之六十|六成/] } },
    ],
  },
  {
    id: 'v77-d37',
    class: 'topic_switch',
    probes: '[contact] poor-family tuition, then a caller on 服刑人员 training: 市司法局',
    turns: [
      { user: '下一个来电问 贫困户的娃上技校 学费免不免 助学金有没有', expect: { noAmount: 'unfixed', cites: ['三(三)'] } },
      { user: '再一个来电 问监狱里服刑人员的技能培训归哪个部门管', expect: { cites: ['三(十三)'], says: [/司法局/] } },
    ],
  },
  // ------------------------------------------------------------------ person_training
  {
    id: 'v77-d38',
    class: 'person_training',
    probes: 'every condition of 七(二) given: eligible, but the plan fixes no per-person figure',
    periodEnd: true,
    turns: [
      {
        user: '来电人户口外地 在郑州常住 焊工中级培训完拿了证 机构在系统里 今年头一回 没有养老金 以前没学过焊工 问补贴能领吗 能领多少',
        expect: trainYes,
      },
    ],
  },
  {
    id: 'v77-d39',
    class: 'person_training',
    probes: '[verbatim] the yearly limit of 3 subsidies, to be read out from 七(二)',
    turns: [
      { user: '客户问一年到头培训补贴最多领几回 我要原文念给他', expect: { cites: ['七(二)'], says: [/3\s*次|三次/] } },
    ],
  },
  {
    id: 'v77-d40',
    class: 'person_training',
    probes: 'same occupation and level again: not twice; a higher level with all facts: eligible',
    periodEnd: true,
    turns: [
      { user: '来电人说他去年领过电工初级的培训补贴 今年又报了个电工初级 问还能再领一回不', expect: { ...trainNo, cites: ['七(二)'] } },
      { user: '他说那要是考电工中级呢 户籍地培训 证拿了 机构在系统 没退休金 今年一次没领', expect: trainYes },
    ],
  },
  {
    id: 'v77-d41',
    class: 'person_training',
    probes: 'a pensioner is outside the scope; the next person (his wife) is a new case, not his facts',
    periodEnd: true,
    turns: [
      { user: '来电人退休了 每月领养老金 想学家政 有补贴不', expect: trainNo },
      {
        user: '他说那他老伴没退休金 也在户籍地学的家政 证拿了 机构进系统的 今年没领过',
        expect: { noAmount: 'unfixed', oneOf: [{ status: { rule: 'vocational_training', status: 'eligible' } }, { asks: true, undecided: 'vocational_training' }] },
      },
    ],
  },
  {
    id: 'v77-d42',
    class: 'person_training',
    probes: 'a new occupation published by the state: 优先支持类 standard, no figure',
    turns: [
      { user: '对方问 国家新公布的那些新职业 培训补贴按啥标准算', expect: { noAmount: 'unfixed', cites: ['七(二)'], says: [/优先支持/] } },
    ],
  },
  {
    id: 'v77-d43',
    class: 'person_training',
    probes: 'training taken neither where registered, living nor job-seeking: not eligible',
    periodEnd: true,
    turns: [
      {
        user: '他说培训是跑到开封一个朋友介绍的机构弄的 户口不在那 也不住那 也不在那找活 证倒是拿了 能报补贴不',
        expect: trainNo,
      },
    ],
  },
  {
    id: 'v77-d44',
    class: 'person_training',
    probes: '[contact] a complaint about fake training: 六(三) and its responsible units',
    turns: [
      {
        user: '来电人要投诉一个培训机构 说是虚假培训骗补贴 这个方案里归谁管 我给他转过去',
        expect: { cites: ['六(三)'], says: [/审计局|财政局|人社局|人社部门/] },
      },
    ],
  },
  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v77-d45',
    class: 'entrepreneurship',
    probes: 'business open 7 years is past the 5 of 三(八); a stated wish to open another shop makes it eligible',
    turns: [
      { user: '来电人开奶茶店的 执照办下来7年了 问能上创业培训不', expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' } },
      {
        user: '他说想再开个分店 还有创业的打算',
        expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'], noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v77-d46',
    class: 'entrepreneurship',
    probes: 'a 职业院校 student: 创业意识培训 of 三(八)',
    turns: [
      { user: '对方在职业技术学院读大二 问学校里有没有创业意识培训可以参加', expect: { cites: ['三(八)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v77-d47',
    class: 'entrepreneurship',
    probes: 'a small firm open 2 years: eligible for 创业培训, but no yuan figure exists in the plan',
    periodEnd: true,
    turns: [
      {
        user: '来电人说他那个小公司开了2年 算小微企业 参加创业培训给补多少钱',
        expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v77-d48',
    class: 'entrepreneurship',
    probes: 'a laid-off woman wishing to open a 家政 firm: 有创业愿望 is enough, not only students',
    turns: [
      {
        user: '客户问创业培训是不是只有大学生才能报 她是下岗的 想自己开个家政公司',
        expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'], noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v77-d49',
    class: 'entrepreneurship',
    probes: 'business age "记不住": no verdict on 三(八) from a guess',
    turns: [
      {
        user: '来电人想参加创业培训 问他店开了几年 他说记不住 大概三四年还是六七年',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' }, oneOf: [{ asks: true }, { undecided: 'entrepreneurship_training' }] },
      },
    ],
  },
  // ------------------------------------------------------------------ equipment
  {
    id: 'v77-d50',
    class: 'equipment',
    probes: 'base equipment 200万 from the fund, accepted: 20 % = 40万',
    periodEnd: true,
    turns: [
      {
        user: '对方公司建的高技能人才培训基地 新买实训设备200万 钱是职工教育经费里出的 人社财政验收合格了 能补多少 给个数我好回他',
        expect: kit(400000),
      },
    ],
  },
  {
    id: 'v77-d51',
    class: 'equipment',
    probes: 'studio equipment 80万: 20 % is 16万, capped at 10万',
    periodEnd: true,
    turns: [
      {
        user: '客户的技能大师工作室添了80万的设备 用的职工教育经费 验收也过了 一次性补助多少',
        expect: kitNot(100000, 160000),
      },
    ],
  },
  {
    id: 'v77-d52',
    class: 'equipment',
    probes: 'acceptance not said: ask; then accepted: 30万 × 20 %',
    periodEnd: true,
    turns: [
      { user: '他说技能大师工作室新买设备 30万 是职工教育经费出的 能补吗', expect: askKit },
      { user: '验收他说上个月人社和财政一起来验过了 合格', expect: kit(60000) },
    ],
  },
  {
    id: 'v77-d53',
    class: 'equipment',
    probes: 'equipment bought with a bank loan, not the 职工教育经费: no subsidy',
    periodEnd: true,
    turns: [
      {
        user: '来电人说他们设备是用银行贷款买的 高技能人才培训基地 100万 验收过了 能不能给补20%',
        expect: noKit(200000, /20\s*万/),
      },
    ],
  },
  {
    id: 'v77-d54',
    class: 'equipment',
    probes: 'a base and a studio of one firm keep their own caps: 30万 + 8万',
    periodEnd: true,
    turns: [
      {
        user: '对方企业 高技能人才培训基地买了150万设备 技能大师工作室买了40万设备 都是职工教育经费 都验收合格 一共补多少',
        expect: kit(380000),
      },
    ],
  },
  // ------------------------------------------------------------------ education_fund
  {
    id: 'v77-d55',
    class: 'education_fund',
    probes: 'fund above 8 % of payroll: the deduction stops at 80万, not the 100万 drawn',
    turns: [
      { user: '客户问 工资总额1000万 职工教育经费提了100万 税前能扣多少 给个能复制的', expect: deduct(800000, 1000000) },
    ],
  },
  {
    id: 'v77-d56',
    class: 'education_fund',
    probes: 'fund under 8 %: all 30万 deductible; only half on front-line workers, under the 60 %',
    turns: [
      {
        user: '他说他们公司工资薪金总额500万 教育经费提了30万 一线职工培训只花了一半 税前扣除咋算',
        expect: {
          amount: { rule: 'education_fund_deduction', yuan: 300000 },
          says: [/税前/, /60\s*%|百分之六十|六成/],
          mustNotContain: ['400000', /可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/],
        },
      },
    ],
  },
  {
    id: 'v77-d57',
    class: 'education_fund',
    probes: 'no figures first: no deduction; then payroll and fund: min(50万, 64万)',
    turns: [
      { user: '对方问职工教育经费能税前扣多少 他就说一线职工培训花了大头', expect: askFund },
      { user: '工资总额800万 经费提了50万', expect: deduct(500000, 640000) },
    ],
  },
  {
    id: 'v77-d58',
    class: 'education_fund',
    probes: 'the education fund is a pre-tax deduction, not money to collect',
    turns: [
      {
        user: '客户问 职工教育经费是不是能当补贴领回来 领现金那种',
        expect: { cites: ['六(二)'], says: [/税前/], noAmount: 'unfixed', mustNotContain: [/可(领|得)[^。，；\n]{0,12}元/] },
      },
    ],
  },
  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v77-d59',
    class: 'apprenticeship',
    probes: '[verbatim] apprentices per head: the plan says only 按照相关规定',
    turns: [
      {
        user: '来电人说他们企业带了10个新型学徒 一个学徒补多少钱 给我念一下原文',
        expect: { ...noFigure(['四(一)']), says: [/相关规定/] },
      },
    ],
  },
  {
    id: 'v77-d60',
    class: 'apprenticeship',
    probes: 'apprentice subsidy exists; a head count brings no figure',
    turns: [
      { user: '对方问企业新型学徒制 方案里有没有补贴', expect: noFigure(['四(一)']) },
      { user: '他说带了25个学徒 一共能拿多少', expect: { noAmount: 'unfixed', notVerdict: { rule: 'apprenticeship', status: 'ineligible' } } },
    ],
  },
  {
    id: 'v77-d61',
    class: 'apprenticeship',
    probes: 'the three-year target of 新型学徒: 2万名',
    turns: [
      { user: '学徒那个 三年要培养多少人 来电人是记者', expect: { cites: ['四(一)'], says: [/2\s*万/] } },
    ],
  },
  // ------------------------------------------------------------------ period
  {
    id: 'v77-d62',
    class: 'period',
    probes: 'asked now whether 以工代训 can still be claimed: the plan ended 2021-12-31',
    periodEnd: true,
    turns: [
      { user: '来电人问 现在这个以工代训补贴还能申请吗 他们厂刚招了贫困户', expect: { ...ended, noAmount: 'open' } },
    ],
  },
  {
    id: 'v77-d63',
    class: 'period',
    probes: '[dated] March 2020 lies inside the plan\'s period',
    turns: [
      { user: '客户问 2020年3月那会儿 这个方案是不是还在执行期内', expect: { says: [/2021/], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v77-d64',
    class: 'period',
    probes: 'the end date, then whether 2022 trainings follow it',
    periodEnd: true,
    turns: [
      { user: '对方问这个技能提升行动方案到哪天结束', expect: ended },
      { user: '他又问那2022年以后的培训还按这个补吗', expect: { says: [/2021/], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v77-d65',
    class: 'period',
    probes: '[dated] hires made in 2022, after the plan: the end must be said',
    periodEnd: true,
    turns: [
      {
        user: '他说他们企业2022年才招的2个贫困户 干了8个月 以工代训6个月 没领岗前补贴 这还能拿吗',
        expect: ended,
      },
    ],
  },
  {
    id: 'v77-d66',
    class: 'period',
    probes: 'the start date is said, is it still valid: the plan has ended',
    periodEnd: true,
    turns: [
      { user: '他说这政策是2019年12月2号开始的 到现在还管用吗 来电人挺着急', expect: ended },
    ],
  },
];
