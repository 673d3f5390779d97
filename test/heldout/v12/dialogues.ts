/**
 * HELD-OUT dialogues, set v12 — written on 2026-11-30 from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * never from the service's output, the code under src/, or the dev sets under test/core/. Only
 * the format of v11 (its header and first lines) was looked at; no message is reused or
 * paraphrased from sets v1–v11. Not to be tuned on: no word of these messages goes into a
 * glossary, pattern or fixture. Once a dialogue has been fixed by a targeted change it measures
 * nothing any more; write a new one instead.
 *
 * Who types here: the HR of a hotpot chain (火锅连锁), the head of a village sewing workshop
 * (扶贫车间), a kindergarten cook, a veteran truck driver, a father asking for his son in 技校,
 * the accountant of a machinery company, a hotline agent relaying callers and a cooperative's
 * head. WeChat on a phone: short, dialect (俺 / 咱 / 中不中 / 啥), homophones, odd spacing,
 * numerals as 伍 / 柒 / 壹佰贰拾万 / 全角, traditional characters now and then, run-ons, bare replies.
 *
 * Issue 10: nothing is inferred from silence. A fact the amount depends on (岗前培训补贴 already
 * claimed or not, the kind of unit, insurance where the rule needs it, months employed for poor
 * labour, acceptance and fund source of equipment, payroll and fund drawn) must be asked, so an
 * amount is expected only once every such fact has been said in the conversation.
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months by a production entity (not a 职业院校); 就业困难 (incl. 残疾人) and
 *   零就业家庭 only by an insured enterprise; 退役军人 and 农村转移 hires are no group; rows with
 *   the 岗前培训补贴 claimed never count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only from the
 *   职工教育经费 and accepted.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, free training, entrepreneurship
 *   training, family aid: the plan fixes no amount.
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
/** The 以工代训 amount, without the misreading's figure. */
const payNot = (yuan: number, wrong: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: [String(wrong)] });
/** 以工代训 excluded on these facts. */
const noPay = (wrong: number): TurnExpect => ({ status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: [String(wrong)] });
/** Not eligible on these facts, the misreading's figure absent. */
const notYes = (wrong: number): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: [String(wrong)] });
/** The equipment subsidy. */
const kit = (yuan: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan } });
/** The equipment subsidy, without the misreading's figure. */
const kitNot = (yuan: number, wrong: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, mustNotContain: [String(wrong)] });
/** An equipment fact is missing. */
const askKit: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
/** No equipment subsidy on these facts. */
const noKit = (wrong: number, wrongWan: RegExp): TurnExpect => ({ notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: [String(wrong), wrongWan] });
/** The education-fund deduction: 税前, never money to collect. */
const deduct = (yuan: number, wrong?: number): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
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
const over: TurnExpect = { mentionsPeriodEnd: true };
/** Who to ask. */
const WHO = /人社|人力资源|12333/;
/** A person's training subsidy ruled out on a stated fact: no per-person figure, no 符合. */
const personNo = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites, notVerdict: { rule: 'vocational_training', status: 'eligible' } });

