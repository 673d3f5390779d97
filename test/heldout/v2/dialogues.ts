/**
 * HELD-OUT dialogues, set v2 — written on 2026-11-30, before any change it is meant to measure,
 * from the policy text (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md,
 * api.md) only: never from the service's output, the code, or the dev sets under test/core/. The
 * messages are new (none reused or paraphrased from set v1). Do not tune on them: no word of these
 * messages goes into a glossary, pattern or fixture. When one is fixed by a targeted change, it no
 * longer measures anything; write a new one instead.
 *
 * Messages are typed the way people type on WeChat on a phone: short, colloquial, homophones
 * (一工代训, 港前, 贫困护), odd spacing and punctuation, Chinese numerals, some traditional
 * characters, everyday words (贫困户, 当兵回来的, 厂子, 老板, 学徒, 买设备) instead of the plan's.
 *
 * Amounts, by hand from the contract (checked against 六(一), 四(一), 六(二) of the text):
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) over qualifying hire rows, each row
 *   on its own months; poor labour only when employed ≥ 6 months by a production entity (企业,
 *   合作社, 扶贫车间, 培训机构; not a 职业院校); 就业困难 (incl. 残疾人, 三(二)) and 零就业家庭 only by
 *   an insured enterprise; rows whose 岗前培训补贴 was claimed never count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 for a 高技能人才培训基地 / 100 000 for a
 *   技能大师工作室); only bought from the 职工教育经费 and accepted by 人社 and 财政.
 * - Education fund (六(二)): a pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Apprenticeship, 职业培训补贴 per person, 生活费补贴, free training, entrepreneurship training:
 *   the plan fixes no amount, so no figure may be stated.
 *
 * Tags in `probes` ([two-part], [contact], [dated]) mark the issue-10 classes that cut across
 * the dialogue classes.
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is still open: ask, state no figure, and do not call it 不符合. */
const openOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount (rule on_job_training), stated and in the results. */
const ojt = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The equipment subsidy amount. */
const equip = (yuan: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan } });
/** The education-fund deduction: the figure, said to be 税前扣除, never "可领 … 元". */
const fund = (yuan: number): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/],
});

