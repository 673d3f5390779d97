/**
 * HELD-OUT dialogues, set v131 — written BLIND from the policy text (policy-corpus/zz-2019-63.md)
 * and the contracts (shared/spec/eligibility.md, api.md) only: never from the service's output,
 * the code under src/, other held-out sets or the dev sets under test/. Only the format of v101
 * (its first lines) was looked at; no message was taken from it. Not to be tuned on: no word of
 * these messages goes into a glossary, pattern or fixture; once a dialogue has been fixed by a
 * targeted change it measures nothing any more — write a new one instead.
 *
 * Theme: enterprises and institutions on the rules OTHER than the basic 以工代训 case.
 * Who types here: 设备科 and 培训科 staff, HR and 财务/会计 of Zhengzhou machine works, a bakery
 * chain, a logistics park, a 技工学校 that runs a 技能大师工作室 with a firm, cooperative and 扶贫车间
 * managers — on WeChat, fast, few stops, typos and homophones (验手, 教育经废, 设bei), 俺/咱/啥/中不中,
 * digits and Chinese numerals mixed, 俩/仨, amounts in 万/千 and percentages ("七成", "2.5%",
 * "一半"). They talk about training equipment at one or several sites (a base and a studio; bought
 * in batches; partly from the 职工教育经费, partly from own money or a loan; 验收 done, not yet,
 * or not known), the education-fund deduction (工资总额, 提取比例, the 60 % front-line share, 师带徒
 * 津贴), 企业新型学徒制, a school co-run with a firm, competitions and awards, training materials,
 * 项目制 training paid in advance. Negations come late ("设备买了 验收还没"), facts are hedged
 * ("好像", "应该是", "会计说"), answered "不知道", or corrected two turns later.
 *
 * Nothing is inferred from silence (issue 10): an amount is expected only once every fact it depends
 * on has been said. "不知道/不清楚" leaves a fact open; ranges ("四十来万", "五六个") settle nothing;
 * a "好像/应该是" lets the answer either ask to confirm or answer (oneOf). Today is 2026: every
 * conversation about what someone can get must at some point say the plan ran 2019-12-02 to
 * 2021-12-31 and has ended (periodEnd).
 *
 * Amounts, computed by hand from the contract and checked against the text (twice):
 * - Equipment (四(一)): per site min(20 % × value bought from the 职工教育经费, 500 000 for a
 *   高技能人才培训基地 / 100 000 for a 技能大师工作室), only after 人社 and 财政 验收合格; batches of one
 *   site share its cap; money from a loan, shareholders or own funds does not count.
 *     d01 base 180万 → 360 000 · d02 studio 35.8万 → 71 600 + base 260万 → 520 000 capped to
 *     500 000 = 571 600 (591 600 uncapped) · d03 base 150万 of which 90万 fund → 180 000 (not 300 000)
 *     · d05 studio 42万 → 84 000 · d06 studio 20+25+30万 → 150 000 capped 100 000 · d08 studio 30万
 *     → 60 000 + base 100万 → 200 000, studio B not accepted → 260 000 (350 000 with B) · d34 studio
 *     45万 → 90 000 · d37 base 120万, half fund → 120 000 · d39 studio 35万 → 70 000, corrected 32万
 *     → 64 000 · d42 base 60万 → 120 000, corrected to a studio → 100 000 · d43 base 90万 → 180 000,
 *     corrected 50万 fund → 100 000 · d45 base 75万 → 150 000 · d48 studio 50万 → 100 000.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash:
 *     1200万/60万 → 600 000 · 800万×2.5 %=20万 → 200 000 · 500万/50万 → 400 000 (cap 40万)
 *     · 2950万/36万 → 360 000 · 600万/60万 → 480 000, corrected 700万 → 560 000
 *     · 450万×6 %=27万 → 270 000 · 2000万×8 %=160万 → 1 600 000 · 1000万/40万 → 400 000
 * - 以工代训 (六(一)): Σ count × 200 × min(months, 6); poor labour employed ≥ 6 months by a production
 *   entity; 就业困难 (incl. 残疾人) and 零就业家庭 only by an insured enterprise; 退役军人 and 农村转移
 *   就业劳动者 are no group of it; a row whose 岗前培训补贴 was claimed never counts.
 * - 项目制 training (六(一)): 50 % of the project's training subsidy in advance: 16万 → 80 000,
 *   9万 → 45 000.
 * - Apprenticeship ("按照相关规定"), school support ("一定资金支持"), competition training ("一定资金
 *   奖补"), prize winners ("按规定落实"), training materials ("经费支持"), 生活费补贴, per-occupation
 *   training subsidy, 创业培训, free training, age limits, timing: the plan fixes no amount.
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const ask: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact was answered "不知道": no figure, no verdict. */
const dunno: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount, without the figures a misreading would give. */
const pay = (yuan: number, ...wrong: number[]): TurnExpect => ({
  amount: { rule: 'on_job_training', yuan },
  ...(wrong.length ? { mustNotContain: wrong.map(String) } : {}),
});
/** Not eligible for 以工代训 on these facts; the misreading's figure absent. */
const notYes = (...wrong: number[]): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: wrong.map(String) });
/** In the plan's field, its text fixes nothing: say so, no figure, cite the clause. */
const unsettled = (...clauses: string[]): TurnExpect => ({ says: [HONEST_NOT_SETTLED], noAmount: 'unfixed', ...(clauses.length ? { cites: clauses } : {}) });
/** The equipment subsidy, without the figures a misreading would give. */
const kit = (yuan: number, ...wrong: string[]): TurnExpect => ({
  amount: { rule: 'equipment_subsidy', yuan },
  ...(wrong.length ? { mustNotContain: wrong } : {}),
});
/** An equipment fact is open: ask, no verdict, not the figure the open fact would give. */
const kitOpen = (...wrong: string[]): TurnExpect => ({ asks: true, undecided: 'equipment_subsidy', ...(wrong.length ? { mustNotContain: wrong } : {}) });
/** Equipment not (yet) accepted by 人社 and 财政: no 'eligible', say 验收, no figure. */
const notAccepted = (...wrong: string[]): TurnExpect => ({ notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, says: [/验收/], mustNotContain: wrong });
/** Equipment not bought from the 职工教育经费: no 'eligible', name the fund, no figure. */
const notFromFund = (...wrong: string[]): TurnExpect => ({ notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, says: [/教育经费/], mustNotContain: wrong });
/** The education-fund deduction: a pre-tax deduction, never money to collect. */
const deduct = (yuan: number, ...wrong: string[]): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  ...(wrong.length ? { mustNotContain: wrong } : {}),
});
/** An education-fund fact is open: ask, no verdict. */
const fundOpen = (...wrong: string[]): TurnExpect => ({ asks: true, undecided: 'education_fund_deduction', ...(wrong.length ? { mustNotContain: wrong } : {}) });
/** The 60 % front-line share of the fund is named. */
const frontline: TurnExpect = { says: [/60\s*%|百分之六十|六成/], cites: ['六(二)'] };
/** The 项目制 advance (50 %). */
const advance = (yuan: number): TurnExpect => ({ amount: { rule: 'project_training_advance', yuan } });
/** A contact question: the answer names a unit or the hotline. */
const contact: TurnExpect = { says: [/人社|人力资源|财政|人民政府|12333|热线/] };
/** The answer says the plan has ended. */
const ended: TurnExpect = { mentionsPeriodEnd: true };
/** Outside the plan. */
const outside: TurnExpect = { answered: false };

