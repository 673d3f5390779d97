/**
 * HELD-OUT dialogues, set v101 — written BLIND from the policy text (policy-corpus/zz-2019-63.md)
 * and the contracts (shared/spec/eligibility.md, api.md) only: never from the service's output,
 * the code under src/, other held-out sets or the dev sets under test/. Only the format of v99
 * (its first lines) was looked at. Not to be tuned on: no word of these messages goes into a
 * glossary, pattern or fixture; once a dialogue has been fixed by a targeted change it measures
 * nothing any more — write a new one instead.
 *
 * Who types here: owners, HR staff and accountants of Zhengzhou manufacturing, construction,
 * logistics and food-processing firms, typing fast on a phone between meetings: several groups of
 * hires in ONE unpunctuated message, each with its own count and months; numbers as digits, Chinese
 * numerals, 俩/仨, 半年/一年, ranges ("十来个", "五六个月") and totals ("一共10个 其中…"); lists with
 * line breaks or 1）2）; 万/千 amounts and percentages for training equipment at several sites
 * (bought with or without the 职工教育经费, 验收 done or not) and for the education-fund deduction
 * (工资总额, 提取额); apprenticeship; a fact corrected two turns later; a subset confirmed later
 * ("六个里四个是建档立卡的"); "会计不在我不清楚"; whether a cooperative or a 职业院校 counts; whether an
 * already claimed 岗前培训补贴 matters; two-part questions; whom to contact; and, today (2026),
 * whether they can still apply (the plan ran 2019-12-02 to 2021-12-31).
 *
 * Issue 10: nothing is inferred from silence. An amount is expected only once every fact it depends
 * on has been said: the kind of unit, insurance where the rule needs it, the group, the count,
 * months employed (poor labour ≥ 6), months of 以工代训 (cap 6), whether the 岗前培训补贴 was already
 * claimed. Ranges ("五六个月", "十来个") settle nothing.
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months ("六个月以上") by a production entity (企业、合作社、扶贫车间 — not a
 *   职业院校); 就业困难 (incl. 残疾人, 三(二)) and 零就业家庭 only by an insured ENTERPRISE (a
 *   cooperative is not one), with no six-month condition; 退役军人 and 农村转移就业劳动者 are no group
 *   of this rule; rows with the 岗前培训补贴 claimed never count ("不得重复享受").
 * - Equipment (四(一)): per site min(20 % × value of the items bought from the 职工教育经费,
 *   500 000 base / 100 000 studio), only after 人社 and 财政 验收合格; one studio's batches share its cap.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash; the
 *   60 % front-line share is noted when under it.
 * - Apprenticeship ("按照相关规定给予资金补贴"), per-person training subsidy, 生活费补贴, free training,
 *   entrepreneurship training: the plan fixes no amount.
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const ask: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact was answered "不知道/不清楚": no figure, no verdict. */
const dunno: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount. */
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, without the figure a misreading would give. */
const payNot = (yuan: number, ...wrong: number[]): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: wrong.map(String) });
/** Not eligible for 以工代训 on these facts; the misreading's figure absent. */
const notYes = (...wrong: number[]): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: wrong.map(String) });
/** In the plan's field, its text fixes nothing: say so, no figure. */
const unsettled: TurnExpect = { says: [HONEST_NOT_SETTLED], noAmount: 'unfixed' };
/** A contact question: the answer names a unit or the hotline. */
const contact: TurnExpect = { says: [/人社|人力资源|财政|人民政府|12333|热线/] };
/** The equipment subsidy. */
const kit = (yuan: number, ...wrong: string[]): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, ...(wrong.length ? { mustNotContain: wrong } : {}) });
/** An equipment fact is open: ask, no verdict, not the figure the open fact would give. */
const kitOpen = (...wrong: string[]): TurnExpect => ({ asks: true, undecided: 'equipment_subsidy', mustNotContain: wrong });
/** The education-fund deduction: 税前, never money to collect. */
const deduct = (yuan: number): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/],
});
/** The fund drawn or the payroll is open: ask (or at most state the 8 % limit), no verdict. */
const fundOpen = (limit?: RegExp): TurnExpect =>
  limit
    ? { oneOf: [{ asks: true, undecided: 'education_fund_deduction' }, { says: [limit], undecided: 'education_fund_deduction' }] }
    : { asks: true, undecided: 'education_fund_deduction' };

