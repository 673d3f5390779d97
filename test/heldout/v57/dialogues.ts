/**
 * HELD-OUT dialogues, set v57 — written on 2026-11-30 from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * never from the service's output, the code under src/, or the dev sets under test/core/. Only
 * the format of v15 (its header and first lines) was looked at; no message is reused from earlier
 * sets (sets.test.ts checks it). Not to be tuned on: no word of these messages goes into a
 * glossary, pattern or fixture. Once a dialogue has been fixed by a targeted change it measures
 * nothing any more; write a new one instead.
 *
 * Who types here: a WeChat group admin relaying questions from the group ("群里有人问…",
 * "@助手 帮个忙"), people who quote back or challenge an earlier answer ("你刚才说的那个数对吗",
 * "不对吧 我算的是…", "那要是…呢"), people who ask two things at once or answer a question with a
 * question, and small employers: a 奶茶店 chain, an 电动车维修 company, a 社区养老驿站, a 驾校 and a
 * 物业公司. The writer cannot see the assistant's answers, so every later turn stands on facts the
 * person has stated themselves; where an answer could fairly go either way, `oneOf` is used.
 *
 * Issue 10: nothing is inferred from silence. A fact the amount depends on (岗前培训补贴 claimed
 * or not, the kind of unit, insurance where the rule needs it, months employed for poor labour,
 * acceptance and fund source of equipment, payroll and fund drawn) must be asked, so an amount is
 * expected only once every such fact has been said.
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months by a production entity; 就业困难 (incl. 残疾人) and 零就业家庭 only by an
 *   insured enterprise; 退役军人 are no group here; rows with the 岗前培训补贴 claimed never count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only from the
 *   职工教育经费 and accepted.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, entrepreneurship training, family
 *   aid, competition awards: the plan fixes no amount.
 *
 * Tags in `probes`: [two-part], [challenge], [what-if], [dated], [relay].
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const askOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact cannot be given: no figure, no verdict. */
const dunnoOJT: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount. */
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, without the misreading's figures. */
const payNot = (yuan: number, ...wrong: number[]): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: wrong.map(String) });
/** 以工代训 excluded on these facts. */
const noPay = (wrong: number): TurnExpect => ({ status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: [String(wrong)] });
/** Not eligible on these facts, the misreading's figure absent. */
const notYes = (wrong: number): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: [String(wrong)] });
/** The equipment subsidy. */
const kit = (yuan: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan } });
/** An equipment fact is missing. */
const askKit: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
/** An equipment fact cannot be given: no figure, no verdict. */
const dunnoKit: TurnExpect = { noAmount: 'open', undecided: 'equipment_subsidy' };
/** No equipment subsidy on these facts. */
const noKit = (wrong: number, wrongWan: RegExp): TurnExpect => ({ notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: [String(wrong), wrongWan] });
/** The education-fund deduction: 税前, never money to collect. */
const deduct = (yuan: number): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/],
});
/** An education-fund fact is missing: no figure. */
const askFund: TurnExpect = { noAmount: 'open', undecided: 'education_fund_deduction' };
/** The plan fixes no amount: no figure, the clause cited. */
const noFigure = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
/** The plan does not settle it. */
const unsettled: TurnExpect = { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] };
/** The plan's end must be said. */
const ended: TurnExpect = { mentionsPeriodEnd: true };

