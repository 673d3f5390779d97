/**
 * HELD-OUT dialogues, set v62 — written blind from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * never from the service's output, the code under src/, or other held-out sets (only the format
 * of v15's first lines was looked at). Not to be tuned on: no word of these messages goes into a
 * glossary, pattern or fixture.
 *
 * Who types here: hotline call-centre staff filling an eligibility form while the caller talks —
 * half-structured lines ("单位类型：企业 社保：有 人员：残疾人2 以工代训：4个月 岗前：没领"),
 * form abbreviations, facts arriving out of order over several turns, callers changing their
 * answer, "来电人不确定", requests for the exact clause text or a copyable answer — and workers
 * asking for themselves.
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months by a production entity (not a 职业院校); 就业困难 (incl. 残疾人) and
 *   零就业家庭 only by an insured enterprise; 退役军人 is no group here; rows whose 岗前培训补贴
 *   was claimed never count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only from the
 *   职工教育经费 and accepted.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Apprenticeship, per-person training subsidy, entrepreneurship training, family aid: no amount.
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const askOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact is given as unknown: no figure, no verdict. */
const dunnoOJT: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
const payNot = (yuan: number, wrong: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: [String(wrong)] });
const noPay = (wrong: number): TurnExpect => ({ status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: [String(wrong)] });
const kit = (yuan: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan } });
const kitNot = (yuan: number, wrong: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, mustNotContain: [String(wrong)] });
const askKit: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
const dunnoKit: TurnExpect = { noAmount: 'open', undecided: 'equipment_subsidy' };
const deduct = (yuan: number, wrong?: number): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/, ...(wrong === undefined ? [] : [String(wrong)])],
});
const askFund: TurnExpect = { noAmount: 'open', undecided: 'education_fund_deduction' };
const noFigure = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
const decline: TurnExpect = { answered: false, noAmount: 'unfixed' };
const over: TurnExpect = { mentionsPeriodEnd: true };
const notYesVT: TurnExpect = { notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' };
const notNoVT: TurnExpect = { notVerdict: { rule: 'vocational_training', status: 'ineligible' }, noAmount: 'unfixed' };

export const DIALOGUES_V62: Dialogue[] = [
  // ---------------------------------------------------------------- one_group
  {
    id: 'v62d01',
    class: 'one_group',
    probes: 'form-like line with colons: disabled hires, insured enterprise, pre-job subsidy not claimed',
    periodEnd: true,
    turns: [{ user: '单位类型：企业 社保：有 人员：残疾人2 以工代训：4个月 岗前：没领', expect: pay(1600) }],
  },
  {
    id: 'v62d02',
    class: 'one_group',
    probes: 'facts arrive over three turns; no amount before the pre-job subsidy is known',
    periodEnd: true,
    turns: [
      { user: '来电单位 扶贫车间 吸纳建档立卡贫困户仨人 问以工代训', expect: askOJT },
      { user: '在岗都8个月了 以工代训按6个月报的', expect: { oneOf: [askOJT, pay(3600)] } },
      { user: '岗前补贴 来电人说从来没申请过', expect: pay(3600) },
    ],
  },
  {
    id: 'v62d03',
    class: 'one_group',
    probes: 'abbreviated form: zero-employment family member, 半年 as six months',
    periodEnd: true,
    turns: [{ user: '类型 企业(已参保) 吸纳零就业家庭成员1名 代训半年 岗前培训补贴未申领 能补多少', expect: pay(1200) }],
  },
  {
    id: 'v62d04',
    class: 'one_group',
    probes: 'cooperative with poor labour: months employed and months of 以工代训 kept apart',
    periodEnd: true,
    turns: [{ user: '农民专业合作社 贫困劳动力俩 上岗7个月 以工代训5个月 岗前补贴没领过', expect: payNot(2000, 2800) }],
  },
  {
    id: 'v62d05',
    class: 'one_group',
    probes: '以工代训 of nine months is capped at six',
    periodEnd: true,
    turns: [{ user: '企业 交社保的 就业困难人员 1名 以工代训9个月 岗前未领 来电人问补几个月的', expect: payNot(1200, 1800) }],
  },
  {
    id: 'v62d06',
    class: 'one_group',
    probes: 'a 职业院校 is no production entity: no 以工代训 for its poor-labour hires',
    turns: [{ user: '单位：职业院校 吸纳贫困劳动力 2人 干满一年 以工代训6个月 岗前没领 能申请以工代训补贴不', expect: noPay(2400) }],
  },
  {
    id: 'v62d07',
    class: 'one_group',
    probes: 'operator asks for the clause word for word after an amount',
    periodEnd: true,
    turns: [
      { user: '企业 参保 零就业家庭3 以工代训2个月 岗前没领', expect: pay(1200) },
      { user: '把依据的原文 一字不差 发我 要念给来电人听', expect: { cites: ['六(一)'], says: [/每人每月\s*200\s*元/] } },
    ],
  },
  {
    id: 'v62d08',
    class: 'one_group',
    probes: 'operator wants a copyable answer; amount first',
    periodEnd: true,
    turns: [{ user: '给我个能直接念给来电人的答复：企业参保 就业困难2人 以工代训6个月 岗前未领 能补多少', expect: pay(2400) }],
  },

  // ---------------------------------------------------------------- several_groups
  {
    id: 'v62d09',
    class: 'several_groups',
    probes: 'two groups with their own months in one line; months must not bleed',
    periodEnd: true,
    turns: [{ user: '企业 有社保 残疾人2个以工代训3个月 零就业家庭1个以工代训5个月 岗前都没领', expect: payNot(2200, 3000) }],
  },
  {
    id: 'v62d10',
    class: 'several_groups',
    probes: 'poverty workshop: poor labour paid, employment-difficulty hire excluded (no insured enterprise)',
    periodEnd: true,
    turns: [
      { user: '扶贫车间 贫困劳动力4人 就业困难人员1人 来电人问以工代训', expect: askOJT },
      { user: '贫困的都干了10个月 以工代训6个月 就业困难那个以工代训3个月', expect: { oneOf: [askOJT, payNot(4800, 5400)] } },
      { user: '岗前补贴都没领 车间没交社保', expect: payNot(4800, 5400) },
    ],
  },
  {
    id: 'v62d11',
    class: 'several_groups',
    probes: 'veterans are no 以工代训 group; only the disabled hire counts',
    periodEnd: true,
    turns: [{ user: '企业 参保 退役军人3 残疾人1 以工代训都是4个月 岗前没领', expect: payNot(800, 3200) }],
  },
  {
    id: 'v62d12',
    class: 'several_groups',
    probes: 'rows given first, unit type later; two rows with their own months',
    periodEnd: true,
    turns: [
      { user: '人员构成：贫困劳动力2（在岗8个月，以工代训6个月）；零就业家庭1（以工代训2个月）', expect: askOJT },
      { user: '单位是企业 社保正常交 岗前均未申领', expect: payNot(2800, 3600) },
    ],
  },
  {
    id: 'v62d13',
    class: 'several_groups',
    probes: 'pre-job subsidy claimed for one row only; that row drops out',
    periodEnd: true,
    turns: [
      {
        user: '企业已参保 残疾人3名以工代训6个月岗前补贴已经领了 就业困难人员2名以工代训4个月岗前没领',
        expect: payNot(1600, 5200),
      },
    ],
  },
  {
    id: 'v62d14',
    class: 'several_groups',
    probes: 'cooperative: poor labour counts, disabled hires need an insured enterprise',
    periodEnd: true,
    turns: [{ user: '合作社 贫困劳动力1人上班整6个月 以工代训6个月 残疾人2人 以工代训3个月 岗前都没领 合作社也交社保', expect: payNot(1200, 2400) }],
  },
  {
    id: 'v62d15',
    class: 'several_groups',
    probes: 'poor hire employed under six months drops out; disabled hire paid',
    periodEnd: true,
    turns: [{ user: '是企业 参保了 招了贫困劳动力1个 干了4个月 以工代训4个月 还有残疾人1个 以工代训4个月 岗前都没拿', expect: payNot(800, 1600) }],
  },

  // ---------------------------------------------------------------- negation_after_noun
  {
    id: 'v62d16',
    class: 'negation_after_noun',
    probes: 'insurance negated far after the noun: not insured, not eligible',
    turns: [{ user: '社保这块 他们单位 说是一直都没交 企业 残疾人1 以工代训5个月 岗前没领', expect: noPay(1000) }],
  },
  {
    id: 'v62d17',
    class: 'negation_after_noun',
    probes: 'pre-job subsidy negated after a long aside',
    periodEnd: true,
    turns: [{ user: '岗前培训补贴 那俩人入职的时候 人社那边查了 确实没领过 企业参保 就业困难2人 以工代训3个月', expect: pay(1200) }],
  },
  {
    id: 'v62d18',
    class: 'negation_after_noun',
    probes: 'double negation 不是没交 means insured',
    periodEnd: true,
    turns: [{ user: '企业 社保不是没交 一直交着呢 残疾人1人 以工代训6个月 岗前没领', expect: pay(1200) }],
  },
  {
    id: 'v62d19',
    class: 'negation_after_noun',
    probes: 'negation reported through the caller; months employed asked next',
    periodEnd: true,
    turns: [
      { user: '来电企业 吸纳贫困劳动力3人 以工代训4个月 岗前补贴 来电人说没领过', expect: askOJT },
      { user: '在岗时间 满半年了 七个月', expect: pay(2400) },
    ],
  },
  {
    id: 'v62d20',
    class: 'negation_after_noun',
    probes: 'worker: certificate not obtained, said at the end',
    periodEnd: true,
    turns: [{ user: '我自己问 在户籍地学的电工 今年没领过补贴 证书 考完到现在还没拿到', expect: notYesVT }],
  },
  {
    id: 'v62d21',
    class: 'negation_after_noun',
    probes: 'pension named first then negated: must not read as receiving a pension',
    periodEnd: true,
    turns: [{ user: '养老金 我妈 没有按月领的资格 她在常住地学的育婴员 证拿了 机构说在系统里 能领培训补贴不', expect: notNoVT }],
  },
  {
    id: 'v62d22',
    class: 'negation_after_noun',
    probes: '社保也没断过 is insured; zero-employment family pair',
    periodEnd: true,
    turns: [{ user: '企业 以工代训 零就业家庭2人 3个月 岗前补贴 问过了 一分没领 社保 也没断过', expect: pay(1200) }],
  },

  // ---------------------------------------------------------------- unknown_reply
  {
    id: 'v62d23',
    class: 'unknown_reply',
    probes: '来电人不确定 leaves the pre-job fact open; amount only after it is settled',
    periodEnd: true,
    turns: [
      { user: '企业 参保 残疾人2 以工代训4个月', expect: askOJT },
      { user: '岗前那个 来电人不确定', expect: dunnoOJT },
      { user: '刚帮他查了 没领', expect: pay(1600) },
    ],
  },
  {
    id: 'v62d24',
    class: 'unknown_reply',
    probes: 'months employed forgotten: poor labour stays open',
    turns: [
      { user: '扶贫车间 贫困劳动力1 以工代训6个月 岗前没领', expect: askOJT },
      { user: '干多久了 不清楚 来电人说忘了', expect: dunnoOJT },
    ],
  },
  {
    id: 'v62d25',
    class: 'unknown_reply',
    probes: 'equipment acceptance unknown: no figure until it is said',
    turns: [
      { user: '企业 高技能人才培训基地 新买实训设备 180万 职工教育经费出的', expect: askKit },
      { user: '验收 来电人不确定弄了没', expect: dunnoKit },
      { user: '验收过了 人社和财政都签了字', expect: kit(360000) },
    ],
  },
  {
    id: 'v62d26',
    class: 'unknown_reply',
    probes: 'worker forgot how many subsidies this year: vocational training stays open',
    periodEnd: true,
    turns: [{ user: '我在求职地学的焊工 证拿到了 今年领过几次补贴 忘了 还能领吗', expect: { noAmount: 'open', undecided: 'vocational_training' } }],
  },
  {
    id: 'v62d27',
    class: 'unknown_reply',
    probes: 'fund drawn unknown, then given: deduction capped at 8 % of payroll',
    turns: [
      { user: '工资总额 800万 教育经费提了多少 财务没说 税前能扣多少', expect: askFund },
      { user: '财务回电话了 提了70万', expect: deduct(640000, 700000) },
    ],
  },
  {
    id: 'v62d28',
    class: 'unknown_reply',
    probes: 'insurance uncertain: no verdict, then settled',
    periodEnd: true,
    turns: [
      { user: '企业 就业困难人员3人 以工代训5个月 岗前没领 社保 来电人不确定交没交', expect: dunnoOJT },
      { user: '社保查了 交着呢', expect: pay(3000) },
    ],
  },

  // ---------------------------------------------------------------- correction
  {
    id: 'v62d29',
    class: 'correction',
    probes: 'caller changes the head count',
    periodEnd: true,
    turns: [
      { user: '企业 参保 残疾人3 以工代训6个月 岗前没领', expect: pay(3600) },
      { user: '不对 来电人改口了 是2个残疾人', expect: payNot(2400, 3600) },
    ],
  },
  {
    id: 'v62d30',
    class: 'correction',
    probes: 'correction of 以工代训 months only; months employed unchanged',
    periodEnd: true,
    turns: [
      { user: '合作社 贫困劳动力2 干了9个月 以工代训4个月 岗前没领', expect: pay(1600) },
      { user: '来电人说错了 以工代训实际是满6个月', expect: payNot(2400, 1600) },
    ],
  },
  {
    id: 'v62d31',
    class: 'correction',
    probes: 'insurance corrected to not paid: the amount goes',
    periodEnd: true,
    turns: [
      { user: '企业 社保有 零就业家庭1 以工代训3个月 岗前没领', expect: pay(600) },
      { user: '来电人又说 社保其实断了 没交', expect: noPay(600) },
    ],
  },
  {
    id: 'v62d32',
    class: 'correction',
    probes: 'equipment value corrected',
    turns: [
      { user: '技能大师工作室 设备 60万 教育经费买的 验收合格', expect: kit(100000) },
      { user: '更正一下 设备是40万 不是60万', expect: kit(80000) },
    ],
  },
  {
    id: 'v62d33',
    class: 'correction',
    probes: 'worker corrects the count of subsidies this year: no longer excluded',
    periodEnd: true,
    turns: [
      {
        user: '我想问下 在老家户籍地学的中级电工 证拿了 今年已经领过3次补贴了 还能领不',
        expect: { status: { rule: 'vocational_training', status: 'ineligible' }, noAmount: 'unfixed' },
      },
      { user: '说错了 今年就领过1次', expect: notNoVT },
    ],
  },
  {
    id: 'v62d34',
    class: 'correction',
    probes: 'fund drawn corrected upward: the 8 % cap now binds',
    turns: [
      { user: '工资薪金总额 1200万 职工教育经费 提了90万', expect: deduct(900000) },
      { user: '财务说错了 教育经费是110万', expect: deduct(960000, 1100000) },
    ],
  },

  // ---------------------------------------------------------------- topic_switch
  {
    id: 'v62d35',
    class: 'topic_switch',
    probes: 'veteran question after an amount: no 以工代训 figure leaks',
    periodEnd: true,
    turns: [
      { user: '企业 参保 残疾人1 以工代训2个月 岗前没领', expect: pay(400) },
      { user: '另外问下 来电的退役军人 自己想学技术 有没有免费培训', expect: { noAmount: 'unfixed', cites: ['三(二)', '三(三)', '六(一)', '七(二)'] } },
    ],
  },
  {
    id: 'v62d36',
    class: 'topic_switch',
    probes: 'from the tax deduction rate to a disabled caller’s own training',
    turns: [
      { user: '教育经费 税前扣除 是按工资总额几个点', expect: { cites: ['六(二)'], says: [/8\s*%|百分之八/] } },
      { user: '换个事 来电的是个残疾人 想知道自己学技能有没有补贴', expect: { noAmount: 'unfixed', cites: ['三(二)', '七(二)'] } },
    ],
  },
  {
    id: 'v62d37',
    class: 'topic_switch',
    probes: 'contact question after an amount names the unit',
    periodEnd: true,
    turns: [
      { user: '扶贫车间 贫困劳动力2 干满6个月 以工代训6个月 岗前没领', expect: pay(2400) },
      { user: '还有个事 这个方案的主办单位是哪个 来电人要投诉', expect: { says: [/人社/] } },
    ],
  },
  {
    id: 'v62d38',
    class: 'topic_switch',
    probes: 'family aid for a technical-school child, then the parent’s own business plan',
    periodEnd: true,
    turns: [
      {
        user: '我儿子上技工学校 我们家是建档立卡户 有啥补助',
        expect: { noAmount: 'unfixed', oneOf: [{ status: { rule: 'poor_family_child_aid', status: 'eligible' } }, { cites: ['三(三)', '三(十四)'] }] },
      },
      {
        user: '再问个 我自己想开个小饭馆 创业培训能参加不',
        expect: { noAmount: 'unfixed', oneOf: [{ status: { rule: 'entrepreneurship_training', status: 'eligible' } }, { cites: ['三(八)'] }] },
      },
    ],
  },
  {
    id: 'v62d39',
    class: 'topic_switch',
    probes: 'equipment cap, then an unrelated outside question',
    turns: [
      { user: '设备补贴 高技能人才培训基地 最高多少', expect: { cites: ['四(一)'], says: [/50\s*万/] } },
      { user: '另外 郑州今天单双号限行吗', expect: decline },
    ],
  },

  // ---------------------------------------------------------------- person_training
  {
    id: 'v62d40',
    class: 'person_training',
    probes: 'worker gives every condition; eligible, no amount (set elsewhere)',
    periodEnd: true,
    turns: [
      {
        user: '我自己问 在常住地培训的中式烹调师 证书拿到了 今年没领过补贴 以前也没补过这个 没退休 没养老金 机构说在系统里',
        expect: {
          noAmount: 'unfixed',
          oneOf: [{ status: { rule: 'vocational_training', status: 'eligible' } }, { asks: true, notVerdict: { rule: 'vocational_training', status: 'ineligible' } }],
        },
      },
    ],
  },
  {
    id: 'v62d41',
    class: 'person_training',
    probes: 'monthly pension excludes',
    periodEnd: true,
    turns: [{ user: '退休了 每个月领养老金 还能报补贴性培训吗', expect: notYesVT }],
  },
  {
    id: 'v62d42',
    class: 'person_training',
    probes: 'same occupation and level again excluded; a higher level is not',
    periodEnd: true,
    turns: [
      { user: '同一个工种 同一个等级 考第二遍 还补吗 我去年中级电工补过了', expect: { ...notYesVT, cites: ['七(二)'] } },
      { user: '那我考高级电工呢', expect: notNoVT },
    ],
  },
  {
    id: 'v62d43',
    class: 'person_training',
    probes: 'training where one works counts as 求职就业地',
    turns: [{ user: '来电人 外地户口 在郑州打工 就在上班的地方学的 算不算求职就业地', expect: { cites: ['七(二)'], noAmount: 'unfixed' } }],
  },
  {
    id: 'v62d44',
    class: 'person_training',
    probes: 'institution outside the system: no subsidy',
    periodEnd: true,
    turns: [{ user: '培训机构 不在省里那个系统里 学完了还能领补贴吗', expect: { ...notYesVT, cites: ['六(三)', '七(一)', '七(二)'] } }],
  },
  {
    id: 'v62d45',
    class: 'person_training',
    probes: 'poor worker: free training, then the certificate subsidy with facts still open',
    periodEnd: true,
    turns: [
      {
        user: '我是建档立卡贫困户 想学个手艺 培训要钱不',
        expect: { noAmount: 'unfixed', oneOf: [{ status: { rule: 'free_training_poor', status: 'eligible' } }, { cites: ['三(三)'] }] },
      },
      { user: '学完考了证 还能再领职业培训补贴不', expect: { noAmount: 'unfixed', oneOf: [{ asks: true }, { cites: ['七(二)'] }] } },
    ],
  },

  // ---------------------------------------------------------------- entrepreneurship
  {
    id: 'v62d46',
    class: 'entrepreneurship',
    probes: 'small business open three years: eligible',
    periodEnd: true,
    turns: [{ user: '小微企业主 店开了3年 创业培训 能参加吗', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' } }],
  },
  {
    id: 'v62d47',
    class: 'entrepreneurship',
    probes: 'business open seven years: not eligible on that ground',
    turns: [{ user: '开店7年了 创业培训还有我的份不', expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' } }],
  },
  {
    id: 'v62d48',
    class: 'entrepreneurship',
    probes: 'vocational student asks training and amount; then a loan question outside the plan',
    turns: [
      {
        user: '职业院校在校生 能参加创业培训吗 补贴多少',
        expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
      { user: '那创业担保贷款能贷多少', expect: decline },
    ],
  },
  {
    id: 'v62d49',
    class: 'entrepreneurship',
    probes: 'wish to start a business; operator wants a copyable line on the amount',
    periodEnd: true,
    turns: [
      { user: '来电人 想创业 还没开店 问创业培训', expect: { oneOf: [{ status: { rule: 'entrepreneurship_training', status: 'eligible' } }, { cites: ['三(八)'] }] } },
      {
        user: '来电人问培训补多少钱 要个能复制的回答',
        expect: { noAmount: 'unfixed', oneOf: [{ cites: ['三(八)'] }, { says: [HONEST_NOT_SETTLED] }] },
      },
    ],
  },

  // ---------------------------------------------------------------- equipment
  {
    id: 'v62d50',
    class: 'equipment',
    probes: 'master studio under its cap',
    turns: [{ user: '企业 技能大师工作室 新购实训设备总值 45万 职工教育经费列支 人社财政验收合格', expect: kit(90000) }],
  },
  {
    id: 'v62d51',
    class: 'equipment',
    probes: 'base over its cap',
    turns: [{ user: '高技能人才培训基地 设备 300万 教育经费出的 验收通过 补多少', expect: kitNot(500000, 600000) }],
  },
  {
    id: 'v62d52',
    class: 'equipment',
    probes: 'bought from own funds, not the education fund: no subsidy',
    turns: [
      { user: '设备补贴 企业 高技能人才培训基地 设备 150万', expect: askKit },
      {
        user: '钱是企业自有资金买的 不是教育经费 验收过了',
        expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['300000', /30\s*万/] },
      },
    ],
  },
  {
    id: 'v62d53',
    class: 'equipment',
    probes: 'two studios, each capped on its own',
    turns: [{ user: '两个技能大师工作室 A工作室设备30万 B工作室设备70万 都是教育经费 都验收了', expect: kitNot(160000, 200000) }],
  },
  {
    id: 'v62d54',
    class: 'equipment',
    probes: 'kind of site uncertain, but both caps give the same figure: ask or answer',
    turns: [
      {
        user: '来电人不确定是培训基地还是大师工作室 设备50万 教育经费 已验收',
        expect: { oneOf: [kit(100000), askKit] },
      },
    ],
  },

  // ---------------------------------------------------------------- education_fund
  {
    id: 'v62d55',
    class: 'education_fund',
    probes: 'fund under 8 % of payroll: the whole fund',
    turns: [{ user: '工资薪金总额500万 职工教育经费提了30万 一线职工用了70%', expect: deduct(300000) }],
  },
  {
    id: 'v62d56',
    class: 'education_fund',
    probes: 'fund over 8 %, and a front-line share under 60 %',
    turns: [{ user: '工资总额 2000万 教育经费 200万 一线的占一半', expect: { ...deduct(1600000, 2000000), says: [/税前/, /60\s*%|百分之六十/] } }],
  },
  {
    id: 'v62d57',
    class: 'education_fund',
    probes: 'asks how much is refunded with nothing given; then figures',
    turns: [
      { user: '教育经费 能退多少钱', expect: askFund },
      { user: '工资总额 300万 教育经费 提了 18万', expect: deduct(180000) },
    ],
  },
  {
    id: 'v62d58',
    class: 'education_fund',
    probes: 'two-part: front-line share and 师带徒 from the fund',
    turns: [{ user: '职工教育经费 里面 多少要用在一线职工 师带徒津贴 能从这里出吗', expect: { cites: ['六(二)'], says: [/60\s*%|百分之六十/, /师带徒/] } }],
  },

  // ---------------------------------------------------------------- apprenticeship
  {
    id: 'v62d59',
    class: 'apprenticeship',
    probes: 'per-apprentice amount is not fixed; operator wants the wording',
    turns: [{ user: '企业新型学徒 带了15个 一人补多少 来电人要原文', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v62d60',
    class: 'apprenticeship',
    probes: 'target first, then an amount for eight apprentices',
    turns: [
      { user: '学徒制 三年培养多少新型学徒', expect: { cites: ['四(一)'], says: [/2\s*万/] } },
      { user: '我们厂带了8个学徒 能拿多少钱', expect: { noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v62d61',
    class: 'apprenticeship',
    probes: 'caller suggests a figure: must not be confirmed',
    turns: [{ user: '新型学徒 补贴标准 每人每年几千 是不是', expect: noFigure(['四(一)']) }],
  },

  // ---------------------------------------------------------------- period
  {
    id: 'v62d62',
    class: 'period',
    probes: 'asked today: amount plus the end of the plan',
    periodEnd: true,
    turns: [{ user: '现在还能申请以工代训补贴吗 企业 参保 残疾人3 以工代训2个月 岗前没领', expect: { ...pay(1200), ...over } }],
  },
  {
    id: 'v62d63',
    class: 'period',
    probes: 'dated 2020 question answered for that date',
    periodEnd: true,
    turns: [{ user: '2020年8月的事 扶贫车间 贫困劳动力2 干了一年 以工代训4个月 岗前没领 当时能补多少', expect: pay(1600) }],
  },
  {
    id: 'v62d64',
    class: 'period',
    probes: 'validity today',
    periodEnd: true,
    turns: [{ user: '这个方案 到哪年截止 现在都2024年了 还有效吗', expect: over }],
  },
  {
    id: 'v62d65',
    class: 'period',
    probes: 'certificate from last year, asked today; then a one-line copy',
    periodEnd: true,
    turns: [
      { user: '来电人问 去年考的证 现在能申请职业培训补贴吗', expect: { ...over, noAmount: 'unfixed' } },
      { user: '那要复制给他 就一句话 能不能领', expect: { noAmount: 'unfixed' } },
    ],
  },
];
