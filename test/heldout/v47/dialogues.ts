/**
 * HELD-OUT dialogues, set v47 — written on 2026-11-30 from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * never from the service's output, the code under src/, or the dev sets under test/. Only the
 * format of v15 (its header and first lines) was looked at; no message is reused or paraphrased
 * from an earlier set. Not to be tuned on: no word of these messages goes into a glossary,
 * pattern or fixture. Once a dialogue has been fixed by a targeted change it measures nothing
 * any more; write a new one instead.
 *
 * Who types here: bookkeepers (会计) and HR of small firms in Zhengzhou's counties (新郑, 中牟,
 * 巩义, 登封, 荥阳): a brick kiln turned building-materials company (建材公司), a 食品厂, a
 * logistics yard (物流公司 / 货场), a hotel (宾馆 / 酒店), a 家政公司 and a private 职业学校, plus a
 * few of their staff asking for themselves. WeChat on a phone: dialect (俺 / 咋 / 中不 / 木有 / 哩),
 * homophones (以工带训), odd spacing, numbers as 2.8w / 1w5 / 十二万八 / 一百二十个w / 8个点 / 俩 /
 * 仨, dates as 前年 / 20年3月 / 去年底 / 21年, mid-message corrections ("三个人 不对 四个"),
 * "不知道 / 不清楚 / 不晓得", traditional characters now and then.
 *
 * Issue 10: nothing is inferred from silence. A fact the amount depends on (岗前培训补贴 claimed
 * or not, insurance where the rule needs it, months employed for poor labour, 以工代训 months of
 * each group, fund source and acceptance of equipment, payroll and fund drawn) must be asked, so
 * an amount is expected only once every such fact has been said.
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months by a production entity (a 职业院校 is none); 就业困难 (incl. 残疾人) and
 *   零就业家庭 only by an insured enterprise; 退役军人 is no group; rows with the 岗前培训补贴
 *   claimed never count.
 *   d01 3×200×5 = 3000; d02 2×200×min(8,6) = 2400; d03 1×200×4 = 800; d08 4×200×4 + 2×200×6 =
 *   3200 + 2400 = 5600 (the uncorrected 3 would give 4800); d09 2×200×3 + 1×200×6 = 2400 (bled
 *   months: 3600 / 1800); d10 3×200×2 + 1×200×5 = 2200; d11 5×200×4 + 2×200×3 = 5200; d12 poor
 *   labour only 4 months employed → 1×200×6 = 1200; d13 2×200×3 + (残疾人 row claimed) + 3×200×2
 *   = 2400; d15 3×200×6 = 3600; d19 1×200×2 = 400; d20 2×200×4 = 1600; d24 2×200×5 = 2000;
 *   d26 4×200×3 = 2400, then 4×200×4 = 3200; d27 2×200×6 = 2400; d31 veterans → none, then
 *   2×200×3 = 1200; d32 3×200×6 = 3600; d37 2×200×5 = 2000.
 * - Project training (六(一)): 50 % in advance — d37 2.8w → 14000; d68 十二万八 → 64000.
 * - Equipment (四(一)): per site min(20 % × Σ lots, 500 000 base / 100 000 studio), only from the
 *   职工教育经费 and accepted. d28 (120万 + 80万 + 12.8万) × 20 % = 425600, corrected to
 *   (120 + 60 + 12.8)万 × 20 % = 385600; d49 (60 + 45)万 × 20 % = 21万 → 100000 (capped per lot
 *   would wrongly give 190000); d50 (120 + 90 + 12.8)万 × 20 % = 445600; d51 280万 × 20 % = 56万 →
 *   500000; d53 base 150万 → 300000 + studio 40万 → 80000 = 380000; d34 40万 → 80000.
 * - Education fund (六(二)): pre-tax deduction min(fund, 8 % × 工资薪金总额), never cash.
 *   d22 min(28000, 8 % × 320000 = 25600) = 25600; d29 min(400000, 36万) = 360000, corrected
 *   payroll 540万 → min(400000, 432000) = 400000; d33 min(280000, 256000) = 256000; d55 monthly
 *   35万 "左右" (ask or ×12), then yearly 420万 → min(300000, 336000) = 300000; d56 min(200000,
 *   240000) = 200000 with the front-line share under 60 %; d58 min(128000, 96000) = 96000.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, free training, entrepreneurship
 *   training, family and school aid, competition awards: the plan fixes no amount.
 *
 * Tags in `probes`: [two-part], [contact], [dated].
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
/** The equipment subsidy, without the misreading's figure. */
const kitNot = (yuan: number, wrong: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, mustNotContain: [String(wrong)] });
/**
 * An equipment fact (fund source, acceptance) is missing: ask, no verdict against, and not the
 * figure a guess would give (the person's own figures may be repeated back).
 */