export const DIALOGUES_V57: Dialogue[] = [
  // ------------------------------------------------------------------ one_group
  {
    id: 'v57d01',
    class: 'one_group',
    probes: '[relay][what-if] milk-tea chain, insured, 2 employment-difficulty hires, 4 then 8 months (cap 6), then today',
    periodEnd: true,
    turns: [
      { user: '群里有人问 开奶茶连锁的 公司一直交社保 招了俩就业困难人员 以工代训搞了4个月 岗前培训补贴没申请过 能拿多少', expect: pay(1600) },
      { user: '那要是以工代训搞了8个月呢 俩人还是那俩', expect: payNot(2400, 3200) },
      { user: '现在去申请还来得及吗', expect: ended },
    ],
  },
  {
    id: 'v57d02',
    class: 'one_group',
    probes: '[challenge] poor labour 7 months employed and trained: capped at 6, the person pushes for 7',
    periodEnd: true,
    turns: [
      { user: '@助手 帮个忙 俺们电动车维修公司 招了一个建档立卡贫困户的小伙 干了7个月了 以工代训也搞了7个月 岗前补贴木有领 能补多少', expect: pay(1200) },
      { user: '你刚才说的那个数对吗 他干了7个月啊 不该按7个月算吗', expect: { amount: { rule: 'on_job_training', yuan: 1200 }, says: [/6\s*个月|六个月/] } },
    ],
  },
  {
    id: 'v57d03',
    class: 'one_group',
    probes: 'elderly-care station run by an insured company, one zero-employment-family hire, 5 months',
    periodEnd: true,
    turns: [
      {
        user: '社区养老驿站这边 是公司运营的 社保正常交 吸纳了一个零就业家庭的大姐 以工代训5个月 岗前培训补贴她没拿过 驿站能补多少',
        expect: pay(1000),
      },
    ],
  },
  {
    id: 'v57d04',
    class: 'one_group',
    probes: '[what-if] driving school: poor labour employed only 4 months is excluded; at a full half-year both ways it pays',
    periodEnd: true,
    turns: [
      { user: '驾校公司 招了俩建档立卡贫困劳动力 才来了4个月 以工代训也4个月 岗前补贴没领过 现在能报以工代训补贴不', expect: noPay(1600) },
      { user: '那等他俩干满半年 以工代训也搞满半年 是不是就能拿了 拿多少', expect: pay(2400) },
    ],
  },
  {
    id: 'v57d05',
    class: 'one_group',
    probes: 'property company, insured, 3 disabled hires 6 months; then whether 残疾人 count as 就业困难人员',
    periodEnd: true,
    turns: [
      { user: '物业公司 社保交着呢 招了3个残疾人当保洁 以工代训6个月 岗前培训补贴一个都没领 能补多少钱', expect: pay(3600) },
      { user: '群里有人抬杠说残疾人不算就业困难人员 到底算不算', expect: { cites: ['三(二)', '六(一)'], notVerdict: { rule: 'on_job_training', status: 'ineligible' } } },
    ],
  },
  {
    id: 'v57d06',
    class: 'one_group',
    probes: 'who gets 以工代训 (employer, not worker); then a question answered with a question about who is 就业困难',
    turns: [
      { user: '以工代训补贴 钱是给工人的还是给老板的？俺们奶茶店要不要去报', expect: { cites: ['六(一)'], noAmount: 'open' } },
      {
        user: '你问我招的是哪类人？啥叫就业困难人员啊 俺店里有个下岗好几年的算不算',
        expect: { noAmount: 'open', notVerdict: { rule: 'on_job_training', status: 'eligible' } },
      },
    ],
  },

  // ------------------------------------------------------------------ several_groups
  {
    id: 'v57d07',
    class: 'several_groups',
    probes: '[challenge] two groups with different months (2×3 + 1×6 = 2400); the person insists all count at 6',
    periodEnd: true,
    turns: [
      {
        user: '群里帮人问：奶茶连锁公司 有社保 招了2个就业困难的 以工代训3个月 还有1个建档立卡贫困户 干了8个月 以工代训6个月 岗前补贴都没领过 一共能拿多少',
        expect: payNot(2400, 3600, 1800),
      },
      { user: '不对吧 我算的是3600 三个人都按6个月算的', expect: pay(2400) },
    ],
  },
  {
    id: 'v57d08',
    class: 'several_groups',
    probes: '[what-if] one row excluded by a claimed pre-job subsidy (1600), then the same row unclaimed (2800)',
    periodEnd: true,
    turns: [
      {
        user: '物业公司参保的 吸纳零就业家庭2个人 以工代训4个月 残疾人1个 以工代训6个月 残疾那个之前领过岗前培训补贴 另外俩没领',
        expect: payNot(1600, 2800),
      },
      { user: '哦 那要是残疾那个也没领过呢', expect: pay(2800) },
    ],
  },
  {
    id: 'v57d09',
    class: 'several_groups',
    probes: 'one row settled, the poor-labour row open (months forgotten): ask, no total; then the months are given',
    periodEnd: true,
    turns: [
      {
        user: '俺们电动车维修公司 交社保了 招了个就业困难人员 以工代训5个月 还有俩贫困户 干多久忘了 以工代训几个月也记不清 岗前补贴都没领',
        expect: { asks: true, mustNotContain: ['3400'], notVerdict: { rule: 'on_job_training', status: 'ineligible' } },
      },
      { user: '刚问了会计 俩贫困户都来了7个月 以工代训是6个月', expect: pay(3400) },
    ],
  },
  {
    id: 'v57d10',
    class: 'several_groups',
    probes: 'a veteran and an employment-difficulty hire: only the latter counts (600, not 1200)',
    periodEnd: true,
    turns: [
      {
        user: '养老驿站（公司 有社保）招了1个退役军人 1个就业困难人员 以工代训都是3个月 岗前补贴俩人都没领 能补多少',
        expect: payNot(600, 1200),
      },
    ],
  },
  {
    id: 'v57d11',
    class: 'several_groups',
    probes: '[two-part] 3 disabled hires 2 months (1200) plus a coach asking about training subsidy',
    periodEnd: true,
    turns: [
      {
        user: '驾校这边俩问题 1是公司有社保 招了3个残疾人 以工代训2个月 岗前补贴没领 能补多少 2是俺们教练自己去考证 有没有职业培训补贴',
        expect: { amount: { rule: 'on_job_training', yuan: 1200 }, cites: ['七(二)'] },
      },
    ],
  },
  {
    id: 'v57d12',
    class: 'several_groups',
    probes: 'uninsured cooperative: poor labour counts (2400), the employment-difficulty hire does not (not 3600)',
    periodEnd: true,
    turns: [
      {
        user: '群里一个合作社的问 农民专业合作社 吸纳了2个贫困劳动力 干了半年 以工代训半年 还有1个就业困难人员 以工代训也半年 合作社没交社保 岗前补贴都没领',
        expect: payNot(2400, 3600),
      },
    ],
  },

  // ------------------------------------------------------------------ negation_after_noun
  {
    id: 'v57d13',
    class: 'negation_after_noun',
    probes: 'pre-job subsidy named first, "从来都没申请过" far after it: unclaimed (1600)',
    periodEnd: true,
    turns: [
      {
        user: '岗前技能培训补贴那个 俺们给新招的两个就业困难人员 从来都没申请过 奶茶店是公司 社保一直交着 以工代训4个月',
        expect: pay(1600),
      },
    ],
  },
  {
    id: 'v57d14',
    class: 'negation_after_noun',
    probes: '[what-if] "社保这块…一直没给交": not insured, no pay; then a future what-if meets the ended plan',
    periodEnd: true,
    turns: [
      { user: '社保这块 我们物业公司 说实话 一直没给交 招了3个就业困难人员 以工代训6个月 岗前补贴没领', expect: noPay(3600) },
      { user: '那要是从下个月开始给他们交上社保 还能补吗', expect: ended },
    ],
  },
  {
    id: 'v57d15',
    class: 'negation_after_noun',
    probes: 'pre-job subsidy "领过了" after the noun: the only row is excluded',
    turns: [
      {
        user: '岗前培训补贴 给那个贫困户小伙 领过了 上个月刚领的 俺们电动车维修公司 他干了10个月 以工代训6个月 以工代训还能再拿不',
        expect: noPay(1200),
      },
    ],
  },
  {
    id: 'v57d16',
    class: 'negation_after_noun',
    probes: 'double negation "不是没领 是领过了": claimed, excluded',
    turns: [
      {
        user: '以工代训的那俩残疾人 岗前培训补贴 会计说不是没领 是领过了 公司交社保 以工代训6个月 这样还能申请以工代训吗',
        expect: noPay(2400),
      },
    ],
  },
  {
    id: 'v57d17',
    class: 'negation_after_noun',
    probes: '"建档立卡 他不是": not poor labour, and uninsured: no pay',
    turns: [
      {
        user: '建档立卡 他不是 就是家里条件差点 在我们驾校干了一年 以工代训6个月 岗前补贴没领 驾校是公司 没交社保',
        expect: notYes(1200),
      },
    ],
  },

  // ------------------------------------------------------------------ unknown_reply
  {
    id: 'v57d18',
    class: 'unknown_reply',
    probes: 'pre-job subsidy not said → asked; "不清楚" stays open; the accountant settles it',
    periodEnd: true,
    turns: [
      { user: '奶茶店 公司交社保的 招了个就业困难人员 以工代训3个月 能补多少', expect: askOJT },
      { user: '岗前那个补贴 不清楚啊 得问问会计', expect: dunnoOJT },
      { user: '会计说没领过', expect: pay(600) },
    ],
  },
  {
    id: 'v57d19',
    class: 'unknown_reply',
    probes: 'months employed of poor labour open → asked; answered with a question ("你们能查吗"); then 9 months',
    periodEnd: true,
    turns: [
      { user: '有个贫困户 在俺们物业公司干活 以工代训4个月 岗前补贴没领 公司能拿多少', expect: askOJT },
      { user: '干多久了？这个我真忘了 你们那边能查到吗', expect: dunnoOJT },
      { user: '查了劳动合同 入职9个月了', expect: pay(800) },
    ],
  },
  {
    id: 'v57d20',
    class: 'unknown_reply',
    probes: 'master studio equipment: fund source and acceptance unknown, then both confirmed (80000)',
    turns: [
      { user: '技能大师工作室 新买了设备40万 有啥补贴', expect: askKit },
      { user: '钱从哪出的不知道 验收没验收也不清楚', expect: dunnoKit },
      { user: '财务说是职工教育经费买的 人社财政也验收合格了', expect: kit(80000) },
    ],
  },
  {
    id: 'v57d21',
    class: 'unknown_reply',
    probes: 'education-fund deduction: payroll unknown twice, then given (300000)',
    turns: [
      { user: '物业公司的职工教育经费 能税前扣多少', expect: askFund },
      { user: '工资总额多少 我也不清楚 财务休假了', expect: askFund },
      { user: '财务回消息了 工资薪金总额500万 教育经费提了30万', expect: deduct(300000) },
    ],
  },
  {
    id: 'v57d22',
    class: 'unknown_reply',
    probes: 'person training: whether the institution is in the system is unknown: no verdict',
    turns: [
      { user: '群里一个大姐问 她去学育婴员 证拿到了 能给补贴不', expect: { noAmount: 'unfixed', undecided: 'vocational_training' } },
      {
        user: '户口郑州的 在郑州学的 今年头一回 没养老金 机构进没进系统她不懂 你问的那个她答不上来',
        expect: { noAmount: 'unfixed', undecided: 'vocational_training' },
      },
    ],
  },

  // ------------------------------------------------------------------ correction
  {
    id: 'v57d23',
    class: 'correction',
    probes: '"说错了 是2个": the count is replaced (2400 → 1600)',
    periodEnd: true,
    turns: [
      { user: '奶茶连锁 交社保 招了3个就业困难人员 以工代训4个月 岗前补贴没领', expect: pay(2400) },
      { user: '哎说错了 就业困难的是2个人 不是3个', expect: pay(1600) },
    ],
  },
  {
    id: 'v57d24',
    class: 'correction',
    probes: '"不对 社保其实没交": insured is replaced, the disabled hire no longer counts',
    periodEnd: true,
    turns: [
      { user: '电动车维修公司 有社保 吸纳残疾人1名 以工代训6个月 岗前培训补贴没领过', expect: pay(1200) },
      { user: '不对不对 社保俺们其实没交 老板刚说的', expect: { status: { rule: 'on_job_training', status: 'ineligible' } } },
    ],
  },
  {
    id: 'v57d25',
    class: 'correction',
    probes: 'equipment: base (cap 50万) corrected to master studio (cap 10万)',
    turns: [
      { user: '高技能人才培训基地 用职工教育经费新买实训设备300万 人社财政验收合格了 补多少', expect: kit(500000) },
      { user: '哦不对 是技能大师工作室买的 不是培训基地', expect: kit(100000) },
    ],
  },
  {
    id: 'v57d26',
    class: 'correction',
    probes: 'education fund: payroll corrected (160000 → 200000)',
    turns: [
      { user: '驾校 工资薪金总额200万 职工教育经费提了20万 税前能扣多少', expect: deduct(160000) },
      { user: '不对 我看错行了 驾校工资薪金总额是300万 教育经费还是20万', expect: deduct(200000) },
    ],
  },
  {
    id: 'v57d27',
    class: 'correction',
    probes: 'months of 以工代训 corrected (1200 → 2000)',
    periodEnd: true,
    turns: [
      { user: '养老驿站（公司 参保） 招的是零就业家庭的 2个 以工代训3个月 岗前补贴没领', expect: pay(1200) },
      { user: '改一下 以工代训是5个月 不是3个月', expect: pay(2000) },
    ],
  },

  // ------------------------------------------------------------------ topic_switch
  {
    id: 'v57d28',
    class: 'topic_switch',
    probes: 'after a 以工代训 amount, a security guard training question must not carry the 1200',
    periodEnd: true,
    turns: [
      { user: '物业公司 参保 招了1个就业困难人员 以工代训6个月 岗前没领 能补多少', expect: pay(1200) },
      { user: '另外问一下 我们保安队长想考个证 学保安有培训吗', expect: { cites: ['七(二)', '五(一)', '三(十二)'], mustNotContain: ['1200'] } },
    ],
  },
  {
    id: 'v57d29',
    class: 'topic_switch',
    probes: 'veterans and training, then a milk-tea boss (2 years open) asks about entrepreneurship training',
    turns: [
      { user: '群里退役军人问 有没有针对他们的培训', expect: { cites: ['三(二)', '六(一)'] } },
      {
        user: '换个话题 奶茶店开了两年 老板想参加创业培训 行不行',
        expect: { cites: ['三(八)'], noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v57d30',
    class: 'topic_switch',
    probes: 'education-fund deduction (500000), then 强制隔离戒毒人员 training must cite 三(十三)',
    turns: [
      { user: '驾校 工资总额800万 职工教育经费提了50万 能税前扣多少', expect: deduct(500000) },
      { user: '再问个别的 强制隔离戒毒的人 也给搞培训吗', expect: { cites: ['三(十三)'], mustNotContain: ['500000'] } },
    ],
  },
  {
    id: 'v57d31',
    class: 'topic_switch',
    probes: '[dated] 2020 poverty workshop (1200), then a competition award question: no figure',
    periodEnd: true,
    turns: [
      {
        user: '群里问：2020年那会儿 建档立卡贫困户在扶贫车间干了7个月 以工代训6个月 岗前补贴没领 车间当时能拿多少',
        expect: pay(1200),
      },
      { user: '跟这个没关系啊 另一个事 世界技能大赛选拔赛拿了奖 有奖励没', expect: { cites: ['五(三)'], noAmount: 'unfixed', mustNotContain: ['1200'] } },
    ],
  },
  {
    id: 'v57d32',
    class: 'topic_switch',
    probes: 'apprentice target, then high-risk industry safety training',
    turns: [
      { user: '群里人问 方案定的新型学徒 三年一共培养多少名', expect: { cites: ['四(一)'], says: [/2\s*万/] } },
      { user: '另外 化工厂这种高危行业 工人安全培训 方案咋要求的', expect: { cites: ['三(六)'] } },
    ],
  },

  // ------------------------------------------------------------------ person_training
  {
    id: 'v57d33',
    class: 'person_training',
    probes: 'every fact given: eligible, no amount; then the yearly limit; then "现在报名" meets the ended plan',
    periodEnd: true,
    turns: [
      {
        user: '群里大姐问 户口在郑州 在户籍地学的中式面点 证拿到手了 今年还没领过补贴 以前没学过这个 没退休也没养老金 机构说在省里系统里 能补贴不',
        expect: { status: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
      { user: '那一年最多能领几次', expect: { says: [/3\s*次|三次/], cites: ['七(二)'] } },
      { user: '现在去报名 还能补吗', expect: ended },
    ],
  },
  {
    id: 'v57d34',
    class: 'person_training',
    probes: 'retired man with a monthly pension: not in the scope of the training subsidy',
    turns: [
      {
        user: '@助手 小区里一个退休大爷 每月领着养老金 想学电工 能享受职业培训补贴吗',
        expect: { status: { rule: 'vocational_training', status: 'ineligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v57d35',
    class: 'person_training',
    probes: 'same occupation and level a second time: no repeat',
    turns: [
      {
        user: '我去年在常住地学了育婴员四级 补贴领过了 今年又报了个育婴员四级 证也拿了 还能再补一回吗',
        expect: { status: { rule: 'vocational_training', status: 'ineligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v57d36',
    class: 'person_training',
    probes: 'three subsidies already this year: a fourth is over the limit',
    turns: [
      {
        user: '今年前面三次培训都领了补贴 这回是第四次 学的保安员 证也到手了 还能补不',
        expect: { status: { rule: 'vocational_training', status: 'ineligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v57d37',
    class: 'person_training',
    probes: 'a newly published occupation: priority-supported standard, no figure',
    turns: [
      { user: '学的是国家新公布的新职业 叫无人机驾驶员 补贴标准按啥执行', expect: { cites: ['七(二)'], says: [/优先支持/], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v57d38',
    class: 'person_training',
    probes: '[two-part] poor family, child in a 技工学校: the student\'s aid and the family\'s aid, no figures',
    turns: [
      { user: '群里有人问 家里是建档立卡的 孩子在技工学校上学 孩子有助学金没 家里大人有补助没', expect: noFigure(['三(三)', '三(十四)']) },
    ],
  },

  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v57d39',
    class: 'entrepreneurship',
    probes: 'business open 6 years: not by age alone; then the wish to open a new shop makes it eligible',
    turns: [
      {
        user: '电动车维修店开了6年了 老板还能参加创业培训吗',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' } },
      },
      { user: '他想再开个新店 这算有创业愿望吧', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v57d40',
    class: 'entrepreneurship',
    probes: 'a college student: eligible for 创业意识 training',
    turns: [
      { user: '大专在校生 想学学怎么创业 有培训给他们不', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'] } },
    ],
  },
  {
    id: 'v57d41',
    class: 'entrepreneurship',
    probes: 'a milk-tea shop 3.5 years open: eligible, the plan fixes no money for it',
    turns: [
      {
        user: '奶茶店开业三年半了 算小微企业吧 老板娘问创业培训收钱不 能补多少钱',
        expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v57d42',
    class: 'entrepreneurship',
    probes: 'a 技工院校 graduate counts as 职业院校; then the three-year target',
    turns: [
      { user: '群里小伙问 技工学校毕业的 想自己创业 能参加创业培训不', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' } },
      { user: '那创业培训三年一共培训多少人', expect: { says: [/15\s*万/], cites: ['三(八)'] } },
    ],
  },
  {
    id: 'v57d43',
    class: 'entrepreneurship',
    probes: 'exactly five years open: "5年以内" includes it',
    turns: [
      {
        user: '开业刚好满5年的小微企业主 还算开业5年以内不',
        expect: { oneOf: [{ status: { rule: 'entrepreneurship_training', status: 'eligible' } }, { cites: ['三(八)'], notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } }] },
      },
    ],
  },

  // ------------------------------------------------------------------ equipment
  {
    id: 'v57d44',
    class: 'equipment',
    probes: '[challenge] base 80万 → 16万; the person confuses the 50万 cap with the amount',
    turns: [
      { user: '高技能人才培训基地 用职工教育经费买了80万的设备 验收合格 能补多少', expect: kit(160000) },
      { user: '你刚才说的那个数对吗 不是最高50万吗 咋才这点', expect: kit(160000) },
    ],
  },
  {
    id: 'v57d45',
    class: 'equipment',
    probes: 'two studios, each capped on its own: 6万 + 10万 = 16万 (not 26万)',
    turns: [
      {
        user: '俩技能大师工作室 一个买了30万设备 一个买了100万 都是职工教育经费出的 都验收过了 一共补多少',
        expect: { amount: { rule: 'equipment_subsidy', yuan: 160000 }, mustNotContain: ['260000', /26\s*万/] },
      },
    ],
  },
  {
    id: 'v57d46',
    class: 'equipment',
    probes: 'bought with own funds, not the education fund: no subsidy',
    turns: [
      { user: '培训基地的设备 是公司自有资金买的 不是职工教育经费 花了200万 验收过了', expect: noKit(400000, /40\s*万/) },
    ],
  },
  {
    id: 'v57d47',
    class: 'equipment',
    probes: 'not yet accepted: no subsidy yet',
    turns: [
      { user: '大师工作室设备 还没验收 买了20万 职工教育经费出的 能先报吗', expect: noKit(40000, /4\s*万/) },
    ],
  },
  {
    id: 'v57d48',
    class: 'equipment',
    probes: '[what-if] base 250万 (exactly 50万), 300万 (capped 50万), then as a studio (10万)',
    turns: [
      { user: '培训基地 职工教育经费买的实训设备 人社财政验收合格 花了250万', expect: kit(500000) },
      { user: '那要是花了300万呢', expect: kit(500000) },
      { user: '那要是换成技能大师工作室 也花300万呢', expect: kit(100000) },
    ],
  },

  // ------------------------------------------------------------------ education_fund
  {
    id: 'v57d49',
    class: 'education_fund',
    probes: 'deduction 60万 with a front-line share of half (under 60 %)',
    turns: [
      {
        user: '物业公司工资薪金总额1000万 职工教育经费提了60万 一线职工培训只用了一半 税前能扣多少',
        expect: { ...deduct(600000), says: [/税前/, /60\s*%|百分之六十/] },
      },
    ],
  },
  {
    id: 'v57d50',
    class: 'education_fund',
    probes: 'the deduction is not cash to collect',
    turns: [
      { user: '驾校的职工教育经费 能领现金不 能领多少钱', expect: { cites: ['六(二)'], says: [/税前/], noAmount: 'open' } },
    ],
  },
  {
    id: 'v57d51',
    class: 'education_fund',
    probes: 'fund above 8 % of payroll: capped at 20万',
    turns: [
      { user: '奶茶连锁公司 工资总额250万 教育经费提了25万 能税前扣多少', expect: deduct(200000) },
    ],
  },
  {
    id: 'v57d52',
    class: 'education_fund',
    probes: '[two-part] front-line share and 师带徒',
    turns: [
      { user: '俩问题 职工教育经费里一线职工培训要占多少 能不能拿来发师带徒的津贴', expect: { cites: ['六(二)'], says: [/60/, /师带徒/] } },
    ],
  },
  {
    id: 'v57d53',
    class: 'education_fund',
    probes: '[what-if] 600万 payroll: 40万 drawn → 40万; 60万 drawn → 48万',
    turns: [
      { user: '电动车维修公司 工资总额600万 职工教育经费提了40万 税前扣除能扣多少', expect: deduct(400000) },
      { user: '那要是提了60万呢', expect: deduct(480000) },
    ],
  },

  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v57d54',
    class: 'apprenticeship',
    probes: '10 apprentices: the plan fixes no amount',
    turns: [{ user: '驾校带了10个企业新型学徒 每个能补多少钱', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v57d55',
    class: 'apprenticeship',
    probes: 'a rumoured 200/month per apprentice must not produce 12 × 200 figures',
    turns: [
      {
        user: '物业公司搞企业新型学徒制 12个徒弟 按月补多少？ 群里有人说每人每月200',
        expect: { noAmount: 'unfixed', cites: ['四(一)'], mustNotContain: ['2400', '14400'] },
      },
    ],
  },
  {
    id: 'v57d56',
    class: 'apprenticeship',
    probes: 'apprentice subsidy no figure; whether it stacks with 以工代训 is not settled',
    turns: [
      { user: '电动车维修公司 招了5个学徒 走的新型学徒制 学徒补贴能拿吗', expect: { noAmount: 'unfixed' } },
      {
        user: '那学徒补贴 跟以工代训补贴 能一块拿吗',
        expect: { noAmount: 'unfixed', oneOf: [unsettled, { cites: ['四(一)', '六(一)'] }] },
      },
    ],
  },
  {
    id: 'v57d57',
    class: 'apprenticeship',
    probes: 'new-type vs modern apprenticeship: both named, no money figure',
    turns: [{ user: '企业新型学徒制 跟现代学徒制 有啥区别 都有钱拿吗', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v57d58',
    class: 'apprenticeship',
    probes: '"按照相关规定" asked for as a figure: the plan does not say',
    turns: [
      {
        user: '社区养老驿站 8个护理员当学徒 方案说按相关规定给补贴 相关规定是哪个 一人多少钱',
        expect: { noAmount: 'unfixed', oneOf: [{ says: [HONEST_NOT_SETTLED] }, { cites: ['四(一)'] }] },
      },
    ],
  },

  // ------------------------------------------------------------------ period
  {
    id: 'v57d59',
    class: 'period',
    probes: 'asked in 2025 whether 以工代训 can still be claimed: the plan ended',
    periodEnd: true,
    turns: [{ user: '现在都2025年了 以工代训补贴还能申请吗', expect: { ...ended, noAmount: 'open' } }],
  },
  {
    id: 'v57d60',
    class: 'period',
    probes: 'hired in Nov 2021, asked today: the end must be said',
    periodEnd: true,
    turns: [
      { user: '2021年11月招的贫困户 一直干到现在 以工代训6个月 岗前补贴没领 现在补报还能拿吗', expect: ended },
    ],
  },
  {
    id: 'v57d61',
    class: 'period',
    probes: 'when the plan starts and ends',
    periodEnd: true,
    turns: [{ user: '这个技能提升方案 啥时候开始的 到啥时候截止', expect: { ...ended, says: [/2019/] } }],
  },
  {
    id: 'v57d62',
    class: 'period',
    probes: '[dated] June 2020: 2 employment-difficulty hires 6 months (2400), then "现在补申请"',
    periodEnd: true,
    turns: [
      { user: '2020年6月那会儿 我们奶茶店公司 参保的 吸纳2个就业困难人员 以工代训6个月 岗前补贴没领 当时能拿多少', expect: pay(2400) },
      { user: '那俺们那会儿没报 现在2026年了补申请还来得及不', expect: ended },
    ],
  },
  {
    id: 'v57d63',
    class: 'period',
    probes: 'a successor policy after 2021: the plan says nothing, its end is said',
    periodEnd: true,
    turns: [{ user: '方案不是2021年底就结束了吗 后面有没有接着的政策', expect: { ...ended, noAmount: 'unfixed' } }],
  },
  {
    id: 'v57d64',
    class: 'period',
    probes: '[relay] a 2022 certificate claimed under this plan',
    periodEnd: true,
    turns: [{ user: '群里有人说2022年考的证 也能按这个方案补 真的假的', expect: { ...ended, noAmount: 'unfixed' } }],
  },
];
