/**
 * HELD-OUT dialogues, set v116 — written BLIND from the policy text (policy-corpus/zz-2019-63.md)
 * and the contracts (shared/spec/eligibility.md, api.md) only: never from the service's output,
 * the code under src/, scripts/, prompts/, other held-out sets or the dev tests. Only the format of
 * v101 (its first lines) was looked at. Not to be tuned on: no word of these messages goes into a
 * glossary, pattern or fixture; once a dialogue has been fixed by a targeted change it measures
 * nothing any more — write a new one instead.
 *
 * Who types here: workers, foremen, small-employer owners, their relatives and a hotline agent
 * relaying a caller, all on a phone in WeChat: very short messages, voice-input slips (同音错字:
 * 一工代训/以工待训, 港前培训, 残急人, 设保/餐保, 合做社, 技能大使工作室, 职工教育经非, 学图),
 * no punctuation or spaces instead of it, emoji, pinyin abbreviations (sb = 社保, ygdx = 以工代训,
 * cy = 创业), Chinese numerals and 俩/半年/一年多, dialect (俺/咱/啥/中不中), negations placed after
 * the noun ("社保没交", "建档立卡 不是", "六个月以上 没有"), "不知道/记不清/说不好" replies,
 * corrections ("打错了", "说反了", "不对不对"), and topic switches in the middle of a case. Today
 * (2026) the plan has ended (it ran 2019-12-02 to 2021-12-31), so every conversation about what
 * someone can get must say so once (periodEnd).
 *
 * Nothing is inferred from silence: an amount is expected only once every fact it depends on has
 * been said — the kind of unit, insurance where the rule needs it, the group, the count, months
 * employed (poor labour ≥ 6), months of 以工代训 (cap 6), and that the 岗前培训补贴 was NOT claimed.
 *
 * Hand computations (contract: 以工代训 六(一) = Σ count × 200 × min(以工代训 months, 6) per qualifying
 * row; poor labour employed ≥ 6 months by any production entity, insurance not needed; 就业困难
 * (incl. 残疾人) and 零就业家庭 only at an insured ENTERPRISE; 退役军人 / 农民工 are no group of the rule;
 * rows whose 岗前培训补贴 was claimed never count):
 * - d01: insured small factory, 3 残疾人 × 200 × 4 = 2 400.
 * - d02: 扶贫车间, 2 poor, employed 10 months, 以工代训 8 → capped 6: 2 × 200 × 6 = 2 400 (not 3 200).
 * - d03: 合作社 + 零就业家庭: a cooperative is not an enterprise → not eligible (not 1 × 200 × 3 = 600).
 * - d04: factory, 5 poor employed only 4 months (< 6) → not eligible (not 5 × 200 × 4 = 4 000).
 * - d06: insured company, 4 就业困难 × 200 × 5 = 4 000.
 * - d07: hotline relay, 扶贫车间, 7 poor (7 months employed, 以工代训 3): 7 × 200 × 3 = 4 200.
 * - d08: nephew for his uncle's 合作社, 2 poor (12 months, 以工代训 5): 2 × 200 × 5 = 2 000.
 * - d09: insured factory, 2 poor (7 months, 以工代训 6) 2 × 200 × 6 = 2 400 + 3 零就业 × 200 × 2 =
 *   1 200 → 3 600.
 * - d10: 扶贫车间, 4 poor (9 months, 以工代训 6) 4 × 200 × 6 = 4 800; 2 就业困难 at a 扶贫车间 (not an
 *   enterprise) do not count → 4 800 (not 4 800 + 2 400 = 7 200).
 * - d11: insured company, (2 残疾人 + 1 零就业) × 200 × 3 = 1 800.
 * - d12: insured factory, 3 poor (8 months, 以工代训 5) 3 × 200 × 5 = 3 000; 2 就业困难 with 岗前补贴
 *   claimed do not count → 3 000 (not 3 000 + 2 × 200 × 4 = 4 600).
 * - d13: insured company, 5 退役军人 (no group) + 2 poor (12 months, 6): 2 × 200 × 6 = 2 400
 *   (not 7 × 200 × 6 = 8 400).
 * - d14: insured company, 4 poor (8 months) + 2 残疾人, 以工代训 3 each: 6 × 200 × 3 = 3 600.
 * - d15: company WITHOUT social insurance, 2 零就业 → not eligible (not 2 × 200 × 4 = 1 600).
 * - d16: 3 ordinary 农民工 ("建档立卡 不是") → no group (not 3 × 200 × 3 = 1 800).
 * - d17: insured enterprise, 1 就业困难, 以工代训 5, 岗前 not claimed (said last): 1 × 200 × 5 = 1 000.
 * - d18: poor employed only 2 months ("六个月以上 没有") → not eligible; count unsaid, no figure.
 * - d19: limited company, no social insurance, 1 poor (10 months, 以工代训 4): poor labour needs no
 *   insurance → 1 × 200 × 4 = 800.
 * - d20: "残疾证 都没有", no 就业困难 认定 → no group (not 3 × 200 × 2 = 1 200).
 * - d21: insured company, 3 就业困难 × 200 × 4 = 2 400 once the accountant says 岗前 not claimed.
 * - d22: 扶贫车间, 5 poor, 以工代训 4, employed "一年多" once known: 5 × 200 × 4 = 4 000.
 * - d23: 2 零就业 × 200 × 3 = 1 200 once the boss says the company pays social insurance.
 * - d24: 合作社, 4 poor (8+ months, 以工代训 5): 4 × 200 × 5 = 4 000 once the count is said.
 * - d26: insured company, 3 → corrected 2 残疾人 × 200 × 4: 2 400 → 1 600.
 * - d27: 扶贫车间, 2 poor employed 5 months → not eligible (not 2 000); corrected to 9 months,
 *   以工代训 5: 2 × 200 × 5 = 2 000.
 * - d28: 合作社 + 3 零就业 → not eligible (not 1 200); corrected to an insured company: 3 × 200 × 2 = 1 200.
 * - d29: equipment, base 80 万 × 20 % = 160 000 (< 50 万); corrected to a master studio:
 *   min(160 000, 100 000) = 100 000.
 * - d30: education fund, payroll 500 万, fund 30 万: min(300 000, 8 % × 5 000 000 = 400 000) =
 *   300 000; corrected fund 50 万: min(500 000, 400 000) = 400 000.
 * - d32: payroll 200 万, fund 10 万: min(100 000, 160 000) = 100 000.
 * - d34: insured company, 2 就业困难 × 200 × 3 = 1 200.
 * - d35: master studio, 30 万 × 20 % = 60 000 (< 10 万).
 * - d48: base, 300 万 × 20 % = 60 万 > cap → 500 000.
 * - d49: master studio, 40 万 × 20 % = 80 000 once 验收 is done.
 * - d50: equipment bought with the company's own money, not the education fund → not eligible
 *   (not 100 万 × 20 % = 200 000).
 * - d51: one master studio, two batches 30 万 + 40 万 = 70 万 × 20 % = 140 000 → cap 100 000.
 * - d52: base, 150 万 × 20 % = 300 000 once 验收 is said.
 * - d53: payroll 1 000 万, fund 60 万: min(600 000, 800 000) = 600 000.
 * - d54: payroll 300 万, fund 30 万: min(300 000, 240 000) = 240 000; front-line share 50 % < 60 %.
 * - d55: payroll 80 万, fund 5 万: min(50 000, 64 000) = 50 000.
 * - d56: fund 20 万, payroll 150 万: min(200 000, 120 000) = 120 000.
 * - d57: payroll 400 万, fund 25 万 once known: min(250 000, 320 000) = 250 000.
 * - d60: insured company, 2 残疾人 × 200 × 4 = 1 600 beside 10 apprentices (no amount).
 * - d65: in 2021, insured company, 3 poor (10 months, 以工代训 6): 3 × 200 × 6 = 3 600.
 * - Apprenticeship ("按照相关规定给予资金补贴"), per-person training subsidy, 生活费补贴, free training,
 *   entrepreneurship training, poor families' aid: the plan fixes no amount.
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const ask: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact was answered "不知道/记不清": no figure, no verdict. */
const dunno: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount. */
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, without the figure a misreading would give. */
const payNot = (yuan: number, ...wrong: number[]): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: wrong.map(String) });
/** Not eligible for 以工代训 on these facts; the misreading's figure absent. */
const notYes = (...wrong: number[]): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, ...(wrong.length ? { mustNotContain: wrong.map(String) } : {}) });
/** In the plan's field, its text fixes nothing: say so, no figure. */
const unsettled: TurnExpect = { says: [HONEST_NOT_SETTLED], noAmount: 'unfixed' };
/** A contact question: the answer names a unit or the hotline. */
const contact: TurnExpect = { says: [/人社|人力资源|财政|人民政府|12333|热线/] };
/** The equipment subsidy. */
const kit = (yuan: number, ...wrong: string[]): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, ...(wrong.length ? { mustNotContain: wrong } : {}) });
/** An equipment fact is open: ask, no verdict, not the figure the open fact would give. */
const kitOpen = (...wrong: string[]): TurnExpect => ({ asks: true, undecided: 'equipment_subsidy', mustNotContain: wrong });
/** The education-fund deduction: 税前, never money to collect. */
const deduct = (yuan: number, ...more: RegExp[]): TurnExpect => ({ amount: { rule: 'education_fund_deduction', yuan }, says: [/税前/, ...more] });
/** Person training: a fact is open, no verdict either way, no figure. */
const trainOpen: TurnExpect = { notVerdict: { rule: 'vocational_training', status: 'ineligible' }, noAmount: 'unfixed' };