const askKit = (guess: number, guessWan: RegExp): TurnExpect => ({
  asks: true,
  notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' },
  mustNotContain: [String(guess), guessWan],
});
/** An equipment fact cannot be given: no verdict, not the guessed figure. */
const dunnoKit = (guess: number, guessWan: RegExp): TurnExpect => ({ undecided: 'equipment_subsidy', mustNotContain: [String(guess), guessWan] });
/** No equipment subsidy on these facts. */
const noKit = (wrong: number, wrongWan: RegExp): TurnExpect => ({ notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: [String(wrong), wrongWan] });
/** The education-fund deduction: 税前, never money to collect. */
const deduct = (yuan: number, wrong?: number): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/, ...(wrong === undefined ? [] : [String(wrong)])],
});
/** The payroll is not given: undecided, and asked for. */
const askFund: TurnExpect = { undecided: 'education_fund_deduction', asks: true };
/** The plan fixes no amount: no figure, the clause cited. */
const noFigure = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
/** The plan does not settle it. */
const unsettled: TurnExpect = { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] };
/** Outside the plan. */
const decline: TurnExpect = { answered: false, noAmount: 'unfixed' };
/** The plan's end must be said. */
const over: TurnExpect = { mentionsPeriodEnd: true };
/** Who to ask. */
const WHO = /人社|人力资源|财政|12333/;
/** A person's training subsidy: no figure (the plan sets none), not denied on open facts. */
const personOpen: TurnExpect = { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } };

export const DIALOGUES_V47: Dialogue[] = [
  // ------------------------------------------------------------------ one_group
  {
    id: 'v47d01',
    class: 'one_group',
    probes: '食品厂, poor labour with 以工代训 months and 岗前 subsidy unsaid: ask, then 3×200×5 [dated]',
    periodEnd: true,
    turns: [
      { user: '你好 俺是中牟一个食品厂管人事的 20年底招了仨建档立卡贫困户 一直干到21年底 以工带训 能给补多少', expect: askOJT },
      { user: '以工代训 搞了5个月 岗前培训补贴 没申请过', expect: pay(3000) },
    ],
  },
  {
    id: 'v47d02',
    class: 'one_group',
    probes: '宾馆 company, two disabled hires with 8 months of 以工代训: capped at 6 → 2400, not 3200',
    periodEnd: true,
    turns: [{ user: '登封 宾馆有限公司 交着社保 招了两个残疾人 以工代训八个月 岗前补贴 没领过 能补多少', expect: payNot(2400, 3200) }],
  },
  {
    id: 'v47d03',
    class: 'one_group',
    probes: '家政公司, one zero-employment hire: insurance, months, then the 岗前 subsidy, one at a time',
    periodEnd: true,
    turns: [
      { user: '荥阳 家政公司 吸纳了1个零就业家庭的大姐 以工代训 能申请不', expect: askOJT },
      { user: '社保 都交着哩 以工代训 四个月', expect: askOJT },
      { user: '岗前培训那个补贴 没拿过', expect: pay(800) },
    ],
  },
  {
    id: 'v47d04',
    class: 'one_group',
    probes: '岗前培训补贴 already claimed for the one hire: no 以工代训 on top, no 600',
    periodEnd: true,
    turns: [{ user: '巩义 物流公司 参保的 招了个零就业家庭成员 以工代训3个月 不过岗前补贴 已经领过了', expect: noPay(600) }],
  },
  {
    id: 'v47d05',
    class: 'one_group',
    probes: 'poor labour employed only five months: not yet (≥ 6 months), then the six-month condition',
    periodEnd: true,
    turns: [
      { user: '新郑 俺们建材公司 原先是砖窑厂 有4个贫困户 来了五个月 以工代训也五个月 岗前补贴没领 能拿多少', expect: noPay(4000) },
      { user: '那要是干满六个月了 就中了吧', expect: { cites: ['六(一)'], says: [/六个月|6\s*个月/] } },
    ],
  },
  {
    id: 'v47d06',
    class: 'one_group',
    probes: 'a private 职业学校 hires poor labour: a school is no 生产经营主体, no 2400',
    periodEnd: true,
    turns: [{ user: '俺们是新郑一所民办职业学校 招了俩贫困劳动力当宿管 干了10个月 以工代训6个月 岗前补贴没领 学校能拿以工代训补贴不', expect: notYes(2400) }],
  },
  {
    id: 'v47d07',
    class: 'one_group',
    probes: '[two-part] [contact] rate, longest duration and who handles it, all three answered',
    periodEnd: true,
    turns: [{ user: '以工代训 一个人一个月多少钱 最长给几个月？还有这个事归谁管', expect: { says: [/200/, /6\s*个月|六个月/, WHO], cites: ['六(一)'] } }],
  },
  // ------------------------------------------------------------------ several_groups
  {
    id: 'v47d08',
    class: 'several_groups',
    probes: 'two groups, a count corrected mid-message (三个 不对 四个), each group on its own months',
    periodEnd: true,
    turns: [
      { user: '俺们是个物流公司 在巩义有个货场 参了保的 吸纳 就业困难人员三个人 不对 四个 以工代训4个月 还有贫困劳动力2个 干了9个月 以工代训6个月', expect: askOJT },
      { user: '岗前培训补贴 两拨人都没领过', expect: payNot(5600, 4800) },
    ],
  },
  {
    id: 'v47d09',
    class: 'several_groups',
    probes: 'disabled 3 months and zero-employment 6 months: months must not bleed (3600 / 1800)',
    periodEnd: true,
    turns: [{ user: '中牟食品厂 交社保 残疾人2个 以工代训3个月；零就业家庭的1个 以工代训6个月；岗前补贴都没领过', expect: payNot(2400, 3600, 1800) }],
  },
  {
    id: 'v47d10',
    class: 'several_groups',
    probes: 'hotel company, poor labour (半年多) and one 就业困难: insurance and 岗前 asked, then 2200',
    periodEnd: true,
    turns: [
      { user: '登封一个酒店 是公司 贫困户3个人 干了半年多 以工代训两个月 就业困难的1个 以工代训5个月 能补多少', expect: askOJT },
      { user: '社保交着 岗前补贴 俩组都没领', expect: payNot(2200, 4000) },
    ],
  },
  {
    id: 'v47d11',
    class: 'several_groups',
    probes: 'one group settled, the other group months 不知道: no guessed total, ask by name, then 5200',
    periodEnd: true,
    turns: [
      {
        user: '家政公司 社保交着 吸纳 就业困难人员 5个 以工代训 四个月 零就业家庭 2个 以工代训几个月 不知道 得问问 岗前都没领',
        expect: { asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: ['5600', '5200', '6400'] },
      },
      { user: '零就业那俩 问了 是3个月', expect: pay(5200) },
    ],
  },
  {
    id: 'v47d12',
    class: 'several_groups',
    probes: 'poor labour only four months employed drops out, the disabled hire still counts: 1200',
    periodEnd: true,
    turns: [{ user: '建材公司 参保 贫困劳动力3个 干了4个月 以工代训4个月；残疾人1个 以工代训6个月；岗前补贴都没领', expect: payNot(1200, 3600) }],
  },
  {
    id: 'v47d13',
    class: 'several_groups',
    probes: 'three groups, the 岗前 subsidy claimed for one row only: that row alone drops out',
    periodEnd: true,
    turns: [
      {
        user: '酒店（公司）这边三拨人：贫困劳动力2个 干了8个月 以工代训3个月；残疾人1个 以工代训6个月；零就业家庭3个 以工代训2个月。社保交着 岗前补贴 残疾那个领过 其他的没领',
        expect: payNot(2400, 3600),
      },
    ],
  },
  // ------------------------------------------------------------------ negation_after_noun
  {
    id: 'v47d14',
    class: 'negation_after_noun',
    probes: '"社保……其实一直没交" with words in between: not insured, no 2000',
    periodEnd: true,
    turns: [{ user: '登封宾馆 社保……其实一直没交 招了两个就业困难人员 以工代训5个月 岗前补贴没领', expect: noPay(2000) }],
  },
  {
    id: 'v47d15',
    class: 'negation_after_noun',
    probes: '"岗前培训那个补贴 俺们 压根没去领" is a no, not a claim: 3600',
    periodEnd: true,
    turns: [{ user: '食品厂 参保的 吸纳零就业家庭成员3个 以工代训6个月 岗前培训那个补贴 俺们 压根没去领', expect: pay(3600) }],
  },
  {
    id: 'v47d16',
    class: 'negation_after_noun',
    probes: '"岗前技能培训补贴 …… 已经领过了" stated first: excluded, no 2400',
    periodEnd: true,
    turns: [{ user: '岗前技能培训补贴 那仨人的 上个月已经领过了 物流公司 有社保 就业困难人员 以工代训4个月 以工代训还能再拿吗', expect: noPay(2400) }],
  },
  {
    id: 'v47d17',
    class: 'negation_after_noun',
    probes: '"证 还没拿到手哩": no certificate yet, so not eligible, and no figure',
    periodEnd: true,
    turns: [{ user: '我在新郑住 报了个焊工 机构说是进系统的 证 还没拿到手哩 能补不', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' } } }],
  },
  {
    id: 'v47d18',
    class: 'negation_after_noun',
    probes: '"养老金 俺不领" must not become a pension; the rest is open',
    periodEnd: true,
    turns: [{ user: '养老金 俺不领 才48 户口巩义 在巩义上的电工培训 证也拿了 能补吗', expect: personOpen }],
  },
  {
    id: 'v47d19',
    class: 'negation_after_noun',
    probes: '"社保 交是交了 就是岗前补贴 没领": insured, not claimed → 400',
    periodEnd: true,
    turns: [{ user: '社保 俺们交是交了 就是岗前补贴 没领 宾馆公司 招了1个残疾人 以工代训2个月', expect: pay(400) }],
  },
  // ------------------------------------------------------------------ unknown_reply
  {
    id: 'v47d20',
    class: 'unknown_reply',
    probes: '"不知道" on the 岗前 subsidy keeps it open; the later answer settles 1600',
    periodEnd: true,
    turns: [
      { user: '食品厂 是企业 招了俩贫困户 干了7个月 以工代训4个月 补贴咋算', expect: askOJT },
      { user: '岗前补贴领没领 我也不知道 之前会计办的', expect: dunnoOJT },
      { user: '刚给会计打了电话 说那俩人的岗前补贴没领', expect: pay(1600) },
    ],
  },
  {
    id: 'v47d21',
    class: 'unknown_reply',
    probes: 'studio equipment, fund source and acceptance 不清楚 / 不确定: no 7万 guessed',
    periodEnd: true,
    turns: [
      { user: '家政公司 搞了个技能大师工作室 买设备花了三十五万 能补多少', expect: askKit(70000, /(?<![\d.])7万/) },
      { user: '是不是教育经费出的 不清楚 验收 也不确定', expect: dunnoKit(70000, /(?<![\d.])7万/) },
    ],
  },
  {
    id: 'v47d22',
    class: 'unknown_reply',
    probes: 'payroll 不知道: the deduction stays open, then 8 % of 32万 caps 2.8w at 25600',
    periodEnd: true,
    turns: [
      { user: '家政公司 去年 教育经费提了2.8w 工资总额多少 不知道 得问老板 能扣多少', expect: askFund },
      { user: '老板说 一年工资总额 三十二万', expect: deduct(25600) },
    ],
  },
  {
    id: 'v47d23',
    class: 'unknown_reply',
    probes: 'institution in the system 不晓得: the training subsidy stays undecided across turns',
    periodEnd: true,
    turns: [
      { user: '在荥阳学的育婴员 证书拿了 培训机构 进没进系统 不晓得', expect: { noAmount: 'unfixed', undecided: 'vocational_training' } },
      { user: '户口就是荥阳的 今年头一回 没领过养老金', expect: { undecided: 'vocational_training', notVerdict: { rule: 'vocational_training', status: 'ineligible' } } },
    ],
  },
  {
    id: 'v47d24',
    class: 'unknown_reply',
    probes: 'insurance "真不清楚" is not a no; once said, 2×200×5 = 2000',
    periodEnd: true,
    turns: [
      { user: '物流公司 残疾人2个 以工代训5个月 岗前没领', expect: askOJT },
      { user: '社保交没交 这个真不清楚 老板管的', expect: dunnoOJT },
      { user: '老板回了 交着哩', expect: pay(2000) },
    ],
  },
  {
    id: 'v47d25',
    class: 'unknown_reply',
    probes: 'months employed "记不清了" for poor labour: open, no 600 and no 不符合',
    periodEnd: true,
    turns: [{ user: '贫困劳动力1个 在俺们建材公司 干了多久 记不清了 以工代训3个月 岗前没领', expect: { ...askOJT, undecided: 'on_job_training', mustNotContain: ['600'] } }],
  },
  // ------------------------------------------------------------------ correction
  {
    id: 'v47d26',
    class: 'correction',
    probes: 'count corrected in the message, then months corrected in the next: 2400 → 3200',
    periodEnd: true,
    turns: [
      { user: '宾馆公司 招了就业困难人员3个人 不对 四个 社保交着 以工代训3个月 岗前没领', expect: payNot(2400, 1800) },
      { user: '哦 以工代训是四个月 不是三个月 记错了', expect: pay(3200) },
    ],
  },
  {
    id: 'v47d27',
    class: 'correction',
    probes: '"木有交社保" then "说错了 社保一直交着哩": the correction replaces the fact',
    periodEnd: true,
    turns: [
      { user: '中牟这个食品厂 木有交社保 吸纳残疾人 2个 以工代训六个月 岗前补贴没领', expect: noPay(2400) },
      { user: '说错了 社保一直交着哩', expect: pay(2400) },
    ],
  },
  {
    id: 'v47d28',
    class: 'correction',
    probes: 'base equipment in three lots (一百二十个w / 80万 / 十二万八), then the second lot corrected',
    periodEnd: true,
    turns: [
      { user: '建材公司 高技能人才培训基地 买设备 分三批 一百二十个w 80万 还有十二万八 都是职工教育经费 人社财政验收过了', expect: kit(425600) },
      { user: '等等 第二批不是80万 是60万', expect: kit(385600) },
    ],
  },
  {
    id: 'v47d29',
    class: 'correction',
    probes: 'payroll corrected from 450万 to 540万: the fund drawn becomes the limit',
    periodEnd: true,
    turns: [
      { user: '食品厂 去年工资薪金总额 450万 职工教育经费 提了40万 税前能扣多少', expect: deduct(360000) },
      { user: '不对 工资总额是540万 看串行了', expect: deduct(400000) },
    ],
  },
  {
    id: 'v47d30',
    class: 'correction',
    probes: '"三次了 不对 两次": under the yearly limit, not denied for the count',
    turns: [{ user: '我在新郑报了个中式面点师 证拿了 今年已经补过三次了 不对 两次', expect: personOpen }],
  },
  {
    id: 'v47d31',
    class: 'correction',
    probes: 'veterans (no 以工代训 group) corrected to 就业困难人员: none, then 1200',
    periodEnd: true,
    turns: [
      { user: '物流公司 参保 吸纳了2个退役军人 以工代训3个月 岗前没领', expect: noPay(1200) },
      { user: '说错了 不是退役军人 是就业困难人员 有认定的', expect: pay(1200) },
    ],
  },
  // ------------------------------------------------------------------ topic_switch
  {
    id: 'v47d32',
    class: 'topic_switch',
    probes: 'after a settled 以工代训 amount, veterans and free training: 三(二) / 六(一), not the amount',
    periodEnd: true,
    turns: [
      { user: '物流公司 参保 就业困难人员3个 以工代训6个月 岗前没领', expect: pay(3600) },
      { user: '另外问一下 退役军人来俺们这上班 有没有免费的技能培训', expect: { cites: ['三(二)', '六(一)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v47d33',
    class: 'topic_switch',
    probes: 'education fund answered, then a poor family\'s child at a 技工学校: family aid, no figure',
    periodEnd: true,
    turns: [
      { user: '建材公司 工资总额 一年 三百二十万 教育经费提了 28w 能扣多少', expect: deduct(256000) },
      { user: '换个事 俺闺女在技工学校上学 家里是建档立卡的 有啥补助没', expect: noFigure(['三(三)', '三(十四)']) },
    ],
  },
  {
    id: 'v47d34',
    class: 'topic_switch',
    probes: 'studio equipment settled, then teachers\' titles at vocational schools: 四(二)',
    periodEnd: true,
    turns: [
      { user: '技能大师工作室 设备 40万 教育经费出的 验收过了', expect: kit(80000) },
      { user: '对了 职业院校老师 搞培训 职称评定上有倾斜没', expect: { cites: ['四(二)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v47d35',
    class: 'topic_switch',
    probes: 'apprenticeship, then the weather: declined, nothing from the first topic',
    periodEnd: true,
    turns: [
      { user: '酒店想搞企业新型学徒制 学徒有补贴吗', expect: noFigure(['四(一)']) },
      { user: '跟这没关系哈 想问问明儿登封下雨不', expect: decline },
    ],
  },
  {
    id: 'v47d36',
    class: 'topic_switch',
    probes: '[contact] entrepreneurship (前年 opened), then who handles 以工代训',
    periodEnd: true,
    turns: [
      { user: '前年 俺在中牟开了个小饭店 想参加创业培训 中不', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'] } },
      { user: '再问个 以工代训 这事 找哪个部门办', expect: { cites: ['六(一)'], says: [WHO] } },
    ],
  },
  {
    id: 'v47d37',
    class: 'topic_switch',
    probes: '以工代训 settled, then the firm\'s own training with a 2.8w subsidy: 50 % advance 14000',
    periodEnd: true,
    turns: [
      { user: '物流公司 参保 零就业家庭成员2个 以工代训5个月 岗前没领', expect: pay(2000) },
      { user: '还有 俺们公司自己搞的企业培训 补贴总共2.8w 能先拨多少', expect: { amount: { rule: 'project_training_advance', yuan: 14000 } } },
    ],
  },
  {
    id: 'v47d38',
    class: 'topic_switch',
    probes: '生活费补贴 is not settled, then the 以工代训 rate: each answered from its own clause',
    turns: [
      { user: '员工去培训期间 有没有生活费补贴 一天多少', expect: unsettled },
      { user: '那以工代训呢 一人一个月多少', expect: { says: [/200/], cites: ['六(一)'] } },
    ],
  },
  {
    id: 'v47d68',
    class: 'topic_switch',
    probes: '[contact] school project training 十二万八 → 64000 advance, then poor students and who to ask',
    periodEnd: true,
    turns: [
      { user: '俺们职业学校下面有个培训中心 搞项目制培训 补贴十二万八 能先拨多少', expect: { amount: { rule: 'project_training_advance', yuan: 64000 } } },
      {
        user: '另外 学校招了建档立卡贫困户家庭的学生 学校有补助不 找哪个部门',
        expect: { status: { rule: 'school_poor_student_aid', status: 'eligible' }, cites: ['三(十四)'], says: [/人社|教育|农委/], noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v47d69',
    class: 'topic_switch',
    probes: 'school competition training, then a student\'s prize: two rules, no figure for either',
    periodEnd: true,
    turns: [
      { user: '学校搞技能大赛集训 有奖补不 给多少钱', expect: noFigure(['三(十五)']) },
      { user: '学生拿了省赛一等奖 个人有奖励没', expect: noFigure(['五(三)']) },
    ],
  },
  // ------------------------------------------------------------------ person_training
  {
    id: 'v47d39',
    class: 'person_training',
    probes: 'every fact said: eligible, but the plan sets no per-person figure',
    periodEnd: true,
    turns: [
      {
        user: '户口在登封 在登封参加的保安员培训 证拿了 机构在系统里 今年头一次 以前没培训过这个工种 也不领养老金 能补贴不',
        expect: { status: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' },
      },
    ],
  },
  {
    id: 'v47d40',
    class: 'person_training',
    probes: 'trained in 洛阳, neither 户籍地 nor 常住地 nor 就业地: not eligible here',
    turns: [{ user: '俺户口在巩义 住巩义 班也在巩义上 跑洛阳报的叉车培训 证也拿了', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' } } }],
  },
  {
    id: 'v47d41',
    class: 'person_training',
    probes: 'same occupation and level again: no; a higher level is not excluded by that',
    periodEnd: true,
    turns: [
      { user: '电工 中级 前年补过一次 今年又考了一回 同一个工种同一个等级 还能补不', expect: { status: { rule: 'vocational_training', status: 'ineligible' }, cites: ['七(二)'] } },
      { user: '那考高级工呢 电工高级', expect: personOpen },
    ],
  },
  {
    id: 'v47d42',
    class: 'person_training',
    probes: 'a monthly pension (traditional characters): outside the scope of 六(一)',
    periodEnd: true,
    turns: [{ user: '俺62了 退休了 每月領養老金 還想學個家政 有補貼不', expect: { status: { rule: 'vocational_training', status: 'ineligible' }, noAmount: 'unfixed' } }],
  },
  {
    id: 'v47d43',
    class: 'person_training',
    probes: 'a new national occupation: the priority-supported standard of 七(二), no figure',
    periodEnd: true,
    turns: [{ user: '国家新公布的那种新职业 像網約配送員 培训有补贴不 标准按啥', expect: { cites: ['七(二)'], noAmount: 'unfixed', says: [/优先支持/] } }],
  },
  {
    id: 'v47d44',
    class: 'person_training',
    probes: 'three subsidies this year already: no fourth; "明年" lies after the plan\'s end',
    periodEnd: true,
    turns: [
      { user: '今年已经领了3回培训补贴了 这是第四个证 还能补吗', expect: { status: { rule: 'vocational_training', status: 'ineligible' }, cites: ['七(二)'] } },
      { user: '那明年呢', expect: over },
    ],
  },
  {
    id: 'v47d63',
    class: 'person_training',
    probes: '[two-part] 生活费补贴 amount and who decides its scope: not settled, no 200 borrowed',
    turns: [{ user: '培训期间的生活费补贴 一个月给多少？谁定的范围', expect: { ...unsettled, mustNotContain: [/200\s*元/] } }],
  },
  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v47d45',
    class: 'entrepreneurship',
    probes: '[dated] shop opened 20年3月, asked for 2021: under five years then',
    turns: [{ user: '俺媳妇 20年3月 在新郑开的小超市 21年那会儿 能参加创业培训不', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'] } }],
  },
  {
    id: 'v47d46',
    class: 'entrepreneurship',
    probes: 'open six or seven years: not by the five-year route; a new shop planned is a wish to start',
    periodEnd: true,
    turns: [
      { user: '中牟开店 开了六七年了 还能参加创业培训不', expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'] } },
      { user: '想再开个分店 这算有创业愿望吧', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' } } },
    ],
  },
  {
    id: 'v47d47',
    class: 'entrepreneurship',
    probes: 'a 职业学校 student: 创业意识 training covers students',
    periodEnd: true,
    turns: [{ user: '职业学校的在校生 参加创业意识培训 中不', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'] } }],
  },
  {
    id: 'v47d48',
    class: 'entrepreneurship',
    probes: 'no shop, no wish, a worker: not eligible on what was said',
    periodEnd: true,
    turns: [{ user: '我没开店 也不想创业 就是打工的 创业培训能去不', expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'] } }],
  },
  // ------------------------------------------------------------------ equipment
  {
    id: 'v47d49',
    class: 'equipment',
    probes: 'studio equipment in two lots: one cap of 10万 for the site, not 12万 + 9万',
    periodEnd: true,
    turns: [{ user: '技能大师工作室 设备分两批买的 60万 45万 都是职工教育经费 验收合格', expect: kitNot(100000, 190000) }],
  },
  {
    id: 'v47d50',
    class: 'equipment',
    probes: 'base equipment in three 标段 (一百二十个w、九十万、十二万八): 20 % of the sum, under the cap',
    periodEnd: true,
    turns: [{ user: '高技能人才培训基地 新买实训设备 三个标段 一百二十个w、九十万、十二万八 教育经费出 人社财政验收了 补多少', expect: kit(445600) }],
  },
  {
    id: 'v47d51',
    class: 'equipment',
    probes: 'fund source and acceptance unsaid: ask; then 280万 × 20 % = 56万 capped at 50万',
    periodEnd: true,
    turns: [
      { user: '培训基地买设备 180万 加 一百万', expect: askKit(560000, /(?<![\d.])56万/) },
      { user: '教育经费出的 验收也过了', expect: kitNot(500000, 560000) },
    ],
  },
  {
    id: 'v47d52',
    class: 'equipment',
    probes: '"银行贷款买的 不是教育经费": no subsidy, no 6万',
    turns: [{ user: '设备是银行贷款买的 不是教育经费 技能大师工作室 30万 验收了', expect: noKit(60000, /(?<![\d.])6万/) }],
  },
  {
    id: 'v47d53',
    class: 'equipment',
    probes: 'a base and a studio: each site on its own cap, summed (300000 + 80000)',
    periodEnd: true,
    turns: [{ user: '建了个培训基地 又建了个大师工作室 基地设备150万 工作室40万 都是教育经费 都验收了', expect: kit(380000) }],
  },
  {
    id: 'v47d54',
    class: 'equipment',
    probes: '"验收 还没弄": not accepted, no 5.6万',
    turns: [{ user: '大师工作室 设备28万 教育经费出的 验收 还没弄', expect: noKit(56000, /(?<![\d.])5\.6万/) }],
  },
  // ------------------------------------------------------------------ education_fund
  {
    id: 'v47d55',
    class: 'education_fund',
    probes: 'payroll given monthly "左右": ask or compute; the yearly total settles 300000',
    turns: [
      {
        user: '21年 俺们工资一个月发35万左右 教育经费提了30万 能扣多少',
        expect: { oneOf: [deduct(300000), { asks: true, undecided: 'education_fund_deduction' }] },
      },
      { user: '会计说 全年工资总额 四百二十万整', expect: deduct(300000) },
    ],
  },
  {
    id: 'v47d56',
    class: 'education_fund',
    probes: 'front-line share half (under 60 %): the deduction stands, the 60 % rule noted',
    periodEnd: true,
    turns: [{ user: '教育经费 20万 一线职工培训只用了一半 工资总额 300万', expect: { ...deduct(200000), says: [/税前/, /60\s*%|百分之六十|六成/] } }],
  },
  {
    id: 'v47d57',
    class: 'education_fund',
    probes: '"8个点" means 8 %: the pre-tax limit of 六(二), no cash',
    turns: [{ user: '职工教育经费 是不是按工资的8个点 税前扣', expect: { cites: ['六(二)'], says: [/8\s*%|百分之八/], noAmount: 'unfixed' } }],
  },
  {
    id: 'v47d58',
    class: 'education_fund',
    probes: 'payroll 120个w, fund 十二万八: 96000; the excess carry-over is not in the plan',
    periodEnd: true,
    turns: [
      { user: '工资总额 120个w 教育经费 提了 十二万八', expect: deduct(96000) },
      { user: '那超出去的那三万多 咋办 能结转不', expect: { says: [HONEST_NOT_SETTLED] } },
    ],
  },
  {
    id: 'v47d70',
    class: 'education_fund',
    probes: '[two-part] 师带徒 from the fund and the front-line share: both from 六(二)',
    turns: [{ user: '教育经费能给师傅带徒弟发津贴不？一线工人培训得占多少', expect: { cites: ['六(二)'], says: [/师带徒|带徒/, /60\s*%|百分之六十|六成/] } }],
  },
  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v47d59',
    class: 'apprenticeship',
    probes: 'ten 新型学徒: the plan fixes no per-apprentice figure',
    periodEnd: true,
    turns: [{ user: '食品厂带了10个新型学徒 一个学徒补多少钱', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v47d60',
    class: 'apprenticeship',
    probes: 'the master\'s allowance (六(二)) and then the apprentice\'s standard (四(一), unfixed)',
    periodEnd: true,
    turns: [
      { user: '酒店搞学徒制 师傅带徒弟 师傅有津贴没', expect: { cites: ['六(二)'] } },
      { user: '学徒本身 补贴标准多少', expect: noFigure(['四(一)']) },
    ],
  },
  {
    id: 'v47d61',
    class: 'apprenticeship',
    probes: 'a rumoured 1w5 per apprentice must not be confirmed',
    periodEnd: true,
    turns: [{ user: '学徒 8个 听说一年补 1w5 一个 对吧', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v47d62',
    class: 'apprenticeship',
    probes: 'school–enterprise 现代学徒制, then "还能报吗": the plan has ended',
    periodEnd: true,
    turns: [
      { user: '职业学校 跟企业搞现代学徒制 方案里有啥说法', expect: { cites: ['四(一)'], noAmount: 'unfixed' } },
      { user: '现在还能报吗', expect: over },
    ],
  },
  {
    id: 'v47d71',
    class: 'apprenticeship',
    probes: 'an enterprise co-running a 职业学校 in 新郑: support exists, no figure',
    periodEnd: true,
    turns: [{ user: '建材公司 跟人合办了个职业学校 就在新郑 有资金支持不 多少', expect: { status: { rule: 'enterprise_school_support', status: 'eligible' }, ...noFigure(['四(一)']) } }],
  },
  // ------------------------------------------------------------------ period
  {
    id: 'v47d64',
    class: 'period',
    probes: 'asked today whether 以工代训 can still be claimed: the plan ended 2021-12-31',
    periodEnd: true,
    turns: [{ user: '今年还能申请以工代训补贴不', expect: { mentionsPeriodEnd: true, cites: ['六(一)'] } }],
  },
  {
    id: 'v47d65',
    class: 'period',
    probes: '[dated] the rate in 20年3月: 200 元 per person per month',
    turns: [{ user: '20年3月 那会儿 以工代训 一个人一个月给多少', expect: { says: [/200/], cites: ['六(一)'] } }],
  },
  {
    id: 'v47d66',
    class: 'period',
    probes: 'when the plan ends, then [dated] the yearly limit in 21年12月',
    periodEnd: true,
    turns: [
      { user: '俺们会计问 这个技能提升方案 管到哪年哪月为止', expect: over },
      { user: '那21年12月的时候 职业培训补贴 一个人一年最多几回', expect: { says: [/3\s*次|三次/], cites: ['七(二)'] } },
    ],
  },
  {
    id: 'v47d67',
    class: 'period',
    probes: 'equipment bought 前年, applying now: the plan has ended',
    periodEnd: true,
    turns: [{ user: '前年买的实训设备 现在申请补贴 晚不晚', expect: over }],
  },
  {
    id: 'v47d72',
    class: 'period',
    probes: 'issue year and end of the plan',
    turns: [{ user: '这方案哪年发的 执行到哪年', expect: { says: [/2019/], mentionsPeriodEnd: true } }],
  },
  {
    id: 'v47d73',
    class: 'period',
    probes: 'when the 以工代训 money arrives: not settled by the plan',
    turns: [{ user: '以工代训补贴 去年底申请的 多久能到账', expect: unsettled }],
  },
];
