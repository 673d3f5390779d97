/**
 * HELD-OUT dialogues, set v135 — written BLIND from the policy text (policy-corpus/zz-2019-63.md)
 * and the contracts (shared/spec/eligibility.md, api.md) only: never from the service's output,
 * the code under src/, other held-out sets or the dev sets under test/. Only the format of v101
 * (its first lines) was looked at; no message was copied from it. Not to be tuned on: no word of
 * these messages goes into a glossary, pattern or fixture; once a dialogue has been fixed by a
 * targeted change it measures nothing any more — write a new one instead.
 *
 * Theme: scope. Who types here: a mixed crowd on WeChat — HR clerks and owners of small Zhengzhou
 * firms, heads of village 扶贫车间 and 农民专业合作社, workers laid off or looking for a course,
 * retirees, students, a 车间主任 who knows half the facts — in Henan speech (俺, 咱, 啥, 中不中,
 * 娃), with typos and homophones, digits and Chinese numerals mixed, 俩/仨. Inside their case they
 * drop asides the plan does not cover (社保补贴, 稳岗返还, 失业金, 个税, 公积金, 创业担保贷款, 企业所得税,
 * other cities, the weather, a joke, "ignore your rules", "just make up a number"), things in the
 * plan's field its text leaves open (学徒 amounts 按相关规定, 生活费补贴, 交通补贴, per-occupation
 * training subsidy, when money arrives, age limits, materials), dated questions (2020年, 2021年底,
 * 现在 2026年, 明年), two-part questions, and whom to contact.
 *
 * Nothing is inferred from silence (issue 10). An amount is expected only once every fact it
 * depends on has been said: the kind of unit, insurance where the rule needs it, the group, the
 * count, months employed (poor labour ≥ 6), months of 以工代训 (cap 6), whether the 岗前培训补贴 was
 * already claimed. "不清楚/不晓得" leaves a fact open; ranges ("十来个") settle nothing.
 *
 * Amounts, computed by hand from the contract and checked against the text (twice):
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row. Poor labour
 *   (建档立卡) employed ≥ 6 months by a production entity (企业、农民专业合作社、扶贫车间); 就业困难人员
 *   (incl. 残疾人, 三(二)) and 零就业家庭成员 only by an insured ENTERPRISE (a cooperative or a 扶贫车间
 *   is not one), with no six-month condition; 退役军人 and 农村转移就业劳动者 are no group of this
 *   rule; a row whose 岗前培训补贴 was claimed never counts ("不得重复享受").
 *     d01 4×200×5 = 4000 · d02 6×200×6 = 7200 (not 9600) · d03 cooperative + 零就业 → none (not 1200)
 *     d04 uninsured → none (not 1200) · d05 退役军人 → none (not 4000) · d06 3×200×6 = 3600 (not 4200)
 *     d07 2×200×6 + 3×200×4 = 2400 + 2400 = 4800 · d08 4×200×5 = 4000 (not 6000 with 零就业)
 *     d09 1×200×6 = 1200 (not 7200 / 4800 / 3600) · d10 扶贫车间: 5×200×6 = 6000 (not 7200)
 *     d11 4×200×6 = 4800 (not 7200) · d12 6×200×3 + 4×200×3 = 6000, corrected → 3600
 *     d13 uninsured → none (not 2400) · d14 rural migrants → none (not 6000) · d15 3×200×2 = 1200
 *     d16 cooperative, poor 7 months: 4×200×5 = 4000 · d17 2×200×6 = 2400 · d18 5×200×6 = 6000
 *     d20 12×200×4 = 9600 · d22 employed 5 months → none (not 1600) · d23 4800 → 3×200×6 = 3600
 *     d24 6×200×3 = 3600 → 6×200×5 = 6000 · d25 claimed → none, corrected → 2×200×4 = 1600
 *     d26 3×200×6 = 3600 → 8×200×6 = 9600 · d27 5×200×6 = 6000 (not 8000), uninsured → none
 *     d28 2×200×3 = 1200 · d29 4×200×6 = 4800 · d31 3×200×4 = 2400 · d33 2×200×5 = 2000
 *     d58 8×200×6 = 9600 · d61 3×200×6 = 3600 · d65 2×200×6 = 2400
 * - Equipment (四(一)): per site min(20 % × value bought from the 职工教育经费, 500 000 base /
 *   100 000 studio), only after 人社 and 财政 验收合格.
 *     d45 40万 → 80 000 · d46 300万 → 60万 capped 500 000 · d47 own money → none; corrected:
 *     60万 → 12万 capped 100 000 · d48 not accepted → none; accepted: 25万 → 50 000
 *     d49 two studios 30万 + 80万 → 60 000 + 100 000 = 160 000
 * - Education fund (六(二)): pre-tax deduction min(fund, 8 % × 工资薪金总额), never cash.
 *     d50 min(50万, 40万) = 400 000 · d51 min(18万, 25.6万) = 180 000 (front line 10/18 < 60 %)
 *     d52 min(60万, 56万) = 560 000, corrected payroll 600万 → min(60万, 48万) = 480 000 (not 560 000)
 *     d54 min(20万, 16万) = 160 000
 * - Apprenticeship ("按照相关规定给予资金补贴"), per-person training subsidy, 生活费补贴, 交通补贴,
 *   free training, entrepreneurship training, child aid, payment timing, age limits, materials:
 *   the plan fixes nothing.
 * - Today is 2026: the plan ran 2019-12-02 to 2021-12-31; every conversation about what someone
 *   can get or do carries periodEnd.
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const ask: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact was answered "不清楚": no figure, no verdict. */
const dunno: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount. */
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, without the figure a misreading would give. */
const payNot = (yuan: number, ...wrong: number[]): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: wrong.map(String) });
/** Not eligible for 以工代训 on these facts; the misreading's figure absent. */
const notYes = (...wrong: number[]): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: wrong.map(String) });
/** In the plan's field, its text fixes nothing: say so, no figure. */
const unsettled: TurnExpect = { says: [HONEST_NOT_SETTLED], noAmount: 'unfixed' };
/** Outside the plan (another policy, another city, chit-chat, injection). */
const outside: TurnExpect = { answered: false };
/** A borderline aside: either declined as outside or said to be unsettled by the plan; no figure. */
const aside: TurnExpect = { oneOf: [{ answered: false }, { says: [HONEST_NOT_SETTLED] }], noAmount: 'unfixed' };
/** A contact question: the answer names a unit or the hotline. */
const contact: TurnExpect = { says: [/人社|人力资源|财政|人民政府|12333|热线/] };
/** The answer says the plan has ended. */
const ended: TurnExpect = { mentionsPeriodEnd: true };
/** The second half of a two-part question lies outside the plan: the answer says so in some words. */
const OUT_TOO =
  /不涉及|没有涉及|未涉及|不在.{0,12}(范围|之内|之列|里|内)|不属于|不是.{0,10}(方案|文件|政策)|没有(规定|提到|提及|写|相关)|未(作|做)?(规定|提及|提到|明确)|无法(回答|解答|答复)|不包括|另行|其他(政策|部门)|(本|该|这个|此)(方案|文件).{0,16}(没有|未|并未|无|不)/;