export const DIALOGUES_V12: Dialogue[] = [
  // ---------------------------------------------------------------- one group of hires
  {
    id: 'v12d01', class: 'one_group', periodEnd: true,
    probes: 'hotpot chain (有限责任公司), five poor hires employed 8 months, 5 months 以工代训, pre-job not claimed',
    turns: [{ user: '俺们是火锅连锁 有限责任公司哈 招了伍个建档立卡贫困户 都干满8个月了 以工代训弄了5个月 岗前培训补贴没领过 能补多少', expect: pay(5000) }],
  },
  {
    id: 'v12d02', class: 'one_group', periodEnd: true,
    probes: 'village sewing 扶贫车间, two poor hires employed 9 months, 6 months 以工代训',
    turns: [{ user: '村里扶贫车间 踩缝纫机的 收了两个贫困劳动力 干了九个月 以工代训整了六个月 岗前那个补贴没申请过 给多少', expect: pay(2400) }],
  },
  {
    id: 'v12d03', class: 'one_group', periodEnd: true,
    probes: 'insured machinery company, seven 就业困难 hires, 3 months 以工代训 (no 6-month employment needed)',
    turns: [{ user: '机械公司会计 咱厂社保一直正常交 招了柒个就业困难人员 以工代训三个月 岗前培训补贴没拿 以工代训补贴是多少钱', expect: pay(4200) }],
  },
  {
    id: 'v12d04', class: 'one_group', periodEnd: true,
    probes: 'cooperative, pre-job subsidy not said: ask first, then amount once it is said',
    turns: [
      { user: '俺是合作社理事长 社里收了4个建档立卡的 干了大半年 七个多月 以工代训六个月 能补几个钱', expect: askOJT },
      { user: '岗前那个没领', expect: pay(4800) },
    ],
  },
  {
    id: 'v12d05', class: 'one_group', periodEnd: true,
    probes: 'hotline: insured logistics enterprise, one 零就业家庭 hire, 10 months 以工代训 capped at 6',
    turns: [{ user: '来电人说 他们是物流企业 交着社保 招了1个零就业家庭的 以工代训搞了十个月 岗前补贴没领 问能补多少', expect: payNot(1200, 2000) }],
  },
  {
    id: 'v12d06', class: 'one_group',
    probes: 'poor hires employed only 4 months: not (yet) six months, no figure for them',
    turns: [{ user: '火锅店 公司性质 招了3个贫困户 才来了4个月 以工代训四个月 岗前培训补贴也没领 这能补不', expect: notYes(2400) }],
  },
  // ---------------------------------------------------------------- several groups
  {
    id: 'v12d07', class: 'several_groups', periodEnd: true,
    probes: 'insured company: poor hires and 就业困难 hires with their own months',
    turns: [{ user: '公司参保的 2个贫困户干了7个月 以工代训5个月；另外3个就业困难人员 以工代训2个月 都没领岗前补贴 一共多少', expect: payNot(3200, 5000) }],
  },
  {
    id: 'v12d08', class: 'several_groups', periodEnd: true,
    probes: 'machinery company: poor hires count, veterans are no 以工代训 group',
    turns: [{ user: '俺们机械厂 贫困户4个 干了一年 以工代训6个月 还有退伍军人5个 以工代训也6个月 岗前补贴都没领过 合计补多少', expect: payNot(4800, 10800) }],
  },
  {
    id: 'v12d09', class: 'several_groups', periodEnd: true,
    probes: '扶贫车间 is no insured enterprise: its 就业困难 hires do not count, its poor hires do',
    turns: [{ user: '扶贫车间这边 贫困户6个人 干了10个月 以工代训6个月 另外还有2个就业困难的 以工代训3个月 岗前补贴一个都没领', expect: payNot(7200, 8400) }],
  },
  {
    id: 'v12d10', class: 'several_groups', periodEnd: true,
    probes: 'cooperative, two poor rows; the row with the pre-job subsidy claimed never counts',
    turns: [{ user: '合作社 贫困户3个 干了8个月 以工代训4个月 岗前没领；还有俩贫困户 干了7个月 以工代训6个月 这俩的岗前培训补贴领过了', expect: payNot(2400, 4800) }],
  },
  {
    id: 'v12d11', class: 'several_groups', periodEnd: true,
    probes: 'hotline: one row settled, one row missing months employed; ask, then the total',
    turns: [
      { user: '来电人讲 企业交社保的 招了2个残疾人 以工代训3个月 还有3个贫困户 以工代训5个月 岗前都没领 贫困户干多久 他没说', expect: { asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: ['4200'] } },
      { user: '他说那仨贫困户 来了八个月了', expect: pay(4200) },
    ],
  },
  {
    id: 'v12d12', class: 'several_groups', periodEnd: true,
    probes: 'insured company, 零就业 row with 8 months capped at 6, 就业困难 row at 6',
    turns: [{ user: '零就业家庭的1个 以工代训8个月；就业困难的2个 以工代训6个月；俺们是参保企业 岗前补贴都没申请', expect: payNot(3600, 4000) }],
  },
  // ---------------------------------------------------------------- negation after the noun
  {
    id: 'v12d13', class: 'negation_after_noun',
    probes: '"建档立卡 不是": rural migrants, no 以工代训 group',
    turns: [{ user: '招了4个人 建档立卡 不是 就是村里出来打工的 以工代训5个月 公司制 岗前补贴没领', expect: notYes(4000) }],
  },
  {
    id: 'v12d14', class: 'negation_after_noun',
    probes: '"社保这块 还没交": uninsured company, 就业困难 hires do not count',
    turns: [{ user: '社保这块 俺厂 还没交 招了3个就业困难的 以工代训4个月 岗前补贴没领 能补吗', expect: notYes(2400) }],
  },
  {
    id: 'v12d15', class: 'negation_after_noun', periodEnd: true,
    probes: '"岗前技能培训补贴 一分 都没领": negation after the noun means not claimed',
    turns: [{ user: '扶贫车间 2个贫困户 干了10个月 以工代训6个月 岗前技能培训补贴 一分 都没领', expect: pay(2400) }],
  },
  {
    id: 'v12d16', class: 'negation_after_noun',
    probes: '"岗前补贴 已经领过了": claimed, so no 以工代训',
    turns: [{ user: '贫困户那俩 岗前补贴 已经领过了 以工代训4个月 干了8个月 合作社的 还能拿以工代训补贴不', expect: noPay(1600) }],
  },
  {
    id: 'v12d17', class: 'negation_after_noun', periodEnd: true,
    probes: '"岗前培训补贴嘛 没": a bare 没 after the noun',
    turns: [{ user: '来电人 公司参保 招的零就业家庭成员 2个 以工代训 三个月 岗前培训补贴嘛 没', expect: pay(1200) }],
  },
  {
    id: 'v12d18', class: 'negation_after_noun',
    probes: '"职工教育经费 没用": equipment not bought from the fund, no subsidy',
    turns: [{ user: '基地买设备60万 钱是公司自有资金 职工教育经费 一分没动 验收也过了 能补不', expect: noKit(120000, /12\s*万/) }],
  },
  // ---------------------------------------------------------------- unknown replies
  {
    id: 'v12d19', class: 'unknown_reply', periodEnd: true,
    probes: 'pre-job subsidy first not said, then "不清楚", then said',
    turns: [
      { user: '火锅公司 招了贫困户6个 都干了7个月 以工代训4个月 补多少', expect: askOJT },
      { user: '岗前那个 俺也不清楚 得问财务', expect: dunnoOJT },
      { user: '财务说 没领过', expect: pay(4800) },
    ],
  },
  {
    id: 'v12d20', class: 'unknown_reply',
    probes: 'insurance not said, then "说不准": no figure, no verdict',
    turns: [
      { user: '我们公司 招了就业困难人员5个 以工代训两个月 岗前补贴没领', expect: askOJT },
      { user: '社保交没交 我这会儿说不准', expect: dunnoOJT },
    ],
  },
  {
    id: 'v12d21', class: 'unknown_reply',
    probes: 'months employed of poor hires not said, then "记不清"',
    turns: [
      { user: '俺村扶贫车间 收了3个贫困户 以工代训六个月 岗前补贴没领 补多少', expect: askOJT },
      { user: '干多久了 记不清 账本找不着了', expect: dunnoOJT },
    ],
  },
  {
    id: 'v12d22', class: 'unknown_reply',
    probes: 'studio equipment: acceptance not said, then unknown, then accepted',
    turns: [
      { user: '技能大师工作室 新买设备30万 职工教育经费出的 能补多少', expect: askKit },
      { user: '验收 不知道过没过', expect: { noAmount: 'open', undecided: 'equipment_subsidy' } },
      { user: '刚问了 人社跟财政都验收合格了', expect: kit(60000) },
    ],
  },
  {
    id: 'v12d23', class: 'unknown_reply',
    probes: 'education fund: fund drawn unknown, then given',
    turns: [
      { user: '工资总额800万 教育经费提了多少 我得查查 能税前扣多少', expect: askFund },
      { user: '查了 提了50万', expect: deduct(500000) },
    ],
  },
  {
    id: 'v12d24', class: 'unknown_reply', periodEnd: true,
    probes: '以工代训 months "不晓得", then said',
    turns: [
      { user: '社里招了2个贫困户 干了8个月 以工代训几个月 不晓得 岗前没领', expect: dunnoOJT },
      { user: '问了会计 以工代训搞了3个月', expect: pay(1200) },
    ],
  },
  // ---------------------------------------------------------------- corrections
  {
    id: 'v12d25', class: 'correction', periodEnd: true,
    probes: 'count corrected from 3 to 4',
    turns: [
      { user: '公司 贫困户3个 干了9个月 以工代训6个月 岗前补贴没领', expect: pay(3600) },
      { user: '说错了 是4个人 不是3个', expect: payNot(4800, 3600) },
    ],
  },
  {
    id: 'v12d26', class: 'correction', periodEnd: true,
    probes: '以工代训 months corrected from 5 to 3',
    turns: [
      { user: '扶贫车间 贫困户5个 干了1年 以工代训5个月 岗前没领', expect: pay(5000) },
      { user: '哎 不对 以工代训是3个月', expect: payNot(3000, 5000) },
    ],
  },
  {
    id: 'v12d27', class: 'correction', periodEnd: true,
    probes: 'pre-job subsidy corrected to claimed: the amount goes',
    turns: [
      { user: '参保企业 就业困难2个 以工代训4个月 岗前没领', expect: pay(1600) },
      { user: '更正一下 那2个的岗前培训补贴 上个月已经领了', expect: noPay(1600) },
    ],
  },
  {
    id: 'v12d28', class: 'correction',
    probes: 'base equipment value corrected 200万 → 300万, cap 50万 reached',
    turns: [
      { user: '高技能人才培训基地 新买设备 200万 教育经费出的 验收合格', expect: kit(400000) },
      { user: '打错了 是三百万', expect: kitNot(500000, 400000) },
    ],
  },
  {
    id: 'v12d29', class: 'correction',
    probes: 'education fund corrected 60万 → 100万, 8 % cap of 1000万 payroll',
    turns: [
      { user: '工资薪金总额 一千万 教育经费提了 60万 税前扣多少', expect: deduct(600000) },
      { user: '不对 教育经费提的是一百万', expect: deduct(800000, 600000) },
    ],
  },
  {
    id: 'v12d30', class: 'correction', periodEnd: true,
    probes: 'group corrected from poor labour to veterans: no 以工代训',
    turns: [
      { user: '合作社 贫困户2个 干了7个月 以工代训2个月 岗前没领', expect: pay(800) },
      { user: '搞错了 那俩不是贫困户 是退役军人', expect: noPay(800) },
    ],
  },
  // ---------------------------------------------------------------- topic switches
  {
    id: 'v12d31', class: 'topic_switch', periodEnd: true,
    probes: 'amount, then weather: declined',
    turns: [
      { user: '公司 招了贫困户2个 干了6个月 以工代训6个月 岗前没领', expect: pay(2400) },
      { user: '对了 明儿郑州下不下雨', expect: decline },
    ],
  },
  {
    id: 'v12d32', class: 'topic_switch',
    probes: 'cook asks about a certificate subsidy, then a teacher title: declined',
    turns: [
      { user: '幼儿园做饭的 想考个中式烹调师证 户口在郑州 培训补贴能有不', expect: { noAmount: 'unfixed', cites: ['七(二)', '六(一)'] } },
      { user: '换个事 幼儿园老师评职称咋弄', expect: decline },
    ],
  },
  {
    id: 'v12d33', class: 'topic_switch',
    probes: '[two-part] studio equipment cap, then the 8 % deduction limit',
    turns: [
      { user: '大师工作室 买设备 80万 教育经费出 验收过了', expect: kitNot(100000, 160000) },
      { user: '再问个 教育经费税前扣除 上限是工资的百分之几', expect: { cites: ['六(二)'], says: [/8\s*%|百分之八/] } },
    ],
  },
  {
    id: 'v12d34', class: 'topic_switch',
    probes: 'father: family aid for a 技校 son, then entrepreneurship training after graduation',
    turns: [
      { user: '儿子在技校上学 家里是建档立卡户 有啥补助', expect: noFigure(['三(三)']) },
      { user: '那他毕业了想自己开店 有创业培训不', expect: noFigure(['三(八)']) },
    ],
  },
  {
    id: 'v12d35', class: 'topic_switch',
    probes: 'veteran truck driver: training, then truck inspection: declined',
    turns: [
      { user: '退伍老兵 开大货车的 想学个叉车 有培训没', expect: noFigure(['三(二)', '六(一)']) },
      { user: '货车年审 现在多久一回', expect: decline },
    ],
  },
  {
    id: 'v12d36', class: 'topic_switch', periodEnd: true,
    probes: 'apprenticeship (no fixed amount), then back to 以工代训 with all facts',
    turns: [
      { user: '合作社的新型学徒 有补贴不 补多少', expect: noFigure(['四(一)']) },
      { user: '回到以工代训 社里贫困户3个 干了10个月 以工代训4个月 岗前没领', expect: pay(2400) },
    ],
  },
  // ---------------------------------------------------------------- a person's own training
  {
    id: 'v12d37', class: 'person_training',
    probes: 'cook with every condition stated: eligible, but the plan fixes no per-person figure',
    turns: [{ user: '幼儿园厨师 常住郑州 就在郑州培训的 考了中式面点师证 培训机构在省里系统里 今年头一回 没有退休金 以前也没补过这个工种 补多少', expect: { noAmount: 'unfixed', cites: ['七(二)'], status: { rule: 'vocational_training', status: 'eligible' } } }],
  },
  {
    id: 'v12d38', class: 'person_training',
    probes: 'three subsidies already this year: no fourth',
    turns: [{ user: '老司机 今年培训补贴已经领了3回了 还能再领一次不', expect: { status: { rule: 'vocational_training', status: 'ineligible' }, cites: ['七(二)'], noAmount: 'unfixed' } }],
  },
  {
    id: 'v12d39', class: 'person_training',
    probes: 'monthly pension: outside the training subsidy',
    turns: [{ user: '我是拿退休金的 退了返聘在幼儿园做饭 职业培训补贴能享受不', expect: personNo(['六(一)', '七(二)']) }],
  },
  {
    id: 'v12d40', class: 'person_training',
    probes: 'same occupation and level subsidised before: not again',
    turns: [{ user: '儿子技校毕业 同一个工种 同一等级 去年补过了 今年再考一次还补不', expect: personNo(['七(二)']) }],
  },
  {
    id: 'v12d41', class: 'person_training',
    probes: 'training outside 户籍地/常住地/求职就业地: no subsidy',
    turns: [{ user: '来电人户口不在那 也不住那 也不在那找活 就跑去外地一个地方培训 考了证 能补不', expect: personNo(['七(二)']) }],
  },
  {
    id: 'v12d42', class: 'person_training',
    probes: 'institution outside the system: 系统之外零补贴',
    turns: [
      { user: '培训学校说 他们没进省里那个系统 我考了证 補貼還有沒', expect: personNo(['六(三)', '七(一)']) },
      { user: '那 培训期间生活费补贴 一个月有几百', expect: unsettled },
    ],
  },
  // ---------------------------------------------------------------- entrepreneurship
  {
    id: 'v12d43', class: 'entrepreneurship',
    probes: 'wish to start a business: eligible, no figure',
    turns: [{ user: '想自己买辆车跑运输 算创业 有创业培训不', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed', cites: ['三(八)'] } }],
  },
  {
    id: 'v12d44', class: 'entrepreneurship',
    probes: 'own small business open 3 years: eligible',
    turns: [{ user: '俺自己的小火锅店 开了3年 小微企业 想参加创业培训 中不中', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed', cites: ['三(八)'] } }],
  },
  {
    id: 'v12d45', class: 'entrepreneurship',
    probes: 'business open 7 years, no wish to start another: not eligible on these facts',
    turns: [{ user: '店开了七年了 也没打算再创业 不是学生 创业培训还能去不', expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' } }],
  },
  {
    id: 'v12d46', class: 'entrepreneurship',
    probes: '技工院校 student (含技工院校): entrepreneurship training, no figure',
    turns: [{ user: '儿子 技校在读 能参加创业培训不 给多少钱', expect: noFigure(['三(八)']) }],
  },
  {
    id: 'v12d47', class: 'entrepreneurship',
    probes: 'per-person entrepreneurship subsidy: not fixed; then the 5-year owners',
    turns: [
      { user: '创业培训补贴 一个人多少钱', expect: { noAmount: 'unfixed', cites: ['三(八)'] } },
      { user: '那开业五年以内的小微企业主 算在里头不', expect: { cites: ['三(八)'], answered: true } },
    ],
  },
  // ---------------------------------------------------------------- equipment
  {
    id: 'v12d48', class: 'equipment',
    probes: 'studio 45万, all facts: 20 %',
    turns: [{ user: '技能大师工作室 新添设备 45万 职工教育经费买的 人社财政验收合格 补多少', expect: kit(90000) }],
  },
  {
    id: 'v12d49', class: 'equipment',
    probes: 'base, value in capital numerals 壹佰贰拾万',
    turns: [{ user: '高技能人才培训基地 新购实训设备 壹佰贰拾万 全是职工教育经费 验收通过了', expect: kit(240000) }],
  },
  {
    id: 'v12d50', class: 'equipment',
    probes: 'a base and a studio: each site its own cap',
    turns: [{ user: '一个培训基地买了100万设备 一个大师工作室买了60万 都是教育经费出的 都验收合格 一共补多少', expect: kitNot(300000, 320000) }],
  },
  {
    id: 'v12d51', class: 'equipment',
    probes: 'fund source not said: ask',
    turns: [{ user: '培训基地买了设备 150万 验收了 补多少', expect: askKit }],
  },
  {
    id: 'v12d52', class: 'equipment',
    probes: 'studio purchase split into three batches: one site, one cap',
    turns: [{ user: '大师工作室 分三批买的 每批20万 都是教育经费 都验收了', expect: kitNot(100000, 120000) }],
  },
  {
    id: 'v12d53', class: 'equipment',
    probes: 'acceptance failed: no subsidy',
    turns: [{ user: '验收没通过 基地设备 100万 教育经费出的 还能补吗', expect: noKit(200000, /20\s*万/) }],
  },
  // ---------------------------------------------------------------- education fund
  {
    id: 'v12d54', class: 'education_fund',
    probes: 'fund below 8 % of payroll: the fund itself',
    turns: [{ user: '工资薪金总额 500万 职工教育经费 提了30万 税前能扣多少', expect: deduct(300000) }],
  },
  {
    id: 'v12d55', class: 'education_fund',
    probes: 'fund above 8 %: capped at 8 % of payroll',
    turns: [{ user: '工资总额两千万 教育经费提了200万 能全扣不', expect: deduct(1600000) }],
  },
  {
    id: 'v12d56', class: 'education_fund',
    probes: 'front-line share under 60 % noted',
    turns: [{ user: '工资1200万 经费90万 一线职工只用了一半 税前扣除咋算', expect: { ...deduct(900000), says: [/税前/, /60\s*%|百分之六十|六成/] } }],
  },
  {
    id: 'v12d57', class: 'education_fund',
    probes: 'payroll not said: no figure',
    turns: [{ user: '职工教育经费今年提了40万 都能税前扣吗', expect: askFund }],
  },
  {
    id: 'v12d58', class: 'education_fund',
    probes: 'the deduction is not cash to collect',
    turns: [{ user: '教育经费扣除的那部分 能不能直接当现金领出来', expect: { noAmount: 'unfixed', cites: ['六(二)'], says: [/税前/] } }],
  },
  {
    id: 'v12d59', class: 'education_fund',
    probes: 'payroll first, fund in the next bare reply (拾伍万)',
    turns: [
      { user: '工资薪金总额 三百万 教育经费能扣多少', expect: askFund },
      { user: '教育经费 拾伍万', expect: deduct(150000) },
    ],
  },
  // ---------------------------------------------------------------- apprenticeship
  {
    id: 'v12d60', class: 'apprenticeship',
    probes: '15 apprentices: the plan fixes no per-person amount',
    turns: [{ user: '店里带了15个企业新型学徒 一人补多少', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v12d61', class: 'apprenticeship',
    probes: 'three-year apprentice target',
    turns: [{ user: '新型学徒 三年全市要培养多少人', expect: { cites: ['四(一)'], says: [/2\s*万|20000|两万/] } }],
  },
  {
    id: 'v12d62', class: 'apprenticeship',
    probes: '师带徒 allowance from the education fund',
    turns: [{ user: '车间老师傅带徒弟 师带徒津贴 能从教育经费里出不', expect: { cites: ['六(二)'], answered: true } }],
  },
  {
    id: 'v12d63', class: 'apprenticeship',
    probes: 'cooperative asks apprenticeship standard: not fixed',
    turns: [{ user: '合作社能搞新型学徒制不 补贴按啥标准给', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v12d64', class: 'apprenticeship',
    probes: '现代学徒制 vs 新型学徒制 subsidy: not fixed',
    turns: [{ user: '来电人问 现代学徒制跟新型学徒制 补贴一样不 各多少', expect: noFigure(['四(一)']) }],
  },
  // ---------------------------------------------------------------- period
  {
    id: 'v12d65', class: 'period',
    probes: 'can I still apply for 以工代训 now',
    turns: [{ user: '都2026年了 以工代训现在还能报不', expect: { ...over, noAmount: 'open' } }],
  },
  {
    id: 'v12d66', class: 'period',
    probes: 'when the plan ends',
    turns: [{ user: '63号这个文件 管到哪年哪月为止', expect: { ...over, says: [/2021/] } }],
  },
  {
    id: 'v12d67', class: 'period',
    probes: '[dated] a hire of July 2020 lies inside the period',
    turns: [{ user: '2020年7月招的贫困户 那会儿还在方案期限里头不', expect: { says: [/2021/], noAmount: 'open' } }],
  },
  {
    id: 'v12d68', class: 'period',
    probes: '[dated] 以工代训 started March 2022: after the end',
    turns: [{ user: '22年3月才开始的以工代训 能按这个方案补不', expect: { ...over, noAmount: 'open' } }],
  },
  {
    id: 'v12d69', class: 'period',
    probes: '[contact] still open? whom to ask',
    turns: [{ user: '还能申请不 该找哪个部门问', expect: { ...over, says: [WHO] } }],
  },
  {
    id: 'v12d70', class: 'period',
    probes: '[two-part] studio cap and whether it can still be applied for',
    turns: [{ user: '大师工作室设备补助最高多少 现在还能申报不', expect: { ...over, says: [/10\s*万|100000|十万/] } }],
  },
];
