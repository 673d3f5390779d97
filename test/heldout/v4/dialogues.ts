/**
 * HELD-OUT dialogues, set v4 — written on 2026-11-30, before any change it is meant to measure,
 * from the policy text (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md,
 * api.md) only: never from the service's output, the code, or the dev sets under test/core/. The
 * messages are new (none reused or paraphrased from sets v1, v2 and v3, whose messages were not
 * read). Do not tune on them: no word of these messages goes into a glossary, pattern or fixture.
 * When one is fixed by a targeted change, it no longer measures anything; write a new one instead.
 *
 * Messages are typed the way people type on WeChat on a phone: short, colloquial, homophones and
 * typos (以工带训, 社宝), odd spacing and punctuation, Chinese numerals, some traditional
 * characters, voice-input run-on sentences, bare replies ("没领", "3个") to the assistant's questions.
 *
 * Amounts, by hand from the contract (checked against 六(一), 四(一), 六(二) of the text):
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) over qualifying hire rows, each row
 *   on its own months; poor labour only when employed ≥ 6 months by a production entity (企业,
 *   合作社, 扶贫车间, 培训机构; not a 职业院校); 就业困难 (incl. 残疾人, 三(二)) and 零就业家庭 only by
 *   an insured enterprise; rows whose 岗前培训补贴 was claimed never count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 for a 高技能人才培训基地 / 100 000 for a
 *   技能大师工作室); only bought from the 职工教育经费 and accepted by 人社 and 财政.
 * - Education fund (六(二)): a pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Apprenticeship, 职业培训补贴 per person, 生活费补贴, free training, entrepreneurship training,
 *   competition awards: the plan fixes no amount, so no figure may be stated.
 *
 * Tags in `probes` ([two-part], [contact], [dated], [relative]) mark the issue-10 classes that
 * cut across the dialogue classes.
 */
import type { Dialogue, RuleId, TurnExpect } from '../types.js';

/** A 以工代训 fact is still open: ask, state no figure, and do not call it 不符合. */
const openOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The person said they do not know a fact: no figure, no verdict either way on it. */
const unknownOJT: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount (rule on_job_training), stated and in the results. */
const ojt = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** 以工代训 amount, and a figure a wrong reading of one row would give is not stated. */
const ojtNot = (yuan: number, wrongYuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: [String(wrongYuan)] });
/** 以工代训 excluded by the facts: ineligible, and the figure the wrong reading would give is not stated. */
const noOJT = (wrongYuan: number): TurnExpect => ({ status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: [String(wrongYuan)] });
/** The equipment subsidy amount. */
const equip = (yuan: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan } });
/** An equipment fact is open: ask, no figure. */
const openEquip: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
/** The education-fund deduction: the figure, said to be 税前, never "可领 … 元". */
const fund = (yuan: number): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/],
});
/** The plan fixes no amount for this: no figure, and the clause cited. */
const unfixed = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
/** No figure, and a fact-seeking question is as good as a citation. */
const unfixedOrAsk = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', oneOf: [{ asks: true }, { cites }] });
/** Either one more question with no figure, or the right amount of `rule`. */
const askOr = (rule: RuleId, yuan: number): TurnExpect => ({ oneOf: [{ asks: true, noAmount: 'open' }, { amount: { rule, yuan } }] });

