/**
 * HELD-OUT dialogues, set v126 — written BLIND. The only sources were the plan itself
 * (policy-corpus/zz-2019-63.md) and the two contracts (shared/spec/eligibility.md, api.md), plus
 * the shapes in types.ts / judge.ts and the first lines of v101 for the format. Nothing here was
 * taken from the service's answers, from src/, or from any other held-out or dev set, and the
 * service was never run while writing it. Do not tune on it: no wording of these messages may go
 * into a glossary, pattern or fixture. Once a targeted change makes one of these pass, that dialogue
 * no longer measures anything; write a fresh one instead.
 *
 * Who types here: people who run the less common rules of the plan, on WeChat, in Henan speech —
 * the training manager of a 民办 training institution running 项目制 training for 人社, the finance
 * clerk of a food group that has a 烘焙 技能大师工作室 and a 数控 高技能人才培训基地, the office of a
 * 中职 school run by a group company, the accountant of a 扶贫车间, HR of small factories, and a few
 * workers and their relatives. They write without punctuation, with 俺/咱/啥/咋/中不中, Chinese
 * numerals and 万 figures, voice-input slips (工作是 for 工作室, 玩/望 for 万), "不知道/不清楚",
 * corrections of a number or of the kind of unit, and one office having done the 验收 while the other
 * has not yet.
 *
 * Theme: the less common employer and school rules — the 50 % advance of the training subsidy for
 * an enterprise's own training or a 培训机构's 项目制 training (六(一)), money for 教材开发 / 教学改革
 * (六(二), no amount), an enterprise running a 职业院校 in Zhengzhou (四(一), no amount), schools
 * enrolling children of 建档立卡 families (三(十四), no amount), equipment bought in lots for several
 * named sites, partly from the 职工教育经费 (四(一)), enterprise training centres outside the catalogue
 * after 备案 (七(二)), apprenticeship (no amount), and the plan's end (it ran 2019-12-02 to
 * 2021-12-31; today is 2026).
 *
 * Nothing is inferred from silence: an amount is expected only after every fact it rests on was
 * said (kind of unit; insurance for 就业困难/零就业; group; count; months employed ≥ 6 for poor labour;
 * months of 以工代训, capped at 6; 岗前培训补贴 not claimed; for equipment: site kind, value, bought from
 * the 职工教育经费, 验收 by BOTH 人社 and 财政; for the advance: the unit and the project's total
 * subsidy; for the deduction: the fund drawn and the 工资薪金总额). "不知道" keeps a fact open; a
 * correction replaces it.
 *
 * Amounts computed by hand (rules: 以工代训 Σ count × 200 × min(months, 6); advance 50 % × total;
 * equipment per site min(20 % × Σ fund-bought value, 500 000 base / 100 000 studio); deduction
 * min(fund, 8 % × 工资薪金总额), a 税前扣除 never cash):
 * - d01 t2: 就业困难 3 × 200 × 4 = 2 400 (insured enterprise).
 * - d02: 扶贫车间, poor 2 employed 8 ≥ 6, 以工代训 5 → 2 × 200 × 5 = 2 000.
 * - d03 t2: 零就业 1, 以工代训 9 → capped 6 → 1 × 200 × 6 = 1 200 (not 1 800).
 * - d04 t2: 残疾人 (就业困难 by 三(二)) 2 × 200 × 3 = 1 200.
 * - d05: a 职业院校 is no production entity → nothing (not 2 × 200 × 6 = 2 400).
 * - d06: poor 5 employed 4 < 6 → nothing (not 5 × 200 × 4 = 4 000).
 * - d07: poor 3 (7 months) × 200 × 6 = 3 600 + 就业困难 2 × 200 × 4 = 1 600 → 5 200.
 * - d08: cooperative: poor 4 × 200 × 5 = 4 000; 零就业 needs an insured ENTERPRISE → 0; total 4 000 (not 6 000).
 * - d09 t2: 退役军人 no group of the rule; 残疾 1 × 200 × 3 = 600 (not 1 800).
 * - d10 t2: poor 2 × 200 × 6 = 2 400 + 就业困难 3 × 200 × 4 = 2 400 → 4 800.
 * - d11: poor 5 employed 6, two with 岗前 claimed → 3 × 200 × 6 = 3 600 (not 6 000).
 * - d12: 零就业 2 × 200 × 2 = 800 + 就业困难 1 × 200 × 5 = 1 000; poor employed 3 < 6 → 0; total 1 800.
 * - d13: 就业困难 4 × 200 × 2 = 1 600.
 * - d14: enterprise not insured → 零就业 rows do not count (not 2 × 200 × 5 = 2 000).
 * - d15: base, 1 800 000 × 20 % = 360 000 ≤ 500 000; t1 only 人社 accepted → none yet; t2 both → 360 000.
 * - d16: 农村转移就业 is no group of the rule → nothing (not 6 × 200 × 4 = 4 800).
 * - d17: enterprise's own training, total 240 000 × 50 % = 120 000.
 * - d19: studio 300 000 not from the fund → nothing (not 60 000).
 * - d20 t3: 420 000 × 50 % = 210 000.
 * - d21 t2: studio 400 000 × 20 % = 80 000 ≤ 100 000.
 * - d22 t3: 扶贫车间 poor 3 (12 months) × 200 × 6 = 3 600.
 * - d23 t3: 零就业 1 × 200 × 4 = 800.
 * - d24 t3: min(600 000, 8 % × 9 000 000 = 720 000) = 600 000.
 * - d25: studio 600 000 × 20 % = 120 000 → cap 100 000; t2 360 000 × 20 % = 72 000.
 * - d26: 就业困难 5 × 200 × 5 = 5 000; t2 one had 岗前 → 4 × 200 × 5 = 4 000.
 * - d27: 180 000 × 50 % = 90 000; t2 160 000 × 50 % = 80 000.
 * - d28: min(1 200 000, 8 % × 12 000 000 = 960 000) = 960 000; t2 min(1 200 000, 8 % × 15 000 000 = 1 200 000) = 1 200 000.
 * - d29: school → nothing; t2 the school's enterprise hired them: poor 2 (8 months) × 200 × 6 = 2 400.
 * - d30: base 700 000 × 20 % = 140 000; t2 it is a studio → min(140 000, 100 000) = 100 000.
 * - d31: studio A 300 000 × 20 % = 60 000; studio B 700 000 × 20 % = 140 000 → 100 000; total 160 000 (not 200 000).
 * - d32: 300 000 × 50 % = 150 000.
 * - d33: 就业困难 2 × 200 × 6 = 2 400.
 * - d35: min(1 400 000, 8 % × 20 000 000 = 1 600 000) = 1 400 000.
 * - d36: 280 000 × 50 % = 140 000.
 * - d48: base lots 1 200 000 + 1 600 000 = 2 800 000 × 20 % = 560 000 → 500 000; studio 250 000 × 20 % = 50 000; total 550 000.
 * - d49: studio 150 000 × 20 % = 30 000 (if 十五玩 is read as 15万; asking back is fair too).
 * - d50: studio, fund-bought part 250 000 × 20 % = 50 000 (not the whole 400 000 × 20 % = 80 000).
 * - d51: 钳工 studio 400 000 × 20 % = 80 000; 焊工 studio not yet accepted → 0; total 80 000 (not 180 000).
 * - d52 t2: base 900 000 × 20 % = 180 000.
 * - d53: base lots 800 000 + 1 000 000 + 1 500 000 = 3 300 000 × 20 % = 660 000 → 500 000.
 * - d54: min(3 000 000, 8 % × 36 000 000 = 2 880 000) = 2 880 000.
 * - d55: min(500 000, 8 % × 8 000 000 = 640 000) = 500 000; front-line 250 000 / 500 000 = 50 % < 60 %.
 * - d56 t2: min(800 000, 8 % × 10 000 000 = 800 000) = 800 000.
 * - d57: min(400 000, 8 % × 6 000 000 = 480 000) = 400 000 (if 四十望 is read as 40万; asking back is fair too).
 * - d58: t1 the limit 8 % × 25 000 000 = 2 000 000 may be stated; t2 min(1 800 000, 2 000 000) = 1 800 000.
 * - d61: 就业困难 2 × 200 × 3 = 1 200; the 20 apprentices: no amount (按照相关规定).
 * - d68: poor 3 (10 months) × 200 × 6 = 3 600, computed for reference, and the plan has ended.
 * Apprenticeship, 生活费补贴, the per-person training subsidy, 教材/教学改革 support, the school and
 * family aids, the support for enterprise-run schools: the plan fixes no amount.
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is still missing: ask, no figure, no 不符合. */
const ask: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact was answered 不知道/不清楚: no figure, no verdict either way. */
const dunno: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount, without the figures a misreading would give. */
const pay = (yuan: number, ...wrong: number[]): TurnExpect => ({
  amount: { rule: 'on_job_training', yuan },
  ...(wrong.length ? { mustNotContain: wrong.map(String) } : {}),
});
/** Not eligible for 以工代训 on these facts; the misreading's figure absent. */
const notYes = (...wrong: number[]): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: wrong.map(String) });
/** In the plan's field, its text fixes nothing: say so, no figure. */
const unsettled: TurnExpect = { says: [HONEST_NOT_SETTLED], noAmount: 'unfixed' };
/** The advance of 50 % of the training subsidy. */
const advance = (yuan: number, ...wrong: string[]): TurnExpect => ({
  amount: { rule: 'project_training_advance', yuan },
  ...(wrong.length ? { mustNotContain: wrong } : {}),
});
/** The equipment subsidy. */
const kit = (yuan: number, ...wrong: string[]): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, ...(wrong.length ? { mustNotContain: wrong } : {}) });
/** An equipment fact is open: ask, no verdict, not the figure the open fact would give. */
const kitOpen = (...wrong: string[]): TurnExpect => ({ asks: true, undecided: 'equipment_subsidy', mustNotContain: wrong });
/** No equipment subsidy on these facts (yet): not eligible, not the figure. */
const kitNo = (...wrong: string[]): TurnExpect => ({ notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: wrong });
/** The education-fund deduction: a 税前扣除, never money paid out. */
const deduct = (yuan: number, ...wrong: string[]): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前|扣除/],
  mustNotContain: [/(可|能)(领|领取|申领|拿到)[^。；]{0,8}\d+(\.\d+)?万?元/, ...wrong],
});
/** The person is told the plan has ended. */
const ended: TurnExpect = { mentionsPeriodEnd: true };
/** Declined as outside the plan, no figure. */
const outside: TurnExpect = { answered: false, noAmount: 'unfixed' };

