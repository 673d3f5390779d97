/**
 * HELD-OUT dialogues, set v42 — written from the policy text (policy-corpus/zz-2019-63.md) and
 * the contracts (shared/spec/eligibility.md, api.md) only: never from the service's output, the
 * code under src/, or the dev sets under test/core/. Of the other held-out sets only the format
 * (the first lines of v15) was looked at; no message is taken from them. Not to be tuned on: no
 * word of these messages goes into a glossary, pattern or fixture. Once a dialogue has been fixed
 * by a targeted change it measures nothing any more; write a new one instead.
 *
 * Who types here: foremen and workshop heads of electronics-assembly and auto-parts plants in
 * 郑州航空港区 / 经开区, who send bare fragments over several turns ("3个", "贫困户", "半年了",
 * "没领"); owners of restaurants and hotels who name their staff by nickname and post (小王,
 * 后厨的老陈, 前台的) before saying which group they belong to; and young graduates (离校未就业高校
 * 毕业生, 技校毕业生) asking what they can get. Some open with only "在吗" or a greeting, change
 * their mind about someone's group, give a number and then "差不多吧", or ask the same thing twice
 * in other words. Typos and homophones on purpose (贫因户, 已工代训, 社宝), 俩 / 仨 / 全角 digits.
 *
 * Nothing is inferred from silence: an amount is expected only once every fact it depends on
 * (kind of unit, insurance where the group needs it, months employed for poor labour, months of
 * 以工代训, 岗前培训补贴 claimed or not; fund source and acceptance of equipment; payroll and fund
 * drawn) has been said.
 *
 * Amounts, by hand from the contract and the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour only
 *   when employed ≥ 6 months by a production entity; 就业困难 (incl. 残疾人) and 零就业家庭 only
 *   for an insured enterprise; 退役军人, 高校毕业生 and apprentices are no group; rows with the
 *   岗前培训补贴 claimed never count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), from the
 *   职工教育经费 and accepted.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Apprenticeship, per-person training subsidy, entrepreneurship training, 生活费补贴: no amount.
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A greeting or "在吗": nothing computed yet. */
const hello: TurnExpect = { noAmount: 'open' };
/** A 以工代训 fact is still missing: ask, state no figure, no 不符合. */
const needMore: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact was answered with 不知道: it stays open. */
const stillOpen: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount. */
const ojt = (yuan: number, ...wrong: string[]): TurnExpect =>
  wrong.length ? { amount: { rule: 'on_job_training', yuan }, mustNotContain: wrong } : { amount: { rule: 'on_job_training', yuan } };
/** 以工代训 excluded on these facts, the misreading's figure absent. */
const ojtNo = (...wrong: string[]): TurnExpect => ({ status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: wrong });
/** Not a 以工代训 group: no verdict of eligible, no computed figure. */
const ojtNotYes = (...wrong: string[]): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, noAmount: 'unfixed', mustNotContain: wrong });
/** The equipment subsidy. */
const gear = (yuan: number, ...wrong: (string | RegExp)[]): TurnExpect =>
  wrong.length ? { amount: { rule: 'equipment_subsidy', yuan }, mustNotContain: wrong } : { amount: { rule: 'equipment_subsidy', yuan } };
/** An equipment fact is missing. */
const gearAsk: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
/** An equipment fact answered with 不清楚. */
const gearOpen: TurnExpect = { noAmount: 'open', undecided: 'equipment_subsidy' };
/** The education-fund deduction: 税前, never money to collect. */
const taxDeduct = (yuan: number, ...extra: (string | RegExp)[]): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/, ...extra],
});
/** An education-fund fact is missing. */
const fundOpen: TurnExpect = { noAmount: 'open', undecided: 'education_fund_deduction' };
/** The plan fixes no amount: no figure, one of these clauses cited. */
const noSum = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
/** The plan does not settle it. */
const notInPlan: TurnExpect = { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] };
/** Outside the plan. */
const offTopic = (...wrong: string[]): TurnExpect =>
  wrong.length ? { answered: false, noAmount: 'unfixed', mustNotContain: wrong } : { answered: false, noAmount: 'unfixed' };
/** Outside the plan, or at least honestly not settled by it; never a figure. */
const notThisPlan = (...wrong: string[]): TurnExpect => ({
  noAmount: 'unfixed',
  mustNotContain: wrong,
  oneOf: [{ answered: false }, { says: [HONEST_NOT_SETTLED] }],
});
/** The plan has ended. */
const ended: TurnExpect = { mentionsPeriodEnd: true };

