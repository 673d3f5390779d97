/**
 * HELD-OUT dialogues, set v3 — written on 2026-11-30, before any change it is meant to measure,
 * from the policy text (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md,
 * api.md) only: never from the service's output, the code, or the dev sets under test/core/. The
 * messages are new (none reused or paraphrased from sets v1 and v2). Do not tune on them: no word
 * of these messages goes into a glossary, pattern or fixture. When one is fixed by a targeted
 * change, it no longer measures anything; write a new one instead.
 *
 * Messages are typed the way people type on WeChat on a phone: short, colloquial, homophones
 * and typos, odd spacing and punctuation, Chinese numerals, some traditional characters, everyday
 * words, bare replies ("交了", "没有", "6个月") to the assistant's questions.
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
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, RuleId, TurnExpect } from '../types.js';

/** A 以工代训 fact is still open: ask, state no figure, and do not call it 不符合. */
const openOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The person said they do not know a fact: no figure, no verdict either way on it. */
const unknownOJT: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount (rule on_job_training), stated and in the results. */
const ojt = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** 以工代训 excluded by the facts: ineligible, and the figure the wrong reading would give is not stated. */
const noOJT = (wrongYuan: number): TurnExpect => ({ status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: [String(wrongYuan)] });
/** The equipment subsidy amount. */
const equip = (yuan: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan } });
/** An equipment fact is open: ask, no figure. */
const openEquip: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
/** The education-fund deduction: the figure, said to be 税前扣除, never "可领 … 元". */
const fund = (yuan: number): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/],
});
/** The plan fixes no amount for this: no figure, and the clause cited. */
const unfixed = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
/** No figure, and a fact-seeking question is as good as a citation. */
const unfixedOrAsk = (cites: string[]): TurnExpect => ({
  noAmount: 'unfixed',
  oneOf: [{ asks: true }, { cites }],
});
/** Either one more question with no figure, or the right amount of `rule`. */
const askOr = (rule: RuleId, yuan: number): TurnExpect => ({
  oneOf: [{ asks: true, noAmount: 'open' }, { amount: { rule, yuan } }],
});

