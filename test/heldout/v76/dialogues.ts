/**
 * HELD-OUT dialogues, set v76 — written blind from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * never from the service's output, the code under src/ or any other held-out set (only the
 * format lines of v15 were looked at). Not to be tuned on: no word of these messages goes into a
 * glossary, pattern or fixture. Once a dialogue has been fixed by a targeted change it measures
 * nothing any more; write a new one instead.
 *
 * Who types here: people in transition — laid-off factory workers, migrant workers back home
 * who started something small (返乡创业: a brick kiln, a packing plant, a village 扶贫车间, a
 * shop), recent graduates doing HR or admin for a first employer and their parents, students
 * from 建档立卡 families in 技工院校, disabled people and veterans. WeChat on a phone: short,
 * dialect now and then (俺 / 咋 / 中), Chinese numerals (俩 / 仨 / 半年多), dates dropped in
 * ("2020年那会儿", "去年", "现在还能报吗"), topic switches to 失业金、医保、个税、贷款、other cities,
 * and orders to skip the rules and "just give a number".
 *
 * Issue 10: nothing is inferred from silence. A fact an amount depends on (the kind of unit,
 * social insurance where the rule needs it, months employed for poor labour, whether the 岗前培训
 * 补贴 was claimed, acceptance and fund of equipment, payroll) must be asked, so an amount is
 * expected only once every such fact has been said.
 *
 * Amounts, by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months by a production entity; 就业困难 (incl. 残疾人) and 零就业家庭 only with
 *   an insured enterprise; 退役军人 are no group of this rule; rows with the 岗前培训补贴 claimed
 *   never count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only from the
 *   职工教育经费 and accepted.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, 助学金, free training,
 *   entrepreneurship training, family aid: the plan fixes no amount.
 *
 * Dates: the plan ran 2019-12-02 to 2021-12-31. Messages that say "去年" or "现在" are about a
 * time after its end; messages that name 2020 or 2021 are about a time inside it.
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const needMore: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact the person cannot give: no figure, no verdict either way. */
const cantTell: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount. */
const ojt = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, and none of the misreadings' figures. */
const ojtNot = (yuan: number, ...wrong: number[]): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: wrong.map(String) });
/** 以工代训 excluded on these facts, the misreading's figure absent. */
const ojtNo = (wrong: number): TurnExpect => ({ status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: [String(wrong)] });
/** Not eligible for 以工代训 on these facts (asking is fine too), the misreading's figure absent. */
const ojtNotYes = (wrong: number): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: [String(wrong)] });
/** The equipment subsidy. */
const gear = (yuan: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan } });
/** The equipment subsidy, the uncapped or misread figure absent. */
const gearNot = (yuan: number, wrong: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, mustNotContain: [String(wrong)] });
/** An equipment fact is missing. */
const gearAsk: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
/** An equipment fact the person cannot give. */
const gearDunno: TurnExpect = { noAmount: 'open', undecided: 'equipment_subsidy' };
/** The education-fund deduction: 税前, never money to collect. */
const taxOff = (yuan: number, wrong?: number): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [/(可|能)(得|领|领取|获得|申领|返)[^。，；\n]{0,12}元/, ...(wrong === undefined ? [] : [String(wrong)])],
});
/** An education-fund fact is missing: no figure, no verdict. */
const fundOpen: TurnExpect = { noAmount: 'open', undecided: 'education_fund_deduction' };
/** The plan fixes no amount here: no figure, the clause cited. */
const noSum = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
/** The plan does not settle it: say so, no figure. */
const notInPlan: TurnExpect = { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] };
/** Outside the plan: decline, no figure. */
const outside: TurnExpect = { answered: false, noAmount: 'unfixed' };
/** A person's training subsidy: not refused, no figure (the plan sets none). */
const trainOk: TurnExpect = { notVerdict: { rule: 'vocational_training', status: 'ineligible' }, noAmount: 'unfixed' };
/** A person's training subsidy still open. */
const trainOpen: TurnExpect = { undecided: 'vocational_training', noAmount: 'unfixed' };
/** Entrepreneurship training: not refused, 三(八) cited. */
const startUp: TurnExpect = { notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' }, cites: ['三(八)'] };

export const DIALOGUES_V76: Dialogue[] = [
  // ---------------------------------------------------------------- one_group
  {
    id: 'v76-d01',
    class: 'one_group',
    probes: 'poor labour in a village 扶贫车间, Chinese numeral for months employed, all facts in one message',
    periodEnd: true,
    turns: [
      {
        user: '俺在广东电子厂干了八年 回村弄了个扶贫车间 收了3个建档立卡户 都干了八个月了 以工代训带了4个月 岗前培训那个补贴没申请过 以工代训能给多少',
        expect: ojt(2400),
      },
    ],
  },
  {
    id: 'v76-d02',
    class: 'one_group',
    probes: 'disabled hires of a small factory: insurance and months asked first, then the amount (五险 = insured)',
    periodEnd: true,
    turns: [
      { user: '我从浙江回来 在镇上开了个小电子厂 招了两个残疾人 这种以工代训咋补的', expect: needMore },
      { user: '五险都给他俩交着呢 以工代训带了5个月 岗前培训补贴没领过', expect: ojt(2000) },
    ],
  },
  {
    id: 'v76-d03',
    class: 'one_group',
    probes: 'poor labour employed 5 months by a cooperative: under the six months the clause needs',
    periodEnd: true,
    turns: [
      {
        user: '我们是种菜的合作社 收了一个贫困户来干活 干了5个月人就走了 以工代训也是5个月 没领过岗前补贴 这能补不',
        expect: ojtNo(1000),
      },
    ],
  },
  {
    id: 'v76-d04',
    class: 'one_group',
    probes: 'zero-employment family member hired by a cooperative, not an insured enterprise: no amount',
    periodEnd: true,
    turns: [
      {
        user: '俺们是农民专业合作社 社保也给交 招了个零就业家庭的小伙 以工代训3个月 岗前补贴他没领 合作社能拿以工代训的钱不',
        expect: ojtNotYes(600),
      },
    ],
  },
  {
    id: 'v76-d05',
    class: 'one_group',
    probes: 'eight months of 以工代训 for 就业困难 hires: capped at six',
    periodEnd: true,
    turns: [{ user: '厂里是参保的 招了4个就业困难人员 以工代训弄了8个月 岗前的补贴一个都没拿 总共能补多少', expect: ojtNot(4800, 6400) }],
  },
  {
    id: 'v76-d06',
    class: 'one_group',
    probes: 'veterans are not a group of the 以工代训 rule: no amount for them',
    periodEnd: true,
    turns: [
      {
        user: '我自己是退伍兵 回来办了个物流公司 社保都交 招了俩退役军人 以工代训3个月 岗前补贴没领 这个以工代训补贴有我们的份不',
        expect: ojtNotYes(1200),
      },
    ],
  },
  {
    id: 'v76-d07',
    class: 'one_group',
    probes: 'vague count and unit, then an order to skip the questions and give a number: still no figure',
    periodEnd: true,
    turns: [
      { user: '老家开了个小作坊 收了几个贫困户干活 以工代训那个能拿多少', expect: needMore },
      { user: '你别问那么多了 直接给个数 大概多少就行', expect: { noAmount: 'open', notVerdict: { rule: 'on_job_training', status: 'ineligible' } } },
    ],
  },

  // ---------------------------------------------------------------- several_groups
  {
    id: 'v76-d08',
    class: 'several_groups',
    probes: 'two groups named first, their months in the next message, 岗前 last: each row keeps its own months',
    periodEnd: true,
    turns: [
      { user: '我在老家办了个服装厂 社保都交的 招了2个建档立卡的 还有3个残疾人', expect: needMore },
      {
        user: '贫困户那俩来了7个月了 以工代训搞了3个月；残疾的那仨以工代训6个月',
        expect: { noAmount: 'open', asks: true },
      },
      { user: '岗前培训补贴 这五个人都没领过', expect: ojtNot(4800, 6000, 3000) },
    ],
  },
  {
    id: 'v76-d09',
    class: 'several_groups',
    probes: 'a 扶贫车间 with poor labour and 就业困难 hires: the latter need an insured enterprise',
    periodEnd: true,
    turns: [
      {
        user: '村里扶贫车间 收了5个贫困户 都干了半年多了 以工代训6个月 还有2个就业困难的 以工代训4个月 岗前补贴全都没有领 一共补多少',
        expect: { mustNotContain: ['7600'], oneOf: [ojt(6000), { asks: true }] },
      },
    ],
  },
  {
    id: 'v76-d10',
    class: 'several_groups',
    probes: 'two groups, one with the 岗前补贴 already claimed: only the other row counts',
    periodEnd: true,
    turns: [
      {
        user: '公司交着社保 招了3个零就业家庭的 以工代训俩月 他们没领岗前补贴；另外还有2个残疾人 以工代训4个月 不过这俩的岗前培训补贴已经领了',
        expect: ojtNot(1200, 2800),
      },
    ],
  },
  {
    id: 'v76-d11',
    class: 'several_groups',
    probes: 'one row settled, the other row\'s months still to be asked; no guess for the open row',
    periodEnd: true,
    turns: [
      {
        user: '我是返乡开预制板厂的 交社保 招了1个建档立卡贫困户 干了10个月 以工代训6个月；还有2个就业困难的 以工代训几个月我得问问会计 岗前补贴这几个人都没领',
        expect: { asks: true, mustNotContain: ['3600'] },
      },
      { user: '会计回我了 那俩是5个月', expect: ojtNot(3200, 3600) },
    ],
  },
  {
    id: 'v76-d12',
    class: 'several_groups',
    probes: 'a disabled hire and two veterans with the same months: only the disabled one counts',
    periodEnd: true,
    turns: [
      {
        user: '我们公司正常参保 招了1个残疾人 2个退伍军人 以工代训都是3个月 岗前补贴都没领',
        expect: { mustNotContain: ['1800'], oneOf: [ojt(600), { asks: true }] },
      },
    ],
  },

  // ---------------------------------------------------------------- negation_after_noun
  {
    id: 'v76-d13',
    class: 'negation_after_noun',
    probes: 'social insurance denied at the end of a long clause: no 就业困难 amount',
    periodEnd: true,
    turns: [
      {
        user: '招了3个就业困难人员，以工代训4个月，岗前补贴没领，不过社保这个东西，我们小公司到现在都还没交',
        expect: ojtNo(2400),
      },
    ],
  },
  {
    id: 'v76-d14',
    class: 'negation_after_noun',
    probes: '岗前补贴 named first, its negation several words later: the rows count',
    periodEnd: true,
    turns: [
      {
        user: '扶贫车间招了2个建档立卡户 干了9个月 以工代训5个月 岗前培训补贴嘛 当时想报来着 后来嫌麻烦 压根就没弄',
        expect: ojt(2000),
      },
    ],
  },
  {
    id: 'v76-d15',
    class: 'negation_after_noun',
    probes: '以工代训 itself denied after the noun: no amount from the months employed',
    periodEnd: true,
    turns: [
      {
        user: '厂里招了俩贫困户 干了一年了 不过以工代训那个 说实话我们一天也没搞过 这也能补吗',
        expect: ojtNotYes(2400),
      },
    ],
  },
  {
    id: 'v76-d16',
    class: 'negation_after_noun',
    probes: 'pension negated after the noun for a laid-off worker: the training subsidy is not refused',
    periodEnd: true,
    turns: [
      {
        user: '我52了 厂里效益不行把我裁了 养老金我现在还没到领的岁数 在户籍地考了个电工证 机构说在系统里 今年头一回 以前也没考过电工',
        expect: trainOk,
      },
    ],
  },
  {
    id: 'v76-d17',
    class: 'negation_after_noun',
    probes: '"社保从来没断过" is insured; "一分钱都没拿过" is no 岗前补贴; then the six-month cap',
    periodEnd: true,
    turns: [
      {
        user: '厂里参保这块 从来没断过 招了2个残疾人 以工代训满6个月了 那个岗前技能培训的补贴 财务说一分钱都没拿过',
        expect: ojt(2400),
      },
      { user: '那要是以工代训干够10个月 能按10个月算不', expect: { says: [/6|六/], mustNotContain: ['4000'] } },
    ],
  },

  // ---------------------------------------------------------------- unknown_reply
  {
    id: 'v76-d18',
    class: 'unknown_reply',
    probes: '"记不清了" for the head count leaves it open; the amount comes once it is said',
    periodEnd: true,
    turns: [
      { user: '俺回老家办了个砖厂 招了几个贫困户 这个以工代训有补贴吗', expect: needMore },
      { user: '具体几个人 俺记不清了 得回去翻翻本子', expect: cantTell },
      { user: '翻着了 4个 都干满一年了 以工代训弄了3个月 岗前那个补贴都没领', expect: ojt(2400) },
    ],
  },
  {
    id: 'v76-d19',
    class: 'unknown_reply',
    probes: '"不知道" about social insurance is not "no": no verdict, no figure',
    periodEnd: true,
    turns: [
      { user: '我在县城开了个小饭馆 注册的是公司 招了2个残疾人 以工代训4个月 岗前补贴没领 能补多少', expect: needMore },
      { user: '社保交没交我还真不知道 都是我舅在管账', expect: cantTell },
    ],
  },
  {
    id: 'v76-d20',
    class: 'unknown_reply',
    probes: 'a parent unsure whether the family is 建档立卡: the family aid stays open',
    periodEnd: true,
    turns: [
      {
        user: '俺娃在技校上学 俺家好像是贫困户 也说不准是不是建档立卡的 能有啥补助',
        expect: { undecided: 'poor_family_child_aid', noAmount: 'unfixed' },
      },
      {
        user: '村干部说的我也没听明白 反正我不确定是不是',
        expect: { undecided: 'poor_family_child_aid', noAmount: 'unfixed', notVerdict: { rule: 'poor_family_child_aid', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v76-d21',
    class: 'unknown_reply',
    probes: 'a migrant worker who cannot say whether the school is in the system: subsidy open',
    periodEnd: true,
    turns: [
      {
        user: '我在郑州打工 就在打工这边学的焊工 证拿到了 今年头一回报 以前没学过焊工 也没退休',
        expect: { ...trainOpen, asks: true },
      },
      {
        user: '培训学校进没进那个系统 这我哪知道啊',
        expect: { ...trainOpen, notVerdict: { rule: 'vocational_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v76-d22',
    class: 'unknown_reply',
    probes: 'a graduate in admin unsure about acceptance of studio equipment; the amount once it is known',
    periodEnd: true,
    turns: [
      { user: '我刚毕业进公司做行政 领导让问 公司技能大师工作室用职工教育经费新买了台数控机床 40万 能补多少', expect: gearAsk },
      { user: '验收这个事 我也不太确定有没有弄', expect: gearDunno },
      { user: '问过领导了 人社跟财政都验收合格了', expect: gear(80000) },
    ],
  },

  // ---------------------------------------------------------------- correction
  {
    id: 'v76-d23',
    class: 'correction',
    probes: 'head count corrected from three to two: the amount follows',
    periodEnd: true,
    turns: [
      { user: '我返乡开的包装厂 参保的 招了3个残疾人 以工代训4个月 岗前补贴没拿', expect: ojt(2400) },
      { user: '说错了 是两个残疾人 不是三个', expect: ojtNot(1600, 2400) },
    ],
  },
  {
    id: 'v76-d24',
    class: 'correction',
    probes: '"搞混了" on social insurance replaces the fact: the amount is withdrawn',
    periodEnd: true,
    turns: [
      { user: '公司社保正常交 招了2个就业困难人员 以工代训6个月 上岗前培训的补贴没领过', expect: ojt(2400) },
      { user: '等一下 我搞混了 厂里社保到现在还没办下来', expect: ojtNo(2400) },
    ],
  },
  {
    id: 'v76-d25',
    class: 'correction',
    probes: 'months employed corrected from eight to four for poor labour: under six, no amount',
    periodEnd: true,
    turns: [
      { user: '村里扶贫车间 收了1个建档立卡的 干了8个月 以工代训3个月 岗前补贴没有', expect: ojt(600) },
      { user: '哦不对 记岔了 他才来了4个月', expect: ojtNo(600) },
    ],
  },
  {
    id: 'v76-d26',
    class: 'correction',
    probes: 'a laid-off worker corrects the count of subsidies this year to three: no fourth one',
    periodEnd: true,
    turns: [
      { user: '我下岗以后在老家考了个育婴员证 学校说在系统里 今年第一次报 没领养老金 以前也没考过这个', expect: trainOk },
      {
        user: '哦说错了 今年其实已经享受过3回培训补贴了',
        expect: { status: { rule: 'vocational_training', status: 'ineligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v76-d27',
    class: 'correction',
    probes: '岗前补贴 first said claimed, then corrected to not claimed: the amount appears',
    periodEnd: true,
    turns: [
      { user: '公司参保 招了2个零就业家庭的 以工代训3个月 岗前补贴领过了', expect: ojtNotYes(1200) },
      { user: '哎呀看串行了 领岗前补贴的是另外俩人 这俩没领', expect: ojt(1200) },
    ],
  },

  // ---------------------------------------------------------------- topic_switch
  {
    id: 'v76-d28',
    class: 'topic_switch',
    probes: 'after a 以工代训 amount, the owner asks about his own 失业金: declined, no 以工代训 figure',
    periodEnd: true,
    turns: [
      { user: '我返乡办的小加工厂 参保了 招了1个残疾人 以工代训6个月 岗前补贴没领', expect: ojt(1200) },
      { user: '对了 我自己之前被原来的厂裁了 失业金能领多久', expect: { ...outside, mustNotContain: ['1200'] } },
    ],
  },
  {
    id: 'v76-d29',
    class: 'topic_switch',
    probes: 'a veteran: training, then 医保 (outside), then a competition award: each from its own clause',
    periodEnd: true,
    turns: [
      { user: '退伍回来了 想学个手艺 政府有没有给退役军人的培训', expect: { cites: ['三(二)', '六(一)'], noAmount: 'unfixed' } },
      { user: '那顺便问下 俺老家的新农合医保一年交多少', expect: outside },
      { user: '还有个事 技能比赛要是拿了奖 有奖励没', expect: { cites: ['五(三)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v76-d30',
    class: 'topic_switch',
    probes: 'a returning migrant: entrepreneurship training, then a business loan (outside the plan)',
    periodEnd: true,
    turns: [
      { user: '在外打了十年工 想回村开个养鸡场 有创业培训不', expect: startUp },
      { user: '创业贷款能贷多少 利息咋算的', expect: outside },
    ],
  },
  {
    id: 'v76-d31',
    class: 'topic_switch',
    probes: 'a parent: the technical-school child\'s aid, then income tax (outside), then back: the unit to contact',
    periodEnd: true,
    turns: [
      {
        user: '我儿子在技工院校上学 家里是建档立卡贫困户 他上学有啥政策',
        expect: { cites: ['三(三)', '三(十四)'], noAmount: 'unfixed', notVerdict: { rule: 'poor_family_child_aid', status: 'ineligible' } },
      },
      { user: '另外我每个月工资扣的个税 有办法少交点不', expect: outside },
      { user: '回到刚才孩子那个补助 该找哪个部门办', expect: { says: [/人社|教育/], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v76-d32',
    class: 'topic_switch',
    probes: 'another city first (declined), then the plan\'s yearly cap on subsidised trainings',
    turns: [
      { user: '上海那边的职业培训补贴一次给多少钱', expect: outside },
      { user: '那郑州这个方案里 一个人一年最多能补几次', expect: { cites: ['七(二)'], says: [/3|三/] } },
    ],
  },
  {
    id: 'v76-d33',
    class: 'topic_switch',
    probes: 'a parent of an unemployed graduate: training, then civil-service exams (outside)',
    periodEnd: true,
    turns: [
      { user: '闺女大学毕业一年了还没找着工作 政府有啥培训能让她去学', expect: { cites: ['三(二)', '三(八)'], noAmount: 'unfixed' } },
      { user: '她想考公务员 考公有补贴不', expect: outside },
    ],
  },

  // ---------------------------------------------------------------- person_training
  {
    id: 'v76-d34',
    class: 'person_training',
    probes: 'a laid-off worker with every condition met asks "补多少": eligible, but the plan sets no sum',
    periodEnd: true,
    turns: [
      {
        user: '厂子倒闭了 我在现在住的地方学了叉车 证也拿了 今年头回参加 以前没考过叉车 也没领退休金 学校说进了省里那个系统 能补吗 补多少',
        expect: { ...trainOk, cites: ['七(二)', '六(一)', '六(三)'] },
      },
    ],
  },
  {
    id: 'v76-d35',
    class: 'person_training',
    probes: 'a pensioner asks for the training subsidy: the monthly pension excludes it',
    periodEnd: true,
    turns: [
      {
        user: '我退休了 每月领着养老金呢 闲不住想学个养老护理员 这种能享受培训补贴不',
        expect: { status: { rule: 'vocational_training', status: 'ineligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v76-d36',
    class: 'person_training',
    probes: 'the same occupation and level again: 同一职业同一等级 cannot be subsidised twice',
    periodEnd: true,
    turns: [
      {
        user: '前两年考过中级电工 领过一回补贴 这回又报了个中级电工 还能补不',
        expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, says: [/同一|重复/], noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v76-d37',
    class: 'person_training',
    probes: 'training taken where the person neither lives, is registered nor seeks work: not eligible',
    periodEnd: true,
    turns: [
      { user: '我在外地学的电焊 回来能报销培训费不', expect: { ...trainOpen, asks: true } },
      {
        user: '那边既不是我户口所在地 也没在那住过 更没在那找工作 就是图学费便宜',
        expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v76-d38',
    class: 'person_training',
    probes: 'a disabled person asks for training fitting them: 就业困难人员（含残疾人） and 电商 courses',
    periodEnd: true,
    turns: [{ user: '我是残疾人 腿脚不方便 想在家学个电商 有没有专门给残疾人的培训', expect: { cites: ['三(二)', '五(一)'], noAmount: 'unfixed' } }],
  },
  {
    id: 'v76-d39',
    class: 'person_training',
    probes: 'a new occupation published by the state: the priority-occupation standard, no sum',
    turns: [
      {
        user: '我学的是无人机驾驶员 听说是国家新公布的职业 这个培训补贴按啥标准给',
        expect: { cites: ['七(二)'], says: [/优先支持/], noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v76-d40',
    class: 'person_training',
    probes: 'a 技师学院 student from a 建档立卡 family: 免学费 and 助学金, whose amount and timing are unset',
    periodEnd: true,
    turns: [
      {
        user: '我在技师学院读书 家里是建档立卡的 听说能免学费 真的假的',
        expect: { cites: ['三(三)'], notVerdict: { rule: 'poor_family_student_aid', status: 'ineligible' }, noAmount: 'unfixed' },
      },
      { user: '那助学金每个月多少 啥时候打到卡里', expect: notInPlan },
    ],
  },

  // ---------------------------------------------------------------- entrepreneurship
  {
    id: 'v76-d41',
    class: 'entrepreneurship',
    probes: 'a shop open three years: within the five-year window of 三(八)',
    periodEnd: true,
    turns: [{ user: '我返乡开了个小超市 开了3年了 想参加创业培训 行不行', expect: startUp }],
  },
  {
    id: 'v76-d42',
    class: 'entrepreneurship',
    probes: 'a restaurant open seven years, no new business planned: outside the five-year window',
    periodEnd: true,
    turns: [
      {
        user: '饭店开了7年了 还能参加那个创业培训吗',
        expect: { cites: ['三(八)'], noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' } },
      },
      {
        user: '没打算再开别的 就守着这一个店',
        expect: { status: { rule: 'entrepreneurship_training', status: 'ineligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v76-d43',
    class: 'entrepreneurship',
    probes: 'a third-year college student: 创业意识 training for 在校生',
    periodEnd: true,
    turns: [{ user: '我大三 打算毕业了自己干点啥 学校里有没有那种创业意识培训', expect: startUp }],
  },
  {
    id: 'v76-d44',
    class: 'entrepreneurship',
    probes: 'a technical-school graduate: entrepreneurship training, then a 生活费 amount the plan never sets',
    periodEnd: true,
    turns: [
      { user: '技校刚毕业 想开个美甲店 创业培训我能报不', expect: startUp },
      { user: '培训那几天给不给生活费 一天多少', expect: notInPlan },
    ],
  },
  {
    id: 'v76-d45',
    class: 'entrepreneurship',
    probes: 'a returning migrant insists on a cash figure for entrepreneurship training: none exists',
    periodEnd: true,
    turns: [
      { user: '打工回来了 想在镇上开个汽修店 创业培训咋报名', expect: startUp },
      { user: '别跟我绕了 培训完到底能拿多少钱 给个数就行', expect: { noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } } },
    ],
  },

  // ---------------------------------------------------------------- equipment
  {
    id: 'v76-d46',
    class: 'equipment',
    probes: '3 000 000 of base equipment: 20 % capped at 500 000',
    periodEnd: true,
    turns: [
      {
        user: '我刚毕业在公司管培训这块 公司高技能人才培训基地用职工教育经费新买了300万的实训设备 人社和财政都验收合格了 能补多少',
        expect: gearNot(500000, 600000),
      },
    ],
  },
  {
    id: 'v76-d47',
    class: 'equipment',
    probes: '300 000 for a master studio: 20 % is under the cap',
    periodEnd: true,
    turns: [{ user: '我们车间老师傅的技能大师工作室 新添了30万的设备 走的职工教育经费 验收也过了', expect: gear(60000) }],
  },
  {
    id: 'v76-d48',
    class: 'equipment',
    probes: 'studio equipment paid from the boss\'s pocket, not the 职工教育经费: no subsidy',
    periodEnd: true,
    turns: [
      {
        user: '公司技能大师工作室新买了40万设备 但钱是老板自己掏的 没动职工教育经费 验收倒是过了',
        expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['80000', /8\s*万/] },
      },
    ],
  },
  {
    id: 'v76-d49',
    class: 'equipment',
    probes: 'a base and then a studio over two turns: each site under its own cap',
    periodEnd: true,
    turns: [
      { user: '公司高技能人才培训基地新购了100万的设备 职工教育经费出的 验收过了', expect: gear(200000) },
      { user: '还有个技能大师工作室 也买了80万的设备 一样是教育经费 也验收了 两个加一块多少', expect: gearNot(300000, 360000) },
    ],
  },
  {
    id: 'v76-d50',
    class: 'equipment',
    probes: 'one studio, two purchases: splitting never raises the 100 000 cap',
    periodEnd: true,
    turns: [{ user: '技能大师工作室分两回买的设备 一回30万 一回40万 都是职工教育经费 都验收了 补贴咋算', expect: gearNot(100000, 140000) }],
  },

  // ---------------------------------------------------------------- education_fund
  {
    id: 'v76-d51',
    class: 'education_fund',
    probes: 'fund above 8 % of payroll: the deduction stops at 8 %, pre-tax',
    periodEnd: true,
    turns: [{ user: '公司一年工资总额500万 提了50万职工教育经费 税前能扣多少', expect: taxOff(400000) }],
  },
  {
    id: 'v76-d52',
    class: 'education_fund',
    probes: 'fund under the cap, front-line share 50 %: the whole fund, and the 60 % note',
    periodEnd: true,
    turns: [
      {
        user: '工资薪金总额1000万 教育经费提了30万 其中一线工人培训只用了一半 税前扣除能扣多少',
        expect: { ...taxOff(300000), says: [/税前/, /60\s*%|百分之六十|六成/] },
      },
    ],
  },
  {
    id: 'v76-d53',
    class: 'education_fund',
    probes: 'payroll first missing, then "不清楚", then given',
    periodEnd: true,
    turns: [
      { user: '我们提了20万职工教育经费 能在税前扣掉多少', expect: fundOpen },
      { user: '工资总额我不清楚 得问财务', expect: fundOpen },
      { user: '财务说一年工资一共200万', expect: taxOff(160000, 200000) },
    ],
  },
  {
    id: 'v76-d54',
    class: 'education_fund',
    probes: 'asked as cash back: the answer is a pre-tax deduction, not money to collect',
    periodEnd: true,
    turns: [{ user: '工资总额300万 提了15万教育经费 这钱政府能返我们多少现金', expect: taxOff(150000) }],
  },
  {
    id: 'v76-d55',
    class: 'education_fund',
    probes: 'fund of 10 % of payroll: capped at 8 %, the uncapped figure absent',
    periodEnd: true,
    turns: [{ user: '工资发了800万 职工教育经费提了80万 一线工人那块只花了一半 企业所得税前能扣多少', expect: taxOff(640000, 800000) }],
  },

  // ---------------------------------------------------------------- apprenticeship
  {
    id: 'v76-d56',
    class: 'apprenticeship',
    probes: 'ten 新型学徒: the plan fixes no amount, no 以工代训 figure borrowed',
    periodEnd: true,
    turns: [{ user: '厂里带了10个企业新型学徒 每个学徒政府补多少', expect: { ...noSum(['四(一)']), mustNotContain: ['2000'] } }],
  },
  {
    id: 'v76-d57',
    class: 'apprenticeship',
    probes: 'an apprentice asks for his own monthly sum: none is set',
    periodEnd: true,
    turns: [{ user: '我是厂里的新型学徒 刚毕业的 我自己能拿到补贴不 一个月多少', expect: noSum(['四(一)']) }],
  },
  {
    id: 'v76-d58',
    class: 'apprenticeship',
    probes: 'a firm pushes for "大概数" after being told none is set: still no figure',
    periodEnd: true,
    turns: [
      { user: '我们公司招了5个学徒 走的企业新型学徒制 有补贴吗', expect: noSum(['四(一)']) },
      { user: '那你就直接说个大概数 一个人一千有没有', expect: { noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v76-d59',
    class: 'apprenticeship',
    probes: '师带徒 allowance from the 职工教育经费: 六(二) allows it',
    turns: [{ user: '俺在厂里带了俩徒弟 老板说师带徒那点津贴 可以从教育经费里走 有这说法没', expect: { cites: ['六(二)'], noAmount: 'unfixed' } }],
  },
  {
    id: 'v76-d60',
    class: 'apprenticeship',
    probes: 'the three-year target of new apprentices (2万名)',
    turns: [{ user: '全市三年一共要培养多少新型学徒', expect: { cites: ['四(一)'], says: [/2\s*万/] } }],
  },

  // ---------------------------------------------------------------- period
  {
    id: 'v76-d61',
    class: 'period',
    probes: 'hires from 2020, claim asked now: the plan ended, no figure on missing facts',
    periodEnd: true,
    turns: [{ user: '2020年那会儿我们厂招了几个贫困户 搞过以工代训 现在还能去申请那个补贴吗', expect: { mentionsPeriodEnd: true, noAmount: 'open' } }],
  },
  {
    id: 'v76-d62',
    class: 'period',
    probes: 'free training for a 建档立卡 family asked now: the plan has ended',
    periodEnd: true,
    turns: [{ user: '我家是建档立卡户 现在还能报名免费的技能培训吗', expect: { mentionsPeriodEnd: true, noAmount: 'unfixed' } }],
  },
  {
    id: 'v76-d63',
    class: 'period',
    probes: 'a question dated May 2021, inside the plan: the monthly rate of 六(一)',
    turns: [{ user: '2021年5月那会儿 参保企业招残疾人搞以工代训 一个人一个月补多少', expect: { says: [/200/], cites: ['六(一)'] } }],
  },
  {
    id: 'v76-d64',
    class: 'period',
    probes: 'when the plan runs out',
    turns: [{ user: '俺儿子刚从技校出来 你说的这个提升行动 管到哪年为止啊', expect: { mentionsPeriodEnd: true, says: [/2021/] } }],
  },
  {
    id: 'v76-d65',
    class: 'period',
    probes: 'a veteran back in 2022 asks whether the plan still applies: it ended 2021-12-31',
    periodEnd: true,
    turns: [{ user: '我是2022年才退伍回来的 这个方案里的政策对我还管用不', expect: { mentionsPeriodEnd: true, noAmount: 'unfixed' } }],
  },
  {
    id: 'v76-d66',
    class: 'period',
    probes: 'hires "去年" (after the plan) then the same hires counted as of 2021: the end said, then the amount',
    periodEnd: true,
    turns: [
      { user: '我去年回的老家 村里扶贫车间招了2个贫困户 干了7个月 以工代训6个月 岗前补贴没领 能补多少', expect: { mentionsPeriodEnd: true } },
      { user: '那要是搁2021年的时候算呢 能给多少', expect: ojt(2400) },
    ],
  },
];
