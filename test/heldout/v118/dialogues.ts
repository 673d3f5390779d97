/**
 * HELD-OUT dialogues, set v118 — written BLIND from the policy text (policy-corpus/zz-2019-63.md)
 * and the contracts (shared/spec/eligibility.md, api.md) only: never from the service's output,
 * the code under src/, scripts/, prompts/, other held-out sets or the dev tests. Only the format of
 * v101 (its first lines) and the shapes in ../types.ts, ../judge.ts were looked at. Not to be tuned
 * on: no word of these messages goes into a glossary, pattern or fixture; once a dialogue has been
 * fixed by a targeted change it measures nothing any more — write a new one instead.
 *
 * Theme: employers asking about training equipment for a 高技能人才培训基地 or a 技能大师工作室
 * (several purchases, several sites, part of the money from the 职工教育经费 and part not,
 * 验收 by 人社 only / by both 人社 and 财政), the 职工教育经费 pre-tax deduction (工资薪金总额,
 * amount drawn, the front-line share), the 50 % advance for enterprise and 项目制 training, and
 * apprenticeship — each with dated questions (2019, 2020, 2021, 2022, and today, 2026) about the
 * plan period 2019-12-02 … 2021-12-31.
 *
 * Who types here: owners, 出纳/会计, HR clerks and workshop heads of Zhengzhou firms, co-operatives and
 * 扶贫车间, staff of private training schools, a 12333 hotline clerk relaying callers, and people
 * asking for a brother, a wife, a mother or a cousin — on WeChat: spaces for punctuation, no full
 * stops, 俺/咱/啥/中不中/仨/俩, Chinese numerals (八十五万, 三十八万六), 同音错字 (工做室, 补帖, 和格,
 * 以工待训), several facts run together, corrections (说岔了, 看错行了), "不清楚/得问问会计".
 *
 * Nothing is inferred from silence. An amount is expected only once every fact it depends on has
 * been said; "验收合格" counts only when 人社 AND 财政 are both said to have accepted; a rough figure
 * ("大概四十万") settles nothing, so there a careful service may ask or answer (oneOf).
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - Equipment (四(一)), per site min(20 % × value bought from the 职工教育经费, 500 000 base /
 *   100 000 studio), summed over sites:
 *   d01 studio 68万 → 13.6万 → cap 100 000 · d02 base 85万+40万 = 125万 → 250 000 ·
 *   d03 base A 260万 → 52万 → cap 50万; base B 90万 → 18万; total 680 000 (not 70万) ·
 *   d04 base 150万 → 30万; studio 60万 → 12万 → cap 10万; total 400 000 (not 42万) ·
 *   d05 studio: only the 35万 from the fund counts → 70 000 (not 11万 on 55万) ·
 *   d20 studio 30万 accepted 2021-12-31 (inside the period) → 60 000 ·
 *   d23 base 280万 → 56万 → cap 500 000 · d35 base 100万 → 200 000 (after both accepted) ·
 *   d39 studio 70万 → 14万 → cap 100 000 · d44 studio 30万 → 60 000, corrected to base 300万 → 60万
 *   → cap 500 000 · d48 studio 12+18+15 = 45万 → 90 000; third batch corrected to 25万: 55万 →
 *   11万 → cap 100 000; the 25万 at a second studio: 30万 → 6万 + 25万 → 5万 = 110 000 ·
 *   d49 studio 25万 → 50 000 · d51 base 200万 → 400 000.
 *   d06 (财政 not yet), d34 (bought with a loan, not the fund), d35 turns 1–2 (not accepted): no award.
 * - Education fund (六(二)), pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash:
 *   d07 2000万 × 8 % = 160万 ≥ 120万 → 1 200 000 · d08 3000万 × 8 % = 240万 < 300万 → 2 400 000 ·
 *   d09 800万 × 8 % = 64万 ≥ 46万 → 460 000 (front line 25 % < 60 %, noted) ·
 *   d10 950万 × 8 % = 76万 < 80万 → 760 000 · d12 1500万 × 8 % = 120万 ≥ 100万 → 1 000 000 ·
 *   d38 1000万 × 8 % = 80万 ≥ 70万 → 700 000 (front line ~50 %, noted) · d41 1200万 × 8 % = 96万 ≥
 *   90万 → 900 000 · d45 500万 × 8 % = 40万 ≥ 30万 → 300 000, corrected to 300万 × 8 % = 24万 <
 *   30万 → 240 000 · d50 2500万 × 8 % = 200万 = 200万 → 2 000 000.
 * - Project / enterprise training advance (六(一)), 50 % of the training subsidy:
 *   d16 48万 → 240 000 · d21 30万 → 150 000 · d42 26万 → 130 000 · d47 38.6万 → 193 000, corrected
 *   to 36.8万 → 184 000 ("大概四十万" → 200 000 only as one alternative) · d52 20万 → 100 000.
 * - 以工代训 (六(一)), Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour employed
 *   ≥ 6 months by any production entity; 就业困难 (incl. 残疾人) and 零就业家庭 only by an insured
 *   enterprise; 退役军人 and 农村转移就业劳动者 are no group of this rule; rows with the 岗前培训补贴
 *   claimed never count:
 *   d19 5 poor, employed 7 months, 6 months → 6 000 · d24 co-op, 4 poor, 9 months, 5 months → 4 000 ·
 *   d25 3 disabled, insured, 4 months → 2 400 · d26 uninsured → none (2 × 200 × 6 = 2 400 absent) ·
 *   d27 6 poor, once employed 6 months, 6 months → 7 200 (none at 5 months employed) ·
 *   d28 2 就业困难, insured, 3 months → 1 200 · d29 3 poor × 6 (7 months capped) = 3 600 + 2 × 200 × 4
 *   = 1 600 + 1 × 200 × 2 = 400 → 5 600 (not 6 200) · d30 co-op: 2 poor × 200 × 5 = 2 000; the
 *   就业困难 hire does not count in a co-op (not 3 000) · d31 4 veterans do not count; 2 poor × 200 × 3
 *   → 1 200 (not 3 600) · d32 3 × 200 × 6 = 3 600 + 2 × 200 × min(8, 6) = 2 400 → 6 000 (not 6 800) ·
 *   d33 5 就业困难, 2 had the 岗前补贴 → 3 × 200 × 4 = 2 400 (not 4 000) · d36 uninsured → none
 *   (4 000 absent) · d37 the rural migrants do not count; 1 disabled × 200 × 4 → 800 · d40 both had
 *   the 岗前补贴 → none (2 000 absent) · d43 3 poor, 11 months, 4 months → 2 400 · d46 4 × 200 × 3 =
 *   2 400 → 5 people: 3 000 → 5 months: 5 000 · d49 2 disabled × 200 × 6 = 2 400; with 8 months
 *   still 2 400 (not 3 200).
 * - Apprenticeship ("按照相关规定给予资金补贴"), per-person training subsidy, 生活费补贴, the family aid
 *   of 三(三)/三(十四), entrepreneurship training: the plan fixes no amount.
 * - Dates: the plan ran 2019-12-02 … 2021-12-31; anything in 2022 or "now" (2026) is after it.
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
/** The plan's end is said. */
const ended: TurnExpect = { mentionsPeriodEnd: true };
/** The equipment subsidy. */
const kit = (yuan: number, ...wrong: string[]): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, ...(wrong.length ? { mustNotContain: wrong } : {}) });
/** An equipment fact is open: ask, no verdict, not the figure the open fact would give. */
const kitOpen = (...wrong: string[]): TurnExpect => ({ asks: true, undecided: 'equipment_subsidy', ...(wrong.length ? { mustNotContain: wrong } : {}) });
/** An equipment fact was answered "不知道": no verdict, not the figure it would give. */
const kitDunno = (...wrong: string[]): TurnExpect => ({ undecided: 'equipment_subsidy', ...(wrong.length ? { mustNotContain: wrong } : {}) });
/** The equipment subsidy is not (yet) due on these facts. */
const kitNo = (...wrong: string[]): TurnExpect => ({ notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, cites: ['四(一)'], ...(wrong.length ? { mustNotContain: wrong } : {}) });
/** The education-fund deduction: 税前, never money to collect. */
const deduct = (yuan: number): TurnExpect => ({ amount: { rule: 'education_fund_deduction', yuan }, says: [/税前/] });
/** A fact of the deduction is open: ask, no verdict. */
const fundAsk: TurnExpect = { asks: true, undecided: 'education_fund_deduction' };
/** The 50 % advance of enterprise / project training. */
const advance = (yuan: number): TurnExpect => ({ amount: { rule: 'project_training_advance', yuan } });
/** The 60 % front-line share is named. */
const frontline = /60\s*%|百分之六十|六成|60％/;
/** Apprenticeship: the plan says 按照相关规定, no figure. */
const apprentice: TurnExpect = { noAmount: 'unfixed', cites: ['四(一)'] };

