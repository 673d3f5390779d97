/**
 * HELD-OUT dialogues, set v112 — written BLIND from the policy text (policy-corpus/zz-2019-63.md)
 * and the contracts (shared/spec/eligibility.md, api.md) only: never from the service's output,
 * the code under src/, scripts/, prompts/, other held-out sets or the dev tests. Only the format of
 * v101 (its first lines) and the shapes in types.ts / judge.ts were looked at. Not to be tuned on:
 * no word of these messages goes into a glossary, pattern or fixture; once a dialogue has been fixed
 * by a targeted change it measures nothing any more — write a new one instead.
 *
 * Who types here: owners, cooks-turned-managers, cashiers and village cadres of SMALL employers in
 * and around Zhengzhou — a 饭店 run as a 餐饮公司, a 小厂 (有限公司), a 种植/养殖合作社, a 村扶贫车间,
 * a 物业公司 — plus 12333 hotline staff relaying a caller and people asking for a brother, a
 * daughter, a nephew, a wife. They type on WeChat: no punctuation or spaces for punctuation,
 * run-on sentences with several groups of hires in one message (each with its own count, months
 * employed and months of 以工代训), 同音错字 (以工带训, 建当立卡, 建档力卡, 社宝), Chinese numerals and
 * 俩/仨/半年/快一年, dialect (俺/咱/啥/中不中/不晓得), bare replies to the pending question ("岗前那个
 * 没有"), "不知道 得问会计", ranges that settle nothing ("十来个", "三四个月", "两三百万", "三五万"),
 * a fact corrected two turns later, and, as this set's theme besides 以工代训, their training
 * equipment (技能大师工作室 / 高技能人才培训基地) and the 职工教育经费 (税前扣除, 一线 60 %).
 * Today (2026) the plan has ended (it ran 2019-12-02 to 2021-12-31): whoever asks what they can
 * get or do must be told so somewhere in the conversation (`periodEnd`).
 *
 * Nothing is inferred from silence: an amount is expected only once every fact it depends on has
 * been said — kind of unit, insurance where the rule needs it, the group, the count, months employed
 * for poor labour (≥ 6), months of 以工代训 (capped at 6), and that the 新录用人员岗前技能培训补贴 was
 * NOT claimed. Ranges settle nothing. Where a careful service may either ask or answer, `oneOf`.
 *
 * Rules used (from the text and eligibility.md):
 * - 以工代训 六(一): Σ per qualifying row count × 200 × min(以工代训 months, 6). 建档立卡贫困劳动力
 *   qualify with any 生产经营主体 (企业、合作社、扶贫车间; not a 职业院校) once employed ≥ 6 months;
 *   就业困难人员 (incl. 残疾人, 三(二)) and 零就业家庭成员 only with an insured ENTERPRISE (a
 *   cooperative is none), no six-month condition; 退役军人, 农村转移就业劳动者 / 普通村民 are no group
 *   of this rule; a row whose 岗前培训补贴 was claimed never counts.
 * - Equipment 四(一): per site min(20 % × value bought from the 职工教育经费, 500 000 base /
 *   100 000 studio), only after 人社 and 财政 验收合格; batches of one studio share its cap.
 * - Education fund 六(二): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Apprenticeship, 生活费补贴, per-occupation training subsidy, creative/competition awards: the
 *   plan fixes no amount.
 *
 * Hand computations of every amount expected:
 * - d01 饭店(餐饮公司) 贫困户 3, employed 8+ m, 以工代训 5 m: 3×200×5 = 3000 (not 4800 on the 8
 *   months employed, not 3600 on the cap).
 * - d02 物业公司 参保 就业困难 4, 以工代训 7 m → cap 6: 4×200×6 = 4800 (not 5600).
 * - d04 扶贫车间 贫困户 12, employed 快一年, 以工代训 半年: 12×200×6 = 14400.
 * - d05 小厂(有限公司) 参保 零就业 2, 以工代训 3 m: 2×200×3 = 1200.
 * - d06 餐饮公司 参保: 贫困户 3 (employed 7, 以工代训 6) 3×200×6 = 3600; 残疾人 2 (以工代训 4)
 *   2×200×4 = 1600; 退伍兵 1 nothing; total 5200 (not 5800 with the veteran).
 * - d07 物业公司 参保: 就业困难 5 × 3 m = 3000; 零就业 2 × 2 m = 800; total 3800.
 * - d08 扶贫车间 贫困户 6 (employed 10, 以工代训 6) = 7200; 4 (employed 3) nothing; total 7200
 *   (not 9600).
 * - d09 合作社 贫困户 5 (employed 12, 以工代训 4) = 4000; 就业困难 3 nothing (no enterprise);
 *   total 4000 (not 6400).
 * - d10 小厂(有限公司) NOT insured: 贫困户 4 (employed 6, 以工代训 6) = 4800; 就业困难 2 nothing;
 *   total 4800 (not 6000).
 * - d11 饭店(公司) 参保: 贫困户 3 (employed 9, 以工代训 5) = 3000; 零就业 1 × 6 m = 1200; total 4200.
 * - d17 合作社 贫困户 4 (employed 7, 以工代训 5): 4×200×5 = 4000.
 * - d18 扶贫车间 贫困户 7 (employed 一年多, 以工代训 3): 7×200×3 = 4200.
 * - d21 技能大师工作室 420 000 (教育经费, 验收合格): 20 % = 84 000 < 100 000 → 84000.
 * - d22 工资总额 720 000 × 8 % = 57 600 < fund 60 000 → 57600.
 * - d23 餐饮公司 贫困户 5 (employed 8, 以工代训 4) = 4000; corrected to 4 people: 3200.
 * - d24 物业公司 参保 就业困难 6 × 5 m = 6000; corrected to 3 m: 3600.
 * - d25 扶贫车间 8 people (employed 10, 以工代训 6), all poor: 9600; only 5 poor: 6000.
 * - d26 小厂 贫困劳动力 3 (employed 7, 以工代训 4) = 2400; corrected to employed 5: nothing.
 * - d27 物业公司: 零就业 2 × 6 m = 2400 + 贫困户 3 (employed 12) × 2 m = 1200 → 3600; insurance
 *   corrected to none: 1200 (the 零就业 row drops).
 * - d28 职业院校 (no 生产经营主体): nothing; corrected to the school's own 餐饮服务公司: 贫困户 4
 *   (employed 9, 以工代训 3) = 2400.
 * - d29 物业公司 参保 残疾人 2 × 5 m = 2000; base 1 200 000 × 20 % = 240 000 < 500 000 → 240000;
 *   工资总额 2 800 000 × 8 % = 224 000 < fund 250 000 → 224000.
 * - d30 合作社 贫困户 3 (employed 10, 以工代训 5) = 3000.
 * - d31 小厂(公司) 参保 零就业 1 × 4 m = 800.
 * - d32 饭店(公司) 贫困户 2 (employed 7, 以工代训 3) = 1200.
 * - d33 two studios: 300 000 → 60 000; 800 000 → 160 000 capped 100 000; total 160000 (not 220000).
 * - d45 base 3 000 000 × 20 % = 600 000 → cap 500000.
 * - d46 studio 280 000 × 20 % = 56000.
 * - d47 one studio 350 000 + 250 000 = 600 000 × 20 % = 120 000 → cap 100000 (not 120000).
 * - d48 base 900 000 × 20 % = 180 000; studio 400 000 not from the fund: nothing; total 180000
 *   (not 260000).
 * - d49 studio 150 000 × 20 % = 30000; corrected to 500 000 → 100 000 = cap → 100000.
 * - d51 工资总额 1 500 000 × 8 % = 120 000 < fund 150 000 → 120000.
 * - d52 工资总额 1 200 000 × 8 % = 96 000 ≥ fund 80 000 → 80000 (一线 30 000 / 80 000 = 37.5 % < 60 %).
 * - d53 工资总额 800 000 × 8 % = 64 000 < fund 100 000 → 64000.
 * - d54 工资总额 600 000 × 8 % = 48 000 ≥ fund 42 000 → 42000.
 * - d57 物业公司 参保 就业困难 3 × 2 m = 1200.
 * - d63 饭店公司 贫困户 4 (employed 12, 以工代训 6) = 4800.
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const ask: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact was answered "不知道/不清楚": no figure, no verdict. */
const dunno: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount. */
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, without the figures a misreading would give. */
const payNot = (yuan: number, ...wrong: number[]): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: wrong.map(String) });
/** Not eligible for 以工代训 on these facts; the misreading's figure absent. */
const notYes = (...wrong: number[]): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: wrong.map(String) });
/** In the plan's field, its text fixes nothing: say so, no figure. */
const unsettled: TurnExpect = { says: [HONEST_NOT_SETTLED], noAmount: 'unfixed' };
/** A contact question: the answer names a unit or the hotline. */
const contact: TurnExpect = { says: [/人社|人力资源|财政|人民政府|12333|热线/] };
/** The equipment subsidy. */
const kit = (yuan: number, ...wrong: string[]): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, ...(wrong.length ? { mustNotContain: wrong } : {}) });
/** An equipment eligibility fact is open: ask, no verdict, not the figure the open fact would give. */
const kitOpen = (...wrong: string[]): TurnExpect => ({ asks: true, undecided: 'equipment_subsidy', mustNotContain: wrong });
/** The education-fund deduction: a pre-tax deduction, stated as such. */
const deduct = (yuan: number): TurnExpect => ({ amount: { rule: 'education_fund_deduction', yuan }, says: [/税前|扣除/] });
/** The plan has ended. */
const ended: TurnExpect = { mentionsPeriodEnd: true };

