/**
 * HELD-OUT dialogues, set v115 — written BLIND from the policy text (policy-corpus/zz-2019-63.md)
 * and the contracts (shared/spec/eligibility.md, api.md) only: never from the service's output, the
 * code under src/, scripts/, prompts/, other held-out sets or the dev tests. Only the format of v101
 * (its first 60 lines) was looked at. Not to be tuned on: no word of these messages goes into a
 * glossary, pattern or fixture; a dialogue fixed by a targeted change measures nothing any more.
 *
 * Theme: 企业新型学徒制, skills competitions (备赛专项培训, 获奖选手), training materials, poor-student
 * aid at 职业院校 and for 建档立卡 families, enterprise-run schools and 校企合作, the 50 % advance of
 * project-based (项目制) training — mixed with "不知道/不清楚/说不清" replies and negations placed after
 * the noun ("岗前补贴…没领", "社保嘛…还没交", "验收…还没", "学校补助…也没见着").
 *
 * Who types here: Henan people on WeChat — owners and HR clerks of small Zhengzhou factories, a
 * 扶贫车间 head, a 合作社 book-keeper, a 中职 school's office, a training institution, a trade
 * association, a parent from a 建档立卡 family, young people and a 12333 hotline agent relaying a
 * caller ("坐席转述：…", "热线转的…"). Colloquial and dialect (俺/咱/恁/啥/中不中/弄啥嘞), spaces
 * instead of punctuation, run-on messages with several facts, Chinese numerals (仨, 俩, 三十万,
 * 一千二百万), 同音错字 (以工带训, 建当立卡, 社宝, 补帖, 不贴, 学徒治), relatives' cases (表哥, 俺爹,
 * 表妹, 闺女).
 *
 * Nothing is inferred from silence (issue 10). An amount is expected only once every fact it depends
 * on has been said: the kind of unit, insurance where the rule needs it, the group, the count, months
 * employed for poor labour (≥ 6), months of 以工代训 (capped at 6), and that the 新录用人员岗前技能培训
 * 补贴 was NOT claimed; for equipment the kind of site, the value, 职工教育经费 and 验收合格; for the
 * education fund the 工资薪金总额 and the fund drawn; for the project advance the project's total
 * training subsidy. Where a careful service may ask or answer, `oneOf` allows both.
 *
 * Hand computations (contract "Rule ids", checked against 六(一), 四(一), 六(二)):
 * 以工代训 (六(一)) = Σ count × 200 × min(以工代训 months, 6) over qualifying rows:
 *   d03  企业, 贫困 2 人, 干 10 月, 以工代训 3 月, 岗前没领            → 2×200×3 = 1 200
 *   d07  扶贫车间, 贫困 5 人, 干 8 月多, 4 月, 没领                    → 5×200×4 = 4 000
 *   d08  参保企业, 零就业 3 人, 5 月, 岗前(T3)没申请                   → 3×200×5 = 3 000
 *   d09  合作社, 贫困 3 人, 只干 4 月 (< 6)                            → none (3×200×4 = 2 400 must not appear)
 *   d10  合作社 (not an enterprise), 就业困难 2 人, 2 月               → none (2×200×2 = 800 must not appear)
 *   d11  服装厂 参保, 残疾人 4 人 (就业困难 含残疾人), 7 月 → cap 6     → 4×200×6 = 4 800 (not 5 600)
 *   d12  参保企业, 贫困 2 人 (8 月, 4 月) + 零就业 1 人 (3 月)          → 1 600 + 600 = 2 200
 *   d13  厂 参保, 退役军人 4 (no group of the rule) + 贫困 6 (12 月, 6 月) → 6×200×6 = 7 200 (not 12 000)
 *   d14  参保公司, 就业困难 3 (5 月) + 贫困 2 (5 月; T2: 干 9 月)        → T1 open for the poor rows (5 000 must not appear yet);
 *                                                                         T2 3 000 + 2 000 = 5 000
 *   d15  扶贫车间, 贫困 4 (7 月, 6 月) + 残疾 2 (a workshop is no enterprise) → 4×200×6 = 4 800 (not 6 000)
 *   d16  参保食品公司, 就业困难 5 (4 月) + 零就业 2 (8 月 → 6)            → 4 000 + 2 400 = 6 400 (not 7 200)
 *   d17  厂, 残疾 4 人, 5 月, 社保没交                                → none (4 000 must not appear)
 *   d18  公司, 贫困 3, 10 月, 6 月, 岗前补贴领了                       → none (3 600 must not appear)
 *   d21  公司 不参保, 零就业 2 (4 月) → none (1 600); T2 + 贫困 1 (7 月, 3 月, 没领) → 600 (not 2 200)
 *   d23  公司, 贫困 4, 9 月, 6 月, 没领                               → 4×200×6 = 4 800
 *   d24  参保企业, 就业困难 2, 3 月, 岗前(T3)没领过                    → 2×200×3 = 1 200
 *   d29  扶贫车间, 贫困 5, 7 月, 6 月 → 6 000; T2 以工代训 3 月          → 5×200×3 = 3 000 (not 6 000)
 *   d30  参保公司, 残疾 3, 4 月 → 2 400; T2 社保停缴 → none; T3 the three are 建档立卡, 干 8 月
 *        → 3×200×4 = 2 400 again by the poor-labour route (or a question)
 *   d34  厂, 贫困 2, 8 月, 5 月, 没领                                 → 2×200×5 = 2 000
 *   d64  厂, 贫困 2 since 2021-11, 6 月, 没领                         → 2×200×6 = 2 400 (or a question)
 *   d67  会员企业, 贫困 3, 一年, 4 月, 没领                           → 3×200×4 = 2 400
 * Equipment (四(一)) = per site min(20 % × value, 500 000 base / 100 000 studio), 职工教育经费, 验收合格:
 *   d19  工作室 40 万, 验收还没 → none (80 000 must not appear); T2 验收合格 → 80 000
 *   d25  基地 120 万, 验收过; fund unknown (T2) → open; T3 教育经费 → 240 000
 *   d31  工作室 60 万 → min(120 000, 100 000) = 100 000; T2 it is a 基地 → 120 000
 *   d50  基地 300 万 → min(600 000, 500 000) = 500 000
 *   d51  two studios 30 万 + 80 万 → 60 000 + min(160 000, 100 000) = 160 000 (not 220 000)
 *   d52  工作室 40 万 from own money, not the fund → none (80 000 must not appear)
 *   d53  工作室 25 万, 验收还没 → none (50 000 must not appear)
 *   d54  基地 150 万 → 300 000
 * Education-fund deduction (六(二)) = min(fund drawn, 8 % × 工资薪金总额), pre-tax, never cash:
 *   d27  600 万 × 8 % = 480 000; fund 40 万                          → 400 000
 *   d33  1 000 万 × 8 % = 800 000; fund 100 万 → 800 000; T2 fund 60 万 → 600 000
 *   d55  300 万 × 8 % = 240 000; fund 30 万                          → 240 000
 *   d57  200 万 × 8 % = 160 000; fund 12 万                          → 120 000
 *   d58  1 200 万 × 8 % = 960 000; fund 110 万                       → 960 000
 *   d59  400 万 × 8 % = 320 000; fund 20 万                          → 200 000
 * Project-training advance (六(一)) = 50 % of the project's training subsidy:
 *   d20  30 万 → 150 000;  d26  18 万 → 90 000;  d32  40 万 → 200 000, T2 24 万 → 120 000;  d37  12 万 → 60 000
 * No amount anywhere else: 新型学徒 ("按照相关规定给予资金补贴"), 备赛专项培训 ("一定资金奖补"), 获奖选手
 * ("按规定落实相关奖励"), 教材开发 ("经费支持"), 院校/家庭 poor-student aid ("按有关政策给予补助",
 * 助学金和免学费), 企业办学 ("一定资金支持"), per-person 职业培训补贴, 创业培训 — the plan fixes none.
 *
 * The plan ran 2019-12-02 to 2021-12-31; whoever asks what they can get today must hear it has ended.
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, RuleId, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: ask, state no figure, say no 不符合. */
const ask: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact was answered "不知道": no figure, no verdict either way. */
const dunno: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount, without the figures a misreading gives. */
const pay = (yuan: number, ...wrong: number[]): TurnExpect => ({
  amount: { rule: 'on_job_training', yuan },
  ...(wrong.length ? { mustNotContain: wrong.map(String) } : {}),
});
/** Not eligible for 以工代训 on these facts; the misreading's figure absent. */
const notYes = (...wrong: number[]): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: wrong.map(String) });
/** The equipment subsidy, without the misreadings. */
const kit = (yuan: number, ...wrong: string[]): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, ...(wrong.length ? { mustNotContain: wrong } : {}) });
/** No equipment subsidy on these facts (not accepted yet / not from the fund). */
const noKit = (...wrong: string[]): TurnExpect => ({ notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: wrong });
/** The education-fund deduction: a pre-tax deduction, not money to collect. */
const deduct = (yuan: number, ...wrong: string[]): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  ...(wrong.length ? { mustNotContain: wrong } : {}),
});
/** The 50 % advance of a project's training subsidy. */
const advance = (yuan: number, ...wrong: string[]): TurnExpect => ({ amount: { rule: 'project_training_advance', yuan }, ...(wrong.length ? { mustNotContain: wrong } : {}) });
/** A rule whose amount the plan leaves open: cite its clause, state no figure, do not deny it. */
const unfixed = (rule: RuleId, ...clauses: string[]): TurnExpect => ({ noAmount: 'unfixed', cites: clauses, notVerdict: { rule, status: 'ineligible' } });
/** Asked for a figure the plan does not set: say so, state none. */
const unsettled: TurnExpect = { says: [HONEST_NOT_SETTLED], noAmount: 'unfixed' };
/** A contact question: the answer names a unit or the hotline. */
const contact: TurnExpect = { says: [/人社|人力资源|财政|人民政府|12333|热线/] };
/** The plan has ended. */
const ended: TurnExpect = { mentionsPeriodEnd: true };