export const DIALOGUES_V131: Dialogue[] = [
  // ------------------------------------------------------------------ equipment
  {
    id: 'v131d01',
    class: 'equipment',
    probes: 'base equipment: the fund and the 验收 come one turn each; no figure until both are said',
    periodEnd: true,
    turns: [
      { user: '老师问下 俺们公司前两年弄了个高技能人才培训基地 实训设bei花了180万 这个能补多少', expect: kitOpen('360000', '36万') },
      { user: '钱是从职工教育经费里走的 会计说的', expect: kitOpen('360000', '36万') },
      { user: '验收 人社局财政局一块来的 合格了', expect: kit(360000) },
    ],
  },
  {
    id: 'v131d02',
    class: 'equipment',
    probes: 'a studio under its cap and a base over its cap, each capped on its own',
    periodEnd: true,
    turns: [
      {
        user: '俺们有俩点 一个技能大师工作室设备35万8千 一个高技能人才培训基地设备260万 都是职工教育经费买的 俩都验收合格了 一共能补多少',
        expect: kit(571600, '591600', '59.16万'),
      },
      { user: '工作室那个单拎出来是多少', expect: { says: [/71600|7\.16\s*万/] } },
    ],
  },
  {
    id: 'v131d03',
    class: 'equipment',
    probes: 'part of the purchase from own money: only the fund part counts; acceptance said a turn later',
    periodEnd: true,
    turns: [
      { user: '培训基地设备总共买了150万 其中90万是职工教育经费出的 剩下60万公司自有资金', expect: kitOpen('300000', '30万', '180000', '18万') },
      { user: '验收合格了 人社财政联合验的', expect: kit(180000, '300000', '30万') },
    ],
  },
  {
    id: 'v131d04',
    class: 'equipment',
    probes: 'a hedged share ("大概七成") and 验收 not yet done: no figure, then whom to ask',
    periodEnd: true,
    turns: [
      { user: '技能大师工作室新添的设备一共60万 大概七成是教育经费出的 不过验收还没弄', expect: notAccepted('84000', '8.4万', '120000', '12万') },
      { user: '验收下礼拜才来 那验完以后找哪个部门申请', expect: contact },
    ],
  },
  {
    id: 'v131d05',
    class: 'equipment',
    probes: 'the "应该是" on the acceptance: ask to confirm or answer; a confirmation settles it',
    periodEnd: true,
    turns: [
      {
        user: '大师工作室 买了42万的设备 全部教育经费列支 验收应该是过了吧 老板说的',
        expect: { oneOf: [kit(84000), { asks: true, undecided: 'equipment_subsidy', mustNotContain: ['84000', '8.4万'] }] },
      },
      { user: '我翻到验收意见书了 人社和财政都盖章合格', expect: kit(84000) },
    ],
  },
  {
    id: 'v131d06',
    class: 'equipment',
    probes: 'three batches for one studio share the one 10万 cap (splitting never raises it)',
    periodEnd: true,
    turns: [
      { user: '工作室分三批买的设备 20万 25万 30万 都走的职工教育经费 都验手合格了', expect: kit(100000, '150000', '15万') },
      { user: '分三次报的话是不是能每次单独算', expect: { says: [/10\s*万|100000|上限|最高/], mustNotContain: ['150000', '15万'] } },
    ],
  },
  {
    id: 'v131d07',
    class: 'equipment',
    probes: 'a "实训室" of unknown kind and "四十来万": nothing settled, ask what it is',
    periodEnd: true,
    turns: [
      { user: '厂里搞了个实训室 设备买了四十来万 能补不', expect: kitOpen('80000', '8万') },
      { user: '算是挂牌的技能大师工作室 教育经费买的 验收还没约', expect: notAccepted('80000', '8万') },
    ],
  },
  {
    id: 'v131d08',
    class: 'equipment',
    probes: 'two studios and one base, one studio not accepted: only the accepted sites count',
    periodEnd: true,
    turns: [
      {
        user: '集团下面 A工作室设备30万 B工作室设备45万 还有个培训基地设备100万 全是职工教育经费买的 A和基地验收过了 B那个还没验',
        expect: kit(260000, '350000', '35万'),
      },
      { user: 'B那个等验完了 是不是再报', expect: { says: [/验收/] } },
    ],
  },
  // ------------------------------------------------------------------ education fund
  {
    id: 'v131d09',
    class: 'education_fund',
    probes: 'fund under the 8 % cap: the fund is deducted in full, as a pre-tax deduction, not cash',
    periodEnd: true,
    turns: [
      { user: '我们公司一年工资薪金总额1200万 职工教育经费提了60万 税前能扣多少', expect: deduct(600000) },
      { user: '那这个钱 是政府直接打到公司账上的吗', expect: { says: [/税前|扣除/] } },
    ],
  },
  {
    id: 'v131d10',
    class: 'education_fund',
    probes: 'fund given as a 提取比例 of the payroll; then a front-line share under 60 %',
    periodEnd: true,
    turns: [
      { user: '工资总额800万 教育经废按2.5%提的 能扣多少', expect: deduct(200000) },
      { user: '其中花在一线工人培训上的 差不多一半', expect: frontline },
    ],
  },
  {
    id: 'v131d11',
    class: 'education_fund',
    probes: 'fund over the cap: the deduction is 8 % of the payroll; carrying the excess forward is tax law',
    periodEnd: true,
    turns: [
      { user: '工资薪金总额500万 职工教育经费今年提了50万 都能税前扣掉不', expect: deduct(400000) },
      { user: '超出去的那部分能结转到明年再扣吗', expect: { oneOf: [outside, { says: [HONEST_NOT_SETTLED] }] } },
    ],
  },
  {
    id: 'v131d12',
    class: 'education_fund',
    probes: 'hedged payroll and rate ("应该是", "好像"): confirm or answer; then 师带徒 from the fund',
    periodEnd: true,
    turns: [
      {
        user: '会计说工资薪金总额应该是2000万 教育经费好像是按8%提的',
        expect: { oneOf: [deduct(1600000), { asks: true, undecided: 'education_fund_deduction' }] },
      },
      { user: '确认了 就是2000万 提的8%整', expect: deduct(1600000) },
      { user: '师傅带徒弟给的津贴 从这笔钱里出中不中', expect: { says: [/师带徒|带徒/], cites: ['六(二)'] } },
    ],
  },
  {
    id: 'v131d13',
    class: 'education_fund',
    probes: 'payroll said, fund not: ask for the fund, no deduction figure',
    periodEnd: true,
    turns: [
      { user: '职工教育经费税前扣除是咋算的 俺们工资总额一年1500万', expect: fundOpen() },
      { user: '提了 95万', expect: deduct(950000) },
    ],
  },
  {
    id: 'v131d14',
    class: 'education_fund',
    probes: 'front-line share said as "不到四成": the 60 % requirement is named; deduction unaffected',
    periodEnd: true,
    turns: [
      { user: '教育经费提了28万 工资总额700万', expect: deduct(280000) },
      { user: '这28万 用在一线职工身上的 不到四成 有问题没', expect: frontline },
    ],
  },
  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v131d15',
    class: 'apprenticeship',
    probes: 'apprenticeship per head: "按照相关规定", no figure, even when asked twice',
    periodEnd: true,
    turns: [
      { user: '企业新型学徒制 俺们招了25个学徒 一人一年补多少钱', expect: unsettled('四(一)') },
      { user: '听说外地一个学徒补好几千 咱郑州这个方案里写死了没', expect: unsettled() },
    ],
  },
  {
    id: 'v131d16',
    class: 'apprenticeship',
    probes: 'apprentices, of whom some are poor labour with every 以工代训 fact: only those count',
    periodEnd: true,
    turns: [
      { user: '我们机械厂搞新型学徒 招了10个 学徒补贴咋给', expect: unsettled('四(一)') },
      { user: '这10个里头有3个是建档立卡贫困户 进厂7个月了 以工代训做了4个月 岗前培训补贴没领过', expect: pay(2400, 8000) },
    ],
  },
  {
    id: 'v131d17',
    class: 'apprenticeship',
    probes: 'age limit of apprentices and 现代学徒制: the plan sets neither',
    periodEnd: true,
    turns: [
      { user: '新型学徒 年龄有没有卡 40多岁的老员工能算学徒不', expect: unsettled() },
      { user: '那现代学徒制跟企业新型学徒制 补贴标准一样不', expect: unsettled() },
    ],
  },
  {
    id: 'v131d18',
    class: 'apprenticeship',
    probes: 'the three-year apprentice target is stated; the money is not',
    periodEnd: true,
    turns: [
      { user: '郑州这个方案 新型学徒计划培养多少人', expect: { says: [/2\s*万|两万|20000/], cites: ['四(一)'] } },
      { user: '俺们报了15个进去 资金补贴能到手多少', expect: unsettled('四(一)') },
    ],
  },
  {
    id: 'v131d19',
    class: 'apprenticeship',
    probes: 'apprenticeship then the 师带徒 allowance: the fund may pay it, no figure',
    periodEnd: true,
    turns: [
      { user: '学徒的师傅 有没有带徒津贴 一个月给多少', expect: { ...unsettled('六(二)'), says: [HONEST_NOT_SETTLED, /带徒/] } },
      { user: '学徒本人呢 有生活费补贴不 一天多少', expect: unsettled() },
    ],
  },
  // ------------------------------------------------------------------ one group (以工代训)
  {
    id: 'v131d20',
    class: 'one_group',
    probes: 'poor labour, facts arrive one turn at a time; the 岗前 question last',
    periodEnd: true,
    turns: [
      { user: '俺们厂吸纳了4个建档立卡的贫困劳动力', expect: ask },
      { user: '都干了10个月了 以工代训搞了5个月', expect: ask },
      { user: '那个岗前技能培训补贴 俺们一直没申请过', expect: pay(4000) },
    ],
  },
  {
    id: 'v131d21',
    class: 'one_group',
    probes: 'a cooperative and poor labour: eligible; months of 以工代训 capped at 6',
    periodEnd: true,
    turns: [
      { user: '我们是农民专业合作社 收了俩贫困劳动力 在社里干了一年多了', expect: ask },
      { user: '以工代训弄了8个月 岗前补贴没拿', expect: pay(2400, 3200) },
    ],
  },
  {
    id: 'v131d22',
    class: 'one_group',
    probes: 'disabled hires count as 就业困难人员 for an insured enterprise',
    periodEnd: true,
    turns: [
      { user: '公司招了仨残疾人 能有以工代训补贴不', expect: ask },
      { user: '社保都交着呢 以工代训俩月 岗前培训那个没领过', expect: pay(1200) },
    ],
  },
  {
    id: 'v131d23',
    class: 'one_group',
    probes: 'a 扶贫车间 with poor labour: months employed given, then months of 以工代训',
    periodEnd: true,
    turns: [
      { user: '扶贫车间 贫困劳动力5个 都干满10个月了', expect: ask },
      { user: '以工代训搞了六个月 岗前补贴木有领过', expect: pay(6000) },
    ],
  },
  // ------------------------------------------------------------------ several groups
  {
    id: 'v131d24',
    class: 'several_groups',
    probes: 'three groups in one message; veterans do not count; the 零就业 row capped at 6',
    periodEnd: true,
    turns: [
      {
        user: '参保企业 招了就业困难人员3个以工代训4个月 零就业家庭1个以工代训7个月 退役军人2个以工代训3个月 岗前培训补贴都没领',
        expect: pay(3600, 4800, 3800),
      },
    ],
  },
  {
    id: 'v131d25',
    class: 'several_groups',
    probes: 'a cooperative: poor labour counts, 就业困难人员 do not (a cooperative is no insured enterprise)',
    periodEnd: true,
    turns: [
      { user: '合作社 贫困劳动力5个干了8个月 以工代训6个月 另外就业困难人员2个 以工代训也是6个月', expect: { noAmount: 'open', asks: true } },
      { user: '忘说了 这七个人的岗前补贴一个都没领', expect: pay(6000, 8400) },
    ],
  },
  {
    id: 'v131d26',
    class: 'several_groups',
    probes: 'poor labour employed only 4 months drops out; the 就业困难 row stays',
    periodEnd: true,
    turns: [
      {
        user: '俺公司交社保的 去年招了贫困户俩人 才干4个月 以工代训4个月 就业困难人员仨 以工代训3个月 岗前的补贴都没拿过',
        expect: pay(1800, 3400),
      },
      { user: '那俩贫困户再干俩月是不是就够了', expect: { says: [/6\s*个月|六个月|半年/] } },
    ],
  },
  {
    id: 'v131d27',
    class: 'several_groups',
    probes: '农村转移就业劳动者 are no group of 以工代训; a "好像" on the months is confirmed later',
    periodEnd: true,
    turns: [
      {
        user: '公司招了农村转移就业的12个 还有建档立卡的3个 贫困那仨干了一年了 以工代训好像是3个月 岗前补贴都没领',
        expect: { oneOf: [pay(1800, 9000), { ...ask, mustNotContain: ['9000'] }] },
      },
      { user: '查了台账 确实3个月', expect: pay(1800, 9000) },
    ],
  },
  // ------------------------------------------------------------------ negation after the noun
  {
    id: 'v131d28',
    class: 'negation_after_noun',
    probes: '"验收 还没" at the very end of the equipment message',
    periodEnd: true,
    turns: [{ user: '工作室设备买了38万 教育经费出的 验收 还没', expect: notAccepted('76000', '7.6万') }],
  },
  {
    id: 'v131d29',
    class: 'negation_after_noun',
    probes: '"岗前培训补贴 已经领过了" after every other fact: no 以工代训',
    periodEnd: true,
    turns: [
      { user: '贫困劳动力6个 在我们厂干了9个月 以工代训6个月 不过岗前培训补贴 已经领过了', expect: notYes(7200) },
      { user: '那俩补贴只能选一个？', expect: { says: [/重复|不得|只能/], cites: ['六(一)'] } },
    ],
  },
  {
    id: 'v131d30',
    class: 'negation_after_noun',
    probes: '"公司社保 没给交": 就业困难人员 need an insured enterprise',
    periodEnd: true,
    turns: [{ user: '就业困难人员4个 以工代训3个月 岗前没领 公司社保 其实一直没给交', expect: notYes(2400) }],
  },
  {
    id: 'v131d31',
    class: 'negation_after_noun',
    probes: 'base equipment meant to be paid from the fund, but paid by shareholders in the end',
    periodEnd: true,
    turns: [
      { user: '基地设备200万 验收合格 本来打算用职工教育经费 最后 没用 是股东掏的', expect: notFromFund('400000', '40万') },
    ],
  },
  {
    id: 'v131d32',
    class: 'negation_after_noun',
    probes: 'poor labour "干了 不到半年": the six months are not reached',
    periodEnd: true,
    turns: [{ user: '建档立卡的招了5个 以工代训3个月 岗前没领 他们到现在干了 不到半年', expect: notYes(3000) }],
  },
  {
    id: 'v131d33',
    class: 'negation_after_noun',
    probes: 'education fund: the front-line share is negated at the end; deduction unaffected',
    periodEnd: true,
    turns: [
      { user: '教育经费提了40万 工资总额1000万 不过这40万里头 一线职工用的 连三成都不到', expect: { ...deduct(400000), cites: ['六(二)'] } },
      { user: '那这个不到六成 会影响税前扣除不', expect: { says: [/60\s*%|百分之六十|六成/] } },
    ],
  },
  // ------------------------------------------------------------------ unknown replies
  {
    id: 'v131d34',
    class: 'unknown_reply',
    probes: 'kind of site unknown ("不清楚"): no figure, no verdict',
    periodEnd: true,
    turns: [
      { user: '公司有个培训室 设备买了45万 想申请那个设备补助', expect: kitOpen('90000', '9万') },
      { user: '是基地还是工作室俺也不清楚 老板弄的', expect: { undecided: 'equipment_subsidy', mustNotContain: ['90000', '9万'] } },
      { user: '问了 挂的是技能大师工作室的牌 教育经费买的 验收合格', expect: kit(90000) },
    ],
  },
  {
    id: 'v131d35',
    class: 'unknown_reply',
    probes: 'insurance "真不知道" keeps 零就业 open; the answer later settles it',
    periodEnd: true,
    turns: [
      { user: '公司招了3个零就业家庭的 以工代训俩月 岗前培训补贴没领', expect: ask },
      { user: '交没交社保我真不知道 人事管的', expect: dunno },
      { user: '问过了 交着呢', expect: pay(1200) },
    ],
  },
  {
    id: 'v131d36',
    class: 'unknown_reply',
    probes: 'fund unknown for the deduction ("会计休假了"); payroll "左右" then exact',
    periodEnd: true,
    turns: [
      { user: '职工教育经费税前扣除 俺们工资总额3000万左右', expect: fundOpen() },
      { user: '提了多少我不清楚 会计休假了', expect: { undecided: 'education_fund_deduction', says: [/8\s*%|百分之八/] } },
      { user: '会计回我了 提了36万 工资总额准数是2950万', expect: deduct(360000) },
    ],
  },
  {
    id: 'v131d37',
    class: 'unknown_reply',
    probes: 'source of the money unknown, then "一半" from the fund',
    periodEnd: true,
    turns: [
      { user: '培训基地设备120万 验收过了', expect: kitOpen('240000', '24万') },
      { user: '钱从哪出的 不清楚 财务那边的事', expect: { undecided: 'equipment_subsidy', mustNotContain: ['240000', '24万'] } },
      { user: '财务说一半是职工教育经费 一半是自有资金', expect: kit(120000, '240000', '24万') },
    ],
  },
  {
    id: 'v131d38',
    class: 'unknown_reply',
    probes: 'months employed of poor labour "记不清": open until the 考勤 says 7',
    periodEnd: true,
    turns: [
      { user: '我们是扶贫车间 贫困户2个 以工代训4个月 岗前补贴没领', expect: ask },
      { user: '他们来了多久 记不清了 不知道', expect: dunno },
      { user: '查了考勤 来了7个月', expect: pay(1600) },
    ],
  },
  // ------------------------------------------------------------------ corrections
  {
    id: 'v131d39',
    class: 'correction',
    probes: 'equipment value corrected two turns later: 35万 → 32万',
    periodEnd: true,
    turns: [
      { user: '技能大师工作室 设备35万 全部教育经费 验收合格', expect: kit(70000) },
      { user: '这钱是一次性给还是分批给', expect: { says: [/一次性/] } },
      { user: '等会儿 我刚才说错了 设备是32万 不是35万', expect: kit(64000, '70000', '7万') },
    ],
  },
  {
    id: 'v131d40',
    class: 'correction',
    probes: 'payroll corrected two turns later: 600万 → 700万, fund over the cap both times',
    periodEnd: true,
    turns: [
      { user: '工资总额600万 教育经费提了60万', expect: deduct(480000) },
      { user: '一线培训占了七成多 这个符合要求吧', expect: frontline },
      { user: '不好意思 工资总额打错了 是700万', expect: deduct(560000, '480000', '48万') },
    ],
  },
  {
    id: 'v131d41',
    class: 'correction',
    probes: 'the count of poor labour corrected after a side question: 4 → 3',
    periodEnd: true,
    turns: [
      { user: '公司招了4个贫困劳动力 干了8个月 以工代训5个月 岗前补贴没领', expect: pay(4000) },
      { user: '这钱是给公司还是给他们个人', expect: { says: [/生产经营主体|企业|单位|公司/] } },
      { user: '说错了 是3个人 有一个不是建档立卡的', expect: pay(3000, 4000) },
    ],
  },
  {
    id: 'v131d42',
    class: 'correction',
    probes: 'site kind corrected: a base of 60万 (12万) is really a studio (cap 10万)',
    periodEnd: true,
    turns: [
      { user: '高技能人才培训基地 设备60万 职工教育经费 验收合格', expect: kit(120000) },
      { user: '那材料交到哪', expect: contact },
      { user: '其实是技能大师工作室 牌子上写的工作室 我记混了', expect: kit(100000, '120000', '12万') },
    ],
  },
  {
    id: 'v131d43',
    class: 'correction',
    probes: 'the fund share corrected: only 50万 of 90万 came from the fund',
    periodEnd: true,
    turns: [
      { user: '基地设备90万 都是教育经费 验收了', expect: kit(180000) },
      { user: '这个验收要人社和财政俩都来 还是一个就中', expect: { says: [/人社|人力资源/, /财政/] } },
      { user: '刚问了会计 其实只有50万是教育经费 其他40万是自筹的', expect: kit(100000, '180000', '18万') },
    ],
  },
  {
    id: 'v131d44',
    class: 'correction',
    probes: 'a group corrected: 退役军人 → 就业困难人员 at an insured firm',
    periodEnd: true,
    turns: [
      { user: '交社保的公司 招了2个退役军人 以工代训5个月 岗前补贴没领', expect: notYes(2000) },
      { user: '哦 不对 他俩是登记的就业困难人员 不是退役军人', expect: pay(2000) },
    ],
  },
  // ------------------------------------------------------------------ topic switches
  {
    id: 'v131d45',
    class: 'topic_switch',
    probes: 'equipment answered, then apprentices: no equipment figure carried into the apprentice answer',
    periodEnd: true,
    turns: [
      { user: '高技能人才培训基地设备75万 全是教育经费 验收都过了', expect: kit(150000) },
      { user: '学徒那块呢 俺们招了12个新型学徒 补多少', expect: unsettled('四(一)') },
    ],
  },
  {
    id: 'v131d46',
    class: 'topic_switch',
    probes: 'education fund, then training for a provincial competition: "一定资金奖补"',
    periodEnd: true,
    turns: [
      { user: '工资总额400万 教育经费提了12万', expect: deduct(120000) },
      { user: '另外厂里要组织职工备战省技能大赛 搞专项培训 有资金奖补吗 补多少', expect: unsettled('三(十五)') },
    ],
  },
  {
    id: 'v131d47',
    class: 'topic_switch',
    probes: '以工代训 answered, then a school co-run with a firm: "一定资金支持"',
    periodEnd: true,
    turns: [
      { user: '厂里吸纳贫困劳动力2个 干了1年 以工代训6个月 岗前补贴没领', expect: pay(2400) },
      { user: '还有 俺们跟郑州一个技校合办的 按毕业生就业人数给学校支持 一个人多少钱', expect: unsettled('四(一)') },
    ],
  },
  {
    id: 'v131d48',
    class: 'topic_switch',
    probes: 'equipment, then 社保补贴 (another policy): outside',
    periodEnd: true,
    turns: [
      { user: '工作室设备50万 教育经费 验收合格 补多少', expect: kit(100000) },
      { user: '对了 招大学生的社保补贴一个月多少', expect: outside },
    ],
  },
  {
    id: 'v131d49',
    class: 'topic_switch',
    probes: '项目制 advance (50 %), then training materials: "经费支持", no figure',
    periodEnd: true,
    turns: [
      { user: '我们企业自己搞的项目制培训 培训补贴一共核了16万 能先拨多少', expect: advance(80000) },
      { user: '还自己编了一套叉车培训教材 这个给钱不', expect: unsettled('六(二)') },
    ],
  },
  {
    id: 'v131d50',
    class: 'topic_switch',
    probes: 'training institution: 项目制 advance, then 稳岗返还 (outside), then back to the plan',
    periodEnd: true,
    turns: [
      { user: '俺们是培训机构 接了个项目制培训 补贴总额9万 先拨付多少', expect: advance(45000) },
      { user: '稳岗返还今年发了没', expect: outside },
      { user: '那培训机构得用哪个系统登记 不然没补贴', expect: { says: [/系统/], cites: ['六(三)', '七(一)'] } },
    ],
  },
  // ------------------------------------------------------------------ person training
  {
    id: 'v131d51',
    class: 'person_training',
    probes: 'a welder: up to 3 subsidies a year, not the same occupation and level twice; no per-head figure',
    periodEnd: true,
    turns: [
      { user: '我是焊工 考了中级证 今年还想考高级 还能有补贴不', expect: { cites: ['七(二)'], noAmount: 'unfixed' } },
      { user: '一个人一年之内最多补几回啊', expect: { says: [/3\s*次|三次/], cites: ['七(二)'] } },
      { user: '中级要是再考一遍呢', expect: { says: [/重复|不可|不能/] } },
    ],
  },
  {
    id: 'v131d52',
    class: 'person_training',
    probes: 'a pensioner: 按月领取养老金 excludes them; no verdict "eligible"',
    periodEnd: true,
    turns: [{ user: '我退休了 每月领养老金 想学个育婴师 有培训补贴不', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, says: [/养老金/] } }],
  },
  {
    id: 'v131d53',
    class: 'person_training',
    probes: 'a prize at the city competition: 按规定落实奖励, no sum',
    periodEnd: true,
    turns: [
      { user: '俺参加郑州市职业技能竞赛拿了个二等奖 有奖金不 多少', expect: unsettled('五(三)') },
      { user: '厂里说给评郑州技术能手 那个有钱没', expect: unsettled() },
    ],
  },
  {
    id: 'v131d54',
    class: 'person_training',
    probes: 'a poor worker asks whether training costs them anything: free training',
    periodEnd: true,
    turns: [{ user: '俺是建档立卡户 想学电工 培训要交钱不', expect: { says: [/免费/], cites: ['三(三)'] } }],
  },
  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v131d55',
    class: 'entrepreneurship',
    probes: 'a 3-year-old shop: may take entrepreneurship training; no amount in the plan',
    periodEnd: true,
    turns: [
      { user: '开了个奶茶店3年了 想参加创业培训', expect: { cites: ['三(八)'] } },
      { user: '培训补贴能补多少', expect: unsettled() },
    ],
  },
  {
    id: 'v131d56',
    class: 'entrepreneurship',
    probes: 'a business of 6 years: over the 5-year line; the wish to start a new one is not said',
    periodEnd: true,
    turns: [{ user: '我那小厂开了6年了 还能去上创业培训不', expect: { cites: ['三(八)'], says: [/5\s*年|五年/] } }],
  },
  {
    id: 'v131d57',
    class: 'entrepreneurship',
    probes: 'a vocational-college student: 创业意识培训, no fee or subsidy figure',
    periodEnd: true,
    turns: [
      { user: '我在职业技术学院上学 想以后自己干 有啥创业培训', expect: { cites: ['三(八)'] } },
      { user: '要花钱不 补多少', expect: unsettled() },
    ],
  },
  // ------------------------------------------------------------------ period
  {
    id: 'v131d58',
    class: 'period',
    probes: 'equipment accepted after the plan ran out: the end is said, nothing computed',
    periodEnd: true,
    turns: [
      { user: '工作室设备2021年11月买的 验收拖到2022年3月才合格 这还能算进去不', expect: { ...ended, noAmount: 'open' } },
    ],
  },
  {
    id: 'v131d59',
    class: 'period',
    probes: 'asking in 2026 whether 以工代训 can still be applied for',
    periodEnd: true,
    turns: [
      { user: '都2026年了 咱这以工代训补贴现在还能申请不', expect: ended },
      { user: '那俺们去年招的仨贫困户 咋办', expect: { noAmount: 'open', notVerdict: { rule: 'on_job_training', status: 'eligible' } } },
    ],
  },
  {
    id: 'v131d60',
    class: 'period',
    probes: 'until when the document ran, then what it said on equipment',
    periodEnd: true,
    turns: [
      { user: '郑政办2019年63号这个文 执行到啥时候', expect: ended },
      { user: '当时工作室设备补助按多少比例', expect: { says: [/20\s*%|百分之二十|两成/], cites: ['四(一)'] } },
    ],
  },
  {
    id: 'v131d61',
    class: 'period',
    probes: 'apprenticeship subsidy asked in 2026: ended, and no amount in the plan',
    periodEnd: true,
    turns: [
      { user: '学徒制补贴 现在还申的了吗', expect: ended },
      { user: '当时一个学徒给多少', expect: unsettled() },
    ],
  },
  // ------------------------------------------------------------------ more of the theme
  {
    id: 'v131d62',
    class: 'equipment',
    probes: 'equipment bought with a bank loan, said late: not from the fund, no figure',
    periodEnd: true,
    turns: [
      { user: '培训基地新上了一批数控设备 130万 验收合格 就是钱 是贷款买的 没走教育经费', expect: notFromFund('260000', '26万') },
      { user: '那要是以后再买 走教育经费 咋算', expect: { says: [/20\s*%|百分之二十|两成/], cites: ['四(一)'] } },
    ],
  },
  {
    id: 'v131d63',
    class: 'education_fund',
    probes: 'payroll in Chinese numerals and a 1.5 % rate: 900万 × 1.5 % = 13.5万, under the cap',
    periodEnd: true,
    turns: [
      { user: '工资薪金一年九百万 职工教育经费按1.5%提', expect: deduct(135000) },
      { user: '这笔钱能拿来给技能大师工作室买设备不', expect: { cites: ['四(一)'] } },
    ],
  },
  {
    id: 'v131d64',
    class: 'apprenticeship',
    probes: 'school–enterprise cooperation: 产教融合, 实训中心; no figure for the school',
    periodEnd: true,
    turns: [
      { user: '俺们想跟职业院校共建个实训中心 方案支持不', expect: { cites: ['四(一)', '四(四)'] } },
      { user: '共建的话 政府出多少钱', expect: unsettled() },
    ],
  },
];
