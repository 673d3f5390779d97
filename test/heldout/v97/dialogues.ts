/**
 * HELD-OUT dialogues, set v97 — written BLIND from the policy text (policy-corpus/zz-2019-63.md)
 * and the contracts (shared/spec/eligibility.md, api.md) only: never from the service's output,
 * the code under src/, other held-out sets or the dev sets under test/. Only the format of v87
 * (its first lines) was looked at. Not to be tuned on: no word of these messages goes into a
 * glossary, pattern or fixture; once a dialogue has been fixed by a targeted change it measures
 * nothing any more — write a new one instead.
 *
 * Who types here: HR, payroll and finance staff of small and medium firms in Zhengzhou (汽配厂、
 * 食品厂、物业、物流、耐材、铝业、餐饮连锁), accountants of 农民专业合作社 and 扶贫车间, and the
 * administrators of 技工院校 and private training schools. They write long structured messages:
 * numbered lists (1. / ①② / 一、二、 / a) b)), "key：value；" lines, tables pasted from Excel (tab or
 * | separated, with a 合计 row that is no group), forwarded text ("转发：…", "老板让我问…"), formal
 * wording mixed with sloppy typing and homophones (以工带训、职工教育经废), figures in 万 / w, and
 * self-corrections ("哦不对", "更正一下"). Outside questions: 个税、社保基数、劳动合同、会计处理.
 *
 * Issue 10: nothing is inferred from silence. An amount is expected only once every fact it depends
 * on has been said: the kind of unit, insurance where the rule needs it, the group, months employed
 * (poor labour ≥ 6), months of 以工代训 (cap 6), whether the 岗前培训补贴 was already claimed.
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months by a production entity (企业、合作社、扶贫车间, a 培训机构 too); 就业困难
 *   (incl. 残疾人) and 零就业家庭 only by an insured enterprise; 退役军人 and 农村转移就业 are no
 *   group of this rule; rows with the 岗前培训补贴 claimed never count; a 合计 row is no row.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only bought from
 *   the 职工教育经费 and accepted; batches of one site share its cap.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Project training (六(一)): 50 % of the project's training subsidy, paid in advance.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, free training, entrepreneurship
 *   training, family aid, competition awards: the plan fixes no amount.
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const askOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact cannot be given ("不清楚"): no figure, no verdict. */
const dunnoOJT: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** One group settled, another still open: ask on, never 不符合 (a partial figure may be stated). */
const nextGroup = (wrong: number): TurnExpect => ({ asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: [String(wrong)] });
/** The 以工代训 amount. */
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, without the misreadings' figures. */
const payNot = (yuan: number, ...wrong: number[]): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: wrong.map(String) });
/** 以工代训 excluded on these facts. */
const noPay = (wrong: number): TurnExpect => ({ status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: [String(wrong)] });
/** Not eligible on these facts (a question back is fine), the misreading's figure absent. */
const notYes = (wrong: number): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: [String(wrong)] });
/** The equipment subsidy. */
const kit = (yuan: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan } });
/** An equipment fact is missing: ask, no figure. */
const askKit: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
/** An equipment fact cannot be given: no figure, no verdict. */
const dunnoKit: TurnExpect = { noAmount: 'open', undecided: 'equipment_subsidy' };
/** The education-fund deduction: 税前, never money to collect. */
const deduct = (yuan: number, ...wrong: (string | RegExp)[]): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/, ...wrong],
});
/** The 项目制 advance. */
const advance = (yuan: number): TurnExpect => ({ amount: { rule: 'project_training_advance', yuan } });
/** The plan fixes no amount: no figure, the clause cited. */
const noFigure = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
/** The plan does not settle it. */
const unsettled: TurnExpect = { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] };
/** Outside the plan. */
const outside: TurnExpect = { answered: false };
/** The plan's end is told. */
const ended: TurnExpect = { mentionsPeriodEnd: true };

