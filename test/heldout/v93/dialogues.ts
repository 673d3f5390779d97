/**
 * HELD-OUT dialogues, set v93 — written BLIND from the policy text (policy-corpus/zz-2019-63.md)
 * and the contracts (shared/spec/eligibility.md, api.md) only: never from the service's output,
 * the code under src/, other held-out sets or the dev sets under test/. Only the format of v87
 * (its first lines) was looked at. Not to be tuned on: no word of these messages goes into a
 * glossary, pattern or fixture; once a dialogue has been fixed by a targeted change it measures
 * nothing any more — write a new one instead.
 *
 * Who types here: HR, payroll and finance staff (人事专员、会计、行政) of small and medium
 * enterprises in Zhengzhou, and teachers / administrators of 技工院校 and training institutions.
 * Longer messages, often list-like (1. 2. 3., a/b, tables pasted from Excel, 共计/合计), formal and
 * sloppy wording mixed, their own figures corrected, a boss's question forwarded, and now and then
 * a question about tax, social insurance or labour law that the plan does not cover.
 *
 * Issue 10: nothing is inferred from silence. An amount is expected only once every fact it depends
 * on has been said: the kind of unit, insurance where the rule needs it, the group, months employed
 * (poor labour ≥ 6), months of 以工代训 (cap 6), whether the 岗前培训补贴 was already claimed.
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months by a production entity (企业、合作社、扶贫车间, a 培训机构 too, not a
 *   职业院校); 就业困难 (incl. 残疾人) and 零就业家庭 only by an insured enterprise; 退役军人 is no
 *   group of this rule; rows with the 岗前培训补贴 claimed never count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only bought from
 *   the 职工教育经费 and accepted.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Project training (六(一)): 50 % of the project's training subsidy, paid in advance.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, free training, entrepreneurship
 *   training, family aid, competition awards: the plan fixes no amount.
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const askOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact was answered "不知道": no figure, no verdict. */
const dunnoOJT: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount. */
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, and not the misreading's figure. */
const payNot = (yuan: number, wrong: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: [String(wrong)] });
/** 以工代训 excluded on these facts, the misreading's figure absent. */
const noPay = (wrong: number): TurnExpect => ({ status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: [String(wrong)] });
/** Not (yet) eligible on these facts, the misreading's figure absent. */
const notYes = (wrong: number): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: [String(wrong)] });
/** The equipment subsidy. */
const kit = (yuan: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan } });
/** An equipment fact is missing: ask, no figure. */
const askKit: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
/** An equipment fact was answered "不清楚": no figure, no verdict. */
const dunnoKit: TurnExpect = { noAmount: 'open', undecided: 'equipment_subsidy' };
/** The education-fund deduction: 税前, never money to collect. */
const deduct = (yuan: number, wrong?: number): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [/可(得|领|领取|获得|申领|拿到)[^。，；\n]{0,12}元/, ...(wrong === undefined ? [] : [String(wrong)])],
});
/** The 项目制 advance. */
const advance = (yuan: number): TurnExpect => ({ amount: { rule: 'project_training_advance', yuan } });
/** The plan fixes no amount: no figure, the clause cited. */
const noFigure = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
/** The plan does not settle it: said so, no figure. */
const notSettled: TurnExpect = { says: [HONEST_NOT_SETTLED], noAmount: 'unfixed' };
/** Outside the plan. */
const outside: TurnExpect = { answered: false };