/** The equipment subsidy. */
const kit = (yuan: number, ...wrong: string[]): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, ...(wrong.length ? { mustNotContain: wrong } : {}) });
/** An equipment fact is open: ask, no verdict, no figure. */
const kitOpen: TurnExpect = { asks: true, undecided: 'equipment_subsidy', noAmount: 'open' };
/** The education-fund deduction: 税前, never money to collect. */
const deduct = (yuan: number, ...wrong: string[]): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [/(能|可以?)(领|拿|得)(到)?\s*\d/, ...wrong],
});

export const DIALOGUES_V135: Dialogue[] = [
  // ------------------------------------------------------------------ one_group
  {
    id: 'v135d01',
    class: 'one_group',
    probes: 'disabled hires at a company: insurance and 岗前 asked before any figure; then a dated aside (2026) with the amount',
    periodEnd: true,
    turns: [
      { user: '俺们公司招了几个残疾人 搞以工代训 有补帖吗', expect: ask },
      { user: '4个残疾人 公司社保一直交着 以工代训搞了5个月', expect: ask },
      { user: '岗前培训补贴没申过 那现在都2026年了还能报不', expect: { ...pay(4000), mentionsPeriodEnd: true } },
    ],
  },
  {
    id: 'v135d02',
    class: 'one_group',
    probes: 'poor labour at a 扶贫车间, 8 months of 以工代训 capped at 6; then payment timing and whom to contact',
    periodEnd: true,
    turns: [
      { user: '村里扶贫车间收了6个建档立卡的 干满8个月了 以工代训也是8个月 岗前补贴没拿过 能补多少', expect: payNot(7200, 9600) },
      { user: '这钱大概多长时间能打到车间账上', expect: unsettled },
      { user: '找哪个部门办 区里还是市里的', expect: contact },
    ],
  },
  {
    id: 'v135d03',
    class: 'one_group',
    probes: 'a cooperative hiring 零就业家庭 members is not an insured enterprise, even when it pays insurance',
    periodEnd: true,
    turns: [
      { user: '俺是农民专业合作社的 招了俩零就业家庭的 以工代训仨月 岗前培训补贴没领 社保也给交了', expect: notYes(1200) },
      { user: '那合作社要是招建档立卡户呢 有啥条件', expect: { cites: ['六(一)'], says: [/(6|六)\s*个月/] } },
    ],
  },
  {
    id: 'v135d04',
    class: 'one_group',
    probes: 'an uninsured company hiring 就业困难人员 gets no 以工代训; then 社保补贴 is another policy',
    periodEnd: true,
    turns: [
      { user: '小公司 招了2个就业困难人员 以工代训三个月 社保还没顾上交 岗前补贴也没领', expect: notYes(1200) },
      { user: '那社保补贴呢 招就业困难的不是都有社保补贴么', expect: outside },
    ],
  },
  {
    id: 'v135d05',
    class: 'one_group',
    probes: '退役军人 are no group of 以工代训 even at an insured enterprise; their training lies elsewhere in the plan',
    periodEnd: true,
    turns: [
      { user: '俺们是参保企业 招了5个退伍军人 以工代训4个月 岗前补贴没申请 能拿多少', expect: notYes(4000) },
      { user: '退役军人有没有别的培训政策 方案里咋说的', expect: { cites: ['三(二)', '六(一)'] } },
    ],
  },
  {
    id: 'v135d06',
    class: 'one_group',
    probes: '零就业家庭 hires: unit and insurance asked; 7 months capped at 6; 生活费补贴 has no amount',
    periodEnd: true,
    turns: [
      { user: '招了三个零就业家庭的人 搞以工代训 补多少嘞', expect: ask },
      { user: '是企业 参保的 以工代训干了七个月 这仨人岗前培训补贴都没领过', expect: payNot(3600, 4200) },
      { user: '那个生活费补贴 这仨能领多少', expect: unsettled },
    ],
  },

  // ------------------------------------------------------------------ several_groups
  {
    id: 'v135d07',
    class: 'several_groups',
    probes: 'poor labour and disabled at one insured company, each row on its own months; then 稳岗返还 aside',
    periodEnd: true,
    turns: [
      { user: '公司参保的 招了2个贫困户干了9个月以工代训6个月 还有3个残疾人以工代训4个月 都没领岗前培训补贴', expect: pay(4800) },
      { user: '另外稳岗返还俺们能领多少', expect: outside },
    ],
  },
  {
    id: 'v135d08',
    class: 'several_groups',
    probes: 'a cooperative: its poor labour counts, its 零就业家庭 hires do not',
    periodEnd: true,
    turns: [
      { user: '合作社收了4个建档立卡的 都干满7个月了 以工代训5个月 另外还有2个零就业家庭的 也以工代训5个月 岗前补贴都没领', expect: payNot(4000, 6000) },
      { user: '零就业那俩为啥不算 俺不服', expect: { cites: ['六(一)'] } },
    ],
  },
  {
    id: 'v135d09',
    class: 'several_groups',
    probes: 'veterans and rural migrants beside one 就业困难 hire: only the one counts; a hire of Dec 2021 runs past the end',
    periodEnd: true,
    turns: [
      { user: '参保企业 招了3个退役军人 2个农村转移就业的 还有1个就业困难人员 以工代训都是6个月 岗前培训补贴都没拿', expect: payNot(1200, 7200, 4800, 3600) },
      { user: '这几个是2021年12月才招进来的 还赶得上趟不', expect: ended },
    ],
  },
  {
    id: 'v135d10',
    class: 'several_groups',
    probes: 'a 扶贫车间 with poor labour and disabled: the disabled need an insured enterprise, so only the poor count',
    periodEnd: true,
    turns: [
      { user: '俺们是扶贫车间 有贫困户也有残疾人 以工代训能补多少', expect: ask },
      { user: '贫困户5个 干了10个月 以工代训6个月 残疾人2个 以工代训3个月 岗前培训补贴都没领过', expect: payNot(6000, 7200) },
      { user: '残疾人那俩咋就不算了', expect: { cites: ['六(一)'] } },
    ],
  },
  {
    id: 'v135d11',
    class: 'several_groups',
    probes: 'a row whose 岗前培训补贴 was claimed drops out; then another city\'s rate is outside',
    periodEnd: true,
    turns: [
      { user: '参保企业 就业困难的4个以工代训6个月 零就业家庭的2个以工代训6个月 零就业那俩岗前培训补贴已经领了 就业困难的没领', expect: payNot(4800, 7200) },
      { user: '俺们开封分厂那边 开封的以工代训补贴标准是多少', expect: outside },
    ],
  },
  {
    id: 'v135d12',
    class: 'several_groups',
    probes: 'a total split into two groups; a later correction removes one group; then a tax aside',
    periodEnd: true,
    turns: [
      { user: '一共招了10个 其中6个建档立卡 4个是就业困难的 企业有参保 建档立卡的干了一年了 以工代训都是3个月 岗前补贴都没领过', expect: pay(6000) },
      { user: '不对 就业困难那4个其实领过岗前培训补贴', expect: payNot(3600, 6000) },
      { user: '这笔补贴公司收了要交个税不', expect: aside },
    ],
  },

  // ------------------------------------------------------------------ negation_after_noun
  {
    id: 'v135d13',
    class: 'negation_after_noun',
    probes: '"社保咱公司没交" after the noun: uninsured, so no 以工代训 for the disabled; then 2026 back-payment',
    periodEnd: true,
    turns: [
      { user: '残疾人3个 社保咱公司没交 以工代训4个月 岗前补贴也没有领', expect: notYes(2400) },
      { user: '那现在2026年把社保补上 还能回头申请不', expect: ended },
    ],
  },
  {
    id: 'v135d14',
    class: 'negation_after_noun',
    probes: '"建档立卡的 不是": rural migrants are no group of 以工代训; their own training subsidy has no fixed amount',
    periodEnd: true,
    turns: [
      { user: '建档立卡的 不是 是普通农村转移出来的 招了5个 企业参保 以工代训6个月', expect: notYes(6000) },
      { user: '那这些人自个儿去培训 能领职业培训补贴吗 每人多少钱', expect: unsettled },
    ],
  },
  {
    id: 'v135d15',
    class: 'negation_after_noun',
    probes: '"岗前培训补贴 一个都没领" placed first; 零就业家庭 need no six months of employment',
    periodEnd: true,
    turns: [
      { user: '岗前培训补贴 一个都没领 招的是零就业家庭的 3个 企业社保交着 以工代训两个月', expect: pay(1200) },
      { user: '他们在厂里才干俩月 不满半年 有影响没', expect: { cites: ['六(一)'], notVerdict: { rule: 'on_job_training', status: 'ineligible' } } },
    ],
  },
  {
    id: 'v135d16',
    class: 'negation_after_noun',
    probes: '"社保没交" does not matter for poor labour at a cooperative; then to whom the money goes',
    periodEnd: true,
    turns: [
      { user: '合作社 社保没交 招的贫困户 4个 干了7个月 以工代训5个月 岗前补贴没领', expect: pay(4000) },
      { user: '这4000是给合作社还是给贫困户本人', expect: { cites: ['六(一)'], says: [/合作社|生产经营主体/] } },
    ],
  },
  {
    id: 'v135d17',
    class: 'negation_after_noun',
    probes: '"退役军人 俺们没招" and "岗前补贴 没" after their nouns; then a two-part question: materials (unset) and whom to hand them to',
    periodEnd: true,
    turns: [
      { user: '退役军人 俺们没招 招的是就业困难人员2个 参保企业 以工代训六个月 岗前补贴 没', expect: pay(2400) },
      { user: '中 那申请要交啥材料 交给哪个单位', expect: { says: [HONEST_NOT_SETTLED, /人社|人力资源|财政|人民政府|12333|热线/] } },
    ],
  },

  // ------------------------------------------------------------------ unknown_reply
  {
    id: 'v135d18',
    class: 'unknown_reply',
    probes: 'months employed unknown for poor labour: no figure until HR answers',
    periodEnd: true,
    turns: [
      { user: '公司招了5个建档立卡贫困劳动力 以工代训能补不', expect: ask },
      { user: '干了多久我真不清楚 管人事的请假了', expect: dunno },
      { user: '问到了 都干了9个月 以工代训6个月 公司是企业 岗前补贴没领过', expect: pay(6000) },
    ],
  },
  {
    id: 'v135d19',
    class: 'unknown_reply',
    probes: '岗前 claim unknown: no figure; then an age limit the plan does not set',
    periodEnd: true,
    turns: [
      { user: '参保企业 零就业家庭成员3个 以工代训5个月', expect: ask },
      { user: '岗前培训补贴领没领 俺也不晓得 会计管这个', expect: dunno },
      { user: '那这补贴对人有没有年龄限制 超过50岁的算不算', expect: unsettled },
    ],
  },
  {
    id: 'v135d20',
    class: 'unknown_reply',
    probes: '"十来个" settles no count; the exact count then gives the amount',
    periodEnd: true,
    turns: [
      { user: '扶贫车间吸纳了贫困户 以工代训补贴咋算的', expect: ask },
      { user: '人数还没统计出来 大概十来个吧', expect: dunno },
      { user: '统计好了12个 干了8个月 以工代训4个月 岗前补贴没领', expect: pay(9600) },
    ],
  },
  {
    id: 'v135d21',
    class: 'unknown_reply',
    probes: 'unit and insurance unknown; a request to just make up a figure is refused',
    periodEnd: true,
    turns: [
      { user: '就业困难人员 4个 以工代训3个月 岗前补贴没领', expect: ask },
      { user: '单位交没交社保我也搞不明白 我就是个车间主任', expect: dunno },
      { user: '你就估一个数给俺 别再问了', expect: ask },
    ],
  },
  {
    id: 'v135d22',
    class: 'unknown_reply',
    probes: 'poor labour\'s months employed first unknown, then 5 (< 6): no 以工代训',
    periodEnd: true,
    turns: [
      { user: '合作社招了俩贫困户 以工代训4个月 岗前补贴没领过 能补多少', expect: ask },
      { user: '他俩来了多长时间 记不住了 反正不长', expect: dunno },
      { user: '翻了花名册 来了5个月', expect: notYes(1600) },
    ],
  },

  // ------------------------------------------------------------------ correction
  {
    id: 'v135d23',
    class: 'correction',
    probes: 'the count corrected: the amount follows the new count',
    periodEnd: true,
    turns: [
      { user: '公司参保 招了4个残疾人 以工代训6个月 岗前没领 补多少钱', expect: pay(4800) },
      { user: '说错了 残疾人是3个', expect: payNot(3600, 4800) },
    ],
  },
  {
    id: 'v135d24',
    class: 'correction',
    probes: 'the 以工代训 months corrected; then whether one can still apply now',
    periodEnd: true,
    turns: [
      { user: '扶贫车间 贫困户6个 干了10个月 以工代训3个月 岗前没领', expect: pay(3600) },
      { user: '不对不对 以工代训是5个月', expect: payNot(6000, 3600) },
      { user: '那俺这会儿再去递材料 还赶趟不', expect: ended },
    ],
  },
  {
    id: 'v135d25',
    class: 'correction',
    probes: 'a 岗前 claim first said, then withdrawn: the amount appears only after the correction',
    periodEnd: true,
    turns: [
      { user: '参保企业 零就业家庭的2个 以工代训4个月 这俩岗前培训补贴领过了', expect: notYes(1600) },
      { user: '搞错了 领岗前补贴的是另外俩人 这俩其实没领', expect: pay(1600) },
    ],
  },
  {
    id: 'v135d26',
    class: 'correction',
    probes: 'the head count corrected at a cooperative; then who receives the money',
    periodEnd: true,
    turns: [
      { user: '我们合作社 建档立卡户3个 干了8个月 以工代训6个月 岗前没领', expect: pay(3600) },
      { user: '哦对了 其实是8个人 不是3个 其他情况一样', expect: payNot(9600, 3600) },
      { user: '补贴是打给合作社账户吧', expect: { cites: ['六(一)'], says: [/合作社|生产经营主体/] } },
    ],
  },
  {
    id: 'v135d27',
    class: 'correction',
    probes: 'insurance corrected to "not paid": the earlier figure must go',
    periodEnd: true,
    turns: [
      { user: '企业参保 就业困难的5个 以工代训8个月 岗前补贴没领', expect: payNot(6000, 8000) },
      { user: '更正一下 公司社保其实没交', expect: notYes(6000) },
      { user: '那换成招贫困户中不中 干满半年那种', expect: { cites: ['六(一)'] } },
    ],
  },

  // ------------------------------------------------------------------ topic_switch
  {
    id: 'v135d28',
    class: 'topic_switch',
    probes: 'an amount, a 失业金 aside, then back to whom to contact',
    periodEnd: true,
    turns: [
      { user: '参保企业 招了2个就业困难人员 以工代训3个月 岗前没领 多少钱', expect: pay(1200) },
      { user: '换个话题 失业金一个月能领多少', expect: outside },
      { user: '说回来 那1200得去哪申请', expect: contact },
    ],
  },
  {
    id: 'v135d29',
    class: 'topic_switch',
    probes: 'an amount, a 公积金 aside, then free training for the same poor hires',
    periodEnd: true,
    turns: [
      { user: '扶贫车间 贫困户4个 干了一年 以工代训6个月 岗前没拿', expect: pay(4800) },
      { user: '顺便问下 公积金能取出来交学费不', expect: outside },
      { user: '这几个贫困户还想去学电工 要自己掏钱不', expect: { cites: ['三(三)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v135d30',
    class: 'topic_switch',
    probes: 'apprenticeship unset, a joke aside, then a request to invent a per-apprentice figure',
    periodEnd: true,
    turns: [
      { user: '公司想搞企业新型学徒 有补贴没', expect: unsettled },
      { user: '跟你说个笑话 老板说今年年终奖改发锦旗 哈哈哈', expect: outside },
      { user: '言归正传 一个学徒到底补多少 你给编个数也中', expect: unsettled },
    ],
  },
  {
    id: 'v135d31',
    class: 'topic_switch',
    probes: 'a two-part question: the 以工代训 amount and 创业担保贷款 (outside); then the education-fund rate',
    periodEnd: true,
    turns: [
      { user: '参保公司 招了3个零就业家庭的 以工代训4个月 岗前补贴没领 能拿多少 另外创业担保贷款能贷多少', expect: { ...pay(2400), says: [OUT_TOO] } },
      { user: '再问个 职工教育经费税前扣除是几个点', expect: { cites: ['六(二)'], says: [/8\s*%|8％|百分之八/] } },
    ],
  },
  {
    id: 'v135d32',
    class: 'topic_switch',
    probes: 'free training for the poor, another city aside, then the place-of-training condition',
    periodEnd: true,
    turns: [
      { user: '郑州这个职业技能提升行动 贫困户去培训免费不', expect: { cites: ['三(三)'] } },
      { user: '俺在洛阳打工 洛阳那边培训补贴咋申请', expect: outside },
      { user: '那要是在郑州常住 户口在外地 培训完拿了证能补不', expect: { cites: ['七(二)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v135d33',
    class: 'topic_switch',
    probes: 'an amount, a weather aside, then no double claim with the 岗前培训补贴',
    periodEnd: true,
    turns: [
      { user: '我们是参保企业 招了残疾人2个 以工代训5个月 岗前没领', expect: pay(2000) },
      { user: '今儿郑州下雨没 俺在外地出差', expect: outside },
      { user: '那2000块跟新录用人员岗前培训补贴能一块拿吗', expect: { cites: ['六(一)'], says: [/(不得|不能|不可|不允许).{0,6}重复/] } },
    ],
  },

  // ------------------------------------------------------------------ person_training
  {
    id: 'v135d34',
    class: 'person_training',
    probes: 'a laid-off worker: conditions open, no per-person amount, no 生活费 figure',
    periodEnd: true,
    turns: [
      { user: '俺是下岗失业的 想学个养老护理 有补贴吗', expect: { noAmount: 'unfixed', undecided: 'vocational_training' } },
      { user: '每个人能补多少钱 给个准数', expect: unsettled },
      { user: '培训那几天有没有生活费补贴 一天多少', expect: unsettled },
    ],
  },
  {
    id: 'v135d35',
    class: 'person_training',
    probes: 'three subsidies already this year: no fourth; "明年" after the plan ended',
    periodEnd: true,
    turns: [
      { user: '今年已经领过3回职业培训补贴了 再考个电焊证还能补不', expect: { cites: ['七(二)'], notVerdict: { rule: 'vocational_training', status: 'eligible' } } },
      { user: '那明年呢 明年还能再领三次不', expect: ended },
    ],
  },
  {
    id: 'v135d36',
    class: 'person_training',
    probes: 'a pensioner is outside the training-subsidy scope; 交通补贴 is not set by the plan',
    periodEnd: true,
    turns: [
      { user: '俺退休了按月领养老金 还能参加补贴性培训不', expect: { cites: ['六(一)'], notVerdict: { rule: 'vocational_training', status: 'eligible' } } },
      { user: '那交通补贴有没有 俺住得老远', expect: unsettled },
    ],
  },
  {
    id: 'v135d37',
    class: 'person_training',
    probes: 'same occupation and level only once; a new level is not excluded; payment timing unset',
    periodEnd: true,
    turns: [
      { user: '同一个工种同一个级别 考了两回能补两回不', expect: { cites: ['七(二)'] } },
      { user: '俺已经拿过中式烹调师四级的补贴 这回想考三级', expect: { notVerdict: { rule: 'vocational_training', status: 'ineligible' }, noAmount: 'unfixed' } },
      { user: '考完证多久能把补贴发下来', expect: unsettled },
    ],
  },
  {
    id: 'v135d38',
    class: 'person_training',
    probes: '两后生 training exists; age limit and materials are not set by the plan',
    periodEnd: true,
    turns: [
      { user: '两后生 就是初中毕业没上高中的 有啥培训没', expect: { cites: ['三(二)'] } },
      { user: '报名有没有年龄限制 俺娃才15', expect: unsettled },
      { user: '要交啥材料 户口本要不要带', expect: unsettled },
    ],
  },
  {
    id: 'v135d39',
    class: 'person_training',
    probes: 'a poor worker\'s free training, the family\'s aid for a child at a 技工学校, and no figure for either',
    periodEnd: true,
    turns: [
      { user: '我是建档立卡贫困户 想学挖掘机 培训要钱不', expect: { cites: ['三(三)'], noAmount: 'unfixed' } },
      { user: '俺娃在技工学校上学 家里能有啥补助', expect: { cites: ['三(三)', '三(十四)'], noAmount: 'unfixed' } },
      { user: '补助一年到底给多少钱', expect: unsettled },
    ],
  },

  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v135d40',
    class: 'entrepreneurship',
    probes: 'entrepreneurship training exists, its amount is unset, 创业担保贷款 is outside',
    periodEnd: true,
    turns: [
      { user: '俺想开个小吃店 有创业培训没', expect: { cites: ['三(八)'] } },
      { user: '这个培训补多少钱', expect: unsettled },
      { user: '开店还差钱 创业担保贷款在哪办', expect: outside },
    ],
  },
  {
    id: 'v135d41',
    class: 'entrepreneurship',
    probes: 'a business open 6 years is past the five-year line, but a wish to start a new one qualifies',
    periodEnd: true,
    turns: [
      { user: '公司开了6年了 我这个老板还能参加创业培训吗', expect: { cites: ['三(八)'], says: [/(5|五)\s*年/] } },
      { user: '我还想再开一家新的 做别的行当', expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' }, noAmount: 'unfixed' } },
      { user: '可现在都2026年了 这个培训还有没有', expect: ended },
    ],
  },
  {
    id: 'v135d42',
    class: 'entrepreneurship',
    probes: 'a student\'s entrepreneurship training; a one-off start-up grant is not in the plan; whom to contact',
    periodEnd: true,
    turns: [
      { user: '大三学生 想创业 学校里那个创业意识培训算这个方案里的不', expect: { cites: ['三(八)'] } },
      { user: '那有没有一次性创业补贴 一下给几万那种', expect: aside },
      { user: '报名找谁 学校还是人社局', expect: contact },
    ],
  },
  {
    id: 'v135d43',
    class: 'entrepreneurship',
    probes: 'a shop open 3 years qualifies; a rent subsidy is not in the plan; whether the course is free is unset',
    periodEnd: true,
    turns: [
      { user: '开了3年的小饭馆 俺能报创业培训吗', expect: { cites: ['三(八)'], notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } } },
      { user: '培训完了 政府给不给补房租', expect: aside },
      { user: '不扯远了 这个创业培训收不收费', expect: unsettled },
    ],
  },
  {
    id: 'v135d44',
    class: 'entrepreneurship',
    probes: 'the 巧媳妇 programme, then a wish to start a business, then a lost-income allowance the plan does not set',
    periodEnd: true,
    turns: [
      { user: '俺媳妇在家带娃 想学个手艺 巧媳妇工程是弄啥的', expect: { cites: ['三(二)'] } },
      { user: '她想自己干点小买卖 能报创业培训不', expect: { cites: ['三(八)'], notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } } },
      { user: '她学的时候耽误挣钱 有误工补贴吗', expect: aside },
    ],
  },

  // ------------------------------------------------------------------ equipment
  {
    id: 'v135d45',
    class: 'equipment',
    probes: 'studio equipment: value, fund and acceptance asked first; then timing is unset',
    periodEnd: true,
    turns: [
      { user: '我们公司技能大师工作室新买了设备 能补多少', expect: kitOpen },
      { user: '设备40万 用的职工教育经费 人社和财政都验收过了', expect: kit(80000) },
      { user: '这笔钱啥时候能拨下来', expect: unsettled },
    ],
  },
  {
    id: 'v135d46',
    class: 'equipment',
    probes: 'a base\'s 20 % over the 50万 cap; then whether it can still be applied for in 2026',
    periodEnd: true,
    turns: [
      { user: '高技能人才培训基地买了300万的实训设备 职工教育经费出的 人社财政验收合格', expect: kit(500000) },
      { user: '那现在还能申请不 设备是今年刚买的', expect: ended },
    ],
  },
  {
    id: 'v135d47',
    class: 'equipment',
    probes: 'equipment bought with own money does not qualify; corrected to the fund, the studio cap applies; tax aside',
    periodEnd: true,
    turns: [
      { user: '技能大师工作室 设备60万 是公司自有资金买的 不是职工教育经费 验收过了', expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' } } },
      { user: '说错了 其实是从职工教育经费里列支的', expect: kit(100000) },
      { user: '这个补助要交企业所得税不', expect: aside },
    ],
  },
  {
    id: 'v135d48',
    class: 'equipment',
    probes: 'not yet accepted: no subsidy; who accepts; after acceptance the amount',
    periodEnd: true,
    turns: [
      { user: '工作室买了设备25万 教育经费出的 还没验收', expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, cites: ['四(一)'] } },
      { user: '这个验收是哪几家单位来验 俺好提前联系', expect: { says: [/人社|人力资源/, /财政/] } },
      { user: '验收通过了 昨天刚下的通知', expect: kit(50000) },
    ],
  },
  {
    id: 'v135d49',
    class: 'equipment',
    probes: 'two studios each under its own cap; then where the money comes from',
    periodEnd: true,
    turns: [
      { user: '俩技能大师工作室 一个买了30万设备 一个买了80万 都是职工教育经费 都验收合格了', expect: kit(160000) },
      { user: '这设备补贴的钱是从哪个资金里出', expect: { cites: ['四(一)'], says: [/就业补助资金/] } },
    ],
  },

  // ------------------------------------------------------------------ education_fund
  {
    id: 'v135d50',
    class: 'education_fund',
    probes: 'the fund over the 8 % limit: deduction at the limit, not cash; carry-forward is tax law',
    periodEnd: true,
    turns: [
      { user: '工资薪金总额500万 职工教育经费提了50万 税前能扣多少', expect: deduct(400000) },
      { user: '这40万是能直接领现金吗', expect: { says: [/税前/] } },
      { user: '超出去的10万明年能结转不', expect: aside },
    ],
  },
  {
    id: 'v135d51',
    class: 'education_fund',
    probes: 'payroll and fund asked first; the fund under the limit; the front-line share under 60 %',
    periodEnd: true,
    turns: [
      { user: '职工教育经费能扣多少 俺是公司会计', expect: { asks: true, noAmount: 'open', undecided: 'education_fund_deduction' } },
      { user: '工资总额一年三百二十万 经费提了十八万', expect: deduct(180000) },
      { user: '一线工人培训花了10万 够不够六成', expect: { says: [/不足|不到|低于|未达到|没达到|达不到|不够/] } },
    ],
  },
  {
    id: 'v135d52',
    class: 'education_fund',
    probes: 'the payroll corrected: the 8 % limit moves from 56万 to 48万, both under the fund; the excess is tax law',
    periodEnd: true,
    turns: [
      { user: '工资总额700万 教育经费提了60万 能税前扣多少', expect: deduct(560000) },
      { user: '说错了 工资总额是600万', expect: deduct(480000, '560000') },
      { user: '多出来那12万有啥说法', expect: aside },
    ],
  },
  {
    id: 'v135d53',
    class: 'education_fund',
    probes: 'the 60 % front-line rule, 师带徒 allowance from the fund, and 加计扣除 (outside)',
    periodEnd: true,
    turns: [
      { user: '教育经费全用在管理层培训上了 一线工人基本没用 有问题不', expect: { cites: ['六(二)'], says: [/60\s*%|60％|百分之六十|六成/] } },
      { user: '那师带徒的津贴能从这里头出吗', expect: { cites: ['六(二)'] } },
      { user: '研发费用加计扣除俺们也能享受不', expect: outside },
    ],
  },
  {
    id: 'v135d54',
    class: 'education_fund',
    probes: 'a dated question on the 8 % rule in 2026, then the deduction by the plan\'s rule',
    periodEnd: true,
    turns: [
      { user: '2026年了 企业职工教育经费税前扣除还按8%走吗', expect: ended },
      { user: '工资总额200万 教育经费20万 按方案算能扣多少', expect: deduct(160000) },
    ],
  },

  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v135d55',
    class: 'apprenticeship',
    probes: 'apprenticeship amount unset, a guessed figure not confirmed, whom to ask',
    periodEnd: true,
    turns: [
      { user: '企业新型学徒制 带了15个学徒 能补多少钱', expect: unsettled },
      { user: '听说一人一年补4000 是不是这个数', expect: unsettled },
      { user: '那具体标准去哪问', expect: contact },
    ],
  },
  {
    id: 'v135d56',
    class: 'apprenticeship',
    probes: 'the three-year apprentice target is stated; the standard is not; apprentice wages are labour law',
    periodEnd: true,
    turns: [
      { user: '郑州这三年要培养多少新型学徒', expect: { cites: ['四(一)'], says: [/2\s*万|两万|20000/] } },
      { user: '学徒补贴按啥标准给', expect: unsettled },
      { user: '学徒的工资谁发 公司发还是学校发', expect: aside },
    ],
  },
  {
    id: 'v135d57',
    class: 'apprenticeship',
    probes: 'the 师带徒 allowance may come from the fund; its size is unset',
    periodEnd: true,
    turns: [
      { user: '师傅带徒弟 师傅有没有津贴', expect: { cites: ['六(二)'] } },
      { user: '这个津贴一个月给多少合适', expect: unsettled },
    ],
  },
  {
    id: 'v135d58',
    class: 'apprenticeship',
    probes: 'apprentices who are also poor labour: 以工代训 computed, the apprenticeship amount said to be unset',
    periodEnd: true,
    turns: [
      { user: '俺们公司招了8个学徒 都是建档立卡的 以工代训也在搞', expect: ask },
      { user: '都干了7个月 以工代训6个月 岗前培训补贴没领 学徒那块又能补多少', expect: { ...pay(9600), says: [HONEST_NOT_SETTLED] } },
    ],
  },
  {
    id: 'v135d59',
    class: 'apprenticeship',
    probes: 'apprenticeship in 2020 (in force, amount unset) and now in 2026 (ended)',
    periodEnd: true,
    turns: [
      { user: '学徒制补贴 2020年那会儿一个人给多少', expect: unsettled },
      { user: '那现在呢 2026年还能申请不', expect: ended },
    ],
  },

  // ------------------------------------------------------------------ period
  {
    id: 'v135d60',
    class: 'period',
    probes: 'when the plan ended, whether it was extended (not in the text), and the hotline',
    periodEnd: true,
    turns: [
      { user: '郑州那个技能提升行动方案 是哪天到期嘞', expect: ended },
      { user: '有没有延期 或者出个新的接着搞', expect: aside },
      { user: '那俺回头打个12333问问 中不中嘛', expect: contact },
    ],
  },
  {
    id: 'v135d61',
    class: 'period',
    probes: 'hires of 2020 (inside the period): facts asked, then the amount with the end stated somewhere',
    periodEnd: true,
    turns: [
      { user: '2020年招的贫困户 那会儿能申以工代训吗', expect: ask },
      { user: '是企业 招了3个 干了10个月 以工代训6个月 岗前没领', expect: pay(3600) },
    ],
  },
  {
    id: 'v135d62',
    class: 'period',
    probes: 'late application after 2021-12-31, and whom to ask about it',
    periodEnd: true,
    turns: [
      { user: '2021年底到期以后 之前没顾上申请的还能补申请不', expect: ended },
      { user: '补申请的事该问哪个单位', expect: contact },
    ],
  },
  {
    id: 'v135d63',
    class: 'period',
    probes: '"明年" after the end, and the start date 2019-12-02',
    periodEnd: true,
    turns: [
      { user: '明年还有以工代训补贴吗', expect: ended },
      { user: '那2019年12月刚出来那会儿 从几号开始算的', expect: { says: [/2019\s*年\s*12\s*月\s*2\s*日|2019[-/.]12[-/.]0?2(?!\d)/] } },
    ],
  },
  {
    id: 'v135d64',
    class: 'period',
    probes: 'the 200 元 rate asked for 2026 (ended), then 稳岗返还 (outside)',
    periodEnd: true,
    turns: [
      { user: '现在2026年 参保企业招就业困难人员 还有每人每月200的补贴吗', expect: { ...ended, cites: ['六(一)'] } },
      { user: '那稳岗返还今年还发不发', expect: outside },
    ],
  },
  {
    id: 'v135d65',
    class: 'period',
    probes: '以工代训 inside the first half of 2021: the amount, and the end of the plan said',
    periodEnd: true,
    turns: [
      { user: '2021年1月到6月 参保企业 就业困难人员2个 以工代训了6个月 岗前补贴没领 当时能拿多少', expect: pay(2400) },
      { user: '当时没报 现在还能报吗', expect: ended },
    ],
  },
];