export const DIALOGUES_V42: Dialogue[] = [
  // ------------------------------------------------------------------ one_group
  {
    id: 'v42d01',
    class: 'one_group',
    probes: 'foreman opens with 在吗, then fragments over five turns; amount only once 岗前 is said',
    periodEnd: true,
    turns: [
      { user: '在吗 师傅', expect: hello },
      { user: '厂里招了贫困户', expect: needMore },
      { user: '三个人', expect: needMore },
      { user: '半年多了 一直在线上带着干 以工代训也有半年', expect: needMore },
      { user: '岗前培训那个补贴 厂里没去领', expect: ojt(3600) },
    ],
  },
  {
    id: 'v42d02',
    class: 'one_group',
    probes: 'auto-parts company, zero-employment family members, insured, 4 months, all in one message',
    periodEnd: true,
    turns: [
      {
        user: '俺们是经开区汽车零部件公司 收了俩零就业家庭的 社保都交着哩 以工代训干了4个月 岗前培训补贴没申请过',
        expect: { ...ojt(1600), ...ended },
      },
    ],
  },
  {
    id: 'v42d03',
    class: 'one_group',
    probes: 'hotel owner names three staff by post first, then the group; insurance and 岗前 come later',
    periodEnd: true,
    turns: [
      { user: '我们酒店前台的小刘 后厨的老陈 还有做保洁的王姨 仨人都是就业困难人员 有登记的', expect: needMore },
      { user: '公司社保一直正常交 他们来了5个月 以工代训也是5个月', expect: needMore },
      { user: '岗前那个培训补贴 酒店压根没弄过', expect: ojt(3000) },
    ],
  },
  {
    id: 'v42d04',
    class: 'one_group',
    probes: 'poor labour employed only 4 months: no 以工代训 whatever the training months',
    periodEnd: true,
    turns: [{ user: '电子厂 贫困户2个 才干了4个月 以工代训4个月 岗前没领 能给多少', expect: ojtNo('1600') }],
  },
  {
    id: 'v42d05',
    class: 'one_group',
    probes: 'restaurant hires a veteran: 退役军人 is not a 以工代训 group',
    periodEnd: true,
    turns: [{ user: '饭店新招了个退伍兵小赵 在后厨切配 干了半年了 以工代训补贴能给不', expect: ojtNotYes('1200') }],
  },
  {
    id: 'v42d06',
    class: 'one_group',
    probes: 'asks about cooperatives, then says it is an electronics company after all; homophone 贫因户, full-width digit',
    periodEnd: true,
    turns: [
      { user: '合作社能申请以工代训不', expect: { noAmount: 'open', cites: ['六(一)'] } },
      { user: '哦 俺们不是合作社 是电子厂 有限公司 贫因户1个 来厂9个月了 以工代训６个月 岗前补贴木领', expect: ojt(1200) },
    ],
  },

  // ------------------------------------------------------------------ several_groups
  {
    id: 'v42d07',
    class: 'several_groups',
    probes: 'two groups with their own months; insurance and 岗前 given last; no bleeding of months',
    periodEnd: true,
    turns: [
      { user: '我们厂 贫困户4个 就业困难的2个', expect: needMore },
      { user: '贫困户那4个来了8个月 以工代训6个月 就业困难那俩以工代训3个月', expect: needMore },
      { user: '公司交社保的 岗前培训补贴都没领过', expect: ojt(6000, '7200', '3600') },
    ],
  },
  {
    id: 'v42d08',
    class: 'several_groups',
    probes: 'hotel: 小王 小李 zero-employment, 后厨老张 poor labour one year, all six months',
    periodEnd: true,
    turns: [
      {
        user: '前台小王 小李是零就业家庭的，后厨老张是贫困户来了一年了。都以工代训了6个月，酒店是公司 五险都交 岗前补贴一个都没拿',
        expect: ojt(3600),
      },
    ],
  },
  {
    id: 'v42d09',
    class: 'several_groups',
    probes: 'poor labour 2 months, disabled worker 8 months (capped at 6): each row on its own months',
    periodEnd: true,
    turns: [
      {
        user: '汽配公司 参保的 贫困户3人以工代训2个月(都来了一年多) 残疾人1个以工代训8个月 岗前补贴都没领',
        expect: ojt(2400, '1600', '4800'),
      },
    ],
  },
  {
    id: 'v42d10',
    class: 'several_groups',
    probes: 'poor labour counts, veterans and fresh graduates do not',
    periodEnd: true,
    turns: [
      {
        user: '公司招了贫困户2个 退役军人3个 还有应届大学生5个 贫困户来了7个月 以工代训6个月 岗前都没领',
        expect: ojt(2400, '6000', '12000'),
      },
    ],
  },
  {
    id: 'v42d11',
    class: 'several_groups',
    probes: 'one row already claimed 岗前培训补贴, the other not: only the second counts',
    periodEnd: true,
    turns: [
      {
        user: '我们是餐饮公司，社保都交。后厨两个就业困难人员领过岗前培训补贴了；前厅三个零就业家庭的没领过，以工代训都是4个月',
        expect: ojt(2400, '4000'),
      },
    ],
  },
  {
    id: 'v42d12',
    class: 'several_groups',
    probes: 'first group complete, second named without its facts: ask about it, then the total',
    periodEnd: true,
    turns: [
      {
        user: '电子厂 贫困户5个 干了10个月 以工代训5个月 岗前没领 另外还有零就业家庭的2个',
        expect: { asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } },
      },
      { user: '零就业那俩 以工代训3个月 也没领岗前的 社宝交着呢', expect: ojt(6200, '7000', '8400') },
    ],
  },

  // ------------------------------------------------------------------ negation_after_noun
  {
    id: 'v42d13',
    class: 'negation_after_noun',
    probes: '岗前培训补贴 … 没领过 with words in between, said first',
    periodEnd: true,
    turns: [{ user: '岗前培训补贴 我们 一直都 没领过 贫困户俩 来了一年 以工代训6个月 是公司', expect: ojt(2400) }],
  },
  {
    id: 'v42d14',
    class: 'negation_after_noun',
    probes: '社保这块 … 没交了: not insured, so 就业困难 do not count',
    periodEnd: true,
    turns: [
      {
        user: '就业困难人员3个 以工代训5个月 岗前补贴木有领 不过社保这块 我们公司 去年开始就 没交了',
        expect: ojtNo('3000'),
      },
    ],
  },
  {
    id: 'v42d15',
    class: 'negation_after_noun',
    probes: 'homophone 已工代训; the negation of 岗前 comes in a later turn after the noun',
    periodEnd: true,
    turns: [
      { user: '汽配厂 零就业家庭的1个 已工代训6个月 公司参保的', expect: needMore },
      { user: '岗前补贴的话 俺们 还真 没申请', expect: ojt(1200) },
    ],
  },
  {
    id: 'v42d16',
    class: 'negation_after_noun',
    probes: '社保一直交 没断过 is a double negative meaning insured',
    periodEnd: true,
    turns: [{ user: '宾馆是公司性质 就业困难的小周 以工代训3个月 社保一直交 没断过 岗前补贴也没领', expect: ojt(600) }],
  },
  {
    id: 'v42d17',
    class: 'negation_after_noun',
    probes: '干了 还不到半年: poor labour under 6 months employed',
    periodEnd: true,
    turns: [{ user: '贫困户4个 在厂里干了还不到半年呢 以工代训也3个月了 岗前补贴没拿', expect: ojtNo('2400') }],
  },
  {
    id: 'v42d18',
    class: 'negation_after_noun',
    probes: '不是没领 是领过了: the 岗前 subsidy was claimed',
    periodEnd: true,
    turns: [
      { user: '零就业家庭2个 公司有社保 以工代训6个月 岗前培训补贴不是没领 是已经领过了', expect: ojtNo('2400') },
    ],
  },

  // ------------------------------------------------------------------ unknown_reply
  {
    id: 'v42d19',
    class: 'unknown_reply',
    probes: '岗前: 不清楚 leaves it open; the answer after asking HR settles it',
    periodEnd: true,
    turns: [
      { user: '厂里几个贫困户 以工代训能给多少', expect: needMore },
      { user: '3个 来了得有大半年 以工代训6个月', expect: needMore },
      { user: '岗前补贴领没领 我不清楚 得问人事', expect: stillOpen },
      { user: '问过了 人事小刘说岗前那个没领', expect: ojt(3600) },
    ],
  },
  {
    id: 'v42d20',
    class: 'unknown_reply',
    probes: 'hotel does not know whether social insurance is paid: no verdict',
    periodEnd: true,
    turns: [
      { user: '我们酒店 就业困难人员2个 以工代训4个月 岗前补贴没领', expect: needMore },
      { user: '社保交没交 不确定 老板管的', expect: stillOpen },
    ],
  },
  {
    id: 'v42d21',
    class: 'unknown_reply',
    probes: 'cooperative does not know how long the poor workers have been employed',
    periodEnd: true,
    turns: [
      { user: '合作社 收了贫困户5个 以工代训6个月 岗前没领', expect: needMore },
      { user: '他们来合作社多久了 俺说不准 不知道', expect: stillOpen },
    ],
  },
  {
    id: 'v42d22',
    class: 'unknown_reply',
    probes: 'studio equipment: fund source 不清楚 leaves it open',
    periodEnd: true,
    turns: [
      { user: '技能大师工作室 新买设备30万 验收过了', expect: gearAsk },
      { user: '钱是不是职工教育经费出的 不清楚 财务那边管', expect: gearOpen },
    ],
  },
  {
    id: 'v42d23',
    class: 'unknown_reply',
    probes: 'graduate does not know whether the institution is in the system',
    periodEnd: true,
    turns: [
      {
        user: '我离校没找到工作 去培训了个电工证 能补多少',
        expect: { noAmount: 'unfixed', asks: true, notVerdict: { rule: 'vocational_training', status: 'ineligible' } },
      },
      { user: '培训机构进没进系统 我不知道啊', expect: { noAmount: 'unfixed', undecided: 'vocational_training' } },
    ],
  },

  // ------------------------------------------------------------------ correction
  {
    id: 'v42d24',
    class: 'correction',
    probes: 'owner changes 小王 from poor labour to veteran: the amount goes',
    periodEnd: true,
    turns: [
      { user: '前台小王是贫困户 来半年了 以工代训6个月 岗前没领 酒店是公司 交社保', expect: ojt(1200) },
      { user: '说错了 小王是退伍回来的 不是贫困户', expect: ojtNo() },
    ],
  },
  {
    id: 'v42d25',
    class: 'correction',
    probes: 'count corrected from 3 to 5',
    periodEnd: true,
    turns: [
      { user: '电子厂 贫困户3个 在厂一年 以工代训4个月 岗前没领', expect: ojt(2400) },
      { user: '不对 贫困户是5个 刚才数错了', expect: ojt(4000) },
    ],
  },
  {
    id: 'v42d26',
    class: 'correction',
    probes: 'veteran first (no group), then corrected to 就业困难人员 with insurance',
    periodEnd: true,
    turns: [
      { user: '后厨老李 退伍的 以工代训5个月 能补不', expect: ojtNotYes('1000') },
      { user: '哎 我搞错了 老李是就业困难人员 有登记的 我们饭店是公司 有社保 岗前补贴没领', expect: ojt(1000) },
    ],
  },
  {
    id: 'v42d27',
    class: 'correction',
    probes: 'not insured, then corrected to insured',
    periodEnd: true,
    turns: [
      { user: '就业困难2个 以工代训6个月 公司没交社保 岗前没领', expect: ojtNo('2400') },
      { user: '不对不对 公司社保交了 我看错表了', expect: ojt(2400) },
    ],
  },
  {
    id: 'v42d28',
    class: 'correction',
    probes: 'months corrected from 8 (capped at 6) to 3',
    periodEnd: true,
    turns: [
      { user: '零就业家庭的 1个 以工代训8个月 公司参保 岗前没领', expect: ojt(1200, '1600') },
      { user: '打错了 以工代训是3个月 不是8个月', expect: ojt(600) },
    ],
  },
  {
    id: 'v42d29',
    class: 'correction',
    probes: 'a count with 差不多吧, then the exact count',
    periodEnd: true,
    turns: [
      {
        user: '贫困户大概6个 差不多吧 都来一年多了 以工代训半年 岗前没领 是电子厂',
        expect: { oneOf: [ojt(7200), { asks: true, noAmount: 'open' }] },
      },
      { user: '我又数了下 贫困户确切是7个', expect: ojt(8400) },
    ],
  },

  // ------------------------------------------------------------------ topic_switch
  {
    id: 'v42d30',
    class: 'topic_switch',
    probes: 'after a 以工代训 amount, 稳岗补贴 is another policy: no figure from the first topic',
    periodEnd: true,
    turns: [
      { user: '贫困户2个 厂里干了7个月 以工代训6个月 岗前没领', expect: ojt(2400) },
      { user: '对了 稳岗补贴是不是也能申请', expect: notThisPlan('2400') },
    ],
  },
  {
    id: 'v42d31',
    class: 'topic_switch',
    probes: 'technical-school graduate asks about training, then about 公积金',
    periodEnd: true,
    turns: [
      { user: '技校毕业的 还没找到活 有啥补贴', expect: { noAmount: 'unfixed', cites: ['七(二)', '三(二)', '六(一)', '三(八)'] } },
      { user: '另外问下 公积金怎么提取出来', expect: offTopic() },
    ],
  },
  {
    id: 'v42d32',
    class: 'topic_switch',
    probes: 'equipment amount, then a 以工代训 question without facts: ask, no equipment figure',
    periodEnd: true,
    turns: [
      { user: '高技能人才培训基地 设备买了100万 职工教育经费出的 验收合格', expect: gear(200000) },
      { user: '那我们厂招的贫困户 以工代训咋算', expect: { ...needMore, mustNotContain: ['200000'] } },
    ],
  },
  {
    id: 'v42d33',
    class: 'topic_switch',
    probes: 'education-fund deduction, then veterans and free training: the first figure does not leak',
    periodEnd: true,
    turns: [
      { user: '职工教育经费 工资总额500万 提了50万', expect: taxDeduct(400000) },
      { user: '再问个 退役军人能免费培训吗', expect: { noAmount: 'unfixed', cites: ['三(二)', '六(一)'], mustNotContain: ['400000'] } },
    ],
  },
  {
    id: 'v42d34',
    class: 'topic_switch',
    probes: '以工代训 amount, then 技能人才落户: another policy',
    periodEnd: true,
    turns: [
      { user: '饭店 贫困户1个 来了一年 以工代训6个月 岗前没领 是餐饮公司', expect: ojt(1200) },
      { user: '技能人才落户 郑州有啥说法', expect: offTopic('1200') },
    ],
  },

  // ------------------------------------------------------------------ person_training
  {
    id: 'v42d35',
    class: 'person_training',
    probes: 'greeting, then a graduate who gives every condition: eligible, no amount',
    periodEnd: true,
    turns: [
      { user: '你好呀 打扰一下', expect: hello },
      { user: '我是去年毕业的大学生 一直没找到工作 政府培训有补贴吗', expect: { noAmount: 'unfixed', cites: ['七(二)', '三(二)', '六(一)'] } },
      {
        user: '户口在郑州 就在郑州培训 考下证了 以前从来没领过培训补贴 培训学校在省里系统里 也没领养老金',
        expect: { status: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v42d36',
    class: 'person_training',
    probes: 'where the training is taken: 户籍地 / 常住地 / 求职就业地',
    periodEnd: true,
    turns: [{ user: '技校刚毕业 想学个焊工 在老家学还是在郑州学 补贴上有区别不', expect: noSum(['七(二)']) }],
  },
  {
    id: 'v42d37',
    class: 'person_training',
    probes: 'three subsidies this year already: no fourth',
    periodEnd: true,
    turns: [
      {
        user: '今年已经领过3次培训补贴了 还能再领不',
        expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed', cites: ['七(二)'] },
      },
    ],
  },
  {
    id: 'v42d38',
    class: 'person_training',
    probes: 'same occupation and level twice',
    periodEnd: true,
    turns: [
      {
        user: '去年考电工中级领了补贴 今年想再考一回电工中级 还给补吗',
        expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed', cites: ['七(二)'] },
      },
    ],
  },
  {
    id: 'v42d39',
    class: 'person_training',
    probes: 'a retired father with a monthly pension',
    periodEnd: true,
    turns: [
      {
        user: '我爸退休了 每月领养老金 想去学个养老护理 能有培训补贴不',
        expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed', cites: ['六(一)', '七(二)'] },
      },
    ],
  },
  {
    id: 'v42d40',
    class: 'person_training',
    probes: 'the same question asked twice in other words; no figure either time',
    periodEnd: true,
    turns: [
      { user: '离校未就业的高校毕业生 能享受啥', expect: noSum(['三(二)', '七(二)', '三(八)']) },
      { user: '就是说 我这种毕业了还没上班的 政府能给点啥', expect: noSum(['三(二)', '七(二)', '三(八)']) },
    ],
  },

  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v42d41',
    class: 'entrepreneurship',
    probes: 'college graduate with the wish to open a shop: entrepreneurship training, no amount',
    periodEnd: true,
    turns: [
      {
        user: '大专毕业一年了 想自己开个奶茶店 创业培训能参加不',
        expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed', cites: ['三(八)'] },
      },
    ],
  },
  {
    id: 'v42d42',
    class: 'entrepreneurship',
    probes: 'restaurant open six years: the 5-year route fails, not eligible on that alone',
    periodEnd: true,
    turns: [
      {
        user: '我饭店开了6年了 算小微企业 还能参加创业培训吗',
        expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed', cites: ['三(八)'] },
      },
    ],
  },
  {
    id: 'v42d43',
    class: 'entrepreneurship',
    probes: 'technical-school graduate; then asks how much money: the plan fixes none',
    periodEnd: true,
    turns: [
      { user: '技工学校毕业的 能参加创业培训吗', expect: noSum(['三(八)']) },
      { user: '参加完了 给多少钱啊', expect: { noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } } },
    ],
  },
  {
    id: 'v42d44',
    class: 'entrepreneurship',
    probes: '在吗 first, then a shop open three years',
    periodEnd: true,
    turns: [
      { user: '在吗 问个事', expect: hello },
      {
        user: '开了个小超市 3年了 创业培训能去不',
        expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v42d45',
    class: 'entrepreneurship',
    probes: 'hotel open two years asks for an amount: eligible, no figure',
    periodEnd: true,
    turns: [
      {
        user: '我们酒店开了两年 小微企业 老板想参加创业培训 能补多少钱',
        expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },

  // ------------------------------------------------------------------ equipment
  {
    id: 'v42d46',
    class: 'equipment',
    probes: 'base with 3 million of equipment: capped at 500 000',
    periodEnd: true,
    turns: [
      {
        user: '高技能人才培训基地 新购实训设备300万 职工教育经费出的 人社财政验收合格了',
        expect: gear(500000),
      },
    ],
  },
  {
    id: 'v42d47',
    class: 'equipment',
    probes: 'studio facts arrive one by one',
    periodEnd: true,
    turns: [
      { user: '技能大师工作室 买设备了', expect: gearAsk },
      { user: '花了40万 整', expect: gearAsk },
      { user: '职工教育经费出的 验收通过', expect: gear(80000) },
    ],
  },
  {
    id: 'v42d48',
    class: 'equipment',
    probes: 'not yet accepted: no subsidy figure',
    periodEnd: true,
    turns: [
      {
        user: '大师工作室设备20万 职工教育经费 还没验收呢',
        expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['40000', /4万元/] },
      },
    ],
  },
  {
    id: 'v42d49',
    class: 'equipment',
    probes: 'two bases, each under its own cap',
    periodEnd: true,
    turns: [
      { user: '俩基地 东区基地设备200万 南区基地设备100万 都是职工教育经费买的 都验收了', expect: gear(600000) },
    ],
  },
  {
    id: 'v42d50',
    class: 'equipment',
    probes: 'one studio bought in three batches: one cap of 100 000',
    periodEnd: true,
    turns: [
      { user: '一个大师工作室 分三批买设备 每批20万 都是教育经费 验收了', expect: gear(100000) },
    ],
  },

  // ------------------------------------------------------------------ education_fund
  {
    id: 'v42d51',
    class: 'education_fund',
    periodEnd: true,
    probes: 'fund above 8 % of payroll: deduction capped',
    turns: [{ user: '工资总额1000万 职工教育经费提了100万 税前能扣多少', expect: taxDeduct(800000) }],
  },
  {
    id: 'v42d52',
    class: 'education_fund',
    periodEnd: true,
    probes: 'fund under the cap; front-line share 50 % below the 60 % the plan asks',
    turns: [
      { user: '工资薪金一年600万 教育经费提了30万 一线职工用了一半', expect: { ...taxDeduct(300000), says: [/税前/, /60/] } },
    ],
  },
  {
    id: 'v42d53',
    class: 'education_fund',
    periodEnd: true,
    probes: 'facts one by one, a payroll with 差不多吧, then the exact payroll',
    turns: [
      { user: '职工教育经费能抵多少税', expect: fundOpen },
      { user: '今年教育经费提了80万', expect: fundOpen },
      { user: '工资总额嘛 800万 差不多吧', expect: { oneOf: [taxDeduct(640000), { asks: true, noAmount: 'open' }] } },
      { user: '刚问了财务 工资总额是820万', expect: taxDeduct(656000) },
    ],
  },
  {
    id: 'v42d54',
    class: 'education_fund',
    probes: 'whether the fund is cash to collect: it is a pre-tax deduction',
    turns: [
      {
        user: '教育经费那个8% 是能当现金领的吗',
        expect: { noAmount: 'unfixed', says: [/税前/], cites: ['六(二)'], mustNotContain: [/可(领|领取|申领)[^。，；\n]{0,12}元/] },
      },
    ],
  },
  {
    id: 'v42d55',
    class: 'education_fund',
    probes: 'payroll unknown: no deduction figure',
    turns: [{ user: '教育经费提了50万 工资总额不清楚', expect: fundOpen }],
  },

  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v42d56',
    class: 'apprenticeship',
    probes: 'per-apprentice amount: the plan fixes none',
    periodEnd: true,
    turns: [{ user: '厂里带了20个新型学徒 一个人补多少', expect: noSum(['四(一)']) }],
  },
  {
    id: 'v42d57',
    class: 'apprenticeship',
    probes: 'apprenticeship, then whether it is 200 a month like 以工代训',
    periodEnd: true,
    turns: [
      { user: '厂里搞学徒制 有补贴没', expect: noSum(['四(一)']) },
      { user: '那是不是跟以工代训一样 一人一月给200', expect: notInPlan },
    ],
  },
  {
    id: 'v42d58',
    class: 'apprenticeship',
    probes: '师带徒 allowance from the education fund',
    turns: [{ user: '酒店后厨 老师傅带徒弟 津贴能从职工教育经费里出吗', expect: { noAmount: 'unfixed', cites: ['六(二)'] } }],
  },
  {
    id: 'v42d59',
    class: 'apprenticeship',
    probes: 'apprentices are no 以工代训 group: no 30 × 200 × 6',
    periodEnd: true,
    turns: [
      {
        user: '汽配厂 学徒30个 以工代训 能按学徒一起算吗',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: ['36000'] },
      },
    ],
  },
  {
    id: 'v42d60',
    class: 'apprenticeship',
    probes: 'the three-year apprenticeship target',
    turns: [{ user: '新型学徒 三年要培养多少名', expect: { cites: ['四(一)'], says: [/2\s*万|20000|两万|二万/] } }],
  },

  // ------------------------------------------------------------------ period
  {
    id: 'v42d61',
    class: 'period',
    probes: 'asked today whether 以工代训 can still be claimed',
    periodEnd: true,
    turns: [{ user: '现在都2024年了 以工代训补贴还能申请不', expect: { ...ended, noAmount: 'open', cites: ['六(一)'] } }],
  },
  {
    id: 'v42d62',
    class: 'period',
    probes: 'a dated question about 2020: answered for that date, and the end still said',
    periodEnd: true,
    turns: [
      {
        user: '2020年8月那会儿 我们公司招的贫困户2个 都干满半年了 以工代训6个月 岗前没领 当时能拿多少',
        expect: ojt(2400),
      },
    ],
  },
  {
    id: 'v42d63',
    class: 'period',
    probes: 'when the plan expires',
    periodEnd: true,
    turns: [{ user: '这个技能提升方案 啥时候到期', expect: { ...ended, noAmount: 'open' } }],
  },
  {
    id: 'v42d64',
    class: 'period',
    probes: 'studio equipment asked for 2022',
    periodEnd: true,
    turns: [{ user: '22年的时候 工作室设备补贴还能申请不', expect: { ...ended, noAmount: 'open' } }],
  },
  {
    id: 'v42d65',
    class: 'period',
    probes: '在不在, then a technical-school graduate asks about this year',
    periodEnd: true,
    turns: [
      { user: '在不在啊 小助手', expect: hello },
      { user: '技校毕业生 今年还能参加补贴培训吗', expect: { ...ended, noAmount: 'unfixed' } },
    ],
  },
];
