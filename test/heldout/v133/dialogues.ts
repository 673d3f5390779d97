/**
 * HELD-OUT dialogues, set v133 — written BLIND from the policy text (policy-corpus/zz-2019-63.md)
 * and the contracts (shared/spec/eligibility.md, api.md) only: never from the service's output,
 * the code under src/, other held-out sets or the dev sets under test/. Only the format of v101
 * (its first lines) was looked at; no message was copied. Not to be tuned on: no word of these
 * messages goes into a glossary, pattern or fixture; once a dialogue has been fixed by a targeted
 * change it measures nothing any more — write a new one instead.
 *
 * Who types here: call-centre staff on the hotline relaying callers while the caller is still on
 * the line ("来电人说…", "客户问…", "对方是…", "xx区一家企业…"): they ask for the exact clause, the
 * responsible unit (责任单位), the amount for the caller's case and what is still missing. The
 * caller's facts arrive in pieces over several turns, are sometimes corrected by the caller mid-call
 * ("不对 他说错了", "其实是…"), sometimes not known ("他不清楚", "记不清了", ranges like "十来个",
 * "五六个月"), and some callers wander off to other policies (稳岗返还, 失业金, 残保金, 创业担保贷款,
 * 加计扣除) or other cities (洛阳). Typed fast: no or odd punctuation, digits and Chinese numerals
 * mixed, 俩/仨, dialect words (俺, 咱, 啥, 中不中, 咋), the odd homophone.
 *
 * Issue 10: nothing is inferred from silence. An amount is expected only once every fact it depends
 * on has been said: the kind of unit, insurance where the rule needs it, the group, the count,
 * months employed (poor labour ≥ 6), months of 以工代训 (cap 6), whether the 岗前培训补贴 was already
 * claimed. "不知道/不清楚" and ranges leave the fact open.
 *
 * Amounts, computed by hand from the contract and checked against the text (twice):
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months by a production entity (企业、农民专业合作社、扶贫车间 — not a 职业院校);
 *   就业困难 (incl. 残疾人, 三(二)) and 零就业家庭 only by an insured ENTERPRISE (a cooperative or a
 *   扶贫车间 is not one, even if it pays insurance), with no six-month condition; 退役军人 and
 *   农村转移就业劳动者 are no group of this rule; rows with the 岗前培训补贴 claimed never count.
 *     d01 5×200×4 = 4000 · d03 2×200×3 = 1200 · d04 1×200×min(7,6) = 1200 · d05 2×200×5 = 2000 ·
 *     d06 4×200×6 = 4800 · d07 3×200×5 + 2×200×4 = 3000 + 1600 = 4600 · d08 3×200×6 = 3600 (not
 *     the 5 heads' 6000) · d09 2×200×6 = 2400 (the cooperative's 就业困难 hire not counted: not 3600) ·
 *     d10 5×200×3 = 3000 (零就业 pair claimed 岗前: not 4200) · d11 4×200×6 = 4800 (扶贫车间's
 *     就业困难 hire not counted: not 6000) · d12 3×200×4 = 2400 (rural migrants not counted: not
 *     10400) · d16 3×200×6 = 3600 · d18 6×200×4 = 4800 · d19 2×200×5 = 2000 · d20 12×200×6 = 14400 ·
 *     d21 3×200×5 = 3000 · d22 5×200×3 = 3000 · d23 4×200×3 = 2400 → corrected 3×200×3 = 1800 ·
 *     d24 5×200×6 = 6000 → corrected 5×200×4 = 4000 · d25 2×200×6 = 2400 → cooperative: none ·
 *     d26 veterans: none → corrected 就业困难 3×200×4 = 2400 · d27 4×200×5 = 4000 → employed 5
 *     months: none · d28 岗前 claimed: none → corrected 2×200×6 = 2400 · d29 2×200×3 = 1200 ·
 *     d30 3×200×6 = 3600.
 *   Refused: d13 uninsured enterprise (2×200×4 = 1600 not due) · d14 岗前 claimed (3×200×5 = 3000
 *   not due) · d15 rural migrants (2×200×3 = 1200 not due) · d17 a 职业院校 (2×200×6 =
 *   2400 not due) · d02 poor labour employed < 6 months (3×200×2 = 1200 not due).
 * - Equipment (四(一)): per site min(20 % × value of the items bought from the 职工教育经费,
 *   500 000 base / 100 000 studio), only after 人社 and 财政 验收合格; one studio's batches share its
 *   cap. d45 min(20 % × 3 000 000 = 600 000, 500 000) = 500 000 · d46 20 % × 400 000 = 80 000, then
 *   the same studio 20 % × 700 000 = 140 000 → cap 100 000 · d47 bank loan: none (not 400 000) ·
 *   d48 studio A 20 % × 300 000 = 60 000 + studio B min(160 000, 100 000) = 100 000 → 160 000 ·
 *   d49 20 % × 1 500 000 = 300 000 · d50 20 % × 450 000 = 90 000.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 *   d32 min(300 000, 8 % × 5 000 000 = 400 000) = 300 000 · d51 min(500 000, 640 000) = 500 000 ·
 *   d52 min(400 000, 240 000) = 240 000 · d53 min(200 000, 160 000) = 160 000 · d54 min(600 000,
 *   800 000) = 600 000 → corrected fund 900 000: min(900 000, 800 000) = 800 000 · d55 min(280 000,
 *   320 000) = 280 000.
 * - Apprenticeship ("按照相关规定给予资金补贴"), per-occupation training subsidy, 生活费补贴, free
 *   training, entrepreneurship training, 交通补贴: the plan fixes no amount.
 * - Today is 2026: the plan ran 2019-12-02 to 2021-12-31, so every conversation about what someone
 *   can get or do must say it has ended (periodEnd).
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const ask: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact is missing; the figure a misreading would give must not appear. */
const askNot = (...wrong: number[]): TurnExpect => ({ ...ask, mustNotContain: wrong.map(String) });
/** A 以工代训 fact was answered "不知道/不清楚" or with a range: no figure, no verdict. */
const dunno: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount. */
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, without the figure a misreading (or the uncorrected fact) would give. */
const payNot = (yuan: number, ...wrong: number[]): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: wrong.map(String) });
/** Not eligible for 以工代训 on these facts; the misreading's figure absent. */
const notYes = (...wrong: number[]): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: wrong.map(String) });
/** In the plan's field, its text fixes nothing: say so, no figure. */
const unsettled: TurnExpect = { says: [HONEST_NOT_SETTLED], noAmount: 'unfixed' };
/** Outside the plan: not answered from it. */
const outside: TurnExpect = { answered: false };
/** A contact question: the answer names a unit or the hotline. */
const contact: TurnExpect = { says: [/人社|人力资源|财政|人民政府|12333|热线/] };
/** The answer says the plan has ended. */
const ended: TurnExpect = { mentionsPeriodEnd: true };
/** The equipment subsidy. */
const kit = (yuan: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan } });
/**
 * An equipment fact is open: ask, no verdict, not the figure the open fact would give (no blanket
 * noAmount: the caller's own 万 figures may be repeated back).
 */