export const DIALOGUES_V116: readonly Dialogue[] = [
  // ------------------------------------------------------------------ one_group
  {
    id: 'v116d01',
    class: 'one_group',
    probes: 'one row in one short message with two voice slips (残急人, 港前) and sb for 社保',
    periodEnd: true,
    turns: [{ user: '俺们小厂 交着sb的 招了3个残急人 ygdx干了4个月 港前培训补贴没领过 能补多少💰', expect: pay(2400) }],
  },
  {
    id: 'v116d02',
    class: 'one_group',
    probes: 'the rule asked with a slip (一工代训), then the unit and group, then months: 8 months capped at 6',
    periodEnd: true,
    turns: [
      { user: '一工代训补贴咋算的', expect: { cites: ['六(一)'] } },
      { user: '俺这是扶贫车间 收了两个建档立卡的', expect: ask },
      { user: '干了十个月了 以工代训搞了八个月 岗前那个没拿', expect: payNot(2400, 3200) },
    ],
  },
  {
    id: 'v116d03',
    class: 'one_group',
    probes: 'a cooperative (合做社) with social insurance and a 零就业家庭 hire: not an enterprise, so not eligible',
    periodEnd: true,
    turns: [{ user: '合做社 交sb 招了1个零就业家庭的 ygdx 3个月 港前没领 给补不', expect: notYes(600) }],
  },
  {
    id: 'v116d04',
    class: 'one_group',
    probes: 'poor labour employed only four months: under the six months, no figure',
    periodEnd: true,
    turns: [{ user: '厂里收了5个贫困户 才来4个月 以工代训也4个月 没领岗前补贴 有钱没', expect: notYes(4000) }],
  },
  {
    id: 'v116d05',
    class: 'one_group',
    probes: 'a poor worker asks whether the 200 a month is his: it goes to the employer; then his own training',
    turns: [
      { user: '我是建档立卡户 在厂里上班 听说有ygdx 那200一个月是发给我的不', expect: { cites: ['六(一)'], says: [/生产经营主体|企业|单位|厂|老板/] } },
      { user: '那我自己能拿啥 想考个焊工证', expect: trainOpen },
    ],
  },
  {
    id: 'v116d06',
    class: 'one_group',
    probes: 'an HR clerk relays the boss: unit and insurance first, count and months last',
    periodEnd: true,
    turns: [
      { user: '老板让我问下 ygdx咋申请', expect: { cites: ['六(一)'] } },
      { user: '我们是公司 交设保的 招了就业困难人员', expect: ask },
      { user: '四个 以工代训五个月 岗前补贴没申请过', expect: pay(4000) },
    ],
  },
  {
    id: 'v116d07',
    class: 'one_group',
    probes: 'a hotline agent relaying a caller from a 扶贫车间, all facts in one line',
    periodEnd: true,
    turns: [{ user: '热线这边转述下：来电的是扶贫车间负责人 招了7个建档立卡户 都干了七个月 ygdx三个月 岗前补贴没领 问能补多少', expect: pay(4200) }],
  },
  {
    id: 'v116d08',
    class: 'one_group',
    probes: "a nephew asks for his uncle's cooperative: poor labour at a cooperative qualifies",
    periodEnd: true,
    turns: [{ user: '帮俺舅问哈 他开了个养殖合作社 招了村里2个贫困户 干一年了 以工代训5个月 岗前没领', expect: pay(2000) }],
  },
  // ------------------------------------------------------------------ several_groups
  {
    id: 'v116d09',
    class: 'several_groups',
    probes: 'two groups with their own months in one unpunctuated line',
    periodEnd: true,
    turns: [{ user: '厂子参保了 招了2个贫困户干了7个月ygdx6个月 还有3个零就业家庭的ygdx2个月 岗前补贴都没领 总共多少', expect: pay(3600) }],
  },
  {
    id: 'v116d10',
    class: 'several_groups',
    probes: 'a 扶贫车间 with poor and 就业困难 hires: only the poor row counts there',
    periodEnd: true,
    turns: [
      { user: '扶贫车间 建档立卡的4个 就业困难的2个 能补ygdx不', expect: ask },
      { user: '贫困的干了九个月 以工代训都搞了半年', expect: ask },
      { user: '岗前补贴都没拿过 困难的那俩也是半年', expect: payNot(4800, 7200) },
    ],
  },
  {
    id: 'v116d11',
    class: 'several_groups',
    probes: '残疾人 and 零就业 at an insured company with a slip (设保), one month figure for both',
    periodEnd: true,
    turns: [{ user: '公司交着设保 残疾人2个 零就业1个 都干了3个月以工代训 港前补贴没领', expect: pay(1800) }],
  },
  {
    id: 'v116d12',
    class: 'several_groups',
    probes: 'two rows, the second with its 岗前培训补贴 already claimed: it does not count',
    periodEnd: true,
    turns: [
      {
        user: '我们厂有社保 招的贫困户3个 干8个月 ygdx5个月 岗前补贴没领 另外就业困难的2个 ygdx4个月 可他俩岗前培训补贴已经领了',
        expect: payNot(3000, 4600),
      },
    ],
  },
  {
    id: 'v116d13',
    class: 'several_groups',
    probes: '退伍军人 beside poor labour: veterans are no group of the rule',
    periodEnd: true,
    turns: [{ user: '招了5个退伍军人 2个建档立卡的 建档立卡的干了一年 ygdx6个月 公司有sb 岗前都没领 能补多少钱', expect: payNot(2400, 8400) }],
  },
  {
    id: 'v116d14',
    class: 'several_groups',
    probes: 'a total first, the split next, months and 岗前 last',
    periodEnd: true,
    turns: [
      { user: '一共招了6个人 有贫困户有残疾的', expect: ask },
      { user: '贫困户4个 干满八个月了 残疾2个 公司交社保的', expect: ask },
      { user: '以工代训都是三个月 岗前的都没领', expect: pay(3600) },
    ],
  },
  // ------------------------------------------------------------------ negation_after_noun
  {
    id: 'v116d15',
    class: 'negation_after_noun',
    probes: '"社保没交" after the noun: a 零就业 hire needs an insured enterprise',
    periodEnd: true,
    turns: [{ user: '公司 社保没交 招了两个零就业家庭的 ygdx四个月 岗前的没领', expect: notYes(1600) }],
  },
  {
    id: 'v116d16',
    class: 'negation_after_noun',
    probes: '"建档立卡 不是": ordinary migrant workers, no group of the rule',
    turns: [{ user: '公司交着sb 招的那3个人 建档立卡 不是 就是普通农民工 ygdx干了3个月 岗前没领', expect: notYes(1800) }],
  },
  {
    id: 'v116d17',
    class: 'negation_after_noun',
    probes: '餐保 slip for 参保; "没有 没申请过" after the subsidy noun settles the last fact',
    periodEnd: true,
    turns: [
      { user: '餐保企业 招了个就业困难人员', expect: ask },
      { user: '以工代训5个月', expect: ask },
      { user: '岗前培训补贴 没有 没申请过', expect: pay(1000) },
    ],
  },
  {
    id: 'v116d18',
    class: 'negation_after_noun',
    probes: '"六个月以上 没有 才俩月": poor labour under six months, count unsaid',
    turns: [{ user: '厂里招的贫困户 六个月以上 没有 才俩月 以工待训也俩月 岗前补贴没领', expect: { ...notYes(), noAmount: 'open' } }],
  },
  {
    id: 'v116d19',
    class: 'negation_after_noun',
    probes: '"sb 没给员工交" does not block poor labour, which needs no insurance',
    periodEnd: true,
    turns: [{ user: '小饭店 执照是有限公司 sb 没给员工交 招了个建档立卡的 干了十个月 ygdx四个月 港前补贴 没领过', expect: pay(800) }],
  },
  {
    id: 'v116d20',
    class: 'negation_after_noun',
    probes: '"残疾证 都没有", then "认定 也没有": no group of the rule',
    turns: [
      { user: '公司有sb 招了3个人 残疾证 都没有 就是身体不太好 ygdx两个月 岗前没领', expect: notYes(1200) },
      { user: '就业困难人员认定 也没有', expect: notYes(1200) },
    ],
  },
  // ------------------------------------------------------------------ unknown_reply
  {
    id: 'v116d21',
    class: 'unknown_reply',
    probes: '岗前补贴 "不知道 得问会计", then the accountant answers',
    periodEnd: true,
    turns: [
      { user: '公司有社保 招了3个就业困难的 ygdx 4个月 能补多少', expect: ask },
      { user: '岗前那个补贴领没领我不知道 得问会计', expect: dunno },
      { user: '会计说没领', expect: pay(2400) },
    ],
  },
  {
    id: 'v116d22',
    class: 'unknown_reply',
    probes: 'months employed "不清楚" with an emoji, then known',
    periodEnd: true,
    turns: [
      { user: '扶贫车间 招了5个贫困户 以工代训四个月 岗前没领', expect: ask },
      { user: '干多久了 不清楚 人事不在😂', expect: dunno },
      { user: '查了 去年三月来的 干了一年多了', expect: pay(4000) },
    ],
  },
  {
    id: 'v116d23',
    class: 'unknown_reply',
    probes: 'insurance "说不好" from a foreman, then the boss says yes',
    periodEnd: true,
    turns: [
      { user: '招了俩零就业家庭的 ygdx三个月 岗前没领', expect: ask },
      { user: '交没交sb 我也说不好 我就是个班长', expect: dunno },
      { user: '问了老板 公司是交的', expect: pay(1200) },
    ],
  },
  {
    id: 'v116d24',
    class: 'unknown_reply',
    probes: 'the count "记不清了", then four',
    periodEnd: true,
    turns: [
      { user: '我们合作社 招了几个建档立卡户', expect: ask },
      { user: '几个人 记不清了 都干了八个多月', expect: dunno },
      { user: '四个 ygdx五个月 岗前补贴没领', expect: pay(4000) },
    ],
  },
  {
    id: 'v116d25',
    class: 'unknown_reply',
    probes: 'a worker does not know yet whether the certificate comes: the training subsidy stays open',
    periodEnd: true,
    turns: [
      { user: '我想报个电工培训 能补贴不', expect: trainOpen },
      { user: '证能不能考下来 不知道呢 还没考', expect: { undecided: 'vocational_training', noAmount: 'unfixed' } },
      { user: '在郑州培训 机构在系统里 今年没领过 以前没考过电工 没退休', expect: { undecided: 'vocational_training', noAmount: 'unfixed' } },
    ],
  },
  // ------------------------------------------------------------------ correction
  {
    id: 'v116d26',
    class: 'correction',
    probes: '"打错了 是2个": the count corrected, the old figure gone',
    periodEnd: true,
    turns: [
      { user: '公司有sb 残疾人3个 ygdx4个月 港前没领', expect: pay(2400) },
      { user: '打错了 是2个', expect: payNot(1600, 2400) },
      { user: '公司是有限公司 sb一直交着的 没问题吧', expect: { oneOf: [pay(1600), { cites: ['六(一)'], mustNotContain: ['2400'] }] } },
    ],
  },
  {
    id: 'v116d27',
    class: 'correction',
    probes: 'months employed corrected from five to nine: not eligible, then eligible',
    periodEnd: true,
    turns: [
      { user: '扶贫车间 贫困户2个 干了5个月 ygdx 5个月 岗前没领', expect: notYes(2000) },
      { user: '说错了 干了九个月了 以工代训还是5个月', expect: pay(2000) },
    ],
  },
  {
    id: 'v116d28',
    class: 'correction',
    probes: '"不对不对 是公司 不是合作社": the unit corrected; then the brother\'s cooperative as an aside',
    periodEnd: true,
    turns: [
      { user: '我们是合作社 招了3个零就业的 有社保 ygdx2个月 岗前没领', expect: notYes(1200) },
      { user: '不对不对 是公司 不是合作社 合作社是俺哥的', expect: pay(1200) },
      { user: '那俺哥合作社要是招贫困户 有没有这个补贴', expect: { cites: ['六(一)'] } },
    ],
  },
  {
    id: 'v116d29',
    class: 'correction',
    probes: 'equipment: base corrected to a master studio, the cap changes',
    periodEnd: true,
    turns: [
      { user: '高技能人才培训基地 买了实训设备80万 用的职工教育经费 验收过了', expect: kit(160000) },
      { user: '不好意思 是技能大师工作室 不是基地', expect: kit(100000, '160000', '16万') },
    ],
  },
  {
    id: 'v116d30',
    class: 'correction',
    probes: 'education fund: "说反了", the fund raised above 8 % of payroll',
    turns: [
      { user: '工资总额500万 职工教育经费提了30万 能抵多少', expect: deduct(300000) },
      { user: '哦说反了 教育经费是50万', expect: deduct(400000) },
    ],
  },
  {
    id: 'v116d31',
    class: 'correction',
    probes: 'a person\'s count of subsidies this year corrected from the fourth to the second',
    turns: [
      { user: '我户口在外地 在郑州找工作 培训完拿了证 今年这是第4回了', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' } } },
      { user: '说错了 是第二回 前面只领过一次', expect: trainOpen },
    ],
  },
  // ------------------------------------------------------------------ topic_switch
  {
    id: 'v116d32',
    class: 'topic_switch',
    probes: '以工代训 rate, then the education fund, then the asker\'s own web shop',
    turns: [
      { user: 'ygdx 一个人一个月多少', expect: { cites: ['六(一)'], says: [/200/] } },
      { user: '那职工教育经费 工资总额二百万 提了十万 税前能扣多少', expect: deduct(100000) },
      { user: '再问个 俺自己开网店两年了 创业培训能去不', expect: { cites: ['三(八)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v116d33',
    class: 'topic_switch',
    probes: 'a veteran\'s own training, then his wife\'s (poor labour, free), then 生活费补贴',
    periodEnd: true,
    turns: [
      { user: '俺是退伍军人 想学个汽修 有啥政策不', expect: { answered: true } },
      { user: '对了 俺媳妇是建档立卡户 她去学要钱不', expect: { cites: ['三(三)'], says: [/免费/] } },
      { user: '那学的时候有生活费补贴吗 一天多少', expect: unsettled },
    ],
  },
  {
    id: 'v116d34',
    class: 'topic_switch',
    probes: 'a 以工代训 case, then apprentices, then where the money goes',
    periodEnd: true,
    turns: [
      { user: '公司交sb 招了2个就业困难的 ygdx3个月 岗前没领', expect: pay(1200) },
      { user: '另外问下 新型学徒 带了10个 补多少', expect: { noAmount: 'unfixed', cites: ['四(一)'] } },
      { user: '好的 那ygdx那个钱是给公司还是给个人', expect: { cites: ['六(一)'], says: [/生产经营主体|企业|公司|单位/] } },
    ],
  },
  {
    id: 'v116d35',
    class: 'topic_switch',
    probes: 'a studio\'s equipment (slips 大使/经非), then the son at a 技工学校, then how much',
    periodEnd: true,
    turns: [
      { user: '技能大使工作室 新买设备30万 职工教育经非出的钱 验收合格了', expect: kit(60000) },
      { user: '顺便问问 我儿子在技工学校上学 我家建档立卡的 有补助不', expect: { cites: ['三(三)', '三(十四)'], noAmount: 'unfixed' } },
      { user: '补多少钱啊', expect: unsettled },
    ],
  },
  {
    id: 'v116d36',
    class: 'topic_switch',
    probes: 'entrepreneurship, then the same occupation and level again, then a higher level',
    turns: [
      { user: '我想开个早餐店 创业培训能免费上不', expect: { cites: ['三(八)'] } },
      { user: '还有 我前年考电工初级 补贴领过了 今年再考电工初级还补不', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['七(二)'] } },
      { user: '那考电工中级呢', expect: trainOpen },
    ],
  },
  // ------------------------------------------------------------------ person_training
  {
    id: 'v116d37',
    class: 'person_training',
    probes: 'every condition of the training subsidy said in one line: eligible, no amount',
    periodEnd: true,
    turns: [
      {
        user: '我在郑州打工 户口在周口 就在郑州培训的 考了叉车证 今年头一回 以前没考过 机构在省里系统里 没领养老金 能补贴不',
        expect: { status: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v116d38',
    class: 'person_training',
    probes: 'a retiree drawing a monthly pension: outside the training subsidy',
    periodEnd: true,
    turns: [{ user: '俺退休了 按月领着养老金 想学个育婴师 有补贴不', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed', cites: ['六(一)', '七(二)'] } }],
  },
  {
    id: 'v116d39',
    class: 'person_training',
    probes: 'three subsidies already this year: no fourth; next year is past the plan',
    turns: [
      { user: '今年已经领过三次培训补贴了 还能再领不', expect: { status: { rule: 'vocational_training', status: 'ineligible' }, cites: ['七(二)'] } },
      { user: '那明年呢 明年再考', expect: { mentionsPeriodEnd: true } },
      { user: '行吧 那找哪个部门问', expect: contact },
    ],
  },
  {
    id: 'v116d40',
    class: 'person_training',
    probes: 'training at the household place, facts given over three short messages',
    periodEnd: true,
    turns: [
      { user: '在老家培训的 户口就在老家 人在郑州上班 能报补贴不', expect: trainOpen },
      { user: '证拿到了 育婴员 今年头一回', expect: trainOpen },
      { user: '没退休 机构说在系统里 以前没考过这个', expect: { status: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v116d41',
    class: 'person_training',
    probes: 'an institution outside the Henan system: 系统之外零补贴',
    turns: [{ user: '培训机构不在那个河南省的系统里 我培训完拿了证 能补不', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['六(三)', '七(一)'] } }],
  },
  {
    id: 'v116d42',
    class: 'person_training',
    probes: 'a new occupation: the priority standard applies, the figure is not in the plan',
    turns: [
      { user: '无人机驾驶员是新职业吧 培训有补贴吗 按啥标准', expect: { cites: ['七(二)'], noAmount: 'unfixed' } },
      { user: '那具体一个人补几百', expect: unsettled },
    ],
  },
  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v116d43',
    class: 'entrepreneurship',
    probes: 'the wish to start out, with cy for 创业',
    periodEnd: true,
    turns: [{ user: '想自己干点啥 有创业的想法 cy培训能参加不', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' } } }],
  },
  {
    id: 'v116d44',
    class: 'entrepreneurship',
    probes: 'a business open seven years, no wish said: not eligible through the business',
    turns: [{ user: '我的小公司开了七年了 还能上创业培训不', expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' } } }],
  },
  {
    id: 'v116d45',
    class: 'entrepreneurship',
    probes: 'a vocational student, then the cost, then a classmate at a university',
    periodEnd: true,
    turns: [
      { user: '我是职业学院的学生 创业培训有我的份吗', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' } } },
      { user: '要交钱不 给补多少', expect: { noAmount: 'unfixed' } },
      { user: '俺同学在普通大学读的 她也行不', expect: { cites: ['三(八)'] } },
    ],
  },
  {
    id: 'v116d46',
    class: 'entrepreneurship',
    probes: 'a micro-business owner three years in, then an 创业补贴 amount the plan does not give',
    periodEnd: true,
    turns: [
      { user: '小微企业主 开业三年 创业培训咋报', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' } } },
      { user: '培训完给创业补贴不 给多少钱', expect: unsettled },
    ],
  },
  {
    id: 'v116d47',
    class: 'entrepreneurship',
    probes: 'a college graduate without a job who wants 小买卖',
    periodEnd: true,
    turns: [{ user: '大专毕业一年了 没找着工作 想搞点小买卖 创业培训能去不', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' } } }],
  },
  // ------------------------------------------------------------------ equipment
  {
    id: 'v116d48',
    class: 'equipment',
    probes: 'a base at 300 万: 20 % is 60 万, capped at 50 万',
    periodEnd: true,
    turns: [{ user: '高技能人才培训基地 新买设备三百万 职工教育经费买的 人社财政都验收了 补多少', expect: kit(500000, '600000', '60万') }],
  },
  {
    id: 'v116d49',
    class: 'equipment',
    probes: 'a studio\'s value first, then the fund but no 验收, then 验收',
    periodEnd: true,
    turns: [
      { user: '技能大师工作室 买设备 四十万', expect: kitOpen('80000', '8万') },
      { user: '职工教育经费出的 还没验收', expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' } } },
      { user: '验收过了 上礼拜刚验的', expect: kit(80000) },
    ],
  },
  {
    id: 'v116d50',
    class: 'equipment',
    probes: 'equipment bought with the company\'s own money, not the education fund',
    turns: [{ user: '基地买设备用的公司自己的钱 没走教育经费 验收合格 一百万 能补吗', expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['200000', '20万'] } }],
  },
  {
    id: 'v116d51',
    class: 'equipment',
    probes: 'two batches of one studio share its 10 万 cap',
    periodEnd: true,
    turns: [{ user: '大师工作室 第一批设备30万 第二批40万 都是教育经费 验收过了 一共补多少', expect: kit(100000, '140000', '14万') }],
  },
  {
    id: 'v116d52',
    class: 'equipment',
    probes: 'how equipment is subsidised, then the value and fund, then 验收 by both departments',
    periodEnd: true,
    turns: [
      { user: '俺们建了个高技能人才培训基地 设备咋补', expect: { cites: ['四(一)'] } },
      { user: '150万 教育经费买的', expect: kitOpen('300000', '30万') },
      { user: '验收了 人社和财政一块验的', expect: kit(300000) },
    ],
  },
  // ------------------------------------------------------------------ education_fund
  {
    id: 'v116d53',
    class: 'education_fund',
    probes: 'fund under 8 % of payroll: the whole fund is deductible',
    turns: [{ user: '工资总额1000万 职工教育经费提了60万 税前能扣多少', expect: deduct(600000) }],
  },
  {
    id: 'v116d54',
    class: 'education_fund',
    probes: 'fund above 8 %, and only half spent on front-line workers',
    turns: [{ user: '工资薪金总额三百万 教育经费提了三十万 一线职工用了一半', expect: deduct(240000, /60\s*%|百分之六十|六成/) }],
  },
  {
    id: 'v116d55',
    class: 'education_fund',
    probes: 'the rate first, then a small firm\'s figures',
    turns: [
      { user: '职工教育经费扣除比例是多少', expect: { cites: ['六(二)'], says: [/8\s*%|百分之八/] } },
      { user: '工资总额80万 经费提了5万', expect: deduct(50000) },
    ],
  },
  {
    id: 'v116d56',
    class: 'education_fund',
    probes: 'asks for cash back: it is a pre-tax deduction; payroll said next',
    turns: [
      { user: '教育经费能直接返钱给企业不 提了20万', expect: { says: [/税前/], noAmount: 'open' } },
      { user: '忘说了 工资总额一百五十万', expect: { ...deduct(120000), mustNotContain: ['200000'] } },
    ],
  },
  {
    id: 'v116d57',
    class: 'education_fund',
    probes: 'the fund drawn "不清楚", then known',
    turns: [
      { user: '教育经费那个 我们工资总额四百万', expect: { noAmount: 'open', asks: true } },
      { user: '提了多少 不清楚 财务没说', expect: { noAmount: 'open', undecided: 'education_fund_deduction' } },
      { user: '财务说提了二十五万 一线用了七成', expect: deduct(250000) },
    ],
  },
  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v116d58',
    class: 'apprenticeship',
    probes: 'apprentices with a slip (学图): no amount in the plan',
    periodEnd: true,
    turns: [{ user: '新型学徒制 带了8个学图 一个补多少钱', expect: { noAmount: 'unfixed', cites: ['四(一)'] } }],
  },
  {
    id: 'v116d59',
    class: 'apprenticeship',
    probes: 'the standard (not set), then 师带徒 from the fund, then the front-line share',
    turns: [
      { user: '企业新型学徒 补贴标准是多少', expect: unsettled },
      { user: '那师带徒津贴能从教育经费里出吗', expect: { cites: ['六(二)'] } },
      { user: '一线职工培训得占教育经费多少', expect: { cites: ['六(二)'], says: [/60|六成|百分之六十/] } },
    ],
  },
  {
    id: 'v116d60',
    class: 'apprenticeship',
    probes: 'apprentices beside a 以工代训 row: the row is paid, the apprentices get no figure',
    periodEnd: true,
    turns: [{ user: '公司搞学徒制 10个学徒 另外招了2个残疾人 sb交着 ygdx4个月 岗前没领 都能补啥', expect: pay(1600) }],
  },
  {
    id: 'v116d61',
    class: 'apprenticeship',
    probes: 'a rumoured 6000 a year per apprentice: the plan gives no figure; whom to ask; the target',
    turns: [
      { user: '听说学徒补贴 一个人一年给6000 真的假的', expect: unsettled },
      { user: '那找谁问', expect: contact },
      { user: '三年要培养多少学徒啊', expect: { cites: ['四(一)'], says: [/2\s*万|20000|两万|二万/] } },
    ],
  },
  {
    id: 'v116d62',
    class: 'apprenticeship',
    probes: '现代学徒制 and 企业新型学徒制, then five apprentices: no figure',
    periodEnd: true,
    turns: [
      { user: '现代学徒制跟企业新型学徒制 都有补贴吗', expect: { cites: ['四(一)'] } },
      { user: '俺厂带了5个 能给多少钱', expect: { noAmount: 'unfixed' } },
    ],
  },
  // ------------------------------------------------------------------ period
  {
    id: 'v116d63',
    class: 'period',
    probes: 'can we still apply in 2026: the plan ended 2021-12-31',
    periodEnd: true,
    turns: [{ user: 'ygdx现在还能申请不 都2026年了', expect: { mentionsPeriodEnd: true } }],
  },
  {
    id: 'v116d64',
    class: 'period',
    probes: 'when does it expire, does it still count, who issued it',
    turns: [
      { user: '这个技能提升行动 啥时候到期', expect: { mentionsPeriodEnd: true, says: [/2021/] } },
      { user: '那过期了还管用不', expect: { mentionsPeriodEnd: true } },
      { user: '哪个单位发的文', expect: { says: [/郑州市人民政府/] } },
    ],
  },
  {
    id: 'v116d65',
    class: 'period',
    probes: 'a case from 2021 asked after the fact: the amount, and the plan has ended',
    periodEnd: true,
    turns: [{ user: '21年那会公司招了3个贫困户 干了十个月 ygdx6个月 公司交sb 岗前没领 当时能领多少', expect: pay(3600) }],
  },
  {
    id: 'v116d66',
    class: 'period',
    probes: 'the date the plan was issued',
    turns: [{ user: '方案是哪天印发的', expect: { says: [/2019\s*年\s*12\s*月\s*[23]\s*日|2019-12-0[23]/] } }],
  },
  {
    id: 'v116d67',
    class: 'period',
    probes: 'applying this month: ended; newer policies are not in the corpus; the old monthly cap',
    periodEnd: true,
    turns: [
      { user: '我们小厂想这个月申请以工代训 还来得及不', expect: { mentionsPeriodEnd: true } },
      { user: '那现在有啥新政策 你给推荐下', expect: { oneOf: [{ answered: false }, { says: [/12333|人社|人力资源|热线/] }] } },
      { user: '那以前那个ygdx 一个人最多补几个月', expect: { cites: ['六(一)'], says: [/6\s*个月|六个月/] } },
    ],
  },
];
