/**
 * HELD-OUT dialogues, set v108 — written BLIND from the policy text (policy-corpus/zz-2019-63.md)
 * and the contracts (shared/spec/eligibility.md, api.md) only: never from the service's output,
 * the code under src/, other held-out sets or the dev sets under test/. Only the format of v101
 * (its first lines) was looked at. Not to be tuned on: no word of these messages goes into a
 * glossary, pattern or fixture; once a dialogue has been fixed by a targeted change it measures
 * nothing any more — write a new one instead.
 *
 * Who types here: HR staff and owners of Zhengzhou logistics firms, restaurant companies, garment
 * factories and farm cooperatives, typing fast on WeChat. One message packs two to four hired
 * groups, each with its own count, months employed and months of 以工代训; some groups qualify and
 * some do not (退役军人, 农民工, 大学生, 下岗职工, 两后生 are no 以工代训 group; 残疾人 counts as
 * 就业困难; poor labour needs ≥ 6 months employed; 就业困难 / 零就业 need an insured enterprise, so a
 * cooperative or an uninsured firm loses them). The 岗前培训补贴 is claimed for some groups only;
 * totals must be split ("一共12个 其中…"); one group is corrected several turns later ("第二批那3个
 * 其实才来5个月", "残疾的是3个不是2个"), and so are the unit kind and the insurance, which changes
 * which groups qualify. Some turns must ask because one group's fact is missing; in others one
 * group is settled and another still open (the settled part may be stated, the full total may not).
 *
 * Issue 10: nothing is inferred from silence. An amount is expected only once every fact it depends
 * on has been said: kind of unit, insurance where the rule needs it, group, count, months employed
 * (poor labour ≥ 6), months of 以工代训 (cap 6), whether the 岗前培训补贴 was claimed. "不知道 /
 * 不清楚" leaves the fact open; ranges ("十来个", "五六个月", "好几个") settle nothing.
 *
 * Amounts, computed by hand from the contract (each dialogue's comment shows the sum):
 * - 以工代训 (六(一)): Σ over qualifying rows of count × 200 × min(以工代训 months, 6). Poor labour
 *   qualifies at any production entity (企业、农民专业合作社、扶贫车间; not a 职业院校) once employed
 *   ≥ 6 months; 就业困难 (incl. 残疾人) and 零就业家庭 only at an insured enterprise; a row whose
 *   岗前培训补贴 was claimed never counts ("不得重复享受").
 * - Equipment (四(一)): per site min(20 % × items bought from the 职工教育经费, 500 000 base /
 *   100 000 studio), only after 人社 and 财政 验收合格; batches of one studio share its cap.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, entrepreneurship training, free training
 *   of poor labour: the plan fixes no amount.
 * Today (2026) the plan (2019-12-02 … 2021-12-31) has ended, so every conversation about what an
 * employer can get must hear that.
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

const OJT = 'on_job_training' as const;

/** Nothing settled yet and a 以工代训 fact missing: ask, no figure, no 不符合. */
const askFirst = (...wrong: number[]): TurnExpect => ({
  noAmount: 'open',
  asks: true,
  notVerdict: { rule: OJT, status: 'ineligible' },
  ...(wrong.length ? { mustNotContain: wrong.map(String) } : {}),
});
/** One group settled, another open: ask; the settled part may be said, never the guessed total. */
const askRest = (...wrong: number[]): TurnExpect => ({
  asks: true,
  notVerdict: { rule: OJT, status: 'ineligible' },
  mustNotContain: wrong.map(String),
});
/** The only open fact answered "不清楚": no figure, no verdict. */
const dunno = (...wrong: number[]): TurnExpect => ({
  noAmount: 'open',
  undecided: OJT,
  notVerdict: { rule: OJT, status: 'ineligible' },
  ...(wrong.length ? { mustNotContain: wrong.map(String) } : {}),
});
/** One group's fact answered "不清楚" while another group is settled: no 不符合, no guessed total. */
const dunnoRest = (...wrong: number[]): TurnExpect => ({
  notVerdict: { rule: OJT, status: 'ineligible' },
  mustNotContain: wrong.map(String),
});
/** The 以工代训 amount, and not the figures a misreading gives. */
const pays = (yuan: number, ...wrong: number[]): TurnExpect => ({
  amount: { rule: OJT, yuan },
  ...(wrong.length ? { mustNotContain: wrong.map(String) } : {}),
});
/** No qualifying group on these facts: not eligible, none of the misreadings' figures. */
const none = (...wrong: number[]): TurnExpect => ({
  notVerdict: { rule: OJT, status: 'eligible' },
  mustNotContain: wrong.map(String),
});
/** The plan's field, but its text sets nothing: say so, no figure. */
const unset: TurnExpect = { says: [HONEST_NOT_SETTLED], noAmount: 'unfixed' };
/** Whom to go to: a unit or the hotline is named. */
const whom: TurnExpect = { says: [/人社|人力资源|财政|人民政府|12333|热线/] };
/** The equipment subsidy. */
const kit = (yuan: number, ...wrong: string[]): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, ...(wrong.length ? { mustNotContain: wrong } : {}) });
/** The education-fund deduction, said to be pre-tax. */
const taxDeduct = (yuan: number): TurnExpect => ({ amount: { rule: 'education_fund_deduction', yuan }, says: [/税前/] });

