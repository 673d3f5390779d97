/**
 * HELD-OUT dialogues, set v123 — written BLIND. The only sources were the plan itself
 * (policy-corpus/zz-2019-63.md) and the two contracts (shared/spec/eligibility.md, api.md); the
 * service's answers, the code under src/, the scripts, the dev tests and every other held-out set
 * were not looked at (of v101 only its first lines, for the format). Not to be tuned on: no word of
 * these messages may go into a glossary, a pattern or a fixture; a dialogue fixed by a targeted
 * change measures nothing any more — write a new one instead.
 *
 * Theme: dates and the plan's end. It is 2026 now; the plan ran from 2019-12-02 to 2021-12-31.
 * People ask whether they can still apply, tell of hires and trainings "疫情那年" (2020), in
 * 2021, before the plan began (2019年10月) or after it ended (2022, "前年" = 2024, "去年" = 2025),
 * and ask what came after it. Facts are denied with the negation AFTER the noun ("社保 没交",
 * "岗前补贴 领是没领过", "建档立卡 不是") or with double negatives ("社保不是没交" = paid;
 * "老板也没说不交" settles nothing).
 *
 * Who types here: owners of small Zhengzhou factories and food shops, HR clerks who took over the
 * files years later, heads of village 扶贫车间 and 农民专业合作社, workers asking about their own
 * certificates, a veteran, students — WeChat style, Henan speech (俺/咱/啥/中不中/可中/赶趟),
 * Chinese numerals, "不知道/记不清" — and relatives in Hong Kong and Taiwan typing for family in
 * Zhengzhou in 繁體字 (some in Cantonese: 冇/咗/嘅/佢/而家).
 *
 * Rules of expectation (issue 10): nothing is inferred from silence; "不知道" leaves a fact open;
 * a correction replaces the fact. An amount is expected only once the kind of unit, insurance
 * (where the row needs it), the group, the count, months employed (poor labour ≥ 6), months of
 * 以工代训 (cap 6) and "岗前培训补贴 not claimed" have all been said. Results are still computed
 * for a date outside the period (contract), so an amount for a 2020/2021 case is expected, and
 * every such conversation must also say that the plan has ended. For hires and purchases AFTER
 * the plan ended (2022 and later) only the end of the plan is required, no figure.
 *
 * Amounts, by hand (以工代训, 六(一): count × 200 × min(以工代训 months, 6) per qualifying row):
 * - d01: 4 建档立卡, employed > 1 year, 以工代训 8 months, 岗前 not claimed: 4 × 200 × 6 = 4800 (not 4 × 200 × 8 = 6400).
 * - d02: 食品厂, 2 建档立卡, employed 10 months, 以工代训 5: 2 × 200 × 5 = 2000.
 * - d03: 扶贫车间, 3 建档立卡, employed 7, 以工代训 7: 3 × 200 × 6 = 3600 (not 4200).
 * - d04: insured enterprise ("社保不是没交"), 5 就业困难, 以工代训 4: 5 × 200 × 4 = 4000.
 * - d05: cooperative, 2 建档立卡 employed 5 months → none (5 < 6); what-if employed 6 ("干够半年"),
 *   以工代训 5: 2 × 200 × 5 = 2000.
 * - d06: insured factory, 2 残疾人 (= 就业困难, 三(二)), 以工代训 3: 2 × 200 × 3 = 1200.
 * - d07: a 职业院校 is no 生产经营主体 → none (not 2 × 200 × 6 = 2400).
 * - d08: 3 建档立卡 (1 year) + 2 退役军人 + 1 就业困难, all 以工代训 6; insurance first open, then
 *   paid: 3 × 200 × 6 + 1 × 200 × 6 = 3600 + 1200 = 4800 (veterans never count: not 6000 / 7200).
 * - d09: insured enterprise, 2 建档立卡 employed 4 months (do not count) + 3 零就业, 以工代训 4:
 *   3 × 200 × 4 = 2400 (not 5 × 200 × 4 = 4000).
 * - d10: cooperative, 2 建档立卡 + 2 就业困难, employed 7, 以工代训 7: only the poor rows (a
 *   cooperative is no insured ENTERPRISE): 2 × 200 × 6 = 2400 (not 4800).
 * - d11: insured factory, 1 建档立卡 (1 year) + 2 残疾人, 以工代训 6: 3 × 200 × 6 = 3600.
 * - d12: 5 农民工 + 3 城镇登记失业 (no group of the rule) + 1 建档立卡 employed 3 → none; corrected
 *   to employed 9, 以工代训 3: 1 × 200 × 3 = 600.
 * - d13: "社保 没交" → 就业困难 rows do not count (not 2 × 200 × 5 = 2000).
 * - d14: "建档立卡 不是" → no figure (not 3 × 200 × 6 = 3600).
 * - d15: 2 建档立卡, employed 10, 以工代训 4, "岗前补贴 领是没领过": 2 × 200 × 4 = 1600.
 * - d16: 岗前 claimed ("领过了") → none (not 2 × 200 × 5 = 2000).
 * - d17: "就业困难人员 倒不是 是退役军人" → none (not 4 × 200 × 6 = 4800).
 * - d18: insurance "没说不交 … 不知道" (open), then paid: 3 零就业 × 200 × 6 = 3600.
 * - d19: cooperative, 建档立卡, 2 years, 以工代训 6; count asked, then 1: 1 × 200 × 6 = 1200.
 * - d20: 6 建档立卡, 以工代训 4, months employed "不清楚" then 8: 6 × 200 × 4 = 4800.
 * - d21: insured company, 2 残疾人, 以工代训 5, 岗前 "不知道" then not claimed: 2 × 200 × 5 = 2000.
 * - d22: 扶贫车间, count "记不清" then 7, 以工代训 6: 7 × 200 × 6 = 8400.
 * - d25: 5 建档立卡, employed 7, 以工代训 7: 5 × 200 × 6 = 6000 (not 7000); corrected to 3 (two are
 *   veterans): 3 × 200 × 6 = 3600.
 * - d26: 4 就业困难, "社保没交" → none; corrected to paid: 4 × 200 × 3 = 2400.
 * - d27: 2 建档立卡 employed 4 → none; corrected to employed 14, 以工代训 4: 2 × 200 × 4 = 1600.
 * - d29: 2 建档立卡, employed 9, 以工代训 5: 2 × 200 × 5 = 2000; corrected to 就业困难 in an insured
 *   factory: still 2 × 200 × 5 = 2000; what-if not insured → none.
 * - d30: 1 建档立卡, employed > 1 year, 以工代训 6: 1 × 200 × 6 = 1200; what-if two: 2 × 200 × 6 = 2400.
 * - d31: insured factory, 3 零就业, 以工代训 2: 3 × 200 × 2 = 1200.
 * - d34: 退役军人 → none (not 2 × 200 × 3 = 1200).
 * - d61: 2022 hire: the end of the plan only; what-if 2021 and 建档立卡: 3 × 200 × 6 = 3600.
 * - d62: 2022 hire of one 零就业, 以工代训 9: the end of the plan only (never the uncapped 1800).
 * - d63: hired 2019年10月 (before the plan), employed to the end of 2021, 以工代训 4 in 2020:
 *   2 × 200 × 4 = 1600.
 * - d66: insured factory, 2 零就业, 以工代训 6: 2 × 200 × 6 = 2400.
 * Equipment (四(一), per site min(20 % × value, 500 000 base / 100 000 studio), bought from the
 * 职工教育经费 and 验收合格 by 人社 and 财政):
 * - d23: studio 400 000 → 80 000 once 验收 is said. d28: base 1 500 000 → 300 000; corrected to
 *   3 500 000 → 700 000 > cap → 500 000. d33: studio 600 000 → 120 000 > cap → 100 000.
 * - d46: base 2 000 000 → 400 000 once 验收 is said. d47: studio 450 000 from the company's own
 *   money → none; what-if from the fund → 90 000. d48: two studios, 300 000 → 60 000 and 800 000 →
 *   160 000 capped 100 000: 60 000 + 100 000 = 160 000 (not 20 % × 1 100 000 = 220 000). d49: 2025
 *   purchase: the end only; the 2021 one, studio 400 000 → 80 000. d50: base 3 000 000 → 600 000 >
 *   cap → 500 000.
 * Education fund (六(二), pre-tax deduction min(fund, 8 % × 工资薪金总额), never cash):
 * - d24: payroll 3 000 000 (8 % = 240 000), fund first unknown, then 300 000 → 240 000.
 * - d32: 8 000 000 (640 000), fund 500 000 → 500 000. d35: 15 000 000 (1 200 000), fund
 *   1 000 000 → 1 000 000. d51: 12 000 000 (960 000), fund 800 000 → 800 000, and only half to
 *   front-line workers (< 60 %). d52: 4 500 000 (360 000), fund 500 000 → 360 000. d53: fund
 *   200 000, payroll first unknown, then 2 200 000 (176 000) → 176 000. d54: 10 000 000 (800 000),
 *   fund 600 000 → 600 000. d55: 6 000 000 (480 000), fund 500 000 → 480 000.
 * The plan fixes no amount for apprentices, 生活费补贴, the per-person training subsidy, free
 * training, the entrepreneurship training or the aid to poor families' children: no figure there.
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const ask: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact is missing and the person asks whether they can still apply now (2026). */
const askNow: TurnExpect = { noAmount: 'open', asks: true, undecided: 'on_job_training', mentionsPeriodEnd: true };
/** A 以工代训 fact was answered "不知道" or left open by a double negative: no figure, no verdict. */
const dunno: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount, without the figures a misreading would give. */
const pay = (yuan: number, ...wrong: number[]): TurnExpect => ({
  amount: { rule: 'on_job_training', yuan },
  ...(wrong.length ? { mustNotContain: wrong.map(String) } : {}),
});
/** Not eligible for 以工代训 on these facts; the misreading's figures absent. */
const notYes = (...wrong: number[]): TurnExpect => ({
  notVerdict: { rule: 'on_job_training', status: 'eligible' },
  ...(wrong.length ? { mustNotContain: wrong.map(String) } : {}),
});
/** The person asks about now (2026): the answer says the plan ended on 2021-12-31. */
const ended: TurnExpect = { mentionsPeriodEnd: true };
/** In the plan's field, but its text fixes nothing: say so, no figure. */
const unsettled: TurnExpect = { says: [HONEST_NOT_SETTLED], noAmount: 'unfixed' };
/** The equipment subsidy. */
const kit = (yuan: number, ...wrong: string[]): TurnExpect => ({
  amount: { rule: 'equipment_subsidy', yuan },
  ...(wrong.length ? { mustNotContain: wrong } : {}),
});
/** An equipment fact is open: ask, no verdict, not the figure the open fact would give. */
const kitOpen = (...wrong: string[]): TurnExpect => ({ asks: true, undecided: 'equipment_subsidy', mustNotContain: wrong });
/** The education-fund deduction: 税前, never money to collect. */
const deduct = (yuan: number): TurnExpect => ({ amount: { rule: 'education_fund_deduction', yuan }, says: [/税前/] });
/** An education-fund fact is open: ask, no verdict. */
const deductOpen: TurnExpect = { asks: true, undecided: 'education_fund_deduction' };