const kitOpen = (...wrong: string[]): TurnExpect => ({ asks: true, undecided: 'equipment_subsidy', mustNotContain: wrong });
/** The education-fund deduction: 税前, never money to collect. */
const deduct = (yuan: number, ...wrong: string[]): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  ...(wrong.length ? { mustNotContain: wrong } : {}),
});

export const DIALOGUES_V133: Dialogue[] = [
  // ------------------------------------------------------------------ one_group
  {
    id: 'v133d01',
    class: 'one_group',
    probes: 'poor labour at a company, facts in three pieces; amount only once 以工代训 months and 岗前 are said',
    periodEnd: true,
    turns: [
      { user: '来电人说他们是中牟一家做食品的公司 招了几个建档立卡贫困户 问以工代训这个咋弄', expect: ask },
      { user: '对方说一共5个人 都在厂里干了8个多月了', expect: ask },
      { user: '以工代训搞了4个月 岗前培训补贴没领过', expect: payNot(4000, 6000) },
    ],
  },
  {
    id: 'v133d02',
    class: 'one_group',
    probes: 'poor labour at a 扶贫车间 employed under six months: the 200 standard, no amount, then the plan has ended',
    periodEnd: true,
    turns: [
      { user: '客户是登封一个扶贫车间的负责人 贫困劳动力仨 问一个月给多少', expect: { ...ask, says: [/200/] } },
      { user: '干了快俩月了 以工代训也是俩月', expect: { ...notYes(1200), says: [/六个月|6\s*个月/] } },
      { user: '那等干满半年再报是不是就中了', expect: ended },
    ],
  },
  {
    id: 'v133d03',
    class: 'one_group',
    probes: 'employment-difficulty hires: clause asked first, insurance and 岗前 supplied last',
    periodEnd: true,
    turns: [
      { user: '二七区一家物流企业 来电人说招了就业困难人员 想问以工代训的条文是哪一条', expect: { cites: ['六(一)'], noAmount: 'open' } },
      { user: '2个人 以工代训做了3个月', expect: ask },
      { user: '社保一直在交 岗前培训补贴没申请过', expect: pay(1200) },
    ],
  },
  {
    id: 'v133d04',
    class: 'one_group',
    probes: 'one zero-employment-family hire, 7 months of 以工代训 capped at 6; then who is responsible',
    periodEnd: true,
    turns: [
      { user: '对方是金水区一个参保的科技公司 招了个零就业家庭的小伙子 以工代训干了7个月 岗前补贴没拿', expect: payNot(1200, 1400) },
      { user: '那这个钱找谁申 责任单位是哪几家', expect: contact },
    ],
  },
  {
    id: 'v133d05',
    class: 'one_group',
    probes: 'disabled hires count as 就业困难人员 at an insured enterprise; months and 岗前 come second',
    periodEnd: true,
    turns: [
      { user: '来电的是一家参保企业 招了俩残疾人 问能不能算以工代训', expect: ask },
      { user: '以工代训五个月 岗前那个补贴没有领', expect: pay(2000) },
    ],
  },
  {
    id: 'v133d06',
    class: 'one_group',
    probes: 'poor labour at a 农民专业合作社 (a production entity): eligible once all facts said',
    periodEnd: true,
    turns: [
      { user: '新郑一个农民专业合作社 理事长打电话问 收了4个贫困劳动力 能给以工代训补贴不', expect: ask },
      { user: '干了一年了 以工代训做满六个月 没领过岗前培训的', expect: pay(4800) },
    ],
  },

  // ------------------------------------------------------------------ several_groups
  {
    id: 'v133d07',
    class: 'several_groups',
    probes: 'poor labour and 就业困难 at an insured firm, each row on its own months',
    periodEnd: true,
    turns: [
      { user: '客户是管城区一家参保的制衣厂 招了三个建档立卡贫困户 还有俩就业困难人员', expect: ask },
      { user: '贫困户那仨干了7个月 以工代训5个月 就业困难那俩以工代训4个月 都没领岗前培训补贴', expect: payNot(4600, 5000, 6000) },
    ],
  },
  {
    id: 'v133d08',
    class: 'several_groups',
    probes: 'veterans are no group of 以工代训; poor labour months employed arrive later',
    periodEnd: true,
    turns: [
      { user: '来电人说他们公司招了2个退役军人跟3个贫困劳动力 以工代训都搞了6个月', expect: askNot(6000) },
      { user: '贫困的那3个上班都10个月了 岗前补贴都没领', expect: payNot(3600, 6000) },
    ],
  },
  {
    id: 'v133d09',
    class: 'several_groups',
    probes: 'a cooperative that pays insurance is still no insured enterprise: only its poor-labour row counts',
    periodEnd: true,
    turns: [
      { user: '荥阳一家合作社 对方说吸纳了贫困户两个 就业困难人员一个 合作社也给交社保', expect: ask },
      { user: '都干了8个月 以工代训都是6个月 岗前培训补贴没领过', expect: payNot(2400, 3600) },
    ],
  },
  {
    id: 'v133d10',
    class: 'several_groups',
    probes: 'two rows, insurance and employment told first, 岗前 last and only for one row',
    periodEnd: true,
    turns: [
      { user: '客户问 厂里有两拨人 一拨是5个贫困劳动力 一拨是2个零就业家庭的 都是以工代训3个月', expect: ask },
      { user: '厂子是企业 参保的 贫困户都干满半年多了', expect: askNot(4200) },
      { user: '零就业那俩领过岗前培训补贴了 贫困户的没领', expect: payNot(3000, 4200) },
    ],
  },
  {
    id: 'v133d11',
    class: 'several_groups',
    probes: 'a 扶贫车间 is no insured enterprise: its 就业困难 hire drops out; then the clause text',
    periodEnd: true,
    turns: [
      { user: '对方是个扶贫车间 4个贫困劳动力加1个就业困难的 上班9个月了 以工代训都6个月 岗前补贴没领', expect: payNot(4800, 6000) },
      { user: '那个就业困难的为啥不算 条款原文咋说的', expect: { cites: ['六(一)'], says: [/参保企业/] } },
    ],
  },
  {
    id: 'v133d12',
    class: 'several_groups',
    probes: 'rural migrants are no group of 以工代训; 岗前 still open on the first turn',
    periodEnd: true,
    turns: [
      { user: '来电人是高新区一家参保的电子厂 农村转移就业的招了10个 就业困难的3个 以工代训都4个月', expect: askNot(10400) },
      { user: '对方说那13个人 岗前培训补贴一个也没申领过', expect: payNot(2400, 10400) },
    ],
  },

  // ------------------------------------------------------------------ negation_after_noun
  {
    id: 'v133d13',
    class: 'negation_after_noun',
    probes: '"企业社保没交": an uninsured enterprise gets nothing for 就业困难 hires',
    periodEnd: true,
    turns: [
      { user: '来电人说 企业社保没交 招了两个就业困难人员 以工代训4个月 岗前补贴也没领', expect: notYes(1600) },
      { user: '那这个是按哪条规定说的 俺好给他念念', expect: { cites: ['六(一)'] } },
    ],
  },
  {
    id: 'v133d14',
    class: 'negation_after_noun',
    probes: '"岗前培训补贴 领过了" after the noun: 以工代训 not due; then the no-double-claim wording',
    periodEnd: true,
    turns: [
      { user: '对方说 招的那仨建档立卡的 岗前培训补贴 领过了 以工代训干了5个月 在厂里八个月了 是企业', expect: notYes(3000) },
      { user: '条文原话咋说的 不能重复拿是吧', expect: { cites: ['六(一)'], says: [/重复/] } },
    ],
  },
  {
    id: 'v133d15',
    class: 'negation_after_noun',
    probes: '"贫困户 不是": ordinary migrant workers are no 以工代训 group; then their own training programme',
    periodEnd: true,
    turns: [
      { user: '客户讲 他们那两个人 贫困户 不是 就是普通农民工 以工代训三个月 企业参保', expect: notYes(1200) },
      { user: '那农民工这块有啥培训政策没', expect: { cites: ['三(二)'] } },
    ],
  },
  {
    id: 'v133d16',
    class: 'negation_after_noun',
    probes: '"岗前的 没有领过" read as not claimed: the amount is due',
    periodEnd: true,
    turns: [
      { user: '对方是企业 参保 招了3个零就业家庭的 以工代训6个月 岗前的 没有领过', expect: pay(3600) },
    ],
  },
  {
    id: 'v133d17',
    class: 'negation_after_noun',
    probes: '"单位不是企业 是一所职业院校": a 职业院校 is no production entity',
    periodEnd: true,
    turns: [
      { user: '来电人说 单位不是企业 是一所职业院校 招了俩贫困劳动力 干了7个月 以工代训6个月 岗前补贴没领', expect: notYes(2400) },
    ],
  },

  // ------------------------------------------------------------------ unknown_reply
  {
    id: 'v133d18',
    class: 'unknown_reply',
    probes: 'months employed "不清楚" stays open until HR answers',
    periodEnd: true,
    turns: [
      { user: '客户说公司吸纳了6个贫困劳动力 问能拿多少', expect: ask },
      { user: '干了多久他不清楚 得问人事', expect: dunno },
      { user: '人事说都干了7个月 以工代训4个月 岗前没报过', expect: pay(4800) },
    ],
  },
  {
    id: 'v133d19',
    class: 'unknown_reply',
    probes: 'insurance "不知道" keeps the 就业困难 row open; no figure until the accountant answers',
    periodEnd: true,
    turns: [
      { user: '对方是企业 招了两个就业困难人员 以工代训五个月', expect: ask },
      { user: '参没参保她也不知道 她是后勤的', expect: { ...dunno, mustNotContain: ['2000'] } },
      { user: '财务说参保了 岗前补贴没拿过', expect: pay(2000) },
    ],
  },
  {
    id: 'v133d20',
    class: 'unknown_reply',
    probes: 'a head count given as "十来个" settles nothing',
    periodEnd: true,
    turns: [
      { user: '来电人说合作社里有几个贫困户在干活 搞的以工带训', expect: ask },
      { user: '具体几个人不清楚 十来个吧', expect: dunno },
      { user: '数了一下是12个 都干了一年多 以工代训6个月 没领岗前', expect: pay(14400) },
    ],
  },
  {
    id: 'v133d21',
    class: 'unknown_reply',
    probes: '以工代训 months "五六个月吧" settle nothing; the checked figure does',
    periodEnd: true,
    turns: [
      { user: '客户问他厂里招的残疾人能不能报以工代训 企业参保 3个人', expect: ask },
      { user: '以工代训几个月 说不上来 五六个月吧', expect: { ...dunno, mustNotContain: ['3000', '3600'] } },
      { user: '查了下 是5个月 岗前的没领', expect: payNot(3000, 3600) },
    ],
  },
  {
    id: 'v133d22',
    class: 'unknown_reply',
    probes: '岗前 "记不清了" keeps the amount open',
    periodEnd: true,
    turns: [
      { user: '对方是扶贫车间 5个贫困劳动力 干了8个月 以工代训3个月', expect: ask },
      { user: '岗前培训补贴领没领过 他说记不清了', expect: { ...dunno, mustNotContain: ['3000'] } },
      { user: '回来电话了 说没领过', expect: pay(3000) },
    ],
  },

  // ------------------------------------------------------------------ correction
  {
    id: 'v133d23',
    class: 'correction',
    probes: 'head count corrected from 4 to 3: the sum follows',
    periodEnd: true,
    turns: [
      { user: '来电人说企业参保 招了4个就业困难人员 以工代训3个月 岗前没领', expect: pay(2400) },
      { user: '不对 他说错了 是3个人 不是4个', expect: payNot(1800, 2400) },
    ],
  },
  {
    id: 'v133d24',
    class: 'correction',
    probes: '以工代训 months corrected from 6 to 4',
    periodEnd: true,
    turns: [
      { user: '对方是公司 贫困劳动力5个 干了9个月 以工代训6个月 没领岗前补贴', expect: pay(6000) },
      { user: '客户又纠正了 以工代训其实是4个月', expect: payNot(4000, 6000) },
    ],
  },
  {
    id: 'v133d25',
    class: 'correction',
    probes: 'the unit corrected from an insured enterprise to a cooperative: the 零就业 hires drop out',
    periodEnd: true,
    turns: [
      { user: '来电人说他们是企业 参保的 招了2个零就业家庭成员 以工代训6个月 岗前补贴没领', expect: pay(2400) },
      { user: '哦 说错了 他们其实是农民专业合作社 不是企业', expect: notYes(2400) },
    ],
  },
  {
    id: 'v133d26',
    class: 'correction',
    probes: 'group corrected from 退役军人 (no group) to 就业困难人员',
    periodEnd: true,
    turns: [
      { user: '客户说厂里招了3个退役军人 以工代训4个月 企业有参保 岗前没领过', expect: notYes(2400) },
      { user: '等下 她说不是退役军人 是就业困难人员 刚才记岔了', expect: pay(2400) },
    ],
  },
  {
    id: 'v133d27',
    class: 'correction',
    probes: 'poor labour months employed corrected from 7 to 5: under six months, nothing due',
    periodEnd: true,
    turns: [
      { user: '对方说企业里4个贫困户 上班7个月 以工代训5个月 岗前补贴没申领', expect: pay(4000) },
      { user: '不对不对 上班时间是5个月 不是7个月', expect: notYes(4000) },
    ],
  },
  {
    id: 'v133d28',
    class: 'correction',
    probes: '岗前 corrected from claimed to not claimed: the amount becomes due',
    periodEnd: true,
    turns: [
      { user: '客户是参保企业 招了2个残疾人 以工代训6个月 岗前培训补贴领过', expect: notYes(2400) },
      { user: '其实岗前那个没领 是他把别的补贴搞混了', expect: pay(2400) },
    ],
  },

  // ------------------------------------------------------------------ topic_switch
  {
    id: 'v133d29',
    class: 'topic_switch',
    probes: 'an amount, then 稳岗返还 (another policy) is not answered from this plan',
    periodEnd: true,
    turns: [
      { user: '来电人问 企业参保 招了2个就业困难的 以工代训3个月 岗前没领 能拿多少', expect: pay(1200) },
      { user: '顺便问下 稳岗返还今年啥时候发', expect: outside },
    ],
  },
  {
    id: 'v133d30',
    class: 'topic_switch',
    probes: 'another city first (洛阳), then the same caller in Zhengzhou with facts in pieces',
    periodEnd: true,
    turns: [
      { user: '客户问洛阳那边有没有以工代训补贴', expect: outside },
      { user: '那郑州的呢 他们公司在郑州 招了3个贫困户', expect: ask },
      { user: '干了十个月了 以工代训6个月 没领岗前', expect: pay(3600) },
    ],
  },
  {
    id: 'v133d31',
    class: 'topic_switch',
    probes: '残保金 is outside; the plan’s own training line for 残疾人 is 三(二)',
    periodEnd: true,
    turns: [
      { user: '对方问 招残疾人能不能抵残保金', expect: outside },
      { user: '那职业技能提升行动里对残疾人培训有啥说法', expect: { cites: ['三(二)'] } },
    ],
  },
  {
    id: 'v133d32',
    class: 'topic_switch',
    probes: 'education-fund deduction, then 研发费用加计扣除 (outside)',
    periodEnd: true,
    turns: [
      { user: '来电人说公司职工教育经费提了30万 工资总额500万 问税前能扣多少', expect: deduct(300000) },
      { user: '研发费用加计扣除比例是多少 他也想问', expect: outside },
    ],
  },
  {
    id: 'v133d33',
    class: 'topic_switch',
    probes: '失业金 is outside; a laid-off caller’s training subsidy is in the plan but its amount is not',
    periodEnd: true,
    turns: [
      { user: '客户问失业金一个月能领多少', expect: outside },
      { user: '他还说他是下岗失业的 想参加技能培训 有没有补贴', expect: { cites: ['七(二)', '三(二)', '六(一)'], noAmount: 'unfixed' } },
      { user: '补多少钱呢 他着急', expect: unsettled },
    ],
  },

  // ------------------------------------------------------------------ person_training
  {
    id: 'v133d34',
    class: 'person_training',
    probes: 'training where one works counts (七(二)); three subsidies this year already is the cap',
    periodEnd: true,
    turns: [
      { user: '来电人是个农民工 在郑州打工 户口在周口 问在郑州参加电工培训能补贴不', expect: { cites: ['七(二)'], noAmount: 'unfixed' } },
      { user: '他说今年已经领过3回培训补贴了', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, says: [/3\s*次|三次|3\s*回|三回/] } },
    ],
  },
  {
    id: 'v133d35',
    class: 'person_training',
    probes: 'same occupation and level not twice; a higher level is not refused outright',
    periodEnd: true,
    turns: [
      { user: '对方问 同一个工种同一等级 考过一次 再考还给补不', expect: { cites: ['七(二)'], says: [/重复/] } },
      { user: '那换个等级 从中级考高级呢', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } } },
    ],
  },
  {
    id: 'v133d36',
    class: 'person_training',
    probes: 'a pensioner is outside the subsidy scope (六(一)); the amount is not in the plan anyway',
    periodEnd: true,
    turns: [
      { user: '客户说他退休了 领着养老金 想学个养老护理 能享受培训补贴吗', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['六(一)', '七(二)'] } },
      { user: '那一般补多少 有个数没', expect: unsettled },
    ],
  },
  {
    id: 'v133d37',
    class: 'person_training',
    probes: 'poor labour trains free (三(三)); a daily 生活费补贴 is not fixed',
    periodEnd: true,
    turns: [
      { user: '来电人是建档立卡贫困户 想学厨师 要交钱不', expect: { cites: ['三(三)'], says: [/免费/] } },
      { user: '那学的时候有生活费补贴没 一天给多少', expect: unsettled },
    ],
  },
  {
    id: 'v133d38',
    class: 'person_training',
    probes: 'an institution outside the Henan system: 系统之外零补贴; then whom to call',
    periodEnd: true,
    turns: [
      { user: '客户在一家培训学校学完了叉车 证也拿了 学校说没进省里那个系统', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['六(三)', '七(一)'] } },
      { user: '那他能去哪反映 找哪个部门', expect: contact },
    ],
  },
  {
    id: 'v133d39',
    class: 'person_training',
    probes: 'new occupations follow the priority standard (七(二)), whose figure the plan does not give',
    periodEnd: true,
    turns: [
      { user: '对方问 国家新公布的那些新职业 郑州培训给补不', expect: { cites: ['七(二)'] } },
      { user: '按优先支持类补的话 一个人补多少钱', expect: unsettled },
    ],
  },

  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v133d40',
    class: 'entrepreneurship',
    probes: 'a shop open three years may join 创业培训; no amount in the plan',
    periodEnd: true,
    turns: [
      { user: '来电人开了个奶茶店 开了三年了 问能参加创业培训不', expect: { cites: ['三(八)'], noAmount: 'unfixed' } },
      { user: '培训补多少钱 中不中给个数', expect: unsettled },
    ],
  },
  {
    id: 'v133d41',
    class: 'entrepreneurship',
    probes: 'a shop open seven years is past the 5-year line, but a wish to start a new one is its own ground',
    periodEnd: true,
    turns: [
      { user: '客户说他店开了7年了 还能上创业培训吗', expect: { cites: ['三(八)'], says: [/5\s*年|五年/] } },
      { user: '他说其实想再开个新店', expect: { cites: ['三(八)'], notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } } },
    ],
  },
  {
    id: 'v133d42',
    class: 'entrepreneurship',
    probes: 'students of a 职业院校 get 创业意识 training; responsible units of 三(八)',
    periodEnd: true,
    turns: [
      { user: '对方是郑州一所职业学院的在校生 问学校搞不搞创业意识培训', expect: { cites: ['三(八)'] } },
      { user: '那责任单位是谁 他想打电话问问', expect: { says: [/人社局|教育局|财政局/] } },
    ],
  },
  {
    id: 'v133d43',
    class: 'entrepreneurship',
    probes: '创业担保贷款 is outside; 创业培训 is in, its amount and any 交通补贴 are not',
    periodEnd: true,
    turns: [
      { user: '来电人说 想创业 听说有创业担保贷款 能贷多少', expect: outside },
      { user: '那创业培训呢 他是下岗的 有开店的想法', expect: { cites: ['三(八)'], noAmount: 'unfixed' } },
      { user: '培训完了给发交通补贴不', expect: unsettled },
    ],
  },
  {
    id: 'v133d44',
    class: 'entrepreneurship',
    probes: '创业培训 for prisoners (三(十三)) and its responsible unit, 市司法局',
    periodEnd: true,
    turns: [
      { user: '客户问 服刑人员在里面 有没有创业培训', expect: { cites: ['三(十三)'] } },
      { user: '这块归哪个部门管', expect: { says: [/司法局/] } },
    ],
  },

  // ------------------------------------------------------------------ equipment
  {
    id: 'v133d45',
    class: 'equipment',
    probes: 'a base: 20 % of 300万 passes the 50万 cap; 验收 said on the second turn',
    periodEnd: true,
    turns: [
      { user: '来电人说公司建了个高技能人才培训基地 新买实训设备花了300万 用的职工教育经费', expect: kitOpen('600000', '60万') },
      { user: '人社和财政都验收合格了', expect: kit(500000) },
    ],
  },
  {
    id: 'v133d46',
    class: 'equipment',
    probes: 'a studio: 8万, then a second batch for the same studio hits the 10万 cap',
    periodEnd: true,
    turns: [
      { user: '对方是技能大师工作室 买设备40万 职工教育经费出的 人社财政验收过了', expect: kit(80000) },
      { user: '又追加了30万设备 也是教育经费 也验收了 同一个工作室', expect: kit(100000) },
    ],
  },
  {
    id: 'v133d47',
    class: 'equipment',
    probes: 'equipment bought with a bank loan, not the 职工教育经费: no subsidy; then the clause',
    periodEnd: true,
    turns: [
      { user: '客户说基地设备是用银行贷款买的 200万 验收合格了', expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['400000', '40万'] } },
      { user: '那要是用职工教育经费列支呢 规定原文咋写的', expect: { cites: ['四(一)'] } },
    ],
  },
  {
    id: 'v133d48',
    class: 'equipment',
    probes: 'two studios, each with its own cap; 验收 open first',
    periodEnd: true,
    turns: [
      { user: '来电人说企业有两个技能大师工作室 A室设备30万 B室设备80万 都是教育经费买的', expect: kitOpen('160000', '16万') },
      { user: '客户说A室B室人社财政都给验收合格了', expect: { ...kit(160000), mustNotContain: ['220000', '22万'] } },
    ],
  },
  {
    id: 'v133d49',
    class: 'equipment',
    probes: '验收 "不清楚" stays open',
    periodEnd: true,
    turns: [
      { user: '对方问高技能人才培训基地设备补助 买了150万设备 教育经费出的', expect: kitOpen('300000', '30万') },
      { user: '验收这块他说不清楚', expect: { undecided: 'equipment_subsidy', mustNotContain: ['300000', '30万'] } },
      { user: '问清楚了 人社跟财政上个月验收合格', expect: kit(300000) },
    ],
  },
  {
    id: 'v133d50',
    class: 'equipment',
    probes: 'the source of money and who accepts, then a studio amount under the cap',
    periodEnd: true,
    turns: [
      { user: '客户问 设备补助是从哪个资金里出的 条文是哪条', expect: { cites: ['四(一)'], says: [/就业补助资金/] } },
      { user: '那谁来验收', expect: { says: [/人社|人力资源|财政/] } },
      { user: '他们工作室设备总共买了45万 教育经费列支 验收合格了 能补多少', expect: kit(90000) },
    ],
  },

  // ------------------------------------------------------------------ education_fund
  {
    id: 'v133d51',
    class: 'education_fund',
    probes: 'fund under 8 % of payroll: the whole fund deducts; it is no cash payment',
    periodEnd: true,
    turns: [
      { user: '来电人是会计 说公司去年工资薪金总额800万 职工教育经费提了50万 问这个咋扣', expect: deduct(500000) },
      { user: '这个钱是直接打给公司吗', expect: { says: [/税前|扣除/] } },
    ],
  },
  {
    id: 'v133d52',
    class: 'education_fund',
    probes: 'fund over 8 % of payroll: the limit binds; then the 60 % front-line share',
    periodEnd: true,
    turns: [
      { user: '客户说工资总额300万 教育经费提了40万 税前能扣多少', expect: deduct(240000) },
      { user: '一线职工培训用多少比例 有要求没', expect: { cites: ['六(二)'], says: [/60|六成|百分之六十/] } },
    ],
  },
  {
    id: 'v133d53',
    class: 'education_fund',
    probes: 'payroll missing, then unknown, then given',
    periodEnd: true,
    turns: [
      { user: '对方问职工教育经费税前最多能扣多少 他们提了20万', expect: { asks: true, undecided: 'education_fund_deduction' } },
      { user: '工资总额他也不知道 财务休假了', expect: { undecided: 'education_fund_deduction' } },
      { user: '财务回话了 工资薪金总额是200万', expect: deduct(160000) },
    ],
  },
  {
    id: 'v133d54',
    class: 'education_fund',
    probes: 'the fund drawn corrected from 60万 to 90万: now the 8 % limit binds',
    periodEnd: true,
    turns: [
      { user: '来电人说工资总额1000万 教育经费提了60万', expect: deduct(600000) },
      { user: '他改口了 教育经费其实提了90万', expect: deduct(800000, '600000', '60万') },
    ],
  },
  {
    id: 'v133d55',
    class: 'education_fund',
    probes: 'front-line share under 60 %, 师带徒 津贴, then a deduction',
    periodEnd: true,
    turns: [
      { user: '客户问 教育经费里只有四成用在一线工人身上 中不中', expect: { cites: ['六(二)'], says: [/60|六成|百分之六十/] } },
      { user: '师带徒的津贴能从这里头出吗', expect: { cites: ['六(二)'], says: [/师带徒/] } },
      { user: '那工资总额400万 提了28万 税前能扣多少', expect: deduct(280000) },
    ],
  },

  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v133d56',
    class: 'apprenticeship',
    probes: 'per-apprentice amount is "按照相关规定": not in the plan, asked twice',
    periodEnd: true,
    turns: [
      { user: '来电人说企业带了15个新型学徒 问一个学徒补多少', expect: { ...unsettled, cites: ['四(一)'] } },
      { user: '他说外地都有个标准 郑州这个学徒补贴到底按啥标准', expect: unsettled },
    ],
  },
  {
    id: 'v133d57',
    class: 'apprenticeship',
    probes: 'the 2万 target is in the plan; the standard is not',
    periodEnd: true,
    turns: [
      { user: '客户问 企业新型学徒制 三年要培养多少学徒', expect: { cites: ['四(一)'], says: [/2\s*万|两万|二万|20000/] } },
      { user: '补贴按啥标准给', expect: unsettled },
    ],
  },
  {
    id: 'v133d58',
    class: 'apprenticeship',
    probes: 'modern apprenticeship at a builder: amount and recipient both unset',
    periodEnd: true,
    turns: [
      { user: '对方是建筑企业 搞了现代学徒制 学徒8个 问补贴咋算', expect: unsettled },
      { user: '学徒补贴是发给企业还是发给学徒本人', expect: unsettled },
    ],
  },
  {
    id: 'v133d59',
    class: 'apprenticeship',
    probes: 'which part of the plan; a year of six apprentices has no amount; and the plan has ended',
    periodEnd: true,
    turns: [
      { user: '来电人问 学徒补贴这条是方案哪一部分写的', expect: { cites: ['四(一)'] } },
      { user: '他们厂带了6个学徒 带满一年了 能领多少钱', expect: unsettled },
      { user: '那现在还能申请不 俺给他回个话', expect: ended },
    ],
  },

  // ------------------------------------------------------------------ period
  {
    id: 'v133d60',
    class: 'period',
    probes: 'is 63号 still in force; hires of this year',
    periodEnd: true,
    turns: [
      { user: '客户问 郑政办2019年63号这个文件现在还有效吗', expect: ended },
      { user: '那她厂里今年新招的贫困户还能报以工代训不', expect: { ...ended, noAmount: 'open' } },
    ],
  },
  {
    id: 'v133d61',
    class: 'period',
    probes: 'a claim from 2020 never filed: can it be filed now; whom to ask',
    periodEnd: true,
    turns: [
      { user: '来电人说 他们2020年招了3个贫困劳动力 干了一年 以工代训6个月 是企业 岗前没领 当时没申请 现在补申还行不', expect: ended },
      { user: '那这个事该找哪个部门问', expect: contact },
    ],
  },
  {
    id: 'v133d62',
    class: 'period',
    probes: 'the plan’s years, and whether anything follows it in 2026',
    periodEnd: true,
    turns: [
      { user: '对方问这个技能提升行动方案是哪年到哪年的', expect: { says: [/2019/, /2021/] } },
      { user: '那现在都2026年了 后面还有新的方案吗', expect: ended },
    ],
  },
  {
    id: 'v133d63',
    class: 'period',
    probes: 'equipment bought last year (2025), after the plan ended; then the clause',
    periodEnd: true,
    turns: [
      { user: '来电人说 公司有个高技能人才培训基地 设备去年买的 120万 职工教育经费 验收合格 还能申补助不', expect: ended },
      { user: '那条文原话是咋规定的', expect: { cites: ['四(一)'] } },
    ],
  },
  {
    id: 'v133d64',
    class: 'period',
    probes: 'entrepreneurship and free training asked in 2026',
    periodEnd: true,
    turns: [
      { user: '客户问创业培训现在还能报名吗 她开了个小超市两年', expect: ended },
      { user: '那免费培训这块 贫困户现在还能参加不', expect: ended },
    ],
  },
];
