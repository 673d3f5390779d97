/**
 * HELD-OUT dialogues, set v34 — written on 2026-11-30 from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * never from the service's output, the code under src/, or the dev sets under test/core/. Only
 * the format of v15 (its header and first lines) was looked at; no message is reused or
 * paraphrased from earlier sets. Not to be tuned on: no word of these messages goes into a
 * glossary, pattern or fixture. Once a dialogue has been fixed by a targeted change it measures
 * nothing any more; write a new one instead.
 *
 * Who types here: the HR of a bakery chain (烘焙连锁), the bookkeeper of a cattle-farm
 * cooperative (养牛合作社), a security company (保安公司), a beauty-salon owner (美容院), a 外卖
 * station manager, a disabled kindergarten cook, a university graduate a year without work, a
 * retired man of 61 asking about training, an auto-parts factory with a 高技能人才培训基地 and a
 * 技能大师工作室, and a 电商 training institution running 项目制培训. WeChat on a phone: dialect
 * (俺 / 咋 / 木 / 中 / 啥 / 恁), homophones, odd spacing, full-width digits, Chinese numerals,
 * typos, bare replies.
 *
 * Shapes probed on purpose: facts arriving in an unusual order (岗前 first, then the group, then
 * the months); "那我能拿多少" before any fact; one message carrying a correction and a question
 * together; several groups with their own months; "不知道 / 不清楚" left open.
 *
 * Issue 10: nothing is inferred from silence. A fact the amount depends on (岗前培训补贴 claimed or
 * not, the kind of unit, insurance where the rule needs it, months employed for poor labour, months
 * of 以工代训, acceptance and fund source of equipment, payroll and fund drawn, where the training
 * took place, pension) must be asked, so an amount is expected only once every such fact was said.
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months by a production entity (企业、合作社、扶贫车间, a 培训机构 too); 就业困难
 *   (incl. 残疾人) and 零就业家庭 only by an insured enterprise (a 合作社 is no 企业); 退役军人 and
 *   离校未就业高校毕业生 are no group here; rows with the 岗前培训补贴 claimed never count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only bought
 *   from the 职工教育经费 and accepted by 人社 and 财政.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Project training (六(一)): 50 % of the project's training subsidy in advance.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, entrepreneurship training: the plan
 *   fixes no amount.
 * - The plan ran 2019-12-02 to 2021-12-31 and has ended: every conversation about what someone can
 *   get carries periodEnd.
 *
 * Tags in `probes`: [order], [ask-first], [fix+ask], [two-part], [contact], [dated].
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

const NO_OJT = { rule: 'on_job_training', status: 'ineligible' } as const;
/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const askOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: NO_OJT };
/** A 以工代训 fact cannot be given: no figure, no verdict. */
const dunnoOJT: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: NO_OJT };
/** Nothing said yet: ask, no figure. */
const askFirst: TurnExpect = { noAmount: 'open', asks: true };
/** The 以工代训 amount. */
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, without the misreadings' figures. */
const payNot = (yuan: number, ...wrong: number[]): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: wrong.map(String) });
/** 以工代训 excluded on these facts. */
const noPay = (wrong?: number): TurnExpect => ({ status: NO_OJT, ...(wrong === undefined ? {} : { mustNotContain: [String(wrong)] }) });
/** Some rows settled, another still open: ask; either no figure or the settled part only. */
const partOJT = (settled: number, ...wrong: number[]): TurnExpect => ({
  asks: true,
  notVerdict: NO_OJT,
  mustNotContain: wrong.map(String),
  oneOf: [{ noAmount: 'open' }, { says: [new RegExp(`(?<![\\d.])${settled}(?!\\d)`)] }],
});
/** The equipment subsidy. */
const kit = (yuan: number, ...wrong: (string | RegExp)[]): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, ...(wrong.length ? { mustNotContain: wrong } : {}) });
/** An equipment fact is missing. */
const askKit: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
/** An equipment fact cannot be given: no figure, no verdict. */
const dunnoKit: TurnExpect = { noAmount: 'open', undecided: 'equipment_subsidy' };
/** The education-fund deduction: 税前, never money to collect. */
const deduct = (yuan: number, wrong?: number, extra: RegExp[] = []): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/, ...extra],
  mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/, ...(wrong === undefined ? [] : [String(wrong)])],
});
/** An education-fund fact is missing: no figure. */
const askFund: TurnExpect = { noAmount: 'open', undecided: 'education_fund_deduction' };
/** The plan fixes no amount: no figure, the clause cited. */
const noFigure = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
/** The plan does not settle it. */
const unsettled: TurnExpect = { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] };
/** Outside the plan. */
const decline: TurnExpect = { answered: false, noAmount: 'unfixed' };
/** The plan's end must be said. */
const ended: TurnExpect = { mentionsPeriodEnd: true };
/** A person's training question with facts still open: ask, no figure, no 不符合. */
const askTrain: TurnExpect = { noAmount: 'unfixed', asks: true, notVerdict: { rule: 'vocational_training', status: 'ineligible' } };