export const DIALOGUES_V97: Dialogue[] = [
  // ================================================================ one_group
  {
    id: 'v97d01',
    class: 'one_group',
    probes: 'poor labour at a parts factory, facts over three turns; amount only once 岗前 is said',
    periodEnd: true,
    turns: [
      { user: '您好 我是经开区一家汽配厂的人事 想咨询下以工带训补贴 我们今年招了几个建档立卡户的工人 这个能申请吗 需要提供啥', expect: askOJT },
      { user: '人数：4\n在厂里干了：9个月\n以工代训：每人带了5个月', expect: askOJT },
      // 4 × 200 × 5 = 4000
      { user: '岗前培训补贴那个 这4个人 厂里一直没弄 没申请过', expect: pay(4000) },
    ],
  },
  {
    id: 'v97d02',
    class: 'one_group',
    probes: 'forwarded ①② list from a cooperative; 8 months of 以工代训 capped at 6',
    periodEnd: true,
    turns: [
      {
        user: '转发：老板让我问下\n①单位：新郑的一个农民专业合作社（种大蒜的）\n②吸纳建档立卡贫困劳动力 2人\n③都干了一年多了 14个月\n④以工代训搞了 8个月\n⑤没领过新录用人员岗前培训补贴\n请问以工代训补贴能拿多少',
        // 2 × 200 × min(8, 6) = 2400; uncapped 3200
        expect: payNot(2400, 3200),
      },
      { user: '8个月为啥只按6个月算 多出来那俩月就不给了？', expect: { cites: ['六(一)'], mustNotContain: ['3200'] } },
    ],
  },
  {
    id: 'v97d03',
    class: 'one_group',
    probes: 'one 零就业家庭 worker at an insured property firm; insurance and months first, then 岗前',
    periodEnd: true,
    turns: [
      { user: '我们是二七区做物业的公司 有个保洁大姐是零就业家庭的 以工代训补贴这个能申请吗', expect: askOJT },
      { user: '公司社保一直正常交 就她1个人 入职3个月 以工代训也是3个月', expect: askOJT },
      // 1 × 200 × 3 = 600
      { user: '岗前那个补贴 大姐入职时候没拿过 公司也没报', expect: pay(600) },
    ],
  },
  {
    id: 'v97d04',
    class: 'one_group',
    probes: '一、二、 form with 残疾人 at an insured enterprise (就业困难人员含残疾人); then who gets the money',
    periodEnd: true,
    turns: [
      {
        user: '一、企业性质：民营 食品加工 社保已参保\n二、吸纳人员：残疾人2名（有残疾证）\n三、入职月数：7个月\n四、以工代训月数：6个月\n五、岗前技能培训补贴：未申领\n问：以工代训补贴能批多少？残疾人算不算就业困难人员',
        // 2 × 200 × 6 = 2400
        expect: pay(2400),
      },
      { user: '好的 那这笔钱是打到企业对公账户 还是直接发给残疾员工本人', expect: { cites: ['六(一)'], says: [/生产经营主体|企业|单位|公司/] } },
    ],
  },
  {
    id: 'v97d05',
    class: 'one_group',
    probes: 'poverty workshop, poor labour employed only 4 months (< 6): no 4000; then the 6-month case',
    periodEnd: true,
    turns: [
      {
        user: '我们是登封那边一个扶贫车间 做劳保手套的 吸纳了五个建档立卡贫困劳动力 干了4个月 以工代训也是4个月 岗前补贴没申请过 能享受以工代训补贴吗',
        // employed 4 < 6 months: not yet; 5 × 200 × 4 = 4000 must not be promised
        expect: notYes(4000),
      },
      {
        user: '那要是他们干满半年了 以工代训还是按4个月算 能给多少',
        // employed 6, 以工代训 4: 5 × 200 × 4 = 4000
        expect: { oneOf: [pay(4000), { asks: true, noAmount: 'open' }] },
      },
    ],
  },
  {
    id: 'v97d06',
    class: 'one_group',
    probes: 'veterans are no group of 以工代训 even at an insured firm; then what the plan does for veterans',
    periodEnd: true,
    turns: [
      {
        user: '我们公司（中原区 做安保的 社保都交）招了3个退役军人 入职5个月 以工代训4个月 岗前补贴没领 以工代训补贴有没有',
        // 3 × 200 × 4 = 2400 would be the wrong rule's figure
        expect: notYes(2400),
      },
      { user: '那退役军人这块 方案里有啥培训方面的支持', expect: { cites: ['三(二)', '六(一)'], noAmount: 'unfixed' } },
    ],
  },

  // ================================================================ several_groups
  {
    id: 'v97d07',
    class: 'several_groups',
    probes: 'Excel table (tabs) with three groups and a 合计 row that must not become a fourth group',
    periodEnd: true,
    turns: [
      {
        user: '以工代训申报情况（XX机械有限公司，已参保）\n人员类别\t人数\t入职月数\t以工代训月数\n建档立卡贫困劳动力\t3\t8\t6\n就业困难人员\t2\t5\t5\n零就业家庭成员\t1\t4\t4\n合计\t6\t\t\n以上人员均未领取岗前技能培训补贴，麻烦帮忙算下能拿多少',
        // 3×200×6 = 3600; 2×200×5 = 2000; 1×200×4 = 800; total 6400. All six at 6 months: 7200; 合计 counted: 12800
        expect: payNot(6400, 7200, 12800),
      },
    ],
  },
  {
    id: 'v97d08',
    class: 'several_groups',
    probes: '| table, poor labour months employed missing while the disabled row is settled; no guessed total',
    periodEnd: true,
    turns: [
      {
        user: '| 类别 | 人数 | 以工代训月数 |\n| 贫困劳动力 | 2 | 5 |\n| 残疾人 | 1 | 3 |\n| 合计 | 3 | |\n公司参保了 这几个人都没领岗前补贴 能补多少',
        // disabled: 1×200×3 = 600 settled; poor labour needs months employed ≥ 6; 2600 would guess it
        expect: nextGroup(2600),
      },
      // 2×200×5 = 2000 + 600 = 2600
      { user: '贫困劳动力那俩 在公司干了11个月了', expect: pay(2600) },
    ],
  },
  {
    id: 'v97d09',
    class: 'several_groups',
    probes: 'key：value lines, poverty workshop with poor labour and veterans; only the poor-labour row pays',
    periodEnd: true,
    turns: [
      {
        user: '人员类别：建档立卡贫困劳动力；人数：3；在岗月数：7；以工代训月数：4\n人员类别：退役军人；人数：2；在岗月数：7；以工代训月数：4\n单位：中牟县一个扶贫车间；岗前培训补贴：均未申领\n请核算以工代训补贴',
        // 3×200×4 = 2400; veterans not a group of the rule; 5×200×4 = 4000 would count them
        expect: payNot(2400, 4000),
      },
      { user: '退役军人那两个为啥不算 他们也是跟着师傅以工代训的', expect: { cites: ['六(一)'], mustNotContain: ['4000'] } },
    ],
  },
  {
    id: 'v97d10',
    class: 'several_groups',
    probes: 'a) b) list with two groups on different months (9 → capped 6, and 2); no bleeding of months',
    periodEnd: true,
    turns: [
      {
        user: '老板让我问：\na) 就业困难人员4人 以工代训9个月\nb) 零就业家庭成员2人 以工代训2个月\nc) 单位：荥阳一家耐火材料厂 参保企业\nd) 岗前培训补贴 两类人都没领过\n一共能拿多少',
        // 4×200×6 = 4800 + 2×200×2 = 800 → 5600; uncapped 7200+800 = 8000; all at 2 months 2400
        expect: payNot(5600, 8000, 2400),
      },
    ],
  },
  {
    id: 'v97d11',
    class: 'several_groups',
    probes: 'cooperative with poor labour and a 就业困难 hire: the latter needs an insured enterprise',
    periodEnd: true,
    turns: [
      { user: '我是新密一个农民专业合作社的会计 我们吸纳了贫困劳动力2个 还有就业困难人员1个 以工代训都做了 想问下能申请多少补贴', expect: askOJT },
      {
        user: '贫困的俩人 干了10个月 以工代训6个月；困难人员那个干了5个月 以工代训5个月；岗前培训补贴都没领',
        // poor: 2×200×6 = 2400; 就业困难 at a cooperative: not a 参保企业 → 0; 3400 would count it
        expect: payNot(2400, 3400),
      },
      { user: '困难人员那个为啥不算 我们合作社也给他交着社保呢', expect: { cites: ['六(一)'], mustNotContain: ['3400'] } },
    ],
  },
  {
    id: 'v97d12',
    class: 'several_groups',
    probes: 'training school as employer, two poor-labour rows, one employed only 5 months; 合计 row',
    periodEnd: true,
    turns: [
      {
        user: '我们是金水区一家民办职业培训学校 自己也招了人干活：\n类别|人数|入职|以工代训\n贫困劳动力（后勤）|1|6个月|6个月\n贫困劳动力（食堂）|2|5个月|5个月\n合计|3||\n岗前补贴都没申请\n培训机构也能拿以工代训补贴吗 能的话一共多少',
        // 后勤: 1×200×6 = 1200; 食堂: employed 5 < 6 → 0. Counting 食堂: 3200; all at 6: 3600
        expect: payNot(1200, 3200, 3600),
      },
      {
        user: '食堂那俩下个月就满6个月了 到时候以工代训按5个月报 一共能有多少',
        // then 1200 + 2×200×5 = 2000 → 3200
        expect: { oneOf: [pay(3200), { asks: true, noAmount: 'open' }] },
      },
    ],
  },
  {
    id: 'v97d13',
    class: 'several_groups',
    probes: 'three groups named first, then given one by one over four turns; the last one delayed',
    periodEnd: true,
    turns: [
      { user: '您好 帮我们HR算下以工代训 ①建档立卡贫困劳动力 ②就业困难人员 ③零就业家庭成员 三类都有 公司在郑东新区 社保是交的', expect: askOJT },
      // ①: 3×200×6 = 3600 settled
      { user: '先说第①类：3人，在岗8个月，以工代训6个月，岗前补贴未领', expect: nextGroup(7200) },
      // ②: 2×200×4 = 1600; ③ open. Reading ③ with ②'s 4 months (1 person): 3600+1600+800 = 6000
      { user: '第②类：2人 以工代训4个月 岗前补贴也没领；③零就业家庭那个 我再跟部门确认下 回头说', expect: { notVerdict: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: ['6000'] } },
      // 3600 + 1600 + 1×200×3 = 600 → 5800
      { user: '③确认好了 1个人 以工代训3个月 岗前的也没领过', expect: pay(5800) },
    ],
  },
  {
    id: 'v97d14',
    class: 'several_groups',
    probes: 'forwarded HR-group list, one row with 岗前补贴 already claimed; only the other row pays',
    periodEnd: true,
    turns: [
      {
        user: '转发HR群里的：\n1. 贫困劳动力 5人 入职7个月 以工代训6个月 岗前技能培训补贴已领\n2. 就业困难人员 3人 入职6个月 以工代训6个月 岗前技能培训补贴未领\n公司：巩义一家铝业公司，正常参保\n问题：以工代训补贴多少？',
        // row 1 excluded (岗前 claimed); row 2: 3×200×6 = 3600; both rows 9600; row 1 only 6000
        expect: payNot(3600, 9600, 6000),
      },
      {
        user: '那领过岗前补贴的那5个 能不能把岗前补贴退了 改报以工代训',
        expect: { oneOf: [{ says: [HONEST_NOT_SETTLED] }, { cites: ['六(一)'] }], mustNotContain: ['9600'] },
      },
    ],
  },

  // ================================================================ negation_after_noun
  {
    id: 'v97d15',
    class: 'negation_after_noun',
    probes: '岗前补贴 … 压根就没去申请: negation far after the noun means not claimed',
    periodEnd: true,
    turns: [
      { user: '我们厂（管城区 做纸箱的）招了2个建档立卡贫困户 在厂里干满8个月了 以工代训3个月', expect: askOJT },
      // 2×200×3 = 1200
      { user: '岗前培训补贴那个 这俩人 当时我们厂里 压根就 没去申请', expect: pay(1200) },
    ],
  },
  {
    id: 'v97d16',
    class: 'negation_after_noun',
    probes: '社保这块 … 一直都还没给交: uninsured, so 就业困难 hires do not qualify',
    periodEnd: true,
    turns: [
      {
        user: '我们公司 招了2名就业困难人员 入职5个月 以工代训4个月 岗前补贴没领过 但是说实话 社保这块 公司因为资金紧张 去年到现在 一直 都还没 给交',
        // not insured → 就业困难 rows do not count; 2×200×4 = 1600 must not appear
        expect: noPay(1600),
      },
      { user: '那建档立卡贫困劳动力是不是不看社保 我们还有1个建档立卡的', expect: { cites: ['六(一)'], notVerdict: { rule: 'on_job_training', status: 'ineligible' } } },
    ],
  },
  {
    id: 'v97d17',
    class: 'negation_after_noun',
    probes: '社保 … 从来没断过 (insured) and 岗前 … 没有申请过 in a 一、二、 message; then a labour-contract question',
    periodEnd: true,
    turns: [
      {
        user: '一、单位：惠济区一家连锁餐饮公司，社保从成立到现在从来没断过\n二、人员：零就业家庭成员 2 人\n三、入职 6 个月，以工代训 6 个月\n四、新录用人员岗前技能培训补贴：没有申请过，也不打算申请\n五、请问以工代训补贴可以拿多少',
        // 2×200×6 = 2400
        expect: pay(2400),
      },
      { user: '另外这两个人的劳动合同 签一年还是签三年比较好 有啥讲究没', expect: outside },
    ],
  },
  {
    id: 'v97d18',
    class: 'negation_after_noun',
    probes: 'rural workers are not 建档立卡 ("建档立卡 … 都不是"): no 以工代训 figure',
    periodEnd: true,
    turns: [
      {
        user: '我们物流公司新招了3个农村来的小伙子 入职6个月 以工代训5个月 岗前补贴没领 想问问能不能报以工代训补贴',
        // nothing says poor labour: 3×200×5 = 3000 must not be promised
        expect: notYes(3000),
      },
      { user: '建档立卡贫困户 他们仨 都不是 就是普通的农村转移就业劳动者', expect: notYes(3000) },
    ],
  },
  {
    id: 'v97d19',
    class: 'negation_after_noun',
    probes: 'rhetorical "人社不是已经给我们批过了嘛" = 岗前补贴 already claimed: no 以工代训',
    periodEnd: true,
    turns: [
      {
        user: '公司参保的 招了2个就业困难人员 入职5个月 以工代训5个月 岗前培训补贴 这俩人入职那会儿 人社不是已经给我们批过一次了嘛 那以工代训还能再报吗',
        // 岗前 claimed → excluded; 2×200×5 = 2000 must not appear
        expect: noPay(2000),
      },
      { user: '好吧 那岗前补贴跟以工代训比 一般哪个钱多', expect: { oneOf: [{ says: [HONEST_NOT_SETTLED] }, { cites: ['六(一)'] }], mustNotContain: ['2000'] } },
    ],
  },
  {
    id: 'v97d20',
    class: 'negation_after_noun',
    probes: '是否参保：否 in a table header; poor labour still pays; then insurance is set up',
    periodEnd: true,
    turns: [
      {
        user: '单位：二七区一家服装厂\n是否参保：否（正在办理）\n类别 人数 入职月数 以工代训月数 岗前补贴\n建档立卡贫困劳动力 2 9 6 未领\n就业困难人员 3 4 4 未领\n合计 5\n能拿多少',
        // poor: 2×200×6 = 2400; 就业困难 not insured → 0; with them 4800
        expect: payNot(2400, 4800),
      },
      {
        user: '参保已经办好了 从这个月起正常交 那困难人员那3个人 现在能算进去了吧',
        // insured now: 2400 + 3×200×4 = 2400 → 4800
        expect: { oneOf: [pay(4800), { asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } }] },
      },
    ],
  },

  // ================================================================ unknown_reply
  {
    id: 'v97d21',
    class: 'unknown_reply',
    probes: 'months of 以工代训 "真不清楚" leaves it open; answered later',
    periodEnd: true,
    turns: [
      { user: '您好，我司（航空港区一家电子厂，已参保）吸纳就业困难人员6名，入职5个月，岗前培训补贴未申领。以工代训补贴怎么算', expect: askOJT },
      { user: '以工代训具体几个月 我这边真不清楚 是车间那边报的 我回头问问', expect: dunnoOJT },
      // 6×200×3 = 3600
      { user: '问到了 车间主任说以工代训是3个月', expect: pay(3600) },
    ],
  },
  {
    id: 'v97d22',
    class: 'unknown_reply',
    probes: 'kind of unit and insurance uncertain ("不确定 … 好像是个体户"): no figure, no verdict',
    turns: [
      { user: '帮朋友问的 他们店里招了两个零就业家庭的 以工代训6个月 岗前补贴没领 能补多少', expect: askOJT },
      { user: '社保交没交我也不确定 他那是个小饭馆 好像是个体户 营业执照我没见过', expect: dunnoOJT },
    ],
  },
  {
    id: 'v97d23',
    class: 'unknown_reply',
    probes: '岗前培训补贴："这个我不清楚" in a key：value line; settled after checking the books',
    periodEnd: true,
    turns: [
      { user: '人数：2（建档立卡贫困劳动力）；单位：荥阳一个农民专业合作社；在岗：12个月；以工代训：6个月；岗前培训补贴：这个我不清楚 之前的会计有没有报过', expect: dunnoOJT },
      // 2×200×6 = 2400
      { user: '翻了下往年账本 之前会计没报过岗前培训补贴', expect: pay(2400) },
    ],
  },
  {
    id: 'v97d24',
    class: 'unknown_reply',
    probes: 'equipment acceptance unknown by a new clerk; then confirmed',
    periodEnd: true,
    turns: [
      { user: '我们公司用职工教育经费 给技能大师工做室买了一批数控设备 总共35万 能补多少', expect: askKit },
      { user: '验收的事 人社和财政来没来验过 我刚接手这摊 不太清楚', expect: dunnoKit },
      // 35万 × 20% = 7万 = 70000 (< 10万 cap)
      { user: '问了行政部 人社局和财政局一起来验收过了 合格', expect: kit(70000) },
    ],
  },
  {
    id: 'v97d25',
    class: 'unknown_reply',
    probes: 'poor labour months employed forgotten ("忘了 反正不到一年"); then from the attendance sheet',
    periodEnd: true,
    turns: [
      { user: '我们是巩义的一个扶贫车间 招了3个建档立卡贫困户 以工代训4个月 没领过岗前补贴 他们具体来了多久 我也忘了 反正不到一年', expect: dunnoOJT },
      // 3×200×4 = 2400
      { user: '查了考勤表 三个人都是来了7个月', expect: pay(2400) },
    ],
  },
  {
    id: 'v97d26',
    class: 'unknown_reply',
    probes: 'education fund known, payroll "不知道" for now: no deduction figure; then the payroll',
    turns: [
      { user: '我们今年提了职工教育经废46万 税前能扣多少', expect: { asks: true, undecided: 'education_fund_deduction' } },
      { user: '工资薪金总额 财务那边年报还没出 现在不知道', expect: { undecided: 'education_fund_deduction' } },
      // 8% × 520万 = 41.6万 < 46万 → 416000
      { user: '财务出来了 全年工资薪金总额520万', expect: deduct(416000, '460000') },
    ],
  },

  // ================================================================ correction
  {
    id: 'v97d27',
    class: 'correction',
    probes: 'head count corrected from 5 to 3 in the next turn',
    periodEnd: true,
    turns: [
      // 5×200×6 = 6000
      { user: '吸纳贫困劳动力5人 入职8个月 以工代训6个月 我们是企业 做食品的 岗前补贴没领', expect: pay(6000) },
      // 3×200×6 = 3600
      { user: '不好意思 人数打错了 是3人 不是5人', expect: payNot(3600, 6000) },
    ],
  },
  {
    id: 'v97d28',
    class: 'correction',
    probes: 'self-correction inside one message ("5个月，哦不对，4个月"); then an accounting question',
    periodEnd: true,
    turns: [
      // 2×200×4 = 1600; the first figure would give 2000
      { user: '就业困难人员2名，以工代训5个月，哦不对，4个月，公司参保的，岗前补贴没领过，入职半年了', expect: payNot(1600, 2000) },
      { user: '还有 我们财务问 这笔补贴收到后入账 是记营业外收入还是冲减成本费用', expect: outside },
    ],
  },
  {
    id: 'v97d29',
    class: 'correction',
    probes: 'insurance corrected to "其实没交": the 零就业家庭 amount is withdrawn',
    periodEnd: true,
    turns: [
      // 3×200×3 = 1800
      { user: '我们公司吸纳零就业家庭成员3人 社保交了 以工代训3个月 入职4个月 岗前补贴未领', expect: pay(1800) },
      { user: '等下 我刚问了老板 社保其实一直没给交 之前我说错了', expect: noPay(1800) },
    ],
  },
  {
    id: 'v97d30',
    class: 'correction',
    probes: 'group corrected at a cooperative: not 建档立卡 but 就业困难, which a cooperative cannot claim',
    periodEnd: true,
    turns: [
      // 2×200×6 = 2400
      { user: '我们是合作社 贫困劳动力2人 以工代训6个月 在岗10个月 岗前补贴没领', expect: pay(2400) },
      { user: '搞错了 这俩不是建档立卡贫困户 是就业困难人员 残联那边认定的', expect: notYes(2400) },
    ],
  },
  {
    id: 'v97d31',
    class: 'correction',
    probes: 'equipment table corrected twice: the cap holds, then the lower value applies',
    periodEnd: true,
    turns: [
      {
        user: '用职工教育经费买的实训设备（都通过人社、财政验收了）：\n站点\t类别\t设备金额(万元)\n东区高技能人才培训基地\t数控机床\t180\n东区高技能人才培训基地\t工业机器人\t120\n合计\t\t300\n能补多少',
        // 300万 × 20% = 60万 > 50万 cap → 500000
        expect: kit(500000),
      },
      // 282万 × 20% = 56.4万 > 50万 → 500000
      { user: '更正一下 机器人那行是102万 不是120 合计是282', expect: kit(500000) },
      // 180万 × 20% = 36万 → 360000
      { user: '再改下 基地那边实际只买了数控机床180万 机器人是明年的采购计划 还没买', expect: kit(360000) },
    ],
  },
  {
    id: 'v97d32',
    class: 'correction',
    probes: 'payroll corrected inside one message (800万 → 880万); then the 60 % front-line share',
    turns: [
      {
        user: '工资薪金总额 800万 职工教育经费 70万 能税前扣多少 —— 哦写错了 工资总额是 880万',
        // 8% × 880万 = 70.4万 ≥ 70万 → 700000; with 800万: 64万
        expect: deduct(700000, /64\s*万/, '640000'),
      },
      { user: '一线职工培训大概只占了这笔经费的一半 有影响吗', expect: { cites: ['六(二)'], says: [/60\s*[%％]|百分之六十/] } },
    ],
  },
  {
    id: 'v97d33',
    class: 'correction',
    probes: 'months of 以工代训 corrected from 8 to 5 at a poverty workshop',
    periodEnd: true,
    turns: [
      // 4×200×min(8,6) = 4800
      { user: '扶贫车间 贫困劳动力4人 干了8个月 以工代训8个月 岗前没领', expect: pay(4800) },
      // 4×200×5 = 4000
      { user: '以工代训其实只有5个月 前3个月是试岗 没带', expect: payNot(4000, 4800) },
    ],
  },

  // ================================================================ topic_switch
  {
    id: 'v97d34',
    class: 'topic_switch',
    probes: 'after a 以工代训 amount: a 个税 question (outside), then the studio cap (四(一))',
    periodEnd: true,
    turns: [
      // 1×200×6 = 1200
      { user: '参保企业 就业困难人员1人 入职6个月 以工代训6个月 岗前补贴未领 能拿多少', expect: pay(1200) },
      { user: '顺便问下 个税汇算的时候 员工考了技工证 继续教育专项附加扣除怎么填', expect: outside },
      { user: '好的 那再问下 技能大师工作室买设备 补助最高多少', expect: { cites: ['四(一)'], says: [/10\s*万/] } },
    ],
  },
  {
    id: 'v97d35',
    class: 'topic_switch',
    probes: 'technical school: poor-family students, then the school\'s own aid, then a 社保基数 question',
    turns: [
      { user: '我们是技工院校 有些学生是建档立卡贫困家庭的 方案里对这些学生有啥政策', expect: noFigure(['三(三)', '三(十四)']) },
      { user: '另外 学校招收建档立卡家庭的学生 学校本身有补助吗', expect: noFigure(['三(十四)']) },
      { user: '再问个不相关的 学校老师的社保缴费基数怎么核定 按岗位工资还是全部工资', expect: outside },
    ],
  },
  {
    id: 'v97d36',
    class: 'topic_switch',
    probes: 'equipment amount, then two unrelated HR questions that must not get a clause',
    periodEnd: true,
    turns: [
      // 200万 × 20% = 40万 → 400000
      { user: '高技能人才培训基地 新买实训设备200w 职工教育经费出的 人社财政验收过了', expect: kit(400000) },
      { user: '跟这个没关系哈 想问问今年郑州社保缴费基数的下限是多少', expect: outside },
      { user: '还有 劳动合同试用期最长能约定几个月', expect: outside },
    ],
  },
  {
    id: 'v97d37',
    class: 'topic_switch',
    probes: '生活费补贴 (not settled, no figure) then the employer\'s 以工代训 standard (a lookup)',
    periodEnd: true,
    turns: [
      { user: '贫困劳动力参加技能培训那段时间 有没有生活费补贴 一天多少钱', expect: unsettled },
      { user: '那我们企业带他们以工代训 这个补贴标准每月多少', expect: { cites: ['六(一)'], says: [/200/] } },
    ],
  },
  {
    id: 'v97d38',
    class: 'topic_switch',
    probes: 'project-training advance for a training school, then contest preparation',
    periodEnd: true,
    turns: [
      // 36万 × 50% = 18万 → 180000
      { user: '我们培训机构接了个项目制培训 培训补贴总额是36万 能先拨多少', expect: advance(180000) },
      { user: '另一个事 我们学校要组织学生备战省里的职业技能大赛 搞集训 有没有钱支持', expect: noFigure(['三(十五)']) },
    ],
  },
  {
    id: 'v97d39',
    class: 'topic_switch',
    probes: 'apprenticeship (no amount), a severance question (outside), then student entrepreneurship',
    periodEnd: true,
    turns: [
      { user: '企业新型学徒制 我们今年带了15个学徒 每人能补多少', expect: noFigure(['四(一)']) },
      { user: '换个话题 员工主动离职 公司要不要给经济补偿 N+1那个怎么算', expect: outside },
      { user: '最后一个 学徒里有几个是技工院校在校生 他们自己想搞创业 能参加创业培训吗', expect: noFigure(['三(八)']) },
    ],
  },

  // ================================================================ person_training
  {
    id: 'v97d40',
    class: 'person_training',
    probes: 'every fact of 七(二) given in a numbered list: eligible, but the plan fixes no amount',
    periodEnd: true,
    turns: [
      {
        user: '员工情况：\n1. 户籍：中牟\n2. 培训地点：中牟（就是户籍地）\n3. 工种：电工 四级 已取证\n4. 今年已享受培训补贴：1次（焊工）\n5. 以前没考过电工\n6. 没有领养老金\n7. 培训机构说已经录进省里的系统了\n请问能享受职业培训补贴吗 补多少',
        expect: { status: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed', cites: ['七(二)'] },
      },
      { user: '这个补贴是打到员工本人卡上 还是打到公司账户', expect: unsettled },
    ],
  },
  {
    id: 'v97d41',
    class: 'person_training',
    probes: 'same occupation and level again (焊工五级 twice) vs a higher level',
    periodEnd: true,
    turns: [
      { user: '我们厂一个电焊工 去年考焊工五级领过补贴了 今年证丢了又去考了一遍焊工五级 还能补吗', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed', cites: ['七(二)'] } },
      { user: '那他要是今年改考焊工四级 高一级的呢', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } } },
    ],
  },
  {
    id: 'v97d42',
    class: 'person_training',
    probes: 'a rehired pensioner (按月领养老金) is not in the scope; an age limit the plan does not set',
    periodEnd: true,
    turns: [
      { user: '老板让我问：返聘的老师傅 62了 每个月领着退休金 想去考个叉车证 能享受职业培训补贴不', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed', cites: ['六(一)', '七(二)'] } },
      { user: '那没退休的 50多岁的员工 参加培训有年龄限制没', expect: unsettled },
    ],
  },
  {
    id: 'v97d43',
    class: 'person_training',
    probes: 'three subsidised trainings already this year; the wording "原则上"',
    periodEnd: true,
    turns: [
      { user: '我们学员小王 今年已经领过3次培训补贴了（育婴员 保育员 家政服务员）现在又报了个养老护理员 还能补吗', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed', cites: ['七(二)'] } },
      { user: '3次是硬杠杠吗 原文具体咋写的', expect: { cites: ['七(二)'], says: [/原则上/] } },
    ],
  },
  {
    id: 'v97d44',
    class: 'person_training',
    probes: 'worker from 周口 trained in Zhengzhou (求职就业地); certificate pending, then all facts',
    periodEnd: true,
    turns: [
      { user: '我们公司员工 户口周口的 在郑州上班 周末在郑州的培训机构学了中式烹调师 能有补贴吗', expect: { noAmount: 'unfixed', asks: true, notVerdict: { rule: 'vocational_training', status: 'ineligible' } } },
      { user: '烹调师的证还没下来 考完了在等成绩', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' } } },
      {
        user: '证下来了 中式烹调师五级 之前没考过这个 今年也是头一回培训 人没退休 机构说在系统里登记了',
        expect: { status: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },

  // ================================================================ entrepreneurship
  {
    id: 'v97d45',
    class: 'entrepreneurship',
    probes: 'small-firm owner, business open 3 years (≤ 5): entrepreneurship training, no fixed amount',
    periodEnd: true,
    turns: [
      { user: '我们老板开公司3年了 小微企业 二十来个人 他想参加创业培训 能参加吗 有补贴吗', expect: { noAmount: 'unfixed', cites: ['三(八)'], notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } } },
      { user: '培训补贴一个人多少钱 老板还想带上俩合伙人一起去', expect: { noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v97d46',
    class: 'entrepreneurship',
    probes: 'technical school wants 创业意识培训 for students and graduates',
    turns: [
      { user: '我们是技工院校 想给在校生搞创业意识培训 方案支持吗 有没有资金', expect: noFigure(['三(八)']) },
      { user: '那已经从我们学校毕业两年的学生 回来参加也行吗', expect: noFigure(['三(八)']) },
    ],
  },
  {
    id: 'v97d47',
    class: 'entrepreneurship',
    probes: 'shop open 6 years (> 5): not by that route, but the wish to start a business is still open',
    periodEnd: true,
    turns: [
      { user: '我开了个小超市 开业6年了 能参加创业培训吗', expect: { noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } } },
      { user: '我是想再开个做烘焙的店 这个算有创业愿望吧', expect: { noAmount: 'unfixed', cites: ['三(八)'], notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } } },
    ],
  },
  {
    id: 'v97d48',
    class: 'entrepreneurship',
    probes: 'forwarded question on laid-off workers who want to start out; then a living allowance',
    periodEnd: true,
    turns: [
      { user: '转发：财务科王姐问的——我们单位有几个下岗的老职工 想自己出去干点小生意 有啥培训能参加', expect: noFigure(['三(八)', '三(二)']) },
      { user: '王姐又问 这几个老职工培训期间 给不给发生活费', expect: unsettled },
    ],
  },

  // ================================================================ equipment
  {
    id: 'v97d49',
    class: 'equipment',
    probes: 'three sites (one base, two studios) each with its own cap',
    periodEnd: true,
    turns: [
      {
        user: '一、用职工教育经费新购实训设备，均已经人社、财政验收合格：\n① 高技能人才培训基地（上街厂区）：设备 320 万\n② 技能大师工作室（张师傅工作室）：设备 40 万\n③ 技能大师工作室（李师傅工作室）：设备 75 万\n二、请问一次性补助合计多少？',
        // ① 64万 → 50万; ② 8万; ③ 15万 → 10万; total 68万 = 680000. One pot: 435万 × 20% = 87万
        expect: { amount: { rule: 'equipment_subsidy', yuan: 680000 }, mustNotContain: [/87\s*万/, '870000'] },
      },
    ],
  },
  {
    id: 'v97d50',
    class: 'equipment',
    probes: 'a school buying with public money, not the 职工教育经费: no 20 %; then an enterprise studio',
    periodEnd: true,
    turns: [
      { user: '我们技工学校用财政拨款买的实训设备 80万 能申请那个按20%的一次性补助吗', expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: [/16\s*万/, '160000'] } },
      {
        user: '那要是合作企业 用自己的职工教育经费买的 给技能大师工作室用 也是80万 也验收过了呢',
        // 80万 × 20% = 16万 > 10万 → 100000
        expect: { oneOf: [kit(100000), { asks: true, noAmount: 'open' }] },
      },
    ],
  },
  {
    id: 'v97d51',
    class: 'equipment',
    probes: 'one studio bought in three batches: the batches share one 10万 cap',
    periodEnd: true,
    turns: [
      {
        user: '技能大师工作室 同一个工作室 分三批买的设备：\n第一批 30万\n第二批 25万\n第三批 28万\n都是职工教育经费出的 都验收了 分开报的话每批都能补吧 一共能补多少',
        // 83万 × 20% = 16.6万 > 10万 → 100000
        expect: kit(100000),
      },
    ],
  },
  {
    id: 'v97d52',
    class: 'equipment',
    probes: 'acceptance failed ("验收没通过"): no figure; then after rectification',
    periodEnd: true,
    turns: [
      { user: '基地买设备150万 教育经费出的 人社财政来验收的时候没通过 说要整改', expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: [/30\s*万/, '300000'] } },
      {
        user: '整改完了 重新验收合格了 这回能补多少',
        // 150万 × 20% = 30万 < 50万 → 300000 (基地 said in turn 1)
        expect: { oneOf: [kit(300000), { asks: true, noAmount: 'open' }] },
      },
    ],
  },
  {
    id: 'v97d53',
    class: 'equipment',
    probes: 'base or studio not said (caps differ): ask; then the base',
    periodEnd: true,
    turns: [
      { user: '我们用职工教育经费买了实训设备 60万 验收合格了 能补多少', expect: askKit },
      // 60万 × 20% = 12万 < 50万 → 120000
      { user: '忘说了 这批设备是给我们厂高技能人才培训基地买的 不是工作室', expect: kit(120000) },
    ],
  },
  {
    id: 'v97d54',
    class: 'equipment',
    probes: 'two sites, the studio\'s value not yet counted; decimals in 万',
    periodEnd: true,
    turns: [
      { user: '两个地方：培训基地那边设备45.5万，大师工作室那边还没统计完。都是用的职工教育经费，也都验收了', expect: { asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } } },
      // base 45.5万 × 20% = 9.1万 = 91000; studio 12万 × 20% = 2.4万 = 24000; total 115000
      { user: '大师工作室那边统计出来了 设备一共12万', expect: kit(115000) },
    ],
  },

  // ================================================================ education_fund
  {
    id: 'v97d55',
    class: 'education_fund',
    probes: 'payroll pasted by department with a 合计 row; fund under the limit is deducted in full',
    turns: [
      {
        user: '2020年度工资薪金明细（万元）\n部门\t工资薪金\n生产部\t460\n销售部\t180\n管理部\t110\n合计\t750\n职工教育经费实际发生55万 税前扣除限额是多少 能全扣吗',
        // 8% × 750万 = 60万 ≥ 55万 → 550000
        expect: deduct(550000),
      },
    ],
  },
  {
    id: 'v97d56',
    class: 'education_fund',
    probes: 'fund over 8 %: deduction capped; carry-forward is tax law the plan does not settle',
    turns: [
      // 8% × 3200万 = 256万 < 300万 → 2560000
      { user: '工资薪金总额3200万 职工教育经费提了300万 税前能扣多少', expect: deduct(2560000, '3000000') },
      { user: '那超出去的44万 以后年度还能结转扣除吗', expect: { oneOf: [{ says: [HONEST_NOT_SETTLED] }, { answered: false }] } },
    ],
  },
  {
    id: 'v97d57',
    class: 'education_fund',
    probes: 'front-line share 59 % (< 60 %) noted, then corrected to 61.5 %; deduction unchanged',
    turns: [
      // 8% × 600万 = 48万 ≥ 40万 → 400000; 23.6 / 40 = 59 % < 60 %
      { user: '职工教育经费一共40万 其中用于一线职工培训的23.6万 工资总额600万 这样合规吗 能扣多少', expect: { ...deduct(400000), says: [/税前/, /60\s*[%％]|百分之六十/] } },
      // 24.6 / 40 = 61.5 % ≥ 60 %
      { user: '一线那块我算错了 是24.6万', expect: deduct(400000) },
    ],
  },
  {
    id: 'v97d58',
    class: 'education_fund',
    probes: 'the boss thinks 8 % is cash back; fund unknown first, then given',
    turns: [
      {
        user: '老板以为职工教育经费那个8%是政府返给我们的钱 我们工资总额1000万 是不是能领80万',
        expect: { says: [/税前/], mustNotContain: [/(可|能)(领|领取|获得|申领|拿)[^。，；\n]{0,8}80\s*万/] },
      },
      // 8% × 1000万 = 80万 ≥ 65万 → 650000
      { user: '职工教育经费今年实际提了65万', expect: deduct(650000) },
    ],
  },
  {
    id: 'v97d59',
    class: 'education_fund',
    probes: 'school-run enterprise: the rate, then the fund "说不准", then the figure',
    turns: [
      { user: '我们是技工院校办的校办企业 工资薪金总额260万 职工教育经费税前扣除比例是多少', expect: { cites: ['六(二)'], says: [/8\s*[%％]|百分之八/] } },
      { user: '经费具体提了多少 会计休假了 我也说不准', expect: { undecided: 'education_fund_deduction' } },
      // 8% × 260万 = 20.8万 ≥ 18万 → 180000
      { user: '会计回我消息了 提了18万', expect: deduct(180000) },
    ],
  },
  {
    id: 'v97d60',
    class: 'education_fund',
    probes: '师带徒 allowance from the fund (六(二)), then a deduction capped at 8 %',
    turns: [
      { user: '请教下 职工教育经费能不能拿来给车间老师傅发师带徒的津贴 财务不敢发', expect: { cites: ['六(二)'] } },
      // 8% × 1500万 = 120万 < 150万 → 1200000
      { user: '明白 我们工资薪金总额1500万 教育经费150万 其中一线职工培训用了100万 税前扣除多少', expect: deduct(1200000, '1500000') },
    ],
  },

  // ================================================================ apprenticeship
  {
    id: 'v97d61',
    class: 'apprenticeship',
    probes: 'apprentice subsidy per head: "按照相关规定", no figure; whom to ask',
    periodEnd: true,
    turns: [
      { user: '企业新型学徒 我们跟技工学校合作带了20个 每人每年补多少 听别人说一年好几千', expect: noFigure(['四(一)']) },
      { user: '那学徒补贴这块 我们应该去找哪个部门咨询', expect: { cites: ['四(一)'], says: [/人社/] } },
    ],
  },
  {
    id: 'v97d62',
    class: 'apprenticeship',
    probes: '现代学徒制 at a technical school; the standard is not in the plan; the three-year target',
    turns: [
      { user: '我们技工院校搞现代学徒制 跟企业签了协议 方案里说“按照相关规定给予资金补贴” 具体标准是多少', expect: { ...noFigure(['四(一)']), says: [HONEST_NOT_SETTLED] } },
      { user: '三年培养新型学徒多少名 是全市的总目标吗', expect: { cites: ['四(一)'], says: [/2\s*万/] } },
    ],
  },
  {
    id: 'v97d63',
    class: 'apprenticeship',
    probes: 'apprentices priced at 200 元/月 by mistake: no 以工代训 figure; then two poor-labour apprentices',
    periodEnd: true,
    turns: [
      {
        user: '企业新型学徒制：学徒12人，培养期1年，每个月都带教。想知道能不能按200元每人每月算补贴',
        // 12×200 = 2400, 12×200×6 = 14400, 12×200×12 = 28800 are the wrong rule's figures
        expect: { noAmount: 'unfixed', mustNotContain: ['2400', '14400', '28800'] },
      },
      // 2×200×6 = 2400
      { user: '那学徒里有2个是建档立卡贫困户 入职8个月 也做了以工代训6个月 岗前补贴没领 我们是企业', expect: payNot(2400, 14400) },
    ],
  },
  {
    id: 'v97d64',
    class: 'apprenticeship',
    probes: 'forwarded three-part question (standard, time, documents): none fixed by the plan',
    periodEnd: true,
    turns: [
      {
        user: '转发：\n【人力资源部】关于学徒制补贴：\n1）学徒人数：8\n2）企业类型：国企 已参保\n3）请问学徒补贴标准、申请时间、需要什么材料',
        expect: { ...noFigure(['四(一)']), says: [HONEST_NOT_SETTLED] },
      },
    ],
  },

  // ================================================================ period
  {
    id: 'v97d65',
    class: 'period',
    probes: 'asked today whether 以工代训 can still be claimed; then a dated 2021-11 case',
    periodEnd: true,
    turns: [
      { user: '我们人事部现在整理往年台账 想问下以工代训补贴这会儿还能再申请不 财务说文件好像过期了', expect: ended },
      // 2×200×6 = 2400
      { user: '那2021年11月那批呢 公司招的贫困劳动力2人 以工代训6个月 入职7个月 岗前没领 当时能拿多少', expect: pay(2400) },
    ],
  },
  {
    id: 'v97d66',
    class: 'period',
    probes: 'a 2020 case answered for its date; then the same case in 2022, after the end',
    periodEnd: true,
    turns: [
      // 3×200×6 = 3600
      { user: '2020年6月 我们公司（参保）吸纳就业困难人员3人 以工代训6个月 入职6个月 岗前补贴没领 当时这个方案在有效期内吧 能补多少', expect: pay(3600) },
      { user: '那2022年3月份新招进来的一批 也是就业困难人员 情况一模一样 还能按这个报吗', expect: ended },
    ],
  },
  {
    id: 'v97d67',
    class: 'period',
    probes: 'when does the plan end, is it still valid; which document follows (not in the plan)',
    periodEnd: true,
    turns: [
      { user: '这个63号文什么时候到期 现在还有效吗 我们还有一批人想申报以工代训', expect: ended },
      { user: '那现在申报应该看哪个新文件', expect: { oneOf: [{ says: [HONEST_NOT_SETTLED] }, { answered: false }] } },
    ],
  },
  {
    id: 'v97d68',
    class: 'period',
    probes: 'a 2022 project under the plan: the end is told; the 50 % advance as the plan computes it',
    periodEnd: true,
    turns: [
      { user: '我们机构2022年开的项目制培训 能按这个方案先拨50%吗', expect: { ...ended, noAmount: 'open' } },
      // 24万 × 50% = 12万 → 120000
      { user: '项目补贴总额是24万 如果按方案的比例算 先拨多少', expect: advance(120000) },
    ],
  },
];
