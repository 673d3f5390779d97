/**
 * HELD-OUT dialogues, set v45 — written blind from the policy text (policy-corpus/zz-2019-63.md)
 * and the contracts (shared/spec/eligibility.md, api.md) only: never from the service's output,
 * the code under src/, the dev sets, or another held-out set's messages (only the format of v15's
 * first lines was looked at). Not to be tuned on: no word of these messages goes into a glossary,
 * pattern or fixture. Once a dialogue has been fixed by a targeted change it measures nothing any
 * more; write a new one instead.
 *
 * Who types here: rural women in 巧媳妇 programmes and handicraft co-ops (编织、刺绣、草编、布鞋、
 * 虎头鞋), disabled people asking for themselves, soldiers just out of the army (退伍 / 转业 / 复员)
 * and the finance staff of mid-size firms asking about the 8 % education-fund deduction, equipment
 * of 高技能人才培训基地 / 技能大师工作室 and 新型学徒 with exact figures. WeChat on a phone:
 * dialect (俺 / 咋 / 中 / 啥 / 晓得), homophones (以工带训, 建党立卡, 社宝), numerals as 俩 / 仨 /
 * 全角 / 大写 / 半年多, run-ons without punctuation, bare replies.
 *
 * Issue 10: nothing is inferred from silence; 不知道 and its indirect forms ("这得问我们老板",
 * "回头我看看") leave the fact open. Negations sit inside longer clauses, quantifiers (都 / 全 /
 * 一个也没) range over several groups, the unit type is corrected (公司 → 合作社), questions are
 * anchored on dates (2019年12月, 2021年底, 2022年初).
 *
 * Amounts, computed by hand from the contract:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour only
 *   when employed ≥ 6 months by a production entity; 就业困难人员 (incl. 残疾人) and 零就业家庭 only
 *   for an insured enterprise (a co-op or 扶贫车间 is not one); 退役军人 is no group; rows whose
 *   岗前培训补贴 was claimed never count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), bought from the
 *   职工教育经费 and accepted.
 * - Education fund (六(二)): pre-tax deduction min(fund, 8 % × 工资薪金总额), never cash.
 * - Apprenticeship, per-person training subsidy, entrepreneurship training, 生活费补贴, family aid:
 *   the plan fixes no amount.
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is still missing: ask, no figure, no 不符合. */
const stillAsk: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact was answered with "don't know" (directly or not): no figure, no verdict. */
const leftOpen: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount, optionally without the misreading's figure. */
const ojt = (yuan: number, ...wrong: number[]): TurnExpect => ({
  amount: { rule: 'on_job_training', yuan },
  ...(wrong.length ? { mustNotContain: wrong.map(String) } : {}),
});
/** 以工代训 excluded outright on these facts. */
const ojtNo = (wrong: number): TurnExpect => ({ status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: [String(wrong)] });
/** Not eligible (yet) on these facts; the misreading's figure absent. */
const ojtNotYes = (wrong: number): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: [String(wrong)] });
/** Equipment subsidy amount. */
const gear = (yuan: number, ...bad: (string | RegExp)[]): TurnExpect => ({
  amount: { rule: 'equipment_subsidy', yuan },
  ...(bad.length ? { mustNotContain: bad } : {}),
});
/** An equipment fact is missing. */
const gearAsk: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
/** An equipment fact answered with "don't know". */
const gearOpen: TurnExpect = { noAmount: 'open', undecided: 'equipment_subsidy' };
/** No equipment subsidy on these facts. */
const gearNo = (...bad: (string | RegExp)[]): TurnExpect => ({ notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: bad });
/** The education-fund deduction: 税前, never money to collect. */
const fund = (yuan: number): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/],
});
/** An education-fund fact is open. */
const fundOpen: TurnExpect = { noAmount: 'open', undecided: 'education_fund_deduction' };
/** The plan fixes no amount here: no figure, the clause cited. */
const noSum = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
/** The plan does not settle it. */
const notInPlan: TurnExpect = { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] };
/** Person training: no figure (set elsewhere), not refused. */
const trainNotNo: TurnExpect = { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } };
/** Person training: refused on these facts, no figure. */
const trainNotYes: TurnExpect = { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' } };

export const DIALOGUES_V45: Dialogue[] = [
  // ---------------------------------------------------------------- one_group
  {
    id: 'v45d01',
    class: 'one_group',
    probes: 'co-op, four poor-household women employed 8 months, 以工代训 6, "一个也没领过" → 4800',
    periodEnd: true,
    turns: [
      {
        user: '俺们是个编织合作社 巧媳妇那个项目里的 收了4个建党立卡的姐妹 都干满8个月了 以工带训搞了6个月 岗前补贴一个也没领过 能给多少',
        expect: { ...ojt(4800), mentionsPeriodEnd: true },
      },
    ],
  },
  {
    id: 'v45d02',
    class: 'one_group',
    probes: 'insured firm, two disabled hires; months and pre-job subsidy asked, then 2 × 200 × 3 = 1200',
    periodEnd: true,
    turns: [
      { user: '我是公司财务 单位社保一直交着 招了两名残疾职工 以工代训这个钱咋算', expect: stillAsk },
      { user: '以工代训仨月 岗前那个补贴没报过', expect: { ...ojt(1200), mentionsPeriodEnd: true } },
    ],
  },
  {
    id: 'v45d03',
    class: 'one_group',
    probes: 'six just-discharged soldiers hired: 退役军人 is no 以工代训 group → ineligible, no 4800',
    periodEnd: true,
    turns: [
      {
        user: '我们物流公司参保的 新招了6个刚退伍的兵 以工代训4个月 没领岗前补贴 这块能补多少',
        expect: { ...ojtNo(4800), mentionsPeriodEnd: true },
      },
    ],
  },
  {
    id: 'v45d04',
    class: 'one_group',
    probes: '扶贫车间, five poor labourers employed only 4 months (< 6) → not yet, no 4000',
    turns: [
      {
        user: '村里扶贫车间做手工布鞋的 雇了5个贫困户 她们才来了四个月 以工代训也是四个月 岗前补贴没领 中不中',
        expect: ojtNotYes(4000),
      },
    ],
  },
  {
    id: 'v45d05',
    class: 'one_group',
    probes: 'zero-employment-family hire in full-width digits; pre-job subsidy asked, then 1200',
    periodEnd: true,
    turns: [
      { user: '公司参保 招了１个零就业家庭的 以工代训６个月', expect: stillAsk },
      { user: '岗前培训那个补贴 这人没领过', expect: { ...ojt(1200), mentionsPeriodEnd: true } },
    ],
  },

  // ---------------------------------------------------------------- several_groups
  {
    id: 'v45d06',
    class: 'several_groups',
    probes: 'two groups with their own months: 3 disabled × 2 + 2 poor × 6 = 3600, no months bleeding (6000 / 2000)',
    periodEnd: true,
    turns: [
      {
        user: '我们是参保企业 今年招了3个残疾人以工代训2个月 还有2个建档立卡的已经干了7个月 以工代训6个月 岗前补贴都没领',
        expect: { ...ojt(3600, 6000, 2000), mentionsPeriodEnd: true },
      },
    ],
  },
  {
    id: 'v45d07',
    class: 'several_groups',
    probes: 'co-op: poor labour counts (3 × 200 × 5 = 3000), 就业困难 does not (not an insured enterprise); no 5000',
    periodEnd: true,
    turns: [
      {
        user: '合作社这边 3个贫困户姐妹干了9个月 以工代训5个月 另外2个就业困难的 以工代训也是5个月 岗前补贴全都没申请',
        expect: { ...ojt(3000, 5000), mentionsPeriodEnd: true },
      },
    ],
  },
  {
    id: 'v45d08',
    class: 'several_groups',
    probes: 'groups first, months per group next, then "这俩拨人一个都没领" → 4000 + 1200 = 5200',
    periodEnd: true,
    turns: [
      { user: '参保公司 这批进来的有4个残疾人 2个零就业家庭的', expect: stillAsk },
      { user: '残疾人那4个以工代训5个月 零就业那俩3个月', expect: stillAsk },
      { user: '岗前补贴这俩拨人一个都没领', expect: { ...ojt(5200, 6000, 3600), mentionsPeriodEnd: true } },
    ],
  },
  {
    id: 'v45d09',
    class: 'several_groups',
    probes: 'three groups, veterans among them: only disabled and poor count → 2400 + 3600 = 6000, not 12000',
    periodEnd: true,
    turns: [
      {
        user: '参保企业 招了退伍军人5名 残疾人2名 建档立卡3名（这3个都干满一年了） 以工代训都是6个月 岗前补贴都没领过 一共多少',
        expect: { ...ojt(6000, 12000), mentionsPeriodEnd: true },
      },
    ],
  },
  {
    id: 'v45d10',
    class: 'several_groups',
    probes: '扶贫车间 with poor and disabled hires: only the poor count (6 × 200 × 4 = 4800), not 6400',
    periodEnd: true,
    turns: [
      { user: '俺们扶贫车间 收了6个贫困户 还有2个残疾人 贫困户都干了半年多了', expect: stillAsk },
      { user: '以工代训都是4个月 岗前补贴没有领', expect: { ...ojt(4800, 6400), mentionsPeriodEnd: true } },
    ],
  },
  {
    id: 'v45d11',
    class: 'several_groups',
    probes: 'one group has the pre-job subsidy claimed, the other not → only 4 poor × 6 = 4800, not 7200',
    periodEnd: true,
    turns: [
      {
        user: '参保的公司 招了3个就业困难人员 以工代训4个月 他们岗前补贴已经领了 另外还有4个建档立卡 干了10个月 以工代训6个月 这4个没领岗前的',
        expect: { ...ojt(4800, 7200), mentionsPeriodEnd: true },
      },
    ],
  },

  // ---------------------------------------------------------------- negation_after_noun
  {
    id: 'v45d12',
    class: 'negation_after_noun',
    probes: '"岗前培训补贴那会儿是打算领的 后来嫌麻烦就没报" → not claimed → 2400',
    periodEnd: true,
    turns: [
      {
        user: '合作社4个贫困户 干了7个月 以工代训3个月 岗前培训补贴那会儿是打算领的 后来嫌麻烦就没报',
        expect: { ...ojt(2400), mentionsPeriodEnd: true },
      },
    ],
  },
  {
    id: 'v45d13',
    class: 'negation_after_noun',
    probes: '"社保…没断过" is insured, not uninsured → 2 disabled × 6 = 2400',
    periodEnd: true,
    turns: [
      {
        user: '社宝我们公司是一直正常交的从来没断过 招了2个残疾人 以工代训6个月 岗前补贴也没领',
        expect: { ...ojt(2400), mentionsPeriodEnd: true },
      },
    ],
  },
  {
    id: 'v45d14',
    class: 'negation_after_noun',
    probes: '"说是参保企业吧 其实社保去年就停了没再交" → not insured → 就业困难 hires do not count',
    turns: [
      {
        user: '我们公司 说是参保企业吧 其实社保去年就停了一直没再交 招了3个就业困难的 以工代训4个月 没领岗前',
        expect: ojtNo(2400),
      },
    ],
  },
  {
    id: 'v45d15',
    class: 'negation_after_noun',
    probes: '"都不是建档立卡户 也不是残疾人" → no qualifying group, no 5000',
    turns: [
      {
        user: '手工合作社招了5个姐妹 以工代训5个月 她们都不是建档立卡户 也不是残疾人 就是普通村里妇女 能补不',
        expect: ojtNotYes(5000),
      },
    ],
  },
  {
    id: 'v45d16',
    class: 'negation_after_noun',
    probes: 'disabled person: "养老金…一分没领过" is no pension; training subsidy not refused, no figure',
    periodEnd: true,
    turns: [
      {
        user: '我是残疾人 想学电脑 养老金我这个岁数还没到领的时候 一分没领过 在户口所在地学 能给补贴不',
        expect: { ...trainNotNo, cites: ['七(二)', '六(一)'] },
      },
      { user: '证也考下来了 今年就这一回 培训学校说在系统里录了的', expect: { ...trainNotNo, mentionsPeriodEnd: true } },
    ],
  },
  {
    id: 'v45d17',
    class: 'negation_after_noun',
    probes: 'veteran: "创业这个事…可我自己真不想干" is no wish to start a business',
    turns: [
      {
        user: '我退伍回来 创业这个事吧 家里人一直劝 可我自己真不想干 就想学门手艺 创业培训我算不算',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v45d18',
    class: 'negation_after_noun',
    probes: '"岗前补贴当时报上去了 被退回来 一分钱没拿到" → not claimed → 4 × 200 × 5 = 4000',
    periodEnd: true,
    turns: [
      {
        user: '以工代训这块 我们参保 招了4个零就业家庭的 以工代训5个月 岗前补贴当时报上去了被退回来 一分钱没拿到',
        expect: { ...ojt(4000), mentionsPeriodEnd: true },
      },
    ],
  },

  // ---------------------------------------------------------------- unknown_reply
  {
    id: 'v45d19',
    class: 'unknown_reply',
    probes: 'pre-job subsidy answered "这得问我们社长 俺不管账" → open, no figure, no verdict',
    turns: [
      { user: '俺们是合作社 收了3个贫困户 干了8个月 以工代训6个月', expect: stillAsk },
      { user: '领没领那个岗前的 这得问我们社长 俺不管账', expect: leftOpen },
    ],
  },
  {
    id: 'v45d20',
    class: 'unknown_reply',
    probes: 'insurance answered "这得问我们老板 我刚来的" → open',
    turns: [
      { user: '俺在一家做草编的小公司帮着招人 招了2个残疾人 以工代训4个月 岗前补贴没领', expect: stillAsk },
      { user: '社保交没交 这得问我们老板 我刚来的', expect: leftOpen },
    ],
  },
  {
    id: 'v45d21',
    class: 'unknown_reply',
    probes: 'studio equipment: acceptance answered "回头我看看档案再说" → open',
    turns: [
      { user: '我们技能大师工作室新添了实训设备 总共四十万 用的职工教育经费', expect: gearAsk },
      { user: '验收过没过 回头我看看档案再说', expect: gearOpen },
    ],
  },
  {
    id: 'v45d22',
    class: 'unknown_reply',
    probes: 'payroll given, fund drawn answered "我得去翻翻账 现在说不准" → no deduction figure',
    turns: [
      { user: '今年工资薪金总额1800万 教育经费税前能扣多少', expect: { ...fundOpen, asks: true } },
      { user: '教育经费提了多少 我得去翻翻账 现在说不准', expect: fundOpen },
    ],
  },
  {
    id: 'v45d23',
    class: 'unknown_reply',
    probes: 'months employed of poor labour answered "回头我翻翻花名册" → open',
    turns: [
      { user: '扶贫车间 雇了4个建档立卡户 以工代训5个月 岗前补贴没领', expect: stillAsk },
      { user: '她们来了多长时间了 回头我翻翻花名册', expect: leftOpen },
    ],
  },
  {
    id: 'v45d24',
    class: 'unknown_reply',
    probes: 'disabled trainee: whether the school is in the system "我哪知道啊 回头问问老师" → undecided',
    turns: [
      { user: '我是肢体残疾 在郑州租房住 在这边学了手机维修 证也拿了 能有培训补贴吗', expect: trainNotNo },
      {
        user: '那学校进没进系统 我哪知道啊 回头问问老师',
        expect: { noAmount: 'unfixed', undecided: 'vocational_training' },
      },
    ],
  },

  // ---------------------------------------------------------------- correction
  {
    id: 'v45d25',
    class: 'correction',
    probes: 'unit corrected 公司 → 合作社: disabled hires no longer count (a co-op is no insured enterprise)',
    periodEnd: true,
    turns: [
      {
        user: '我们是公司 交社保的 招了3个残疾姐妹 以工代训4个月 岗前补贴没领',
        expect: { ...ojt(2400), mentionsPeriodEnd: true },
      },
      { user: '哎呀说错了 我们不是公司 是手工艺合作社 社保倒是交着', expect: ojtNo(2400) },
    ],
  },
  {
    id: 'v45d26',
    class: 'correction',
    probes: '以工代训 months corrected 3 → 5: 3000 replaced by 5000',
    periodEnd: true,
    turns: [
      { user: '合做社收了5个贫困户 干了10个月 以工代训3个月 岗前补贴没领', expect: { ...ojt(3000), mentionsPeriodEnd: true } },
      { user: '不对不对 以工代训是5个月 我记成别的了', expect: ojt(5000, 3000) },
    ],
  },
  {
    id: 'v45d27',
    class: 'correction',
    probes: 'count corrected: one of four "残疾人" is a veteran → 3 × 1200 = 3600, not 4800',
    periodEnd: true,
    turns: [
      { user: '参保企业 招了4名残疾人 以工代训6个月 没领岗前补贴', expect: { ...ojt(4800), mentionsPeriodEnd: true } },
      { user: '更正一下 残疾人是3名 另外那个是退伍军人', expect: ojt(3600, 4800) },
    ],
  },
  {
    id: 'v45d28',
    class: 'correction',
    probes: 'pre-job subsidy corrected to claimed → 以工代训 excluded, 2400 withdrawn',
    periodEnd: true,
    turns: [
      { user: '公司参保 2个零就业家庭成员 以工代训6个月 岗前补贴没领', expect: { ...ojt(2400), mentionsPeriodEnd: true } },
      { user: '刚问了人事 其实给这俩人领过岗前培训补贴', expect: ojtNo(2400) },
    ],
  },
  {
    id: 'v45d29',
    class: 'correction',
    probes: 'site kind corrected 培训基地 → 技能大师工作室: 80万 × 20 % capped at 10万',
    periodEnd: true,
    turns: [
      {
        user: '公司高技能人才培训基地 买了实训设备80万 用职工教育经费买的 人社财政验收合格了',
        expect: { ...gear(160000), mentionsPeriodEnd: true },
      },
      { user: '不好意思 不是培训基地 是技能大师工作室', expect: gear(100000, '160000') },
    ],
  },
  {
    id: 'v45d30',
    class: 'correction',
    probes: 'payroll corrected 3000万 → 2000万: deduction 200万 becomes 160万',
    turns: [
      { user: '工资薪金总额三千万 职工教育经费提了200万 税前能扣多少', expect: fund(2000000) },
      { user: '看错行了 工资总额是两千万', expect: fund(1600000) },
    ],
  },
  {
    id: 'v45d31',
    class: 'correction',
    probes: '"我说反了": pre-job subsidy was NOT claimed → ineligible becomes 3 × 200 × 4 = 2400',
    periodEnd: true,
    turns: [
      {
        user: '合作社3个贫困户 都干满半年了 以工代训4个月 岗前补贴领过',
        expect: { status: { rule: 'on_job_training', status: 'ineligible' } },
      },
      { user: '我说反了 岗前补贴没领 是以工代训这个还没领', expect: { ...ojt(2400), mentionsPeriodEnd: true } },
    ],
  },

  // ---------------------------------------------------------------- topic_switch
  {
    id: 'v45d32',
    class: 'topic_switch',
    probes: 'after a 以工代训 amount, "巧媳妇工程 哪个部门管" is a new topic: 三(二), 妇联, no 2400',
    periodEnd: true,
    turns: [
      { user: '合作社2个贫困户干了一年 以工代训6个月 岗前补贴没领', expect: { ...ojt(2400), mentionsPeriodEnd: true } },
      {
        user: '另外问下 巧媳妇工程的培训 是哪个部门在管',
        expect: { cites: ['三(二)'], says: [/妇联/], mustNotContain: ['2400'] },
      },
    ],
  },
  {
    id: 'v45d33',
    class: 'topic_switch',
    probes: 'veteran: entrepreneurship first, then the three-year target for veterans (三(二), 1万人次)',
    periodEnd: true,
    turns: [
      {
        user: '我刚退伍 想自己开个农家乐 有没有创业培训可以上',
        expect: { ...noSum(['三(八)']), status: { rule: 'entrepreneurship_training', status: 'eligible' } },
      },
      { user: '换个事儿问 退役军人这三年计划培训多少人', expect: { cites: ['三(二)'], says: [/1\s*万/] } },
    ],
  },
  {
    id: 'v45d34',
    class: 'topic_switch',
    probes: 'education fund figure, then an enterprise-run 技工学校 question must not repeat the figure',
    turns: [
      { user: '职工教育经费1百万 工资总额1千5百万 能扣多少', expect: fund(1000000) },
      { user: '还有个问题 企业自己办的技工学校 政府有啥支持', expect: { ...noSum(['四(一)']), mustNotContain: ['1000000', /100万/] } },
    ],
  },
  {
    id: 'v45d35',
    class: 'topic_switch',
    probes: 'disabled person: who runs disabled training (三(二), 残联), then own online shop → entrepreneurship',
    turns: [
      { user: '我是残疾人 想学个手艺 这事归哪个部门管', expect: { cites: ['三(二)'], says: [/残联/] } },
      {
        user: '那我要是想自己开个小网店呢 有培训吗',
        expect: { ...noSum(['三(八)']), status: { rule: 'entrepreneurship_training', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v45d36',
    class: 'topic_switch',
    probes: 'apprentice target (四(一), 2万名) then skills contests (三(十五)) on their own',
    turns: [
      { user: '新型学徒这块 三年全市要培养多少个', expect: { cites: ['四(一)'], says: [/2\s*万/] } },
      { user: '再问一个 职工技能比武是每年都搞吗', expect: { cites: ['三(十五)'] } },
    ],
  },

  // ---------------------------------------------------------------- person_training
  {
    id: 'v45d37',
    class: 'person_training',
    probes: 'deaf trainee with every condition said: training subsidy, no figure of its own, period told',
    periodEnd: true,
    turns: [
      {
        user: '我是听力残疾 在户籍地参加了面点培训 证拿到了 今年头一回参加培训 没领养老金 培训学校在系统里的 能补多少',
        expect: { ...trainNotNo, cites: ['七(二)'], mentionsPeriodEnd: true },
      },
    ],
  },
  {
    id: 'v45d38',
    class: 'person_training',
    probes: 'veteran: "今年第四次领" = three already this year → over the limit of 3',
    turns: [
      {
        user: '退伍后在老家学了叉车 证到手了 这已经是今年第四次报培训补贴了 还能补吗',
        expect: { ...trainNotYes, cites: ['七(二)'] },
      },
    ],
  },
  {
    id: 'v45d39',
    class: 'person_training',
    probes: 'mother-in-law drawing a monthly pension → outside the training-subsidy scope',
    turns: [
      {
        user: '俺婆婆六十多了 每个月领着养老金呢 也想去学手工 能享受培训补贴不',
        expect: { ...trainNotYes, cites: ['六(一)', '七(二)'] },
      },
    ],
  },
  {
    id: 'v45d40',
    class: 'person_training',
    probes: 'same occupation and level again → no; a higher level → not refused',
    turns: [
      {
        user: '我是残疾人 前年学过中式烹调初级 领过补贴 今年又报了中式烹调初级',
        expect: { ...trainNotYes, cites: ['七(二)'] },
      },
      { user: '那我换成中级呢', expect: trainNotNo },
    ],
  },
  {
    id: 'v45d41',
    class: 'person_training',
    probes: 'rural woman training where she rents (常住地): not refused, more facts needed, no figure',
    periodEnd: true,
    turns: [
      {
        user: '俺户口在登封 现在在郑州市区租房住 在市区学的家政 能补吗',
        expect: { ...trainNotNo, mentionsPeriodEnd: true },
      },
    ],
  },
  {
    id: 'v45d42',
    class: 'person_training',
    probes: 'transferred officer asks about 项目制培训 for veterans (六(一)); who pays is not settled',
    turns: [
      { user: '我是转业的 听说方案里鼓励给退役军人搞项目制培训 是咋回事', expect: { cites: ['六(一)'], noAmount: 'unfixed' } },
      { user: '那这种培训要我自己掏钱不 掏多少', expect: notInPlan },
    ],
  },
  {
    id: 'v45d43',
    class: 'person_training',
    probes: 'poor family, daughter at a 技工学校: family aid, not the mother\'s own schooling; no figure',
    periodEnd: true,
    turns: [
      {
        user: '俺闺女在技工学校上学 俺家是建档立卡户 有啥政策',
        expect: { status: { rule: 'poor_family_child_aid', status: 'eligible' }, noAmount: 'unfixed', cites: ['三(三)', '三(十四)'] },
      },
    ],
  },

  // ---------------------------------------------------------------- entrepreneurship
  {
    id: 'v45d44',
    class: 'entrepreneurship',
    probes: 'tiger-shoe workshop open three years (≤ 5) → entrepreneurship training, no figure',
    periodEnd: true,
    turns: [
      {
        user: '俺在村里开了个手工坊 做虎头鞋的 开了三年了 能参加创业培训不',
        expect: { ...noSum(['三(八)']), status: { rule: 'entrepreneurship_training', status: 'eligible' }, mentionsPeriodEnd: true },
      },
    ],
  },
  {
    id: 'v45d45',
    class: 'entrepreneurship',
    probes: 'demobilised soldier wants a garage; living allowance per day is not settled',
    turns: [
      {
        user: '刚从部队复员 想搞个汽修店 有没有创业培训',
        expect: { ...noSum(['三(八)']), status: { rule: 'entrepreneurship_training', status: 'eligible' } },
      },
      { user: '培训那几天管生活费不 一天给多少', expect: notInPlan },
    ],
  },
  {
    id: 'v45d46',
    class: 'entrepreneurship',
    probes: 'embroidery shop open 6–7 years and no wish to expand → not eligible on these facts',
    turns: [
      {
        user: '我那个刺绣店都开了六七年了 也没打算再扩大 现在还能参加创业培训不',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v45d47',
    class: 'entrepreneurship',
    probes: 'disabled student at a 职业学院 → 创业意识 training for students, no figure',
    turns: [
      {
        user: '我是残疾人 在职业学院读大三 学校说可以参加创业意识培训 真的假的',
        expect: { ...noSum(['三(八)']), status: { rule: 'entrepreneurship_training', status: 'eligible' } },
      },
    ],
  },

  // ---------------------------------------------------------------- equipment
  {
    id: 'v45d48',
    class: 'equipment',
    probes: 'base, 320万 from the fund, accepted → 64万 capped at 50万',
    periodEnd: true,
    turns: [
      {
        user: '我们是做精密机械的 建的高技能人才培训基地 新买实训设备320万 钱从职工教育经费里出的 人社和财政都验收合格了',
        expect: { ...gear(500000), mentionsPeriodEnd: true },
      },
    ],
  },
  {
    id: 'v45d49',
    class: 'equipment',
    probes: 'two studios, each its own cap: 30万 → 6万, 45万 → 9万, total 15万',
    periodEnd: true,
    turns: [
      {
        user: '公司有两个技能大师工作室 一个新买设备30万 另一个45万 都是教育经费出的 也都验收了',
        expect: { ...gear(150000), mentionsPeriodEnd: true },
      },
    ],
  },
  {
    id: 'v45d50',
    class: 'equipment',
    probes: 'base, 150万 from the fund but not yet accepted → no subsidy figure',
    turns: [
      {
        user: '培训基地设备采购了150万 职工教育经费列支的 不过验收还没弄 能补多少',
        expect: gearNo('300000', /(?<![\d.])30万元/),
      },
    ],
  },
  {
    id: 'v45d51',
    class: 'equipment',
    probes: 'studio bought with own funds, not the education fund → no; then where the money comes from (四(一))',
    turns: [
      {
        user: '工作室设备花了20万 是公司自有资金买的 没走教育经费 验收倒是过了',
        expect: gearNo('40000', /(?<![\d.])4万元/),
      },
      { user: '那这个补助的钱是从哪块资金出的', expect: { cites: ['四(一)'], says: [/就业补助资金/] } },
    ],
  },
  {
    id: 'v45d52',
    class: 'equipment',
    probes: 'fund source asked, then given: 两百二十万 × 20 % = 44万',
    periodEnd: true,
    turns: [
      { user: '我们高技能人才培训基地 新购实训设备两百二十万 验收通过了', expect: gearAsk },
      { user: '是从职工教育经费里提的', expect: { ...gear(440000), mentionsPeriodEnd: true } },
    ],
  },
  {
    id: 'v45d53',
    class: 'equipment',
    probes: 'base 280万 (→ 50万 cap) and studio 35万 (→ 7万) kept apart: 57万, not a merged 63万',
    periodEnd: true,
    turns: [
      {
        user: '基地买了设备280万 大师工作室买了35万 全部用的职工教育经费 验收也都过了 总共能补多少',
        expect: { ...gear(570000, '630000', /(?<![\d.])63万/), mentionsPeriodEnd: true },
      },
    ],
  },

  // ---------------------------------------------------------------- education_fund
  {
    id: 'v45d54',
    class: 'education_fund',
    probes: 'payroll 2400万, fund 210万 → capped at 8 % = 192万, pre-tax',
    turns: [
      { user: '中型制造企业 去年工资薪金总额2400万 职工教育经费提了210万 税前最多能扣多少', expect: fund(1920000) },
    ],
  },
  {
    id: 'v45d55',
    class: 'education_fund',
    probes: 'fund 80万 under the 8 % cap of 100万 → 80万; front-line share 五成 noted against 60 %',
    turns: [
      { user: '工资薪金总额1250万 教育经费提了80万 扣除咋算', expect: fund(800000) },
      { user: '其中用在一线职工身上的大概五成', expect: { says: [/60\s*%|百分之六十|六成/], cites: ['六(二)'] } },
    ],
  },
  {
    id: 'v45d56',
    class: 'education_fund',
    probes: 'payroll missing, then "这个得问我们财务总监" → no deduction figure',
    turns: [
      { user: '职工教育经费今年提了95万 能全额税前扣吗', expect: { ...fundOpen, asks: true } },
      { user: '工资总额 这个得问我们财务总监 我只管费用这一块', expect: fundOpen },
    ],
  },
  {
    id: 'v45d57',
    class: 'education_fund',
    probes: 'education fund used for 师带徒 allowances (六(二)); no figure',
    turns: [{ user: '职工教育经费能不能拿来发师带徒的津贴 财务这边想确认下', expect: noSum(['六(二)']) }],
  },
  {
    id: 'v45d58',
    class: 'education_fund',
    probes: 'upper-case numerals: payroll 壹仟万, fund 柒拾伍万 → 75万 (below the 80万 cap)',
    turns: [{ user: '工资薪金总额壹仟万元整 职工教育经费柒拾伍万 按8%的口径能扣多少', expect: fund(750000) }],
  },

  // ---------------------------------------------------------------- apprenticeship
  {
    id: 'v45d59',
    class: 'apprenticeship',
    probes: 'fifteen new-type apprentices: the plan fixes no per-head amount; period told',
    periodEnd: true,
    turns: [
      {
        user: '我们厂今年招了15个新型学徒 跟技校合作带的 一个学徒补多少钱',
        expect: { ...noSum(['四(一)']), mentionsPeriodEnd: true },
      },
    ],
  },
  {
    id: 'v45d60',
    class: 'apprenticeship',
    probes: 'apprenticeship: a per-head figure from the person (4000) must not become 80000',
    turns: [
      { user: '企业新型学徒制 有补贴没', expect: noSum(['四(一)']) },
      { user: '我们带了20个 按一人四千算 总共八万 对不对', expect: { ...noSum(['四(一)']), mustNotContain: ['80000'] } },
    ],
  },
  {
    id: 'v45d61',
    class: 'apprenticeship',
    probes: 'co-op teaching embroidery to apprentices: no amount fixed by the plan',
    turns: [{ user: '合作社带徒弟学刺绣 这算不算新型学徒 能补钱不', expect: noSum(['四(一)']) }],
  },

  // ---------------------------------------------------------------- period
  {
    id: 'v45d62',
    class: 'period',
    probes: 'disability certificate got 2022年初: the plan had ended; no figure',
    periodEnd: true,
    turns: [
      {
        user: '2022年初我才办下来残疾证 现在去学技术 还能按这个方案领补贴吗',
        expect: { noAmount: 'unfixed', mentionsPeriodEnd: true },
      },
    ],
  },
  {
    id: 'v45d63',
    class: 'period',
    probes: 'poor hires from 2019年12月中旬 (after issue on 12-02): in force, 4 × 1200 = 4800, end told',
    periodEnd: true,
    turns: [
      {
        user: '我们2019年12月中旬招了4个建档立卡的 一直干到现在 以工代训6个月 岗前补贴没领 那时候这个方案已经生效了吧',
        expect: { ...ojt(4800), mentionsPeriodEnd: true },
      },
    ],
  },
  {
    id: 'v45d64',
    class: 'period',
    probes: '2021年底 still inside the period; asked again for today → ended',
    periodEnd: true,
    turns: [
      { user: '2021年底 就是12月下旬那几天 这个方案还管用吗', expect: { mentionsPeriodEnd: true, says: [/2021/] } },
      { user: '那搁到现在再去申请呢', expect: { mentionsPeriodEnd: true, noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v45d65',
    class: 'period',
    probes: 'co-op founded 2022年初 asks about 以工代训: the plan had ended; no figure',
    periodEnd: true,
    turns: [
      {
        user: '俺们合作社2022年初才成立的 现在收贫困户进来 还能领以工代训不',
        expect: { noAmount: 'open', mentionsPeriodEnd: true },
      },
    ],
  },
  {
    id: 'v45d66',
    class: 'period',
    probes: 'base equipment bought in 2020 (in force): 100万 → 20万; asked whether it can be claimed now → ended',
    periodEnd: true,
    turns: [
      { user: '2020年我们高技能人才培训基地买的设备 一百万 教育经费出的 当时就验收了 能补多少', expect: gear(200000) },
      { user: '现在补报还来得及吗', expect: { mentionsPeriodEnd: true } },
    ],
  },
];