export const DIALOGUES_V126: Dialogue[] = [
  // ------------------------------------------------------------------ one_group
  {
    id: 'v126d01',
    class: 'one_group',
    probes: 'one group, insurance and 以工代训 months and 岗前 said only in the second message',
    periodEnd: true,
    turns: [
      { user: '俺们是做速冻水饺的厂 年初招了仨就业困难人员 带着边干边学 这种政府能补多少', expect: ask },
      { user: '社保一直给他们交着哩 带了四个月了 岗前培训那个补贴没申请过', expect: pay(2400) },
    ],
  },
  {
    id: 'v126d02',
    class: 'one_group',
    probes: 'a 扶贫车间 with two poor workers, every fact in one message',
    periodEnd: true,
    turns: [
      {
        user: '村里扶贫车间用了俩建档立卡户 人来了八个月了 以工代训搞了五个月 岗前补贴没拿过 车间能领多少',
        expect: pay(2000, 3200, 2400),
      },
    ],
  },
  {
    id: 'v126d03',
    class: 'one_group',
    probes: '以工代训 of nine months is capped at six; 岗前 asked first',
    periodEnd: true,
    turns: [
      { user: '俺物流公司 社保都交 收了个零就业家庭的小伙 以工代训带了九个月', expect: ask },
      { user: '岗前那个补贴木领', expect: pay(1200, 1800) },
    ],
  },
  {
    id: 'v126d04',
    class: 'one_group',
    probes: '残疾人 hires count as 就业困难; insurance asked before any figure',
    periodEnd: true,
    turns: [
      { user: '俺是做包装纸箱的公司 招了俩有残疾证的 以工代训仨月了 岗前培训补贴没领过', expect: ask },
      { user: '五险都上着呢', expect: pay(1200) },
    ],
  },
  {
    id: 'v126d05',
    class: 'one_group',
    probes: 'a 职业院校 is not a 生产经营主体, so its poor hires give no 以工代训补贴',
    periodEnd: true,
    turns: [
      {
        user: '俺们是个职业院校 学校食堂招了俩建档立卡的 干了一年了 以工代训带了六个月 岗前没领 学校能报以工代训不',
        expect: { ...notYes(2400), cites: ['六(一)'] },
      },
    ],
  },
  {
    id: 'v126d06',
    class: 'one_group',
    probes: 'poor labour employed four months (< 6) at a cooperative: no amount',
    periodEnd: true,
    turns: [
      {
        user: '俺们种蘑菇的合作社 用了五个建档立卡贫困户 才来四个月 以工代训也是四个月 岗前都没领 中不中',
        expect: notYes(4000),
      },
    ],
  },
  // ------------------------------------------------------------------ several_groups
  {
    id: 'v126d07',
    class: 'several_groups',
    probes: 'two qualifying groups with their own months in one message',
    periodEnd: true,
    turns: [
      {
        user: '俺数控加工厂交社保 今年进了建档立卡的三个 干了七个月 以工代训六个月 还有就业困难的两个 以工代训四个月 岗前补贴都没领 一共多少',
        expect: pay(5200, 6000),
      },
    ],
  },
  {
    id: 'v126d08',
    class: 'several_groups',
    probes: 'a cooperative: poor labour counts, 零就业 does not (needs an insured enterprise)',
    periodEnd: true,
    turns: [
      {
        user: '俺合作社用了四个贫困户 都干十个月了 以工代训五个月 另外还有俩零就业家庭的 以工代训也五个月 社保给交着 岗前的都没领',
        expect: pay(4000, 6000),
      },
    ],
  },
  {
    id: 'v126d09',
    class: 'several_groups',
    probes: '退役军人 are no group of 以工代训; the 残疾 hire is; 岗前 asked first',
    periodEnd: true,
    turns: [
      { user: '俺们公司社保正常交 招了俩退伍军人 一个腿有残疾的 都以工代训三个月了 能补多少钱', expect: ask },
      { user: '岗前补贴仨人都没申请', expect: pay(600, 1800) },
    ],
  },
  {
    id: 'v126d10',
    class: 'several_groups',
    probes: 'one row settled, the other row\'s months still to be asked: ask, then the sum',
    periodEnd: true,
    turns: [
      {
        user: '俺厂交着社保 建档立卡的俩 干了九个月 以工代训六个月 就业困难的仨 以工代训几个月得问问车间主任 岗前都没领',
        expect: { asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } },
      },
      { user: '问了 就业困难那仨带了四个月', expect: pay(4800) },
    ],
  },
  {
    id: 'v126d11',
    class: 'several_groups',
    probes: 'a subset of one group has the 岗前 subsidy: only the rest count',
    periodEnd: true,
    turns: [
      {
        user: '俺们服装厂 五个建档立卡的 干了半年 以工代训六个月 其中俩人岗前培训补贴去年领过了',
        expect: pay(3600, 6000),
      },
    ],
  },
  {
    id: 'v126d12',
    class: 'several_groups',
    probes: 'three groups: two count, poor labour employed three months does not',
    periodEnd: true,
    turns: [
      {
        user: '俺们公司交社保 零就业家庭俩 以工代训两个月 就业困难一个 以工代训五个月 还有个建档立卡的才来三个月 岗前补贴都没领过',
        expect: pay(1800, 2400),
      },
    ],
  },
  // ------------------------------------------------------------------ negation_after_noun
  {
    id: 'v126d13',
    class: 'negation_after_noun',
    probes: '岗前补贴 没领过: the negation after the noun keeps the rows',
    periodEnd: true,
    turns: [
      { user: '岗前补贴 没领过 就业困难的四个 以工代训俩月 公司社保也交着 算算', expect: pay(1600) },
    ],
  },
  {
    id: 'v126d14',
    class: 'negation_after_noun',
    probes: '社保 还没交: an uninsured enterprise gets nothing for 零就业 hires',
    periodEnd: true,
    turns: [
      {
        user: '零就业家庭的俩人在俺这以工代训五个月 社保 俺们还没给交 岗前的也没领 能补不',
        expect: notYes(2000),
      },
    ],
  },
  {
    id: 'v126d15',
    class: 'negation_after_noun',
    probes: '验收 by 人社 done, 财政 not yet: no subsidy until both',
    periodEnd: true,
    turns: [
      {
        user: '俺公司的数控高技能人才培训基地 用职工教育经费买了一百八十万的机床 验收 人社局来过了 财政局 还没来',
        expect: kitNo('360000', '36万'),
      },
      { user: '财政今儿也来验了 签字合格', expect: kit(360000) },
    ],
  },
  {
    id: 'v126d16',
    class: 'negation_after_noun',
    probes: '建档立卡 不是: ordinary rural migrants are no group of 以工代训',
    periodEnd: true,
    turns: [
      {
        user: '公司交社保 招了六个人 建档立卡 不是 就是农村出来打工的 以工代训四个月 岗前没领',
        expect: notYes(4800),
      },
    ],
  },
  {
    id: 'v126d17',
    class: 'negation_after_noun',
    probes: '培训机构 不是: an enterprise\'s own training also gets the 50 % advance',
    periodEnd: true,
    turns: [
      {
        user: '培训机构 不是 俺们是企业 自己给职工搞技能提升培训 这批补贴总额二十四万 能先给一半不',
        expect: { ...advance(120000), cites: ['六(一)'] },
      },
    ],
  },
  {
    id: 'v126d18',
    class: 'negation_after_noun',
    probes: 'the school the enterprise runs is 郑州的 不是: no support under 四(一)',
    turns: [
      {
        user: '俺们集团办的职业学校 郑州的 不是 在开封 按毕业生就业人数能给学校支持不',
        expect: { notVerdict: { rule: 'enterprise_school_support', status: 'eligible' }, cites: ['四(一)'], noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v126d19',
    class: 'negation_after_noun',
    probes: '职工教育经费 没用: equipment bought from own money gives no subsidy',
    periodEnd: true,
    turns: [
      {
        user: '给技能大师工作室添了三十万的设备 公司自己掏的 职工教育经费 没用 人社财政都验过了',
        expect: kitNo('60000', '6万'),
      },
    ],
  },
  // ------------------------------------------------------------------ unknown_reply
  {
    id: 'v126d20',
    class: 'unknown_reply',
    probes: 'the project\'s total subsidy first unknown, then given: the advance only then',
    periodEnd: true,
    turns: [
      {
        user: '俺们是个培训机构 给人社做项目制培训 听说补贴能先给一部分',
        expect: { says: [/50\s*%|百分之五十|一半/], cites: ['六(一)'], noAmount: 'open' },
      },
      {
        user: '补贴总额多少 俺真不清楚 合同在校长那锁着',
        expect: { noAmount: 'open', undecided: 'project_training_advance' },
      },
      { user: '问了校长 总共四十二万', expect: advance(210000) },
    ],
  },
  {
    id: 'v126d21',
    class: 'unknown_reply',
    probes: 'whether the equipment came from the 职工教育经费 is unknown, then said',
    periodEnd: true,
    turns: [
      {
        user: '俺公司给技能大师工作室添了四十万的设备 人社财政都验收合格了 就是钱从哪个账走的 不知道 财务请假了',
        expect: kitOpen('80000', '8万'),
      },
      { user: '财务回来说了 就是从职工教育经费里列支的', expect: kit(80000) },
    ],
  },
  {
    id: 'v126d22',
    class: 'unknown_reply',
    probes: '岗前 claimed? 不清楚 keeps it open, then 没领过',
    periodEnd: true,
    turns: [
      { user: '俺是扶贫车间的会计 仨贫困户干满一年了 以工代训六个月', expect: ask },
      { user: '岗前补贴领没领 不清楚 前头那个会计办的', expect: dunno },
      { user: '翻了账 没领过', expect: pay(3600) },
    ],
  },
  {
    id: 'v126d23',
    class: 'unknown_reply',
    probes: 'insurance unknown for a 零就业 hire: no figure until the boss says',
    periodEnd: true,
    turns: [
      { user: '俺是个小公司 零就业家庭的一个闺女在俺这以工代训四个月 岗前补贴没领', expect: ask },
      { user: '社保交没交 俺也不知道 老板管这一块', expect: dunno },
      { user: '老板说社保一直交着哩', expect: pay(800) },
    ],
  },
  {
    id: 'v126d24',
    class: 'unknown_reply',
    probes: 'education fund known, 工资薪金总额 unknown, then given',
    turns: [
      {
        user: '公司今年职工教育经费提了六十万 税前能扣多少',
        expect: { asks: true, undecided: 'education_fund_deduction' },
      },
      { user: '工资总额 不清楚 人事那边还没统计完', expect: { undecided: 'education_fund_deduction' } },
      { user: '统计出来了 工资薪金总额九百万', expect: deduct(600000) },
    ],
  },
  // ------------------------------------------------------------------ correction
  {
    id: 'v126d25',
    class: 'correction',
    probes: 'a studio at its cap, then the value corrected below it',
    periodEnd: true,
    turns: [
      {
        user: '俺们蛋糕公司的烘焙技能大师工作室 买设备花了六十万 职工教育经费出的 人社财政都验收合格了',
        expect: kit(100000),
      },
      { user: '说错了 不是六十万 是三十六万', expect: kit(72000) },
    ],
  },
  {
    id: 'v126d26',
    class: 'correction',
    probes: 'one of five turns out to have the 岗前 subsidy: the sum drops',
    periodEnd: true,
    turns: [
      { user: '厂里交着社保 招了五个就业困难人员 以工代训五个月 岗前都没领', expect: pay(5000) },
      { user: '哦不对 五个里头有一个岗前培训补贴领过了', expect: pay(4000, 5000) },
    ],
  },
  {
    id: 'v126d27',
    class: 'correction',
    probes: 'the project total corrected: the advance follows the new figure',
    periodEnd: true,
    turns: [
      { user: '我们是培训机构 接了个项目制培训 补贴总共十八万 先拨付能有多少', expect: advance(90000) },
      { user: '打错了 是十六万', expect: advance(80000, '90000', '9万') },
    ],
  },
  {
    id: 'v126d28',
    class: 'correction',
    probes: 'the payroll corrected: the 8 % limit no longer bites',
    turns: [
      { user: '俺公司工资薪金总额一千二百万 职工教育经费提了一百二十万 税前能扣多少', expect: deduct(960000) },
      { user: '哎说错了 工资总额是一千五百万', expect: deduct(1200000, '960000', '96万') },
    ],
  },
  {
    id: 'v126d29',
    class: 'correction',
    probes: 'the unit corrected from a school to the school\'s enterprise',
    periodEnd: true,
    turns: [
      {
        user: '俺们职业学校 招了两个建档立卡的 干了八个月 以工代训六个月 岗前没领',
        expect: notYes(2400),
      },
      { user: '说岔了 人是学校办的那个印刷公司招的 公司是正经企业', expect: pay(2400) },
    ],
  },
  {
    id: 'v126d30',
    class: 'correction',
    probes: 'the site kind corrected from base to studio: the lower cap applies',
    periodEnd: true,
    turns: [
      {
        user: '俺公司高技能人才培训基地添了七十万的设备 职工教育经费出的 人社财政验收都合格',
        expect: kit(140000),
      },
      { user: '哎弄混了 那批设备是给技能大师工作室买的 不是基地', expect: kit(100000) },
    ],
  },
  // ------------------------------------------------------------------ topic_switch
  {
    id: 'v126d31',
    class: 'topic_switch',
    probes: 'two studios with their own caps; 残保金 asked in between and declined; back to the caps',
    periodEnd: true,
    turns: [
      {
        user: '俺是公司 俩技能大师工作室 一个买了三十万设备 一个买了七十万 都是职工教育经费 人社财政验收都合格',
        expect: kit(160000, '200000', '20万'),
      },
      { user: '对了 残保金今年咋交', expect: outside },
      { user: '那俩工作室是各算各的上限吧', expect: { cites: ['四(一)'] } },
    ],
  },
  {
    id: 'v126d32',
    class: 'topic_switch',
    probes: 'the advance, then 教材开发 support whose amount the plan does not fix',
    periodEnd: true,
    turns: [
      { user: '俺们是民办职业培训机构 接了人社的项目制培训 补贴总额三十万 能提前拨多少', expect: advance(150000) },
      { user: '另外俺们老师自己编了套电工教材 这有钱支持不', expect: { cites: ['六(二)'], noAmount: 'unfixed' } },
      { user: '编教材能给多少', expect: unsettled },
    ],
  },
  {
    id: 'v126d33',
    class: 'topic_switch',
    probes: 'another city asked mid-case, then whether it can still be claimed today',
    periodEnd: true,
    turns: [
      { user: '俺郑州的厂 交社保 就业困难人员俩 以工代训六个月 岗前没领', expect: pay(2400) },
      { user: '洛阳那边的分厂也能按这个报不', expect: { says: [/郑州/], noAmount: 'unfixed' } },
      { user: '那郑州这个现在还能报不', expect: ended },
    ],
  },
  {
    id: 'v126d34',
    class: 'topic_switch',
    probes: 'a school enrolling poor students, then the group-run school\'s support, then its amount',
    turns: [
      {
        user: '俺们是中职学校 今年招了不少建档立卡户家的孩子 学校这边能有啥补助不',
        expect: { cites: ['三(十四)'], noAmount: 'unfixed' },
      },
      { user: '俺们学校是集团公司办的 按毕业生就业人数能给学校钱不', expect: { cites: ['四(一)'], noAmount: 'unfixed' } },
      { user: '一个毕业生给多少', expect: unsettled },
    ],
  },
  {
    id: 'v126d35',
    class: 'topic_switch',
    probes: 'the deduction, then 个税 declined, then the 60 % front-line share',
    turns: [
      { user: '俺们工资薪金总额两千万 职工教育经费提了一百四十万 税前扣除能扣多少', expect: deduct(1400000) },
      { user: '员工个税专项附加扣除那个继续教育咋填', expect: outside },
      { user: '回到刚才 一线职工培训得花到多少才算达标', expect: { says: [/60\s*%|百分之六十/], cites: ['六(二)'] } },
    ],
  },
  {
    id: 'v126d36',
    class: 'topic_switch',
    probes: 'the advance, then 生活费补贴 and the timing of the rest: both unsettled',
    periodEnd: true,
    turns: [
      {
        user: '俺们培训机构给去产能失业人员搞项目制培训 补贴二十八万 能先拨多少',
        expect: advance(140000),
      },
      { user: '学员能领生活费不 一天给多少', expect: unsettled },
      { user: '中 那项目干完以后剩下的钱啥时候结', expect: unsettled },
    ],
  },
  // ------------------------------------------------------------------ person_training
  {
    id: 'v126d37',
    class: 'person_training',
    probes: 'a worker trained at a centre outside the catalogue that filed with 人社',
    turns: [
      {
        user: '俺在厂里的培训中心考了个电工证 这中心不在目录上 说是在区人社局备过案 俺能领培训补贴不',
        expect: { cites: ['七(二)'], noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v126d38',
    class: 'person_training',
    probes: 'a pensioner is outside the training subsidy\'s scope',
    turns: [
      {
        user: '俺爹退休了每月领着养老金 想去学个中式面点 能报培训补贴不',
        expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['六(一)'], noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v126d39',
    class: 'person_training',
    probes: 'three subsidies this year already; next year and a higher level asked after',
    turns: [
      {
        user: '俺今年已经领过三回培训补贴了 又报了个叉车司机的班 还能补不',
        expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['七(二)'], noAmount: 'unfixed' },
      },
      { user: '那叉车明年再考个高一级的呢', expect: { oneOf: [{ cites: ['七(二)'] }, ended] } },
    ],
  },
  {
    id: 'v126d40',
    class: 'person_training',
    probes: 'a new occupation published by the state: priority standard, no figure',
    turns: [
      {
        user: '俺想学无人机驾驶员 听说是国家新公布的职业 郑州给补贴不 补多少',
        expect: { cites: ['七(二)'], noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v126d41',
    class: 'person_training',
    probes: 'poor labour trains free',
    turns: [
      { user: '俺是建档立卡户 想学电焊 培训得交钱不', expect: { cites: ['三(三)'], says: [/免费/], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v126d42',
    class: 'person_training',
    probes: 'a poor family\'s daughter at a 技工学校: the family\'s aid and her own, no figure',
    turns: [
      {
        user: '俺家是建档立卡贫困户 闺女在技工学校上学 家里能领补助不 孩子自己有啥',
        expect: { cites: ['三(三)', '三(十四)'], noAmount: 'unfixed' },
      },
    ],
  },
  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v126d43',
    class: 'entrepreneurship',
    probes: 'a business open six years is past five; a new business wish then makes it eligible',
    turns: [
      {
        user: '俺开了个烘焙店 营业执照办了六年了 还能参加创业培训不',
        expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'] },
      },
      {
        user: '俺还打算另外再开个奶茶店 自己当老板',
        expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v126d44',
    class: 'entrepreneurship',
    probes: 'a student of a 职业院校 may take entrepreneurship training',
    turns: [
      {
        user: '俺在职业技术学院上大二 学校里有创业培训 俺能报名不',
        expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'] },
      },
    ],
  },
  {
    id: 'v126d45',
    class: 'entrepreneurship',
    probes: 'a three-year-old repair shop: eligible, but no amount fixed',
    turns: [
      {
        user: '俺开了个小修车铺 才三年 创业培训报名要钱不 有补贴给多少',
        expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v126d46',
    class: 'entrepreneurship',
    probes: 'the years of a wife\'s shop unknown, then 不到五年',
    turns: [
      {
        user: '俺媳妇开了个小超市 想让她去听听创业培训',
        expect: { asks: true, undecided: 'entrepreneurship_training' },
      },
      {
        user: '开了几年俺也记不清 反正不到五年',
        expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v126d47',
    class: 'entrepreneurship',
    probes: 'a worker wishing to start a business; a loan asked after is outside the plan',
    turns: [
      {
        user: '俺在厂里上班 以后想自己出去单干 创业培训能参加不',
        expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' } },
      },
      { user: '培训完开店能给办贷款不', expect: outside },
    ],
  },
  // ------------------------------------------------------------------ equipment
  {
    id: 'v126d48',
    class: 'equipment',
    probes: 'a base bought in two lots (one cap) and a studio: per-site caps, summed',
    periodEnd: true,
    turns: [
      {
        user: '俺们食品集团 数控高技能人才培训基地分两批买设备 头一批一百二十万 第二批一百六十万 烘焙技能大师工作室买了二十五万 全是职工教育经费 人社财政都验收合格了',
        expect: kit(550000, '610000', '61万'),
      },
    ],
  },
  {
    id: 'v126d49',
    class: 'equipment',
    probes: 'voice slips (工作是, 十五玩): read as 15万, or asked back',
    periodEnd: true,
    turns: [
      {
        user: '俺们食品公司的烘焙技能大师工作是 买了十五玩的烤箱啥的 用的职工教育经费 人社跟财政都验收了合格',
        expect: { oneOf: [kit(30000), { asks: true, noAmount: 'open' }] },
      },
    ],
  },
  {
    id: 'v126d50',
    class: 'equipment',
    probes: 'only the fund-bought part of the equipment counts',
    periodEnd: true,
    turns: [
      {
        user: '技能大师工作室的设备总共四十万 其中二十五万是职工教育经费出的 剩下十五万是公司自有资金 人社财政验收都过了',
        expect: kit(50000, '80000', '8万'),
      },
    ],
  },
  {
    id: 'v126d51',
    class: 'equipment',
    probes: 'two studios, one not yet accepted: only the accepted one',
    periodEnd: true,
    turns: [
      {
        user: '俺公司俩技能大师工作室 钳工的买了四十万 焊工的买了六十万 都走的职工教育经费 钳工那个人社财政验收合格了 焊工的还没验',
        expect: kit(80000, '180000', '18万'),
      },
    ],
  },
  {
    id: 'v126d52',
    class: 'equipment',
    probes: 'a 实训基地 of unclear kind: ask, then a 高技能人才培训基地',
    periodEnd: true,
    turns: [
      {
        user: '公司建了个实训基地 买了九十万的设备 用的职工教育经费 人社财政都验收合格',
        expect: kitOpen('180000', '18万'),
      },
      { user: '是市里认定的高技能人才培训基地', expect: kit(180000) },
    ],
  },
  {
    id: 'v126d53',
    class: 'equipment',
    probes: 'three lots at one base share the 50万 cap',
    periodEnd: true,
    turns: [
      {
        user: '俺们数控高技能人才培训基地今年分三回进设备 八十万 一百万 一百五十万 都是职工教育经费买的 人社财政都验收合格 公司能拿多少',
        expect: kit(500000),
      },
    ],
  },
  // ------------------------------------------------------------------ education_fund
  {
    id: 'v126d54',
    class: 'education_fund',
    probes: 'the 8 % limit is under the fund drawn',
    turns: [
      { user: '俺们公司一年工资薪金三千六百万 职工教育经费提了三百万 税前能扣多少', expect: deduct(2880000) },
    ],
  },
  {
    id: 'v126d55',
    class: 'education_fund',
    probes: 'fund under the limit, but front-line share 50 % < 60 %',
    turns: [
      {
        user: '工资总额八百万 职工教育经费提了五十万 一线工人培训才花了二十五万 这税前扣除咋算',
        expect: { ...deduct(500000), says: [/税前|扣除/, /60\s*%|百分之六十/] },
      },
    ],
  },
  {
    id: 'v126d56',
    class: 'education_fund',
    probes: '师带徒 from the fund, then the deduction at exactly 8 %',
    turns: [
      { user: '师傅带徒弟发的津贴 能从职工教育经费里走不', expect: { cites: ['六(二)'] } },
      { user: '俺们提了八十万 工资总额一千万 税前能全扣不', expect: deduct(800000) },
    ],
  },
  {
    id: 'v126d57',
    class: 'education_fund',
    probes: 'typo 四十望 for 40万: read as such, or asked back',
    turns: [
      {
        user: '职工教育经费提了四十望 工资总额六百万 能在税前扣多少',
        expect: { oneOf: [deduct(400000), { asks: true, noAmount: 'open' }] },
      },
    ],
  },
  {
    id: 'v126d58',
    class: 'education_fund',
    probes: 'payroll only: the limit or a question; then the fund drawn',
    turns: [
      {
        user: '俺们工资薪金总额两千五百万 教育经费税前顶天能扣多少',
        expect: { oneOf: [{ asks: true }, { says: [/200\s*万|2,?000,?000/] }] },
      },
      { user: '今年实际提了一百八十万', expect: deduct(1800000) },
    ],
  },
  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v126d59',
    class: 'apprenticeship',
    probes: 'apprentice subsidy per head: the plan fixes none',
    turns: [
      { user: '厂里今年带了十五个企业新型学徒 一个人能补多少钱', expect: { ...unsettled, cites: ['四(一)'] } },
    ],
  },
  {
    id: 'v126d60',
    class: 'apprenticeship',
    probes: 'a rumoured rate must not be confirmed as the plan\'s',
    turns: [
      { user: '俺们跟技工学校搞现代学徒制 学徒补贴按啥标准给', expect: unsettled },
      { user: '听人说一个人一年四千 十五个就是六万 对不对', expect: unsettled },
    ],
  },
  {
    id: 'v126d61',
    class: 'apprenticeship',
    probes: 'apprentices beside 以工代训 rows: the 以工代训 sum only, apprentices unfixed',
    periodEnd: true,
    turns: [
      {
        user: '俺们厂学徒二十个 另外就业困难的俩 以工代训三个月 社保一直交 岗前没领 一共能补多少',
        expect: { ...pay(1200), says: [HONEST_NOT_SETTLED] },
      },
    ],
  },
  {
    id: 'v126d62',
    class: 'apprenticeship',
    probes: 'the three-year target is no quota for one firm',
    turns: [
      { user: '方案里说三年培养两万名学徒 俺们厂能分到几个名额', expect: unsettled },
    ],
  },
  {
    id: 'v126d63',
    class: 'apprenticeship',
    probes: 'the two apprenticeship schemes, then whether it can be applied for today',
    turns: [
      { user: '企业新型学徒制跟现代学徒制 方案里都提了 有啥说法', expect: { cites: ['四(一)'] } },
      { user: '今年还能申学徒的补贴不', expect: ended },
    ],
  },
  // ------------------------------------------------------------------ period
  {
    id: 'v126d64',
    class: 'period',
    probes: 'the second half of a 2021 project asked for today',
    turns: [
      { user: '俺们培训机构2021年接的项目制培训 当时先拨了一半 剩下那一半现在还能要不', expect: ended },
    ],
  },
  {
    id: 'v126d65',
    class: 'period',
    probes: 'equipment bought in 2020, applied for now',
    turns: [
      { user: '2020年给大师工作室买的设备 当时没顾上申请 现在补申请中不中', expect: ended },
    ],
  },
  {
    id: 'v126d66',
    class: 'period',
    probes: 'a training school opened this year asks for the advance',
    turns: [
      { user: '今年新开的职业培训学校 能按这个文件申请项目制培训先拨付不', expect: ended },
    ],
  },
  {
    id: 'v126d67',
    class: 'period',
    probes: 'when the plan was issued and how long it ran',
    turns: [
      { user: '这个技能提升行动方案是啥时候发的', expect: { says: [/2019/] } },
      { user: '管到哪年为止', expect: ended },
    ],
  },
  {
    id: 'v126d68',
    class: 'period',
    probes: 'a 2020 case claimed late: the amount for reference and the plan\'s end',
    turns: [
      {
        user: '2020年俺厂招了仨贫困户 干了十个月 以工代训六个月 岗前没领 当时没报 现在补报能拿多少',
        expect: { ...pay(3600), ...ended },
      },
    ],
  },
];