export const DIALOGUES_V108: Dialogue[] = [
  // ------------------------------------------------------------ several groups in one message
  {
    // poor 4×200×6 = 4800; disabled (insured factory) 2×200×5 = 2000; veterans none → 6800
    id: 'v108d01',
    class: 'several_groups',
    probes: 'three groups in one line: veterans counted with the rest',
    periodEnd: true,
    turns: [
      {
        user: '在吗 我们服装厂五险一直交着 前年招的人 建档立卡贫困户4个干了8个月以工代训6个月 残疾人2个干了7个月以工代训5个月 还有退役军人3个干了半年也跟着以工代训6个月 岗前培训补贴这几拨都没申过 一共能补多少钱',
        expect: pays(6800, 10400),
      },
    ],
  },
  {
    // 一共12 其中5 poor → 5×200×4 = 4000; the 7 veterans none
    id: 'v108d02',
    class: 'several_groups',
    probes: 'a total split into poor labour and "剩下的" veterans: the rest must not be counted',
    periodEnd: true,
    turns: [
      {
        user: '物流公司hr 社保正常缴的 21年一共招了12个分拣员 其中5个是建档立卡贫困户 剩下的都是退役军人 12个人都干了10个月 以工代训统一做了4个月 岗前补贴谁都没领 以工代训补贴咋算',
        expect: pays(4000, 9600),
      },
    ],
  },
  {
    // cooperative: poor 3×200×6 = 3600; 就业困难 not at a cooperative → 3600
    id: 'v108d03',
    class: 'several_groups',
    probes: 'a cooperative: its 就业困难 hires need an insured enterprise',
    periodEnd: true,
    turns: [
      {
        user: '我们是种香菇的农民专业合作社 收了3个贫困户 干了9个月 以工代训6个月 还有2个就业困难人员干了7个月以工代训也是6个月 岗前培训补贴一分没拿过 这个以工代训能给多少',
        expect: pays(3600, 6000),
      },
    ],
  },
  {
    // zero-employment 2×200×3 = 1200; poor employed 5 months → none → 1200
    id: 'v108d04',
    class: 'several_groups',
    probes: 'poor labour employed 5 months beside a qualifying zero-employment group',
    periodEnd: true,
    turns: [
      {
        user: '餐饮公司 交社保 后厨招了零就业家庭的2个人干满6个月了以工代训3个月 贫困劳动力3个才干了5个月 以工代训5个月 岗前补贴都没报 能补多少',
        expect: pays(1200, 4200),
      },
    ],
  },
  {
    // disabled 3×200×6 = 3600; poor 2×200×min(8,6) = 2400; 农民工, 大学生 none → 6000
    id: 'v108d05',
    class: 'several_groups',
    probes: 'four numbered groups, two that qualify, one of them over the six-month cap',
    periodEnd: true,
    turns: [
      {
        user: '服装公司 社保都交 去年进来的 1)农民工6个 干了10个月 以工代训6个月 2)大学生2个 干8个月 以工代训6个月 3)残疾人3个 干8个月 以工代训6个月 4)建档立卡的2个 干了一年 以工代训8个月 岗前补贴全都没领 合计多少',
        expect: pays(6000, 6800, 15600),
      },
    ],
  },
  {
    // poor claimed the 岗前 subsidy → none; 就业困难 3×200×6 = 3600
    id: 'v108d06',
    class: 'several_groups',
    probes: 'the 岗前培训补贴 claimed for one group only',
    periodEnd: true,
    turns: [
      {
        user: '快递物流公司 有参保 招了贫困户4个干了7个月以工代训6个月 这4个的岗前培训补贴之前领过了 另外就业困难人员3个干了9个月以工代训6个月 岗前补贴没领 以工代训能补多少',
        expect: pays(3600, 8400),
      },
    ],
  },
  {
    // disabled 2×200×6 = 2400 settled; poor months of 以工代训 missing → ask; then 3×200×4 = 2400 → 4800
    id: 'v108d07',
    class: 'several_groups',
    probes: 'one group settled, the other lacks its months of 以工代训',
    periodEnd: true,
    turns: [
      {
        user: '我们餐饮有限公司 社保交着的 招了残疾人2个 干了一年了以工代训6个月 还有贫困户3个 干了8个月 岗前补贴都没领过 以工代训补贴能拿多少',
        expect: askRest(6000),
      },
      { user: '贫困户那3个以工代训只搞了4个月', expect: pays(4800, 6000) },
    ],
  },
  {
    // poor 5×200×6 = 6000 settled; zero-employment needs insurance → ask; insured → +3×200×6 = 3600 → 9600
    id: 'v108d08',
    class: 'several_groups',
    probes: 'insurance unsaid: the zero-employment group stays open while poor labour is settled',
    periodEnd: true,
    turns: [
      {
        user: '服装加工厂的 建档立卡贫困劳动力5个干了7个月以工代训6个月 零就业家庭的3个干了6个月以工代训6个月 岗前的都没报过 这个以工代训补多少',
        expect: askRest(9600),
      },
      { user: '社保我们一直给交着的', expect: pays(9600) },
    ],
  },
  {
    // disabled 2×200×4 = 1600 settled; poor "十来个" open; then 11×200×6 = 13200 → 14800
    id: 'v108d09',
    class: 'several_groups',
    probes: 'a rough count (十来个) for one group settles nothing',
    periodEnd: true,
    turns: [
      {
        user: '物流园那边公司参保了 招了建档立卡的十来个 都干了半年多 以工代训6个月 还有残疾人2个干了8个月以工代训4个月 岗前补贴没拿',
        expect: askRest(13600),
      },
      { user: '贫困户确切是11个 刚数的', expect: pays(14800, 13600) },
    ],
  },
  {
    // poverty workshop: poor 6×200×6 = 7200; 下岗, 两后生 none → 7200
    id: 'v108d10',
    class: 'several_groups',
    probes: 'a poverty workshop with 下岗 and 两后生 hires beside poor labour',
    periodEnd: true,
    turns: [
      {
        user: '扶贫车间做手套的 招建档立卡贫困劳动力6个 刚好干满6个月 以工代训也6个月 还有下岗职工2个 两后生3个 也都以工代训了半年 岗前补贴都没申请 以工代训总共多少',
        expect: pays(7200, 13200),
      },
    ],
  },
  {
    // 一共9 其中3 disabled, 1 of them claimed 岗前 → 2×200×5 = 2000; 6 graduates none
    id: 'v108d11',
    class: 'several_groups',
    probes: 'the 岗前 claim of one person inside a group, and graduates as "剩下"',
    periodEnd: true,
    turns: [
      {
        user: '我们物流公司交社保 2021年春天招了一共9个 其中3个残疾人 剩下6个是应届大学生 都干了10个月 以工代训5个月 3个残疾的里头有1个领过岗前培训补贴 其他人都没领 能补多少',
        expect: pays(2000, 3000, 9000),
      },
    ],
  },
  {
    // poor 3×200×6 = 3600; then zero-employment (insured factory) 2×200×2 = 800 → 4400
    id: 'v108d12',
    class: 'several_groups',
    probes: 'a second group added in the next message, with insurance said then',
    periodEnd: true,
    turns: [
      { user: '服装厂老板 去年收了3个建档立卡的 干了一年 以工代训6个月 岗前补贴没领 以工代训补多少', expect: pays(3600) },
      { user: '还有后来来的2个零就业家庭的 干了6个月 以工代训2个月 岗前也没领 厂里社保是交的', expect: pays(4400, 3600) },
    ],
  },
  {
    // cooperative: poor months employed missing → ask; "最短的也干了7个月" → 4×200×6 = 4800
    id: 'v108d13',
    class: 'several_groups',
    probes: 'four kinds of hire, the only qualifying one without months employed',
    periodEnd: true,
    turns: [
      {
        user: '合作社种葡萄的 招了贫困户4个 以工代训6个月 退役军人2个 农民工5个 岗前补贴都没领 贫困户来的时间不一样 能补多少',
        expect: askFirst(4800),
      },
      { user: '贫困户4个最短的也干了7个月', expect: pays(4800, 13200) },
    ],
  },
  {
    // cooperative: disabled and zero-employment never; poor employed 4 months → nothing
    id: 'v108d14',
    class: 'several_groups',
    probes: 'three groups and none qualifies at a cooperative',
    turns: [
      {
        user: '我们农民专业合作社招的 残疾人2个 零就业家庭1个 都干了10个月以工代训6个月 贫困户2个干了4个月以工代训4个月 岗前补贴都没领 能不能拿以工代训',
        expect: none(3600, 1600, 5200),
      },
    ],
  },

  // ------------------------------------------------------------ corrections several turns later
  {
    // 4×200×6 + 3×200×6 = 8400; second batch only 5 months employed → 4800
    id: 'v108d15',
    class: 'correction',
    probes: '"第二批那3个其实才来5个月" two turns later drops the batch',
    periodEnd: true,
    turns: [
      {
        user: '物流公司 招了两批建档立卡贫困户 第一批4个干了10个月以工代训6个月 第二批3个干了7个月以工代训也是6个月 岗前补贴都没领 以工代训一共多少',
        expect: pays(8400),
      },
      { user: '这个补贴是打给公司账上还是发给工人本人的', expect: { cites: ['六(一)'] } },
      { user: '不对 第二批那3个其实才来5个月 以工代训也就5个月', expect: pays(4800, 8400, 7800) },
    ],
  },
  {
    // disabled 2×1200 + poor 1×200×3 = 3000; disabled 3 → 3600 + 600 = 4200
    id: 'v108d16',
    class: 'correction',
    probes: '"残疾的是3个不是2个" after a question about veterans',
    periodEnd: true,
    turns: [
      {
        user: '餐饮公司社保都交 招了残疾人2个干了8个月以工代训6个月 退役军人2个也干了8个月以工代训6个月 贫困劳动力1个干满6个月以工代训3个月 岗前补贴全没领 多少钱',
        expect: pays(3000, 5400),
      },
      { user: '退役军人那俩真的一分都没有吗', expect: { cites: ['六(一)'], mustNotContain: ['5400'] } },
      { user: '哦对了 残疾的是3个不是2个 其他不变', expect: pays(4200, 3000, 6600) },
    ],
  },
  {
    // company insured: 4×1200 + 2×1200 = 7200; really a cooperative → poor only 2400
    id: 'v108d17',
    class: 'correction',
    probes: 'the unit corrected from company to cooperative drops the 就业困难 group',
    periodEnd: true,
    turns: [
      {
        user: '我们公司社保都交 招了就业困难人员4个干了7个月以工代训6个月 贫困户2个干了9个月以工代训6个月 岗前培训补贴都没领 能补多少',
        expect: pays(7200),
      },
      { user: '不好意思打错了 我们其实不是公司 是农民专业合作社 其他都一样', expect: pays(2400, 7200) },
    ],
  },
  {
    // insured: disabled 3×1200 + zero 2×800 + poor 2×1200 = 7600; not insured → poor 2400
    id: 'v108d18',
    class: 'correction',
    probes: 'insurance withdrawn after an unrelated question: only poor labour stays',
    periodEnd: true,
    turns: [
      {
        user: '服装厂 社保都交 残疾人3个干了9个月以工代训6个月 零就业家庭2个干了8个月以工代训4个月 贫困户2个刚满6个月以工代训6个月 岗前都没拿 以工代训合计多少',
        expect: pays(7600),
      },
      { user: '以工代训那钱是一次性给还是按月给啊', expect: { says: [HONEST_NOT_SETTLED] } },
      { user: '刚问了会计 厂里社保其实还没开始交', expect: pays(2400, 7600) },
    ],
  },
  {
    // uninsured: poor 2×1200 = 2400; insured after all → + 3×1200 = 6000
    id: 'v108d19',
    class: 'correction',
    probes: 'insurance corrected from no to yes adds the 就业困难 group',
    periodEnd: true,
    turns: [
      {
        user: '餐饮公司 目前没交社保 招了就业困难的3个干了8个月 以工代训6个月 贫困户2个干了10个月以工代训6个月 岗前都没领 以工代训多少',
        expect: pays(2400, 6000),
      },
      { user: '我搞错了 社保从开业就一直交着呢 不是没交', expect: pays(6000, 2400) },
    ],
  },
  {
    // 5×1200 + 2×200×3 = 7200; poor had the 岗前 subsidy → 1200
    id: 'v108d20',
    class: 'correction',
    probes: 'a 岗前 claim reported later for one group removes it',
    periodEnd: true,
    turns: [
      {
        user: '物流公司参保的 贫困户5个干了8个月以工代训6个月 就业困难2个干了7个月以工代训3个月 岗前补贴没领 总共能补多少',
        expect: pays(7200),
      },
      { user: '财务刚说贫困户那5个的岗前培训补贴去年就领过了', expect: pays(1200, 7200) },
    ],
  },
  {
    // 一共10 其中6 poor ×200×5 = 6000; then 7 poor → 7000
    id: 'v108d21',
    class: 'correction',
    probes: 'the split of a total corrected after a question about the rest',
    periodEnd: true,
    turns: [
      {
        user: '服装厂的 一共招了10个 其中建档立卡6个 剩下是农民工 都干了9个月 以工代训5个月 岗前补贴没申 能补多少',
        expect: pays(6000, 10000),
      },
      { user: '农民工那4个为啥不算啊', expect: { cites: ['六(一)'], mustNotContain: ['10000'] } },
      { user: '我数错了 建档立卡的是7个 农民工3个', expect: pays(7000, 6000, 10000) },
    ],
  },
  {
    // cooperative poor 3×200×min(8,6) = 3600; really 4 months → 2400
    id: 'v108d22',
    class: 'correction',
    probes: 'months of 以工代训 over the cap, then corrected below it',
    periodEnd: true,
    turns: [
      {
        user: '养鸡的合作社 建档立卡的3个 干了9个月了 以工代训8个月 岗前补贴没弄过 能补几个钱',
        expect: pays(3600, 4800),
      },
      { user: '等下 以工代训其实只有4个月 前面几个月是试用没搞', expect: pays(2400, 3600) },
    ],
  },
  {
    // 2×1200 + 3×1200 = 6000; the two are veterans → 3600
    id: 'v108d23',
    class: 'correction',
    probes: 'a group corrected to veterans drops out',
    periodEnd: true,
    turns: [
      {
        user: '物流公司交社保的 就业困难2个 贫困户3个 都干了7个月以工代训6个月 岗前都没领 补多少',
        expect: pays(6000),
      },
      { user: '上面说的就业困难那俩搞错了 人家是退役军人', expect: pays(3600, 6000) },
    ],
  },
  {
    // poor 5 months → none; disabled 1×1200 = 1200; poor 9 months → + 4×200×5 = 4000 → 5200
    id: 'v108d24',
    class: 'correction',
    probes: 'months employed of poor labour corrected above six',
    periodEnd: true,
    turns: [
      {
        user: '服装厂参保了 贫困户4个干了5个月以工代训5个月 残疾人1个干了8个月以工代训6个月 岗前补贴都没领 能拿多少',
        expect: pays(1200, 5200),
      },
      { user: '贫困户那4个我记错了 干了9个月了 不是5个月 以工代训还是5个月', expect: pays(5200, 1200) },
    ],
  },
  {
    // 一共8: zero 3×1200 + poor 2×1200 = 6000, 3 下岗 none; zero really 2 → 2400 + 2400 = 4800
    id: 'v108d25',
    class: 'correction',
    probes: 'one of a group re-filed as 下岗 two turns later',
    periodEnd: true,
    turns: [
      {
        user: '物流公司 社保有交 一共招了8个 其中零就业家庭3个干了6个月以工代训6个月 贫困户2个干了8个月以工代训6个月 剩下3个是下岗的 岗前补贴都没领 以工代训补多少',
        expect: pays(6000, 9600),
      },
      { user: '这个到哪个部门去报', expect: whom },
      { user: '零就业那3个里有1个其实是下岗的 所以零就业只有2个', expect: pays(4800, 6000) },
    ],
  },

  // ------------------------------------------------------------ "不知道 / 不清楚"
  {
    // cooperative; 岗前 unknown → open; then none claimed → poor 4×1200 = 4800 (disabled never at a cooperative)
    id: 'v108d26',
    class: 'unknown_reply',
    probes: 'the 岗前 claim unsaid, then "不清楚", then known',
    periodEnd: true,
    turns: [
      { user: '合作社这边 贫困户4个干了7个月 残疾人2个干了8个月 以工代训都是6个月 能申多少', expect: askFirst(4800, 7200) },
      { user: '岗前那个补贴领没领我真不清楚 经办的人辞职了', expect: dunno(4800, 7200) },
      { user: '翻到记录了 岗前的一个都没领', expect: pays(4800, 7200) },
    ],
  },
  {
    // poor 1×1200 settled; 就业困难 open on insurance; insured → + 5×1200 = 7200
    id: 'v108d27',
    class: 'unknown_reply',
    probes: '"社保交没交我不知道" leaves the 就业困难 group open',
    periodEnd: true,
    turns: [
      {
        user: '物流公司 招了就业困难人员5个干了6个月以工代训6个月 贫困户1个干了一年以工代训6个月 岗前补贴都没领 社保交没交我不知道 老板管这块',
        expect: dunnoRest(7200),
      },
      { user: '问了老板 社保是交了的', expect: pays(7200) },
    ],
  },
  {
    // poor 2×1200 settled; disabled count missing, then "好几个", then 4 → 4×1200 + 2400 = 7200
    id: 'v108d28',
    class: 'unknown_reply',
    probes: 'a group without a count, then "好几个", then the number',
    periodEnd: true,
    turns: [
      {
        user: '服装厂有社保 招的残疾人干了8个月以工代训6个月 贫困户2个干了7个月以工代训6个月 岗前补贴都没领 能补多少',
        expect: askRest(6000),
      },
      { user: '残疾的具体几个我也说不清 好几个吧 人事休假了', expect: dunnoRest(6000, 4800) },
      { user: '人事回我了 残疾人是4个', expect: pays(7200) },
    ],
  },
  {
    // poor 3×1200 = 3600 settled; zero-employment "五六个月" open, then unknown
    id: 'v108d29',
    class: 'unknown_reply',
    probes: 'a range of months (五六个月) then "记不清" for one group',
    periodEnd: true,
    turns: [
      {
        user: '餐饮公司交社保的 零就业家庭2个 贫困户3个 都干了10个月 贫困户以工代训6个月 零就业那俩以工代训五六个月吧 岗前补贴没领',
        expect: askRest(6000, 5600),
      },
      { user: '零就业那俩具体几个月记不清了 没法查', expect: dunnoRest(6000, 5600) },
    ],
  },
  {
    // poor labour, months employed missing, then unknown → open throughout
    id: 'v108d30',
    class: 'unknown_reply',
    probes: 'months employed of poor labour unsaid, then unknown',
    turns: [
      { user: '物流公司 去年招的贫困劳动力6个 以工代训做了4个月 岗前补贴没领 能拿多少', expect: askFirst(4800) },
      { user: '他们来了多久我也不知道 人事那有表 我看不到', expect: dunno(4800) },
    ],
  },
  {
    // "单位" of unknown kind with disabled hires: enterprise or not is open
    id: 'v108d31',
    class: 'unknown_reply',
    probes: 'the kind of unit unsaid, then unknown, for a 就业困难 group',
    turns: [
      { user: '我们单位交社保 招了残疾人3个干了9个月以工代训6个月 岗前补贴没领 有没有以工代训补贴', expect: askFirst(3600) },
      { user: '单位是啥性质我真不清楚 我刚来的', expect: dunno(3600) },
    ],
  },

  // ------------------------------------------------------------ negation after the noun
  {
    // uninsured: poor 2×1200 = 2400; disabled none
    id: 'v108d32',
    class: 'negation_after_noun',
    probes: '"社保 没交" with a space: the disabled group falls out',
    periodEnd: true,
    turns: [
      {
        user: '服装厂 社保 没交 残疾人3个干了8个月以工代训6个月 贫困户2个也干了8个月以工代训6个月 岗前补贴 都没领 能补多少',
        expect: pays(2400, 6000),
      },
    ],
  },
  {
    // insured company: zero 3×1200 = 3600
    id: 'v108d33',
    class: 'negation_after_noun',
    probes: '"岗前培训补贴 一个都没领过" put first',
    periodEnd: true,
    turns: [
      {
        user: '物流公司 岗前培训补贴 一个都没领过 社保 交着的 零就业家庭招了3个 干了7个月 以工代训6个月 补多少',
        expect: pays(3600),
      },
    ],
  },
  {
    // "建档立卡的不是 全是下岗职工" → no group
    id: 'v108d34',
    class: 'negation_after_noun',
    probes: '"建档立卡的不是" denies the group named before it',
    turns: [
      {
        user: '饭店公司招的5个 建档立卡的不是 全是下岗职工 干了一年 以工代训6个月 岗前补贴没领 能拿以工代训补贴吗',
        expect: none(6000),
      },
    ],
  },
  {
    // insured restaurant company: disabled 4×1200 = 4800
    id: 'v108d35',
    class: 'negation_after_noun',
    probes: '"从来没断过" and "也没碰过" after their nouns',
    periodEnd: true,
    turns: [
      {
        user: '我们餐饮公司 社保那块从来没断过 残疾人4个 干了9个月 以工代训6个月 岗前培训补贴 也没碰过 能给多少',
        expect: pays(4800),
      },
    ],
  },
  {
    // poor claimed 岗前 → none; disabled 2×1200 = 2400
    id: 'v108d36',
    class: 'negation_after_noun',
    probes: '"贫困户的领了 残疾人的 没领": the negation belongs to one group',
    periodEnd: true,
    turns: [
      {
        user: '服装公司交社保 贫困户3个残疾人2个 都干了8个月以工代训6个月 岗前培训补贴贫困户的领了 残疾人的 没领 以工代训还能补多少',
        expect: pays(2400, 6000, 3600),
      },
    ],
  },
  {
    // cooperative: poor 2×1200 = 2400; zero-employment none
    id: 'v108d37',
    class: 'negation_after_noun',
    probes: '"扶贫车间不是 是合作社": the zero-employment hire does not count',
    periodEnd: true,
    turns: [
      {
        user: '我们扶贫车间不是 是农民专业合作社 贫困户2个干满6个月以工代训6个月 零就业家庭1个干了8个月以工代训6个月 岗前补贴没拿过 以工代训多少',
        expect: pays(2400, 3600),
      },
    ],
  },

  // ------------------------------------------------------------ one group
  {
    id: 'v108d38',
    class: 'one_group',
    probes: 'a 职业院校 is no production entity for poor labour',
    turns: [
      {
        user: '我们是职业院校 食堂招了贫困劳动力3个 干了8个月 以工代训6个月 岗前补贴没领过 学校能领以工代训补贴不',
        expect: none(3600),
      },
    ],
  },
  {
    // 5×200×3 = 3000
    id: 'v108d39',
    class: 'one_group',
    probes: 'poverty workshop, few months of 以工代训',
    periodEnd: true,
    turns: [
      { user: '扶贫车间 建档立卡贫困劳动力5个 干了11个月 以工代训3个月 岗前补贴没申过 以工代训补贴多少钱', expect: pays(3000, 6000) },
    ],
  },
  {
    id: 'v108d40',
    class: 'one_group',
    probes: 'zero-employment hires at a cooperative',
    turns: [
      { user: '农民专业合作社 零就业家庭成员3个 干了8个月 以工代训6个月 岗前没领 能补以工代训不', expect: none(3600) },
    ],
  },
  {
    // months employed missing → ask; "一年多" → 4×200×5 = 4000
    id: 'v108d41',
    class: 'one_group',
    probes: 'poor labour without months employed, said next',
    periodEnd: true,
    turns: [
      { user: '物流公司 招了4个建档立卡贫困户 以工代训5个月 岗前补贴没领 补多少', expect: askFirst(4000) },
      { user: '都干了一年多了', expect: pays(4000) },
    ],
  },
  {
    // 8×200×min(10,6) = 9600
    id: 'v108d42',
    class: 'one_group',
    probes: 'ten months of 以工代训 asked to be counted: the cap is six',
    periodEnd: true,
    turns: [
      { user: '服装公司社保齐全 残疾人8个 干了12个月 以工代训10个月 岗前补贴没领 以工代训按10个月算多少', expect: pays(9600, 16000) },
    ],
  },

  // ------------------------------------------------------------ topic switches
  {
    // 2×1200 + 3×1200 = 6000; studio 20 % × 60万 = 12万 → cap 100000
    id: 'v108d43',
    class: 'topic_switch',
    probes: 'from 以工代训 to a master studio and back',
    periodEnd: true,
    turns: [
      {
        user: '服装厂社保都交 残疾人2个干了8个月以工代训6个月 贫困户3个干了7个月以工代训6个月 岗前补贴没领 以工代训多少',
        expect: pays(6000),
      },
      {
        user: '另外厂里建了个技能大师工作室 用职工教育经费买设备花了60万 人社和财政都验收过了 能补多少',
        expect: kit(100000),
      },
      { user: '那回到以工代训 那个钱找哪个部门报', expect: whom },
    ],
  },
  {
    // min(70万, 8 % × 800万 = 64万) = 640000; then zero 2×1200 = 2400
    id: 'v108d44',
    class: 'topic_switch',
    probes: 'from the education-fund deduction to 以工代训',
    periodEnd: true,
    turns: [
      { user: '餐饮公司 去年工资薪金总额800万 提了职工教育经费70万 税前能扣多少', expect: taxDeduct(640000) },
      { user: '再问个 我们还招了零就业家庭2个 干了9个月以工代训6个月 社保交着 岗前没领 以工代训能补多少', expect: pays(2400) },
    ],
  },
  {
    // 岗前 unsaid → ask; 生活费 unset; then none claimed → 3×1200 + 2×1200 = 6000
    id: 'v108d45',
    class: 'topic_switch',
    probes: 'an open 以工代训 question, a 生活费补贴 aside, then the missing fact',
    periodEnd: true,
    turns: [
      { user: '物流公司 参保 贫困户3个 就业困难2个 都干了8个月 以工代训6个月 能补多少', expect: askFirst(6000, 3600) },
      { user: '顺便问下 工人参加培训有生活费补贴吗 一天多少', expect: unset },
      { user: '岗前补贴的事 都没领过', expect: pays(6000) },
    ],
  },
  {
    // cooperative poor 2×1200 = 2400; then a person's training subsidy: no amount in the plan
    id: 'v108d46',
    class: 'topic_switch',
    probes: 'from the cooperative\'s 以工代训 to a member\'s own training subsidy',
    periodEnd: true,
    turns: [
      { user: '蔬菜合作社 建档立卡户2个 干了半年整 以工代训6个月 岗前补贴没领 补多少', expect: pays(2400) },
      { user: '还有我自己 想在户籍地考个农机修理工证 培训补贴一个人补多少', expect: { noAmount: 'unfixed' } },
    ],
  },
  {
    // zero 1×1200 + disabled 1×1200 = 2400, veteran none; apprentices: no amount
    id: 'v108d47',
    class: 'topic_switch',
    probes: 'from three hires to apprentices',
    periodEnd: true,
    turns: [
      {
        user: '服装公司交社保 零就业家庭1个 残疾人1个 退役军人1个 都干了8个月以工代训6个月 岗前补贴都没领 能补多少',
        expect: pays(2400, 3600),
      },
      { user: '厂里还搞了企业新型学徒 带了10个 这个补多少', expect: { ...unset, cites: ['四(一)'] } },
    ],
  },

  // ------------------------------------------------------------ a person's own training
  {
    id: 'v108d48',
    class: 'person_training',
    probes: 'a worker\'s training subsidy: conditions of 七(二), no amount in the plan',
    turns: [
      {
        user: '我们服装厂有个女工 在郑州常住 想在这参加缝纫工培训 证已经拿了 今年一次补贴都没领过 以前也没考过这个工种 没有退休金 机构在省里系统里 她能领培训补贴吗 补多少',
        expect: { noAmount: 'unfixed', cites: ['七(二)'] },
      },
    ],
  },
  {
    id: 'v108d49',
    class: 'person_training',
    probes: 'three subsidies already this year',
    turns: [
      {
        user: '物流公司的一个叉车工 今年已经领过3次职业培训补贴了 这回在常住地又考了个电工证 还能领第4次不',
        expect: { status: { rule: 'vocational_training', status: 'ineligible' }, cites: ['七(二)'] },
      },
    ],
  },
  {
    id: 'v108d50',
    class: 'person_training',
    probes: 'a rehired worker drawing a monthly pension',
    turns: [
      {
        user: '厂里返聘的老师傅 已经按月领养老金了 想去培训考个高级工 能享受职业培训补贴吗',
        expect: { status: { rule: 'vocational_training', status: 'ineligible' }, cites: ['六(一)'] },
      },
    ],
  },
  {
    id: 'v108d51',
    class: 'person_training',
    probes: 'the same occupation and level a second time',
    turns: [
      {
        user: '我们饭店的厨师去年在求职地考了中式烹调师四级拿了补贴 今年还想再考一回中式烹调师四级 还能补不',
        expect: { status: { rule: 'vocational_training', status: 'ineligible' }, cites: ['七(二)'] },
      },
    ],
  },
  {
    id: 'v108d52',
    class: 'person_training',
    probes: 'free training of poor labour, no figure',
    turns: [
      { user: '合作社里的建档立卡户社员 去参加职业技能培训 要不要自己掏钱', expect: { cites: ['三(三)'], noAmount: 'unfixed' } },
    ],
  },

  // ------------------------------------------------------------ entrepreneurship training
  {
    id: 'v108d53',
    class: 'entrepreneurship',
    probes: 'a small restaurant open three years',
    turns: [
      { user: '我开了个小饭馆 营业执照办了3年 算小微企业 能参加创业培训吗 有补贴的话补多少', expect: { cites: ['三(八)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v108d54',
    class: 'entrepreneurship',
    probes: 'an employee who wants to open a parcel station',
    turns: [
      { user: '物流公司hr 有个员工想自己出去开个快递驿站 他能报创业培训吗', expect: { cites: ['三(八)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v108d55',
    class: 'entrepreneurship',
    probes: 'a business open six years, then the wish to start another',
    turns: [
      { user: '服装公司老板 公司开了6年了 想参加创业培训行不行', expect: { cites: ['三(八)'], noAmount: 'unfixed' } },
      { user: '我其实还打算再开个网店做电商 这算有创业愿望吧', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' } } },
    ],
  },
  {
    id: 'v108d56',
    class: 'entrepreneurship',
    probes: 'a cooperative chairman wanting management training',
    turns: [
      { user: '合作社理事长 社里成立4年 想学学经营管理 算不算创业培训的对象', expect: { cites: ['三(八)'], noAmount: 'unfixed' } },
    ],
  },

  // ------------------------------------------------------------ training equipment
  {
    // base: 20 % × 180万 = 36万 = 360000
    id: 'v108d57',
    class: 'equipment',
    probes: 'a base under its cap',
    turns: [
      { user: '服装厂建了高技能人才培训基地 用职工教育经费新买实训设备180万 人社财政两家验收合格了 一次性补助多少', expect: kit(360000) },
    ],
  },
  {
    // studio: 20 % × (30万 + 35万) = 13万 → cap 100000
    id: 'v108d58',
    class: 'equipment',
    probes: 'two batches of one studio share its cap',
    turns: [
      {
        user: '物流公司的技能大师工作室 分两批买的实训设备 第一批30万 第二批35万 都是职工教育经费出的 都验收过了 补多少',
        expect: kit(100000),
      },
    ],
  },
  {
    // not yet accepted → not eligible; 20 % × 80万 would be 16万
    id: 'v108d59',
    class: 'equipment',
    probes: 'no 验收 yet',
    turns: [
      {
        user: '餐饮公司的高技能人才培训基地 职工教育经费买了80万设备 验收还没做 能先算算补多少吗',
        expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, says: [/验收/] },
      },
    ],
  },
  {
    // source of money unsaid, then unknown
    id: 'v108d60',
    class: 'equipment',
    probes: 'whether the money came from the education fund is open',
    turns: [
      {
        user: '我们厂给技能大师工作室买了40万的设备 已经验收合格 能补多少',
        expect: { asks: true, undecided: 'equipment_subsidy', mustNotContain: ['80000', '8万'] },
      },
      { user: '钱从哪个账上出的我不清楚 财务的事', expect: { undecided: 'equipment_subsidy', mustNotContain: ['80000', '8万'] } },
    ],
  },
  {
    // base: 20 % × 300万 = 60万 → cap 500000
    id: 'v108d61',
    class: 'equipment',
    probes: 'a base over its cap, the person proposing the uncapped figure',
    turns: [
      {
        user: '高技能人才培训基地新置实训设备总值300万 全是职工教育经费 验收合格 20%的话是60万吗',
        expect: kit(500000),
      },
    ],
  },

  // ------------------------------------------------------------ education fund
  {
    // min(45万, 8 % × 500万 = 40万) = 400000
    id: 'v108d62',
    class: 'education_fund',
    probes: 'fund above the 8 % limit',
    turns: [{ user: '服装厂工资薪金总额一年500万 职工教育经费提了45万 税前扣除能扣多少', expect: taxDeduct(400000) }],
  },
  {
    // min(60万, 96万) = 600000; front-line 50 % < 60 %
    id: 'v108d63',
    class: 'education_fund',
    probes: 'fund under the limit, front-line share under 60 %',
    turns: [
      {
        user: '物流公司 工资总额1200万 教育经费提了60万 其中一半用在一线员工培训上 税前能扣多少',
        expect: { amount: { rule: 'education_fund_deduction', yuan: 600000 }, says: [/税前/, /60\s*%|百分之六十|六成/] },
      },
    ],
  },
  {
    // payroll unsaid → ask; 300万 → min(30万, 24万) = 240000
    id: 'v108d64',
    class: 'education_fund',
    probes: 'payroll unsaid, given next',
    turns: [
      { user: '餐饮公司今年提了职工教育经费30万 能全部税前扣吗', expect: { asks: true, undecided: 'education_fund_deduction' } },
      { user: '工资薪金总额是300万', expect: taxDeduct(240000) },
    ],
  },
  {
    // min(16万, 16万) = 160000, a deduction, not money paid out
    id: 'v108d65',
    class: 'education_fund',
    probes: 'the deduction taken for cash from the government',
    turns: [
      {
        user: '教育经费8%那个 是政府直接打钱给我们吗 我们公司工资总额200万 提了16万',
        expect: { ...taxDeduct(160000), mustNotContain: [/可(领|得)\s*16/] },
      },
    ],
  },

  // ------------------------------------------------------------ apprenticeship
  {
    id: 'v108d66',
    class: 'apprenticeship',
    probes: 'apprentices per head: the plan fixes nothing',
    turns: [{ user: '物流公司带了15个企业新型学徒 每个人政府补多少', expect: { ...unset, cites: ['四(一)'] } }],
  },
  {
    id: 'v108d67',
    class: 'apprenticeship',
    probes: 'a figure proposed by the person for apprentices',
    turns: [{ user: '听说学徒补贴是按每人每年4000元给 我们服装厂带了9个 是不是这么算', expect: unset }],
  },
  {
    id: 'v108d68',
    class: 'apprenticeship',
    probes: 'master-apprentice at a cooperative and the 师带徒 allowance',
    turns: [
      { user: '合作社搞师带徒 带了6个学徒 补贴标准是啥 师傅的津贴能从哪出', expect: { ...unset, cites: ['四(一)', '六(二)'] } },
    ],
  },
  {
    // poor 2×1200 = 2400; then modern apprentices: no amount
    id: 'v108d69',
    class: 'apprenticeship',
    probes: 'after a 以工代训 amount, apprentices must get no figure',
    periodEnd: true,
    turns: [
      { user: '服装厂 贫困户2个干了9个月以工代训6个月 岗前补贴没领 补多少', expect: pays(2400) },
      { user: '还有现代学徒制那块 我们跟职业学校合作带了12个学徒 能给多少', expect: unset },
    ],
  },

  // ------------------------------------------------------------ the plan's period
  {
    id: 'v108d70',
    class: 'period',
    probes: 'hires of 2022, after the plan ended',
    turns: [{ user: '2022年3月招的贫困户 干到现在了 现在还能申以工代训吗', expect: { mentionsPeriodEnd: true, noAmount: 'open' } }],
  },
  {
    id: 'v108d71',
    class: 'period',
    probes: 'until when the plan runs',
    turns: [{ user: '这个职业技能提升行动方案有效期到哪天', expect: { mentionsPeriodEnd: true } }],
  },
  {
    // disabled 3×1200 = 3600 (insured factory)
    id: 'v108d72',
    class: 'period',
    probes: 'today in 2026, then a 2021 case computed for reference',
    periodEnd: true,
    turns: [
      { user: '都到2026年了哈 我们物流公司的以工代训补贴这会儿还能报么', expect: { mentionsPeriodEnd: true } },
      { user: '那21年我们服装厂招的残疾人3个干了8个月以工代训6个月 社保交的 岗前没领 当时能补多少', expect: pays(3600) },
    ],
  },
  {
    id: 'v108d73',
    class: 'period',
    probes: 'employment running past the plan\'s end',
    turns: [
      {
        user: '21年11月招的建档立卡贫困户2个 干到22年5月 以工代训6个月 合作社的 岗前没领 这种还算不算',
        expect: { mentionsPeriodEnd: true },
      },
    ],
  },
];