export const DIALOGUES_V112: readonly Dialogue[] = [
  // ------------------------------------------------------------------ one_group
  {
    id: 'v112d01',
    class: 'one_group',
    probes: 'restaurant company, poor labour: months employed (8) is not the 以工代训 months (5)',
    periodEnd: true,
    turns: [
      {
        user: '俺们是家饭店 注册的餐饮公司 去年招了三个建当立卡贫困户在后厨 人都干了八个多月了 一直边干边带着学 以工代训搞了五个月 岗前培训补贴没领过 这能补多少',
        expect: payNot(3000, 4800, 3600),
      },
    ],
  },
  {
    id: 'v112d02',
    class: 'one_group',
    probes: 'facts arrive one per turn as bare replies; 7 months of 以工代训 capped at 6',
    periodEnd: true,
    turns: [
      { user: '物业公司 招了几个就业困难人员干保洁 以工带训有补贴没', expect: ask },
      { user: '一共四个 都是街道推荐来的', expect: ask },
      { user: '社宝都交着呢 以工代训带了七个月了', expect: ask },
      { user: '岗前那个培训补贴没申请过 一回也没有', expect: payNot(4800, 5600) },
    ],
  },
  {
    id: 'v112d03',
    class: 'one_group',
    probes: 'cooperative, poor labour employed only 4 months: below the six months, no amount',
    periodEnd: true,
    turns: [
      {
        user: '俺是农民专业合作社的 收了两个贫困户来干活 才来四个月 以工代训也搞了四个月 岗前补贴没拿 中不中',
        expect: { ...notYes(1600), status: { rule: 'on_job_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v112d04',
    class: 'one_group',
    probes: 'village poverty workshop, Chinese numerals, 快一年 and 半年',
    periodEnd: true,
    turns: [
      {
        user: '我们村扶贫车间 十二个建档立卡的 在车间干了快一年了 以工代训做了半年 岗前培训补贴都没领 这个补贴咋算 一共给多少',
        expect: pay(14400),
      },
    ],
  },
  {
    id: 'v112d05',
    class: 'one_group',
    probes: 'zero-employment family hires: insurance first open, then "ask the accountant", then said',
    periodEnd: true,
    turns: [
      { user: '俺们小厂是个有限公司 招了俩零就业家庭的 以工代训三个月了 岗前补贴没领过 能给多少', expect: { ...ask, mustNotContain: ['1200'] } },
      { user: '社保？这个得问会计 俺是真不清楚', expect: dunno },
      { user: '问过了 会计说厂里一直给交着社保哩', expect: pay(1200) },
    ],
  },

  // ------------------------------------------------------------------ several_groups
  {
    id: 'v112d06',
    class: 'several_groups',
    probes: 'three groups in one run-on message; the veteran is no group of 以工代训',
    periodEnd: true,
    turns: [
      {
        user: '我们是开饭店的餐饮公司 交社保 今年招了 贫困户三个 干了七个月 以工代训六个月 残疾人两个 以工代训四个月 还有个退伍兵 以工代训也带了三个月 都没领过岗前培训补贴 以工代训一共能拿多少',
        expect: payNot(5200, 5800),
      },
    ],
  },
  {
    id: 'v112d07',
    class: 'several_groups',
    probes: 'two insured groups, the months of one still open; then the period',
    periodEnd: true,
    turns: [
      {
        user: '物业公司 参保的 招了五个就业困难人员 两个零就业家庭的 岗前补贴都没报过 就业困难的以工代训搞了三个月 零就业那俩还没定几个月',
        expect: { asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: ['5400'] },
      },
      { user: '零就业那俩 以工代训俩月', expect: pay(3800) },
      { user: '这会儿再去申还来得及不', expect: ended },
    ],
  },
  {
    id: 'v112d08',
    class: 'several_groups',
    probes: 'two batches of poor labour, the second employed only 3 months',
    periodEnd: true,
    turns: [
      {
        user: '扶贫车间的 贫困劳动力分两拨 头一拨六个人干了十个月 以工代训六个月 第二拨四个人刚来三个月 以工代训三个月 岗前补贴都没领 能补多少',
        expect: payNot(7200, 9600),
      },
    ],
  },
  {
    id: 'v112d09',
    class: 'several_groups',
    probes: 'a cooperative paying insurance is still no insured enterprise: its 就业困难 hires do not count',
    periodEnd: true,
    turns: [
      {
        user: '俺们是种植合作社 也给人交社保 招了贫困户五个 都干了一年 以工代训四个月 另外就业困难人员三个 以工代训也是四个月 岗前补贴没拿过 算算能有多少',
        expect: payNot(4000, 6400),
      },
    ],
  },
  {
    id: 'v112d10',
    class: 'several_groups',
    probes: 'uninsured company: poor labour counts (exactly 半年), 就业困难 does not',
    periodEnd: true,
    turns: [
      {
        user: '俺那小厂是有限公司 但是没给工人交社保 招了四个贫困户 干了半年了 以工代训半年 还有俩就业困难的 以工代训三个月 岗前培训补贴都没领过 能拿多少钱',
        expect: payNot(4800, 6000),
      },
    ],
  },
  {
    id: 'v112d11',
    class: 'several_groups',
    probes: 'hotline staff relaying a restaurant caller, groups first, counts next, months last',
    periodEnd: true,
    turns: [
      { user: '我是12333这边的 有个来电的老板问 他开饭店 注册的是公司 招了贫困劳动力跟零就业家庭成员 以工代训咋算', expect: ask },
      { user: '来电人说贫困的仨 零就业的一个', expect: ask },
      { user: '贫困的干了九个月 以工代训五个月 零就业那个以工代训六个月 公司交社保 岗前补贴都没申请', expect: pay(4200) },
    ],
  },

  // ------------------------------------------------------------------ negation_after_noun
  {
    id: 'v112d12',
    class: 'negation_after_noun',
    probes: '"社保 一直没交" after the noun: 就业困难 hires of an uninsured company do not count',
    periodEnd: true,
    turns: [
      {
        user: '我们物业公司招了三个就业困难人员 以工代训四个月 岗前补贴也没领 不过社保 一直没交 能拿以工代训补贴不',
        expect: { ...notYes(2400), status: { rule: 'on_job_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v112d13',
    class: 'negation_after_noun',
    probes: '"贫困户 不是": ordinary migrant workers are no group of 以工代训',
    periodEnd: true,
    turns: [
      {
        user: '饭店招的五个人 贫困户 不是 就是附近村里出来打工的 以工代训三个月 有补贴没',
        expect: notYes(3000),
      },
    ],
  },
  {
    id: 'v112d14',
    class: 'negation_after_noun',
    probes: '"验收 还没验": equipment not yet accepted, no subsidy yet',
    periodEnd: true,
    turns: [
      {
        user: '技能大师工作室新买的设备三十万 用的职工教育经费 验收 还没验呢 能补多少',
        expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, says: [/验收/] },
      },
    ],
  },
  {
    id: 'v112d15',
    class: 'negation_after_noun',
    probes: 'the 岗前培训补贴 already claimed: 以工代训 cannot be added on top',
    periodEnd: true,
    turns: [
      {
        user: '岗前技能培训补贴 人家给领过了 那以工代训还能再拿不 俺厂六个贫困户干了一年 以工代训六个月',
        expect: { ...notYes(7200), status: { rule: 'on_job_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v112d16',
    class: 'negation_after_noun',
    probes: '"职工教育经费 没用": equipment bought from other money gets no 四(一) subsidy',
    periodEnd: true,
    turns: [
      {
        user: '职工教育经费 没用 设备是公司自己另外掏钱买的 高技能人才培训基地 买了八十万的设备 验收过了 能补不',
        expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['160000', '16万'] },
      },
    ],
  },
  {
    id: 'v112d17',
    class: 'negation_after_noun',
    probes: 'bare "岗前那个 没有" settles the last open fact',
    periodEnd: true,
    turns: [
      { user: '合作社招了四个贫困户 干了七个月 以工代训五个月 能补多少', expect: ask },
      { user: '岗前那个 没有', expect: pay(4000) },
      { user: '那现在还能报上去吗', expect: ended },
    ],
  },

  // ------------------------------------------------------------------ unknown_reply
  {
    id: 'v112d18',
    class: 'unknown_reply',
    probes: 'months employed unknown, then found in the roll book',
    periodEnd: true,
    turns: [
      { user: '扶贫车间 招了七个建档力卡贫困户 以工代训三个月 岗前补贴没领 能拿多少', expect: ask },
      { user: '干了多久 这个我真不知道 管登记的人不在', expect: dunno },
      { user: '翻了花名册 都是一年多以前进来的 一直干着', expect: pay(4200) },
    ],
  },
  {
    id: 'v112d19',
    class: 'unknown_reply',
    probes: 'insurance "不晓得", then a switch to apprenticeship',
    periodEnd: true,
    turns: [
      { user: '物业公司招了仨残疾人 以工代训四个月 岗前补贴没领 能补多少', expect: { ...ask, mustNotContain: ['2400'] } },
      { user: '不晓得交没交社保 老板没跟俺说', expect: { ...dunno, mustNotContain: ['2400'] } },
      { user: '那先不管这个了 企业新型学徒那个补贴一个人有多少', expect: unsettled },
    ],
  },
  {
    id: 'v112d20',
    class: 'unknown_reply',
    probes: 'ranges (十来个, 三四个月) and "说不准" settle nothing',
    periodEnd: true,
    turns: [
      { user: '饭店 公司性质的 招了贫困户 十来个吧 都干了半年多 以工代训三四个月 岗前补贴没领 能拿多少', expect: ask },
      { user: '具体几个说不准 反正十个左右', expect: dunno },
      { user: '行 俺回去数清楚再来问 对了这补贴现在还能申不', expect: ended },
    ],
  },
  {
    id: 'v112d21',
    class: 'unknown_reply',
    probes: 'equipment value unknown, then given by the finance office',
    periodEnd: true,
    turns: [
      { user: '我们公司弄了个技能大师工作室 拿职工教育经费买了一批实训设备 人社和财政验收合格了 能补多少', expect: { asks: true, noAmount: 'open' } },
      { user: '多少钱得问财务 我这不清楚', expect: { noAmount: 'open' } },
      { user: '财务说那批设备一共四十二万', expect: kit(84000) },
    ],
  },
  {
    id: 'v112d22',
    class: 'unknown_reply',
    probes: 'payroll missing, then a range, then the exact figure',
    periodEnd: true,
    turns: [
      { user: '小厂一年提了职工教育经费六万 税前能扣多少', expect: { asks: true } },
      {
        user: '工资总额说不上来 大概七八十万吧',
        expect: { oneOf: [{ asks: true }, { says: [/8\s*%|百分之八/] }], mustNotContain: ['56000', '5.6万'] },
      },
      { user: '会计刚发过来 全年工资薪金总额七十二万', expect: deduct(57600) },
    ],
  },

  // ------------------------------------------------------------------ correction
  {
    id: 'v112d23',
    class: 'correction',
    probes: 'head count corrected two turns later, after an education-fund question',
    periodEnd: true,
    turns: [
      { user: '我们饭店是餐饮公司 招了五个贫困户 干了八个月 以工代训四个月 岗前补贴没领 能拿多少', expect: pay(4000) },
      { user: '再问下 职工教育经费用在一线职工培训上有比例要求不', expect: { cites: ['六(二)'], says: [/60/] } },
      { user: '哎刚才说错了 贫困户是四个 不是五个', expect: payNot(3200, 4000) },
    ],
  },
  {
    id: 'v112d24',
    class: 'correction',
    probes: 'months of 以工代训 corrected two turns later',
    periodEnd: true,
    turns: [
      { user: '物业公司 交社保的 招了六个就业困难人员 以工代训五个月 岗前补贴没报 能给多少', expect: pay(6000) },
      { user: '这钱是打到公司账上还是给个人', expect: { cites: ['六(一)'] } },
      { user: '不对不对 以工代训是三个月 我记成五个月了', expect: payNot(3600, 6000) },
    ],
  },
  {
    id: 'v112d25',
    class: 'correction',
    probes: 'group open, then "all poor", then only five of eight are poor',
    periodEnd: true,
    turns: [
      { user: '扶贫车间招了八个人 干了十个月 以工代训六个月 岗前补贴没领 能补多少', expect: ask },
      { user: '都是贫困户', expect: pay(9600) },
      { user: '等下 我对了下名单 八个里头只有五个是建档立卡的 另外三个是普通村民', expect: payNot(6000, 9600) },
      { user: '中 那就按这个报 啥时候截止', expect: ended },
    ],
  },
  {
    id: 'v112d26',
    class: 'correction',
    probes: 'months employed corrected from 7 to 5: poor labour falls below six months',
    periodEnd: true,
    turns: [
      { user: '俺厂是有限公司 招了三个贫困劳动力 干了七个月 以工代训四个月 岗前补贴没领', expect: pay(2400) },
      { user: '补贴是按人头按月算的是吧', expect: { cites: ['六(一)'], says: [/200/] } },
      { user: '说错了 他们是干了五个月 不是七个月', expect: { notVerdict: { rule: 'on_job_training', status: 'eligible' }, status: { rule: 'on_job_training', status: 'ineligible' } } },
    ],
  },
  {
    id: 'v112d27',
    class: 'correction',
    probes: 'insurance corrected to none: the 零就业 row drops, the poor-labour row stays',
    periodEnd: true,
    turns: [
      {
        user: '我们是物业公司 社保交着 招了两个零就业家庭的 以工代训六个月 还有三个贫困户 干了一年 以工代训两个月 岗前补贴都没领',
        expect: pay(3600),
      },
      { user: '对了 刚问了人事 社保其实从来没给他们交过 公司压根没参保', expect: payNot(1200, 3600) },
      { user: '那这一千二啥时候能到账', expect: { says: [HONEST_NOT_SETTLED] } },
    ],
  },
  {
    id: 'v112d28',
    class: 'correction',
    probes: 'a 职业院校 is no production entity; corrected to the school-run company',
    periodEnd: true,
    turns: [
      { user: '我们是职业院校 招了四个贫困户在学校食堂干活 干了九个月 以工代训三个月 岗前补贴没领 能申以工代训不', expect: notYes(2400) },
      { user: '哦 我说岔了 招人的是学校办的餐饮服务公司 独立法人 不是学校', expect: pay(2400) },
      { user: '学校那边招建档立卡家庭的学生 有啥补助', expect: { cites: ['三(十四)'], noAmount: 'unfixed' } },
    ],
  },

  // ------------------------------------------------------------------ topic_switch
  {
    id: 'v112d29',
    class: 'topic_switch',
    probes: '以工代训, then base equipment, then the education-fund deduction',
    periodEnd: true,
    turns: [
      { user: '物业公司 参保 招了两个残疾人 以工代训五个月 岗前补贴没领 能有多少', expect: pay(2000) },
      { user: '另外我们建了个高技能人才培训基地 拿职工教育经费买设备一百二十万 验收合格了 这个补多少', expect: kit(240000) },
      { user: '职工教育经费最多能税前扣多少 工资总额二百八十万 提了二十五万', expect: deduct(224000) },
    ],
  },
  {
    id: 'v112d30',
    class: 'topic_switch',
    probes: '以工代训, an outside wage question, back to whom the money goes',
    periodEnd: true,
    turns: [
      { user: '合作社 贫困户三个 干了十个月 以工代训五个月 岗前补贴没拿 能补多少', expect: pay(3000) },
      { user: '顺便问下 郑州现在最低工资一个月多少钱', expect: { answered: false } },
      { user: '那以工代训的钱是发给合作社还是发给贫困户本人', expect: { cites: ['六(一)'], says: [/合作社|生产经营主体|单位/] } },
    ],
  },
  {
    id: 'v112d31',
    class: 'topic_switch',
    probes: 'apprenticeship (no amount), 以工代训 (amount), then whom to contact',
    periodEnd: true,
    turns: [
      { user: '小厂搞新型学徒 带了十个学徒 能补多少钱', expect: unsettled },
      { user: '那以工代训呢 厂里是公司 交社保 招了一个零就业家庭的 以工代训四个月 岗前补贴没领', expect: pay(800) },
      { user: '学徒那个补贴得找谁申请', expect: contact },
    ],
  },
  {
    id: 'v112d32',
    class: 'topic_switch',
    probes: 'own training, then a brother\'s restaurant, then 生活费补贴',
    periodEnd: true,
    turns: [
      {
        user: '我自己想去学个电工 户口在中牟 就在中牟培训 证拿到了 今年没领过培训补贴 也没退休金 能补贴不',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } },
      },
      { user: '另外俺哥开了个小饭店 办的是公司 招了俩贫困户 干了七个月 以工代训三个月 没领过岗前补贴 他能拿多少', expect: pay(1200) },
      { user: '俺去培训那几天 有生活费补贴没 一天给多少', expect: unsettled },
    ],
  },
  {
    id: 'v112d33',
    class: 'topic_switch',
    probes: 'two studios each with its own cap, a tax question, then the 60 % share',
    periodEnd: true,
    turns: [
      {
        user: '公司两个技能大师工作室 一个买设备三十万 一个买了八十万 都是职工教育经费出的 都验收过了 补多少',
        expect: kit(160000, '220000', '22万'),
      },
      { user: '这个补助到账了要交企业所得税不', expect: { oneOf: [{ answered: false }, { says: [HONEST_NOT_SETTLED] }] } },
      { user: '职工教育经费里一线工人培训要占多少', expect: { cites: ['六(二)'], says: [/60/] } },
    ],
  },

  // ------------------------------------------------------------------ person_training
  {
    id: 'v112d34',
    class: 'person_training',
    probes: 'a poor relative asks whether training costs money: free, no figure',
    periodEnd: true,
    turns: [{ user: '俺兄弟是建档立卡贫困户 想去学厨师 培训要自己掏钱不', expect: { cites: ['三(三)'], says: [/免费/], noAmount: 'unfixed' } }],
  },
  {
    id: 'v112d35',
    class: 'person_training',
    probes: 'pensioner excluded; daughter open; then three subsidies already this year',
    periodEnd: true,
    turns: [
      { user: '我退休了 每个月领养老金 想去学个养老护理 能拿培训补贴不', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' } },
      {
        user: '那俺闺女呢 她没工作 户口在登封 在郑州市区租房住 就在市区学的育婴员 证拿到了',
        expect: { notVerdict: { rule: 'vocational_training', status: 'ineligible' }, noAmount: 'unfixed' },
      },
      { user: '她今年已经领过三回补贴了', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, says: [/3\s*次|三次|3\s*回|三回/] } },
    ],
  },
  {
    id: 'v112d36',
    class: 'person_training',
    probes: 'same occupation and level subsidised before: no second subsidy',
    periodEnd: true,
    turns: [
      {
        user: '我在郑州打工 户口是周口的 在郑州学了叉车 证也拿了 可之前学过同一个工种同一个等级的 也领过补贴 这回还能补不',
        expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, says: [/重复/] },
      },
    ],
  },
  {
    id: 'v112d37',
    class: 'person_training',
    probes: 'hotline relay: institution outside the Henan system, 系统之外零补贴',
    periodEnd: true,
    turns: [
      {
        user: '热线转个问题 来电的大姐说她在老家户籍地学的家政 证也拿了 今年头一回 没有养老金 可机构说他们不进河南省那个系统 她能领补贴吗',
        expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['六(三)', '七(一)'] },
      },
    ],
  },
  {
    id: 'v112d38',
    class: 'person_training',
    probes: 'a new national occupation: priority standard, no figure',
    turns: [
      { user: '国家新公布的那些新职业 像无人机驾驶员 在郑州学按啥标准补', expect: { cites: ['七(二)'], says: [/优先支持/], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v112d39',
    class: 'person_training',
    probes: 'poor family with a child at a 技工学校: aid named, amount unfixed',
    periodEnd: true,
    turns: [{ user: '俺家是建档立卡户 孩子在技工学校念书 能有啥补助', expect: { cites: ['三(三)', '三(十四)'], noAmount: 'unfixed' } }],
  },

  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v112d40',
    class: 'entrepreneurship',
    probes: 'a shop open 3 years: within 5 years, entrepreneurship training',
    periodEnd: true,
    turns: [
      {
        user: '俺开了个小超市 三年了 想参加创业培训 有俺的份没',
        expect: { cites: ['三(八)'], notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v112d41',
    class: 'entrepreneurship',
    probes: 'restaurant open 7–8 years, then a wish to open a branch; the subsidy amount unfixed',
    periodEnd: true,
    turns: [
      { user: '饭店开了七八年了 我这老板还能参加创业培训吗', expect: { cites: ['三(八)'], noAmount: 'unfixed' } },
      { user: '俺寻思在东区再开个分店 这个算有创业愿望不', expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' }, noAmount: 'unfixed' } },
      { user: '那创业培训给补多少钱', expect: unsettled },
    ],
  },
  {
    id: 'v112d42',
    class: 'entrepreneurship',
    probes: 'nephew at a vocational college: students included',
    periodEnd: true,
    turns: [
      {
        user: '俺侄子在职业学院上大二 学校有那个创业培训 他能参加不 要钱不',
        expect: { cites: ['三(八)'], notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v112d43',
    class: 'entrepreneurship',
    probes: 'a just-discharged veteran wanting a small business',
    periodEnd: true,
    turns: [{ user: '我刚从部队退下来 想自己干点小买卖 有啥培训能上', expect: { cites: ['三(八)', '三(二)'], noAmount: 'unfixed' } }],
  },
  {
    id: 'v112d44',
    class: 'entrepreneurship',
    probes: 'years open unknown, then 8 years and no wish; then the wife\'s web shop',
    periodEnd: true,
    turns: [
      { user: '我那个小加工厂开了有几年了 能上创业培训不', expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' }, noAmount: 'unfixed' } },
      { user: '开了八年了 也不打算再开别的 就守着这个厂', expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' } } },
      { user: '那俺媳妇呢 她想自己开个网店 还没开起来', expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' }, noAmount: 'unfixed' } },
    ],
  },

  // ------------------------------------------------------------------ equipment
  {
    id: 'v112d45',
    class: 'equipment',
    probes: 'base equipment of 3 million: 20 % is over the 50万 cap',
    periodEnd: true,
    turns: [
      {
        user: '高技能人才培训基地 用职工教育经费新买实训设备三百万 人社财政都验收合格 最多补多少',
        expect: kit(500000, '600000', '60万'),
      },
    ],
  },
  {
    id: 'v112d46',
    class: 'equipment',
    probes: 'rate asked, then value given with acceptance open, then acceptance said',
    periodEnd: true,
    turns: [
      { user: '技能大师工作室买设备 政府补百分之多少', expect: { cites: ['四(一)'], says: [/20\s*%|百分之二十|20％/] } },
      { user: '俺们厂工作室买了二十八万的设备 职工教育经费出的', expect: kitOpen('56000', '5.6万') },
      { user: '验收 人社跟财政都来过了 合格', expect: kit(56000) },
    ],
  },
  {
    id: 'v112d47',
    class: 'equipment',
    probes: 'two batches for ONE studio share the 10万 cap',
    periodEnd: true,
    turns: [
      {
        user: '我们就一个技能大师工作室 去年买了一批设备三十五万 今年又添了二十五万 都是职工教育经费 验收都过了 一共补多少',
        expect: kit(100000, '120000', '12万'),
      },
    ],
  },
  {
    id: 'v112d48',
    class: 'equipment',
    probes: 'base from the fund, studio not from the fund',
    periodEnd: true,
    turns: [
      {
        user: '公司有个高技能人才培训基地 还有个技能大师工作室 基地买设备九十万 用的职工教育经费 工作室买了四十万 是从别的钱里出的不是教育经费 两边都验收合格了 能补多少',
        expect: kit(180000, '260000', '26万'),
      },
    ],
  },
  {
    id: 'v112d49',
    class: 'equipment',
    probes: 'value corrected from 十五万 to 五十万 two turns later',
    periodEnd: true,
    turns: [
      { user: '物业公司搞了个技能大师工作室 职工教育经费买设备十五万 验收过了 能补多少', expect: kit(30000) },
      { user: '问一下这个补助的钱是从哪出的', expect: { cites: ['四(一)'], says: [/就业补助资金/] } },
      { user: '搞错了 是五十万 不是十五万', expect: kit(100000) },
    ],
  },
  {
    id: 'v112d50',
    class: 'equipment',
    probes: 'a value range (两三百万) settles nothing',
    periodEnd: true,
    turns: [
      {
        user: '公司建了个高技能人才培训基地 职工教育经费买设备 大概两三百万吧 验收过了 能补多少',
        expect: { oneOf: [{ asks: true }, { says: [/50\s*万|500000|500,000/] }], mustNotContain: ['400000', '40万'] },
      },
    ],
  },

  // ------------------------------------------------------------------ education_fund
  {
    id: 'v112d51',
    class: 'education_fund',
    probes: 'fund above 8 % of payroll: deduction is the 8 % limit',
    periodEnd: true,
    turns: [{ user: '小厂 一年工资薪金总额一百五十万 职工教育经费提了十五万 税前能扣多少', expect: deduct(120000) }],
  },
  {
    id: 'v112d52',
    class: 'education_fund',
    probes: 'front-line share 37.5 %, then payroll given, then 师带徒',
    periodEnd: true,
    turns: [
      { user: '物业公司 职工教育经费提了八万 一线保安保洁的培训只用了三万 这样行不行', expect: { cites: ['六(二)'], says: [/60/] } },
      { user: '工资总额是一百二十万 那税前能扣多少', expect: deduct(80000) },
      { user: '剩下那些钱能拿来给老师傅发带徒津贴不', expect: { cites: ['六(二)'], says: [/师带徒|带徒/] } },
    ],
  },
  {
    id: 'v112d53',
    class: 'education_fund',
    probes: 'restaurant fund 10万 above 8 % of 80万 payroll',
    periodEnd: true,
    turns: [{ user: '饭店一年工资总额八十万 教育经费提了十万 能全扣不', expect: deduct(64000) }],
  },
  {
    id: 'v112d54',
    class: 'education_fund',
    probes: 'fund as a range (三五万), then exact; not cash',
    periodEnd: true,
    turns: [
      {
        user: '俺们合作社 职工教育经费提的不多 三五万的样子 工资总额六十万 税前扣除能扣多少',
        expect: { oneOf: [{ asks: true }, { says: [/8\s*%|百分之八/] }], mustNotContain: ['40000', '4万'] },
      },
      { user: '查了账 提了四万二', expect: deduct(42000) },
      { user: '这个是直接给俺们发钱吗', expect: { says: [/税前|扣除/] } },
    ],
  },
  {
    id: 'v112d55',
    class: 'education_fund',
    probes: 'an accountant asks the deduction limit',
    turns: [{ user: '会计问 企业职工教育经费税前扣除 现在按工资薪金总额百分之几算', expect: { cites: ['六(二)'], says: [/8\s*%|百分之八|8％/] } }],
  },

  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v112d56',
    class: 'apprenticeship',
    probes: 'per-apprentice amount: the plan fixes none',
    periodEnd: true,
    turns: [{ user: '俺们厂带了八个新型学徒 一个人能补几个钱', expect: unsettled }],
  },
  {
    id: 'v112d57',
    class: 'apprenticeship',
    probes: 'apprenticeship twice without a figure, then 以工代训 with one',
    periodEnd: true,
    turns: [
      { user: '物业公司想搞企业新型学徒制 有补贴吗', expect: { cites: ['四(一)'], noAmount: 'unfixed' } },
      { user: '带了五个 每人跟师傅学一年', expect: unsettled },
      { user: '那以工代训呢 公司交社保 招了三个就业困难人员 以工代训两个月 岗前补贴没领', expect: pay(1200) },
    ],
  },
  {
    id: 'v112d58',
    class: 'apprenticeship',
    probes: '师带徒 allowance paid from the education fund',
    turns: [{ user: '师傅带徒弟的津贴 公司能从哪笔钱里出', expect: { cites: ['六(二)'], says: [/职工教育经费/] } }],
  },
  {
    id: 'v112d59',
    class: 'apprenticeship',
    probes: 'apprenticeship and 以工代训 together: no figure invented',
    periodEnd: true,
    turns: [{ user: '学徒补贴跟以工代训补贴能一块儿拿不 俺那饭店公司带了四个学徒', expect: { noAmount: 'unfixed' } }],
  },
  {
    id: 'v112d60',
    class: 'apprenticeship',
    probes: 'the three-year apprentice target',
    turns: [{ user: '三年要培养多少新型学徒 俺这小厂的也能算进去不', expect: { cites: ['四(一)'], says: [/2\s*万|两万|20000/] } }],
  },

  // ------------------------------------------------------------------ period
  {
    id: 'v112d61',
    class: 'period',
    probes: 'asked in 2026 whether 以工代训 can still be applied for',
    periodEnd: true,
    turns: [{ user: '以工代训补贴现在还能申请不 都2026年了', expect: ended }],
  },
  {
    id: 'v112d62',
    class: 'period',
    probes: 'start, end, then hires after 2021',
    periodEnd: true,
    turns: [
      { user: '这个技能提升方案是啥时候开始的', expect: { says: [/2019/] } },
      { user: '到啥时候结束', expect: ended },
      { user: '那22年以后招的贫困户还能按这个算以工代训不', expect: ended },
    ],
  },
  {
    id: 'v112d63',
    class: 'period',
    probes: 'a 2020 case: the amount then, and that the plan has ended',
    periodEnd: true,
    turns: [
      {
        user: '我们饭店公司2020年招了四个贫困户 干了一年 以工代训六个月 岗前补贴没领 当时能补多少 现在补申还行吗',
        expect: { ...pay(4800), mentionsPeriodEnd: true },
      },
    ],
  },
  {
    id: 'v112d64',
    class: 'period',
    probes: 'a rumour of an extension the text does not contain',
    periodEnd: true,
    turns: [{ user: '听人说这个职业技能提升行动延到2025年了 真的假的', expect: ended }],
  },
  {
    id: 'v112d65',
    class: 'period',
    probes: 'hotline relay: a poverty workshop asks whether it is still handled this year',
    periodEnd: true,
    turns: [{ user: '12333坐席 有个扶贫车间的来电 问以工代训补贴今年还给办不', expect: ended }],
  },
];
