/**
 * HELD-OUT dialogues, set v13 — written on 2026-11-30 from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * never from the service's output, the code under src/, or the dev sets under test/core/. Only
 * the format of v12 (its header and first lines) was looked at; no message is reused or
 * paraphrased from sets v1–v12. Not to be tuned on: no word of these messages goes into a
 * glossary, pattern or fixture. Once a dialogue has been fixed by a targeted change it measures
 * nothing any more; write a new one instead.
 *
 * Who types here: a steamed-bun shop owner (蒸馍店, registered as a company), the HR of a
 * property-management company (物业), the head of a women's handicraft cooperative, a laid-off
 * textile worker, a veteran's wife, a 技工学校 student, a training-institution clerk, a county
 * hotline agent relaying callers and the manager of a poverty-relief workshop (扶贫车间). WeChat
 * on a phone: short, dialect (俺 / 咱 / 中不中 / 木有 / 哩), homophones, odd spacing, numerals as
 * 仨 / 陆 / 壹仟万 / 全角 / 半年, traditional characters now and then, run-ons, bare replies.
 *
 * Issue 10: nothing is inferred from silence. A fact the amount depends on (岗前培训补贴 already
 * claimed or not, the kind of unit, insurance where the rule needs it, months employed for poor
 * labour, acceptance and fund source of equipment, payroll and fund drawn, where the training
 * took place) must be asked, so an amount is expected only once every such fact has been said.
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months by a production entity (a 培训机构 counts, a 职业院校 does not);
 *   就业困难 (incl. 残疾人) and 零就业家庭 only by an insured enterprise; 退役军人 and other
 *   hires are no group; rows with the 岗前培训补贴 claimed never count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only from the
 *   职工教育经费 and accepted.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Project training (六(一)): 50 % of the project's training subsidy in advance.
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


export const DIALOGUES_V13: Dialogue[] = [
  // ---------------------------------------------------------------- one group of hires
  {
    id: 'v13d01', class: 'one_group', periodEnd: true,
    probes: 'bun shop registered as a company, three (仨) poor hires, 8+ months employed, 4 months 以工代训',
    turns: [{ user: '俺开蒸馍店的 营业执照是有限公司 收了仨建档立卡户 在店里干了八个多月 以工代训带了4个月 岗前培训那补贴没申过 能给多少', expect: pay(2400) }],
  },
  {
    id: 'v13d02', class: 'one_group', periodEnd: true,
    probes: 'bun shop: kind of unit, months, then pre-job subsidy come one by one; 7 months 以工代训 capped at 6',
    turns: [
      { user: '馍店 收了两个贫困户劳力 以工代训能补不', expect: askOJT },
      { user: '是公司 他俩干满七个月了 以工代训也带了七个月', expect: askOJT },
      { user: '岗前那个培训补贴 一分都木拿', expect: payNot(2400, 2800) },
    ],
  },
  {
    id: 'v13d03', class: 'one_group', periodEnd: true,
    probes: 'insured property company, five 就业困难 hires, 半年 以工代训',
    turns: [{ user: '物业公司HR 我司社保正常缴纳 新招了５个就业困难人员 都带了半年以工代训 岗前培训补贴没享受过 补贴多少', expect: pay(6000) }],
  },
  {
    id: 'v13d04', class: 'one_group', periodEnd: true,
    probes: 'four disabled hires: insurance and pre-job subsidy unsaid, asked, then said',
    turns: [
      { user: '我们物业公司招了4名残疾人当保洁 以工代训弄了3个月 有以工代训补贴吗', expect: askOJT },
      { user: '社保一直在交 岗前补贴也没领', expect: pay(2400) },
    ],
  },
  {
    id: 'v13d05', class: 'one_group', periodEnd: true,
    probes: 'registered 农民专业合作社 (handicraft), six (陆) poor hires, 10 months, 5 months 以工代训',
    turns: [{ user: '俺们是登记过的农民专业合作社 做手工编织 吸纳了陆个贫困劳动力 在社里干了十个月 以工代训五个月 岗前的补贴没有 能补多少', expect: pay(6000) }],
  },
  {
    id: 'v13d06', class: 'one_group', periodEnd: true,
    probes: 'poverty workshop, ten poor hires for a year, 6 months 以工代训',
    turns: [{ user: '扶贫车间负责人 招了10个贫困户劳力 干满一年了 以工代训六个月 岗前培训补贴谁都没领过 一共补多少', expect: pay(12000) }],
  },
  {
    id: 'v13d07', class: 'one_group',
    probes: 'poor hires employed only 4 months: below the six-month line',
    turns: [{ user: '公司招了三个建档立卡的 才上了四个月班 以工代训也就四个月 岗前补贴没领 能补以工代训不', expect: noPay(2400) }],
  },
  {
    id: 'v13d08', class: 'one_group',
    probes: 'a 职业院校 hiring poor labour is not a production entity',
    turns: [{ user: '俺们是职业院校 后勤雇了2个贫困劳动力 干了9个月 以工代训6个月 岗前补贴没领 学校能拿以工代训补贴吗', expect: noPay(2400) }],
  },
  {
    id: 'v13d09', class: 'one_group', periodEnd: true,
    probes: 'training institution hires poor labour: the list of production entities is open',
    turns: [{ user: '我是培训机构的文员 机构雇了2个贫困劳动力做保洁 干了8个月 以工代训3个月 岗前补贴没领 机构能申以工代训补贴吗 多少', expect: pay(1200) }],
  },
  {
    id: 'v13d10', class: 'one_group',
    probes: '[two-part] rate and longest duration of 以工代训',
    turns: [{ user: '以工代训 一人一月给多少 最长能补几个月', expect: { cites: ['六(一)'], says: [/200/, /6\s*个?月|六个月/] } }],
  },
  // ---------------------------------------------------------------- several groups
  {
    id: 'v13d11', class: 'several_groups', periodEnd: true,
    probes: 'insured company: 就业困难 ×3 for 4 months and 零就业 ×2 for 2 months, each on its own months',
    turns: [{ user: '物业公司 参保的 招了3个就业困难人员以工代训4个月 还有2个零就业家庭的以工代训2个月 岗前补贴都没拿 总共能补多少', expect: payNot(3200, 4000) }],
  },
  {
    id: 'v13d12', class: 'several_groups', periodEnd: true,
    probes: 'poor hires count, the veteran hire is no group of 以工代训',
    turns: [{ user: '馍店是公司 招贫困劳动力2人 干了七个月 以工代训6个月 另外招了1个退伍兵 也带了6个月 岗前补贴都没领 补多少', expect: payNot(2400, 3600) }],
  },
  {
    id: 'v13d13', class: 'several_groups', periodEnd: true,
    probes: 'workshop: five poor hires past 8 months count, four who came 3 months ago do not',
    turns: [{ user: '扶贫车间 贫困劳力5个 满8个月了 以工代训3个月 还有4个贫困劳力 才来了3个月 以工代训也3个月 岗前补贴都没领过', expect: payNot(3000, 5400) }],
  },
  {
    id: 'v13d14', class: 'several_groups', periodEnd: true,
    probes: 'two groups with their own months, pre-job subsidy said last',
    turns: [
      { user: '公司交着社保哩 招了两拨人 一拨是就业困难的3个 一拨是残疾人2个 能补多少', expect: askOJT },
      { user: '困难的那3个以工代训5个月 残疾的2个以工代训3个月', expect: askOJT },
      { user: '岗前补贴 两拨都没申请过', expect: payNot(4200, 5000) },
    ],
  },
  {
    id: 'v13d15', class: 'several_groups', periodEnd: true,
    probes: 'cooperative: poor hires count, 就业困难 hires need an insured enterprise',
    turns: [{ user: '农民专业合作社 招了3个贫困劳动力 干了7个月 以工代训6个月 还有2个就业困难人员 以工代训6个月 岗前补贴都没领 合作社能补多少', expect: payNot(3600, 6000) }],
  },
  {
    id: 'v13d16', class: 'several_groups', periodEnd: true,
    probes: 'hotline relays: 零就业 ×1 for 6 months and poor ×2 for 4 months',
    turns: [{ user: '县热线转一个来电 某企业已参保 吸纳零就业家庭成员1人以工代训6个月 贫困劳动力2人已就业10个月以工代训4个月 岗前补贴均未享受 请问补贴总额', expect: payNot(2800, 3600) }],
  },
  {
    id: 'v13d17', class: 'several_groups', periodEnd: true,
    probes: 'one row has the pre-job subsidy claimed and drops out',
    turns: [{ user: '公司 参保 就业困难人员4个 以工代训6个月 这4个岗前补贴已经领了 另外贫困劳力2个干了一年 以工代训6个月 岗前补贴没领', expect: payNot(2400, 7200) }],
  },
  // ---------------------------------------------------------------- negation after the noun
  {
    id: 'v13d18', class: 'negation_after_noun',
    probes: '社保 没交 after the noun: 就业困难 hires do not qualify',
    turns: [{ user: '物业公司 社保 没交 招了3个就业困难人员 以工代训6个月 岗前补贴没领 能补不', expect: noPay(3600) }],
  },
  {
    id: 'v13d19', class: 'negation_after_noun',
    probes: '贫困户 不是: ordinary laid-off hires are no group',
    turns: [{ user: '公司参保 招的2个人 贫困户 不是 就是普通下岗的 干了8个月 以工代训6个月 岗前补贴没领', expect: notYes(2400) }],
  },
  {
    id: 'v13d20', class: 'negation_after_noun',
    probes: '建档立卡 都不算: the cooperative has no poor hires',
    turns: [{ user: '合作社的工人 建档立卡 一个都不算 以工代训能补不', expect: { noAmount: 'open', notVerdict: { rule: 'on_job_training', status: 'eligible' } } }],
  },
  {
    id: 'v13d21', class: 'negation_after_noun', periodEnd: true,
    probes: 'stammered 没 没领 after the noun is still a no',
    turns: [{ user: '公司 参保 就业困难人员3个 以工代训4个月 岗前培训补贴 没 没领', expect: pay(2400) }],
  },
  {
    id: 'v13d22', class: 'negation_after_noun', periodEnd: true,
    probes: 'workshop: pre-job subsidy missing, then 他们 一个也没申请',
    turns: [
      { user: '扶贫车间 收了4个贫困劳动力 干了半年多 以工代训5个月', expect: askOJT },
      { user: '岗前培训的补贴 他们 一个也没申请', expect: pay(4000) },
    ],
  },
  {
    id: 'v13d23', class: 'negation_after_noun',
    probes: '职工教育经费 没用: company money does not fund the equipment subsidy',
    turns: [{ user: '大师工作室买设备 职工教育经费 没动 用的公司自有资金 花了30万 验收过了 有补助没', expect: noKit(60000, /(?<![\d.])6\s*万/) }],
  },
  {
    id: 'v13d24', class: 'negation_after_noun',
    probes: '养老金 领着: a person with a monthly pension is outside the training subsidy',
    turns: [{ user: '俺退休了 养老金 每月都领着哩 想学个面点 给补贴不', expect: personNo(['六(一)', '七(二)']) }],
  },
  // ---------------------------------------------------------------- unknown replies
  {
    id: 'v13d25', class: 'unknown_reply',
    probes: 'insurance asked, the HR cannot say',
    turns: [
      { user: '物业公司 招了3个就业困难人员 以工代训6个月 岗前补贴没领 补多少', expect: askOJT },
      { user: '社保这块 我也说不清 得问财务', expect: dunnoOJT },
    ],
  },
  {
    id: 'v13d26', class: 'unknown_reply',
    probes: 'pre-job subsidy asked, the owner does not know',
    turns: [
      { user: '馍店 是公司 收了2个贫困劳力 干了9个月 以工代训4个月 补贴咋算', expect: askOJT },
      { user: '岗前补贴领没领 俺真不晓得 之前会计弄的', expect: dunnoOJT },
    ],
  },
  {
    id: 'v13d27', class: 'unknown_reply',
    probes: 'hotline: months employed asked, the caller cannot remember',
    turns: [
      { user: '热线这边有个来电 扶贫车间 吸纳贫困劳动力5人 以工代训6个月 岗前补贴未领 能补多少', expect: askOJT },
      { user: '她说记不清干了几个月了', expect: dunnoOJT },
    ],
  },
  {
    id: 'v13d28', class: 'unknown_reply',
    probes: 'equipment: acceptance asked, unknown',
    turns: [
      { user: '技能大师工作室 用职工教育经费买了设备 40万 能补多少', expect: askKit },
      { user: '验收的事 我不清楚 回头问问老板', expect: { noAmount: 'open', undecided: 'equipment_subsidy' } },
    ],
  },
  {
    id: 'v13d29', class: 'unknown_reply',
    probes: 'laid-off worker: certificate not known yet',
    turns: [
      { user: '纺织厂下岗了 想去学育婴员 有补贴不', expect: { asks: true, noAmount: 'unfixed', undecided: 'vocational_training' } },
      { user: '学完能不能拿到证 现在还不好说', expect: { noAmount: 'unfixed', undecided: 'vocational_training' } },
    ],
  },
  {
    id: 'v13d30', class: 'unknown_reply',
    probes: 'education fund: payroll given, fund drawn unknown',
    turns: [
      { user: '物业公司 工资薪金总额八百来万 职工教育经费能税前扣多少', expect: askFund },
      { user: '教育经费提了多少 还没算出来', expect: askFund },
    ],
  },
  // ---------------------------------------------------------------- corrections
  {
    id: 'v13d31', class: 'correction', periodEnd: true,
    probes: 'months corrected from 3 to 5',
    turns: [
      { user: '公司 参保 招了4个就业困难人员 以工代训3个月 岗前补贴没领', expect: pay(2400) },
      { user: '说错了 是5个月 不是3个月', expect: payNot(4000, 2400) },
    ],
  },
  {
    id: 'v13d32', class: 'correction', periodEnd: true,
    probes: 'count corrected from six to three',
    turns: [
      { user: '扶贫车间 招了6个贫困劳力 干了7个月 以工代训6个月 岗前补贴没领', expect: pay(7200) },
      { user: '哦不对 人数是3个 我看串行了', expect: payNot(3600, 7200) },
    ],
  },
  {
    id: 'v13d33', class: 'correction', periodEnd: true,
    probes: 'pre-job subsidy first denied, then admitted',
    turns: [
      { user: '合作社 贫困劳动力2个 干了8个月 以工代训5个月 岗前补贴没拿', expect: pay(2000) },
      { user: '等下 岗前培训补贴 其实去年领过了', expect: noPay(2000) },
    ],
  },
  {
    id: 'v13d34', class: 'correction',
    probes: 'equipment value corrected from 200万 to 300万: the base cap binds',
    turns: [
      { user: '高技能人才培训基地 职工教育经费买的实训设备 总共200万 人社财政验收合格', expect: kit(400000) },
      { user: '写错了 是300万', expect: kitNot(500000, 600000) },
    ],
  },
  {
    id: 'v13d35', class: 'correction',
    probes: 'fund drawn corrected from 30万 to 50万: the 8 % ceiling binds',
    turns: [
      { user: '公司一年工资薪金总额500万 提了职工教育经费30万 税前能扣多少', expect: deduct(300000) },
      { user: '更正一下 提的是50万', expect: deduct(400000, 500000) },
    ],
  },
  {
    id: 'v13d36', class: 'correction', periodEnd: true,
    probes: 'kind of unit corrected from 职业院校 to the school-run company',
    turns: [
      { user: '我们是职业院校 招了2个贫困劳动力 干了8个月 以工代训6个月 岗前补贴没领', expect: noPay(2400) },
      { user: '搞错了 招人的是学校办的公司 是企业 不是学校本身', expect: pay(2400) },
    ],
  },
  // ---------------------------------------------------------------- topic switches
  {
    id: 'v13d37', class: 'topic_switch', periodEnd: true,
    probes: 'amount, then a traffic question outside the plan',
    turns: [
      { user: '公司 参保 零就业家庭成员2个 以工代训6个月 岗前补贴没领', expect: pay(2400) },
      { user: '对了 顺便问下 郑州明天限号尾号几', expect: decline },
    ],
  },
  {
    id: 'v13d38', class: 'topic_switch',
    probes: 'education fund share, then entrepreneurship training',
    turns: [
      { user: '职工教育经费 至少得几成花在一线职工身上', expect: { cites: ['六(二)'], says: [/60/] } },
      { user: '那创业培训 开店三年的小老板能参加不', expect: { cites: ['三(八)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v13d39', class: 'topic_switch',
    probes: 'studio cap, then the fees of a poor family child in 技校',
    turns: [
      { user: '大师工作室设备补助 封顶多少', expect: { cites: ['四(一)'], says: [/10\s*万/] } },
      { user: '换个事 贫困家庭娃上技校 学费免不免', expect: { cites: ['三(三)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v13d40', class: 'topic_switch', periodEnd: true,
    probes: 'amount, then a tax question on sewing machines outside the plan',
    turns: [
      { user: '扶贫车间 贫困劳动力3个 干了满7个月 以工代训6个月 岗前补贴没领过', expect: pay(3600) },
      { user: '另外问个 车间买的缝纫机能抵增值税不', expect: decline },
    ],
  },
  {
    id: 'v13d41', class: 'topic_switch', periodEnd: true,
    probes: '[contact] amount, then where to apply',
    turns: [
      { user: '扶贫车间 贫困劳力4个 干了10个月 以工代训2个月 岗前补贴都没领', expect: pay(1600) },
      { user: '这个上哪儿办 找谁', expect: { says: [WHO] } },
    ],
  },
  {
    id: 'v13d42', class: 'topic_switch',
    probes: 'project training advance, then whether a training institution may claim 以工代训',
    turns: [
      { user: '我们培训机构搞项目制培训 这个项目培训补贴总共40万 能先拨多少', expect: { amount: { rule: 'project_training_advance', yuan: 200000 } } },
      { user: '那机构自己招的贫困劳力 也能享受以工代训不', expect: { cites: ['六(一)'], notVerdict: { rule: 'on_job_training', status: 'ineligible' } } },
    ],
  },
  {
    id: 'v13d43', class: 'topic_switch',
    probes: 'handicraft cooperative: online shop question, then back to the plan',
    turns: [
      { user: '合作社绣的鞋垫 抖音上咋开店卖', expect: decline },
      { user: '那妇女手工培训 方案里提了没', expect: { cites: ['五(一)'], answered: true } },
    ],
  },
  {
    id: 'v13d44', class: 'topic_switch',
    probes: '[two-part] project advance share and the information system',
    turns: [{ user: '项目制培训 补贴能先拨几成 还有培训要进啥系统才给补', expect: { cites: ['六(一)', '六(三)'], says: [/50\s*%|百分之五十|一半/, /系统/] } }],
  },
  // ---------------------------------------------------------------- a person's own training
  {
    id: 'v13d45', class: 'person_training', periodEnd: true,
    probes: 'laid-off worker, every condition stated: eligible, amount set elsewhere',
    turns: [{ user: '纺织厂下岗的 户口在中牟 就在中牟学的电工 证拿到了 今年头一回 以前没学过电工 没有养老金 机构说在省里系统登记了 能补不', expect: { status: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' } }],
  },
  {
    id: 'v13d46', class: 'person_training',
    probes: 'trained in a city that is neither household, residence nor job-seeking place',
    turns: [{ user: '我户口郑州 也住郑州 跑去开封学的美容 也不在开封找活 证拿了 能补不', expect: personNo(['七(二)']) }],
  },
  {
    id: 'v13d47', class: 'person_training',
    probes: 'three subsidies already this year',
    turns: [{ user: '今年已经领过三回培训补贴了 再考个茶艺师 还能补吗', expect: personNo(['七(二)']) }],
  },
  {
    id: 'v13d48', class: 'person_training',
    probes: 'same occupation and level again',
    turns: [{ user: '前年学中式面点师初级 补过了 今年又考一遍中式面点师初级 还给不给', expect: personNo(['七(二)']) }],
  },
  {
    id: 'v13d49', class: 'person_training', periodEnd: true,
    probes: "veteran's wife: the husband's status is not hers; facts asked until settled",
    turns: [
      { user: '俺老公是退伍的 俺自己想学家政 能补贴不', expect: { asks: true, noAmount: 'unfixed', undecided: 'vocational_training' } },
      { user: '在常住地学 拿了证 今年第一次', expect: { oneOf: [{ asks: true, undecided: 'vocational_training' }, { status: { rule: 'vocational_training', status: 'needs_info' } }], noAmount: 'unfixed' } },
      { user: '没退休 也木有养老金 以前没学过家政 机构说在系统里', expect: { status: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v13d50', class: 'person_training',
    probes: '技工学校 student from a poor family: 助学金 and 免学费, no figure',
    turns: [{ user: '我在技工学校读书 家里是建档立卡户 学费能免不 助学金一年多少', expect: noFigure(['三(三)']) }],
  },
  {
    id: 'v13d51', class: 'person_training',
    probes: "poor family's aid for a child in 技校: no amount in the plan",
    turns: [{ user: '俺家是建檔立卡戶 閨女在技校上學 家裡能有補助不 給多少', expect: noFigure(['三(三)', '三(十四)']) }],
  },
  {
    id: 'v13d52', class: 'person_training',
    probes: 'poor labour asks about fees: free training',
    turns: [{ user: '我是贫困户 想学电焊 学费要自己掏不', expect: { cites: ['三(三)'], noAmount: 'unfixed' } }],
  },
  {
    id: 'v13d53', class: 'person_training',
    probes: '生活费补贴 per day is not fixed by the plan',
    turns: [{ user: '贫困户培训期间 生活费补贴 一天给几块', expect: unsettled }],
  },
  // ---------------------------------------------------------------- entrepreneurship
  {
    id: 'v13d54', class: 'entrepreneurship', periodEnd: true,
    probes: 'bun shop open two years: small business owner within five years',
    turns: [{ user: '蒸馍店开了两年 算小微企业 想参加创业培训 中不中', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' } }],
  },
  {
    id: 'v13d55', class: 'entrepreneurship',
    probes: 'shop open 7–8 years and no wish stated: not eligible by the business, may be asked',
    turns: [{ user: '小店开了七八年了 还能去上创业培训不', expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' } }],
  },
  {
    id: 'v13d56', class: 'entrepreneurship', periodEnd: true,
    probes: '技工学校 student: 职业院校 includes 技工院校',
    turns: [{ user: '技校在读 想学开网店 创业培训俺能参加不', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' } }],
  },
  {
    id: 'v13d57', class: 'entrepreneurship',
    probes: 'laid-off worker wants to start a stall; then per-day subsidy not fixed',
    turns: [
      { user: '下岗了 想自己摆摊卖凉皮 有创业的培训吗', expect: { cites: ['三(八)'], notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' }, noAmount: 'unfixed' } },
      { user: '上创业培训 一天补多少钱', expect: unsettled },
    ],
  },
  // ---------------------------------------------------------------- equipment
  {
    id: 'v13d58', class: 'equipment',
    probes: 'base, 150万 from the fund, accepted',
    turns: [{ user: '高技能人才培训基地 用职工教育经费新买实训设备 一百五十万 人社财政验收合格了 补多少', expect: kit(300000) }],
  },
  {
    id: 'v13d59', class: 'equipment',
    probes: 'studio, 80万: the 10万 cap binds',
    turns: [{ user: '技能大师工作室 职工教育经费买设备 80万 验收过了', expect: kitNot(100000, 160000) }],
  },
  {
    id: 'v13d60', class: 'equipment',
    probes: 'two studios, each on its own cap',
    turns: [{ user: '俺们有两个大师工作室 甲室设备30万 乙室设备70万 都是职工教育经费出的 都验收合格 一共补多少', expect: kitNot(160000, 200000) }],
  },
  {
    id: 'v13d61', class: 'equipment',
    probes: 'acceptance failed: no subsidy',
    turns: [{ user: '培训基地 设备100万 教育经费出的 验收没通过', expect: noKit(200000, /(?<![\d.])20\s*万/) }],
  },
  {
    id: 'v13d62', class: 'equipment',
    probes: 'nothing said at first, then value, fund and acceptance',
    turns: [
      { user: '公司想给大师工作室添设备 能补多少', expect: askKit },
      { user: '设备25万 职工教育经费 已验收', expect: kit(50000) },
    ],
  },
  // ---------------------------------------------------------------- education fund
  {
    id: 'v13d63', class: 'education_fund',
    probes: 'payroll 壹仟万, fund 六十万: all of it under the 8 % line',
    turns: [{ user: '工资薪金总额 壹仟万 职工教育经费提了 六十万 税前能扣多少', expect: deduct(600000) }],
  },
  {
    id: 'v13d64', class: 'education_fund',
    probes: 'fund above 8 % of payroll: capped',
    turns: [{ user: '年工资总额300万 教育经费提了40万 都能税前扣吗', expect: deduct(240000, 400000) }],
  },
  {
    id: 'v13d65', class: 'education_fund',
    probes: 'half to front-line workers is under 60 %',
    turns: [{ user: '教育经费 一线职工只用了一半 行不行', expect: { cites: ['六(二)'], says: [/60\s*%|百分之六十/] } }],
  },
  // ---------------------------------------------------------------- apprenticeship
  {
    id: 'v13d66', class: 'apprenticeship',
    probes: 'fifteen new-type apprentices: no per-head amount in the plan',
    turns: [{ user: '物业公司 带了15个企业新型学徒 一人补多少', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v13d67', class: 'apprenticeship',
    probes: 'technical school student in 现代学徒制: no monthly figure',
    turns: [{ user: '技工学校跟公司搞现代学徒制 学徒每月能拿多少补贴', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v13d68', class: 'apprenticeship',
    probes: '师带徒 allowance: the fund may pay it, no amount fixed',
    turns: [
      { user: '馍店老师傅带徒弟 师带徒 有津贴没', expect: { cites: ['六(二)'] } },
      { user: '那一个月给师傅补几百', expect: unsettled },
    ],
  },
  // ---------------------------------------------------------------- period
  {
    id: 'v13d69', class: 'period',
    probes: '"can I still apply" today',
    turns: [{ user: '现在还能申请以工代训补贴吗', expect: over }],
  },
  {
    id: 'v13d70', class: 'period',
    probes: '[dated] hires in 2022 fall after the end',
    turns: [{ user: '2022年3月招的贫困户 能补以工代训不', expect: { ...over, notVerdict: { rule: 'on_job_training', status: 'eligible' } } }],
  },
  {
    id: 'v13d71', class: 'period', periodEnd: true,
    probes: '[dated] hires within the period: amount for then, and the end said',
    turns: [{ user: '2020年10月 扶贫车间招了贫困劳动力2个 干到2021年5月 以工代训6个月 岗前补贴没领 当时能补多少', expect: pay(2400) }],
  },
  {
    id: 'v13d72', class: 'period',
    probes: 'hotline: a course in 2023 under this plan',
    turns: [{ user: '来电问 2023年开的培训班 还能按这个方案补吗', expect: over }],
  },
];