export const DIALOGUES_V93: Dialogue[] = [
  // ---------------------------------------------------------------- one_group
  {
    id: 'v93d01',
    class: 'one_group',
    probes: 'poor labour told over three turns; insurance said though not needed; the pre-job subsidy asked before any figure',
    periodEnd: true,
    turns: [
      { user: '您好，我是郑州一家食品厂的人事，想咨询下以工代训补贴，我们厂去年招了几个建档立卡贫困户，现在还能申请不？', expect: askOJT },
      { user: '一共4个人 都是去年3月份进的厂 干了一年多了 以工代训做了六个月 厂里社保正常交', expect: askOJT },
      // 4 × 200 × 6 = 4800
      { user: '岗前培训补贴那个 我们厂没申请过 一次都没有', expect: pay(4800) },
    ],
  },
  {
    id: 'v93d02',
    class: 'one_group',
    probes: 'a numbered list forwarded from the boss with every fact; then a tax question on the subsidy, outside the plan',
    periodEnd: true,
    turns: [
      // 3 × 200 × 5 = 3000
      { user: '领导让我问一下：\n1.我们是物流公司，正常参保\n2.招了就业困难人员3名，入职8个月\n3.以工代训搞了5个月\n4.没领过岗前培训补贴\n以工代训补贴合计能拿多少？', expect: pay(3000) },
      { user: '另外老板还问 这笔政府补助收入要不要交企业所得税 会计分录怎么做', expect: outside },
    ],
  },
  {
    id: 'v93d03',
    class: 'one_group',
    probes: 'a farmers\' cooperative with poor labour and no social insurance: insurance is no condition for poor labour',
    periodEnd: true,
    turns: [
      { user: '我们是新郑一个种植专业合作社 我兼会计 合作社今年用了两个贫困户（建档立卡的）干活 这种有以工代训补贴没', expect: askOJT },
      // 2 × 200 × 3 = 1200
      { user: '俩人都来了9个月了 以工代训带了3个月 岗前培训补贴没拿过 合作社没给他们交社保 这个影响不', expect: pay(1200) },
    ],
  },
  {
    id: 'v93d04',
    class: 'one_group',
    probes: 'a poverty workshop with every fact in one message; then whose money it is (the production entity\'s)',
    periodEnd: true,
    turns: [
      // 5 × 200 × 6 = 6000
      { user: '村里扶贫车间做服装加工的 我是车间文员 吸纳了建档立卡贫困劳动力5人 都干了7个月 以工代训6个月 岗前补贴都没享受过 以工代训能补多少', expect: pay(6000) },
      { user: '这个钱是发给车间 还是直接打给这5个工人本人', expect: { cites: ['六(一)'] } },
    ],
  },
  {
    id: 'v93d05',
    class: 'one_group',
    probes: 'more months of 以工代训 than the cap (8 > 6) with months employed beside them',
    periodEnd: true,
    turns: [
      // 2 × 200 × min(8, 6) = 2400; not 2 × 200 × 8 = 3200
      { user: '公司已参保，今年招了2个零就业家庭的成员，合同签一年，已经干了10个月，以工代训我们做了8个月，岗前补贴没领，按规定能补多少钱', expect: payNot(2400, 3200) },
    ],
  },
  {
    id: 'v93d06',
    class: 'one_group',
    probes: 'poor labour employed only 4 months: not yet; then the same person once six months are reached',
    periodEnd: true,
    turns: [
      // employed 4 < 6: 1 × 200 × 3 = 600 must not be offered
      { user: '请问 刚招进来一个建档立卡的贫困劳动力 才来4个月 以工代训做了3个月 公司交社保 岗前补贴没领 现在能报以工代训吗', expect: notYes(600) },
      // 1 × 200 × 6 = 1200
      { user: '那等他干满半年 以工代训一共做够6个月 到时候这1个人能拿多少', expect: pay(1200) },
    ],
  },

  // ---------------------------------------------------------------- several_groups
  {
    id: 'v93d07',
    class: 'several_groups',
    probes: 'an Excel table pasted with three groups, each row its own months',
    periodEnd: true,
    turns: [
      // 建档立卡 3 × 200 × 6 = 3600; 残疾人 1 × 200 × 4 = 800; 零就业 2 × 200 × 5 = 2000; total 6400
      // (all at 6 months would be 6 × 1200 = 7200)
      {
        user: '公司交社保的 下面是我们今年以工代训人员统计 麻烦帮算下补贴\n类别\t人数\t已入职(月)\t以工代训(月)\n建档立卡\t3\t8\t6\n残疾人\t1\t12\t4\n零就业家庭\t2\t5\t5\n合计\t6\t\t\n岗前培训补贴都没申领过',
        expect: payNot(6400, 7200),
      },
    ],
  },
  {
    id: 'v93d08',
    class: 'several_groups',
    probes: 'veterans beside employment-difficulty hires: veterans are no group of 以工代训',
    periodEnd: true,
    turns: [
      // 就业困难 2 × 200 × 6 = 2400; 退役军人 not counted (8 × 1200 = 9600 would be the misreading)
      { user: '我们是保安服务公司 有社保 招了退役军人6个 还有就业困难人员2个 都干了半年多了 以工代训都是6个月 岗前补贴都没拿 两类人加一块能补多少', expect: payNot(2400, 9600) },
    ],
  },
  {
    id: 'v93d09',
    class: 'several_groups',
    probes: 'two groups with different months, told over turns; then the boss\'s what-if on the cap',
    periodEnd: true,
    turns: [
      { user: '李总让我问下以工代训的事 公司社保都正常交 今年吸纳了建档立卡贫困劳动力2人、就业困难人员3人', expect: askOJT },
      { user: '贫困户那两个 入职10个月 以工代训6个月；就业困难那仨 以工代训2个月 入职也10个月了', expect: askOJT },
      // 2 × 200 × 6 = 2400 + 3 × 200 × 2 = 1200 → 3600 (5 × 1200 = 6000 would be the bleed)
      { user: '岗前技能培训补贴 两类人都没领', expect: payNot(3600, 6000) },
      { user: '李总又问 就业困难那3个人要是多代训几个月 最多能补到几个月', expect: { cites: ['六(一)'], says: [/6\s*个?月|六个月/] } },
    ],
  },
  {
    id: 'v93d10',
    class: 'several_groups',
    probes: 'a/b list where one group already had the pre-job subsidy',
    periodEnd: true,
    turns: [
      // a: 4 × 200 × 6 = 4800; b: pre-job subsidy claimed → 0; total 4800 (not 4800 + 1200 = 6000)
      { user: '人事这边汇总了下：a.建档立卡的4人 入职7个月 以工代训6个月 岗前补贴没领 b.零就业家庭的2人 入职3个月 以工代训3个月 这2人之前已经领过新录用人员岗前培训补贴了。公司参保。补贴合计多少', expect: payNot(4800, 6000) },
    ],
  },
  {
    id: 'v93d11',
    class: 'several_groups',
    probes: 'a cooperative with poor labour and a disabled hire: the disabled row needs an insured enterprise',
    periodEnd: true,
    turns: [
      // poor 3 × 200 × 4 = 2400; disabled row: a cooperative is no enterprise → 0 (3200 with it)
      { user: '我是农民专业合作社的 去年吸纳了建档立卡贫困户3个 残疾人1个 都干满一年了 以工代训都是4个月 都没领过岗前培训补贴 合作社给交了社保 能补多少', expect: payNot(2400, 3200) },
    ],
  },
  {
    id: 'v93d12',
    class: 'several_groups',
    probes: 'two batches with their own months, whose money it is, a later correction of one count, then timing (not settled)',
    periodEnd: true,
    turns: [
      { user: '我们单位是机械加工企业 有交社保 想算下以工代训补贴 共计两批人：第一批就业困难人员4人 第二批建档立卡贫困劳动力2人', expect: askOJT },
      // 4 × 200 × 5 = 4000 + 2 × 200 × 6 = 2400 → 6400 (6 × 1200 = 7200 would be the bleed)
      { user: '第一批以工代训5个月 第二批以工代训6个月 第二批入职8个月了 第一批入职也半年多 岗前补贴这两批都没有申领', expect: payNot(6400, 7200) },
      { user: '好的 那这个钱是打到公司对公账户上还是员工个人卡上', expect: { cites: ['六(一)'] } },
      // 4 × 200 × 5 = 4000 + 3 × 200 × 6 = 3600 → 7600
      { user: '刚核对花名册 第二批我说错了 是3个建档立卡的 不是2个 其他不变', expect: payNot(7600, 6400) },
      { user: '谢谢 那申请以后补贴大概多久能到账', expect: { says: [HONEST_NOT_SETTLED] } },
    ],
  },

  // ---------------------------------------------------------------- negation_after_noun
  {
    id: 'v93d13',
    class: 'negation_after_noun',
    probes: 'the pre-job subsidy negated long after the noun (岗前培训补贴嘛 … 一分钱都没领过)',
    periodEnd: true,
    turns: [
      // 3 × 200 × 6 = 3600
      { user: '公司参保 招了3个就业困难人员 已经上班7个月了 以工代训做满6个月 岗前培训补贴嘛 我们公司一分钱都没领过 这种情况以工代训能补多少', expect: pay(3600) },
    ],
  },
  {
    id: 'v93d14',
    class: 'negation_after_noun',
    probes: 'insurance negated after the noun with words in between (社保这块 说实话公司目前还没给他们交): disabled hires excluded',
    periodEnd: true,
    turns: [
      // not insured → 0; 2 × 200 × 4 = 1600 would be the misreading
      { user: '我们是小公司 刚招了2个残疾人 入职5个月 以工代训弄了4个月 岗前补贴没领 社保这块 说实话公司目前还没给他们交 这样能申请以工代训补贴吗', expect: noPay(1600) },
    ],
  },
  {
    id: 'v93d15',
    class: 'negation_after_noun',
    probes: 'no insurance with poor labour is no exclusion; the pre-job subsidy negated at the end of a clause',
    periodEnd: true,
    turns: [
      { user: '咨询一下 公司社保没交 吸纳建档立卡的贫困劳动力能不能享受以工代训', expect: askOJT },
      { user: '5个人 入职都9个月 以工代训6个月', expect: askOJT },
      // 5 × 200 × 6 = 6000
      { user: '岗前那个补贴 之前听人说过 但是我们没去领', expect: pay(6000) },
    ],
  },
  {
    id: 'v93d16',
    class: 'negation_after_noun',
    probes: 'the group negated after the noun (建档立卡贫困户倒不是 是就业困难人员) with 4 months employed',
    periodEnd: true,
    turns: [
      // employment difficulty, insured: 3 × 200 × 4 = 2400 (read as poor labour, 4 < 6 months would exclude it)
      { user: '招的那3个人啊 建档立卡贫困户倒不是 是街道认定的就业困难人员 公司正常参保 入职4个月 以工代训4个月 岗前培训补贴没领过 能补不', expect: pay(2400) },
    ],
  },
  {
    id: 'v93d17',
    class: 'negation_after_noun',
    probes: 'a double negation (岗前培训补贴不是没领 是领过了): the subsidy was claimed',
    periodEnd: true,
    turns: [
      // pre-job subsidy claimed → 0; 2 × 200 × 4 = 1600 would be the misreading
      { user: '我再确认下 那2个零就业家庭的 岗前培训补贴不是没领 是之前已经领过了 公司参保的 以工代训4个月 入职5个月 还能拿以工代训吗', expect: noPay(1600) },
    ],
  },
  {
    id: 'v93d18',
    class: 'negation_after_noun',
    probes: 'a private training institution (a production entity) with poor labour, insurance negated after the noun',
    periodEnd: true,
    turns: [
      // 2 × 200 × 6 = 2400
      { user: '我们是一家民办职业培训机构 招了两个建档立卡户做后勤保洁 机构这边社保暂时没有交 入职8个月了 以工代训也做了6个月 岗前培训补贴一直没申领 以工代训有没有', expect: pay(2400) },
      { user: '这个补贴是给机构的还是给他俩个人的', expect: { cites: ['六(一)'] } },
    ],
  },

  // ---------------------------------------------------------------- unknown_reply
  {
    id: 'v93d19',
    class: 'unknown_reply',
    probes: 'insurance unknown ("真不清楚"), then settled by the finance department',
    periodEnd: true,
    turns: [
      { user: '帮领导问个事 公司吸纳了4名就业困难人员 入职7个月 以工代训5个月 没领岗前补贴 能拿多少以工代训补贴', expect: askOJT },
      { user: '社保交没交我这边真不清楚 得问问财务那边', expect: dunnoOJT },
      // 4 × 200 × 5 = 4000
      { user: '问过财务了 公司是正常参保的', expect: pay(4000) },
    ],
  },
  {
    id: 'v93d20',
    class: 'unknown_reply',
    probes: 'months employed mixed and then unknown: no figure, no verdict',
    periodEnd: true,
    turns: [
      { user: '请问我们扶贫车间招的建档立卡人员 3个人 以工代训3个月 入职时间有的半年有的不到 岗前补贴没领', expect: askOJT },
      { user: '具体几个满半年的我也说不准 花名册不在我手上', expect: dunnoOJT },
    ],
  },
  {
    id: 'v93d21',
    class: 'unknown_reply',
    probes: 'the pre-job subsidy forgotten, then found in the records',
    periodEnd: true,
    turns: [
      { user: '公司参保 吸纳零就业家庭成员1名 入职一年 以工代训6个月 能补多少钱', expect: askOJT },
      { user: '岗前培训补贴领没领过这个我忘了 前任人事办的手续', expect: dunnoOJT },
      // 1 × 200 × 6 = 1200
      { user: '刚翻到去年的台账了 没有领过', expect: pay(1200) },
    ],
  },
  {
    id: 'v93d22',
    class: 'unknown_reply',
    probes: 'months employed (10) given, months of 以工代训 not: never taken from months employed',
    periodEnd: true,
    turns: [
      // 10 months employed must not become 6 months of 以工代训: 6 × 200 × 6 = 7200 is the misreading
      { user: '建档立卡贫困劳动力6名 在我们公司干了10个月了 没领岗前补贴 公司有社保 以工代训补贴能有多少', expect: { ...askOJT, mustNotContain: ['7200'] } },
      { user: '以工代训具体搞了几个月我不确定 车间主任那边有记录 他出差了', expect: { ...dunnoOJT, mustNotContain: ['7200'] } },
    ],
  },
  {
    id: 'v93d23',
    class: 'unknown_reply',
    probes: 'equipment money source unknown, then settled as the education fund',
    periodEnd: true,
    turns: [
      { user: '我们公司建了技能大师工作室 新购置实训设备38万 人社和财政验收合格了 能补多少', expect: askKit },
      { user: '设备款是从哪笔钱出的我不太清楚 我是行政 不管账', expect: dunnoKit },
      // min(20 % × 380 000 = 76 000, 100 000) = 76 000
      { user: '问了会计 是从职工教育经费里列支的', expect: kit(76000) },
    ],
  },
  {
    id: 'v93d24',
    class: 'unknown_reply',
    probes: 'payroll unknown for the education-fund deduction, then given',
    turns: [
      { user: '会计问个问题 我们今年职工教育经费提了52万 税前能扣多少', expect: { noAmount: 'open', asks: true } },
      { user: '工资薪金总额我手上没数 年报还没出来 不清楚', expect: { noAmount: 'open', undecided: 'education_fund_deduction' } },
      // min(520 000, 8 % × 5 800 000 = 464 000) = 464 000
      { user: '数出来了 工资薪金总额是580万', expect: deduct(464000) },
    ],
  },

  // ---------------------------------------------------------------- correction
  {
    id: 'v93d25',
    class: 'correction',
    probes: 'a head count corrected (5 → 3)',
    periodEnd: true,
    turns: [
      // 5 × 200 × 6 = 6000
      { user: '公司参保 吸纳就业困难人员5人 以工代训6个月 入职8个月 岗前补贴未领 补贴多少', expect: pay(6000) },
      // 3 × 200 × 6 = 3600
      { user: '不好意思打错了 是3个人不是5个', expect: payNot(3600, 6000) },
    ],
  },
  {
    id: 'v93d26',
    class: 'correction',
    probes: 'months of 以工代训 corrected (5 → 4) in a cooperative',
    periodEnd: true,
    turns: [
      // 2 × 200 × 5 = 2000
      { user: '以工代训：建档立卡2人 入职9个月 以工代训5个月 岗前补贴没领过 我们是合作社', expect: pay(2000) },
      // 2 × 200 × 4 = 1600
      { user: '更正一下 以工代训是4个月 上面写成5了', expect: payNot(1600, 2000) },
    ],
  },
  {
    id: 'v93d27',
    class: 'correction',
    probes: 'insurance corrected from no to yes for zero-employment family hires',
    periodEnd: true,
    turns: [
      // not insured → 0 (2 × 200 × 6 = 2400 would be the misreading)
      { user: '公司吸纳零就业家庭成员2名 入职7个月 以工代训6个月 没领岗前补贴 公司没交社保', expect: noPay(2400) },
      // 2 × 200 × 6 = 2400
      { user: '刚问了会计 我说错了 公司一直有交社保的', expect: pay(2400) },
    ],
  },
  {
    id: 'v93d28',
    class: 'correction',
    probes: 'veterans only, then one of them corrected to also be poor labour',
    periodEnd: true,
    turns: [
      // veterans are no group → nothing (3 × 1200 = 3600 would be the misreading)
      { user: '我们公司招了3个退役军人 都入职一年了 以工代训6个月 社保有交 岗前补贴没领 能补多少', expect: notYes(3600) },
      // 1 poor labour × 200 × 6 = 1200; the other 2 veterans still nothing
      { user: '哦不对 其中1个退役军人同时也是建档立卡贫困户 另外2个不是', expect: payNot(1200, 3600) },
    ],
  },
  {
    id: 'v93d29',
    class: 'correction',
    probes: 'equipment value corrected (280万 → 208万): the cap applies only to the first figure',
    turns: [
      // min(20 % × 2 800 000 = 560 000, 500 000) = 500 000
      { user: '公司申报高技能人才培训基地 新购实训设备总值280万 用的职工教育经费 已经验收合格 一次性补助多少', expect: kit(500000) },
      // 20 % × 2 080 000 = 416 000
      { user: '财务说我把数看错了 设备总值是208万', expect: kit(416000) },
    ],
  },
  {
    id: 'v93d30',
    class: 'correction',
    probes: 'payroll corrected so the fund drawn becomes the binding figure',
    turns: [
      // min(300 000, 8 % × 3 000 000 = 240 000) = 240 000
      { user: '职工教育经费今年计提了30万 工资薪金总额是300万 税前扣除限额是多少', expect: deduct(240000) },
      // min(300 000, 8 % × 4 500 000 = 360 000) = 300 000
      { user: '等下 工资总额我写错了 应该是450万 经费还是30万', expect: deduct(300000, 240000) },
    ],
  },
  {
    id: 'v93d31',
    class: 'correction',
    probes: 'months employed corrected (5 → 11) for poor labour, then the workers\' own training',
    periodEnd: true,
    turns: [
      // employed 5 < 6 → not yet (3 × 200 × 5 = 3000 would be the misreading)
      { user: '扶贫车间 建档立卡劳动力3人 入职5个月 以工代训5个月 岗前补贴没领 能不能报', expect: notYes(3000) },
      // 3 × 200 × 5 = 3000
      { user: '我看错入职时间了 他们是去年8月来的 到现在入职11个月了', expect: pay(3000) },
      { user: '还有个问题 这3个人以后自己还能参加政府免费的职业技能培训吗 就是考证那种', expect: { cites: ['三(三)', '七(二)'] } },
    ],
  },

  // ---------------------------------------------------------------- topic_switch
  {
    id: 'v93d32',
    class: 'topic_switch',
    probes: 'an amount, then an individual income-tax question (outside) that must not be answered from the first topic',
    periodEnd: true,
    turns: [
      // 2 × 200 × 6 = 2400
      { user: '公司参保 招就业困难人员2个 入职6个月 以工代训6个月 岗前补贴没申领 以工代训补贴算一下', expect: pay(2400) },
      { user: '另外问下 员工个人所得税的继续教育专项附加扣除 每个月能扣多少', expect: { ...outside, mustNotContain: ['2400'] } },
    ],
  },
  {
    id: 'v93d33',
    class: 'topic_switch',
    probes: 'the project-training advance, then teachers\' titles (四(二)) without the first figure',
    periodEnd: true,
    turns: [
      // 50 % × 240 000 = 120 000
      { user: '我们技工学校承接了项目制培训 这期项目培训补贴总共24万 能先拨多少', expect: advance(120000) },
      { user: '还有 学校老师给培训班上课 评职称这块有没有倾斜', expect: { cites: ['四(二)'], mustNotContain: ['120000', '12万'] } },
    ],
  },
  {
    id: 'v93d34',
    class: 'topic_switch',
    probes: 'the fund deduction, a labour-law question (outside), then back to the fund\'s front-line share',
    turns: [
      // min(1 000 000, 8 % × 12 000 000 = 960 000) = 960 000
      { user: '咨询职工教育经费 我们公司工资薪金总额1200万 职工教育经费提了100万 税前扣除最多多少', expect: deduct(960000) },
      { user: '换个问题 员工劳动合同到期公司不续签 要不要给经济补偿', expect: outside },
      { user: '好的 那职工教育经费用在一线职工身上的比例 有没有硬性要求', expect: { cites: ['六(二)'], says: [/60\s*%|百分之六十/] } },
    ],
  },
  {
    id: 'v93d35',
    class: 'topic_switch',
    probes: 'a school: contest training, prize money, then aid for admitting poor-family students — three rules, no figure',
    periodEnd: true,
    turns: [
      { user: '学校要组织学生参加省里的职业技能竞赛 赛前要集训一个月 这个方案里对学校有没有支持', expect: noFigure(['三(十五)']) },
      { user: '学生要是拿了奖 有没有奖金 大概多少钱', expect: noFigure(['五(三)']) },
      { user: '好的 另外问一下 学校今年招了不少建档立卡贫困户家庭的学生 学校这边能拿补助吗', expect: noFigure(['三(十四)']) },
    ],
  },
  {
    id: 'v93d36',
    class: 'topic_switch',
    probes: 'the rest of the project advance (not settled), then a request for unrelated writing',
    turns: [
      { user: '会计这边问下 项目制培训补贴先拨付50% 剩下那部分啥时候给', expect: notSettled },
      { user: '行 顺便帮我写个公司年会主持稿 三百字左右 喜庆点', expect: outside },
    ],
  },
  {
    id: 'v93d37',
    class: 'topic_switch',
    probes: 'an equipment figure, then the writer\'s own training: no figure carried over',
    periodEnd: true,
    turns: [
      // min(20 % × 1 500 000 = 300 000, 500 000) = 300 000
      { user: '我们公司建了个高技能人才培训基地 新买设备150万 职工教育经费出的 验收合格 能补多少', expect: kit(300000) },
      { user: '另外我自己想报个培训考企业人力资源管理师三级 个人能拿培训补贴吗 我是郑州户口 在郑州上班', expect: { noAmount: 'unfixed', cites: ['七(二)'], mustNotContain: ['300000', '30万'] } },
    ],
  },

  // ---------------------------------------------------------------- person_training
  {
    id: 'v93d38',
    class: 'person_training',
    probes: 'a poor-family student at a 技工学校: 助学金 and 免学费, no amount fixed',
    periodEnd: true,
    turns: [
      { user: '我是技工学校的班主任 班上有个学生家里是建档立卡贫困户 他在学校能享受啥政策 学费能免吗', expect: noFigure(['三(三)', '三(十四)']) },
    ],
  },
  {
    id: 'v93d39',
    class: 'person_training',
    probes: 'a rehired retiree with a monthly pension is excluded; a colleague without one is not',
    periodEnd: true,
    turns: [
      { user: '我们单位返聘了一个退休的老会计 已经按月领养老金了 他想参加培训考个证 能享受职业培训补贴吗', expect: { status: { rule: 'vocational_training', status: 'ineligible' }, noAmount: 'unfixed' } },
      { user: '那另一个同事 还没退休 也没领养老金 56岁了 在郑州上班 考证能补吗', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } } },
    ],
  },
  {
    id: 'v93d40',
    class: 'person_training',
    probes: 'three training subsidies already this year: a fourth is excluded',
    periodEnd: true,
    turns: [
      { user: '我们公司一个员工今年已经拿过三次职业培训补贴了 这回又考了个低压电工证 还能再补吗', expect: { status: { rule: 'vocational_training', status: 'ineligible' }, cites: ['七(二)'] } },
    ],
  },
  {
    id: 'v93d41',
    class: 'person_training',
    probes: 'the same occupation and level again is excluded; a higher level with facts still open is not',
    periodEnd: true,
    turns: [
      { user: '员工前年考了焊工四级 拿过补贴了 今年证书弄丢了又去考了一遍焊工四级 这次还能补贴吗', expect: { status: { rule: 'vocational_training', status: 'ineligible' }, cites: ['七(二)'] } },
      { user: '那他要是考焊工三级呢 在郑州考 户口也在郑州 证能拿到 机构也在系统里', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } } },
    ],
  },
  {
    id: 'v93d42',
    class: 'person_training',
    probes: 'registered elsewhere but working in Zhengzhou: 求职就业地 counts',
    periodEnd: true,
    turns: [
      { user: '我们是郑州的公司 有个员工户口在开封 人在郑州上班 他在郑州参加培训考了证 能享受郑州这边的培训补贴吗', expect: { cites: ['七(二)'], noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } } },
    ],
  },
  {
    id: 'v93d43',
    class: 'person_training',
    probes: 'a new occupation published by the state: the priority standard, no figure',
    turns: [
      { user: '员工想学工业机器人系统运维员 听说是国家公布的新职业 郑州能纳入补贴目录吗 补贴标准按啥执行', expect: { cites: ['七(二)'], noAmount: 'unfixed', says: [/优先支持/] } },
    ],
  },
  {
    id: 'v93d44',
    class: 'person_training',
    probes: 'free training for poor labour, then a living allowance per day (not settled, no 以工代训 figure)',
    periodEnd: true,
    turns: [
      { user: '我是公司行政 帮新招的几个建档立卡贫困户员工问问 他们去参加技能培训要不要自己交钱', expect: noFigure(['三(三)']) },
      { user: '那培训那几天有没有生活费补贴 一天给多少', expect: notSettled },
    ],
  },

  // ---------------------------------------------------------------- entrepreneurship
  {
    id: 'v93d45',
    class: 'entrepreneurship',
    probes: 'graduates of a 技工学校 who want to start a business: entrepreneurship training, no figure',
    periodEnd: true,
    turns: [
      { user: '我们技工学校今年有一批毕业生想自己创业 学校能不能组织他们参加创业培训 有没有补贴', expect: noFigure(['三(八)']) },
    ],
  },
  {
    id: 'v93d46',
    class: 'entrepreneurship',
    probes: 'a small-business owner open 3 years; then employees with no wish to start a business',
    periodEnd: true,
    turns: [
      { user: '我是一家小微企业的老板娘 公司开业3年 平时自己管财务 听说有创业培训 我能参加吗 补贴多少', expect: noFigure(['三(八)']) },
      { user: '那我们公司的员工 自己没有创业的想法 也能去上这个创业培训吗', expect: { noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' } } },
    ],
  },
  {
    id: 'v93d47',
    class: 'entrepreneurship',
    probes: 'a business open 8 years: not within 5 years; wanting the course is no 创业愿望',
    turns: [
      { user: '公司开业8年了 一直算小微企业 老板想去参加创业培训 方案里有这个吗', expect: { cites: ['三(八)'], noAmount: 'unfixed', notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' } } },
    ],
  },
  {
    id: 'v93d48',
    class: 'entrepreneurship',
    probes: 'unemployed graduates wanting to open an online shop; then the per-person standard (not settled)',
    periodEnd: true,
    turns: [
      { user: '我在培训机构当老师 我们这有些学员是离校还没就业的大学毕业生 想自己开网店 创业培训怎么参加', expect: noFigure(['三(八)']) },
      { user: '那创业培训补贴一个人的标准是多少钱', expect: notSettled },
    ],
  },
  {
    id: 'v93d49',
    class: 'entrepreneurship',
    probes: 'vocational students without a plan to start a business: 创业意识培训 still covers them',
    turns: [
      { user: '技校在校生 暂时没有创业打算的 能参加创业意识培训吗', expect: noFigure(['三(八)']) },
    ],
  },

  // ---------------------------------------------------------------- equipment
  {
    id: 'v93d50',
    class: 'equipment',
    probes: 'a training base over the cap (20 % of 320万 = 64万 > 50万)',
    periodEnd: true,
    turns: [
      // min(20 % × 3 200 000 = 640 000, 500 000) = 500 000
      { user: '高技能人才培训基地 新购置设备总值320万 都在职工教育经费里列支的 上个月验收合格 补助能有多少', expect: kit(500000) },
    ],
  },
  {
    id: 'v93d51',
    class: 'equipment',
    probes: 'a master studio over the cap (20 % of 65万 = 13万 > 10万)',
    periodEnd: true,
    turns: [
      // min(20 % × 650 000 = 130 000, 100 000) = 100 000
      { user: '技能大师工作室买了一批新设备 总共65万 从职工教育经费里出的 人社财政联合验收过了 补助能拿多少', expect: { ...kit(100000), mustNotContain: ['130000'] } },
    ],
  },
  {
    id: 'v93d52',
    class: 'equipment',
    probes: 'two sites in one list, each with its own cap',
    periodEnd: true,
    turns: [
      // base 20 % × 1 800 000 = 360 000 (≤ 500 000); studio 20 % × 400 000 = 80 000 (≤ 100 000); total 440 000
      { user: '公司有两个项目：1.高技能人才培训基地 新购实训设备180万 2.技能大师工作室 新购设备40万 都是职工教育经费买的 都验收合格了 一次性补助合计多少', expect: kit(440000) },
    ],
  },
  {
    id: 'v93d53',
    class: 'equipment',
    probes: 'equipment bought from the company\'s own funds, not the education fund: excluded',
    turns: [
      // not from the education fund → 0 (20 % × 500 000 = 100 000 would be the misreading)
      { user: '我们学校跟企业共建技能大师工作室 设备是企业自有资金买的 没走职工教育经费 50万 能补吗', expect: { status: { rule: 'equipment_subsidy', status: 'ineligible' }, mustNotContain: ['100000'] } },
    ],
  },
  {
    id: 'v93d54',
    class: 'equipment',
    probes: 'not yet accepted, then accepted',
    periodEnd: true,
    turns: [
      { user: '实训设备刚买回来 还没验收 技能大师工作室的 45万 教育经费出的 现在能申请补助吗', expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, cites: ['四(一)'] } },
      // 20 % × 450 000 = 90 000 (≤ 100 000)
      { user: '补充下 拖到上个月终于验收通过了', expect: kit(90000) },
    ],
  },
  {
    id: 'v93d55',
    class: 'equipment',
    probes: 'the kind of site unknown (base or studio decides the cap), then named',
    periodEnd: true,
    turns: [
      { user: '公司实训室新买了设备 80万 职工教育经费出的 验收合格 补多少', expect: askKit },
      // studio: min(20 % × 800 000 = 160 000, 100 000) = 100 000
      { user: '是市里认定的技能大师工作室', expect: { ...kit(100000), mustNotContain: ['160000'] } },
    ],
  },

  // ---------------------------------------------------------------- education_fund
  {
    id: 'v93d56',
    class: 'education_fund',
    probes: 'a list with payroll, fund and front-line spending: the fund binds, the share is enough',
    turns: [
      // min(500 000, 8 % × 8 600 000 = 688 000) = 500 000; front line 35/50 = 70 % ≥ 60 %
      { user: '财务问题：工资薪金总额 860万；职工教育经费 计提50万；其中用于一线职工培训 35万。请问税前扣除金额多少 一线比例够不够', expect: deduct(500000) },
    ],
  },
  {
    id: 'v93d57',
    class: 'education_fund',
    probes: 'front-line share under 60 % (90/160 = 56.25 %) noted beside the deduction',
    turns: [
      // min(1 600 000, 8 % × 20 000 000 = 1 600 000) = 1 600 000
      { user: '工资总额2000万 教育经费160万 一线职工培训只花了90万 税前能扣多少 有没有啥问题', expect: { ...deduct(1600000), says: [/税前/, /60\s*%|百分之六十/] } },
    ],
  },
  {
    id: 'v93d58',
    class: 'education_fund',
    probes: 'the boss thinks 8 % is cash to collect; then the figures',
    turns: [
      { user: '转老板原话：“职工教育经费那个8% 是不是政府能返给咱们钱？” 我也说不清 帮忙解释下', expect: { cites: ['六(二)'], says: [/税前/] } },
      // min(400 000, 8 % × 4 500 000 = 360 000) = 360 000
      { user: '那我们去年工资薪金总额是450万 教育经费实际提了40万 能扣多少', expect: deduct(360000) },
    ],
  },
  {
    id: 'v93d59',
    class: 'education_fund',
    probes: 'payroll only (the limit may be stated), then the fund drawn',
    turns: [
      {
        user: '工资薪金总额一年大概1500万左右 职工教育经费税前扣除上限是多少',
        expect: { oneOf: [{ noAmount: 'open', asks: true }, { says: [/120\s*万|1,?200,?000/, /税前/] }] },
      },
      // min(1 500 000, 8 % × 15 000 000 = 1 200 000) = 1 200 000
      { user: '教育经费今年计划提150万', expect: deduct(1200000) },
    ],
  },
  {
    id: 'v93d60',
    class: 'education_fund',
    probes: '师带徒 allowances from the education fund: the clause, no figure',
    turns: [
      { user: '车间老师傅带徒弟 每月给师傅发的带徒津贴 能不能从职工教育经费里列支', expect: noFigure(['六(二)']) },
    ],
  },
  {
    id: 'v93d61',
    class: 'education_fund',
    probes: 'figures in w: payroll 325w, fund 28w',
    turns: [
      // min(280 000, 8 % × 3 250 000 = 260 000) = 260 000
      { user: '工资薪金总额 325w 教育经费 28w 税前能扣多少 超出的咋办', expect: deduct(260000) },
    ],
  },

  // ---------------------------------------------------------------- apprenticeship
  {
    id: 'v93d62',
    class: 'apprenticeship',
    probes: 'a per-apprentice amount asked: the plan fixes none',
    periodEnd: true,
    turns: [
      { user: '公司今年带了15个企业新型学徒 补贴一人多少钱 合计能拿多少', expect: noFigure(['四(一)']) },
    ],
  },
  {
    id: 'v93d63',
    class: 'apprenticeship',
    probes: 'a 技工院校 on modern apprenticeship, the masters\' allowance (六(二)), then where the standard is',
    periodEnd: true,
    turns: [
      { user: '我们是技工院校 跟本地几家企业搞校企合作 推现代学徒制 方案里是怎么说的', expect: noFigure(['四(一)']) },
      { user: '企业那边带徒弟的师傅有没有补贴 钱从哪出', expect: noFigure(['六(二)']) },
      { user: '学徒补贴具体标准 在哪个文件里能查到', expect: { noAmount: 'unfixed', cites: ['四(一)'] } },
    ],
  },
  {
    id: 'v93d64',
    class: 'apprenticeship',
    probes: 'apprentices and 以工代训 in one message: only the 以工代训 figure',
    periodEnd: true,
    turns: [
      // 以工代训 2 × 200 × 3 = 1200; apprenticeship: no amount
      { user: '公司参保 今年培养企业新型学徒20名 另外吸纳就业困难人员2名 入职7个月 以工代训3个月 岗前补贴没领 分别能补多少', expect: { ...pay(1200), says: [/学徒/] } },
    ],
  },
  {
    id: 'v93d65',
    class: 'apprenticeship',
    probes: 'a count of apprentices corrected and the boss wants an estimate: still no figure',
    periodEnd: true,
    turns: [
      { user: '我们厂跟技校合作带新型学徒 一共30个 按人头补贴一年能拿多少钱', expect: noFigure(['四(一)']) },
      { user: '更正下是32个 领导说能不能先估个大概数 好做预算', expect: { noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v93d66',
    class: 'apprenticeship',
    probes: '师带徒 allowance and whether it counts in the education fund: 六(二)',
    turns: [
      { user: '企业搞师带徒 津贴补助这块 方案里说能从哪项经费里出', expect: noFigure(['六(二)']) },
    ],
  },

  // ---------------------------------------------------------------- period
  {
    id: 'v93d67',
    class: 'period',
    probes: 'a 2020 case answered for that date, then whether it can be claimed now',
    periodEnd: true,
    turns: [
      // 2 × 200 × 6 = 2400
      { user: '2020年的时候我们公司吸纳了2名就业困难人员 公司参保 入职8个月 以工代训6个月 没领岗前补贴 当时能拿多少', expect: pay(2400) },
      { user: '那现在这个以工代训政策还能申请吗 我们今年又招了人', expect: { mentionsPeriodEnd: true } },
    ],
  },
  {
    id: 'v93d68',
    class: 'period',
    probes: 'the plan\'s period asked by a boss',
    periodEnd: true,
    turns: [
      { user: '老板问：郑政办63号那个职业技能提升方案 执行到哪年哪月 现在还有效没', expect: { mentionsPeriodEnd: true } },
    ],
  },
  {
    id: 'v93d69',
    class: 'period',
    probes: 'today\'s hires (the plan has ended), then a November 2021 batch answered for that date',
    periodEnd: true,
    turns: [
      { user: '现在新招的贫困户员工 以工代训还能按这个文件补吗', expect: { mentionsPeriodEnd: true, noAmount: 'open' } },
      // 3 × 200 × 6 = 3600
      { user: '那2021年11月那批呢 3个建档立卡的 当时入职6个月 以工代训6个月 公司有社保 岗前补贴没领过', expect: pay(3600) },
    ],
  },
  {
    id: 'v93d70',
    class: 'period',
    probes: 'a studio accepted in 2021 (amount for that date) and whether it can still be claimed',
    periodEnd: true,
    turns: [
      // min(20 % × 600 000 = 120 000, 100 000) = 100 000
      { user: '我们技能大师工作室是2021年验收的 设备60万 教育经费买的 当时应该补多少 现在还能补申请吗', expect: { ...kit(100000), mentionsPeriodEnd: true } },
    ],
  },
  {
    id: 'v93d71',
    class: 'period',
    probes: 'project training in 2022, after the plan ended',
    periodEnd: true,
    turns: [
      { user: '我们学校2022年开展的项目制培训 还能按63号文件先拨50%吗', expect: { mentionsPeriodEnd: true, noAmount: 'open' } },
    ],
  },
];