export const DIALOGUES_V123: Dialogue[] = [
  // ------------------------------------------------------------------ one_group
  {
    id: 'v123d01',
    class: 'one_group',
    probes: 'asked in 2026 about a 2020 hire; months and 岗前 open until said; 以工代训 8 months capped at 6',
    periodEnd: true,
    turns: [
      { user: '俺厂疫情那年招了四个建档立卡的 都二零二六年了那个以工代训的补贴还能申不', expect: askNow },
      { user: '四个人在厂里都干了一年多 以工代训带了八个月', expect: ask },
      { user: '岗前培训那个补贴 领是没领过', expect: pay(4800, 6400) },
    ],
  },
  {
    id: 'v123d02',
    class: 'one_group',
    probes: 'a Hong Kong relative in 繁體字: every fact in one message',
    periodEnd: true,
    turns: [
      {
        user: '我舅父喺鄭州開咗間食品廠 2020年請咗兩個建檔立卡貧困戶 兩個都做滿十個月 以工代訓做咗五個月 崗前培訓補貼冇申請過 想問可以補幾多錢',
        expect: pay(2000),
      },
    ],
  },
  {
    id: 'v123d03',
    class: 'one_group',
    probes: '扶贫车间 in 2021; 岗前 open, then not claimed; seven months capped at six',
    periodEnd: true,
    turns: [
      { user: '村里扶贫车间二一年收了仨建档立卡户干活 干了七个月 以工代训也是七个月 这能补几个钱', expect: ask },
      { user: '岗前那个补贴没申请 当时也没人跟俺提过', expect: pay(3600, 4200) },
    ],
  },
  {
    id: 'v123d04',
    class: 'one_group',
    probes: 'insurance open, then settled by a double negative (社保不是没交 = paid)',
    periodEnd: true,
    turns: [
      { user: '公司21年招了五个就业困难人员 以工代训弄了四个月 岗前补贴一个都没领', expect: ask },
      { user: '社保不是没交 一直按月交着呢', expect: pay(4000) },
    ],
  },
  {
    id: 'v123d05',
    class: 'one_group',
    probes: 'poor labour employed five months does not count; a what-if of half a year does',
    periodEnd: true,
    turns: [
      { user: '俺们合作社2020年夏天用了两个建档立卡户 干了五个月人就走了 以工代训五个月 岗前补贴没拿过 能领多少', expect: notYes(2000) },
      { user: '那要是他俩干够半年才走呢 以工代训还是五个月', expect: pay(2000) },
    ],
  },
  {
    id: 'v123d06',
    class: 'one_group',
    probes: 'disabled hires count as 就业困难 at an insured factory; negation after the noun for 岗前',
    periodEnd: true,
    turns: [{ user: '厂里交着社保 疫情那年招了俩残疾人 以工代训三个月 岗前补贴 没领 能给多少', expect: pay(1200) }],
  },
  {
    id: 'v123d07',
    class: 'one_group',
    probes: 'a 职业院校 is no production entity: no 以工代训 even for poor labour',
    turns: [
      {
        user: '俺们是职业技术学院 2020年学校食堂用了俩建档立卡户 干了八个月 以工代训带了六个月 岗前补贴没领过 学校能领以工代训不',
        expect: notYes(2400),
      },
    ],
  },
  // ------------------------------------------------------------------ several_groups
  {
    id: 'v123d08',
    class: 'several_groups',
    probes: 'three groups in one message; veterans never count; insurance open for the difficulty row',
    periodEnd: true,
    turns: [
      {
        user: '2021年俺厂招了三个建档立卡的干满一年 两个退役军人 还有一个就业困难的 以工代训都是六个月 岗前补贴都没领',
        expect: { asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: ['4800', '6000', '7200'] },
      },
      { user: '社保 交着呢 一个月也没断过', expect: pay(4800, 6000, 7200) },
    ],
  },
  {
    id: 'v123d09',
    class: 'several_groups',
    probes: 'poor labour employed four months drops out; zero-employment rows at an insured enterprise count',
    periodEnd: true,
    turns: [
      {
        user: '公司参保的 20年吸纳了两个建档立卡户干了四个月 还有三个零就业家庭的 以工代训都是四个月 岗前补贴全都没领过',
        expect: pay(2400, 4000),
      },
    ],
  },
  {
    id: 'v123d10',
    class: 'several_groups',
    probes: 'a cooperative: poor rows count, 就业困难 rows do not even if it pays insurance',
    periodEnd: true,
    turns: [
      { user: '俺们农民合作社2020年用了两个贫困户建档立卡的 还有俩就业困难的 都干了七个月 以工代训也是七个月', expect: ask },
      { user: '合作社也给交社保 岗前补贴一个人都没领', expect: pay(2400, 4800) },
    ],
  },
  {
    id: 'v123d11',
    class: 'several_groups',
    probes: '繁體字 Cantonese: poor labour plus disabled at an insured factory; then whether it is still open now',
    periodEnd: true,
    turns: [
      {
        user: '我阿姨喺鄭州開嘅工廠有幫員工繳社保 2021年請咗一個建檔立卡嘅做咗一年 仲有兩個殘疾人 以工代訓都係六個月 崗前培訓補貼全部冇領過 可以補幾多',
        expect: pay(3600, 1200),
      },
      { user: '咁而家2026年仲可唔可以去申請呀', expect: ended },
    ],
  },
  {
    id: 'v123d12',
    class: 'several_groups',
    probes: 'migrant workers and registered unemployed are no group of the rule; poor labour corrected from 3 to 9 months employed',
    periodEnd: true,
    turns: [
      {
        user: '厂里21年招了五个农民工 三个城镇登记失业的 还有一个建档立卡的干了仨月就不干了 以工代训都三个月 岗前补贴没领 能补多少',
        expect: notYes(600, 1800, 3000, 5400),
      },
      { user: '说错了 那个建档立卡的是干了九个月 不是三个月 以工代训还是三个月', expect: pay(600, 5400) },
    ],
  },
  // ------------------------------------------------------------------ negation_after_noun
  {
    id: 'v123d13',
    class: 'negation_after_noun',
    probes: '社保 没交: 就业困难 rows need an insured enterprise',
    turns: [{ user: '公司社保 没交 21年招了俩就业困难的 以工代训五个月 岗前补贴没领 能给多少', expect: notYes(2000) }],
  },
  {
    id: 'v123d14',
    class: 'negation_after_noun',
    probes: '建档立卡 不是: no poor-labour figure',
    turns: [
      {
        user: '建档立卡 不是 就是村里一般的穷户 厂里20年用了三个 干了一年 以工代训六个月 岗前补贴没领',
        expect: notYes(3600),
      },
    ],
  },
  {
    id: 'v123d15',
    class: 'negation_after_noun',
    probes: '岗前补贴 领是没领过 = not claimed; then whether it can still be claimed in 2026',
    periodEnd: true,
    turns: [
      { user: '岗前补贴 领是没领过 俺厂二零年招了两个建档立卡的 干了十个月 以工代训四个月 这能补多少', expect: pay(1600) },
      { user: '那现在还来得及补申不 都二六年了', expect: ended },
    ],
  },
  {
    id: 'v123d16',
    class: 'negation_after_noun',
    probes: '岗前 open, then 领过了: no 以工代训 figure',
    turns: [
      { user: '俺那扶贫车间 建档立卡户 用过俩 干了半年多 以工代训呢 搞了五个月 补贴咋算', expect: ask },
      { user: '岗前的补贴 领过了 当时乡里给统一办的', expect: notYes(2000) },
    ],
  },
  {
    id: 'v123d17',
    class: 'negation_after_noun',
    probes: '就业困难人员 倒不是 是退役军人: veterans are no group of the rule',
    turns: [
      {
        user: '就业困难人员 倒不是 是退役军人 公司参保的 21年招了四个 以工代训六个月 岗前补贴没领 这能补不',
        expect: notYes(4800),
      },
    ],
  },
  {
    id: 'v123d18',
    class: 'negation_after_noun',
    probes: '"老板也没说不交" settles nothing; the insurance is asked and then confirmed',
    periodEnd: true,
    turns: [
      {
        user: '社保这块老板也没说不交 到底交没交俺是真不知道 公司20年招了三个零就业家庭的 以工代训六个月 岗前没领',
        expect: { ...dunno, asks: true },
      },
      { user: '问了会计 社保是交着的 从来没停过', expect: pay(3600) },
    ],
  },
  {
    id: 'v123d19',
    class: 'negation_after_noun',
    probes: '"不是领过 是压根没领"; the count is never said until asked',
    periodEnd: true,
    turns: [
      {
        user: '贫困户 是 建档立卡那种 在俺合作社干了两年 以工代训 六个月 岗前补贴 不是领过 是压根没领 这能补多少',
        expect: ask,
      },
      { user: '就一个人 是俺表弟', expect: pay(1200) },
    ],
  },
  // ------------------------------------------------------------------ unknown_reply
  {
    id: 'v123d20',
    class: 'unknown_reply',
    probes: 'months employed asked, "不清楚", then given',
    periodEnd: true,
    turns: [
      { user: '俺厂21年用了六个建档立卡的 以工代训四个月 岗前补贴没领', expect: ask },
      { user: '干了多长时间俺真不清楚 人事早换了好几茬', expect: dunno },
      { user: '翻出来工资表了 六个人都干了八个多月', expect: pay(4800) },
    ],
  },
  {
    id: 'v123d21',
    class: 'unknown_reply',
    probes: '岗前 "不知道" in the first message: no figure until it is checked',
    periodEnd: true,
    turns: [
      { user: '公司20年招了俩残疾人 社保交着 以工代训五个月 就是这俩人岗前培训补贴领没领过俺不知道', expect: dunno },
      { user: '查了下系统 俩人都没领过岗前的', expect: pay(2000) },
    ],
  },
  {
    id: 'v123d22',
    class: 'unknown_reply',
    probes: 'the count "记不清" leaves it open',
    periodEnd: true,
    turns: [
      { user: '扶贫车间二零年用的建档立卡户 人数记不清了 反正都干了一年 以工代训六个月 岗前补贴没领', expect: dunno },
      { user: '村支书说是七个人', expect: pay(8400) },
    ],
  },
  {
    id: 'v123d23',
    class: 'unknown_reply',
    probes: 'equipment: acceptance "不清楚" — no figure until 验收合格 is said',
    turns: [
      { user: '2021年厂里技能大师工作室添了设备 花了四十万 从职工教育经费里出的 验收过没过我不清楚', expect: kitOpen('80000', '8万') },
      { user: '人社局财政局都来验过了 合格', expect: kit(80000) },
    ],
  },
  {
    id: 'v123d24',
    class: 'unknown_reply',
    probes: 'education fund: the amount drawn unknown, then given; the 8 % limit binds',
    turns: [
      { user: '20年公司工资总额三百万 职工教育经费当年提了多少我不知道 能税前扣多少', expect: deductOpen },
      { user: '会计说那年提了三十万', expect: deduct(240000) },
    ],
  },
  // ------------------------------------------------------------------ correction
  {
    id: 'v123d25',
    class: 'correction',
    probes: 'count corrected (two of five are veterans); then whether it can still be applied for',
    periodEnd: true,
    turns: [
      { user: '俺厂二一年招了五个建档立卡的 干了七个月 以工代训七个月 岗前补贴没领', expect: pay(6000, 7000) },
      { user: '不对不对 是三个 另外俩是退役军人', expect: pay(3600, 6000) },
      { user: '现在去申还中不中', expect: ended },
    ],
  },
  {
    id: 'v123d26',
    class: 'correction',
    probes: '"社保没交" corrected to paid',
    periodEnd: true,
    turns: [
      { user: '公司21年招了四个就业困难人员 社保没交 以工代训三个月 岗前补贴没领', expect: notYes(2400) },
      { user: '哎记岔了 社保是交的 没交的是俺另一个公司', expect: pay(2400) },
    ],
  },
  {
    id: 'v123d27',
    class: 'correction',
    probes: 'months employed corrected from four to fourteen',
    periodEnd: true,
    turns: [
      { user: '扶贫车间2020年用了两个建档立卡户 干了四个月 以工代训四个月 岗前补贴没领', expect: notYes(1600) },
      { user: '看错了 是干了十四个月 以工代训还是四个月', expect: pay(1600) },
    ],
  },
  {
    id: 'v123d28',
    class: 'correction',
    probes: 'equipment value corrected past the base cap',
    turns: [
      { user: '21年高技能人才培训基地买实训设备一百五十万 职工教育经费出的 人社财政验收合格了', expect: kit(300000) },
      { user: '说错了 是三百五十万 不是一百五', expect: kit(500000, '700000', '70万') },
    ],
  },
  {
    id: 'v123d29',
    class: 'correction',
    probes: 'group corrected from poor labour to 就业困难 at an insured factory; then a what-if without insurance',
    periodEnd: true,
    turns: [
      { user: '厂里疫情那年招了两个建档立卡的 干了九个月 以工代训五个月 岗前补贴没领', expect: pay(2000) },
      { user: '等下 他俩不是建档立卡的 是就业困难人员 厂里社保一直交着', expect: pay(2000) },
      { user: '那要是厂里社保压根没交呢 还能补不', expect: notYes() },
    ],
  },
  // ------------------------------------------------------------------ topic_switch
  {
    id: 'v123d30',
    class: 'topic_switch',
    probes: 'an apprenticeship question between two 以工代训 turns; the facts survive the detour',
    periodEnd: true,
    turns: [
      { user: '俺公司21年给一个建档立卡的以工代训了六个月 他干了一年多 岗前补贴没领', expect: pay(1200) },
      { user: '另外问下 带徒弟那个新型学徒补贴一个人给多少', expect: unsettled },
      { user: '回到刚才以工代训那个 要是建档立卡的是俩人呢 别的都一样', expect: pay(2400) },
    ],
  },
  {
    id: 'v123d31',
    class: 'topic_switch',
    probes: 'from 以工代训 to the aid for a poor family whose child attends a 技校 (no figure)',
    periodEnd: true,
    turns: [
      { user: '2020年厂里交着社保 招了三个零就业家庭的 以工代训两个月 岗前补贴没领', expect: pay(1200) },
      { user: '换个事 俺闺女上技校 俺家是建档立卡户 那几年有啥补助', expect: { noAmount: 'unfixed', cites: ['三(三)', '三(十四)'] } },
    ],
  },
  {
    id: 'v123d32',
    class: 'topic_switch',
    probes: 'education fund deduction, then 生活费补贴 (plan fixes nothing)',
    turns: [
      { user: '那个职工教育经费税前扣除 21年俺们工资总额八百万 教育经费提了五十万 能扣多少', expect: deduct(500000) },
      { user: '顺便问问 参加培训那会儿生活费补贴一天给多少', expect: unsettled },
    ],
  },
  {
    id: 'v123d33',
    class: 'topic_switch',
    probes: 'studio equipment over the cap, then the owner\'s own entrepreneurship training',
    turns: [
      { user: '大师工作室21年用职工教育经费买了六十万的设备 人社财政验收合格', expect: kit(100000, '120000', '12万') },
      { user: '另外俺自己还想再开个小店 能不能参加创业培训', expect: { noAmount: 'unfixed', cites: ['三(八)'] } },
    ],
  },
  {
    id: 'v123d34',
    class: 'topic_switch',
    probes: 'a veteran: own training, an outside question, then a hire of veterans (no group of 以工代训)',
    turns: [
      {
        user: '俺是21年从部队退下来的 那时候去学个技术有补贴不',
        expect: { noAmount: 'unfixed', undecided: 'vocational_training', cites: ['七(二)', '六(一)', '三(二)'] },
      },
      { user: '不说这个了 现在郑州退役军人自主就业那笔钱给多少', expect: { answered: false, noAmount: 'unfixed' } },
      { user: '那俺老表厂里21年招了俺们俩退伍的 以工代训三个月 厂里交社保 岗前没领 能补不', expect: notYes(1200) },
    ],
  },
  {
    id: 'v123d35',
    class: 'topic_switch',
    probes: 'from the education fund to 师带徒 allowances and back to the plan\'s end',
    turns: [
      { user: '20年俺们工资总额一千五百万 职工教育经费提了一百万 能在税前扣多少', expect: deduct(1000000) },
      { user: '这钱里头能不能拿一部分给带徒弟的老师傅发补助', expect: { cites: ['六(二)'] } },
      { user: '今年26年还按这个来不', expect: ended },
    ],
  },
  // ------------------------------------------------------------------ person_training
  {
    id: 'v123d36',
    class: 'person_training',
    probes: 'a 2021 certificate asked about in 2026: the end of the plan; facts open, no per-person figure',
    turns: [
      {
        user: '俺二一年在住的地方考了个电工中级证 现在还能去补那个培训的钱不',
        expect: { ...ended, noAmount: 'unfixed', undecided: 'vocational_training' },
      },
      { user: '俺没退休 也不领养老金 那年就考了这一个 培训学校说进了系统的', expect: { noAmount: 'unfixed', cites: ['七(二)', '六(三)'] } },
    ],
  },
  {
    id: 'v123d37',
    class: 'person_training',
    probes: 'a pensioner: outside the training subsidy\'s scope',
    turns: [
      {
        user: '俺爹六十五了 每月领退休金 20年在老家户籍地学了个养老护理 证也拿了 能领培训补贴不',
        expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed', cites: ['六(一)', '七(二)'] },
      },
    ],
  },
  {
    id: 'v123d38',
    class: 'person_training',
    probes: 'four certificates in 2022 (after the end), then the same in 2020 (three a year)',
    turns: [
      { user: '俺22年一年考了四个证 都在找工作的地方考的 每个都能领补贴吗', expect: { ...ended, noAmount: 'unfixed' } },
      { user: '要是20年考的呢 一年也是四个', expect: { cites: ['七(二)'], says: [/3\s*次|三次/], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v123d39',
    class: 'person_training',
    probes: 'the same occupation and level twice: no second subsidy',
    turns: [
      {
        user: '2020年考过焊工初级领了补贴 21年又去考了一回焊工初级 这回还给补不',
        expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed', says: [/同一职业|同一等级|重复/] },
      },
    ],
  },
  {
    id: 'v123d40',
    class: 'person_training',
    probes: '繁體字 Cantonese: institution in the system unknown, then known; no figure',
    turns: [
      {
        user: '我表妹喺鄭州住咗三年 2021年喺嗰度考咗個育嬰員證 培訓機構有冇入系統我唔知 佢可唔可以拎補貼',
        expect: { undecided: 'vocational_training', noAmount: 'unfixed' },
      },
      { user: '佢話間機構有登記入河南省嗰個培訓系統嘅', expect: { noAmount: 'unfixed', cites: ['六(三)', '七(二)'] } },
    ],
  },
  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v123d41',
    class: 'entrepreneurship',
    probes: 'a shop opened 2019年10月 (before the plan), under five years in 2021',
    turns: [
      {
        user: '俺19年10月开的奶茶店 到21年也就两年 那时候能报创业培训不',
        expect: { cites: ['三(八)'], noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v123d42',
    class: 'entrepreneurship',
    probes: 'a 2021 college graduate; then whether it is still open in 2026',
    turns: [
      { user: '俺在郑州上的大专 2021年毕业 当时学校让报创业培训 这个有补贴没', expect: { cites: ['三(八)'], noAmount: 'unfixed' } },
      { user: '现在26年了 俺还能报这个不', expect: ended },
    ],
  },
  {
    id: 'v123d43',
    class: 'entrepreneurship',
    probes: 'a shop open seven or eight years; then a wish to open a branch',
    turns: [
      { user: '俺表叔那个小超市开了七八年了 疫情那年他想去参加创业培训 中不中', expect: { cites: ['三(八)'], noAmount: 'unfixed' } },
      {
        user: '他还想再开个分店 这算不算有创业的想法',
        expect: { cites: ['三(八)'], noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v123d44',
    class: 'entrepreneurship',
    probes: '繁體字 Taiwan: a vocational student\'s 创业意识 course in 2020',
    turns: [
      { user: '我姪子2020年在鄭州讀職業學校 學校有開創業意識的課 這個是政府補貼的嗎 還要自己付錢嗎', expect: { cites: ['三(八)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v123d45',
    class: 'entrepreneurship',
    probes: 'a shop opened 前年 (2024): the plan had ended; then a wish in 2020',
    turns: [
      { user: '前年开了个理发店 现在还能申请创业培训的补贴不', expect: { ...ended, noAmount: 'unfixed' } },
      { user: '那疫情那年俺还没开店 光是想开 那时候能参加不', expect: { cites: ['三(八)'], noAmount: 'unfixed' } },
    ],
  },
  // ------------------------------------------------------------------ equipment
  {
    id: 'v123d46',
    class: 'equipment',
    probes: 'base equipment: acceptance open, then "验收 早就过了" (the fact after the noun)',
    turns: [
      { user: '厂里高技能人才培训基地2020年新买了两百万的实训设备 钱从职工教育经费出的', expect: kitOpen('400000', '40万') },
      { user: '验收 早就过了 人社和财政一块来验的', expect: kit(400000) },
    ],
  },
  {
    id: 'v123d47',
    class: 'equipment',
    probes: 'bought with the company\'s own money, not the education fund: no figure; what-if from the fund',
    turns: [
      {
        user: '21年技能大师工作室买了四十五万的设备 用的是公司自有资金 职工教育经费 没动 验收合格了',
        expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['90000', '9万'] },
      },
      { user: '要是当时从职工教育经费走的账呢', expect: kit(90000) },
    ],
  },
  {
    id: 'v123d48',
    class: 'equipment',
    probes: 'two studios, each capped on its own',
    turns: [
      {
        user: '20年俺们有两个大师工作室 一个买了三十万设备 另一个买了八十万 都是职工教育经费买的 都验收合格了 一共补多少',
        expect: kit(160000, '220000', '22万'),
      },
    ],
  },
  {
    id: 'v123d49',
    class: 'equipment',
    probes: 'a 2025 (去年) purchase: the plan had ended; the same purchase in November 2021',
    turns: [
      { user: '去年给大师工作室买的设备能申补助不 四十万 职工教育经费 也验收了', expect: ended },
      { user: '那21年11月买的呢 情况一模一样', expect: kit(80000) },
    ],
  },
  {
    id: 'v123d50',
    class: 'equipment',
    probes: '繁體字 Cantonese: facts given over two turns, base cap; then 而家 (now)',
    turns: [
      { user: '我老豆喺鄭州間公司有個高技能人才培訓基地 2021年買咗批設備 有冇補助', expect: { asks: true, undecided: 'equipment_subsidy', noAmount: 'open' } },
      { user: '三百萬 用職工教育經費買嘅 人社局同財政局驗收咗 合格', expect: kit(500000) },
      { user: '咁即係而家仲可唔可以申請', expect: ended },
    ],
  },
  // ------------------------------------------------------------------ education_fund
  {
    id: 'v123d51',
    class: 'education_fund',
    probes: 'fund under the 8 % limit; front-line share only half (< 60 %)',
    turns: [
      {
        user: '21年公司工资薪金总额一千二百万 职工教育经费提了八十万 花在一线工人身上的也就一半 能税前扣多少',
        expect: { ...deduct(800000), says: [/税前/, /60\s*%|百分之六十|六成/] },
      },
    ],
  },
  {
    id: 'v123d52',
    class: 'education_fund',
    probes: 'fund above the 8 % limit; then whether the excess can be paid out in cash',
    turns: [
      { user: '俺们20年工资总额四百五十万 教育经费提了五十万 能税前扣掉多少', expect: deduct(360000) },
      { user: '扣不掉那部分是不是就白搭了 能不能发成现金给工人', expect: { says: [/税前|扣除/] } },
    ],
  },
  {
    id: 'v123d53',
    class: 'education_fund',
    probes: 'payroll asked for, then given',
    turns: [
      { user: '21年职工教育经费提了二十万 工资总额多少俺还得问问财务', expect: deductOpen },
      { user: '财务回话了 工资总额二百二十万', expect: deduct(176000) },
    ],
  },
  {
    id: 'v123d54',
    class: 'education_fund',
    probes: '繁體字 Cantonese: every fact in one message, front-line share 70 %',
    turns: [
      { user: '我哥喺鄭州開公司 2020年工資總額一千萬 職工教育經費提咗六十萬 入面七成用喺一線員工培訓 稅前可以扣幾多', expect: deduct(600000) },
    ],
  },
  {
    id: 'v123d55',
    class: 'education_fund',
    probes: 'asked in 2026 whether the 8 % still holds; then a 2021 computation',
    turns: [
      { user: '现在26年了 职工教育经费税前扣除还是按百分之八吗 这个方案不是早到期了', expect: { ...ended, cites: ['六(二)'] } },
      { user: '那21年的账 工资总额六百万 经费提了五十万 当年能扣多少', expect: deduct(480000) },
    ],
  },
  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v123d56',
    class: 'apprenticeship',
    probes: 'per-apprentice amount: the plan fixes none',
    turns: [{ user: '2020年厂里带了十五个新型学徒 一个学徒能补几个钱', expect: { ...unsettled, cites: ['四(一)'] } }],
  },
  {
    id: 'v123d57',
    class: 'apprenticeship',
    probes: 'the person borrows the 200 元 of 以工代训 for apprentices',
    turns: [
      { user: '俺们公司21年搞企业新型学徒制 带了三十个 总共能拿多少补贴', expect: unsettled },
      { user: '那按一人一月200算 带了六个月 是不是就是三万六', expect: { ...unsettled, mustNotContain: ['36000', '3.6万'] } },
    ],
  },
  {
    id: 'v123d58',
    class: 'apprenticeship',
    probes: '繁體字 Cantonese: whether the apprentice himself gets money; then now',
    turns: [
      { user: '我細佬喺鄭州做學徒 2021年公司話有新型學徒補貼 學徒自己有冇錢拎', expect: unsettled },
      { user: '咁2026年仲有冇呢個補貼', expect: ended },
    ],
  },
  {
    id: 'v123d59',
    class: 'apprenticeship',
    probes: '师带徒 allowance from the education fund, asked about 2022 (after the end)',
    turns: [{ user: '师傅带徒弟的津贴 从教育经费里出 22年还能这么弄吗', expect: { ...ended, cites: ['六(二)'] } }],
  },
  {
    id: 'v123d60',
    class: 'apprenticeship',
    probes: 'apprentices trained 前年 (2024): the end of the plan and no fixed amount',
    turns: [{ user: '前年带的那批学徒 现在还能申补贴不 标准是多少', expect: { ...unsettled, ...ended } }],
  },
  // ------------------------------------------------------------------ period
  {
    id: 'v123d61',
    class: 'period',
    probes: 'a 2022 hire of 脱贫户: the plan had ended; what-if 2021 and 建档立卡',
    periodEnd: true,
    turns: [
      { user: '俺厂22年招了三个脱贫户 干了一年 以工代训六个月 岗前补贴没领 能领多少', expect: ended },
      { user: '那要是这仨是21年招的 建档立卡的 其他都一样呢', expect: pay(3600) },
    ],
  },
  {
    id: 'v123d62',
    class: 'period',
    probes: 'a 2022 hire with nine months of 以工代训: the end of the plan, never the uncapped figure',
    turns: [
      { user: '咱物流公司参保的 22年招了个零就业家庭的小伙 以工代训干了九个月 岗前补贴没申过 这能给多少', expect: { ...ended, mustNotContain: ['1800'] } },
    ],
  },
  {
    id: 'v123d63',
    class: 'period',
    probes: 'hired 2019年10月, before the plan began on 2019-12-02; 以工代训 in 2020',
    periodEnd: true,
    turns: [
      {
        user: '19年10月厂里招了俩建档立卡的 那会儿这个方案出来没有 能算进去不',
        expect: { says: [/2019\s*年\s*12\s*月|2019\s*[-/.]\s*12/], noAmount: 'open' },
      },
      { user: '他俩一直干到21年底 以工代训是20年开春搞的 四个月 岗前补贴没领', expect: pay(1600) },
    ],
  },
  {
    id: 'v123d64',
    class: 'period',
    probes: 'what replaced the plan: not in its text',
    turns: [
      {
        user: '这个技能提升方案到期以后 郑州换成啥新政策了',
        expect: { noAmount: 'unfixed', oneOf: [{ says: [HONEST_NOT_SETTLED] }, { answered: false }] },
      },
    ],
  },
  {
    id: 'v123d65',
    class: 'period',
    probes: 'a 2024 hire; then a hire in December 2021 whose six months end in 2022',
    turns: [
      { user: '前年招的建档立卡户 以工代训还给补不', expect: ended },
      {
        user: '那21年12月招的 到22年6月才干满半年 这算不算',
        expect: { noAmount: 'open', oneOf: [{ says: [HONEST_NOT_SETTLED] }, { mentionsPeriodEnd: true }] },
      },
    ],
  },
  {
    id: 'v123d66',
    class: 'period',
    probes: '"疫情那年" is 2020, inside the period; then whether it is too late now',
    periodEnd: true,
    turns: [
      { user: '疫情那年就是20年吧 那年厂里参保的 招了俩零就业家庭的 以工代训六个月 岗前没领 能补多少', expect: pay(2400) },
      { user: '那现在补申还赶趟不', expect: ended },
    ],
  },
  {
    id: 'v123d67',
    class: 'period',
    probes: '2026 general question: 以工代训 still open?',
    turns: [{ user: '都2026年了 以工代训这个补贴还有没有地方申请', expect: { ...ended, cites: ['六(一)'] } }],
  },
];