export const DIALOGUES_V4: Dialogue[] = [
  // ---------------------------------------------------------------- one group of hires
  {
    id: 'v4d01',
    class: 'one_group',
    probes: '咱厂子, 交社保 in passing, months over the cap',
    periodEnd: true,
    turns: [{ user: '咱厂子 交社保的 招了4个就业困难的 以工代训搞了八个月 岗前补贴没领过 能拿多少', expect: ojt(4800) }],
  },
  {
    id: 'v4d02',
    class: 'one_group',
    probes: '扶贫车间 + 贫困户, 快一年 as employment months',
    periodEnd: true,
    turns: [{ user: '扶贫车间收了两个贫困户，上班快一年了，以工代训做了三个月，岗前培训补贴没有申请', expect: ojt(1200) }],
  },
  {
    id: 'v4d03',
    class: 'one_group',
    probes: 'typos wo们 / 以工带训, zero-employment family in an insured firm',
    periodEnd: true,
    turns: [{ user: 'wo们公司招了1个零就业家庭的 公司有缴社宝 以工带训4个月 没拿过岗前的钱 多少钱啊', expect: ojt(800) }],
  },
  {
    id: 'v4d04',
    class: 'one_group',
    probes: 'a 培训机构 is a production entity; facts gathered over five turns with bare replies',
    periodEnd: true,
    turns: [
      { user: '我们是培训机构 能不能拿以工代训那个补贴', expect: { noAmount: 'open', notVerdict: { rule: 'on_job_training', status: 'ineligible' }, oneOf: [{ asks: true }, { cites: ['六(一)'] }] } },
      { user: '招了5个建档立卡的', expect: openOJT },
      { user: '干了半年多了', expect: openOJT },
      { user: '以工代训两个月', expect: askOr('on_job_training', 2000) },
      { user: '岗前没领', expect: ojt(2000) },
    ],
  },
  {
    id: 'v4d05',
    class: 'one_group',
    probes: 'a 职业院校 is not a production entity: poor labour does not count',
    periodEnd: true,
    turns: [{ user: '我们是职业院校 招了3个贫困劳动力在校办工厂干活 已经七个月 以工代训6个月 岗前补贴没领', expect: noOJT(3600) }],
  },
  {
    id: 'v4d06',
    class: 'one_group',
    probes: 'uninsured company with disabled hires: no 以工代训',
    periodEnd: true,
    turns: [{ user: '小公司 没交社保 招了两个残疾人 以工代训三个月 岗前没拿', expect: noOJT(1200) }],
  },
  {
    id: 'v4d07',
    class: 'one_group',
    probes: 'poor labour employed only four months',
    periodEnd: true,
    turns: [{ user: '合作社招的3个贫困户才干了4个月，以工代训4个月，岗前没领过，能申请不', expect: noOJT(2400) }],
  },
  {
    id: 'v4d08',
    class: 'one_group',
    probes: '岗前培训补贴 already claimed: the row never counts',
    periodEnd: true,
    turns: [{ user: '企业有社保 招了2个就业困难人员 以工代训5个月 但是岗前培训补贴已经领了 以工代训还能拿吗', expect: noOJT(2000) }],
  },
  {
    id: 'v4d09',
    class: 'one_group',
    probes: '[relative] asking for an uncle',
    periodEnd: true,
    turns: [{ user: '帮我舅问的 他开的厂交社保 招了两个就业困难人员 以工代训五个月 岗前没领 能给多少', expect: ojt(2000) }],
  },
  // ---------------------------------------------------------------- several groups
  {
    id: 'v4d10',
    class: 'several_groups',
    probes: 'poor labour and disabled hires, each on its own months',
    periodEnd: true,
    turns: [
      {
        user: '公司交着社保，招了3个贫困户干了8个月以工代训6个月，还有2个残疾人以工代训3个月，岗前都没领，一共多少',
        expect: ojtNot(4800, 6000),
      },
    ],
  },
  {
    id: 'v4d11',
    class: 'several_groups',
    probes: 'a 扶贫车间 is not an insured enterprise: its zero-employment hires do not count',
    periodEnd: true,
    turns: [
      {
        user: '扶贫车间 四个贫困劳动力 上班九个月 以工代训七个月 另外还有两个零就业家庭的 以工代训3个月 岗前补贴都没申请过',
        expect: ojtNot(4800, 6000),
      },
    ],
  },
  {
    id: 'v4d12',
    class: 'several_groups',
    probes: 'two groups told one per turn',
    periodEnd: true,
    turns: [
      { user: '企业 有参保 招了两拨人 以工代训补贴咋算', expect: openOJT },
      { user: '一拨是建档立卡贫困的5个人 干了一年 以工代训两个月', expect: openOJT },
      { user: '另一拨就业困难的1个 以工代训6个月', expect: askOr('on_job_training', 3200) },
      { user: '岗前都没领', expect: ojt(3200) },
    ],
  },
  {
    id: 'v4d13',
    class: 'several_groups',
    probes: 'one group of poor labour under six months employed, in brackets',
    periodEnd: true,
    turns: [
      {
        user: '合作社 贫困户3个(干了7个月,以工代训五个月) 贫困户2个(干了3个月,以工代训3个月) 岗前没申请',
        expect: ojtNot(3000, 4200),
      },
    ],
  },
  {
    id: 'v4d14',
    class: 'several_groups',
    probes: '岗前 claimed for one group only',
    periodEnd: true,
    turns: [
      {
        user: '企业交社保 残疾人2个以工代训4个月岗前没领，零就业家庭1个以工代训6个月岗前领过了',
        expect: ojtNot(1600, 2800),
      },
    ],
  },
  {
    id: 'v4d15',
    class: 'several_groups',
    probes: 'one category split into two rows with different months',
    periodEnd: true,
    turns: [
      {
        user: '厂里有社保的 就业困难人员一共6个 其中4个以工代训了3个月 另外2个以工代训了一个月 岗前补贴都没拿',
        expect: ojtNot(2800, 3600),
      },
    ],
  },
  {
    id: 'v4d16',
    class: 'several_groups',
    probes: 'traditional characters, Chinese numerals, two rows',
    periodEnd: true,
    turns: [{ user: '我們企業有參保 殘疾人一個 以工代訓六個月；零就業家庭的兩個 以工代訓三個月 崗前都沒領', expect: ojt(2400) }],
  },
  // ---------------------------------------------------------------- negation in every position
  {
    id: 'v4d17',
    class: 'negation_after_noun',
    probes: 'negation first: 岗前 not claimed said before anything else',
    periodEnd: true,
    turns: [{ user: '岗前培训的补贴 我们没领 企业参保了 招了3个残疾人 以工代训两个月', expect: ojt(1200) }],
  },
  {
    id: 'v4d18',
    class: 'negation_after_noun',
    probes: '社保 … 没交: negation after the noun excludes difficult hires',
    periodEnd: true,
    turns: [{ user: '社保我们是没交的 招了一个就业困难人员 以工代训4个月 岗前也没领', expect: noOJT(800) }],
  },
  {
    id: 'v4d19',
    class: 'negation_after_noun',
    probes: 'two negations up front (没有领, 不是职业院校)',
    periodEnd: true,
    turns: [{ user: '没有领岗前补贴，不是职业院校，是企业，招贫困户2个干了10个月，以工代训3个月', expect: ojt(1200) }],
  },
  {
    id: 'v4d20',
    class: 'negation_after_noun',
    probes: 'double negation 并不是不满六个月',
    periodEnd: true,
    turns: [{ user: '我们公司吸纳的贫困劳动力并不是不满六个月 已经八个月了 两个人 以工代训五个月 岗前未申领', expect: ojt(2000) }],
  },
  {
    id: 'v4d21',
    class: 'negation_after_noun',
    probes: 'bare 没 at the very end, words split by spaces',
    periodEnd: true,
    turns: [{ user: '招了3个零就业家庭成员 企业 社保 交了 以工代训 4个月 岗前补贴 没', expect: ojt(2400) }],
  },
  {
    id: 'v4d22',
    class: 'negation_after_noun',
    probes: '不是没领，是领过了: the negation is negated',
    periodEnd: true,
    turns: [{ user: '企业参保，2个残疾人以工代训3个月，岗前补贴不是没领，是领过了', expect: noOJT(1200) }],
  },
  // ---------------------------------------------------------------- 不知道 / 记不清 leaves a fact open
  {
    id: 'v4d23',
    class: 'unknown_reply',
    probes: '记不清 the months: no figure, no verdict',
    turns: [{ user: '企业有社保 招了4个就业困难人员 以工代训几个月记不清了 岗前没领', expect: unknownOJT }],
  },
  {
    id: 'v4d24',
    class: 'unknown_reply',
    probes: '不确定 employment months, then the other facts: still open',
    periodEnd: true,
    turns: [
      { user: '合作社招了贫困户 能拿以工代训补贴吗', expect: openOJT },
      { user: '3个', expect: openOJT },
      { user: '干了多久我也不确定', expect: unknownOJT },
      { user: '以工代训做了四个月，岗前没领', expect: unknownOJT },
    ],
  },
  {
    id: 'v4d25',
    class: 'unknown_reply',
    probes: 'new HR does not know whether the firm is insured',
    turns: [{ user: '公司招了2个残疾人 以工代训6个月 岗前没领 社保交没交我不知道 我是新来的hr', expect: unknownOJT }],
  },
  {
    id: 'v4d26',
    class: 'unknown_reply',
    probes: '不清楚 on 岗前, then the answer from the accountant',
    periodEnd: true,
    turns: [
      { user: '扶贫车间 两个贫困户 干了八个月 以工代训三个月', expect: askOr('on_job_training', 1200) },
      { user: '岗前领没领不清楚', expect: unknownOJT },
      { user: '问了会计 没领', expect: ojt(1200) },
    ],
  },
  {
    id: 'v4d27',
    class: 'unknown_reply',
    probes: 'equipment value unknown: no figure, no verdict',
    turns: [
      {
        user: '技能大师工做室买了实训设备 花了多少钱不知道 验收过了 用的职工教育经费',
        expect: { noAmount: 'open', undecided: 'equipment_subsidy', notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } },
      },
    ],
  },
  // ---------------------------------------------------------------- corrections
  {
    id: 'v4d28',
    class: 'correction',
    probes: 'count corrected',
    periodEnd: true,
    turns: [
      { user: '企业有社保 招了5个残疾人 以工代训4个月 岗前没领', expect: ojt(4000) },
      { user: '说错了 是3个', expect: ojt(2400) },
    ],
  },
  {
    id: 'v4d29',
    class: 'correction',
    probes: '以工代训 months corrected',
    periodEnd: true,
    turns: [
      { user: '合作社 2个贫困户 干了7个月 以工代训2个月 岗前没领', expect: ojt(800) },
      { user: '不对不对 以工代训是五个月', expect: ojt(2000) },
    ],
  },
  {
    id: 'v4d30',
    class: 'correction',
    probes: '岗前 corrected to claimed',
    periodEnd: true,
    turns: [
      { user: '公司交社保 招了1个零就业家庭的 以工代训3个月 岗前没领', expect: ojt(600) },
      { user: '哦 不好意思 岗前补贴其实领过了', expect: noOJT(600) },
    ],
  },
  {
    id: 'v4d31',
    class: 'correction',
    probes: 'employer corrected from 职业院校 to its enterprise',
    periodEnd: true,
    turns: [
      { user: '我们是职业院校 招了2个贫困劳动力 干了一年 以工代训4个月 岗前没领', expect: noOJT(1600) },
      { user: '搞错了 不是学校招的 是学校办的那个公司招的', expect: ojt(1600) },
    ],
  },
  {
    id: 'v4d32',
    class: 'correction',
    probes: 'equipment value corrected past the base cap',
    turns: [
      { user: '高技能人才培训基地新买实训设备 总共一百万 用职工教育经费买的 验收合格了', expect: equip(200000) },
      { user: '哦写错了 是三百万', expect: equip(500000) },
    ],
  },
  // ---------------------------------------------------------------- topic switches, two-part, contact
  {
    id: 'v4d33',
    class: 'topic_switch',
    probes: 'from an amount to the education-fund rate',
    periodEnd: true,
    turns: [
      { user: '企业参保 招了2个就业困难的以工代训6个月岗前没领', expect: ojt(2400) },
      { user: '对了 职工教育经费税前能扣多少比例', expect: { cites: ['六(二)'], says: [/8\s*%|百分之八/] } },
    ],
  },
  {
    id: 'v4d34',
    class: 'topic_switch',
    probes: '[contact] where to ask, then entrepreneurship training',
    turns: [
      { user: '以工代训补贴找哪个部门问啊', expect: { says: [/人社|人力资源/], noAmount: 'open' } },
      { user: '那创业培训 开业几年以内的能参加', expect: { cites: ['三(八)'], says: [/5|五/], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v4d35',
    class: 'topic_switch',
    probes: 'studio cap, then apprenticeship per head (unfixed)',
    turns: [
      { user: '技能大师工作室买设备补贴最多多少', expect: { cites: ['四(一)'], says: [/10\s*万/] } },
      { user: '那新型学徒制一个徒弟补多少', expect: unfixed(['四(一)']) },
    ],
  },
  {
    id: 'v4d36',
    class: 'topic_switch',
    probes: '[two-part] rate per month and the longest months',
    turns: [{ user: '以工代训一个人一个月多少 最长几个月', expect: { cites: ['六(一)'], says: [/200/, /6|六/] } }],
  },
  {
    id: 'v4d37',
    class: 'topic_switch',
    probes: 'amount, then how often a person may claim training subsidies',
    periodEnd: true,
    turns: [
      { user: '企业有社保 残疾人3个 以工代训2个月 岗前没领', expect: ojt(1200) },
      { user: '换个问题 个人职业培训补贴一年最多能领几次', expect: { cites: ['七(二)'], says: [/3|三/], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v4d38',
    class: 'topic_switch',
    probes: '[contact] voice-input run-on about where to apply and a phone number',
    turns: [{ user: '申请以工代训要去哪里办呀有没有电话可以打一下问问我们这边不太懂', expect: { says: [/人社|人力资源|12333/], noAmount: 'open' } }],
  },
  {
    id: 'v4d39',
    class: 'topic_switch',
    probes: '[two-part] equipment figure and the education-fund deduction in one message',
    turns: [
      {
        user: '两个事 1.技能大师工作室买设备四十万 教育经费出的 验收过了 补多少 2.工资总额一千万 教育经费提了六十万 税前扣多少',
        expect: { amount: { rule: 'equipment_subsidy', yuan: 80000 }, oneOf: [{ amount: { rule: 'education_fund_deduction', yuan: 600000 } }, { asks: true }] },
      },
    ],
  },
  // ---------------------------------------------------------------- training for persons
  {
    id: 'v4d40',
    class: 'person_training',
    probes: '[relative] father wants free training; poor family said later; then still valid?',
    turns: [
      { user: '我爸想学个电工 有免费的培训不', expect: { noAmount: 'unfixed', oneOf: [{ asks: true }, { cites: ['三(三)', '七(二)'] }] } },
      { user: '他是建档立卡贫困户', expect: unfixed(['三(三)']) },
      { user: '顺便问下这个方案现在还能用吗', expect: { mentionsPeriodEnd: true } },
    ],
  },
  {
    id: 'v4d41',
    class: 'person_training',
    probes: 'migrant worker trained where he works: subsidy amount not fixed',
    turns: [{ user: '我在郑州打工 户口外地的 在郑州参加培训考了证 能补贴吗 补多少', expect: unfixedOrAsk(['七(二)']) }],
  },
  {
    id: 'v4d42',
    class: 'person_training',
    probes: '[relative] sister already had three subsidies this year',
    turns: [
      {
        user: '我姐今年已经领过3次培训补贴了 又考了个育婴员证 还能再领么',
        expect: { noAmount: 'unfixed', cites: ['七(二)'], notVerdict: { rule: 'vocational_training', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v4d43',
    class: 'person_training',
    probes: 'same occupation and level twice',
    turns: [{ user: '同一个工种 同一个等级 考两回证 能补两回吗', expect: { noAmount: 'unfixed', cites: ['七(二)'] } }],
  },
  {
    id: 'v4d44',
    class: 'person_training',
    probes: 'monthly pension and the training subsidy',
    turns: [{ user: '退休了每个月领养老金 还能享受职业培训补贴吗', expect: { noAmount: 'unfixed', cites: ['六(一)', '七(二)'] } }],
  },
  {
    id: 'v4d45',
    class: 'person_training',
    probes: 'free training for the poor, then 生活费补贴 per day (unfixed)',
    turns: [
      { user: '俺是贫困户 想学门手艺 要交钱吗', expect: unfixed(['三(三)']) },
      { user: '学的时候有没有生活费补贴 一天多少', expect: { noAmount: 'unfixed' } },
    ],
  },
  // ---------------------------------------------------------------- entrepreneurship
  {
    id: 'v4d46',
    class: 'entrepreneurship',
    probes: 'small restaurant open three years asks for an amount',
    turns: [{ user: '我开了个小饭馆三年了 能参加创业培训不 给补贴多少', expect: unfixed(['三(八)']) }],
  },
  {
    id: 'v4d47',
    class: 'entrepreneurship',
    probes: '[relative] son at a vocational school, then after graduation',
    turns: [
      { user: '我儿子在职业院校上学 想参加创业培训 可以么', expect: unfixed(['三(八)']) },
      { user: '他明年就毕业了 毕业以后还算不', expect: unfixed(['三(八)']) },
    ],
  },
  {
    id: 'v4d48',
    class: 'entrepreneurship',
    probes: 'business open six years: the five-year line must be told',
    turns: [{ user: '公司开了六年了 创业培训还能参加不', expect: { cites: ['三(八)'], says: [/5\s*年|五年/], noAmount: 'unfixed' } }],
  },
  {
    id: 'v4d49',
    class: 'entrepreneurship',
    probes: 'what training for founders, then money per person',
    turns: [
      { user: '想自己创业 有啥培训', expect: unfixed(['三(八)']) },
      { user: '培训完给不给钱 一人多少', expect: unfixed(['三(八)']) },
    ],
  },
  // ---------------------------------------------------------------- equipment
  {
    id: 'v4d50',
    class: 'equipment',
    probes: 'studio under its cap',
    turns: [{ user: '技能大师工作室 新买实训设备三十万 职工教育经费出的 人社财政验收合格了', expect: equip(60000) }],
  },
  {
    id: 'v4d51',
    class: 'equipment',
    probes: 'base over its cap',
    turns: [{ user: '高技能人才培训基地 设备花了二百八十万 教育经费买的 验收通过', expect: equip(500000) }],
  },
  {
    id: 'v4d52',
    class: 'equipment',
    probes: 'two studios, each capped on its own',
    turns: [{ user: '我们有两个技能大师工作室 一个买设备80万 一个买了40万 都是职工教育经费 都验收了', expect: equip(180000) }],
  },
  {
    id: 'v4d53',
    class: 'equipment',
    probes: 'not yet accepted: not eligible, no 20 % figure',
    turns: [
      {
        user: '高技能人才培训基地 买设备60万 用职工教育经费 还没验收',
        expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['120000', '12万'] },
      },
    ],
  },
  {
    id: 'v4d54',
    class: 'equipment',
    probes: 'facts over four turns with bare replies',
    turns: [
      { user: '工作室买设备有补贴吗', expect: openEquip },
      { user: '技能大师工作室', expect: openEquip },
      { user: '设备十五万 职工教育经费出的', expect: openEquip },
      { user: '验收合格', expect: equip(30000) },
    ],
  },
  {
    id: 'v4d55',
    class: 'equipment',
    probes: 'bought with own money, not the 职工教育经费',
    turns: [
      {
        user: '技能大师工作室的设备是公司自有资金买的，没走职工教育经费，二十万，验收过了',
        expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['40000', '4万'] },
      },
    ],
  },
  // ---------------------------------------------------------------- education fund
  {
    id: 'v4d56',
    class: 'education_fund',
    probes: 'fund above 8 % of payroll',
    turns: [{ user: '工资总额一年500万 职工教育经费提了50万 税前能扣多少', expect: fund(400000) }],
  },
  {
    id: 'v4d57',
    class: 'education_fund',
    probes: 'fund below 8 % of payroll, typo 金费',
    turns: [{ user: '工资薪金总额两千万，职工教育金费花了一百万，能全扣吗', expect: fund(1000000) }],
  },
  {
    id: 'v4d58',
    class: 'education_fund',
    probes: 'rate first, then the figures as a bare reply',
    turns: [
      { user: '职工教育经费能税前扣除吗', expect: { cites: ['六(二)'], says: [/8\s*%|百分之八/] } },
      { user: '我们工资总额三百万 经费提了30万', expect: fund(240000) },
    ],
  },
  {
    id: 'v4d59',
    class: 'education_fund',
    probes: 'front-line share of the fund',
    turns: [{ user: '职工教育经费里 多少要用在一线职工身上', expect: { cites: ['六(二)'], says: [/60\s*%|百分之六十/] } }],
  },
  // ---------------------------------------------------------------- apprenticeship
  {
    id: 'v4d60',
    class: 'apprenticeship',
    probes: 'ten apprentices, amount per head (unfixed)',
    turns: [{ user: '招了10个学徒 搞新型学徒制 一个人补多少钱', expect: unfixed(['四(一)']) }],
  },
  {
    id: 'v4d61',
    class: 'apprenticeship',
    probes: '师带徒 allowance from the education fund',
    turns: [{ user: '师带徒的津贴 能从职工教育经费里出吗', expect: { cites: ['六(二)'], noAmount: 'unfixed' } }],
  },
  {
    id: 'v4d62',
    class: 'apprenticeship',
    probes: 'is there a subsidy, then a yearly total for twenty apprentices',
    turns: [
      { user: '我厂想搞学徒制 有补贴吗', expect: unfixedOrAsk(['四(一)']) },
      { user: '一年带20个徒弟 能拿多少', expect: unfixed(['四(一)']) },
    ],
  },
  // ---------------------------------------------------------------- the plan's period
  {
    id: 'v4d63',
    class: 'period',
    probes: '[dated] applying in 2023',
    turns: [{ user: '这政策2023年还能申请吗', expect: { mentionsPeriodEnd: true } }],
  },
  {
    id: 'v4d64',
    class: 'period',
    probes: '[dated] start and end of the plan',
    turns: [
      { user: '方案啥时候开始实施的 到什么时候', expect: { mentionsPeriodEnd: true, says: [/2019/] } },
      { user: '那就是已经过期了呗', expect: { mentionsPeriodEnd: true } },
    ],
  },
  {
    id: 'v4d65',
    class: 'period',
    probes: 'amount and "is it too late" in one message',
    turns: [
      {
        user: '企业参保 招了2个残疾人 以工代训4个月 岗前没领 现在去申请还来得及吗',
        expect: { mentionsPeriodEnd: true, oneOf: [ojt(1600), { asks: true, noAmount: 'open' }] },
      },
    ],
  },
  {
    id: 'v4d66',
    class: 'period',
    probes: '[dated] a hire in June 2020, inside the period; facts still open',
    turns: [{ user: '2020年6月我们招的贫困户 那时候能享受以工代训不', expect: { mentionsPeriodEnd: true, noAmount: 'open' } }],
  },
  {
    id: 'v4d67',
    class: 'period',
    probes: 'traditional characters: still valid, equipment',
    turns: [{ user: '這個政策現在還有效嗎 我們想申請設備補貼', expect: { mentionsPeriodEnd: true, noAmount: 'open' } }],
  },
];