export const DIALOGUES_V118: readonly Dialogue[] = [
  // ------------------------------------------------------------------ equipment
  {
    id: 'v118d01',
    class: 'equipment',
    probes: 'a studio told in three steps: no figure before the fund and both acceptances are said; capped at 10万',
    periodEnd: true,
    turns: [
      { user: '俺们公司2021年上半年弄了个技能大师工做室 陆陆续续买了点实训设备 政府那边能给补多少', expect: kitOpen() },
      { user: '设备一共花了六十八万 钱都是从职工教育经费里头出的', expect: kitOpen('13.6万', '136000') },
      { user: '人社局跟财政局2021年10月一块来验过了 合格 签了字的', expect: kit(100000, '136000') },
    ],
  },
  {
    id: 'v118d02',
    class: 'equipment',
    probes: 'two purchases for one base in 2020, both from the fund, both accepted: 20 % of the sum',
    periodEnd: true,
    turns: [
      {
        user: '高技能人才培训基地 2020年分两回买的实训设备 头一批八十五万 第二批四十万 都是走的职工教育经费 人社财政联合验收已经通过 这个能补多少钱',
        expect: kit(250000),
      },
    ],
  },
  {
    id: 'v118d03',
    class: 'equipment',
    probes: 'two bases of one group: each site has its own 50万 cap, the sum is 68万 not 70万',
    periodEnd: true,
    turns: [
      { user: '俺们集团下面有两个高技能人才培训基地 一个在经开区一个在航空港区 设备都是拿职工教育经费买的', expect: kitOpen() },
      { user: '经开区那个买了二百六十万的设备 航空港那个买了九十万', expect: kitOpen('68万', '680000', '70万') },
      { user: '俩基地都过了人社和财政的验收 去年底 不对 是2021年11月验的', expect: kit(680000, '700000') },
    ],
  },
  {
    id: 'v118d04',
    class: 'equipment',
    probes: 'a base and a studio in one message: each kind its own cap, the studio capped at 10万',
    periodEnd: true,
    turns: [
      {
        user: '公司既有高技能人才培训基地也有技能大师工作室 基地那边新买设备一百五十万 工作室那边六十万 全是职工教育经费列支 都验收合格了人社财政都签了字 分别能补多少 合计多少',
        expect: kit(400000, '42万', '420000'),
      },
    ],
  },
  {
    id: 'v118d05',
    class: 'equipment',
    probes: 'part bought from the fund and part from the owner: only the fund part counts; then timing and today',
    periodEnd: true,
    turns: [
      { user: '技能大师工作室买设备 一部分用的职工教育经费 一部分是老板自个儿掏的腰包 这种情况能补不', expect: kitOpen() },
      { user: '教育经费出的是三十五万 老板自己垫的二十万 验收是人社跟财政一块来的 和格', expect: kit(70000, '11万', '110000') },
      { user: '这个补助钱批下来以后一般多长时间能打到公司账上', expect: { says: [HONEST_NOT_SETTLED] } },
      { user: '现在都2026年了 俺们要是现在才去申请还中不中', expect: ended },
    ],
  },
  {
    id: 'v118d06',
    class: 'equipment',
    probes: 'accepted by 人社 only, 财政 not yet: not yet due',
    periodEnd: true,
    turns: [
      {
        user: '技能大师工作室的设备 职工教育经费买的 四十五万 人社局验收过了 财政局那边到现在还没来 能不能先把补助拿了',
        expect: { ...kitNo(), says: [/财政/] },
      },
    ],
  },
  // ------------------------------------------------------------------ education fund
  {
    id: 'v118d07',
    class: 'education_fund',
    probes: 'the fund drawn is under 8 % of payroll: the whole fund is deductible, and it is a deduction not cash',
    periodEnd: true,
    turns: [
      { user: '会计问一下 俺公司2020年工资薪金总额两千万 职工教育经费提了一百二十万 企业所得税前能扣多少', expect: deduct(1200000) },
    ],
  },
  {
    id: 'v118d08',
    class: 'education_fund',
    probes: 'payroll first, fund later; the fund over 8 % is deducted only up to 8 %',
    periodEnd: true,
    turns: [
      { user: '职工教育经费税前扣除那个事 俺们工资总额是3000万', expect: fundAsk },
      { user: '2021年提了三百万 是不是提多了', expect: deduct(2400000) },
      {
        user: '那超出去的那六十万咋整 能挪到下一年接着扣不',
        expect: { oneOf: [{ answered: false }, { says: [HONEST_NOT_SETTLED] }] },
      },
    ],
  },
  {
    id: 'v118d09',
    class: 'education_fund',
    probes: 'front-line share at 25 %: the deduction is still computed and the 60 % is named',
    periodEnd: true,
    turns: [
      {
        user: '工资总额八百万 教育经费提了四十六万 其中花在一线工人身上的只有两成多 大概25% 税前扣除能扣多少 有啥问题没',
        expect: { ...deduct(460000), says: [/税前/, frontline] },
      },
    ],
  },
  {
    id: 'v118d10',
    class: 'education_fund',
    probes: 'payroll unknown, then unknown again, then given: 8 % of payroll under the fund',
    periodEnd: true,
    turns: [
      { user: '俺是出纳 老板叫我问问职工教育经费在税前能扣多少 2021年提了八十万', expect: fundAsk },
      { user: '工资薪金总额得问会计 会计今儿请假了 俺也不知道是多少', expect: { undecided: 'education_fund_deduction', mustNotContain: ['800000'] } },
      { user: '会计回消息了 说工资薪金总额一年是九百五十万', expect: { ...deduct(760000), mustNotContain: ['800000'] } },
    ],
  },
  {
    id: 'v118d11',
    class: 'education_fund',
    probes: 'what the fund may be spent on: 60 % front line, 师带徒 allowance',
    turns: [
      {
        user: '职工教育经费能不能拿来发老师傅带徒弟的津贴 一线职工培训至少得占多大比例',
        expect: { cites: ['六(二)'], says: [frontline] },
      },
    ],
  },
  {
    id: 'v118d12',
    class: 'education_fund',
    probes: 'a 2019 deduction computed; a 2022 one after the plan; the front-line share above 60 %',
    periodEnd: true,
    turns: [
      { user: '2019年度工资总额1500万 提了教育经费一百万 能在税前全扣掉不', expect: deduct(1000000) },
      { user: '那2022年的呢 工资总额涨到1800万了 教育经费提了一百六十万', expect: { mentionsPeriodEnd: true, cites: ['六(二)'] } },
      { user: '俺们一线职工的培训占了七成 这个比例没毛病吧', expect: { says: [frontline] } },
    ],
  },
  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v118d13',
    class: 'apprenticeship',
    probes: 'apprentices counted: still no amount, the plan says 按照相关规定',
    periodEnd: true,
    turns: [
      { user: '俺们厂带了12个企业新型学徒 一个学徒政府能补多少钱 咱算算十二个一共多少', expect: { ...apprentice, says: [HONEST_NOT_SETTLED] } },
    ],
  },
  {
    id: 'v118d14',
    class: 'apprenticeship',
    probes: 'modern apprenticeship in 2021, pressed for a per-person figure, then the 师带徒 allowance',
    periodEnd: true,
    turns: [
      { user: '2021年跟职业学校一块搞的现代学徒制 招了二十个学徒 有补贴没有', expect: apprentice },
      { user: '那具体每人每年多少钱 你就给俺估摸一下 二十个人', expect: { ...apprentice, says: [HONEST_NOT_SETTLED] } },
      { user: '学徒的师傅发带徒津贴 能从职工教育经费里出不', expect: { cites: ['六(二)'] } },
    ],
  },
  {
    id: 'v118d15',
    class: 'apprenticeship',
    probes: 'a hotline clerk relays a firm with 35 apprentices: no standard in the plan',
    periodEnd: true,
    turns: [
      {
        user: '我是12333的接线员 有个企业打电话进来问 他们企业新型学徒培养了三十五个 按方案能拿多少资金补贴 方案里写标准了没有',
        expect: { ...apprentice, says: [HONEST_NOT_SETTLED] },
      },
    ],
  },
  {
    id: 'v118d16',
    class: 'apprenticeship',
    probes: 'a training school with a project (advance computed) and apprentices (no figure); then today',
    periodEnd: true,
    turns: [
      { user: '俺们是培训机构 跟几家企业合作搞企业新型学徒 另外还接了个项目制培训 项目制那块培训补贴总额四十八万', expect: advance(240000) },
      { user: '学徒那块也能先拨一半不 学徒一共四十个', expect: { cites: ['四(一)'], says: [/相关规定|没有(具体|明确)?规定|未(作|做)?(具体|明确)?(规定|明确)/] } },
      { user: '今天是2026年12月 项目制先拨一半这个政策现在还有效不', expect: ended },
    ],
  },
  {
    id: 'v118d17',
    class: 'apprenticeship',
    probes: 'a small firm asks what 企业新型学徒制 is and whether there is money',
    turns: [
      { user: '企业新型学徒制是啥意思 咱小厂总共就二十来个人 能搞不 有没有补贴', expect: apprentice },
    ],
  },
  // ------------------------------------------------------------------ period
  {
    id: 'v118d18',
    class: 'period',
    probes: 'the plan period asked outright',
    turns: [
      { user: '这个职业技能提升行动方案是哪年到哪年的 到现在还管用不管用', expect: { mentionsPeriodEnd: true, says: [/2019/] } },
    ],
  },
  {
    id: 'v118d19',
    class: 'period',
    probes: 'a 2020–2021 case computed; a late claim today; a successor policy is outside',
    periodEnd: true,
    turns: [
      {
        user: '2020年8月那会儿 俺们扶贫车间招了5个建档立卡贫困户 在车间干了七个月 以工代训搞了6个月 岗前培训补贴没领过',
        expect: pay(6000),
      },
      { user: '当时没顾上申请 现在补申请还来得及不', expect: ended },
      { user: '那现在郑州还有啥新出的政策能接上这个不', expect: { oneOf: [{ answered: false }, { says: [/12333|人社|人力资源/] }] } },
    ],
  },
  {
    id: 'v118d20',
    class: 'period',
    probes: 'acceptance on 2021-12-31, the last day of the period: still inside',
    periodEnd: true,
    turns: [
      {
        user: '假如是2021年12月31号那天人社财政验收合格的技能大师工作室设备 算在方案期内不 设备是职工教育经费买的 三十万',
        expect: { ...kit(60000), mentionsPeriodEnd: true },
      },
    ],
  },
  {
    id: 'v118d21',
    class: 'period',
    probes: 'a project taken on in 2022 is after the plan; the same in 2021 gets the advance; timing unset',
    periodEnd: true,
    turns: [
      { user: '俺们培训学校2022年3月接了个项目制培训 补贴总额三十万 能先拨一半不', expect: ended },
      { user: '那要是2021年接的呢 一样是三十万', expect: advance(150000) },
      { user: '预拨的那部分钱签完合同多少天能打到账上', expect: { says: [HONEST_NOT_SETTLED] } },
    ],
  },
  {
    id: 'v118d22',
    class: 'period',
    probes: 'today, can a firm still apply for 以工代训 and equipment money',
    periodEnd: true,
    turns: [
      { user: '现在都2026年年底了 以工代训补贴 设备补助这些俺公司还能申请不 想搞', expect: { ...ended, noAmount: 'open' } },
    ],
  },
  {
    id: 'v118d23',
    class: 'period',
    probes: 'a base bought and accepted in 2020 (capped at 50万); another batch in 2022 after the plan',
    periodEnd: true,
    turns: [
      { user: '2020年5月公司拿职工教育经费给高技能人才培训基地买了设备 花了二百八十万', expect: kitOpen('56万', '560000') },
      { user: '2020年底人社和财政来验收了 合格', expect: kit(500000, '560000') },
      { user: '那2022年基地又添了一批一百万的设备 还能再补不', expect: ended },
    ],
  },
  // ------------------------------------------------------------------ one group
  {
    id: 'v118d24',
    class: 'one_group',
    probes: 'a co-operative with poor labour employed 9 months: poor labour needs no insurance',
    periodEnd: true,
    turns: [
      { user: '农民专业合作社 吸收了4个建档立卡贫困劳动力 都干了九个月了 以工代训搞了五个月 岗前培训补贴没领 能补多少', expect: pay(4000) },
    ],
  },
  {
    id: 'v118d25',
    class: 'one_group',
    probes: 'disabled hires of an insured factory: months and the 岗前 subsidy asked, then paid to the firm',
    periodEnd: true,
    turns: [
      { user: '俺厂一直交着社保 今年招了仨残疾人 在搞以工代训', expect: ask },
      { user: '以工代训搞了四个月 岗前培训补帖那个 没申请过', expect: pay(2400) },
      { user: '这钱是给厂里还是直接给残疾人本人', expect: { cites: ['六(一)'], says: [/生产经营主体|企业|厂/] } },
    ],
  },
  {
    id: 'v118d26',
    class: 'one_group',
    probes: 'zero-employment hires of an enterprise without insurance: no award',
    periodEnd: true,
    turns: [
      { user: '俺们企业没交社保 招了两个零就业家庭的 以工代训六个月 岗前补贴没拿过 能申以工代训补贴不', expect: notYes(2400) },
    ],
  },
  {
    id: 'v118d27',
    class: 'one_group',
    probes: 'poor labour at 5 months employed is short of 6; at 6 it qualifies',
    periodEnd: true,
    turns: [
      { user: '扶贫车间 招了六个贫困劳动力 在搞以工待训', expect: ask },
      { user: '在车间刚干满五个月 以工代训从进来就一直搞着', expect: { noAmount: 'open', notVerdict: { rule: 'on_job_training', status: 'eligible' } } },
      { user: '那等干满六个月以后呢 以工代训前后一共做了六个月 岗前补贴一个都没领过', expect: pay(7200) },
    ],
  },
  {
    id: 'v118d28',
    class: 'one_group',
    probes: 'a cousin\'s insured clothing factory with two 就业困难 hires',
    periodEnd: true,
    turns: [
      { user: '俺表哥在新郑开了个小服装厂 交社保的 招了俩就业困难人员 以工代训做了三个月 岗前培训补贴没报过 他让我帮着问问能补多少', expect: pay(1200) },
    ],
  },
  // ------------------------------------------------------------------ several groups
  {
    id: 'v118d29',
    class: 'several_groups',
    probes: 'three groups in one line, the poor row capped at 6 months',
    periodEnd: true,
    turns: [
      {
        user: '公司交社保 招了建档立卡贫困劳动力3个干了7个月以工代训7个月 就业困难人员2个以工代训4个月 零就业家庭1个以工代训2个月 岗前培训补贴都没领过 一共多少',
        expect: payNot(5600, 6200),
      },
    ],
  },
  {
    id: 'v118d30',
    class: 'several_groups',
    probes: 'a co-operative: poor labour counts, the 就业困难 hire does not (not an insured enterprise)',
    periodEnd: true,
    turns: [
      { user: '合作社 招了贫困劳动力两个 另外还有一个就业困难人员 都在搞以工代训', expect: ask },
      { user: '贫困的那俩在社里干了八个月 以工代训五个月 困难的那个也是五个月 岗前补贴仨人都没领', expect: payNot(2000, 3000) },
      { user: '为啥就业困难的那个不算', expect: { says: [/参保|企业/] } },
    ],
  },
  {
    id: 'v118d31',
    class: 'several_groups',
    probes: 'veterans are no group of 以工代训; only the poor labour row counts',
    periodEnd: true,
    turns: [
      {
        user: '帮来电的企业问一下 企业是参保的 吸纳了退役军人4个 贫困劳动力2个(干了十个月 以工代训三个月) 都没领岗前培训补贴 以工代训补贴能拿多少',
        expect: payNot(1200, 3600),
      },
    ],
  },
  {
    id: 'v118d32',
    class: 'several_groups',
    probes: 'rural migrants excluded; the 岗前 subsidy asked before paying; 零就业 capped at 6',
    periodEnd: true,
    turns: [
      { user: '俺们是家物流公司 交社保 今年招了一批人 里头有农村转移来的十来个 还有就业困难人员三个 零就业家庭的两个', expect: ask },
      { user: '困难的三个以工代训搞了六个月 零就业那俩以工代训八个月', expect: ask },
      { user: '岗前培训补贴一个也没申过', expect: payNot(6000, 6800) },
    ],
  },
  {
    id: 'v118d33',
    class: 'several_groups',
    probes: 'two of five already had the 岗前 subsidy: only three count',
    periodEnd: true,
    turns: [
      {
        user: '参保企业 就业困难人员五个 其中两个已经领过新录用人员岗前技能培训补贴了 另外三个没领 五个人以工代训都是四个月 咋算',
        expect: payNot(2400, 4000),
      },
    ],
  },
  // ------------------------------------------------------------------ negation after the noun
  {
    id: 'v118d34',
    class: 'negation_after_noun',
    probes: '"职工教育经费 没用": bought with a loan, no equipment subsidy',
    periodEnd: true,
    turns: [
      { user: '技能大师工作室 设备买了四十万 职工教育经费 没用 是拿银行专项贷款买的 人社财政都验收过了 能补不', expect: kitNo('8万', '80000') },
    ],
  },
  {
    id: 'v118d35',
    class: 'negation_after_noun',
    probes: '"验收 还没有", then "财政 还没来", then both accepted in 2021',
    periodEnd: true,
    turns: [
      { user: '2021年6月高技能人才培训基地添的设备一百万 从职工教育经费列支的 验收 还没有', expect: kitNo() },
      { user: '人社 验了 财政 还没来', expect: kitNo() },
      { user: '2021年9月财政也来验了 俩部门都签字合格了', expect: kit(200000) },
    ],
  },
  {
    id: 'v118d36',
    class: 'negation_after_noun',
    probes: '"社保 没交": 就业困难 hires of an uninsured factory do not count',
    periodEnd: true,
    turns: [
      { user: '厂里社保 没交 招了4个就业困难人员以工代训5个月 岗前的补贴 没领', expect: notYes(4000) },
    ],
  },
  {
    id: 'v118d37',
    class: 'negation_after_noun',
    probes: '"贫困户 不是": rural migrants do not count; one disabled hire of an insured firm does',
    periodEnd: true,
    turns: [
      { user: '招的那五个人 贫困户 不是 就是一般从农村出来打工的 能弄以工代训补贴不', expect: { notVerdict: { rule: 'on_job_training', status: 'eligible' } } },
      { user: '其中有一个是残疾人 有残疾证 公司是参保的 以工代训四个月 岗前补贴 没领过', expect: payNot(800, 4000) },
      { user: '那个残疾的要是再接着以工代训两个月 补贴还能往上加不', expect: { cites: ['六(一)'], says: [/6\s*个月|六个月/] } },
    ],
  },
  {
    id: 'v118d38',
    class: 'negation_after_noun',
    probes: '"一线职工 用的不到六成": deduction still computed, the 60 % named',
    periodEnd: true,
    turns: [
      {
        user: '职工教育经费 一线职工 用的不到六成 也就一半 工资总额一千万 提了七十万 税前扣除受影响不',
        expect: { ...deduct(700000), says: [/税前/, frontline] },
      },
    ],
  },
  // ------------------------------------------------------------------ unknown reply
  {
    id: 'v118d39',
    class: 'unknown_reply',
    probes: 'which money paid for the studio\'s kit: "不知道", then "全是教育经费"',
    periodEnd: true,
    turns: [
      { user: '技能大师工作室设备补助 设备花了七十万 人社财政验收合格了', expect: kitOpen('14万', '140000') },
      { user: '是不是教育经费买的俺也不知道 采购那块不归我管', expect: kitDunno('14万', '140000') },
      { user: '问清楚了 全部是从职工教育经费里提的', expect: kit(100000, '140000') },
    ],
  },
  {
    id: 'v118d40',
    class: 'unknown_reply',
    probes: 'the 岗前 subsidy unknown, then both had it: no award',
    periodEnd: true,
    turns: [
      { user: '参保企业 招了两个零就业家庭成员 以工代训五个月', expect: ask },
      { user: '岗前培训补贴领没领 这个得问人事 俺真不清楚', expect: dunno },
      { user: '人事说俩人入职时都领过岗前培训补贴了', expect: notYes(2000) },
    ],
  },
  {
    id: 'v118d41',
    class: 'unknown_reply',
    probes: 'the fund drawn is asked, unknown, then given',
    periodEnd: true,
    turns: [
      { user: '工资总额一千二百万 职工教育经费能税前扣多少', expect: fundAsk },
      { user: '具体提了多少 财务没跟俺说 搞不清楚', expect: { undecided: 'education_fund_deduction' } },
      { user: '财务说2021年教育经费提了九十万', expect: deduct(900000) },
    ],
  },
  {
    id: 'v118d42',
    class: 'unknown_reply',
    probes: 'a project\'s total subsidy not yet fixed: no advance figure until it is',
    periodEnd: true,
    turns: [
      { user: '俺们培训机构搞项目制培训 听说补贴能先拨一部分', expect: { cites: ['六(一)'], says: [/50\s*%|一半|百分之五十|50％/] } },
      { user: '总补贴多少现在还没核下来 俺们自己也不知道', expect: { noAmount: 'open', undecided: 'project_training_advance' } },
      { user: '核下来了 项目培训补贴总额是二十六万', expect: advance(130000) },
    ],
  },
  {
    id: 'v118d43',
    class: 'unknown_reply',
    probes: 'months employed of poor labour unknown, then 11 months; then who receives it',
    periodEnd: true,
    turns: [
      { user: '扶贫车间 三个贫困劳动力 以工代训四个月 岗前补贴没领过', expect: ask },
      { user: '他们来车间多长时间了 老板不在 俺说不准', expect: dunno },
      { user: '老板回来了 说来了都快一年了 整十一个月', expect: pay(2400) },
      { user: '这钱打到哪 车间账上还是个人手里', expect: { says: [/生产经营主体|车间|主体/] } },
    ],
  },
  // ------------------------------------------------------------------ correction
  {
    id: 'v118d44',
    class: 'correction',
    probes: 'studio corrected to base with a new value: the base cap applies',
    periodEnd: true,
    turns: [
      { user: '技能大师工作室买设备 职工教育经费出的 三十万 人社和财政验收都过了', expect: kit(60000) },
      { user: '哎说岔了 不是工作室 是高技能人才培训基地 金额也不对 是三百万', expect: kit(500000) },
      { user: '现在是2026年 这个还能报吗', expect: ended },
    ],
  },
  {
    id: 'v118d45',
    class: 'correction',
    probes: 'payroll corrected down: the 8 % limit now binds',
    periodEnd: true,
    turns: [
      { user: '工资薪金总额五百万 教育经费提了三十万 税前扣除能扣多少', expect: deduct(300000) },
      { user: '不对不对 工资总额是三百万 刚才多打了', expect: deduct(240000) },
      {
        user: '那扣不完的六万 能当补贴从政府那领回来不',
        expect: { oneOf: [{ says: [/不是(现金|补贴|发放)|不能|不可|无法|并非/] }, { says: [HONEST_NOT_SETTLED] }] },
      },
    ],
  },
  {
    id: 'v118d46',
    class: 'correction',
    probes: 'count corrected, then months corrected',
    periodEnd: true,
    turns: [
      { user: '参保企业 招了就业困难人员4个 以工代训3个月 岗前补贴没领', expect: pay(2400) },
      { user: '更正下 就业困难的是5个人 不是4个 刚才打错了', expect: pay(3000) },
      { user: '以工代训月数也记错了 是五个月不是仨月', expect: pay(5000) },
    ],
  },
  {
    id: 'v118d47',
    class: 'correction',
    probes: 'a rough total, then the exact one, then a misread line corrected',
    periodEnd: true,
    turns: [
      {
        user: '公司自己开展职工技能培训 培训补贴算下来大概四十万 能先拨多少',
        expect: { oneOf: [{ amount: { rule: 'project_training_advance', yuan: 200000 } }, { asks: true }] },
      },
      { user: '准数出来了 三十八万六', expect: advance(193000) },
      { user: '不对 是三十六万八 俺看错行了', expect: { ...advance(184000), mustNotContain: ['193000', '19.3万'] } },
    ],
  },
  {
    id: 'v118d48',
    class: 'correction',
    probes: 'three batches for one studio; the third corrected; then the third moved to a second studio',
    periodEnd: true,
    turns: [
      { user: '技能大师工作室2021年分三批买的设备 十二万 十八万 十五万 都是教育经费 人社财政验收合格', expect: kit(90000) },
      { user: '第三批记错了 是二十五万', expect: kit(100000) },
      { user: '那第三批那二十五万要是算在另一个工作室名下呢 俺们有俩工作室', expect: kit(110000) },
    ],
  },
  // ------------------------------------------------------------------ topic switch
  {
    id: 'v118d49',
    class: 'topic_switch',
    probes: '以工代训, then the studio cap, then a studio case, then back to the hires (cap 6 months)',
    periodEnd: true,
    turns: [
      { user: '咱厂参保 招了两个残疾人以工代训六个月 岗前补贴没拿过', expect: pay(2400) },
      { user: '顺便问一句 技能大师工作室的设备补助最高给多少', expect: { cites: ['四(一)'], says: [/10\s*万|十万|100000/] } },
      { user: '俺们工作室设备是职工教育经费买的 二十五万 人社财政验收合格', expect: kit(50000) },
      { user: '回到那俩残疾人 要是以工代训做了八个月 补贴会不会多点', expect: { says: [/6\s*个月|六个月/], mustNotContain: ['3200'] } },
    ],
  },
  {
    id: 'v118d50',
    class: 'topic_switch',
    probes: 'the deduction (fund exactly 8 %), then apprentices, then the front-line share',
    periodEnd: true,
    turns: [
      { user: '工资总额两千五百万 职工教育经费提了二百万 税前能扣多少', expect: deduct(2000000) },
      { user: '另外俺们还搞了企业新型学徒 30个人 能补多少', expect: { cites: ['四(一)'], says: [HONEST_NOT_SETTLED] } },
      { user: '再问下 教育经费用在一线职工培训上得占多少', expect: { says: [frontline] } },
    ],
  },
  {
    id: 'v118d51',
    class: 'topic_switch',
    probes: 'a base case, then the asker\'s own electrician training, facts given one reply later',
    periodEnd: true,
    turns: [
      { user: '高技能人才培训基地 设备用职工教育经费买了二百万 人社财政验收都合格', expect: kit(400000) },
      { user: '另外俺自个儿想报个电工培训 俺是厂里的职工 有补贴不', expect: { oneOf: [{ asks: true }, { cites: ['七(二)'] }] } },
      {
        user: '俺在郑州常住 考完拿到证了 今年头一回培训 以前没补过 没退休也不领养老金 机构说在省里系统里',
        expect: { oneOf: [{ status: { rule: 'vocational_training', status: 'eligible' } }, { cites: ['七(二)'] }], notVerdict: { rule: 'vocational_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v118d52',
    class: 'topic_switch',
    probes: 'the advance, then an aside on poor labour\'s six months, then the advance with a figure',
    periodEnd: true,
    turns: [
      { user: '俺们企业自己搞岗位技能提升培训 能不能先拿一半培训补贴', expect: { cites: ['六(一)'], says: [/50\s*%|一半|百分之五十|50％/] } },
      { user: '说到这 扶贫车间招贫困户以工代训 得干满多久才算', expect: { cites: ['六(一)'], says: [/6\s*个月|六个月/] } },
      { user: '俺们2021年那个企业培训项目补贴核定二十万 先拨的话给多少', expect: advance(100000) },
    ],
  },
  {
    id: 'v118d53',
    class: 'topic_switch',
    probes: 'a worker\'s training, then his wish to start out, then his wife\'s three-year shop',
    periodEnd: true,
    turns: [
      { user: '我在郑州打工 想学个叉车 拿到证以后有补贴吗 一年能补几回', expect: { cites: ['七(二)'], says: [/3\s*次|三次/], noAmount: 'unfixed' } },
      { user: '其实俺还想自己开个小饭馆 有创业培训没', expect: { cites: ['三(八)'], noAmount: 'unfixed' } },
      { user: '俺老婆开网店三年了 她能参加不', expect: { cites: ['三(八)'], notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } } },
    ],
  },
  // ------------------------------------------------------------------ person training
  {
    id: 'v118d54',
    class: 'person_training',
    probes: 'a mother with a monthly pension: no training subsidy',
    periodEnd: true,
    turns: [
      {
        user: '俺娘62了 每个月领着退休金 想去学个养老护理员 考了证能报培训补贴不',
        expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v118d55',
    class: 'person_training',
    probes: 'three subsidies this year already; next year (after the plan); same occupation and level',
    periodEnd: true,
    turns: [
      { user: '今年已经领过三回职业培训补贴了 又考了个焊工证 还能补不', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' } },
      { user: '那等到明年再申请呢', expect: ended },
      { user: '焊工中级以前补过一回 再考一遍焊工中级能再补不', expect: { says: [/不可重复|不能重复|不得重复|同一职业同一等级|不可以|不能/] } },
    ],
  },
  {
    id: 'v118d56',
    class: 'person_training',
    probes: 'hukou elsewhere, lives in Zhengzhou: 常住地 counts',
    periodEnd: true,
    turns: [
      { user: '俺户口在周口老家 现在在郑州上班住着 在郑州培训的 算常住地不 证也拿到了', expect: { cites: ['七(二)'], says: [/常住地/] } },
    ],
  },
  {
    id: 'v118d57',
    class: 'person_training',
    probes: 'a poor brother: free training, his own school aid, the family aid without a figure',
    periodEnd: true,
    turns: [
      { user: '俺弟是建档立卡贫困户 想学开挖掘机 要掏学费不', expect: { cites: ['三(三)'], says: [/免费/] } },
      { user: '他现在还在技校上着学呢 有啥补助', expect: { says: [/助学金|免学费/] } },
      { user: '那俺们家里能拿啥补助不 一个月给多少', expect: unsettled },
    ],
  },
  {
    id: 'v118d58',
    class: 'person_training',
    probes: 'an institution outside the system; private equals public; 生活费 unset',
    periodEnd: true,
    turns: [
      { user: '培训机构说他们没进河南省那个职业培训信息系统 俺在那培训完了能领补贴吗', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['六(三)', '七(一)'] } },
      { user: '那家机构是民办的 民办的跟公办的待遇一样不', expect: { cites: ['四(三)'] } },
      { user: '培训那几天的生活费补贴一天多少钱', expect: unsettled },
    ],
  },
  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v118d59',
    class: 'entrepreneurship',
    probes: 'a repair shop open eight years: past the five-year line, the wish unknown',
    periodEnd: true,
    turns: [
      {
        user: '俺开了个汽修店 2018年开的 到现在八年了 还能报创业培训不',
        expect: { noAmount: 'unfixed', oneOf: [{ asks: true }, { notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' } }] },
      },
    ],
  },
  {
    id: 'v118d60',
    class: 'entrepreneurship',
    probes: 'an unemployed college graduate: eligible; amount unset; the plan has ended',
    periodEnd: true,
    turns: [
      { user: '大专毕业一年了 还没找着工作 想学点创业方面的东西', expect: { cites: ['三(八)'], noAmount: 'unfixed' } },
      { user: '创业培训给补多少钱 管不管吃住', expect: unsettled },
      { user: '现在2026年 这个大众创业培训计划还在搞不', expect: ended },
    ],
  },
  {
    id: 'v118d61',
    class: 'entrepreneurship',
    probes: 'a wife\'s shop opened in 2023, after the plan',
    periodEnd: true,
    turns: [
      { user: '媳妇2023年开的奶茶店 算小微企业 她想参加创业培训 中不中', expect: { ...ended, noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v118d62',
    class: 'entrepreneurship',
    probes: 'vocational and technical-school students and 创业意识培训; the certificate unset',
    periodEnd: true,
    turns: [
      { user: '职业学校的在校生能参加创业意识培训不', expect: { cites: ['三(八)'] } },
      { user: '俺是技校的 技工院校也算在里头不', expect: { cites: ['三(八)'], says: [/技工院校/] } },
      { user: '创业培训完了给发啥证不 那证有啥用', expect: { says: [HONEST_NOT_SETTLED] } },
    ],
  },
  {
    id: 'v118d63',
    class: 'entrepreneurship',
    probes: 'a hotline clerk: a two-year shop may take the training; the loan is another policy',
    periodEnd: true,
    turns: [
      {
        user: '接线员替来电人问 他开了个小卖部两年了 想再扩大点 有没有创业培训能参加 另外创业担保贷款能贷多少',
        expect: { cites: ['三(八)'], noAmount: 'unfixed' },
      },
    ],
  },
];