export const DIALOGUES_V3: Dialogue[] = [
  // ---------------------------------------------------------------- one group of hires
  {
    id: 'v3d01',
    class: 'one_group',
    probes: '俺们/合作社, Chinese numerals, 岗前 denied',
    periodEnd: true,
    turns: [{ user: '俺们合作社要了三个建档立卡的 干了七个月了 以工代训弄了五个月 岗前那个补贴没申请过 给多少钱', expect: ojt(3000) }],
  },
  {
    id: 'v3d02',
    class: 'one_group',
    probes: 'disabled hires need an insured enterprise; facts over four turns with bare replies',
    periodEnd: true,
    turns: [
      { user: '厂里招了俩残疾人 有啥补贴不', expect: openOJT },
      { user: '交了', expect: { noAmount: 'open', notVerdict: { rule: 'on_job_training', status: 'ineligible' } } },
      { user: '以工代训 八个月', expect: openOJT },
      { user: '没有', expect: ojt(2400) },
    ],
  },
  {
    id: 'v3d03',
    class: 'one_group',
    probes: '半年整 is exactly 6 months employed',
    periodEnd: true,
    turns: [{ user: '扶贫车间收了1个贫困户，上班半年整，以工代训6个月，没领岗前补贴，补多少？', expect: ojt(1200) }],
  },
  {
    id: 'v3d04',
    class: 'one_group',
    probes: '零就业家庭 at an insured company, 十个',
    periodEnd: true,
    turns: [{ user: '公司(交社保的)招了十个零就业家庭的人，以工代训三个月，岗前补贴都没领过', expect: ojt(6000) }],
  },
  {
    id: 'v3d05',
    class: 'one_group',
    probes: 'a training institution counts as a production entity; months capped at 6',
    periodEnd: true,
    turns: [{ user: '我们是培训机构 吸纳了4个贫困劳动力 都干了一年 以工代训十个月 岗前没领 能给多少', expect: ojt(4800) }],
  },
  {
    id: 'v3d06',
    class: 'one_group',
    probes: '[relative] a son asks for the workshop his father works in; facts over three turns',
    periodEnd: true,
    turns: [
      { user: '我爸在村里扶贫车间上班 他是贫困户 车间能拿以工代训补贴吧 大概多少', expect: openOJT },
      { user: '干了八个月 以工代训四个月', expect: openOJT },
      { user: '岗前的没领', expect: ojt(800) },
    ],
  },
  {
    id: 'v3d07',
    class: 'one_group',
    probes: 'poor labour employed under 6 months does not qualify yet',
    periodEnd: true,
    turns: [{ user: '公司新招了5个贫困户 才干了三个月 以工代训也三个月 岗前没拿 能补吗', expect: noOJT(3000) }],
  },
  {
    id: 'v3d08',
    class: 'one_group',
    probes: 'homophone 以工带训, traditional 貧困戶, 两 written 兩',
    periodEnd: true,
    turns: [{ user: '以工带训咋算的 我們企業招了兩個貧困戶 幹了九個月 以工代訓兩個月 崗前沒領', expect: ojt(800) }],
  },

  // ---------------------------------------------------------------- several groups
  {
    id: 'v3d09',
    class: 'several_groups',
    probes: 'two groups with their own counts and months at an insured enterprise',
    periodEnd: true,
    turns: [
      {
        user: '公司有交社保，招了2个贫困户干了8个月以工代训4个月，还有3个就业困难的以工代训2个月，都没领岗前补贴，一共多少',
        expect: ojt(2800),
      },
    ],
  },
  {
    id: 'v3d10',
    class: 'several_groups',
    probes: 'a cooperative: poor labour counts, disabled hires do not (not an enterprise)',
    periodEnd: true,
    turns: [
      { user: '合作社招了五个贫困户 六个残疾人', expect: openOJT },
      { user: '贫困户都干了一年多 以工代训四个月 残疾人以工代训也是四个月 岗前都没领', expect: ojt(4000) },
    ],
  },
  {
    id: 'v3d11',
    class: 'several_groups',
    probes: 'one group short of 6 months employed, the other counts with months capped',
    periodEnd: true,
    turns: [
      {
        user: '企业 参保的。贫困户3人 在岗4个月 以工代训4个月；零就业家庭的2人 以工代训7个月；岗前补贴都没拿',
        expect: ojt(2400),
      },
    ],
  },
  {
    id: 'v3d12',
    class: 'several_groups',
    probes: 'one of a group had 岗前 claimed: that row drops out',
    periodEnd: true,
    turns: [
      {
        user: '我们厂交社保 招了4个就业困难人员 以工代训5个月 其中有1个之前领过岗前培训补贴 另外3个没领',
        expect: ojt(3000),
      },
    ],
  },
  {
    id: 'v3d13',
    class: 'several_groups',
    probes: 'a poverty workshop: poor labour counts, 就业困难 does not (not an insured enterprise)',
    periodEnd: true,
    turns: [
      {
        user: '扶贫车间 贫困户两个 干了十个月 以工代训三个月 另外还有一个就业困难人员 也以工代训三个月 岗前补贴全没申请',
        expect: ojt(1200),
      },
    ],
  },
  {
    id: 'v3d14',
    class: 'several_groups',
    probes: 'three groups over two turns, the insurance given last as a bare reply',
    periodEnd: true,
    turns: [
      {
        user: '公司招了 贫困户1个(干了7个月 以工代训6个月) 残疾人2个(以工代训1个月) 零就业家庭1个(以工代训5个月) 岗前全没领',
        // The poor-labour row is already proven (partialAmountYuan 1200); the rest waits on 参保.
        expect: { asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: ['2600'] },
      },
      { user: '社保一直交着呢', expect: ojt(2600) },
    ],
  },

  // ---------------------------------------------------------------- negation before / after the noun
  {
    id: 'v3d15',
    class: 'negation_after_noun',
    probes: '岗前培训补贴 … 没领过 with the noun first',
    periodEnd: true,
    turns: [{ user: '岗前培训补贴 没领过。企业交社保 收了2个就业困难的 以工代训3个月', expect: ojt(1200) }],
  },
  {
    id: 'v3d16',
    class: 'negation_after_noun',
    probes: 'negation before a long noun phrase (没有领过那个什么岗前…补贴)',
    periodEnd: true,
    turns: [{ user: '没有领过那个什么岗前技能培训的补贴，合作社，贫困户一个，干了9个月，以工代训2个月', expect: ojt(400) }],
  },
  {
    id: 'v3d17',
    class: 'negation_after_noun',
    probes: '岗前 claimed, said after the noun with words between (岗前补贴这块 我们是領了的)',
    periodEnd: true,
    turns: [{ user: '岗前补贴这块 我们是領了的 廠里三个贫困户 干满一年 以工代训六个月 还能拿以工代训不', expect: noOJT(3600) }],
  },
  {
    id: 'v3d18',
    class: 'negation_after_noun',
    probes: 'not insured, negation before the noun',
    periodEnd: true,
    turns: [{ user: '企业没参保 招了俩就业困难人员 以工代训4个月 岗前没领 有以工代训补贴吗', expect: noOJT(1600) }],
  },
  {
    id: 'v3d19',
    class: 'negation_after_noun',
    probes: 'not insured, said after the noun with words between (社保嘛 公司一直都没给交)',
    periodEnd: true,
    turns: [{ user: '招了3个零就业家庭的 以工代训俩月 岗前补贴没领 社保嘛 公司一直都没给交', expect: noOJT(1200) }],
  },
  {
    id: 'v3d20',
    class: 'negation_after_noun',
    probes: '不是 negating a group (不是贫困户 是残疾人) at an insured enterprise',
    periodEnd: true,
    turns: [{ user: '企业有社保 招的那两个人不是贫困户哈 是残疾人 以工代训5个月 岗前补贴也都没拿过', expect: ojt(2000) }],
  },
  {
    id: 'v3d21',
    class: 'negation_after_noun',
    probes: 'negation with words and spaces between (岗前的 培训 补贴 我们一分没拿); 半年多 as ≥ 6 months',
    periodEnd: true,
    turns: [{ user: '岗前的 培训 补贴 我们一分没拿 合作社收了6个贫困户 干了半年多 以工代训一个月', expect: ojt(1200) }],
  },

  // ---------------------------------------------------------------- unknown replies
  {
    id: 'v3d22',
    class: 'unknown_reply',
    probes: '记不清 leaves months employed open; then given',
    periodEnd: true,
    turns: [
      { user: '扶贫车间招了6个贫困户 以工代训三个月 岗前没领 能补多少', expect: openOJT },
      { user: '干多久了 记不清了', expect: unknownOJT },
      { user: '问了下 干了七个月', expect: ojt(3600) },
    ],
  },
  {
    id: 'v3d23',
    class: 'unknown_reply',
    probes: '不知道 on the insurance leaves it open; bare 交了 settles it',
    periodEnd: true,
    turns: [
      { user: '公司招了2个残疾人 以工代训5个月 岗前没领过 社保交没交我不知道 会计管的', expect: unknownOJT },
      { user: '交了', expect: ojt(2000) },
    ],
  },
  {
    id: 'v3d24',
    class: 'unknown_reply',
    probes: '不确定 on 以工代训 months; then a bare 3个月',
    periodEnd: true,
    turns: [
      { user: '合作社 贫困户4个 干了快一年 岗前补贴没领 以工代训几个月不确定', expect: unknownOJT },
      { user: '3个月', expect: ojt(2400) },
    ],
  },
  {
    id: 'v3d25',
    class: 'unknown_reply',
    probes: '不清楚 on 岗前 leaves the amount open and no 不符合',
    periodEnd: true,
    turns: [{ user: '企业招了3个贫困户 干了10个月 以工代训5个月 岗前补贴领没领过我不清楚', expect: unknownOJT }],
  },
  {
    id: 'v3d26',
    class: 'unknown_reply',
    probes: '不晓得 (dialect) on the entity type after the first question',
    periodEnd: true,
    turns: [
      { user: '我们单位收了两个贫困户 以工代训补贴能有多少', expect: openOJT },
      { user: '单位算啥性质我也不晓得 就是个厂子', expect: { notVerdict: { rule: 'on_job_training', status: 'ineligible' }, noAmount: 'open' } },
      { user: '干了一年 以工代训四个月 岗前没拿', expect: ojt(1600) },
    ],
  },
  {
    id: 'v3d27',
    class: 'unknown_reply',
    probes: '忘了 on equipment acceptance: no figure',
    turns: [
      { user: '技能大师工作室用职工教育经费买了三十万的设备 验收过没过我忘了', expect: { noAmount: 'open', undecided: 'equipment_subsidy' } },
      { user: '查了 验收合格了', expect: equip(60000) },
    ],
  },

  // ---------------------------------------------------------------- corrections
  {
    id: 'v3d28',
    class: 'correction',
    probes: 'a count corrected; the old figure must not stay',
    periodEnd: true,
    turns: [
      { user: '厂里交社保 招了5个就业困难的 以工代训4个月 岗前没领', expect: ojt(4000) },
      { user: '不对不对 是3个', expect: { ...ojt(2400), mustNotContain: ['4000'] } },
    ],
  },
  {
    id: 'v3d29',
    class: 'correction',
    probes: '以工代训 months corrected',
    periodEnd: true,
    turns: [
      { user: '合作社收了两个贫困户 干了八个月 以工代训六个月 岗前没领', expect: ojt(2400) },
      { user: '说错了 以工代训是两个月', expect: { ...ojt(800), mustNotContain: ['2400'] } },
    ],
  },
  {
    id: 'v3d30',
    class: 'correction',
    probes: '岗前 corrected to claimed: the amount goes',
    periodEnd: true,
    turns: [
      { user: '企业 参保 贫困户3个 干了10个月 以工代训5个月 岗前没领', expect: ojt(3000) },
      { user: '等下 会计说岗前补贴其实领过了', expect: noOJT(3000) },
    ],
  },
  {
    id: 'v3d31',
    class: 'correction',
    probes: 'entity corrected from 职业院校 to 扶贫车间',
    periodEnd: true,
    turns: [
      { user: '我们是职业院校 招了2个贫困户 干了一年 以工代训6个月 岗前没领', expect: noOJT(2400) },
      { user: '哦不对 招人的是我们村的扶贫车间 不是学校', expect: ojt(2400) },
    ],
  },
  {
    id: 'v3d32',
    class: 'correction',
    probes: 'equipment value corrected, cap changes nothing below it',
    turns: [
      { user: '高技能人才培训基地 教育经费买设备一百万 验收通过', expect: equip(200000) },
      { user: '打错了 是一百五十万', expect: { ...equip(300000), mustNotContain: ['200000', '20万'] } },
    ],
  },
  {
    id: 'v3d33',
    class: 'correction',
    probes: 'payroll corrected for the education fund',
    turns: [
      { user: '工资总额五百万 职工教育经费提了50万 税前能扣多少', expect: fund(400000) },
      { user: '工资总额我说错了 是一千万', expect: fund(500000) },
    ],
  },

  // ---------------------------------------------------------------- topic switches, two-part, contact
  {
    id: 'v3d34',
    class: 'topic_switch',
    probes: 'from an 以工代训 amount to the equipment ratio',
    periodEnd: true,
    turns: [
      { user: '扶贫车间招了4个贫困户 干了7个月 以工代训2个月 岗前没领', expect: ojt(1600) },
      { user: '对了 买实训设备那个补贴是按多少比例', expect: { cites: ['四(一)'], says: [/20\s*%|百分之二十|20％/], mustNotContain: ['1600'] } },
    ],
  },
  {
    id: 'v3d35',
    class: 'topic_switch',
    probes: 'apprenticeship (no figure) then the deduction limit',
    turns: [
      { user: '学徒制有补贴吗', expect: unfixed(['四(一)']) },
      { user: '那职工教育经费税前能扣多少比例', expect: { cites: ['六(二)'], says: [/8\s*[%％]|百分之八/] } },
    ],
  },
  {
    id: 'v3d36',
    class: 'topic_switch',
    probes: 'entrepreneurship training then 以工代训 per month',
    turns: [
      { user: '创业培训谁能参加', expect: { cites: ['三(八)'], noAmount: 'unfixed' } },
      { user: '换个问题 以工代训每人每月多少', expect: { cites: ['六(一)'], says: [/200/] } },
    ],
  },
  {
    id: 'v3d37',
    class: 'topic_switch',
    probes: '[two-part] [contact] longest months and where to apply',
    turns: [{ user: '以工代训最长补几个月？还有 找哪个部门申请', expect: { cites: ['六(一)'], says: [/6\s*个月|六个月/, /人社|人力资源/] } }],
  },
  {
    id: 'v3d38',
    class: 'topic_switch',
    probes: '[contact] no phone number is in the plan: none may be invented',
    turns: [
      {
        user: '以工代训补贴去哪办 有电话没 发我一个',
        expect: { says: [/人社|人力资源/], mustNotContain: [/\d{3,4}[-－\s]?\d{7,8}|\b\d{8}\b/] },
      },
    ],
  },
  {
    id: 'v3d39',
    class: 'topic_switch',
    probes: '[two-part] education fund front-line share and 师带徒',
    turns: [{ user: '职工教育经费 一线职工要占多少？能不能拿来给师傅发带徒津贴', expect: { cites: ['六(二)'], says: [/60\s*[%％]|百分之六十/] } }],
  },
  {
    id: 'v3d40',
    class: 'topic_switch',
    probes: 'from equipment amount to the training count limit of a person',
    turns: [
      { user: '技能大师工作室 教育经费买了二十万设备 验收了', expect: equip(40000) },
      { user: '另外问下 个人一年最多能领几次培训补贴', expect: { cites: ['七(二)'], says: [/3\s*次|三次/], mustNotContain: ['40000', '4万'] } },
    ],
  },

  // ---------------------------------------------------------------- person training
  {
    id: 'v3d41',
    class: 'person_training',
    probes: '[relative] a mother who is 贫困户: free training, no figure',
    turns: [{ user: '我妈是贫困户 想学个手艺 要交钱吗', expect: { cites: ['三(三)'], says: [/免费/], noAmount: 'unfixed' } }],
  },
  {
    id: 'v3d42',
    class: 'person_training',
    probes: 'three subsidies this year already',
    turns: [{ user: '我今年已经领过三回培训补贴了 还能再领吗', expect: { cites: ['七(二)'], noAmount: 'unfixed', says: [/3\s*次|三次/] } }],
  },
  {
    id: 'v3d43',
    class: 'person_training',
    probes: 'monthly pension excludes from the training subsidy scope',
    turns: [{ user: '退休了每月领养老金 还能参加补贴培训不', expect: { cites: ['六(一)'], noAmount: 'unfixed' } }],
  },
  {
    id: 'v3d44',
    class: 'person_training',
    probes: 'training subsidy amount per occupation is not in the plan',
    periodEnd: true,
    turns: [{ user: '我在郑州打工 户口不在这 考了电工证 培训补贴能领多少钱', expect: unfixedOrAsk(['七(二)']) }],
  },
  {
    id: 'v3d45',
    class: 'person_training',
    probes: '[relative] a veteran brother, facts over two turns, never a figure',
    periodEnd: true,
    turns: [
      { user: '我弟弟退伍回来了 想去学个技术 有补贴吗', expect: unfixedOrAsk(['七(二)', '三(二)', '六(一)']) },
      { user: '他在老家报的名 证也考下来了 今年一次没领过', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } } },
    ],
  },
  {
    id: 'v3d46',
    class: 'person_training',
    probes: 'same occupation and level twice',
    turns: [{ user: '同一个工種 同一個級別 能領兩次補貼嗎', expect: { cites: ['七(二)'], noAmount: 'unfixed' } }],
  },
  {
    id: 'v3d47',
    class: 'person_training',
    probes: '生活费补贴: the plan fixes no amount',
    turns: [{ user: '参加培训那段时间 有没有生活费 一天给多少', expect: { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] } }],
  },

  // ---------------------------------------------------------------- entrepreneurship
  {
    id: 'v3d48',
    class: 'entrepreneurship',
    probes: 'a shop open 3 years: eligible, no figure',
    periodEnd: true,
    turns: [{ user: '我开了个小店 开了三年 能参加创业培训不 补多少钱', expect: unfixed(['三(八)']) }],
  },
  {
    id: 'v3d49',
    class: 'entrepreneurship',
    probes: 'a shop open 7 years: the 5-year limit told',
    turns: [{ user: '店开了7年了 还能参加创业培训吗', expect: { cites: ['三(八)'], says: [/5\s*年|五年/], noAmount: 'unfixed' } }],
  },
  {
    id: 'v3d50',
    class: 'entrepreneurship',
    probes: '[relative] a niece graduated from 职校, wants to open a tea shop',
    periodEnd: true,
    turns: [{ user: '我侄女职校毕业 想自己开个奶茶店 创业培训给补贴不 多少', expect: unfixed(['三(八)']) }],
  },
  {
    id: 'v3d51',
    class: 'entrepreneurship',
    probes: 'a college student, then a figure asked; none may come',
    turns: [
      { user: '在校大学生能参加创业培训吗', expect: { cites: ['三(八)'] } },
      { user: '一个人给多少钱啊', expect: { noAmount: 'unfixed' } },
    ],
  },

  // ---------------------------------------------------------------- equipment
  {
    id: 'v3d52',
    class: 'equipment',
    probes: 'base cap 50万 over 20 %',
    turns: [{ user: '我们企业建了个高技能人才培训基地 用职工教育经费买了300万的实训设备 人社财政验收过了 能补多少', expect: equip(500000) }],
  },
  {
    id: 'v3d53',
    class: 'equipment',
    probes: 'master studio under its cap',
    turns: [{ user: '技能大师工作室 新买设备40万 教育经费出的 验收合格', expect: equip(80000) }],
  },
  {
    id: 'v3d54',
    class: 'equipment',
    probes: 'two studios, each capped on its own',
    turns: [{ user: '两个技能大师工作室 一个买了60万设备 一个买了30万 都是职工教育经费买的 都验收了', expect: equip(160000) }],
  },
  {
    id: 'v3d55',
    class: 'equipment',
    probes: 'facts over three turns; a careful reply may ask or answer at turn 2',
    turns: [
      { user: '培训基地买设备能补多少', expect: openEquip },
      { user: '高技能人才培训基地 设备一百二十万', expect: { noAmount: 'open', oneOf: [{ asks: true }, { undecided: 'equipment_subsidy' }] } },
      { user: '职工教育经费买的 验收也过了', expect: equip(240000) },
    ],
  },
  {
    id: 'v3d56',
    class: 'equipment',
    probes: 'bought with other money, not the education fund: no figure',
    turns: [{ user: '大师工作室买了50万设备 用的是银行贷款 不是职工教育经费 验收过了 能补不', expect: { status: { rule: 'equipment_subsidy', status: 'ineligible' }, mustNotContain: ['100000'] } }],
  },

  // ---------------------------------------------------------------- education fund
  {
    id: 'v3d57',
    class: 'education_fund',
    probes: 'fund under the 8 % limit',
    turns: [{ user: '年工资薪金总额2000万 教育经费提了100万 税前能扣多少', expect: fund(1000000) }],
  },
  {
    id: 'v3d58',
    class: 'education_fund',
    probes: 'method first, then figures as a bare reply',
    turns: [
      { user: '职工教育经费税前扣除怎么算', expect: { cites: ['六(二)'], says: [/8\s*[%％]|百分之八/] } },
      { user: '我们工资总额三百万 教育经费提了二十万', expect: fund(200000) },
    ],
  },
  {
    id: 'v3d59',
    class: 'education_fund',
    probes: 'not cash: the deduction is no money to collect',
    turns: [{ user: '教育经费那个8%是能直接领钱吗', expect: { cites: ['六(二)'], says: [/税前/], mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/] } }],
  },
  {
    id: 'v3d60',
    class: 'education_fund',
    probes: 'one of two figures missing: ask, no figure; a careful reply may ask or answer at turn 2',
    turns: [
      { user: '职工教育经费提了80万 能扣多少', expect: { noAmount: 'open', asks: true } },
      { user: '工资薪金一共一千二百万', expect: { oneOf: [{ asks: true, noAmount: 'open' }, fund(800000)] } },
    ],
  },

  // ---------------------------------------------------------------- apprenticeship
  {
    id: 'v3d61',
    class: 'apprenticeship',
    probes: 'per-apprentice amount: none in the plan',
    turns: [{ user: '带了12个新型学徒 一个补多少', expect: unfixed(['四(一)']) }],
  },
  {
    id: 'v3d62',
    class: 'apprenticeship',
    probes: 'standard asked twice over two turns; never a figure',
    turns: [
      { user: '公司搞企业新型学徒制 有补贴不', expect: unfixed(['四(一)']) },
      { user: '20个学徒 按人头能给多少钱', expect: { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] } },
    ],
  },
  {
    id: 'v3d63',
    class: 'apprenticeship',
    probes: 'apprentices mixed with an 以工代训 amount: only the latter has a figure',
    periodEnd: true,
    turns: [
      { user: '企业交社保 零就业家庭2个人以工代训3个月 岗前没领；另外带了8个学徒', expect: { ...ojt(1200), notVerdict: { rule: 'apprenticeship', status: 'ineligible' } } },
      { user: '学徒那块给多少', expect: { noAmount: 'unfixed' } },
    ],
  },

  // ---------------------------------------------------------------- period and dated questions
  {
    id: 'v3d64',
    class: 'period',
    probes: '"still valid?" today',
    turns: [{ user: '以工代训现在还能申请吗', expect: { mentionsPeriodEnd: true } }],
  },
  {
    id: 'v3d65',
    class: 'period',
    probes: '[dated] a 2023 date',
    turns: [{ user: '这个文件2023年还管用不', expect: { mentionsPeriodEnd: true } }],
  },
  {
    id: 'v3d66',
    class: 'period',
    probes: '[dated] a hire in 2020 (in force then), the end still told',
    periodEnd: true,
    turns: [
      {
        user: '2020年8月那会儿 合作社招了2个贫困户 干了八个月 以工代训4个月 岗前没领 当时能补多少',
        expect: { ...ojt(1600), mentionsPeriodEnd: true },
      },
    ],
  },
  {
    id: 'v3d67',
    class: 'period',
    probes: '明年 asked: the plan has ended',
    turns: [{ user: '明年还有这个职业技能提升的补贴吗', expect: { mentionsPeriodEnd: true } }],
  },
  {
    id: 'v3d68',
    class: 'period',
    probes: '[dated] 到哪年为止, traditional characters',
    turns: [{ user: '這個方案執行到哪一年為止', expect: { mentionsPeriodEnd: true, says: [/2021/] } }],
  },
  {
    id: 'v3d69',
    class: 'period',
    probes: 'amount after the turn that asks for facts, then a "still valid?" follow-up',
    periodEnd: true,
    turns: [
      { user: '企业有社保 3个残疾人 以工代训2个月 岗前没领', expect: askOr('on_job_training', 1200) },
      { user: '这个现在还有效不', expect: { mentionsPeriodEnd: true } },
    ],
  },
];