export const DIALOGUES_V2: Dialogue[] = [
  // ---------------------------------------------------------------- one group of hires
  {
    id: 'v2d01',
    class: 'one_group',
    probes: 'traditional characters, 快一年 as employed ≥ 6 months',
    periodEnd: true,
    turns: [{ user: '老闆讓我問下 廠裡招了兩個貧困戶 乾了快一年了 以工代訓做了4個月 崗前補貼沒領過 能補多少', expect: ojt(1600) }],
  },
  {
    id: 'v2d02',
    class: 'one_group',
    probes: 'facts over three turns; asks until 以工代训 months and 岗前 are known',
    periodEnd: true,
    turns: [
      { user: '我们扶贫车间收了五个贫困户，有补贴没', expect: openOJT },
      { user: '都上班九个月了', expect: openOJT },
      { user: '以工代训搞了3个月  岗前的没领', expect: ojt(3000) },
    ],
  },
  {
    id: 'v2d03',
    class: 'one_group',
    probes: 'homophones 贫困护 / 一工代训 / 港前: read them, or ask — never a wrong figure',
    periodEnd: true,
    turns: [
      {
        user: '公司招了3个贫困护 上了7个月班 一工代训6个月 港前补贴没领',
        expect: { oneOf: [ojt(3600), openOJT] },
      },
    ],
  },
  {
    id: 'v2d04',
    class: 'one_group',
    probes: 'Chinese numerals above ten (十二) and 半年多',
    periodEnd: true,
    turns: [{ user: '十二个贫困户 在我们公司干了半年多 以工代训六个月 岗前培训补贴没申请', expect: ojt(14400) }],
  },
  {
    id: 'v2d05',
    class: 'one_group',
    probes: 'poor labour employed exactly 6 months at a 合作社 qualifies; 木有 = 没有',
    periodEnd: true,
    turns: [{ user: '合作社吸纳了1个建档立卡户 刚好满6个月 以工代训2个月 岗前补贴木有领', expect: ojt(400) }],
  },
  {
    id: 'v2d06',
    class: 'one_group',
    probes: 'zero-employment family at an insured logistics company; "其中以工代训搞了两个月"',
    periodEnd: true,
    turns: [{ user: '我们是做物流的公司 参保的 去年招了4个零就业家庭的 一直干到现在11个月 其中以工代训搞了两个月 岗前没报过', expect: ojt(1600) }],
  },
  {
    id: 'v2d07',
    class: 'one_group',
    probes: 'kind of employer not said for disabled hires: ask, then compute once it is a company',
    periodEnd: true,
    turns: [
      { user: '招了2个残疾人 干了3个月 以工代训3个月 岗前没领 社保一直交着', expect: { ...openOJT, undecided: 'on_job_training' } },
      { user: '我们是个小公司', expect: ojt(1200) },
    ],
  },

  // ---------------------------------------------------------------- several groups, own counts and months
  {
    id: 'v2d08',
    class: 'several_groups',
    probes: 'two groups with their own months in brackets; no bleeding (5000 / 2000)',
    periodEnd: true,
    turns: [
      {
        user: '公司 社保有交 招了贫困户4个(干9个月 以工代训5个月) 残疾人1个(干了4个月 以工代训2个月) 岗前补贴都没领',
        expect: { ...ojt(4400), mustNotContain: ['5000', '2000'] },
      },
    ],
  },
  {
    id: 'v2d09',
    class: 'several_groups',
    probes: 'a 扶贫车间 is no enterprise: its zero-employment hire does not count, the poor-labour hires do',
    periodEnd: true,
    turns: [
      {
        user: '扶贫车间 交着社保 建档立卡的两个 干七个月 以工代训六个月 零就业家庭的一个 干了五个月 以工代训四个月 岗前补贴都没领',
        expect: { ...ojt(2400), mustNotContain: ['3200'] },
      },
    ],
  },
  {
    id: 'v2d10',
    class: 'several_groups',
    probes: 'three groups separated by ；, one row capped at 6 months',
    periodEnd: true,
    turns: [
      {
        user: '厂里交社保；贫困户一个 干了一年 以工代训8个月；残疾的两个 干了3个月 以工代训3个月；零就业家庭一个 干两个月 以工代训1个月；岗前补贴一个都没领',
        expect: { ...ojt(2600), mustNotContain: ['4800', '2400'] },
      },
    ],
  },
  {
    id: 'v2d11',
    class: 'several_groups',
    probes: '岗前 claimed for one group only: that group drops out, the other stays',
    periodEnd: true,
    turns: [
      {
        user: '公司交社保 残疾人招了3个 干6个月 以工代训4个月 岗前补贴没领；贫困户2个 干了8个月 以工代训6个月 贫困户那俩的岗前培训补贴已经拿过了',
        expect: { ...ojt(2400), mustNotContain: ['4800'] },
      },
    ],
  },
  {
    id: 'v2d12',
    class: 'several_groups',
    probes: 'poor labour under 6 months drops out; the zero-employment hire keeps its own 4 months',
    periodEnd: true,
    turns: [
      {
        user: '我们公司有交社保 贫困户招了4个 才干了5个月 以工代训3个月 零就业家庭的招了1个 干了5个月 以工代训4个月 岗前都没领',
        expect: { ...ojt(800), mustNotContain: ['3200', '2400'] },
      },
    ],
  },
  {
    id: 'v2d13',
    class: 'several_groups',
    probes: 'uninsured company: poor labour counts, disabled hires do not',
    periodEnd: true,
    turns: [
      {
        user: '公司刚注册 社保户还没开 招了贫困户3个干了六个月 以工代训3个月，还有2个残疾人 干了3个月 以工代训3个月，岗前都没领',
        expect: { ...ojt(1800), mustNotContain: ['3000'] },
      },
    ],
  },
  {
    id: 'v2d14',
    class: 'several_groups',
    probes: 'groups named first, counts and months next, insurance and 岗前 last; each row on its own months',
    periodEnd: true,
    turns: [
      { user: '年初厂子进了一批零就业家庭的 还有几个建档立卡的 咋补', expect: openOJT },
      { user: '建档立卡的3个 干了10个月 以工代训4个月；零就业家庭的1个 干了6个月 以工代训6个月', expect: openOJT },
      { user: '社保一直按时交 两拨人的岗前补贴都没碰过', expect: { ...ojt(3600), mustNotContain: ['3200', '4800'] } },
    ],
  },

  // ---------------------------------------------------------------- negation anywhere
  {
    id: 'v2d15',
    class: 'negation_after_noun',
    probes: '"岗前培训补贴 我们到现在也没去申请过": words between noun and negation, not claimed',
    periodEnd: true,
    turns: [{ user: '公司招了三个贫困户 干了八个月 以工代训四个月 岗前培训补贴 我们到现在也没去申请过', expect: ojt(2400) }],
  },
  {
    id: 'v2d16',
    class: 'negation_after_noun',
    probes: '"社保这块说实话一直没给交" → not insured → disabled hires do not qualify',
    turns: [
      {
        user: '厂里招了两个残疾人 干了5个月 以工代训5个月 岗前补贴没领 社保这块说实话一直没给交',
        expect: { status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: ['2000'] },
      },
    ],
  },
  {
    id: 'v2d17',
    class: 'negation_after_noun',
    probes: 'double negation "社保不是没交" = insured',
    periodEnd: true,
    turns: [{ user: '公司招了1个零就业家庭的 干了4个月 以工代训4个月 岗前没领 社保不是没交哈 交着的', expect: ojt(800) }],
  },
  {
    id: 'v2d18',
    class: 'negation_after_noun',
    probes: 'negation before the noun with words between: "没给这几个人申请过岗前培训的补贴"',
    periodEnd: true,
    turns: [{ user: '扶贫车间 招了4个贫困户 干满7个月了 以工代训5个月 没给这几个人申请过岗前培训的补贴', expect: ojt(4000) }],
  },
  {
    id: 'v2d19',
    class: 'negation_after_noun',
    probes: 'negated groups ("都不是贫困户 也不是残疾人"): no qualifying hire, no amount',
    turns: [
      {
        user: '公司招的3个人 都不是贫困户 也不是残疾人 就是普通工人 干了半年 以工代训6个月 能补吗',
        expect: { notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: ['3600'] },
      },
    ],
  },
  {
    id: 'v2d20',
    class: 'negation_after_noun',
    probes: '"岗前补贴嘛 领是领了" is claimed, not a negation',
    turns: [
      {
        user: '公司 招了2个贫困户 干了10个月 以工代训6个月 岗前补贴嘛 领是领了',
        expect: { status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: ['2400'] },
      },
    ],
  },
  {
    id: 'v2d21',
    class: 'negation_after_noun',
    probes: 'equipment "不是拿职工教育经费买的": no subsidy figure',
    turns: [
      {
        user: '公司高技能人才培训基地新买了100万的设备 验收合格了 不过设备不是拿职工教育经费买的 是老板自己掏的钱',
        expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['200000', '20万'] },
      },
    ],
  },
  {
    id: 'v2d22',
    class: 'negation_after_noun',
    probes: 'person facts with negations after their nouns (退休金我没有, 以前没学过); no figure',
    turns: [
      {
        user: '育婴员的证我已经考出来了 在户口所在地学的 一年里头这是头回 这个工种之前没碰过 退休金我没有 学校那边说录进系统了',
        expect: {
          noAmount: 'unfixed',
          notVerdict: { rule: 'vocational_training', status: 'ineligible' },
          oneOf: [{ status: { rule: 'vocational_training', status: 'eligible' } }, { asks: true }],
        },
      },
    ],
  },
  {
    id: 'v2d23',
    class: 'negation_after_noun',
    probes: '"人社财政那边到现在还没来验收": not accepted, no 20 % figure',
    turns: [
      {
        user: '我们企业技能大师工作室 用职工教育经费买了30万设备 人社财政那边到现在还没来验收',
        expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['60000', '6万'] },
      },
    ],
  },

  // ---------------------------------------------------------------- 不知道 / 不记得 / 不确定
  {
    id: 'v2d24',
    class: 'unknown_reply',
    probes: '"我也说不准" leaves 岗前 open; the answer later settles it',
    periodEnd: true,
    turns: [
      { user: '扶贫车间招了2个贫困户 干了9个月 以工代训6个月 岗前补贴这事 当时经手的人走了 我也说不准', expect: { ...openOJT, undecided: 'on_job_training' } },
      { user: '翻了下账 岗前那个没申请过', expect: ojt(2400) },
    ],
  },
  {
    id: 'v2d25',
    class: 'unknown_reply',
    probes: 'insurance paid through an agency "缴没缴 我这边看不到" stays open for disabled hires',
    turns: [
      {
        user: '公司招了3个残疾人 干了六个月 以工代训6个月 岗前没领 社保是外包给人力公司代缴的 具体缴没缴 我这边看不到',
        expect: { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v2d26',
    class: 'unknown_reply',
    probes: '"建没建档立卡 我没问过" leaves the group open',
    turns: [
      { user: '合作社来了几个村里的人干活 搞以工代训 有钱补没', expect: { noAmount: 'open', notVerdict: { rule: 'on_job_training', status: 'ineligible' } } },
      { user: '村里给推荐的 建没建档立卡 我没问过', expect: { noAmount: 'open', notVerdict: { rule: 'on_job_training', status: 'ineligible' } } },
    ],
  },
  {
    id: 'v2d27',
    class: 'unknown_reply',
    probes: '"验收了没 我不知道": equipment acceptance open, no 20 % figure',
    turns: [
      {
        user: '公司的高技能人才培训基地 用职工教育经费买了120万设备 验收了没 我不知道',
        expect: { noAmount: 'open', undecided: 'equipment_subsidy', mustNotContain: ['240000', '24万'] },
      },
    ],
  },
  {
    id: 'v2d28',
    class: 'unknown_reply',
    probes: '"有没有往省里系统报 我真不知道": vocational training left open, no figure',
    turns: [
      {
        user: '中式烹调在住的这边学完了 厨师证发了 今年就这一次 从没学过做饭 还没到领退休金的岁数 那个培训学校有没有往省里系统报 我真不知道',
        expect: { noAmount: 'unfixed', undecided: 'vocational_training', notVerdict: { rule: 'vocational_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v2d29',
    class: 'unknown_reply',
    probes: 'months employed not at hand (open) for poor labour; settled in the next turn',
    periodEnd: true,
    turns: [
      { user: '厂里招了4个贫困户 以工代训4个月 岗前没领 入职时间人事那边有记录 我手上没有', expect: { ...openOJT, undecided: 'on_job_training' } },
      { user: '人事说三月份入职的 到现在八个月', expect: ojt(3200) },
    ],
  },
  {
    id: 'v2d30',
    class: 'unknown_reply',
    probes: 'years of business "记不清" : entrepreneurship not refused on an open fact',
    turns: [
      {
        user: '自己开店开了几年 记不清了 反正好几年了 能上创业培训吗',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' }, oneOf: [{ asks: true }, { cites: ['三(八)'] }] },
      },
    ],
  },

  // ---------------------------------------------------------------- corrections
  {
    id: 'v2d31',
    class: 'correction',
    probes: '"我把月份看岔了 … 写的是5" replaces the 以工代训 months',
    periodEnd: true,
    turns: [
      { user: '公司招了2个贫困户 干了7个月 以工代训3个月 岗前没领', expect: ojt(1200) },
      { user: '等下 我把月份看岔了 以工代训那栏写的是5', expect: ojt(2000) },
    ],
  },
  {
    id: 'v2d32',
    class: 'correction',
    probes: 'counts of two groups swapped by a correction; each keeps its months',
    periodEnd: true,
    turns: [
      { user: '厂里交社保的 招了2个残疾人 以工代训2个月 3个贫困户 以工代训4个月 都干了8个月 岗前都没领', expect: ojt(3200) },
      { user: '不对 是3个残疾人 2个贫困户 月份没变', expect: ojt(2800) },
    ],
  },
  {
    id: 'v2d33',
    class: 'correction',
    probes: '"更正一下 岗前补贴其实领过了" turns the amount into no amount',
    periodEnd: true,
    turns: [
      { user: '我们合作社 收了2个贫困户 干了一年 以工代训5个月 岗前没领', expect: ojt(2000) },
      { user: '更正一下  岗前补贴其实领过了', expect: { status: { rule: 'on_job_training', status: 'ineligible' } } },
    ],
  },
  {
    id: 'v2d34',
    class: 'correction',
    probes: 'base corrected to studio: the cap drops from 500 000 to 100 000',
    periodEnd: true,
    turns: [
      { user: '公司基地 用职工教育经费买了80万的设备 验收合格了 高技能人才培训基地', expect: equip(160000) },
      { user: '哦 说错了 不是基地 是技能大师工作室', expect: equip(100000) },
    ],
  },
  {
    id: 'v2d35',
    class: 'correction',
    probes: 'payroll corrected: the 8 % limit moves above the fund drawn',
    periodEnd: true,
    turns: [
      { user: '公司一年工资总额300万 职工教育经费提了30万 税前能扣多少', expect: fund(240000) },
      { user: '打错了 工资总额是五百万', expect: fund(300000) },
    ],
  },
  {
    id: 'v2d36',
    class: 'correction',
    probes: '"少算了 还有一个 一共七个" changes the count only',
    periodEnd: true,
    turns: [
      { user: '扶贫车间 招了6个贫困户 干满半年了 以工代训4个月 岗前没领', expect: ojt(4800) },
      { user: '少算了 还有一个 一共七个', expect: ojt(5600) },
    ],
  },

  // ---------------------------------------------------------------- topic switches
  {
    id: 'v2d37',
    class: 'topic_switch',
    probes: 'after a 以工代训 amount, a veteran relative asks about training: no old figure',
    periodEnd: true,
    turns: [
      { user: '公司招了2个贫困户 干了10个月 以工代训六个月 岗前补贴没领', expect: ojt(2400) },
      {
        user: '顺便问下 村里有个小伙子部队刚复员 想学汽修 政府管培训不',
        expect: { answered: true, cites: ['三(二)', '六(一)', '七(二)', '五(一)'], noAmount: 'unfixed', mustNotContain: ['2400'] },
      },
    ],
  },
  {
    id: 'v2d38',
    class: 'topic_switch',
    probes: '[contact] after an education-fund question, which unit to ask about training for the disabled',
    turns: [
      { user: '企业交的职工教育经费 能抵税不', expect: { answered: true, cites: ['六(二)'] } },
      { user: '换个事 残疾人想学门手艺 该找哪个部门', expect: { answered: true, cites: ['三(二)'], says: [/残联|人社/], mustNotContain: [/职工教育经费/] } },
    ],
  },
  {
    id: 'v2d39',
    class: 'topic_switch',
    probes: 'after an equipment amount, a traffic-restriction question is declined',
    periodEnd: true,
    turns: [
      { user: '公司高技能人才培训基地用职工教育经费新买了300万实训设备 人社财政都验收合格了 能补多少', expect: equip(500000) },
      { user: '对了 郑州今天限号几和几', expect: { answered: false, noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v2d40',
    class: 'topic_switch',
    probes: '[contact] after a courier asks about training, who runs (主办) the document',
    turns: [
      { user: '快递小哥能参加技能培训不', expect: { answered: true, cites: ['三(四)', '五(一)'] } },
      { user: '这个文件是哪个部门主办的？', expect: { answered: true, cites: ['tail', 'head'], says: [/人社局|人力资源和社会保障局/] } },
    ],
  },
  {
    id: 'v2d41',
    class: 'topic_switch',
    probes: 'after a 以工代训 amount, "那北京呢" is another city: declined, no figure',
    periodEnd: true,
    turns: [
      { user: '我们厂交社保 招了3个残疾人 干了4个月 以工代训4个月 岗前补贴没领', expect: ojt(2400) },
      { user: '那北京的厂子有没有这个补贴', expect: { answered: false, mustNotContain: ['2400'] } },
    ],
  },
  {
    id: 'v2d42',
    class: 'topic_switch',
    probes: 'after a 以工代训 amount, entrepreneurship training for a spouse',
    periodEnd: true,
    turns: [
      { user: '扶贫车间招了1个贫困户 干了8个月 以工代训3个月 岗前补贴没领', expect: ojt(600) },
      { user: '我媳妇想在小区开个花店，创业培训她能参加不', expect: { answered: true, cites: ['三(八)'], noAmount: 'unfixed', mustNotContain: ['600'] } },
    ],
  },
  {
    id: 'v2d43',
    class: 'topic_switch',
    probes: '[contact] after apprentices, which unit is in charge of training in property management',
    turns: [
      { user: '我们是汽修厂 跟技校合作搞现代学徒制 这个政策支持吗', expect: { answered: true, cites: ['四(一)'], noAmount: 'unfixed' } },
      { user: '另外问一下 物业公司员工的培训 归哪个局管', expect: { answered: true, cites: ['三(五)'], says: [/城建|住房保障/], mustNotContain: [/学徒/] } },
    ],
  },
  {
    id: 'v2d44',
    class: 'topic_switch',
    probes: 'after a disabled person asks for training, a 生活费补贴 amount the plan does not fix',
    turns: [
      { user: '我腿脚不好 有残疾证 想学做电商 你们这有培训没', expect: { answered: true, cites: ['三(二)', '五(一)', '七(二)'] } },
      { user: '培训期间生活费补贴一天给多少', expect: { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] } },
    ],
  },
  {
    id: 'v2d45',
    class: 'topic_switch',
    probes: 'after a 以工代训 amount, unemployment insurance (another policy) is declined',
    periodEnd: true,
    turns: [
      { user: '公司 招了3个贫困户 干了7个月 以工代训两个月 岗前没领', expect: ojt(1200) },
      { user: '厂里有个人辞职了 他能去领失业保险金不', expect: { answered: false, mustNotContain: ['1200'] } },
    ],
  },

  // ---------------------------------------------------------------- a person's own training
  {
    id: 'v2d46',
    class: 'person_training',
    probes: 'a migrant worker with every fact: eligible or one more question, never a figure',
    turns: [
      {
        user: '周口人 在郑州物流园上班 刚学完叉车 操作证到手了 这是我今年第一次参加培训 以前也没考过叉车 我还年轻没养老金 学校在省里系统有登记的 能补贴不',
        expect: {
          noAmount: 'unfixed',
          notVerdict: { rule: 'vocational_training', status: 'ineligible' },
          oneOf: [{ status: { rule: 'vocational_training', status: 'eligible' } }, { asks: true }],
        },
      },
    ],
  },
  {
    id: 'v2d47',
    class: 'person_training',
    probes: 'three subsidised trainings listed for this year: the 3-per-year limit of 七(二)',
    turns: [
      {
        user: '我今年先后学了焊工 电工 叉车 都补过了 现在想学个钳工 还给补吗',
        expect: { cites: ['七(二)'], noAmount: 'unfixed', says: [/3\s*次|三次/], notVerdict: { rule: 'vocational_training', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v2d48',
    class: 'person_training',
    probes: 'same occupation and level a second time',
    turns: [
      {
        user: '前年学的初级西式面点师 补过钱了 这回还想报初级西式面点 能补吗？',
        expect: { cites: ['七(二)'], noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v2d49',
    class: 'person_training',
    probes: 'a monthly pension excludes (六(一)); the mother as the applicant',
    turns: [
      {
        user: '我妈退了休 每个月都有养老金打卡上 她想去学插花 能享受培训补贴吗',
        expect: { cites: ['六(一)'], noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v2d50',
    class: 'person_training',
    probes: 'a poor household: training is free (三(三)), no figure',
    turns: [
      {
        user: '我们一家都在建档立卡名单上，我想学理发，得自己掏学费吗',
        expect: { answered: true, cites: ['三(三)'], says: [/免费/], noAmount: 'unfixed', notVerdict: { rule: 'free_training_poor', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v2d51',
    class: 'person_training',
    probes: "a child's technical school is the family's aid, not the parent's student status",
    turns: [
      {
        user: '闺女读的是职业学校 我们是建档立卡的 当爹妈的能领点补助不',
        expect: { answered: true, cites: ['三(三)', '三(十四)'], noAmount: 'unfixed', notVerdict: { rule: 'poor_family_child_aid', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v2d52',
    class: 'person_training',
    probes: 'a coach of a prize winner ("相关人员"): reward by the rules, no figure',
    turns: [{ user: '我徒弟参加世界技能大赛选拔赛得了奖 我这个教练有没有奖励', expect: { answered: true, cites: ['五(三)'], noAmount: 'unfixed' } }],
  },
  {
    id: 'v2d53',
    class: 'person_training',
    probes: '[two-part] training in the home county AND training without a certificate',
    turns: [{ user: '回老家培训的能补不？没拿到证的还补吗', expect: { answered: true, cites: ['七(二)'], says: [/户籍地/, /证书/] } }],
  },
  {
    id: 'v2d54',
    class: 'person_training',
    probes: '[contact] which unit to ask about elderly-care training',
    turns: [{ user: '想学养老护理 找哪个单位问', expect: { answered: true, cites: ['三(四)'], says: [/民政局|人社局/] } }],
  },
  {
    id: 'v2d55',
    class: 'person_training',
    probes: 'a graduate out of work for a year: training covered, no figure',
    turns: [{ user: '大学毕业一年了还没找着工作 想学点技术 有补贴吗', expect: { answered: true, cites: ['三(二)', '七(二)'], noAmount: 'unfixed' } }],
  },

  // ---------------------------------------------------------------- entrepreneurship
  {
    id: 'v2d56',
    class: 'entrepreneurship',
    probes: 'the wish to start a business (有创业愿望): entrepreneurship training, not refused',
    turns: [
      {
        user: '想辞职自己干 店还没开 能先去学学创业吗',
        expect: { answered: true, cites: ['三(八)'], noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v2d57',
    class: 'entrepreneurship',
    probes: 'a college graduate (毕业生 of 三(八)) wanting an online shop',
    turns: [
      {
        user: '大专毕业两年了 没正经工作 想学开网店 有创业培训不',
        expect: { answered: true, cites: ['三(八)'], noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v2d58',
    class: 'entrepreneurship',
    probes: 'a veteran with a plan for a repair shop: where to learn (三(八)), no figure',
    turns: [
      {
        user: '我是当兵回来的 想自己开个汽修店 去哪学创业',
        expect: { answered: true, cites: ['三(八)'], noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v2d59',
    class: 'entrepreneurship',
    probes: '[two-part] whether money is paid AND how much: the plan fixes no amount',
    turns: [{ user: '创业班学完了 给发钱不  发多少', expect: { cites: ['三(八)'], noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] } }],
  },

  // ---------------------------------------------------------------- equipment
  {
    id: 'v2d60',
    class: 'equipment',
    probes: 'a studio under its cap: 20 % of 30万',
    periodEnd: true,
    turns: [{ user: '我们厂的技能大师工作室 拿职工教育经费买了30万设备 验收过了 补多少', expect: equip(60000) }],
  },
  {
    id: 'v2d61',
    class: 'equipment',
    probes: 'two sites with their own caps: base 180万 → 360 000, studio 80万 → capped 100 000',
    periodEnd: true,
    turns: [
      {
        user: '公司有个高技能人才培训基地 买了180万设备；还有个技能大师工作室 买了80万设备；都是职工教育经费出的 都验收合格了',
        expect: { ...equip(460000), mustNotContain: ['520000', '52万'] },
      },
    ],
  },
  {
    id: 'v2d62',
    class: 'equipment',
    probes: 'one studio buying twice: the items share one cap',
    periodEnd: true,
    turns: [
      {
        user: '同一个技能大师工作室 上半年买了40万设备 下半年又买了35万 都用的职工教育经费 都验收了',
        expect: equip(100000),
      },
    ],
  },
  {
    id: 'v2d63',
    class: 'equipment',
    probes: 'traditional characters, two machines bought for one base',
    periodEnd: true,
    turns: [{ user: '咱們公司高技能人才培訓基地 用職工教育經費添了兩台數控機床 一共90萬 已經驗收合格', expect: equip(180000) }],
  },
  {
    id: 'v2d64',
    class: 'equipment',
    probes: '[two-part] the caps of both kinds of site',
    turns: [{ user: '买设备补贴最高多少？基地跟工作室各是多少', expect: { answered: true, cites: ['四(一)'], says: [/50\s*万/, /10\s*万/] } }],
  },

  // ---------------------------------------------------------------- education fund
  {
    id: 'v2d65',
    class: 'education_fund',
    probes: 'fund drawn below 8 % of payroll: the whole fund is deductible',
    periodEnd: true,
    turns: [{ user: '财务问 工资薪金一年250万 教育经费计提了15万 所得税前能全扣吗', expect: fund(150000) }],
  },
  {
    id: 'v2d66',
    class: 'education_fund',
    probes: 'homophone 金费; 8 % of 600万 above the fund 42万',
    periodEnd: true,
    turns: [{ user: '我们公司工资一年六百万 职工教育金费用了42万  税前扣除能扣多少', expect: fund(420000) }],
  },
  {
    id: 'v2d67',
    class: 'education_fund',
    probes: 'fund above 8 %: capped at 960 000, and a front-line share under 60 % is noted',
    periodEnd: true,
    turns: [
      {
        user: '公司工资总额一千二百万 职工教育经费提了110万 一线工人培训只用了一半 税前能扣多少',
        expect: { ...fund(960000), says: [/税前/, /60\s*%|百分之六十/] },
      },
    ],
  },
  {
    id: 'v2d68',
    class: 'education_fund',
    probes: 'payroll first, fund later: ask (or give the 8 % limit), then the amount',
    periodEnd: true,
    turns: [
      {
        user: '公司工资总额大概四百万 职工教育经费这块税前能扣多少',
        expect: { oneOf: [{ asks: true, noAmount: 'open' }, { says: [/32\s*万|320000|320,000/] }] },
      },
      { user: '经费提了20万', expect: fund(200000) },
    ],
  },

  // ---------------------------------------------------------------- apprenticeship
  {
    id: 'v2d69',
    class: 'apprenticeship',
    probes: 'a per-head sum for apprentices assumed by the asker: the plan fixes none',
    turns: [{ user: '老板说今年招学徒的话 政府按人头给钱 一个学徒给几千？', expect: { cites: ['四(一)'], noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] } }],
  },
  {
    id: 'v2d70',
    class: 'apprenticeship',
    probes: 'the three-year target for new apprentices (四(一): 2万名以上)',
    turns: [{ user: '新型学徒 三年要带出来多少个', expect: { answered: true, cites: ['四(一)'], says: [/2\s*万|两万|20000/] } }],
  },
  {
    id: 'v2d71',
    class: 'apprenticeship',
    probes: 'apprentices priced at the 以工代训 rate by the asker: no figure from the wrong rule',
    turns: [
      {
        user: '公司新型学徒培养了8个 按以工代训那个200一个月算行不',
        expect: { noAmount: 'unfixed', mustNotContain: ['1600', '9600'], notVerdict: { rule: 'apprenticeship', status: 'ineligible' } },
      },
    ],
  },

  // ---------------------------------------------------------------- the plan's period, dated questions
  {
    id: 'v2d72',
    class: 'period',
    probes: '[dated] equipment aid for a studio planned next year: the plan ended',
    turns: [{ user: '我们打算明年建技能大师工作室 到时候买设备还能按这个文件补吗', expect: { answered: true, mentionsPeriodEnd: true } }],
  },
  {
    id: 'v2d73',
    class: 'period',
    probes: '[dated] 2020, within the period: the amount for that date',
    periodEnd: true,
    turns: [{ user: '2020年5月 我们公司交社保 招了2个就业困难的 干了4个月 以工代训4个月 岗前没领 当时能补多少', expect: ojt(1600) }],
  },
  {
    id: 'v2d74',
    class: 'period',
    probes: 'when the document was issued',
    turns: [{ user: '63号文啥时候印发的', expect: { answered: true, says: [/2019/] } }],
  },
  {
    id: 'v2d75',
    class: 'period',
    probes: '[dated] asked today whether one can still sign up: the plan ended',
    turns: [{ user: '听说这个技能提升行动还在搞 我现在报名来得及不', expect: { answered: true, mentionsPeriodEnd: true } }],
  },
  {
    id: 'v2d76',
    class: 'period',
    probes: '[dated] hires of 2022, after the end: the end is said',
    turns: [{ user: '2022年招的贫困户 还能享受以工代训不', expect: { mentionsPeriodEnd: true, notVerdict: { rule: 'on_job_training', status: 'eligible' } } }],
  },
];