export const DIALOGUES_V115: readonly Dialogue[] = [
  // ------------------------------------------------------------ apprenticeship
  {
    id: 'v115d01',
    class: 'apprenticeship',
    probes: 'an apprenticeship amount per head: the plan only says 按照相关规定, so no figure and no 不符合',
    periodEnd: true,
    turns: [
      {
        user: '俺们是做汽配的 今年跟技校合作搞企业新型学徒制 带了十五个徒弟 有补贴没 一个人能给多少钱',
        expect: { ...unfixed('apprenticeship', '四(一)'), says: [HONEST_NOT_SETTLED] },
      },
    ],
  },
  {
    id: 'v115d02',
    class: 'apprenticeship',
    probes: 'apprenticeship over three turns, insurance said but irrelevant to an unfixed amount; then 师带徒 from the education fund',
    periodEnd: true,
    turns: [
      { user: '新型学徒制是咋回事啊 俺们小企业也能搞不', expect: { answered: true, cites: ['四(一)'] } },
      { user: '我们是物流公司 学徒带了八个 社保都交着呢 能补多少', expect: unfixed('apprenticeship', '四(一)') },
      { user: '那老师傅带徒弟的津贴 从职工教育经费里头出 行不行', expect: { cites: ['六(二)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v115d03',
    class: 'apprenticeship',
    probes: 'hotline relays apprentices plus two poor hires with all facts: 以工代训 computed, apprenticeship left without a figure',
    periodEnd: true,
    turns: [
      {
        user: '热线转的 来电企业说 带了新型学徒二十名 另外招了贫困户俩人 在厂里干了十个月 以工代训搞了三个月 岗前培训补贴 没领 问一共能补多少',
        expect: { ...pay(1200), notVerdict: { rule: 'apprenticeship', status: 'ineligible' } },
      },
    ],
  },
  {
    id: 'v115d04',
    class: 'apprenticeship',
    probes: 'the apprentice count is "不知道": still no figure, no denial; then whether it can still be applied for',
    periodEnd: true,
    turns: [
      { user: '咱公司想申请学徒制培训的补贴 咋申请', expect: { cites: ['四(一)'], noAmount: 'unfixed' } },
      { user: '学徒有几个 我也不知道 人事那边统计的', expect: { noAmount: 'unfixed', notVerdict: { rule: 'apprenticeship', status: 'ineligible' } } },
      { user: '中吧 那这政策现在还能报不', expect: ended },
    ],
  },
  {
    id: 'v115d05',
    class: 'apprenticeship',
    probes: 'negation after the noun about apprenticeship money ("一分…还没拿到过") and a procedure the plan does not give',
    periodEnd: true,
    turns: [
      {
        user: '新型学徒治的补贴 俺们厂一分 还没拿到过 是不是得先跟学校签个协议才中',
        expect: { cites: ['四(一)'], noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v115d06',
    class: 'apprenticeship',
    probes: 'a vocational school asks about 现代学徒制 with enterprises: cite the clause, no figure',
    periodEnd: true,
    turns: [
      {
        user: '我们是职业院校的 跟几家企业搞现代学徒制 学校这头有啥支持政策',
        expect: { cites: ['四(一)', '四(二)'], noAmount: 'unfixed' },
      },
    ],
  },
  // ------------------------------------------------------------ one_group
  {
    id: 'v115d07',
    class: 'one_group',
    probes: 'a poverty workshop with one group, all facts, typo 以工带训: 5 × 200 × 4',
    periodEnd: true,
    turns: [
      {
        user: '俺是扶贫车间的 收了5个建档立卡贫困户 都干了八个多月了 以工带训做了4个月 岗前培训补贴 没领过 能补多少',
        expect: pay(4000),
      },
    ],
  },
  {
    id: 'v115d08',
    class: 'one_group',
    probes: 'zero-employment-family hires: ask until insurance, count, months and the pre-job subsidy are all said',
    periodEnd: true,
    turns: [
      { user: '公司招了几个零就业家庭的 以工代训能补不', expect: ask },
      { user: '社保一直交着 一共三个人 以工代训五个月', expect: ask },
      { user: '岗前那个补贴 没申请', expect: pay(3000) },
    ],
  },
  {
    id: 'v115d09',
    class: 'one_group',
    probes: 'poor labour employed only four months at a cooperative: under six months, no amount',
    periodEnd: true,
    turns: [
      {
        user: '俺们合作社 招了仨贫困劳动力 才干了四个月 以工代训也四个月 岗前补贴没要过 中不中',
        expect: notYes(2400),
      },
    ],
  },
  {
    id: 'v115d10',
    class: 'one_group',
    probes: 'a farmers\' cooperative is no insured ENTERPRISE: its 就业困难 hires do not qualify',
    periodEnd: true,
    turns: [
      {
        user: '俺们是农民专业合作社 收了两个就业困难人员 社保给交了 以工代训俩月 岗前补贴没领 能补多少',
        expect: notYes(800),
      },
    ],
  },
  {
    id: 'v115d11',
    class: 'one_group',
    probes: 'a relative\'s factory, disabled hires count as 就业困难, seven months capped at six',
    periodEnd: true,
    turns: [
      {
        user: '我表哥在中牟开了个服装厂 招了残疾人四个 社保都交的 以工代训干了七个月 岗前培训补贴没领 他能领多少',
        expect: pay(4800, 5600),
      },
    ],
  },
  // ------------------------------------------------------------ several_groups
  {
    id: 'v115d12',
    class: 'several_groups',
    probes: 'two groups with their own months in one run-on message: 1 600 + 600',
    periodEnd: true,
    turns: [
      {
        user: '俺们是参保企业 招了贫困户两个 干了8个月 以工代训4个月 还有零就业家庭的一个 以工代训3个月 岗前补贴都没领 总共多少',
        expect: pay(2200),
      },
    ],
  },
  {
    id: 'v115d13',
    class: 'several_groups',
    probes: 'veterans are no group of 以工代训; only the six poor hires count (typo 建当立卡)',
    periodEnd: true,
    turns: [
      {
        user: '厂里社保都交 一共招了十个人 退役军人四个 建当立卡的六个 建当立卡那六个都干满一年了 以工代训六个月 岗前培训补贴没领',
        expect: pay(7200, 12000),
      },
    ],
  },
  {
    id: 'v115d14',
    class: 'several_groups',
    probes: 'one row settled, the poor row lacks months employed: ask, not the full figure; then the total; then who receives it',
    periodEnd: true,
    turns: [
      {
        user: '我们公司参保的 招了就业困难人员3个 贫困劳动力2个 以工代训都是5个月 岗前补贴 都没有领',
        expect: { asks: true, mustNotContain: ['5000'] },
      },
      { user: '贫困户那俩 干了九个月了', expect: pay(5000) },
      { user: '这钱是打给个人还是给公司', expect: { says: [/企业|公司|单位|生产经营主体/] } },
    ],
  },
  {
    id: 'v115d15',
    class: 'several_groups',
    probes: 'a poverty workshop\'s disabled hires do not count (not an insured enterprise); its poor hires do',
    periodEnd: true,
    turns: [
      {
        user: '扶贫车间 招了建档立卡户的4个 都干了七个月 以工代训6个月 另外还有残疾人2个 以工代训3个月 岗前补贴都没领 能补多少',
        expect: pay(4800, 6000),
      },
    ],
  },
  {
    id: 'v115d16',
    class: 'several_groups',
    probes: 'a hotline agent relays two groups; the 8 months of one group capped at 6',
    periodEnd: true,
    turns: [
      {
        user: '坐席转述：来电的是一家参保的食品公司 吸纳就业困难人员五名 以工代训四个月 零就业家庭成员两名 以工代训八个月 岗前培训补贴 均未享受 问补贴金额',
        expect: pay(6400, 7200),
      },
    ],
  },
  // ------------------------------------------------------------ negation_after_noun
  {
    id: 'v115d17',
    class: 'negation_after_noun',
    probes: '"社宝嘛 还没交" after the noun: disabled hires of an uninsured factory do not qualify',
    periodEnd: true,
    turns: [
      {
        user: '厂里招了四个残疾人 干了五个月 以工代训也五个月 社宝嘛 还没给交 岗前补贴也没领 能补多少',
        expect: notYes(4000),
      },
    ],
  },
  {
    id: 'v115d18',
    class: 'negation_after_noun',
    probes: 'the pre-job subsidy WAS claimed ("领了"), the 以工代训 money "一分没申请": not both',
    periodEnd: true,
    turns: [
      {
        user: '贫困劳动力三个 在俺公司干了十个月 以工代训六个月 岗前补贴 领了 以工代训那块 一分没申请 还能申不',
        expect: notYes(3600),
      },
    ],
  },
  {
    id: 'v115d19',
    class: 'negation_after_noun',
    probes: '"验收…还没": no equipment figure until 人社/财政 accept it; then 20 % of 40 万; then whom to ask',
    periodEnd: true,
    turns: [
      { user: '技能大师工作室新买的设备 四十万 钱是职工教育经费出的 验收 还没', expect: noKit('80000', '8万') },
      { user: '人社和财政上礼拜来验收了 合格', expect: kit(80000) },
      { user: '钱找哪个部门要', expect: contact },
    ],
  },
  {
    id: 'v115d20',
    class: 'negation_after_noun',
    probes: 'project training money "一分没拨": the 50 % advance of 30 万',
    periodEnd: true,
    turns: [
      {
        user: '公司搞的项目制培训 总的培训补贴是三十万 到现在钱 一分没拨 能先拿一半不',
        expect: advance(150000),
      },
    ],
  },
  {
    id: 'v115d21',
    class: 'negation_after_noun',
    probes: '"社保呢 一直没交" sinks the zero-employment rows; a poor hire added later counts alone; then the no-double rule',
    periodEnd: true,
    turns: [
      { user: '零就业家庭的两个人 在我们公司 以工代训四个月 社保呢 公司一直没给交', expect: notYes(1600) },
      { user: '那我们还有建档立卡的一个 干了七个月 以工代训三个月 岗前补贴没领', expect: pay(600, 2200) },
      { user: '岗前补贴是个啥 跟以工代训冲突不', expect: { cites: ['六(一)'], says: [/重复/] } },
    ],
  },
  {
    id: 'v115d22',
    class: 'negation_after_noun',
    probes: 'a 中职 school that admits poor students, the aid "也没见着": cite 三(十四), no figure',
    periodEnd: true,
    turns: [
      {
        user: '我们是中职学校 建档立卡贫困户家的学生 今年招了三十多个 学校的补助 到现在 也没见着 能申请不',
        expect: unfixed('school_poor_student_aid', '三(十四)'),
      },
    ],
  },
  // ------------------------------------------------------------ unknown_reply
  {
    id: 'v115d23',
    class: 'unknown_reply',
    probes: '"干了多久不清楚": no figure, no verdict; the facts later settle it; then whom to contact',
    periodEnd: true,
    turns: [
      { user: '咱公司招了几个贫困户 以工代训能补多少', expect: ask },
      { user: '干了多久我不清楚 人事请假了', expect: dunno },
      { user: '问到了 四个人 都干了九个月 以工代训六个月 岗前培训不贴没领', expect: pay(4800) },
      { user: '那这钱找谁申请', expect: contact },
    ],
  },
  {
    id: 'v115d24',
    class: 'unknown_reply',
    probes: 'the pre-job subsidy is "不知道": no figure until the accountant says it was not claimed',
    periodEnd: true,
    turns: [
      { user: '参保的企业 招了2个就业困难人员 以工代训三个月 能补多少', expect: ask },
      { user: '岗前培训补贴领没领 我真不知道', expect: dunno },
      { user: '问了会计 说那个岗前的 从来没领过', expect: pay(1200) },
    ],
  },
  {
    id: 'v115d25',
    class: 'unknown_reply',
    probes: 'the money source of equipment is "不太清楚": no figure until the education fund is named',
    periodEnd: true,
    turns: [
      {
        user: '高技能人才培训基地买了一批实训设备 一百二十万 验收也过了 能补多少',
        expect: { asks: true, undecided: 'equipment_subsidy', mustNotContain: ['240000', '24万'] },
      },
      { user: '钱从哪个账走的 不太清楚', expect: { noAmount: 'open', undecided: 'equipment_subsidy' } },
      { user: '财务说走的职工教育经费', expect: kit(240000) },
    ],
  },
  {
    id: 'v115d26',
    class: 'unknown_reply',
    probes: 'a training institution does not know the project total: 50 % said, no figure; then the total',
    periodEnd: true,
    turns: [
      { user: '我们是培训机构 接了个项目制培训 补贴能先拨多少', expect: { cites: ['六(一)'], says: [/50\s*%|百分之五十|一半|五成/], noAmount: 'open' } },
      { user: '补贴总额多少 不晓得 合同还没签', expect: { noAmount: 'open' } },
      { user: '合同签了 补贴总额十八万', expect: advance(90000) },
    ],
  },
  {
    id: 'v115d27',
    class: 'unknown_reply',
    probes: 'an approximate payroll ("左右 具体不清楚") settles no deduction; the annual report does',
    periodEnd: true,
    turns: [
      { user: '职工教育经费税前扣除 能扣多少', expect: { noAmount: 'open', cites: ['六(二)'] } },
      { user: '工资总额 五百万左右吧 具体不清楚 经费提了多少也不清楚', expect: { noAmount: 'open' } },
      { user: '年报出来了 工资薪金总额600万 职工教育经费提了40万', expect: deduct(400000) },
    ],
  },
  {
    id: 'v115d28',
    class: 'unknown_reply',
    probes: 'a person\'s training subsidy with the institution\'s system status "不清楚": no verdict, never a figure',
    periodEnd: true,
    turns: [
      { user: '我在郑州打工 户口在周口 考了个电工证 能领培训补贴不', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } } },
      { user: '培训机构进没进那个系统 不清楚', expect: { noAmount: 'unfixed', undecided: 'vocational_training' } },
      { user: '问了 进了系统 俺没有退休金 今年头一回 以前也没考过电工', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } } },
    ],
  },
  // ------------------------------------------------------------ correction
  {
    id: 'v115d29',
    class: 'correction',
    probes: 'months of 以工代训 corrected from six to three; then who receives the money',
    periodEnd: true,
    turns: [
      { user: '扶贫车间招了建档立卡的五个 都干了七个月 以工代训六个月 岗前补贴没领', expect: pay(6000) },
      { user: '哎说错了 以工代训是三个月 不是六个月', expect: pay(3000) },
      { user: '这钱是给车间还是给贫困户本人', expect: { says: [/车间|生产经营主体/] } },
    ],
  },
  {
    id: 'v115d30',
    class: 'correction',
    probes: 'insurance withdrawn after an amount; then the same people turn out to be poor labour employed 8 months',
    periodEnd: true,
    turns: [
      { user: '公司参保 招的残疾人三个 以工代训四个月 岗前补贴没领', expect: pay(2400) },
      { user: '等下 社保那个我搞错了 公司去年就停缴了', expect: notYes(2400) },
      {
        user: '对了 这仨残疾人 其实都是建档立卡贫困户 在公司干了八个月了',
        expect: { oneOf: [pay(2400), { asks: true, noAmount: 'open' }] },
      },
    ],
  },
  {
    id: 'v115d31',
    class: 'correction',
    probes: 'a studio corrected to a base: the cap moves from 10 万 to 50 万; then where the money comes from',
    periodEnd: true,
    turns: [
      { user: '技能大师工作室 设备花了六十万 职工教育经费出的 验收合格 能补多少', expect: kit(100000) },
      { user: '不对不对 是高技能人才培训基地 不是工作室', expect: kit(120000) },
      { user: '这个补助是从啥资金里出', expect: { says: [/就业补助资金/] } },
    ],
  },
  {
    id: 'v115d32',
    class: 'correction',
    probes: 'the project total corrected from 40 万 to 24 万; the timing of the rest is not in the plan',
    periodEnd: true,
    turns: [
      { user: '项目制培训 补贴总额四十万 能先给多少', expect: advance(200000) },
      { user: '记错了 是二十四万', expect: advance(120000) },
      { user: '那另一半啥时候给', expect: { says: [HONEST_NOT_SETTLED] } },
    ],
  },
  {
    id: 'v115d33',
    class: 'correction',
    probes: 'the education fund corrected from 100 万 to 60 万; the deduction is not cash',
    periodEnd: true,
    turns: [
      { user: '工资薪金总额一千万 职工教育经费提了一百万 税前能扣多少', expect: deduct(800000) },
      { user: '改一下 提的是六十万', expect: deduct(600000) },
      { user: '这个能直接打到公司账上不 还是抵税用', expect: { says: [/税前|扣除/] } },
    ],
  },
  // ------------------------------------------------------------ topic_switch
  {
    id: 'v115d34',
    class: 'topic_switch',
    probes: 'competitions → competition training award → a 以工代训 case → back to a winner\'s reward',
    periodEnd: true,
    turns: [
      { user: '郑州那个百万职工技能比武 是每年都搞吗', expect: { answered: true, cites: ['三(十五)'] } },
      { user: '那我们厂组织工人备战技能竞赛 搞专项培训 有奖补没', expect: unfixed('competition_training_award', '三(十五)') },
      { user: '顺便问下 厂里贫困户两人 干了八个月 以工代训五个月 岗前补贴没领 能补多少', expect: pay(2000) },
      { user: '要是工人比武拿了奖 个人有啥奖励', expect: { cites: ['五(三)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v115d35',
    class: 'topic_switch',
    probes: 'training materials → front-line share of the fund → the materials amount, which the plan does not set',
    periodEnd: true,
    turns: [
      { user: '我们公司自己编了一套焊工培训教材 政府有经费支持不', expect: unfixed('training_materials_support', '六(二)', '五(二)') },
      { user: '另外问下 职工教育经费用在一线职工身上得占多少', expect: { cites: ['六(二)'], says: [/60\s*%|百分之六十|六成/] } },
      { user: '那编教材的经费支持 有标准没 能给多少', expect: unsettled },
    ],
  },
  {
    id: 'v115d36',
    class: 'topic_switch',
    probes: 'a poor family: the child at a 技工学校 → the parent\'s own free training → the child\'s tuition',
    periodEnd: true,
    turns: [
      { user: '闺女在技工学校上学 俺家是建档立卡户 有啥补助', expect: { cites: ['三(三)'], noAmount: 'unfixed' } },
      { user: '俺自己也想学个手艺 学电焊 要交钱不', expect: { cites: ['三(三)'], says: [/免费/] } },
      { user: '闺女那学费 能免不', expect: { cites: ['三(三)'], says: [/免学费/] } },
    ],
  },
  {
    id: 'v115d37',
    class: 'topic_switch',
    probes: 'a co-built training centre → the project advance of 12 万 → an enterprise-run school',
    periodEnd: true,
    turns: [
      { user: '企业跟职业院校共建实训中心 政策上支持不', expect: { answered: true, cites: ['四(一)'] } },
      { user: '换个事 项目制培训补贴总共十二万 能先拨多少', expect: advance(60000) },
      {
        user: '还有 我们企业还参与举办了一所郑州的职业院校 学校能拿啥支持',
        expect: { ...unfixed('enterprise_school_support', '四(一)'), says: [/毕业生就业人数|培训实训人数/] },
      },
    ],
  },
  {
    id: 'v115d38',
    class: 'topic_switch',
    probes: 'World Skills training bases → weather (outside) → a school\'s prize-winning student',
    periodEnd: true,
    turns: [
      { user: '世赛集训基地建设 郑州有支持没', expect: { answered: true, cites: ['三(十五)'] } },
      { user: '对了 恁那边今儿个郑州下雨没 俺要去送货', expect: { answered: false } },
      { user: '我们院校的学生拿了省赛一等奖 有奖励没', expect: unfixed('competition_winner_award', '五(三)') },
    ],
  },
  // ------------------------------------------------------------ person_training
  {
    id: 'v115d39',
    class: 'person_training',
    probes: 'a migrant worker meets the listed conditions: no denial, and no per-person figure (typo 补帖)',
    periodEnd: true,
    turns: [
      {
        user: '我在郑州上班 户口驻马店 在常住地这边学了育婴员 证拿到了 今年头一回 也没领养老金 机构说进了省里系统 培训补帖能补多少',
        expect: unfixed('vocational_training', '七(二)', '六(一)', '六(三)'),
      },
    ],
  },
  {
    id: 'v115d40',
    class: 'person_training',
    probes: 'a father drawing a monthly pension is outside the training-subsidy scope',
    periodEnd: true,
    turns: [
      {
        user: '俺爹六十五了 每月拿着退休金 想去学个中式面点 能享受培训补贴不',
        expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['六(一)', '七(二)'], noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v115d41',
    class: 'person_training',
    probes: 'three subsidies already this year: no fourth',
    periodEnd: true,
    turns: [
      {
        user: '今年都领了三回培训补贴了 还想再考个中级工 还能补不',
        expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['七(二)'], noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v115d42',
    class: 'person_training',
    probes: 'the same occupation at the same level twice: not again',
    periodEnd: true,
    turns: [
      {
        user: '俺去年考电工初级领过补贴 今年又考了一回电工初级 证也拿了 还给补吗',
        expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['七(二)'], noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v115d43',
    class: 'person_training',
    probes: 'a prize winner of the city competition asks for prize money: 五(三), no figure',
    periodEnd: true,
    turns: [
      { user: '俺在市里职业技能竞赛拿了个二等奖 有没有奖金 给多少', expect: { ...unfixed('competition_winner_award', '五(三)'), says: [HONEST_NOT_SETTLED] } },
    ],
  },
  {
    id: 'v115d44',
    class: 'person_training',
    probes: '"证还没考": the certificate is a condition, so no yes yet; then the remaining conditions',
    periodEnd: true,
    turns: [
      { user: '俺是残疾人 想学盲人按摩 培训补贴能领不', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } } },
      { user: '按摩那个证嘛 还没考 得等下个月统考', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' } } },
      { user: '那等证考下来以后 还得满足啥条件', expect: { cites: ['七(二)', '六(三)'], noAmount: 'unfixed' } },
    ],
  },
  // ------------------------------------------------------------ entrepreneurship
  {
    id: 'v115d45',
    class: 'entrepreneurship',
    probes: 'a shop open two years (≤ 5): creation training open to him, no figure',
    periodEnd: true,
    turns: [
      { user: '俺在二七区开了个小超市 两年了 想参加个创业培训 学学经营 中不', expect: unfixed('entrepreneurship_training', '三(八)') },
    ],
  },
  {
    id: 'v115d46',
    class: 'entrepreneurship',
    probes: 'a 技工院校 student: 创业意识 training for students',
    periodEnd: true,
    turns: [{ user: '我是技校在校生 能参加创业培训不', expect: unfixed('entrepreneurship_training', '三(八)') }],
  },
  {
    id: 'v115d47',
    class: 'entrepreneurship',
    probes: 'a business open seven or eight years is over five; a new venture wish then opens the training',
    periodEnd: true,
    turns: [
      { user: '我有个小公司 开了七八年了 能参加创业培训不', expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'] } },
      { user: '其实俺想另起炉灶 再开个新店 干别的', expect: unfixed('entrepreneurship_training', '三(八)') },
      { user: '培训要交钱不 给补多少', expect: { noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v115d48',
    class: 'entrepreneurship',
    probes: 'a cousin, a college graduate wanting a tea shop: eligible, but the plan sets no sum',
    periodEnd: true,
    turns: [
      { user: '表妹大专毕业在家待着 想自己开个奶茶店 创业培训能参加不 能补多少钱', expect: { ...unfixed('entrepreneurship_training', '三(八)'), says: [HONEST_NOT_SETTLED] } },
    ],
  },
  {
    id: 'v115d49',
    class: 'entrepreneurship',
    probes: 'the hotline relays a one-year workshop owner asking about creation training and a 开业补贴 the plan lacks',
    periodEnd: true,
    turns: [
      { user: '热线这边 来电人开了个小作坊 刚开一年 问创业培训和开业补贴 俩都能拿不', expect: { cites: ['三(八)'], noAmount: 'unfixed' } },
    ],
  },
  // ------------------------------------------------------------ equipment
  {
    id: 'v115d50',
    class: 'equipment',
    probes: 'a base at 300 万: 20 % is 60 万, capped at 50 万',
    periodEnd: true,
    turns: [
      {
        user: '高技能人才培训基地新购实训设备三百万 全是职工教育经费出的 人社财政验收合格了 补多少',
        expect: kit(500000),
      },
    ],
  },
  {
    id: 'v115d51',
    class: 'equipment',
    probes: 'two master studios, each under its own cap: 6 万 + 10 万',
    periodEnd: true,
    turns: [
      {
        user: '俺们有两个技能大师工作室 一个买设备30万 一个买了80万 都是教育经费出的 都验收了 一共补多少',
        expect: kit(160000, '220000', '22万'),
      },
    ],
  },
  {
    id: 'v115d52',
    class: 'equipment',
    probes: 'equipment bought with the company\'s own money, not the education fund: no subsidy',
    periodEnd: true,
    turns: [
      {
        user: '设备是公司自有资金买的 不是职工教育经费 技能大师工作室用 四十万 验收过了 能补不',
        expect: noKit('80000', '8万'),
      },
    ],
  },
  {
    id: 'v115d53',
    class: 'equipment',
    probes: 'the rule first, then "验收 还没": no figure; then who accepts',
    periodEnd: true,
    turns: [
      { user: '工作室买设备的补贴 咋算的', expect: { cites: ['四(一)'], says: [/20\s*%|百分之二十|两成/] } },
      { user: '我们买了二十五万的 职工教育经费 验收 还没', expect: noKit('50000', '5万') },
      { user: '验收找人社还是财政', expect: contact },
    ],
  },
  {
    id: 'v115d54',
    class: 'equipment',
    probes: 'a rule question, the base case (150 万 → 30 万), then whether it still runs',
    periodEnd: true,
    turns: [
      { user: '买了实训设备 能补两成是吧', expect: { cites: ['四(一)'] } },
      { user: '高技能人才培训基地的 一百五十万 教育经费出的 验收通过了', expect: kit(300000) },
      { user: '那这政策现在还有效不', expect: ended },
    ],
  },
  // ------------------------------------------------------------ education_fund
  {
    id: 'v115d55',
    class: 'education_fund',
    probes: 'the fund exceeds 8 % of payroll: the deduction stops at 24 万',
    periodEnd: true,
    turns: [
      {
        user: '工资薪金总额三百万 职工教育经费提了三十万 一线职工培训用了七成 税前能扣多少',
        expect: deduct(240000),
      },
    ],
  },
  {
    id: 'v115d56',
    class: 'education_fund',
    probes: 'front-line share of 40 %: the plan asks for 60 % or more',
    turns: [
      { user: '职工教育经费 一线职工只用了四成 有事没', expect: { cites: ['六(二)'], says: [/60\s*%|百分之六十|六成/] } },
    ],
  },
  {
    id: 'v115d57',
    class: 'education_fund',
    probes: 'the fund under 8 %: the whole 12 万 is deductible',
    periodEnd: true,
    turns: [{ user: '俺们工资总额二百万 教育经费提了十二万 税前扣除能扣多少', expect: deduct(120000) }],
  },
  {
    id: 'v115d58',
    class: 'education_fund',
    probes: '师带徒 from the fund, the 8 % rate, then the case 1 200 万 / 110 万',
    periodEnd: true,
    turns: [
      { user: '职工教育经费 师带徒的津贴能从里面出不', expect: { cites: ['六(二)'] } },
      { user: '那税前扣除比例是多少', expect: { says: [/8\s*%|百分之八/] } },
      { user: '去年工资总额一千二百万 提了一百一十万', expect: deduct(960000) },
    ],
  },
  {
    id: 'v115d59',
    class: 'education_fund',
    probes: '"能领钱吗": the deduction is pre-tax, not a payment',
    periodEnd: true,
    turns: [
      { user: '教育经费那个税前扣除 是能领钱吗 工资总额四百万 提了二十万', expect: deduct(200000) },
    ],
  },
  // ------------------------------------------------------------ period
  {
    id: 'v115d60',
    class: 'period',
    probes: 'asked in 2026 whether 以工代训 can still be applied for',
    periodEnd: true,
    turns: [{ user: '以工代训补贴现在还能申请吗 今年都2026了', expect: { ...ended, noAmount: 'open' } }],
  },
  {
    id: 'v115d61',
    class: 'period',
    probes: 'when the apprenticeship support expired',
    periodEnd: true,
    turns: [{ user: '学徒制那个补贴政策 啥时候到期的', expect: ended }],
  },
  {
    id: 'v115d62',
    class: 'period',
    probes: 'the year and number of the plan, whether it still holds, and a successor policy the corpus lacks',
    periodEnd: true,
    turns: [
      { user: '这个郑州职业技能提升行动方案是哪年出的 文号多少', expect: { says: [/2019/] } },
      { user: '那现在还管用不', expect: ended },
      { user: '那后来有没有接着的新政策', expect: { oneOf: [{ answered: false }, contact] } },
    ],
  },
  {
    id: 'v115d63',
    class: 'period',
    probes: 'last year\'s competition training under this plan: ended, and no figure',
    periodEnd: true,
    turns: [{ user: '俺们去年办了技能竞赛专项培训 还能按这个方案拿奖补不', expect: { ...ended, noAmount: 'unfixed' } }],
  },
  {
    id: 'v115d64',
    class: 'period',
    probes: 'hires since 2021-11 asked about now: the plan ended; the amount or a question',
    periodEnd: true,
    turns: [
      {
        user: '我们厂2021年11月招的贫困户两个 一直干到现在 以工代训六个月 岗前补贴没领 还能按这文件补吗',
        expect: { ...ended, oneOf: [pay(2400), { asks: true, noAmount: 'open' }] },
      },
    ],
  },
  // ------------------------------------------------------------ more of the theme
  {
    id: 'v115d65',
    class: 'negation_after_noun',
    probes: 'an enterprise-run school, the support "一直没申请过": 四(一), no figure',
    periodEnd: true,
    turns: [
      {
        user: '咱企业办的职业学校就在郑州 去年毕业生就业了两百多 学校那个资金支持 一直没申请过 能申不',
        expect: unfixed('enterprise_school_support', '四(一)'),
      },
    ],
  },
  {
    id: 'v115d66',
    class: 'unknown_reply',
    probes: 'a school that admits poor students does not know how many: no figure, no denial; per-student sum not set',
    periodEnd: true,
    turns: [
      { user: '我们职业院校招了建档立卡贫困户家的学生 学校这边能拿补助不', expect: unfixed('school_poor_student_aid', '三(十四)') },
      { user: '招了多少个 我也说不清 得问招生办', expect: { noAmount: 'unfixed', notVerdict: { rule: 'school_poor_student_aid', status: 'ineligible' } } },
      { user: '那这补助按人头给吗 一个学生多少', expect: unsettled },
    ],
  },
  {
    id: 'v115d67',
    class: 'topic_switch',
    probes: 'an association on government-bought materials development, then a member firm\'s poor hires, then the end',
    periodEnd: true,
    turns: [
      { user: '政府买服务开发培训教材和题库 我们行业协会能参与不', expect: { answered: true, cites: ['五(二)'] } },
      { user: '那俺们协会的一家会员企业 招的贫困劳动力三个 干了一年 以工代训四个月 岗前补贴没领 能补多少', expect: pay(2400) },
      { user: '这些现在报还来得及不', expect: ended },
    ],
  },
  {
    id: 'v115d68',
    class: 'correction',
    probes: 'a school corrected to an enterprise training centre: competition training award still open to it; then a trainee\'s prize',
    periodEnd: true,
    turns: [
      { user: '我们学校搞技能竞赛备赛集训 有奖补吗', expect: unfixed('competition_training_award', '三(十五)') },
      { user: '说错了 我们不是学校 是企业的职工培训中心', expect: unfixed('competition_training_award', '三(十五)') },
      { user: '培训中心的学员要是拿了市赛名次 个人有啥', expect: { cites: ['五(三)'], noAmount: 'unfixed' } },
    ],
  },
];
