/**
 * HELD-OUT dialogues, set v48 — written on 2026-11-30 from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) and the
 * text of issue 10 only: never from the service's output, the code under src/, the dev sets
 * under test/core/ or the messages of any other held-out set. Only the format of v15 (its header
 * and first 75 lines, the first 30 lines of its scope.ts) and the shapes in types.ts / judge.ts /
 * sets.ts / sets.test.ts were looked at. Not to be tuned on: no word of these messages goes into
 * a glossary, pattern or fixture. Once a dialogue has been fixed by a targeted change it measures
 * nothing any more; write a new one instead.
 *
 * Who types here: young gig and service workers and the small firms around them — a delivery
 * (外卖) rider and the manager of a delivery station, a courier (快递员) and the owner of a 快递网点,
 * a ride-hailing (网约车) fleet company, a nail-salon (美甲) chain and a nail technician, a
 * live-streaming sales (直播带货) company — and people dictating by voice: no punctuation,
 * run-ons, speech-recognition homophones (已工代训 / 以供代训 / 一工代训 for 以工代训, 见档立卡 for
 * 建档立卡, 工资新金 / 教育经非 / 学图), 河南话 (中不中, 咋弄, 恁, 俺, 弄啥嘞, 得劲, 木有). Also
 * people who want to start a business, 技工学校 students and their parents, a laid-off worker, the
 * sister of a disabled worker and a veteran. Many "不知道 / 不清楚 / 忘了" replies, corrections and
 * topic switches mid-conversation.
 *
 * Issue 10: nothing is inferred from silence. A fact an amount depends on (岗前培训补贴 already
 * claimed or not, the kind of unit, insurance where the rule needs it, months employed for poor
 * labour, acceptance and fund source of equipment, payroll and fund drawn) must be asked, so an
 * amount is expected only once every such fact has been said; "不知道" leaves the fact open.
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   (建档立卡) employed ≥ 6 months by a production entity (企业, 合作社, 扶贫车间, 培训机构 — not a
 *   职业院校); 就业困难 (incl. 残疾人) and 零就业家庭 only by an insured enterprise; 退役军人 alone is
 *   no group; rows with the 岗前培训补贴 claimed never count.
 *     d01 2×200×4 = 1600 · d02 3×200×6 = 3600 · d03 1×200×5 = 1000 · d04 1×200×min(8,6) = 1200
 *     (not 1600) · d05 employed 4 < 6 → none · d06 1×200×3 = 600 · d07 2×200×3 + 1×200×5 = 2200 ·
 *     d08 3×200×6 + 1×200×2 = 4000 · d09 workshop: only the poor rows, 2×200×6 = 2400 (not 4800) ·
 *     d10 2×200×4 + 1×200×4 = 2400 · d11 cooperative: 2×200×6 = 2400 (not 3600) · d12 training
 *     institution 1×200×3 + 3×200×6 = 4200 · d13 veterans out, 3×200×4 = 2400 (not 4000) ·
 *     d14 2×200×6 = 2400 · d15 not insured → none · d16 pre-job claimed → none · d17 3×200×4 = 2400
 *     · d20 2×200×4 = 1600 · d21 5×200×3 = 3000 · d23 1×200×3 = 600 · d26 3×200×5 = 3000 → 2×200×5
 *     = 2000 · d27 600 → not insured, none · d28 2×200×4 = 1600 → 2×200×min(10,6) = 2400 ·
 *     d29 veterans none → 2×200×6 = 2400 · d30 "好像领了", no figure → 1×200×6 = 1200 · d32 1×200×6 = 1200
 *     · d36 2×200×5 = 2000 · d70 (2020) 1×200×3 = 600.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only from the
 *   职工教育经费 and accepted. d37 20 %×1 000 000 = 200 000 · d55 20 %×600 000 = 120 000 → cap
 *   100 000 · d56 20 %×1 800 000 = 360 000 · d57 20 %×2 000 000 = 400 000 · d58 a bank loan → none
 *   (20 % would be 160 000) · d59 studio 20 %×300 000 = 60 000 + base min(600 000, 500 000) =
 *   560 000 (not 660 000).
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 *   d60 min(500 000, 400 000) = 400 000 · d61 min(150 000, 240 000) = 150 000 (front line 50 % <
 *   60 %) · d62 min(800 000, 960 000) = 800 000 · d63 min(200 000, 160 000) = 160 000.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, free training, entrepreneurship
 *   training, student and family aid, competition awards: the plan fixes no amount.
 *
 * Tags in `probes`: [two-part], [contact], [dated], [voice] (typed by speech recognition).
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const askOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact cannot be given: no figure, no verdict. */
const dunnoOJT: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount. */
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, without the misreadings' figures. */
const payNot = (yuan: number, ...wrong: number[]): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: wrong.map(String) });
/** 以工代训 excluded on these facts. */
const noPay = (wrong: number): TurnExpect => ({ status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: [String(wrong)] });
/** Not eligible on these facts, the misreading's figure absent. */
const notYes = (wrong: number): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: [String(wrong)] });
/** The equipment subsidy. */
const kit = (yuan: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan } });
/** The equipment subsidy, without the misreading's figures. */
const kitNot = (yuan: number, ...wrong: (string | RegExp)[]): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, mustNotContain: wrong });
/** An equipment fact is missing. */
const askKit: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
/** An equipment fact cannot be given: no figure, no verdict. */
const dunnoKit: TurnExpect = { noAmount: 'open', undecided: 'equipment_subsidy' };
/** No equipment subsidy on these facts. */
const noKit = (wrong: number, wrongWan: RegExp): TurnExpect => ({ notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: [String(wrong), wrongWan] });
/** The education-fund deduction: 税前, never money to collect. */
const deduct = (yuan: number, wrong?: number): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/, ...(wrong === undefined ? [] : [String(wrong)])],
});
/** An education-fund fact is missing: no figure, no verdict, a question. */
const askFund: TurnExpect = { noAmount: 'open', undecided: 'education_fund_deduction', asks: true };
/** An education-fund fact cannot be given: no figure, no verdict. */
const dunnoFund: TurnExpect = { noAmount: 'open', undecided: 'education_fund_deduction' };
/** The plan fixes no amount: no figure, the clause cited. */
const noFigure = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
/** The plan does not settle it. */
const unsettled: TurnExpect = { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] };
/** Outside the plan. */
const decline: TurnExpect = { answered: false, noAmount: 'unfixed' };
/** A person's training subsidy with a fact still open: no figure, no verdict. */
const trainOpen: TurnExpect = { noAmount: 'unfixed', undecided: 'vocational_training' };
/** A person's training subsidy refused on the facts said: not eligible, the clause cited. */
const trainNo = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites });

export const DIALOGUES_V48: Dialogue[] = [
  // ------------------------------------------------------------------ one_group
  {
    id: 'v48d01',
    class: 'one_group',
    probes: '[voice] run-on without punctuation, 已工代训 homophone; insured courier firm, 2 就业困难 × 4 months',
    periodEnd: true,
    turns: [{ user: '我是开快递网点的 公司社保一直交着呢招了两个就业困难人员已工代训搞了四个月岗前培训补贴没有领过能补多少钱', expect: pay(1600) }],
  },
  {
    id: 'v48d02',
    class: 'one_group',
    probes: '[voice] 见档立卡 / 以供代训 homophones, 河南话 (木领, 中不中); delivery company, 3 poor riders employed 8 months, 6 months OJT',
    periodEnd: true,
    turns: [{ user: '俺们是个配送公司 招了3个见档立卡的贫困户跑外卖 干了八个月了 以供代训弄了6个月 岗前培训补贴木领 中不中 能给多少', expect: pay(3600) }],
  },
  {
    id: 'v48d03',
    class: 'one_group',
    probes: 'facts arrive over three turns; insurance and pre-job subsidy must be asked before any figure',
    periodEnd: true,
    turns: [
      { user: '我们是做直播带货的公司 收了一个零就业家庭的小姑娘当助播 搞以工代训 能有补贴不', expect: askOJT },
      { user: '社保一直给她交着 以工代训干了五个月', expect: askOJT },
      { user: '岗前那个培训补贴 没申请过', expect: pay(1000) },
    ],
  },
  {
    id: 'v48d04',
    class: 'one_group',
    probes: 'disabled hire counts as 就业困难; 8 months of OJT capped at 6 (1200, not 1600)',
    periodEnd: true,
    turns: [{ user: '美甲连锁 有限公司 社保都给员工交 招了个聋哑姑娘 有残疾证 带着以工代训八个月了 岗前培训补贴没拿过 能补多少', expect: payNot(1200, 1600) }],
  },
  {
    id: 'v48d05',
    class: 'one_group',
    probes: 'poor labour employed only 4 months: below the 六个月以上 of 六(一), no figure',
    periodEnd: true,
    turns: [{ user: '扶贫车间 收了两个建档立卡的 才来了四个月 以工代训也是四个月 岗前补贴没领 这能补吗', expect: noPay(1600) }],
  },
  {
    id: 'v48d06',
    class: 'one_group',
    probes: 'disabled worker\'s sister: the subsidy goes to the 生产经营主体, not the worker; then the facts',
    periodEnd: true,
    turns: [
      {
        user: '俺姐是残疾人 在一个包装厂上班 厂里说搞以工代训有补贴 这钱是给俺姐的还是给厂里的',
        expect: { cites: ['六(一)'], says: [/(企业|单位|厂|生产经营主体|用人)/], noAmount: 'open' },
      },
      { user: '包装厂是正规公司 有交社保 俺姐以工代训三个月了 岗前培训补贴 厂里说没领过', expect: pay(600) },
    ],
  },

  // ------------------------------------------------------------------ several_groups
  {
    id: 'v48d07',
    class: 'several_groups',
    probes: 'two groups with their own months: 2 poor × 3 months + 1 就业困难 × 5 months; no bleeding',
    periodEnd: true,
    turns: [
      {
        user: '快递公司 参保的 招了2个见档立卡贫困的 干满7个月了 以工代训3个月 还有1个就业困难的 以工代训5个月 岗前补贴都没领过',
        expect: payNot(2200, 1800, 3000),
      },
    ],
  },
  {
    id: 'v48d08',
    class: 'several_groups',
    probes: '3 disabled × 6 months and 1 零就业 × 2 months; pre-job subsidy asked first',
    periodEnd: true,
    turns: [
      { user: '我们配送站是公司 交社保 招了三个残疾人 一个零就业家庭的 以工代训 残疾那仨干了六个月 零就业那个俩月', expect: askOJT },
      { user: '岗前培训补贴 都没有领', expect: payNot(4000, 4800, 1600) },
    ],
  },
  {
    id: 'v48d09',
    class: 'several_groups',
    probes: 'a 扶贫车间 is no insured enterprise: the 就业困难 rows do not count, only the poor rows (2400, not 4800)',
    periodEnd: true,
    turns: [
      {
        user: '俺这是扶贫车间 招了2个建档立卡贫困户 干了十个月 以工代训6个月 另外2个就业困难人员 也以工代训6个月 岗前补贴都没领 一共能补多少',
        expect: payNot(2400, 4800),
      },
    ],
  },
  {
    id: 'v48d10',
    class: 'several_groups',
    probes: 'one row settled (2 就业困难 × 4), the poor row lacks months employed: ask it by name, then total',
    periodEnd: true,
    turns: [
      {
        user: '直播公司 社保有交 收了1个建档立卡的 跟2个就业困难的 以工代训都是4个月 岗前补贴没领',
        expect: { asks: true, mustNotContain: ['2400'], notVerdict: { rule: 'on_job_training', status: 'ineligible' } },
      },
      { user: '建档立卡那个 来了十一个月了', expect: pay(2400) },
    ],
  },
  {
    id: 'v48d11',
    class: 'several_groups',
    probes: 'a 合作社 is no enterprise: the 零就业 row does not count; poor rows at exactly 6 months do',
    periodEnd: true,
    turns: [
      {
        user: '农民专业合作社 不是公司 招了俩建档立卡贫困劳动力 正好干满6个月 以工代训也6个月 还有一个零就业家庭的 以工代训6个月 岗前补贴没领过',
        expect: payNot(2400, 3600),
      },
    ],
  },
  {
    id: 'v48d12',
    class: 'several_groups',
    probes: 'a training institution as production entity; one poor hire × 3 months, three × 6 months (4200)',
    periodEnd: true,
    turns: [
      {
        user: '我们是美甲培训机构 也对外接活 招了四个建档立卡的 都干满半年了 一个以工代训三个月 另外三个以工代训六个月 岗前培训补贴都木有领',
        expect: payNot(4200, 4800, 2400),
      },
    ],
  },
  {
    id: 'v48d13',
    class: 'several_groups',
    probes: 'veterans are no 以工代训 group; only the 3 disabled rows count (2400, not 4000)',
    periodEnd: true,
    turns: [
      {
        user: '网约车公司 社保都交 招了2个退役军人 3个残疾人 以工代训都是4个月 岗前补贴一个都没领',
        expect: payNot(2400, 4000),
      },
    ],
  },

  // ------------------------------------------------------------------ negation_after_noun
  {
    id: 'v48d14',
    class: 'negation_after_noun',
    probes: 'negation far after its noun: 岗前技能培训补贴 … 一分没领',
    periodEnd: true,
    turns: [{ user: '公司 社保 一直在交 没断过 招了2个就业困难人员 以工代训6个月 岗前技能培训补贴 我们一分没领', expect: pay(2400) }],
  },
  {
    id: 'v48d15',
    class: 'negation_after_noun',
    probes: '社保 … 一直没交 with words in between: not an insured enterprise, no figure',
    periodEnd: true,
    turns: [{ user: '社保这块 俺们公司 说实话 一直没交 招了个就业困难的 以工代训5个月 岗前补贴没领 能补不', expect: noPay(1000) }],
  },
  {
    id: 'v48d16',
    class: 'negation_after_noun',
    probes: 'no negation at all: the pre-job subsidy WAS claimed (领过了) — no 以工代训 on top',
    periodEnd: true,
    turns: [{ user: '我们是快递公司 招了俩建档立卡贫困户 干了八个月 以工代训六个月 岗前培训补贴 那俩人 之前 已经领过了', expect: noPay(2400) }],
  },
  {
    id: 'v48d17',
    class: 'negation_after_noun',
    probes: 'insurance and pre-job subsidy given with the negation after the noun in a reply',
    periodEnd: true,
    turns: [
      { user: '网约车公司 吸纳了3个零就业家庭成员 以工代训4个月 恁看能拿多少', expect: askOJT },
      { user: '社保那块 公司 是有交的 岗前的补贴 没有人去申请', expect: pay(2400) },
    ],
  },
  {
    id: 'v48d18',
    class: 'negation_after_noun',
    probes: 'not disabled, not poor (残疾证 他没有 / 贫困户 也不是): no group can be read, no 600',
    turns: [
      {
        user: '招的那个小伙 残疾证 他没有 贫困户 也不是 就是家里条件差点 以工代训三个月 公司交社保 岗前补贴没领',
        expect: { notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: ['600'], noAmount: 'open' },
      },
    ],
  },
  {
    id: 'v48d19',
    class: 'negation_after_noun',
    probes: '养老金 … 不领: no monthly pension, so no refusal on that ground; other facts still open',
    periodEnd: true,
    turns: [
      {
        user: '俺爹 养老金 不领 他才五十五 还没退休 想学个保安 在郑州学 户口也在这 能享受培训补贴不',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } },
      },
    ],
  },

  // ------------------------------------------------------------------ unknown_reply
  {
    id: 'v48d20',
    class: 'unknown_reply',
    probes: '"不知道" about the pre-job subsidy leaves it open; the answer comes when finance replies',
    periodEnd: true,
    turns: [
      { user: '快递分拣中心 是企业 交社保 收了俩就业困难人员 以工代训4个月 补多少', expect: askOJT },
      { user: '岗前培训补贴领没领过 我不知道 这是财务管的', expect: dunnoOJT },
      { user: '问了财务 没领过', expect: pay(1600) },
    ],
  },
  {
    id: 'v48d21',
    class: 'unknown_reply',
    probes: '"记不清" for months employed of poor labour is not "6 months"; answered after the attendance sheet',
    periodEnd: true,
    turns: [
      { user: '扶贫车间招了5个建档立卡贫困户 以工代训三个月 岗前补贴没领 能补多少', expect: askOJT },
      { user: '干多长时间了 记不清了 反正有一阵子了', expect: dunnoOJT },
      { user: '查了考勤 五个人都干了九个月了', expect: pay(3000) },
    ],
  },
  {
    id: 'v48d22',
    class: 'unknown_reply',
    probes: 'delivery rider: "还不知道" where he trains; no verdict, the remaining facts asked',
    periodEnd: true,
    turns: [
      { user: '俺送外卖的 想考个电工证 政府给补贴不', expect: { asks: true, noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } } },
      { user: '在哪培训 还不知道呢 没想好', expect: trainOpen },
      { user: '就在郑州学吧 户口也是郑州的', expect: { ...trainOpen, asks: true } },
    ],
  },
  {
    id: 'v48d23',
    class: 'unknown_reply',
    probes: '"忘了" the OJT months: no figure until the months are remembered',
    periodEnd: true,
    turns: [
      { user: '直播公司 有参保 招了个零就业家庭的 干了半年了 以工代训几个月 忘了', expect: dunnoOJT },
      { user: '岗前补贴没领过', expect: dunnoOJT },
      { user: '想起来了 以工代训是仨月', expect: pay(600) },
    ],
  },
  {
    id: 'v48d24',
    class: 'unknown_reply',
    probes: 'laid-off worker: "不知道算不算建档立卡" leaves free training open, not refused',
    periodEnd: true,
    turns: [
      { user: '俺是下岗的 厂子倒闭了 能免费学个技术不', expect: { noAmount: 'unfixed', notVerdict: { rule: 'free_training_poor', status: 'ineligible' } } },
      {
        user: '建档立卡 俺不知道算不算 村里没人说过',
        expect: { noAmount: 'unfixed', undecided: 'free_training_poor', notVerdict: { rule: 'free_training_poor', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v48d25',
    class: 'unknown_reply',
    probes: 'station manager does not know whether the company is insured: 就业困难 stays open',
    periodEnd: true,
    turns: [
      { user: '俺是站长 公司招了2个就业困难的 以工代训5个月 岗前补贴没领', expect: askOJT },
      { user: '社保交没交 俺也不清楚 俺就管送货', expect: { ...dunnoOJT, mustNotContain: ['2000'] } },
    ],
  },

  // ------------------------------------------------------------------ correction
  {
    id: 'v48d26',
    class: 'correction',
    probes: 'count corrected from 3 to 2 people: the new total replaces the old one',
    periodEnd: true,
    turns: [
      { user: '快递公司 参保了 招了3个就业困难的 以工代训5个月 岗前补贴没领', expect: pay(3000) },
      { user: '不对不对 招的是2个 俺打成3个了', expect: payNot(2000, 3000) },
    ],
  },
  {
    id: 'v48d27',
    class: 'correction',
    probes: 'insurance corrected to "没交": the figure is withdrawn',
    periodEnd: true,
    turns: [
      { user: '美甲公司交社保 吸纳了1个残疾人 以工代训3个月 岗前培训补贴没领过', expect: pay(600) },
      { user: '说错了 社保其实没交 老板一直说要交还没交', expect: noPay(600) },
    ],
  },
  {
    id: 'v48d28',
    class: 'correction',
    probes: '[voice] 一工代训 4 months corrected to 10: capped at 6 (2400, not 4000)',
    periodEnd: true,
    turns: [
      { user: '一工代训 四个月 两个建档立卡的 俺们是公司 他俩干了十个月 岗前没领', expect: pay(1600) },
      { user: '刚才语音识别错了 以工代训是十个月 不是四个月', expect: payNot(2400, 4000) },
    ],
  },
  {
    id: 'v48d29',
    class: 'correction',
    probes: 'group corrected from 退役军人 to 就业困难人员: from no subsidy to 2400',
    periodEnd: true,
    turns: [
      { user: '网约车公司 有社保 招了2个退役军人 以工代训6个月 岗前补贴没领 能补多少', expect: notYes(2400) },
      { user: '哦我搞错了 他俩是就业困难人员 有认定的 不是退伍的', expect: pay(2400) },
    ],
  },
  {
    id: 'v48d30',
    class: 'correction',
    probes: 'pre-job subsidy corrected from claimed to not claimed',
    periodEnd: true,
    turns: [
      { user: '直播带货公司 参保 收了1个零就业家庭成员 以工代训6个月 岗前培训补贴好像领了', expect: { ...notYes(1200) } },
      { user: '等下 财务说岗前补贴其实没领 领的是别的补贴', expect: pay(1200) },
    ],
  },
  {
    id: 'v48d31',
    class: 'correction',
    probes: 'nail technician: "证还没拿到" corrected to obtained, with every other fact',
    periodEnd: true,
    turns: [
      { user: '美甲培训上完了 证还没拿到 能领培训补贴不', expect: trainNo(['七(二)']) },
      {
        user: '哦 证上个礼拜拿到了 户口在郑州 也在郑州培训的 今年头一回 机构说进省系统了 不领养老金 以前没学过这个',
        expect: { noAmount: 'unfixed', status: { rule: 'vocational_training', status: 'eligible' } },
      },
    ],
  },

  // ------------------------------------------------------------------ topic_switch
  {
    id: 'v48d32',
    class: 'topic_switch',
    probes: 'after a 以工代训 amount, the brother at a 技工学校 from a poor family: 三(三), no 1200 carried over',
    periodEnd: true,
    turns: [
      { user: '我们外卖代理公司 参保 收了1个就业困难人员 以工代训6个月 岗前补贴没领', expect: pay(1200) },
      {
        user: '对了问个别的 我弟在技工学校念书 家里是建档立卡户 他有啥补助',
        expect: { cites: ['三(三)', '三(十四)'], noAmount: 'unfixed', mustNotContain: ['1200'] },
      },
    ],
  },
  {
    id: 'v48d33',
    class: 'topic_switch',
    probes: 'veteran asks about training (三(二), 六(一)), then whether ride-hailing drivers are 就业困难',
    periodEnd: true,
    turns: [
      { user: '俺退伍回来快一年了 想学修车 有没有免费的培训', expect: { cites: ['三(二)', '六(一)'], noAmount: 'unfixed' } },
      {
        user: '还有 跑网约车的 算不算就业困难人员',
        expect: { oneOf: [unsettled, { cites: ['三(二)'], noAmount: 'unfixed' }] },
      },
    ],
  },
  {
    id: 'v48d34',
    class: 'topic_switch',
    probes: '[two-part] 200 元 and 6 months; then a traffic question (outside); then entrepreneurship training',
    turns: [
      { user: '已工代训补贴 一个人一个月多少钱 最多补几个月', expect: { cites: ['六(一)'], says: [/200/, /(6|六)\s*个月/] } },
      { user: '问下 郑州今天限号限几', expect: decline },
      { user: '那创业培训 是不是谁都能参加', expect: { cites: ['三(八)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v48d35',
    class: 'topic_switch',
    probes: 'rider drops the forklift question and asks about opening a milk-tea shop',
    periodEnd: true,
    turns: [
      { user: '跑外卖的 想学个叉车 能有补贴不', expect: { asks: true, noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } } },
      {
        user: '算了先不说这个 俺想自己开个奶茶店 有创业培训不',
        expect: { cites: ['三(八)'], noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v48d36',
    class: 'topic_switch',
    probes: 'a side question in the middle of an open 以工代训 case, then back to it with the missing facts',
    periodEnd: true,
    turns: [
      { user: '我们是家快递公司 招了两个建档立卡户 以工代训五个月 能补多少', expect: askOJT },
      { user: '先放放 问个别的 技工学校的学生 能参加创业培训不', expect: { cites: ['三(八)'], noAmount: 'unfixed', mustNotContain: ['2000'] } },
      { user: '回到刚才那俩人 他俩干了七个月了 岗前补贴没领', expect: pay(2000) },
    ],
  },
  {
    id: 'v48d37',
    class: 'topic_switch',
    probes: '[contact] equipment amount, then which unit handles it',
    periodEnd: true,
    turns: [
      { user: '我们是物流公司 高技能人才培训基地新买了实训设备一百万 钱从职工教育经费出的 人社局财政局都验收合格了 补贴多少', expect: kit(200000) },
      { user: '这个去哪申请 找哪个部门 有电话吗', expect: { says: [/(人社|人力资源|财政|12333)/] } },
    ],
  },
  {
    id: 'v48d38',
    class: 'topic_switch',
    probes: 'courier asks the yearly limit (七(二)), then asks the bot to look up his social insurance (outside)',
    turns: [
      { user: '快递员考叉车证 培训补贴一年能领几回', expect: { cites: ['七(二)'], says: [/(3|三)\s*次/], noAmount: 'unfixed' } },
      { user: '换个话题 你这能查俺社保交了几年不', expect: decline },
    ],
  },

  // ------------------------------------------------------------------ person_training
  {
    id: 'v48d39',
    class: 'person_training',
    probes: 'nail technician, every fact of 七(二) given: eligible, and no yuan figure (set elsewhere)',
    periodEnd: true,
    turns: [
      {
        user: '我做美甲的 户口周口 人在郑州上班 在郑州报的美甲培训 证拿到了 今年没领过补贴 以前也没领过 机构说进了省里的系统 我没养老金 能补吗',
        expect: { noAmount: 'unfixed', status: { rule: 'vocational_training', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v48d40',
    class: 'person_training',
    probes: 'laid-off worker, facts over three turns; institution and earlier subsidies still open at turn 2',
    periodEnd: true,
    turns: [
      { user: '俺下岗了 想学个养老护理员 政府给补贴不', expect: { asks: true, noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } } },
      { user: '户口郑州的 就在郑州学 学完证也拿了 今年没领过补贴 养老金也没有', expect: trainOpen },
      { user: '机构说是进系统的 以前从来没领过培训补贴', expect: { noAmount: 'unfixed', status: { rule: 'vocational_training', status: 'eligible' } } },
    ],
  },
  {
    id: 'v48d41',
    class: 'person_training',
    probes: 'three subsidies already this year: 七(二) 每人每年不超过3次',
    periodEnd: true,
    turns: [{ user: '俺今年已经领了3回培训补贴了 还想学个焊工 还能补不', expect: trainNo(['七(二)']) }],
  },
  {
    id: 'v48d42',
    class: 'person_training',
    probes: 'same occupation and level again: 同一职业同一等级不可重复享受',
    periodEnd: true,
    turns: [{ user: '去年考了中式烹调师初级 领过补贴了 今年想再考个初级 能不能再补一回', expect: trainNo(['七(二)']) }],
  },
  {
    id: 'v48d43',
    class: 'person_training',
    probes: 'a pensioner: 六(一) covers those 不具有按月领取养老金资格',
    periodEnd: true,
    turns: [{ user: '俺爸六十三了 按月领着养老金 想学个园林绿化 能享受培训补贴不', expect: trainNo(['六(一)', '七(二)']) }],
  },
  {
    id: 'v48d44',
    class: 'person_training',
    probes: '生活费补贴 during training: the plan fixes no amount, never the 200 元 of 以工代训',
    turns: [{ user: '上培训班那段时间 有没有生活费补贴 一天给多少', expect: { ...unsettled, mustNotContain: ['200'] } }],
  },
  {
    id: 'v48d45',
    class: 'person_training',
    probes: '技工学校 student from a 建档立卡 family: 中职国家助学金和免学费 (三(三)), no figure',
    periodEnd: true,
    turns: [
      {
        user: '俺在技工学校上学 家里是建档立卡贫困户 有啥补助不',
        expect: { cites: ['三(三)'], noAmount: 'unfixed', notVerdict: { rule: 'poor_family_student_aid', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v48d46',
    class: 'person_training',
    probes: 'parent of a 技校 student: the family\'s aid (三(三), 三(十四)), not the parent as student; then the amount (unset)',
    periodEnd: true,
    turns: [
      {
        user: '俺闺女在技校上学 俺家是建档立卡贫困户 俺这当家长的 能领啥补助',
        expect: { cites: ['三(三)', '三(十四)'], noAmount: 'unfixed', notVerdict: { rule: 'poor_family_child_aid', status: 'ineligible' } },
      },
      { user: '那这个补助 一年给多少钱', expect: unsettled },
    ],
  },
  {
    id: 'v48d47',
    class: 'person_training',
    probes: 'a new occupation published by the state: 七(二) 按优先支持类职业 standard, no figure',
    turns: [{ user: '网约配送员 听说是国家公布的新职业 培训补贴 按啥标准', expect: noFigure(['七(二)']) }],
  },
  {
    id: 'v48d48',
    class: 'person_training',
    probes: '[contact] disabled worker\'s sister asks which unit to ask about training for her brother',
    turns: [{ user: '俺哥是残疾人 想学个按摩 这事找哪个单位问', expect: { cites: ['三(二)'], says: [/(残联|人社)/], noAmount: 'unfixed' } }],
  },

  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v48d49',
    class: 'entrepreneurship',
    probes: 'wish to start a live-streaming shop: 三(八) 有创业愿望的人员',
    periodEnd: true,
    turns: [
      {
        user: '想自己搞直播带货 开个网店 有没有创业培训可以参加',
        expect: { cites: ['三(八)'], noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v48d50',
    class: 'entrepreneurship',
    probes: 'nail shop open for six years: past the 5-year line, no wish stated — not eligible on these facts',
    periodEnd: true,
    turns: [
      {
        user: '俺的美甲店开了六年多了 还能去参加创业培训不',
        expect: { cites: ['三(八)'], noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v48d51',
    class: 'entrepreneurship',
    probes: 'small restaurant: years since opening asked, then 3.5 years → eligible',
    periodEnd: true,
    turns: [
      { user: '俺开了个小饭馆 能参加创业培训吗', expect: { asks: true, noAmount: 'unfixed', undecided: 'entrepreneurship_training' } },
      { user: '开了三年半了', expect: { noAmount: 'unfixed', status: { rule: 'entrepreneurship_training', status: 'eligible' } } },
    ],
  },
  {
    id: 'v48d52',
    class: 'entrepreneurship',
    probes: '技工学校 graduate: 职业院校（含技工院校）毕业生 — eligible under 三(八)',
    periodEnd: true,
    turns: [
      {
        user: '技校刚毕业 想自己创业 弄啥嘞都不会 有培训没',
        expect: { cites: ['三(八)'], noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v48d53',
    class: 'entrepreneurship',
    probes: '[contact] laid-off worker asks where to sign up for entrepreneurship training',
    turns: [{ user: '厂里下岗了 想开个早点铺 创业培训咋报名 找哪个部门', expect: { cites: ['三(八)'], says: [/人社|人力资源/], noAmount: 'unfixed' } }],
  },
  {
    id: 'v48d54',
    class: 'entrepreneurship',
    probes: 'asking for a spouse\'s shop, years "忘了": left open, not refused',
    periodEnd: true,
    turns: [
      { user: '俺对象开了个小超市 个体户 让俺问问她能不能参加创业培训', expect: { asks: true, noAmount: 'unfixed', undecided: 'entrepreneurship_training' } },
      { user: '开多久了 俺忘了 得回家问她', expect: { noAmount: 'unfixed', undecided: 'entrepreneurship_training' } },
    ],
  },

  // ------------------------------------------------------------------ equipment
  {
    id: 'v48d55',
    class: 'equipment',
    probes: 'master studio 60万: 20 % = 12万 capped at 10万',
    periodEnd: true,
    turns: [
      {
        user: '我们快递物流公司 用职工教育经费 给技能大师工作室买了实训设备 六十万 人社和财政验收合格了 能补多少',
        expect: kitNot(100000, '120000', /12\s*万/),
      },
    ],
  },
  {
    id: 'v48d56',
    class: 'equipment',
    probes: 'high-skill base 180万: 20 % = 36万, under the 50万 cap',
    periodEnd: true,
    turns: [{ user: '高技能人才培训基地 新买的实训设备一百八十万 钱是职工教育经费出的 人社财政都验收过了 补贴咋算', expect: kit(360000) }],
  },
  {
    id: 'v48d57',
    class: 'equipment',
    probes: 'acceptance unknown ("不知道验没验"), then given: 20 % × 200万 = 40万',
    periodEnd: true,
    turns: [
      { user: '公司拿职工教育经费买了两百万的实训设备 给高技能人才培训基地用 能补多少', expect: askKit },
      { user: '验收 不知道验没验 我回头问问', expect: dunnoKit },
      { user: '验收合格了 人社跟财政都来看过', expect: kit(400000) },
    ],
  },
  {
    id: 'v48d58',
    class: 'equipment',
    probes: 'bought with a bank loan, not the 职工教育经费: no subsidy (not 16万, not 10万 as an amount)',
    periodEnd: true,
    turns: [{ user: '给大师工作室买设备 花了80万 钱是银行贷款 不是职工教育经费 人社验收过 能补多少', expect: noKit(160000, /16\s*万/) }],
  },
  {
    id: 'v48d59',
    class: 'equipment',
    probes: 'one studio (30万 → 6万) and one base (300万 → capped 50万): 56万, not 66万',
    periodEnd: true,
    turns: [
      {
        user: '一个技能大师工作室买了30万的设备 一个高技能人才培训基地买了300万的 都是职工教育经费 人社财政都验收合格 一共补多少',
        expect: kitNot(560000, '660000', /66\s*万/),
      },
    ],
  },

  // ------------------------------------------------------------------ education_fund
  {
    id: 'v48d60',
    class: 'education_fund',
    probes: 'payroll 500万, fund 50万: deduction capped at 8 % = 40万, 税前 not cash',
    turns: [{ user: '公司一年工资薪金总额500万 职工教育经费提了50万 一线职工培训用了七成 税前能扣多少', expect: deduct(400000) }],
  },
  {
    id: 'v48d61',
    class: 'education_fund',
    probes: '[voice] 工资新金 / 教育经非; 15万 under 8 % of 300万 = 24万; front line 50 % < 60 %',
    turns: [
      {
        user: '工资新金总额三百万 职工教育经非提了十五万 一线职工用了一半 税前扣除有多少',
        expect: { ...deduct(150000, 240000), says: [/税前/, /(60\s*%|百分之六十|六成)/] },
      },
    ],
  },
  {
    id: 'v48d62',
    class: 'education_fund',
    probes: 'payroll and fund asked, then 1200万 / 80万: min(80万, 96万) = 80万',
    turns: [
      { user: '俺们直播公司的职工教育经费 交税前能扣掉多少 咋弄', expect: askFund },
      { user: '工资总额一千二百万 经费提了八十万', expect: deduct(800000, 960000) },
    ],
  },
  {
    id: 'v48d63',
    class: 'education_fund',
    probes: 'payroll "不清楚" leaves it open; then 200万 → 8 % = 16万 < 20万',
    turns: [
      { user: '俺们快递公司 教育经费提了二十万 能抵多少税', expect: askFund },
      { user: '工资总额 不清楚 会计休假了', expect: dunnoFund },
      { user: '问到了 工资总额二百万', expect: deduct(160000, 200000) },
    ],
  },
  {
    id: 'v48d64',
    class: 'education_fund',
    probes: '[two-part] front-line share and the pre-tax limit: 60 % and 8 %',
    turns: [
      {
        user: '职工教育经费 一线职工要占多少 税前扣除上限又是多少',
        expect: { cites: ['六(二)'], says: [/(60\s*%|百分之六十)/, /(8\s*%|百分之八)/], noAmount: 'unfixed' },
      },
    ],
  },

  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v48d65',
    class: 'apprenticeship',
    probes: '20 apprentices, per-head amount: 按照相关规定, no figure',
    turns: [{ user: '我们快递公司 带了20个企业新型学徒 一个学徒补多少钱', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v48d66',
    class: 'apprenticeship',
    probes: 'subsidy for apprentices exists (四(一)); the follow-up total must not be computed from 200 元',
    turns: [
      { user: '网约车公司带新型学徒 企业新型学徒制那块 给不给补贴', expect: noFigure(['四(一)']) },
      { user: '那一年带30个 总共能拿多少', expect: { noAmount: 'unfixed', mustNotContain: ['6000', '36000'] } },
    ],
  },
  {
    id: 'v48d67',
    class: 'apprenticeship',
    probes: '师带徒 allowance paid from the 职工教育经费 (六(二))',
    turns: [{ user: '师带徒的津贴 钱能从哪出', expect: noFigure(['六(二)']) }],
  },
  {
    id: 'v48d68',
    class: 'apprenticeship',
    probes: '[voice] 新型学图制 homophone: the three-year target of 2万名',
    turns: [{ user: '新型学图制 郑州三年 要培养多少个', expect: { cites: ['四(一)'], says: [/(2\s*万|两万|20000)/] } }],
  },

  // ------------------------------------------------------------------ period
  {
    id: 'v48d69',
    class: 'period',
    probes: 'asked today whether 以工代训 can still be claimed: the plan ended 2021-12-31',
    periodEnd: true,
    turns: [{ user: '俺们快递站去年想弄以工代训 到现在还能申请那个补贴不', expect: { cites: ['六(一)'], mentionsPeriodEnd: true } }],
  },
  {
    id: 'v48d70',
    class: 'period',
    probes: '[dated] a 2020 case is answered for 2020 (600); then "今年" — the plan has ended',
    periodEnd: true,
    turns: [
      { user: '2020年8月那会 公司参保 招了一个就业困难人员 以工代训3个月 岗前补贴没领 当时能补多少', expect: pay(600) },
      { user: '那要是今年招的呢 还能补不', expect: { mentionsPeriodEnd: true } },
    ],
  },
  {
    id: 'v48d71',
    class: 'period',
    probes: '[dated] hired in 2022, after the plan ended',
    periodEnd: true,
    turns: [{ user: '2022年才招的建档立卡贫困户 还能享受以工代训补贴吗', expect: { mentionsPeriodEnd: true, noAmount: 'open' } }],
  },
  {
    id: 'v48d72',
    class: 'period',
    probes: 'when the plan expires: 2021年12月31日',
    turns: [{ user: '这个职业技能提升方案 啥时候到期的', expect: { mentionsPeriodEnd: true, says: [/2021/] } }],
  },
  {
    id: 'v48d73',
    class: 'period',
    probes: 'veteran plans training next year: the plan has ended; then asks for newer policies (outside or referred)',
    periodEnd: true,
    turns: [
      { user: '俺是退役军人 明年想参加个技能培训 有补贴不 得劲不', expect: { mentionsPeriodEnd: true, noAmount: 'unfixed' } },
      { user: '那现在有没有新出的政策', expect: { oneOf: [{ answered: false }, { says: [/(人社|12333|热线)/] }], noAmount: 'unfixed' } },
    ],
  },
];