export const DIALOGUES_V101: Dialogue[] = [
  // ---------------------------------------------------------------- one_group
  {
    id: 'v101d01',
    class: 'one_group',
    probes: 'food factory, poor labour, facts in the second turn: 7 × 200 × 5 = 7000',
    periodEnd: true,
    turns: [
      { user: '我们是新郑做速冻水饺的厂子 招了几个贫困户 能补点啥', expect: ask },
      // 7 × 200 × min(5, 6) = 7000; employed 9 ≥ 6; a factory (enterprise); 岗前 not claimed
      { user: '7个 都是建档立卡的 干了九个月了 以工代训搞了5个月 岗前培训补贴没申请过', expect: pay(7000) },
    ],
  },
  {
    id: 'v101d02',
    class: 'one_group',
    probes: 'insured logistics firm, disabled hires, months in the next turn: 3 × 200 × 6 = 3600',
    periodEnd: true,
    turns: [
      { user: '物流公司 分拣岗招了3个残疾人 社保都给交了 以工代训能补多少', expect: ask },
      // 3 × 200 × min(6, 6) = 3600; 残疾人 ⊂ 就业困难人员, insured enterprise
      { user: '入职十个月 以工代训带了半年 岗前那个补贴没领', expect: payNot(3600, 6000) },
    ],
  },
  {
    id: 'v101d03',
    class: 'one_group',
    probes: '以工代训 8 months capped at 6 for zero-employment-family hires, then whom to contact',
    periodEnd: true,
    turns: [
      // 2 × 200 × min(8, 6) = 2400, not 2 × 200 × 8 = 3200
      { user: '建筑公司 参保的 招了2个零就业家庭的 干一年了 以工代训8个月 没拿过岗前培训补贴 补多少', expect: payNot(2400, 3200) },
      { user: '这钱是找区里哪个部门申请啊', expect: contact },
    ],
  },
  {
    id: 'v101d04',
    class: 'one_group',
    probes: 'a 扶贫车间 is a production entity for poor labour: 12 × 200 × 4 = 9600',
    periodEnd: true,
    turns: [
      { user: '我们村扶贫车间 做腐竹的 收了12个贫困劳动力 以工代训补贴咋弄', expect: ask },
      // 12 × 200 × min(4, 6) = 9600; employed 7 ≥ 6
      { user: '都干了7个月 以工代训4个月 岗前培训补贴一个没享受', expect: pay(9600) },
    ],
  },
  {
    id: 'v101d05',
    class: 'one_group',
    probes: 'employed exactly six months (刚满半年) meets 六个月以上: 5 × 200 × 3 = 3000',
    periodEnd: true,
    turns: [
      // 5 × 200 × min(3, 6) = 3000; 6 ≥ 6
      { user: '机加工厂 5个建档立卡户 到今天刚好干满半年 以工代训仨月 岗前补贴没领过 能补多少钱', expect: payNot(3000, 6000) },
    ],
  },
  {
    id: 'v101d06',
    class: 'one_group',
    probes: 'disabled hires at a company, insurance said only in the second turn: 4 × 200 × 2 = 1600',
    periodEnd: true,
    turns: [
      { user: '食品公司 招的4个残疾人干了8个月 以工代训两个月 岗前培训补贴也没领 能申请以工代训补贴不', expect: ask },
      // 4 × 200 × min(2, 6) = 1600; insured enterprise now said
      { user: '社保都正常交着呢', expect: pay(1600) },
    ],
  },
  {
    id: 'v101d71',
    class: 'one_group',
    probes: 'a 职业院校 is no 生产经营主体: its poor-labour hires do not qualify',
    turns: [
      // would be 3 × 200 × 5 = 3000 if the school counted
      { user: '我们是一所职业院校 后勤招了3个建档立卡贫困劳动力 干了8个月 以工代训5个月 岗前补贴没领 学校能申以工代训补贴吗', expect: notYes(3000) },
    ],
  },
  // ---------------------------------------------------------------- several_groups
  {
    id: 'v101d07',
    class: 'several_groups',
    probes: 'two groups in one unpunctuated line, unit and insurance next turn: 4000 + 1200 = 5200',
    periodEnd: true,
    turns: [
      { user: '招了5个贫困户干了8个月以工代训4个月还有俩残疾人以工代训仨月 这能补多少', expect: ask },
      // poor 5 × 200 × 4 = 4000; disabled 2 × 200 × 3 = 1200 (insured enterprise); Σ 5200.
      // Misreading employed months as training months: 5 × 200 × 8 → 8000, 2 × 200 × 7 → 2800.
      { user: '做钢结构的公司 社保一直交 那俩残疾人也干了7个月了 岗前培训补贴一个都没领', expect: payNot(5200, 8000, 2800) },
    ],
  },
  {
    id: 'v101d08',
    class: 'several_groups',
    probes: 'a 1）2）3） list with line breaks; veterans are no group of the rule: 7200 + 1200 = 8400',
    periodEnd: true,
    turns: [
      {
        user: '帮我算下以工代训\n1）建档立卡贫困劳动力6人 在岗9个月 以工代训6个月\n2）就业困难人员3人 在岗5个月 以工代训2个月\n3）退役军人2人 在岗一年 以工代训4个月\n我们是物流公司 正常参保 岗前培训补贴都没领过',
        // 6 × 200 × 6 = 7200; 3 × 200 × 2 = 1200 (no six-month condition); veterans 0. Σ 8400.
        // Counting the veterans (2 × 200 × 4 = 1600) would give 10000.
        expect: payNot(8400, 10000),
      },
    ],
  },
  {
    id: 'v101d09',
    class: 'several_groups',
    probes: 'a total with a breakdown, ordinary workers count for nothing; months next turn: 3600 + 1200 = 4800',
    periodEnd: true,
    turns: [
      { user: '食品厂 参保企业 新招了十个人 其中三个贫困户 两个零就业家庭的 剩下五个是普通工人', expect: ask },
      // poor 3 × 200 × 6 = 3600 (employed 12 ≥ 6); zero-employment 2 × 200 × 3 = 1200; Σ 4800
      { user: '贫困户干了一年 以工代训半年 零就业那俩干了四个月 以工代训仨月 岗前培训补贴都没申请', expect: pay(4800) },
    ],
  },
  {
    id: 'v101d10',
    class: 'several_groups',
    probes: 'ranges (十来个, 五六个月, 三四个月) settle nothing; exact figures next turn: 11 × 200 × 4 = 8800',
    periodEnd: true,
    turns: [
      { user: '招了十来个贫困户 干了五六个月 以工代训三四个月 大概能补多少', expect: ask },
      // 11 × 200 × min(4, 6) = 8800; employed 7 ≥ 6
      { user: '具体是11个 都干满7个月了 以工代训4个月 我们是公司 岗前培训补贴没领', expect: pay(8800) },
    ],
  },
  {
    id: 'v101d11',
    class: 'several_groups',
    probes: 'rural hires are no group; the subset of 建档立卡 confirmed later: 4 × 200 × 5 = 4000',
    periodEnd: true,
    turns: [
      // 农村转移就业 is no group of the rule: no 6 × 200 × 5 = 6000
      { user: '机械厂 上半年招了6个农村来的小伙子 干了8个月 以工代训5个月 岗前补贴没领过 这能拿以工代训补贴吗', expect: { noAmount: 'open', notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: ['6000'] } },
      // 4 × 200 × min(5, 6) = 4000
      { user: '六个里四个是建档立卡的 另外俩不是', expect: payNot(4000, 6000) },
    ],
  },
  {
    id: 'v101d12',
    class: 'several_groups',
    probes: 'one row settled, one row open (岗前 unknown), then settled: 3600 + 2000 = 5600',
    periodEnd: true,
    turns: [
      // poor row settled: 3 × 200 × 6 = 3600; disabled row open → no total 5600 yet
      { user: '建材公司 参保 1.贫困户3个 干10个月 以工代训6个月 没领岗前补贴 2.残疾人2个 干了5个月 以工代训5个月 岗前补贴领没领我得问下人事', expect: { notVerdict: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: ['5600'] } },
      // 3600 + 2 × 200 × 5 = 2000 → 5600
      { user: '问了 俩残疾人岗前培训补贴都没领', expect: pay(5600) },
    ],
  },
  {
    id: 'v101d13',
    class: 'several_groups',
    probes: 'part of one group already claimed the 岗前培训补贴: only 5 of 8 count, 5 × 200 × 6 = 6000',
    periodEnd: true,
    turns: [
      // 5 × 200 × 6 = 6000; all eight would give 9600
      { user: '食品加工企业 参保 招了8个贫困户 干满7个月 以工代训6个月 其中3个已经领过岗前培训补贴了 其余5个没领', expect: payNot(6000, 9600) },
      { user: '领过岗前补贴的那仨 以工代训就彻底申不了了？', expect: { cites: ['六(一)'], says: [/不得重复|不能重复|不可重复|不重复|不能同时|不可同时/] } },
    ],
  },
  {
    id: 'v101d14',
    class: 'several_groups',
    probes: 'a farmer cooperative: poor labour counts, a disabled hire does not (not an insured enterprise)',
    periodEnd: true,
    turns: [
      // poor 4 × 200 × 5 = 4000; disabled at a cooperative 0 (would add 1 × 200 × 6 = 1200 → 5200)
      { user: '我们是农民专业合作社 吸纳了4个贫困户干了9个月以工代训5个月 还有1个残疾人干了半年以工代训也半年 都没领岗前培训补贴 社保也交了', expect: payNot(4000, 5200) },
      { user: '合作社不算企业吗 残疾人那个为啥不给算', expect: { cites: ['六(一)'], mustNotContain: ['5200'] } },
    ],
  },
  {
    id: 'v101d15',
    class: 'several_groups',
    probes: 'three groups on separate lines, one 以工代训 of 7 months capped: 2400 + 600 + 4800 = 7800',
    periodEnd: true,
    turns: [
      {
        user: '问下 厂里情况：\n贫困劳动力2人 在岗11个月 以工代训6个月\n零就业家庭成员1人 在岗3个月 以工代训3个月\n残疾人4人 在岗8个月 以工代训7个月\n我们是参保的制造企业 岗前补贴都没领',
        // 2 × 200 × 6 = 2400; 1 × 200 × 3 = 600; 4 × 200 × min(7, 6) = 4800; Σ 7800 (uncapped 8600)
        expect: payNot(7800, 8600),
      },
    ],
  },
  {
    id: 'v101d16',
    class: 'several_groups',
    probes: 'a total split by subtraction ("一共10个 贫困户6个"): 4800 + 1600 = 6400',
    periodEnd: true,
    turns: [
      // poor 6 × 200 × 4 = 4800; disabled 10 − 6 = 4, 4 × 200 × 2 = 1600; Σ 6400. All ten at 4 months: 8000.
      { user: '装修公司 参保 贫困户跟残疾人一共10个 贫困户是6个 都干了10个月 贫困户以工代训4个月 残疾人以工代训2个月 岗前培训补贴没领过', expect: payNot(6400, 8000) },
    ],
  },
  // ---------------------------------------------------------------- negation_after_noun
  {
    id: 'v101d17',
    class: 'negation_after_noun',
    probes: '"岗前培训补贴嘛 没领": the negation after the noun means not claimed: 3 × 200 × 5 = 3000',
    periodEnd: true,
    turns: [
      // 3 × 200 × min(5, 6) = 3000
      { user: '包装厂 招了3个建档立卡的 干了8个月 以工代训5个月 岗前培训补贴嘛 没领', expect: pay(3000) },
    ],
  },
  {
    id: 'v101d18',
    class: 'negation_after_noun',
    probes: '"社保 还没给交": not insured, so disabled hires do not qualify; then poor labour needs no insurance',
    turns: [
      // would be 2 × 200 × 6 = 2400 if insured
      { user: '做馒头的 营业执照是公司 招了2个残疾人干了一年 以工代训6个月 社保 还没给交 岗前补贴没领', expect: notYes(2400) },
      { user: '那要是招贫困户呢 贫困户也非得交社保吗', expect: { cites: ['六(一)'], noAmount: 'open' } },
    ],
  },
  {
    id: 'v101d19',
    class: 'negation_after_noun',
    probes: '"贫困户 不是": ordinary migrant workers are no group of the rule',
    turns: [
      // would be 6 × 200 × 4 = 4800
      { user: '物流园 招了6个装卸工 贫困户 不是 都是普通农民工 干了7个月 以工代训4个月 岗前补贴没领 能补不', expect: notYes(4800) },
    ],
  },
  {
    id: 'v101d20',
    class: 'negation_after_noun',
    probes: '"残疾人 没有 就业困难人员倒是有2个": the negated group is not counted: 2 × 200 × 3 = 1200',
    periodEnd: true,
    turns: [
      // 2 × 200 × 3 = 1200; insured enterprise
      { user: '工厂 参保 新招的人里残疾人 没有 就业困难人员倒是有2个 干了3个月 以工代训仨月 岗前补贴没拿过', expect: pay(1200) },
    ],
  },
  {
    id: 'v101d21',
    class: 'negation_after_noun',
    probes: '"职工教育经费 没用": equipment bought from own funds gets no 20 % subsidy',
    turns: [
      // would be min(20 % × 600 000, 100 000) = 100 000 (120 000 uncapped)
      {
        user: '技能大师工作室买了设备60万 职工教育经费 没用 是公司自有资金买的 验收过了 能补吗',
        expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['120000', '12万'] },
      },
    ],
  },
  // ---------------------------------------------------------------- unknown_reply
  {
    id: 'v101d22',
    class: 'unknown_reply',
    probes: '"会计不在我不清楚" about the 岗前培训补贴, then settled: 5 × 200 × 4 = 4000',
    periodEnd: true,
    turns: [
      { user: '电子厂 招了5个贫困户 干了9个月 以工代训4个月 能补多少', expect: ask },
      { user: '岗前培训补贴领没领 会计不在我不清楚', expect: dunno },
      // 5 × 200 × min(4, 6) = 4000
      { user: '会计回来了 说没领过', expect: pay(4000) },
    ],
  },
  {
    id: 'v101d23',
    class: 'unknown_reply',
    probes: 'insurance unknown for zero-employment-family hires, then said: 2 × 200 × 5 = 2000',
    periodEnd: true,
    turns: [
      { user: '餐饮配送公司 招了2个零就业家庭的 干了5个月 以工代训5个月 岗前补贴没领', expect: ask },
      { user: '社保这块我不管 不知道交没交', expect: dunno },
      // 2 × 200 × 5 = 2000; insured enterprise now said
      { user: '刚打电话问了 一直交着呢', expect: pay(2000) },
    ],
  },
  {
    id: 'v101d24',
    class: 'unknown_reply',
    probes: 'months employed unknown ("得查考勤"), then "10个月以上": 7 × 200 × 3 = 4200',
    periodEnd: true,
    turns: [
      { user: '砖厂 招了7个建档立卡的 以工代训3个月 没领岗前补贴', expect: ask },
      { user: '干了多久得查考勤 现在说不上来', expect: dunno },
      // employed > 10 ≥ 6; 7 × 200 × 3 = 4200
      { user: '查了 每个人都干了10个月以上', expect: pay(4200) },
    ],
  },
  {
    id: 'v101d25',
    class: 'unknown_reply',
    probes: 'equipment: whether the 职工教育经费 paid is unknown, then said: 20 % × 1 500 000 = 300 000',
    turns: [
      { user: '厂里建了个高技能人才培训基地 新买实训设备150万 验收也过了 能补多少', expect: kitOpen('300000', '30万') },
      { user: '是不是职工教育经费出的 我不清楚 得问财务', expect: { undecided: 'equipment_subsidy', mustNotContain: ['300000', '30万'] } },
      // 20 % × 1 500 000 = 300 000 < 500 000
      { user: '财务说是从职工教育经费里列支的', expect: kit(300000) },
    ],
  },
  {
    id: 'v101d26',
    class: 'unknown_reply',
    probes: 'payroll given, fund drawn unknown, then over the limit: min(2 800 000, 8 % × 30 000 000) = 2 400 000',
    turns: [
      { user: '工资薪金总额3000万 职工教育经费能税前扣多少', expect: fundOpen(/240\s*万|2400000/) },
      { user: '提了多少我不知道 会计休假了', expect: fundOpen(/240\s*万|2400000/) },
      // 8 % × 30 000 000 = 2 400 000 < 2 800 000
      { user: '会计说今年提了280万', expect: deduct(2400000) },
    ],
  },
  {
    id: 'v101d27',
    class: 'unknown_reply',
    probes: 'a 1）2） list where insurance is unknown for the disabled row; settled next turn: 4800 + 2400 = 7200',
    periodEnd: true,
    turns: [
      // poor row settled 4 × 200 × 6 = 4800; disabled row open → no total 7200
      { user: '1）贫困户4个 干8个月 以工代训6个月 2）残疾人3个 在岗6个月 以工代训4个月 岗前补贴都没领 公司交没交社保我不清楚 我是车间主任', expect: { notVerdict: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: ['7200'] } },
      // 4800 + 3 × 200 × 4 = 2400 → 7200
      { user: '刚问了老板 公司社保一直交着', expect: pay(7200) },
    ],
  },
  // ---------------------------------------------------------------- correction
  {
    id: 'v101d28',
    class: 'correction',
    probes: 'months employed corrected two turns later from 8 to 5: poor labour then no longer qualifies',
    periodEnd: true,
    turns: [
      // 4 × 200 × 3 = 2400
      { user: '我们厂招了4个贫困户 干了8个月 以工代训3个月 岗前补贴没领', expect: pay(2400) },
      { user: '申请的时候要交哪些材料', expect: { oneOf: [{ says: [HONEST_NOT_SETTLED] }, { cites: ['六(三)', '五(四)'] }] } },
      // employed 5 < 6: not eligible, no 2400
      { user: '不对 刚才说错了 他们是干了5个月 不是8个月', expect: notYes(2400) },
    ],
  },
  {
    id: 'v101d29',
    class: 'correction',
    probes: 'count corrected: of 5 "disabled" two are veterans: 3 × 200 × 4 = 2400',
    periodEnd: true,
    turns: [
      // 5 × 200 × 4 = 4000
      { user: '仓储公司 参保 招残疾人5个 干了7个月 以工代训4个月 岗前补贴没领', expect: pay(4000) },
      // 3 × 200 × 4 = 2400; veterans no group
      { user: '等下 残疾人是3个 另外俩是退役军人', expect: payNot(2400, 4000) },
    ],
  },
  {
    id: 'v101d30',
    class: 'correction',
    probes: 'two of six later turn out to have claimed the 岗前培训补贴: 4 × 200 × 5 = 4000',
    periodEnd: true,
    turns: [
      // 6 × 200 × 5 = 6000
      { user: '食品厂 6个贫困户 干了一年 以工代训5个月 没领岗前补贴', expect: pay(6000) },
      { user: '这个补贴归哪个部门管', expect: contact },
      // 4 × 200 × 5 = 4000
      { user: '哦对了 人事刚说其中2个已经领过岗前技能培训补贴了', expect: payNot(4000, 6000) },
    ],
  },
  {
    id: 'v101d31',
    class: 'correction',
    probes: '以工代训 months corrected from 3 to 6: 3 × 200 × 6 = 3600',
    periodEnd: true,
    turns: [
      // 3 × 200 × 3 = 1800
      { user: '机械厂 参保 零就业家庭3个 干了9个月 以工代训仨月 岗前补贴没领', expect: pay(1800) },
      // 3 × 200 × 6 = 3600
      { user: '搞错了 以工代训是6个月 表格看串行了', expect: payNot(3600, 1800) },
    ],
  },
  {
    id: 'v101d32',
    class: 'correction',
    probes: 'studio equipment value corrected from 45万 to 65万: 90 000, then capped at 100 000',
    turns: [
      // 20 % × 450 000 = 90 000
      { user: '技能大师工作室 用职工教育经费买了设备45万 已经验收合格', expect: kit(90000) },
      // 20 % × 650 000 = 130 000 → cap 100 000
      { user: '哦不对 发票加起来是65万', expect: kit(100000, '130000', '13万') },
    ],
  },
  {
    id: 'v101d33',
    class: 'correction',
    probes: 'payroll corrected from 1800万 to 1200万: deduction moves from the fund (100万) to the limit (96万)',
    turns: [
      // min(1 000 000, 8 % × 18 000 000 = 1 440 000) = 1 000 000
      { user: '工资总额1800万 职工教育经费提了100万 税前能扣多少', expect: deduct(1000000) },
      // min(1 000 000, 8 % × 12 000 000 = 960 000) = 960 000
      { user: '更正下 工资总额是1200万', expect: deduct(960000) },
    ],
  },
  // ---------------------------------------------------------------- topic_switch
  {
    id: 'v101d34',
    class: 'topic_switch',
    probes: '以工代训 then a training base\'s equipment: 3600, then 20 % × 3 000 000 capped at 500 000',
    periodEnd: true,
    turns: [
      // 3 × 200 × 6 = 3600
      { user: '电缆厂 贫困户3个 干7个月 以工代训6个月 岗前补贴没领 补多少', expect: pay(3600) },
      // 20 % × 3 000 000 = 600 000 → cap 500 000
      { user: '另外我们还建了个高技能人才培训基地 职工教育经费买设备300万 验收合格了 这个能补多少', expect: kit(500000, '600000', '60万') },
    ],
  },
  {
    id: 'v101d35',
    class: 'topic_switch',
    probes: 'two studios each with its own cap, then the deduction rate',
    turns: [
      // 20 % × 300 000 = 60 000; 20 % × 800 000 = 160 000 → 100 000; Σ 160 000 (uncapped 220 000)
      { user: '两个技能大师工作室 一个买了设备30万 一个买了80万 都是职工教育经费 都验收了', expect: kit(160000, '220000', '22万') },
      { user: '再问下 职工教育经费税前扣除是按工资的百分之几', expect: { cites: ['六(二)'], says: [/8\s*%|百分之八/] } },
    ],
  },
  {
    id: 'v101d36',
    class: 'topic_switch',
    probes: 'deduction, then apprenticeship (no amount fixed)',
    turns: [
      // min(1 500 000, 8 % × 25 000 000 = 2 000 000) = 1 500 000
      { user: '会计问 工资薪金总额2500万 职工教育经费计提150万 能全扣吗', expect: deduct(1500000) },
      { user: '换个问题 新型学徒制培养一个学徒补贴多少', expect: { ...unsettled, cites: ['四(一)'] } },
    ],
  },
  {
    id: 'v101d37',
    class: 'topic_switch',
    probes: 'an amount, then today whether it can still be claimed and whom to ask',
    periodEnd: true,
    turns: [
      // 4 × 200 × 6 = 4800; insured enterprise, 就业困难
      { user: '建筑劳务公司 参保 2021年的时候招了4个就业困难人员 干了10个月 以工代训6个月 没领岗前补贴', expect: pay(4800) },
      { user: '现在都2026年了还能申请吗 该找谁', expect: { ...contact, mentionsPeriodEnd: true } },
    ],
  },
  {
    id: 'v101d38',
    class: 'topic_switch',
    probes: 'a worker\'s own training subsidy (no amount fixed), then the firm\'s 以工代训: 5 × 200 × 6 = 6000',
    periodEnd: true,
    turns: [
      { user: '我自己是厂里的电工 想考高级电工证 培训能补贴吗', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } } },
      // 5 × 200 × 6 = 6000
      { user: '那我们公司招的贫困户呢 5个 干了半年 以工代训半年 岗前补贴没领', expect: pay(6000) },
    ],
  },
  // ---------------------------------------------------------------- person_training
  {
    id: 'v101d39',
    class: 'person_training',
    probes: 'training in the job-seeking place; a fourth subsidy in one year is refused',
    turns: [
      { user: '我是物流公司叉车司机 户口在周口 在郑州上班 在郑州考叉车证能领培训补贴吗', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' }, cites: ['七(二)'] } },
      { user: '今年已经领过3次培训补贴了 第4次还行吗', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['七(二)'] } },
    ],
  },
  {
    id: 'v101d40',
    class: 'person_training',
    probes: 'same occupation and level twice is not subsidised again',
    turns: [
      { user: 'HR问下 员工去年考焊工中级领过补贴 今年又报了焊工中级 还能补吗', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['七(二)'] } },
    ],
  },
  {
    id: 'v101d41',
    class: 'person_training',
    probes: 'a rehired retiree drawing a monthly pension is outside the training-subsidy scope',
    turns: [
      { user: '厂里返聘的退休老师傅 已经按月领养老金了 去参加技能培训还能享受培训补贴吗', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['六(一)'] } },
    ],
  },
  {
    id: 'v101d42',
    class: 'person_training',
    probes: 'a new occupation follows the priority-supported standard; the plan fixes no per-head figure',
    turns: [
      { user: '想送员工学工业机器人系统运维员 这是国家公布的新职业 培训补贴按啥标准', expect: { noAmount: 'unfixed', cites: ['七(二)'], says: [/优先支持/] } },
      { user: '具体一个人能补多少钱', expect: unsettled },
    ],
  },
  // ---------------------------------------------------------------- entrepreneurship
  {
    id: 'v101d43',
    class: 'entrepreneurship',
    probes: 'a small logistics firm open three years: entrepreneurship training, no amount fixed',
    turns: [
      { user: '我开了个小物流公司 三年了 想参加创业培训 有没有政策', expect: { noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' }, cites: ['三(八)'] } },
      { user: '培训补贴一人多少', expect: unsettled },
    ],
  },
  {
    id: 'v101d44',
    class: 'entrepreneurship',
    probes: 'a firm open eight years is past the five-year line; a wish to start a new business settles it',
    turns: [
      { user: '食品厂开了8年了 老板还能参加那个小微企业主创业培训吗', expect: { noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'] } },
      { user: '他其实还想再开个冷链物流公司', expect: { noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } } },
    ],
  },
  {
    id: 'v101d45',
    class: 'entrepreneurship',
    probes: 'a vocational-school student may take 创业意识 training',
    turns: [
      { user: '我们会计的儿子在职业院校上学 想参加创业培训 可以吗', expect: { noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' }, cites: ['三(八)'] } },
    ],
  },
  // ---------------------------------------------------------------- equipment
  {
    id: 'v101d46',
    class: 'equipment',
    probes: 'acceptance said only in the second turn: 20 % × 2 000 000 = 400 000',
    turns: [
      { user: '公司的高技能人才培训基地今年用职工教育经费新购了两百万的实训设备 能补多少', expect: kitOpen('400000', '40万') },
      // 20 % × 2 000 000 = 400 000 < 500 000
      { user: '人社和财政已经验收合格了', expect: kit(400000) },
    ],
  },
  {
    id: 'v101d47',
    class: 'equipment',
    probes: 'three sites on separate lines, each with its own cap: 500 000 + 84 000 + 100 000 = 684 000',
    turns: [
      {
        user: '我们有3个点\n1）高技能人才培训基地 设备380万\n2）张师傅技能大师工作室 设备42万\n3）李师傅技能大师工作室 设备75万\n全是职工教育经费买的 都验收完了',
        // base 20 % × 3 800 000 = 760 000 → 500 000; 张 20 % × 420 000 = 84 000; 李 150 000 → 100 000.
        // Σ 684 000; uncapped 994 000.
        expect: kit(684000, '994000', '99.4万'),
      },
    ],
  },
  {
    id: 'v101d48',
    class: 'equipment',
    probes: 'one studio buying in three batches shares one cap: 20 % × 750 000 = 150 000 → 100 000',
    turns: [
      { user: '一个技能大师工作室 分三批买的设备 20万 25万 30万 都走的职工教育经费 也都验收了', expect: kit(100000, '150000', '15万') },
    ],
  },
  {
    id: 'v101d49',
    class: 'equipment',
    probes: 'not yet accepted: no subsidy yet',
    turns: [
      { user: '培训基地设备买了500万 职工教育经费出的 还没验收 能先把补助申请了吗', expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, says: [/验收/] } },
    ],
  },
  {
    id: 'v101d50',
    class: 'equipment',
    probes: 'two batches at one base, only the fund-bought one counts: 20 % × 1 200 000 = 240 000',
    turns: [
      // fund batch 1 200 000 × 20 % = 240 000; both batches would be 400 000
      { user: '高技能人才培训基地买设备 一批120万走的职工教育经费 另一批80万是贷款买的 都验收过了', expect: kit(240000, '400000', '40万') },
    ],
  },
  {
    id: 'v101d51',
    class: 'equipment',
    probes: 'a safety training base is neither a 高技能人才培训基地 nor a 技能大师工作室',
    turns: [
      { user: '我们建的是安全生产实训基地 不是高技能人才培训基地 设备也是职工教育经费买的 能按20%补吗', expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, cites: ['四(一)'] } },
    ],
  },
  {
    id: 'v101d52',
    class: 'equipment',
    probes: 'an amount in 万 and 千: 20 % × 385 000 = 77 000',
    turns: [
      { user: '技能大师工作室 职工教育经费买了台数控设备 38万5千 验收合格 补多少', expect: kit(77000) },
    ],
  },
  {
    id: 'v101d53',
    class: 'equipment',
    probes: 'a percentage of one purchase paid from the fund: 70 % × 2 600 000 × 20 % = 364 000, or ask',
    turns: [
      // fund share 1 820 000 × 20 % = 364 000; whether the rest counts is a question a careful service may ask
      { user: '基地设备总值260万 其中70%是职工教育经费出的 剩下是自有资金 人社财政验收合格', expect: { oneOf: [kit(364000), { asks: true, undecided: 'equipment_subsidy' }] } },
    ],
  },
  // ---------------------------------------------------------------- education_fund
  {
    id: 'v101d54',
    class: 'education_fund',
    probes: 'amounts in Chinese numerals: min(900 000, 8 % × 12 000 000 = 960 000) = 900 000',
    turns: [
      { user: '工资总额一千二百万 教育经费提了九十万 税前扣多少', expect: deduct(900000) },
    ],
  },
  {
    id: 'v101d55',
    class: 'education_fund',
    probes: 'fund over the limit: 8 % × 50 000 000 = 4 000 000; carry-forward is not in the plan',
    turns: [
      { user: '工资薪金总额5000万 职工教育经费提了450万', expect: deduct(4000000) },
      { user: '超出去的那部分能结转到明年吗', expect: { says: [HONEST_NOT_SETTLED] } },
    ],
  },
  {
    id: 'v101d56',
    class: 'education_fund',
    probes: 'front-line share under 60 % is noted: min(640 000, 8 % × 8 000 000) = 640 000',
    turns: [
      {
        user: '工资总额800万 职工教育经费提了64万 其中一线职工培训只用了一半',
        expect: { ...deduct(640000), says: [/税前/, /60\s*%|百分之六十|六成/] },
      },
    ],
  },
  {
    id: 'v101d57',
    class: 'education_fund',
    probes: 'payroll first (limit only), fund next turn: min(1 500 000, 1 760 000) = 1 500 000',
    turns: [
      { user: '职工教育经费税前扣除 我们工资总额2200万', expect: fundOpen(/176\s*万|1760000/) },
      { user: '提了150万 其中七成用在一线', expect: deduct(1500000) },
    ],
  },
  {
    id: 'v101d58',
    class: 'education_fund',
    probes: 'is the 8 % cash or a deduction: a deduction of min(300 000, 480 000) = 300 000',
    turns: [
      { user: '职工教育经费8%那个 是政府给钱还是抵税 工资总额600万 经费提了30万', expect: deduct(300000) },
    ],
  },
  {
    id: 'v101d59',
    class: 'education_fund',
    probes: 'the fund may pay 师带徒 allowances; then exactly at the limit: 720 000',
    turns: [
      { user: '职工教育经费能不能拿来发师带徒的津贴', expect: { cites: ['六(二)'], says: [/师带徒/] } },
      // 8 % × 9 000 000 = 720 000 = fund
      { user: '还有 工资总额900万 提了72万 全额能税前扣不', expect: deduct(720000) },
    ],
  },
  {
    id: 'v101d60',
    class: 'education_fund',
    probes: 'payroll missing, then vague ("七百多万"), then exact: min(600 000, 608 000) = 600 000',
    turns: [
      { user: '今年职工教育经费提了60万 税前能全扣吗', expect: fundOpen() },
      // 8 % × 7 000 000 = 560 000 < 600 000, 8 % × 7 500 000 = 600 000: the range decides nothing
      { user: '工资薪金总额大概七百多万吧', expect: { undecided: 'education_fund_deduction', mustNotContain: ['560000', '56万'] } },
      // 8 % × 7 600 000 = 608 000 > 600 000 → 600 000
      { user: '查了 是760万', expect: deduct(600000) },
    ],
  },
  // ---------------------------------------------------------------- apprenticeship
  {
    id: 'v101d61',
    class: 'apprenticeship',
    probes: 'apprenticeship subsidy per head: 按照相关规定, the plan fixes no amount',
    turns: [
      { user: '我们跟职业学院合作搞企业新型学徒制 带了20个学徒 每个学徒补多少钱', expect: { ...unsettled, cites: ['四(一)'] } },
    ],
  },
  {
    id: 'v101d62',
    class: 'apprenticeship',
    probes: 'the three-year target of 2万 apprentices, then the amount: not fixed',
    turns: [
      { user: '建筑公司 想问全市三年要培养多少新型学徒', expect: { cites: ['四(一)'], says: [/2\s*万/] } },
      { user: '我们培养了15个 能拿多少补贴', expect: unsettled },
    ],
  },
  {
    id: 'v101d63',
    class: 'apprenticeship',
    probes: 'two-part: may the fund pay 师带徒, and what is the apprenticeship standard',
    turns: [
      { user: '学徒的师傅津贴能从职工教育经费出吗 另外学徒补贴标准是啥', expect: { noAmount: 'unfixed', cites: ['四(一)', '六(二)'], says: [HONEST_NOT_SETTLED] } },
    ],
  },
  {
    id: 'v101d64',
    class: 'apprenticeship',
    probes: 'apprenticeship (no amount), then the poor labour among the apprentices: 3 × 200 × 4 = 2400',
    periodEnd: true,
    turns: [
      { user: '我们厂有15个企业新型学徒 学徒制补贴怎么算', expect: { ...unsettled, cites: ['四(一)'] } },
      // 3 × 200 × 4 = 2400
      { user: '15个学徒里有3个是建档立卡贫困户 干了7个月 以工代训4个月 岗前补贴没领 我们是制造业企业', expect: pay(2400) },
    ],
  },
  // ---------------------------------------------------------------- period
  {
    id: 'v101d65',
    class: 'period',
    probes: 'asked in 2026 whether 以工代训 can still be claimed, then whom to ask',
    periodEnd: true,
    turns: [
      { user: '都2026年了 以工代训补贴现在还能申请不', expect: { mentionsPeriodEnd: true, noAmount: 'open' } },
      { user: '那现在这种事该问哪个部门', expect: contact },
    ],
  },
  {
    id: 'v101d66',
    class: 'period',
    probes: 'hires of late 2020 never claimed; asked today; facts incomplete',
    periodEnd: true,
    turns: [
      { user: '20年底招的8个贫困户 当时没顾上申请 现在还能补申吗', expect: { mentionsPeriodEnd: true, noAmount: 'open' } },
    ],
  },
  {
    id: 'v101d67',
    class: 'period',
    probes: 'when did the plan end, and is there a follow-up (not in this plan)',
    periodEnd: true,
    turns: [
      { user: '这个三年行动方案是哪天到头的 22年以后还有没有接着的政策', expect: { mentionsPeriodEnd: true } },
    ],
  },
  {
    id: 'v101d68',
    class: 'period',
    probes: 'equipment bought in 2023, after the plan ended',
    periodEnd: true,
    turns: [
      { user: '大师工作室的设备是2023年用职工教育经费买的 也验收了 能按这个文件拿20%吗', expect: { mentionsPeriodEnd: true } },
    ],
  },
  {
    id: 'v101d69',
    class: 'period',
    probes: 'is the 8 % deduction still applied in 2026: the plan ended, the tax rule is not its own',
    turns: [
      { user: '2026年了 职工教育经费按8%税前扣除这个还执行吗', expect: { oneOf: [{ mentionsPeriodEnd: true }, { says: [HONEST_NOT_SETTLED] }] } },
    ],
  },
  {
    id: 'v101d70',
    class: 'period',
    probes: '以工代训 begun before the plan was issued (2019-12-02), then whether it is still in time today',
    periodEnd: true,
    turns: [
      {
        user: '方案是2019年12月2号出的 那之前 19年10月就开始搞的以工代训能算进去不',
        expect: { noAmount: 'open', oneOf: [{ says: [HONEST_NOT_SETTLED] }, { says: [/2019\s*年\s*12\s*月\s*2\s*日|2019-12-02|12月2日/] }] },
      },
      { user: '那现在去申还来得及不', expect: { mentionsPeriodEnd: true } },
    ],
  },
];