export const DIALOGUES_V34: Dialogue[] = [
  // ------------------------------------------------------------------ one group
  {
    id: 'v34d01',
    class: 'one_group',
    probes: 'bakery chain, insured, difficulty hires, all facts in one run-on message',
    periodEnd: true,
    turns: [{ user: '俺们是做烘焙连锁的 公司一直交着社保 去年招了３个就业困难人员 以工代训搞了４个月 岗前补贴木领过 能给多少', expect: pay(2400) }],
  },
  {
    id: 'v34d02',
    class: 'one_group',
    probes: '[order] 岗前 first, then the group and the unit, then the months — cattle cooperative',
    periodEnd: true,
    turns: [
      { user: '先说一下哈 岗前培训补贴俺们一分都没领', expect: askOJT },
      { user: '俺们是养牛的农民专业合作社 收了建档立卡贫困户5个', expect: askOJT },
      { user: '他们都干了十个月了 以工代训弄了四个月', expect: pay(4000) },
    ],
  },
  {
    id: 'v34d03',
    class: 'one_group',
    probes: '[order] 岗前, then group + insurance, then 8 months of 以工代训 capped at 6 — security company',
    periodEnd: true,
    turns: [
      { user: '岗前那个补贴 俺们公司没申请', expect: askOJT },
      { user: '就业困难人员 招了两个 俺们是保安公司 社保都交着呢', expect: askOJT },
      { user: '以工代训嘛 前后搞了八个月', expect: payNot(2400, 3200) },
    ],
  },
  {
    id: 'v34d04',
    class: 'one_group',
    probes: '[ask-first] 外卖 station manager asks the sum before any fact, then gives them bit by bit',
    periodEnd: true,
    turns: [
      { user: '那我能拿多少？俺是外卖站长', expect: askFirst },
      { user: '站里招了3个贫困户骑手 建档立卡的 干了七个月', expect: askOJT },
      { user: '站点是公司名下的 算企业 以工代训3个月 岗前补贴木有领', expect: pay(1800) },
    ],
  },
  {
    id: 'v34d05',
    class: 'one_group',
    probes: '[ask-first] beauty salon wants a number first; zero-employment family hire',
    periodEnd: true,
    turns: [
      { user: '能拿多少钱啊 先跟俺说个数', expect: askFirst },
      { user: '美容店 个体转的公司 社保交着 招了一个零就业家庭的姑娘', expect: askOJT },
      { user: '以工代训五个月 岗前补贴没领', expect: pay(1000) },
    ],
  },
  {
    id: 'v34d06',
    class: 'one_group',
    probes: 'poor labour employed exactly half a year (六个月以上 includes 6) — cooperative',
    periodEnd: true,
    turns: [{ user: '养牛合作社 贫困劳动力1个 刚好干满半年 以工代训也是6个月 岗前补贴木领 能补多少', expect: pay(1200) }],
  },
  {
    id: 'v34d07',
    class: 'one_group',
    probes: 'full-width digit and 两个月 for zero-employment family members — security company',
    periodEnd: true,
    turns: [{ user: '保安公司（参保）招了零就业家庭成员４人 以工代训两个月 岗前补贴没申领 补贴多少', expect: pay(1600) }],
  },
  {
    id: 'v34d08',
    class: 'one_group',
    probes: 'disabled hires count as 就业困难人员 at an insured auto-parts factory',
    periodEnd: true,
    turns: [{ user: '汽配厂 参保企业 吸纳残疾人5名 以工代训满6个月 没领岗前培训补贴 能领多少', expect: pay(6000) }],
  },
  {
    id: 'v34d09',
    class: 'one_group',
    probes: '[ask-first][order] cooperative asks the sum, then group with months, 岗前 last as a bare reply',
    periodEnd: true,
    turns: [
      { user: '俺能拿多少 直说', expect: askFirst },
      { user: '养牛合作社 建档立卡贫困户3个 干了9个月 以工代训6个月', expect: askOJT },
      { user: '岗前补贴？俺们木领过', expect: pay(3600) },
    ],
  },
  {
    id: 'v34d10',
    class: 'one_group',
    probes: '[order] security company: 岗前 first, then group and insurance, months last',
    periodEnd: true,
    turns: [
      { user: '先把岗前补贴说清：木领', expect: askOJT },
      { user: '零就业家庭成员 两个 公司参保 干保安的', expect: askOJT },
      { user: '以工代训满5个月了', expect: pay(2000) },
    ],
  },
  // ------------------------------------------------------------------ several groups
  {
    id: 'v34d11',
    class: 'several_groups',
    probes: 'veterans are no group: only the difficulty hires count — security company',
    periodEnd: true,
    turns: [{ user: '俺们保安公司 参保的 招了退役军人6个 就业困难人员2个 以工代训都是5个月 岗前补贴都没领 一共给多少', expect: payNot(2000, 8000) }],
  },
  {
    id: 'v34d12',
    class: 'several_groups',
    probes: 'two groups with different months must not bleed — bakery',
    periodEnd: true,
    turns: [{ user: '烘焙公司 有社保 就业困难人员3个以工代训2个月 零就业家庭的1个以工代训6个月 岗前补贴都木领', expect: payNot(2400, 4800, 1600) }],
  },
  {
    id: 'v34d13',
    class: 'several_groups',
    probes: 'a cooperative is no 企业: its difficulty hires do not count, its poor hires do',
    periodEnd: true,
    turns: [{ user: '合作社 养牛的 贫困户3个干了八个月 以工代训4个月；还有就业困难人员2个 以工代训4个月 岗前补贴都没领', expect: payNot(2400, 4000) }],
  },
  {
    id: 'v34d14',
    class: 'several_groups',
    probes: '电商 training institution: poor hires count, unemployed graduates are no group',
    periodEnd: true,
    turns: [
      { user: '俺们是做电商培训的机构 招了建档立卡贫困劳动力2个 还有离校未就业大学生3个', expect: askOJT },
      { user: '贫困户那俩 干了7个月 以工代训6个月 岗前补贴没领', expect: payNot(2400, 6000) },
    ],
  },
  {
    id: 'v34d15',
    class: 'several_groups',
    probes: 'auto-parts factory: one row settled, the other row missing months; then completed',
    periodEnd: true,
    turns: [
      { user: '汽车配件厂 参保的 招了贫困户4个 干了十个月 以工代训3个月；就业困难人员2个 岗前补贴都没领', expect: partOJT(2400, 3600) },
      { user: '就业困难那俩 以工代训5个月', expect: payNot(4400, 3600) },
    ],
  },
  {
    id: 'v34d16',
    class: 'several_groups',
    probes: 'three groups, poor months over the cap, veterans excluded — 外卖 company',
    periodEnd: true,
    turns: [
      {
        user: '外卖配送公司 参保 招了：贫困户2个（干了9个月 以工代训7个月）、就业困难1个（以工代训2个月）、退役军人3个（以工代训4个月） 岗前补贴都没领',
        expect: payNot(2800, 3200, 5200),
      },
    ],
  },
  {
    id: 'v34d17',
    class: 'several_groups',
    probes: 'bakery names two groups, settles them one by one; the follow-up names the group',
    periodEnd: true,
    turns: [
      { user: '烘焙公司参保 招了贫困户两个 还有零就业家庭的三个 岗前补贴都没领', expect: askOJT },
      { user: '贫困户的 干了7个月 以工代训4个月', expect: partOJT(1600, 4000) },
      { user: '零就业那三个 以工代训也是4个月', expect: pay(4000) },
    ],
  },
  // ------------------------------------------------------------------ negation after the noun
  {
    id: 'v34d18',
    class: 'negation_after_noun',
    probes: '"社保这块…也没交" with words between: difficulty hires excluded — 外卖 station',
    periodEnd: true,
    turns: [{ user: '骑手站 招了2个就业困难人员 社保这块呢 俺们公司到现在也没交 以工代训三个月 岗前补贴也没领 能拿多少', expect: noPay(1200) }],
  },
  {
    id: 'v34d19',
    class: 'negation_after_noun',
    probes: '"岗前技能培训补贴 这个俺们是没有申领的" — not claimed, the row counts',
    periodEnd: true,
    turns: [{ user: '合作社招的建档立卡贫困劳动力4个 干了9个月 以工代训6个月 岗前技能培训补贴 这个俺们是没有申领的', expect: pay(4800) }],
  },
  {
    id: 'v34d20',
    class: 'negation_after_noun',
    probes: '"岗前补贴…已经领过了" far from the verb: excluded — bakery company',
    periodEnd: true,
    turns: [{ user: '岗前补贴 那3个人的 俺们已经领过了 他们是贫困户 干了一年 以工代训三个月 俺们是企业', expect: noPay(1800) }],
  },
  {
    id: 'v34d21',
    class: 'negation_after_noun',
    probes: '"验收 还木有验收呢": studio equipment not yet accepted, no subsidy stated',
    periodEnd: true,
    turns: [
      {
        user: '技能大师工作室的设备 80万 钱是职工教育经费出的 验收 还木有验收呢',
        expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['160000', /16万/] },
      },
    ],
  },
  {
    id: 'v34d22',
    class: 'negation_after_noun',
    probes: '"这钱呢 不是从职工教育经费走的": the fund condition fails',
    periodEnd: true,
    turns: [
      {
        user: '技能大师工作室买设备花了20万 这钱呢 不是从职工教育经费走的 是老板自己掏的 验收过了',
        expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['40000', /4万元/] },
      },
    ],
  },
  {
    id: 'v34d23',
    class: 'negation_after_noun',
    probes: 'double negation "社保不是没交 是一直交着的" means insured — security company',
    periodEnd: true,
    turns: [{ user: '保安公司 社保不是没交 是一直交着的 招了就业困难人员2个 以工代训3个月 岗前补贴也没领过', expect: pay(1200) }],
  },
  {
    id: 'v34d24',
    class: 'negation_after_noun',
    probes: '"岗前培训那个补贴 … 压根就木有申请过" with a long gap',
    periodEnd: true,
    turns: [{ user: '岗前培训那个补贴 俺们公司 对这批就业困难人员 压根就木有申请过 公司参保 一共4个 以工代训2个月', expect: pay(1600) }],
  },
  // ------------------------------------------------------------------ "不知道"
  {
    id: 'v34d25',
    class: 'unknown_reply',
    probes: '岗前 not said, then "不清楚", then settled — 外卖 station',
    periodEnd: true,
    turns: [
      { user: '站点是公司的 交社保 招了两个就业困难人员 以工代训四个月 能领多少', expect: askOJT },
      { user: '岗前补贴领没领 俺也不清楚 得问问总部', expect: dunnoOJT },
      { user: '总部回话了 岗前那个没领过', expect: pay(1600) },
    ],
  },
  {
    id: 'v34d26',
    class: 'unknown_reply',
    probes: 'months employed of poor hires unknown: stays open — cattle cooperative',
    periodEnd: true,
    turns: [
      { user: '养牛合作社 收了3个建档立卡的 以工代训5个月 岗前补贴没领过', expect: askOJT },
      { user: '干了多久？这个俺真不知道 记不清了', expect: dunnoOJT },
    ],
  },
  {
    id: 'v34d27',
    class: 'unknown_reply',
    probes: 'insurance "不确定", then confirmed — security company, zero-employment family',
    periodEnd: true,
    turns: [
      { user: '保安公司 招了零就业家庭的2个人 以工代训3个月 岗前补贴没领', expect: askOJT },
      { user: '交没交社保 不确定 财务请假了', expect: dunnoOJT },
      { user: '财务回来了 说交着呢', expect: pay(1200) },
    ],
  },
  {
    id: 'v34d28',
    class: 'unknown_reply',
    probes: 'acceptance "不太清楚": studio equipment stays open',
    periodEnd: true,
    turns: [
      { user: '技能大师工作室设备50万 职工教育经费买的 能补多少', expect: askKit },
      { user: '验没验收 俺不太清楚 是厂办弄的', expect: dunnoKit },
    ],
  },
  {
    id: 'v34d29',
    class: 'unknown_reply',
    probes: 'payroll given, fund drawn "不清楚": no deduction figure — 外卖 company',
    periodEnd: true,
    turns: [
      { user: '外卖配送公司 职工教育经费税前扣除 工资总额三百万', expect: askFund },
      { user: '提了多少经费 会计说还没算出来 不清楚', expect: askFund },
    ],
  },
  {
    id: 'v34d30',
    class: 'unknown_reply',
    probes: 'project subsidy total unknown: 50 % in advance, no computed figure — 电商 institution',
    periodEnd: true,
    turns: [
      { user: '俺们电商培训学校 项目制培训 先行拨付能拨多少', expect: { noAmount: 'open', cites: ['六(一)'] } },
      { user: '项目补贴总额多少 现在还定不下来 不知道', expect: { noAmount: 'open' } },
    ],
  },
  {
    id: 'v34d31',
    class: 'unknown_reply',
    probes: 'disabled cook does not know whether the school is in the system: left open',
    periodEnd: true,
    turns: [
      { user: '俺腿有残疾 幼儿园厨师 在郑州上班 考了中式面点师证 今年头一回 没退休金 补贴能领不', expect: askTrain },
      { user: '培训学校进没进那个系统 俺不知道', expect: { noAmount: 'unfixed', undecided: 'vocational_training' } },
    ],
  },
  {
    id: 'v34d32',
    class: 'unknown_reply',
    probes: 'OJT months "不清楚" then found — 电商 institution hiring poor labour',
    periodEnd: true,
    turns: [
      { user: '电商培训机构 招了建档立卡贫困户3个 干了八个月 岗前补贴没领', expect: askOJT },
      { user: '以工代训几个月 这俺还真不清楚', expect: dunnoOJT },
      { user: '查了 以工代训4个月', expect: pay(2400) },
    ],
  },
  // ------------------------------------------------------------------ corrections
  {
    id: 'v34d33',
    class: 'correction',
    probes: '[fix+ask] "是4个人 不是5个 那总共能拿多少" in one message — bakery',
    periodEnd: true,
    turns: [
      { user: '烘焙店 交社保的企业 招了5个就业困难的 以工代训6个月 岗前补贴没拿', expect: pay(6000) },
      { user: '哎不对 是4个人 不是5个 那总共能拿多少', expect: payNot(4800, 6000) },
    ],
  },
  {
    id: 'v34d34',
    class: 'correction',
    probes: '[fix+ask] insurance withdrawn with a question: disabled hires no longer count',
    periodEnd: true,
    turns: [
      { user: '保安公司 吸纳了3个残疾人 以工代训4个月 岗前补贴没领 社保交着', expect: pay(2400) },
      { user: '等等 俺们公司社保压根没交 那还中不中', expect: noPay() },
    ],
  },
  {
    id: 'v34d35',
    class: 'correction',
    probes: '[fix+ask] months employed corrected from 5 to 11: poor hires now count — cooperative',
    periodEnd: true,
    turns: [
      { user: '合作社 贫困户6个 干了5个月 以工代训5个月 岗前补贴没领', expect: noPay(6000) },
      { user: '纠正一下 是干了11个月 以工代训还是5个月 现在能拿多少', expect: pay(6000) },
    ],
  },
  {
    id: 'v34d36',
    class: 'correction',
    probes: '[fix+ask] group corrected from veterans to difficulty hires — beauty company',
    periodEnd: true,
    turns: [
      { user: '美容公司 参保 招了3个退役军人 以工代训4个月 岗前补贴没领', expect: noPay(2400) },
      { user: '搞错了 那三个是就业困难人员 不是退役军人 那多少钱', expect: pay(2400) },
    ],
  },
  {
    id: 'v34d37',
    class: 'correction',
    probes: '[fix+ask] studio equipment value corrected from 60万 to 40万',
    periodEnd: true,
    turns: [
      { user: '技能大师工作室 新设备60万 职工教育经费 验收合格', expect: kit(100000, '120000', /12万/) },
      { user: '不对不对 设备是40万 看错单子了 那补多少', expect: kit(80000) },
    ],
  },
  {
    id: 'v34d38',
    class: 'correction',
    probes: '"俺说岔了 公司给交着社保呢": insurance turned on — 外卖 station',
    periodEnd: true,
    turns: [
      { user: '外卖站 就业困难人员3个 以工代训5个月 岗前补贴没领 站里没交社保', expect: noPay(3000) },
      { user: '俺说岔了 公司给交着社保呢 重新算算', expect: pay(3000) },
    ],
  },
  {
    id: 'v34d39',
    class: 'correction',
    probes: '[fix+ask] 岗前 claimed for another batch, not these two — bakery',
    periodEnd: true,
    turns: [
      { user: '烘焙公司 招了建档立卡的2个 干了10个月 以工代训6个月 岗前补贴领过了', expect: noPay(2400) },
      { user: '哦不对 领岗前补贴的是另外一批人 这俩没领 这下能给多少', expect: pay(2400) },
    ],
  },
  {
    id: 'v34d40',
    class: 'correction',
    probes: 'graduate corrects where the training was: not 户籍地/常住地/求职就业地',
    periodEnd: true,
    turns: [
      { user: '俺是去年毕业的大学生 在老家户籍地学的电工 证拿到了', expect: askTrain },
      {
        user: '说错了 培训是在外省亲戚那边报的 不是户籍地也不是常住地 也不在那找工作 那还中不中',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' } },
      },
    ],
  },
  // ------------------------------------------------------------------ topic switches
  {
    id: 'v34d41',
    class: 'topic_switch',
    probes: 'from 以工代训 to the 新型农民培训基地: the second answer cites 三(七), not the amount',
    periodEnd: true,
    turns: [
      { user: '养牛合作社 贫困户2个 干了8个月 以工代训3个月 岗前补贴没领', expect: pay(1200) },
      { user: '另外问下 新型农民培训基地 俺们合作社能建不', expect: { cites: ['三(七)'], mustNotContain: ['1200'] } },
    ],
  },
  {
    id: 'v34d42',
    class: 'topic_switch',
    probes: 'from an amount to which programme 保安 training falls under',
    periodEnd: true,
    turns: [
      { user: '保安公司 参保 招了就业困难人员1个 以工代训2个月 岗前补贴没领', expect: pay(400) },
      { user: '换个事 保安员培训 方案里属于哪个计划', expect: { cites: ['三(十二)', '五(一)'], mustNotContain: ['400'] } },
    ],
  },
  {
    id: 'v34d43',
    class: 'topic_switch',
    probes: 'from 以工代训 to the riders\' 生活费补贴: not settled, no amount carried over',
    periodEnd: true,
    turns: [
      { user: '外卖公司 参保 零就业家庭的骑手2个 以工代训6个月 岗前没领补贴', expect: pay(2400) },
      { user: '骑手自己去培训 期间有生活费补贴不 一天多少', expect: { ...unsettled, mustNotContain: ['2400'] } },
    ],
  },
  {
    id: 'v34d44',
    class: 'topic_switch',
    probes: 'from graduates\' training (三(二)) to 稳岗返还 (another policy)',
    turns: [
      { user: '离校未就业的高校毕业生 参加职业技能培训 方案里有没有说', expect: { cites: ['三(二)'] } },
      { user: '俺爸厂里的稳岗返还 今年咋申请', expect: decline },
    ],
  },
  {
    id: 'v34d45',
    class: 'topic_switch',
    probes: 'from the 项目制 advance (50 % of 60万) to which programme covers 电子商务',
    periodEnd: true,
    turns: [
      { user: '电商培训机构 搞项目制培训 这期项目培训补贴总共60万 能先拨多少', expect: { amount: { rule: 'project_training_advance', yuan: 300000 } } },
      { user: '跟这没关系 问下方案里 电子商务人才 归哪个计划管', expect: { cites: ['三(九)'] } },
    ],
  },
  {
    id: 'v34d46',
    class: 'topic_switch',
    probes: '[contact] who accepts the base\'s equipment, then 郑州大工匠 (五(三))',
    turns: [
      { user: '汽配厂 高技能人才培训基地的设备 找哪个部门验收', expect: { cites: ['四(一)'], says: [/人力资源社会保障|人社/] } },
      { user: '另外 郑州大工匠 是咋回事 怎么评', expect: { cites: ['五(三)'] } },
    ],
  },
  {
    id: 'v34d47',
    class: 'topic_switch',
    probes: 'from 创业培训 to 创业担保贷款 (another policy)',
    turns: [
      { user: '俺想自己开个网店 大学毕业的 创业培训有没有', expect: { cites: ['三(八)'], noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } } },
      { user: '那创业担保贷款 能贷多少 利息谁出', expect: decline },
    ],
  },
  // ------------------------------------------------------------------ a person's training
  {
    id: 'v34d48',
    class: 'person_training',
    probes: 'disabled kindergarten cook: facts given over three turns, eligibility without a figure',
    periodEnd: true,
    turns: [
      { user: '俺是残疾人 在幼儿园食堂做饭 想考个中式烹调师证 有补贴不', expect: askTrain },
      { user: '在郑州常住 户口在周口 培训也在郑州上', expect: askTrain },
      { user: '证考下来了 今年头一回领补贴 以前没考过这个 没退休金 机构说进了系统的', expect: { status: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v34d49',
    class: 'person_training',
    probes: 'graduate a year without work: training, then 创业培训 as a college graduate',
    periodEnd: true,
    turns: [
      { user: '毕业一年了还没找着活 大学本科的 想学点技术 政府给补不', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } } },
      { user: '那创业培训 俺能参加不', expect: { cites: ['三(八)'], noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } } },
    ],
  },
  {
    id: 'v34d50',
    class: 'person_training',
    probes: 'retired man of 61 drawing a monthly pension: outside the training subsidy (六(一))',
    periodEnd: true,
    turns: [
      {
        user: '老汉今年61 退休了 每月领养老金 想去学个养老护理 能享受培训补贴不',
        expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['六(一)', '七(二)'], noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v34d51',
    class: 'person_training',
    probes: '61 without a pension: not excluded; an age limit is not settled by the plan',
    periodEnd: true,
    turns: [
      { user: '61了 木有退休金 以前打零工没交过养老保险 还能报补贴培训不', expect: askTrain },
      { user: '年龄有没有限制 超过60岁中不中', expect: unsettled },
    ],
  },
  {
    id: 'v34d52',
    class: 'person_training',
    probes: '[two-part] retired man: training subsidy and 交通补贴 (not settled)',
    periodEnd: true,
    turns: [{ user: '俺61岁了 问两个事 一是培训有没有补贴 二是培训期间有没有交通补贴', expect: unsettled }],
  },
  {
    id: 'v34d53',
    class: 'person_training',
    probes: '[contact] which unit handles training for the disabled (三(二), 市残联)',
    turns: [{ user: '残疾人培训 方案里哪个单位负责 俺想去问问', expect: { cites: ['三(二)'], says: [/残联/] } }],
  },
  {
    id: 'v34d54',
    class: 'person_training',
    probes: '[ask-first] graduate asks the sum first; facts still open after the second turn',
    periodEnd: true,
    turns: [
      { user: '那我能拿多少啊 先说个大概', expect: askFirst },
      { user: '俺大学毕业一年了还在家蹲着 想报个电商培训 在郑州 户口也在郑州', expect: askTrain },
    ],
  },
  {
    id: 'v34d55',
    class: 'person_training',
    probes: '[two-part] graduate: training plan (三(二)) and 创业担保贷款 (other policy) in one message',
    turns: [{ user: '俺想问两个事：一是离校没就业的大学生培训有没有计划 二是创业担保贷款咋办', expect: { cites: ['三(二)'], noAmount: 'unfixed' } }],
  },
  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v34d56',
    class: 'entrepreneurship',
    probes: 'salon open 3 years: a small business owner within 5 years (三(八))',
    periodEnd: true,
    turns: [{ user: '美容院开了3年了 算小微企业 俺这老板能参加创业培训不', expect: { cites: ['三(八)'], noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } } }],
  },
  {
    id: 'v34d57',
    class: 'entrepreneurship',
    probes: 'salon open over 6 years: the answer names the 5-year line',
    periodEnd: true,
    turns: [{ user: '俺这美容店开了六年多了 还能上那个创业培训吗', expect: { cites: ['三(八)'], noAmount: 'unfixed', says: [/5\s*年|五年/] } }],
  },
  {
    id: 'v34d58',
    class: 'entrepreneurship',
    probes: '外卖 rider with a wish to start a business; then asks the fee (not fixed)',
    periodEnd: true,
    turns: [
      { user: '俺是送外卖的 想以后自己开个小饭馆 有创业的想法 能参加创业培训不', expect: { cites: ['三(八)'], notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } } },
      { user: '那上这个培训 政府一个人补多少钱', expect: { noAmount: 'unfixed' } },
    ],
  },
  // ------------------------------------------------------------------ equipment
  {
    id: 'v34d59',
    class: 'equipment',
    probes: 'base and studio, each capped on its own: 50万 + 8万',
    periodEnd: true,
    turns: [
      { user: '俺们是做汽车零部件的 建了个高技能人才培训基地 还有个技能大师工作室', expect: askKit },
      { user: '基地新买的实训设备300万 工作室的40万 都是职工教育经费买的', expect: askKit },
      { user: '人社和财政都验收过了 合格', expect: kit(580000, '680000', /68万/) },
    ],
  },
  {
    id: 'v34d60',
    class: 'equipment',
    probes: '[order] acceptance first, then site and value, fund source last',
    periodEnd: true,
    turns: [
      { user: '验收通过了已经 人社财政一块来验的', expect: askKit },
      { user: '技能大师工作室 设备 35万', expect: askKit },
      { user: '买设备的钱是从职工教育经费里支的', expect: kit(70000) },
    ],
  },
  {
    id: 'v34d61',
    class: 'equipment',
    probes: 'a base under its cap; then a loan-funded batch that must not raise the figure',
    periodEnd: true,
    turns: [
      { user: '配件厂 高技能人才培训基地 新购设备150万 职工教育经费列支的 验收了 能补多少', expect: kit(300000) },
      { user: '还有一批设备60万 是银行贷款买的 这部分也能补不', expect: { mustNotContain: ['420000', /42万/], says: [/职工教育经费/] } },
    ],
  },
  {
    id: 'v34d62',
    class: 'equipment',
    probes: 'a base far over its cap: 50万, never 100万',
    periodEnd: true,
    turns: [{ user: '高技能人才培训基地 一口气买了500万的实训设备 全部职工教育经费 验收合格 补多少', expect: kit(500000, '1000000', /100万/) }],
  },
  // ------------------------------------------------------------------ education fund
  {
    id: 'v34d63',
    class: 'education_fund',
    probes: 'bakery: fund above 8 % of payroll, the deduction is capped',
    periodEnd: true,
    turns: [{ user: '烘焙连锁 一年工资总额2000万 职工教育经费提了180万 税前能扣多少', expect: deduct(1600000, 1800000) }],
  },
  {
    id: 'v34d64',
    class: 'education_fund',
    probes: 'auto-parts factory gives payroll and fund over three turns',
    periodEnd: true,
    turns: [
      { user: '职工教育经费能税前扣多少 俺们厂', expect: askFund },
      { user: '工资薪金总额5000万', expect: askFund },
      { user: '经费提了300万 一线工人用了七成', expect: deduct(3000000, 4000000) },
    ],
  },
  {
    id: 'v34d65',
    class: 'education_fund',
    probes: 'security company: front-line share only half, under the 60 % of 六(二)',
    periodEnd: true,
    turns: [{ user: '保安公司工资总额800万 职工教育经费提了40万 一线员工培训只用了一半', expect: deduct(400000, 640000, [/60\s*%|百分之六十|六成/]) }],
  },
  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v34d66',
    class: 'apprenticeship',
    probes: 'auto-parts factory asks the per-apprentice sum: the plan fixes none',
    periodEnd: true,
    turns: [{ user: '厂里搞企业新型学徒制 带了30个学徒 一个学徒补多少', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v34d67',
    class: 'apprenticeship',
    probes: 'bakery apprentices, then 师带徒 allowance from the education fund (六(二))',
    periodEnd: true,
    turns: [
      { user: '烘焙学徒 俺们跟职校合作带徒弟 有补贴吗', expect: noFigure(['四(一)']) },
      { user: '老师傅带徒弟的津贴 走职工教育经费的账中不中', expect: { cites: ['六(二)'], answered: true } },
    ],
  },
  {
    id: 'v34d68',
    class: 'apprenticeship',
    probes: 'salon asks a monthly sum per apprentice: no figure',
    periodEnd: true,
    turns: [{ user: '美容院带学徒 按人头一个月给多少钱', expect: noFigure(['四(一)']) }],
  },
  // ------------------------------------------------------------------ the plan's period
  {
    id: 'v34d69',
    class: 'period',
    probes: '[dated] September 2020, inside the period — beauty salon company',
    periodEnd: true,
    turns: [{ user: '要是2020年9月申请 俺们美容院（公司 交社保）吸纳1个就业困难人员 以工代训6个月 岗前补贴没领 能给多少', expect: pay(1200) }],
  },
  {
    id: 'v34d70',
    class: 'period',
    probes: 'asked today: the plan has ended, and the facts are open anyway',
    periodEnd: true,
    turns: [{ user: '现在还能申请以工代训补贴不 俺们外卖站今年招了几个贫困户', expect: { ...ended, noAmount: 'open' } }],
  },
  {
    id: 'v34d71',
    class: 'period',
    probes: '[dated] hires of March 2022, after the end',
    periodEnd: true,
    turns: [{ user: '俺们美容院是2022年3月才招的建档立卡贫困户 以工代训这会儿还能补不', expect: { ...ended, noAmount: 'open' } }],
  },
  {
    id: 'v34d72',
    class: 'period',
    probes: 'retired man asks whether an 电工 course is still subsidised now',
    periodEnd: true,
    turns: [{ user: '俺61了 退休了 现在报个电工班 还有补贴没', expect: { ...ended, noAmount: 'unfixed' } }],
  },
  {
    id: 'v34d73',
    class: 'period',
    probes: '[dated] November 2021, inside the period — cooperative',
    periodEnd: true,
    turns: [{ user: '2021年11月份 俺们合作社吸纳贫困户2个 干了7个月 以工代训2个月 岗前补贴木领 那会儿能补多少', expect: pay(800) }],
  },
  {
    id: 'v34d74',
    class: 'period',
    probes: 'studio equipment asked in 2024: the plan has ended',
    periodEnd: true,
    turns: [{ user: '现在2024年了 技能大师工作室的设备补贴还能申报不', expect: { ...ended, noAmount: 'open' } }],
  },
  {
    id: 'v34d75',
    class: 'topic_switch',
    probes: '[contact] the cooperative asks who runs farmer training (三(七), 市农委)',
    turns: [{ user: '新型农民培训 基地 俺们找哪个部门', expect: { cites: ['三(七)'], says: [/农委/] } }],
  },
];
