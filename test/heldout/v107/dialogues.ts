/**
 * HELD-OUT dialogues, set v107 — written BLIND from the policy text (policy-corpus/zz-2019-63.md)
 * and the contracts (shared/spec/eligibility.md, api.md) only: never from the service's output,
 * the code under src/, other held-out sets or the dev sets under test/. Only the opening lines of
 * v101 were looked at, for the format. Not to be tuned on: no word of these messages goes into a
 * glossary, pattern or fixture; a dialogue fixed by a targeted change measures nothing any more.
 *
 * Who types here: people who run a small Zhengzhou business AND ask for themselves in the same
 * WeChat chat — a flour-mill owner who is also an ex-soldier, a 扶贫车间 manager from the village,
 * an HR clerk whose mother wants to learn a trade, a milk-tea shop owner. Long chats of three to six
 * messages that jump between the firm and the person ("那俺自己呢", "回到刚才那个", "刚才那家厂"),
 * lean on pronouns and ellipsis (他们几个, 剩下的, 那俩), give fuzzy quantities first (俩仨, 十来个,
 * 小半年, 大半年, 一年多) and exact ones later, answer the bot's pending question with a bare word or
 * number, correct a fact two or three turns on ("刚才说错了"), say "不清楚/回头问问" and come back with
 * the answer, and ask whether something can still be claimed today (2026) or could be on a date in
 * 2020/2021. Also: equipment at two sites of one company, apprentices, the education fund with payroll
 * figures, entrepreneurship training for a shop opened three years ago, skills competitions.
 *
 * Never inferred from silence: an amount is expected only once every fact it depends on has been
 * said — the kind of unit, insurance where the rule needs it, the group, the count, months employed
 * (poor labour ≥ 6), months of 以工代训 (cap 6), whether the 岗前培训补贴 was already claimed. "不知道"
 * leaves the fact open; ranges settle nothing. Where a careful implementation may ask or answer,
 * `oneOf` allows both.
 *
 * Amounts, computed by hand from the contract (eligibility.md, "Rule ids"):
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) over the qualifying rows. Poor labour
 *   counts when employed ≥ 6 months by any production entity (企业, 合作社, 扶贫车间 — a 职业院校 is
 *   none); 就业困难人员 (残疾人 included, 三(二)) and 零就业家庭 count only for an insured enterprise
 *   (a cooperative is no enterprise; an uninsured firm is out); 退役军人 and 农村转移就业劳动者 are no
 *   group of this rule; a row whose 岗前培训补贴 was claimed never counts. E.g. 12 poor hires, 以工代训
 *   8 months → 12 × 200 × 6 = 14 400; 6 poor hires of which 2 claimed the 岗前 subsidy, 6 months →
 *   4 × 200 × 6 = 4 800.
 * - Equipment (四(一)): per site min(20 % × value bought from the 职工教育经费, 500 000 for a
 *   高技能人才培训基地 / 100 000 for a 技能大师工作室), only after 验收合格. Two bases of one company
 *   each have their own cap (300万 → 50万, 100万 → 20万: 70万); three batches of one studio share one
 *   (75万 → 15万 → 10万).
 * - Education fund (六(二)): a pre-tax deduction of min(fund drawn, 8 % × 工资薪金总额), never cash;
 *   e.g. payroll 480万, fund 45万 → min(45万, 38.4万) = 384 000. The 60 % front-line share is noted.
 * - Apprenticeship ("按照相关规定"), the per-occupation training subsidy, 生活费补贴, free training for
 *   poor labour, entrepreneurship training, competition awards, the family's aid: no amount fixed.
 * The plan ran 2019-12-02 to 2021-12-31; a chat about what someone can get must hear that it ended.
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is still unsaid: ask, state no figure, do not call it ineligible. */
const ask: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact came back as "不知道": no figure, no verdict either way. */
const dunno: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount, optionally without the figures a misreading gives. */
const pay = (yuan: number, ...wrong: number[]): TurnExpect => ({
  amount: { rule: 'on_job_training', yuan },
  ...(wrong.length ? { mustNotContain: wrong.map(String) } : {}),
});
/** No 以工代训 on these facts; the misreading's figure absent. */
const notYes = (...wrong: number[]): TurnExpect => ({
  notVerdict: { rule: 'on_job_training', status: 'eligible' },
  ...(wrong.length ? { mustNotContain: wrong.map(String) } : {}),
});
/** The answer says the plan ran out. */
const ended: TurnExpect = { mentionsPeriodEnd: true };
/** Within the plan's field, but its text fixes nothing: say so, give no figure. */
const unsettled: TurnExpect = { says: [HONEST_NOT_SETTLED], noAmount: 'unfixed' };
/** Whom to ask: a unit or the hotline. */
const contact: TurnExpect = { says: [/人社|人力资源|财政|人民政府|12333|热线|就业/] };
/** The equipment subsidy, without the figures a misreading gives. */
const kit = (yuan: number, ...wrong: string[]): TurnExpect => ({
  amount: { rule: 'equipment_subsidy', yuan },
  ...(wrong.length ? { mustNotContain: wrong } : {}),
});
/** An equipment fact is open: ask, no verdict, no computed figure. */
const kitOpen: TurnExpect = { asks: true, undecided: 'equipment_subsidy', noAmount: 'open' };
/** An equipment fact is open after values were given (the answer may repeat them): ask, no verdict, not the figure the open fact would give. */
const kitOpenNot = (...wrong: string[]): TurnExpect => ({ asks: true, undecided: 'equipment_subsidy', mustNotContain: wrong });
/** No equipment subsidy on these facts. */
const kitNo = (...wrong: string[]): TurnExpect => ({ notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: wrong });
/** The education-fund deduction: pre-tax, not money to collect. */
const deduct = (yuan: number): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [/(可|能)(领|领取|申领|拿到|到账)[^。，；\n]{0,10}\d+(\.\d+)?万?元/],
});
/** An education-fund fact is open. */
const fundOpen: TurnExpect = { asks: true, undecided: 'education_fund_deduction' };
/** A personal training subsidy question with facts still open. */
const trainAsk: TurnExpect = { asks: true, noAmount: 'unfixed', undecided: 'vocational_training' };
/** The personal training subsidy is excluded by a fact said. */
const trainNo: TurnExpect = { notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' };
/** Every condition of the personal training subsidy said; no figure (set elsewhere), and the plan ended. */
const trainOk: TurnExpect = { notVerdict: { rule: 'vocational_training', status: 'ineligible' }, noAmount: 'unfixed', mentionsPeriodEnd: true };
/** Apprenticeship: "按照相关规定给予资金补贴", no amount in the plan. */
const appr: TurnExpect = { noAmount: 'unfixed', cites: ['四(一)'] };

export const DIALOGUES_V107: Dialogue[] = [
  // ------------------------------------------------------------------ one_group
  {
    id: 'v107d01',
    class: 'one_group',
    probes: 'count, months employed, 以工代训 months and the 岗前 subsidy come one by one; no figure before the last',
    periodEnd: true,
    turns: [
      { user: '俺是开面粉厂的 前两年招过几个建档立卡的贫困户 那个以工代训能补多少钱', expect: ask },
      { user: '4个人吧当时', expect: ask },
      { user: '他们都在厂里干了八个月 以工代训弄了5个月', expect: ask },
      { user: '岗前培训补贴那个从来没领过', expect: pay(4000, 4800) },
    ],
  },
  {
    id: 'v107d02',
    class: 'one_group',
    probes: 'a 扶贫车间 with 俩仨 poor hires: the fuzzy count is asked, 半年 is exactly six months',
    periodEnd: true,
    turns: [
      { user: '俺们村扶贫车间 收了俩仨建档立卡的 以工代训这个咋算哩', expect: ask },
      { user: '是3个 在车间都干满半年了 以工代训也是半年', expect: ask },
      { user: '岗前那个补贴没申', expect: pay(3600) },
    ],
  },
  {
    id: 'v107d03',
    class: 'one_group',
    probes: 'poor labour employed 小半年 then 5 months is under six: no payment; corrected to 7 months it counts',
    periodEnd: true,
    turns: [
      { user: '我们农民专业合作社用了2个贫困劳动力 干了小半年了 以工代训也搞了', expect: ask },
      { user: '5个月整', expect: notYes(2000) },
      { user: '刚才说错了 是七个月 以工代训搞了4个月 岗前的没领过', expect: pay(1600) },
    ],
  },
  {
    id: 'v107d04',
    class: 'one_group',
    probes: 'one disabled hire: insurance asked first, then 以工代训 months and the 岗前 subsidy',
    periodEnd: true,
    turns: [
      { user: '公司招了个就业困难人员 人家有残疾证 以工代训给补不', expect: ask },
      { user: '社保一直都给交着哩 没断过', expect: ask },
      { user: '他来了4个月 以工代训三个月 岗前的没报', expect: pay(600, 800) },
    ],
  },
  {
    id: 'v107d05',
    class: 'one_group',
    probes: 'zero-employment-family hires of a firm that pays no social insurance: no 以工代训',
    periodEnd: true,
    turns: [
      { user: '俺店里招了俩零就业家庭的 以工代训干了6个月 岗前补贴没拿过 有钱补不', expect: ask },
      { user: '社保 没给他俩交 店小', expect: notYes(2400) },
    ],
  },
  {
    id: 'v107d06',
    class: 'one_group',
    probes: '十来个 is asked; 以工代训 of 8 months is capped at 6',
    periodEnd: true,
    turns: [
      { user: '物流公司的 招了十来个建档立卡的 干了都一年多了 以工代训补贴咋算', expect: ask },
      { user: '12个 刚数了', expect: ask },
      { user: '以工代训搞了8个月 他们都干了14个月了', expect: ask },
      { user: '岗前的一个也没领', expect: pay(14400, 19200) },
    ],
  },

  // ------------------------------------------------------------------ several_groups
  {
    id: 'v107d07',
    class: 'several_groups',
    probes: 'poor and employment-difficulty rows with their own months; insurance and 岗前 asked before the sum',
    periodEnd: true,
    turns: [
      { user: '厂里情况是这 3个建档立卡的 2个就业困难的 都干了7个月 以工代训前面那仨6个月 后面俩4个月', expect: ask },
      { user: '交社保 岗前都没领', expect: pay(5200) },
    ],
  },
  {
    id: 'v107d08',
    class: 'several_groups',
    probes: 'a cooperative: its poor hires count, its zero-employment-family hire does not (not an insured enterprise)',
    periodEnd: true,
    turns: [
      { user: '合作社这边 贫困劳动力2个 零就业家庭的1个 都干了8个月 以工代训都6个月 岗前都没拿', expect: pay(2400, 3600) },
      { user: '那个零就业家庭的咋不算', expect: { cites: ['六(一)'], mustNotContain: ['3600'] } },
    ],
  },
  {
    id: 'v107d09',
    class: 'several_groups',
    probes: 'veterans are no group of 以工代训; only the two poor hires count',
    periodEnd: true,
    turns: [
      { user: '俺们公司招了5个退役军人 还有2个贫困户 以工代训都能报吧', expect: ask },
      { user: '贫困户那俩干了9个月 以工代训6个月 岗前的没领 当兵回来那几个也一样', expect: pay(2400, 8400) },
    ],
  },
  {
    id: 'v107d10',
    class: 'several_groups',
    probes: '剩下的 resolves to the difficulty hires; the two poor hires claimed the 岗前 subsidy and drop out',
    periodEnd: true,
    turns: [
      { user: '公司参保的 招了6个人 其中俩是建档立卡的 剩下的是就业困难人员', expect: ask },
      { user: '都干了半年 以工代训都是4个月', expect: ask },
      { user: '那俩贫困的领过岗前培训补贴 剩下的没领', expect: pay(3200, 4800) },
    ],
  },
  {
    id: 'v107d11',
    class: 'several_groups',
    probes: 'disabled hires count for an insured firm, rural migrant workers do not',
    periodEnd: true,
    turns: [
      { user: '我是人事 公司交社保 招了3个残疾人 还有4个农村转移就业的 以工代训都5个月 干了也都5个月 岗前培训补贴都没领', expect: pay(3000, 7000) },
      { user: '农村转移那4个为啥不算 他们也是新招的', expect: { cites: ['六(一)'], mustNotContain: ['7000'] } },
    ],
  },

  // ------------------------------------------------------------------ negation_after_noun
  {
    id: 'v107d12',
    class: 'negation_after_noun',
    probes: 'the 岗前 subsidy answered with a bare 没 after the noun',
    periodEnd: true,
    turns: [
      { user: '厂里用了4个建档立卡的 干了10个月 以工代训6个月', expect: ask },
      { user: '岗前培训补贴 没', expect: pay(4800) },
    ],
  },
  {
    id: 'v107d13',
    class: 'negation_after_noun',
    probes: '"社保 没交" after the noun: difficulty hires are out; poor hires would not need insurance',
    turns: [
      { user: '招了2个就业困难人员 社保 没交 以工代训3个月 岗前的没领 公司的', expect: notYes(1200) },
      { user: '那贫困劳动力呢 社保不交也不影响?', expect: { cites: ['六(一)'], noAmount: 'open' } },
    ],
  },
  {
    id: 'v107d14',
    class: 'negation_after_noun',
    probes: '"建档立卡不是" — ordinary migrant workers get nothing; one of them disabled later counts',
    periodEnd: true,
    turns: [
      { user: '新招的3个人 建档立卡不是 就是普通农民工 以工代训有补贴吗', expect: notYes() },
      { user: '哦对 他们仨里头有一个有残疾证 公司交社保的', expect: ask },
      { user: '他干了三个月 以工代训俩月 岗前没领', expect: pay(400, 1200) },
    ],
  },
  {
    id: 'v107d15',
    class: 'negation_after_noun',
    probes: '"教育经费 没用": no equipment subsidy; later half of it was from the fund',
    turns: [
      { user: '技能大师工作室新买了40万的实训设备 教育经费 没用 是公司自有资金 验收过了', expect: kitNo('80000', '8万') },
      { user: '问了财务 其实有一半是职工教育经费出的 另一半是自有的', expect: kit(40000, '80000', '8万') },
    ],
  },
  {
    id: 'v107d16',
    class: 'negation_after_noun',
    probes: '"验收 还没弄": no equipment amount before acceptance',
    turns: [
      { user: '高技能人才培训基地 用职工教育经费买了120万的设备 验收 还没弄', expect: kitNo('240000', '24万') },
      { user: '上礼拜人社局跟财政局一块来验的 说是合格了', expect: kit(240000) },
    ],
  },
  {
    id: 'v107d17',
    class: 'negation_after_noun',
    probes: '"养老金 没领" said after the noun; the other conditions follow; no figure for the personal subsidy',
    periodEnd: true,
    turns: [
      { user: '俺在郑州打工 想考个叉车证 养老金 没领 户口不在郑州 有补贴不', expect: trainAsk },
      { user: '证拿到了 机构说是进系统的 今年头一回培训 以前没学过叉车', expect: trainOk },
    ],
  },

  // ------------------------------------------------------------------ unknown_reply
  {
    id: 'v107d18',
    class: 'unknown_reply',
    probes: 'two "不清楚" replies leave facts open; both answered later',
    periodEnd: true,
    turns: [
      { user: '公司用了5个贫困劳动力 干了一年了 以工代训补多少', expect: ask },
      { user: '以工代训多久 这个不清楚 回头问问车间主任', expect: dunno },
      { user: '问了 4个月', expect: ask },
      { user: '岗前的 这个也不知道 得问财务', expect: dunno },
      { user: '财务说没领过岗前的', expect: pay(4000, 4800) },
    ],
  },
  {
    id: 'v107d19',
    class: 'unknown_reply',
    probes: 'insurance unknown, a personal question in between, then "回到刚才那个" with the answer',
    periodEnd: true,
    turns: [
      { user: '企业 招了3个就业困难的 干了7个月 以工代训6个月 岗前没领', expect: ask },
      { user: '社保交没交我真不知道 老板管这个', expect: dunno },
      { user: '那俺自己呢 俺是退役军人 想学个厨师 有补贴没', expect: trainAsk },
      { user: '回到刚才那个 老板说社保一直交着呢', expect: pay(3600) },
    ],
  },
  {
    id: 'v107d20',
    class: 'unknown_reply',
    probes: 'equipment at two sites; the base value "不清楚" keeps the total open; the base hits its 50万 cap',
    turns: [
      { user: '我们公司两个地方 一个技能大师工作室 一个高技能人才培训基地 都买了实训设备 能补多少', expect: kitOpen },
      { user: '工作室那边30万 基地那边不清楚', expect: kitOpenNot('60000', '6万') },
      { user: '都是职工教育经费买的 都验收了 基地那边多少钱回头问问', expect: { asks: true, mustNotContain: ['560000', '56万'] } },
      { user: '基地问了 是300万', expect: kit(560000, '660000', '66万') },
    ],
  },
  {
    id: 'v107d21',
    class: 'unknown_reply',
    probes: 'a poor family asks for its child; the school type is unknown at first',
    periodEnd: true,
    turns: [
      { user: '俺家是建档立卡贫困户 娃今年上学了 有啥补助不', expect: { asks: true, noAmount: 'unfixed', undecided: 'poor_family_child_aid' } },
      { user: '啥学校 俺也不清楚 他自己报的名', expect: { noAmount: 'unfixed', undecided: 'poor_family_child_aid' } },
      { user: '问娃了 是郑州一个技工学校', expect: { status: { rule: 'poor_family_child_aid', status: 'eligible' }, noAmount: 'unfixed', cites: ['三(三)', '三(十四)'] } },
    ],
  },
  {
    id: 'v107d22',
    class: 'unknown_reply',
    probes: 'the head count "不清楚" stays open through the next answer',
    periodEnd: true,
    turns: [
      { user: '扶贫车间 贫困劳动力具体几个人我不清楚 都干了大半年了', expect: dunno },
      { user: '以工代训都是6个月 岗前没报过', expect: ask },
      { user: '会计说7个 在车间都干了8个月', expect: pay(8400) },
    ],
  },

  // ------------------------------------------------------------------ correction
  {
    id: 'v107d23',
    class: 'correction',
    probes: 'count corrected, then months corrected two turns later; each time the new sum',
    periodEnd: true,
    turns: [
      { user: '公司参保 招了4个就业困难人员 干了半年 以工代训5个月 岗前没领', expect: pay(4000) },
      { user: '刚才说错了 是3个 有一个早走了', expect: pay(3000) },
      { user: '还有以工代训是6个月 不是5个', expect: pay(3600) },
    ],
  },
  {
    id: 'v107d24',
    class: 'correction',
    probes: 'group corrected (zero-employment → poor), then months employed corrected to over six',
    periodEnd: true,
    turns: [
      { user: '合作社招了2个零就业家庭的 以工代训4个月 干了5个月 岗前没领', expect: notYes(1600) },
      { user: '哦不对 那俩是建档立卡贫困户 不是零就业', expect: notYes(1600) },
      { user: '再更正下 他俩干了10个月了 我刚看成转正时间了', expect: pay(1600) },
    ],
  },
  {
    id: 'v107d25',
    class: 'correction',
    probes: 'two of six turn out to have claimed the 岗前 subsidy',
    periodEnd: true,
    turns: [
      { user: '厂里6个建档立卡的 干了8个月 以工代训6个月 岗前的没领', expect: pay(7200) },
      { user: '等下 会计说其中2个领了岗前培训补贴', expect: pay(4800) },
    ],
  },
  {
    id: 'v107d26',
    class: 'correction',
    probes: 'studio value corrected from 35万 to 65万: the 10万 cap now applies',
    turns: [
      { user: '技能大师工作室 用教育经费买设备 花了35万 验收合格了', expect: kit(70000) },
      { user: '刚才说错了 是65万', expect: kit(100000) },
    ],
  },
  {
    id: 'v107d27',
    class: 'correction',
    probes: 'fund drawn corrected below the 8 % limit; front-line share under 60 % noted',
    turns: [
      { user: '去年工资薪金总额800万 职工教育经费提了70万 税前能扣多少', expect: deduct(640000) },
      { user: '说错了 教育经费提的是52万', expect: deduct(520000) },
      { user: '一线职工培训用了其中一半', expect: { says: [/60\s*[%％]|百分之六十|六成/], cites: ['六(二)'] } },
    ],
  },
  {
    id: 'v107d28',
    class: 'correction',
    probes: 'no certificate yet, corrected: it arrived last month',
    periodEnd: true,
    turns: [
      { user: '我想报个育婴师 在老家户籍地培训 证还没拿到 能领补贴不', expect: trainNo },
      { user: '刚才说错了 证上个月就拿到了 机构在系统里 今年第一回 没领养老金 以前没报过这个', expect: trainOk },
    ],
  },

  // ------------------------------------------------------------------ topic_switch
  {
    id: 'v107d29',
    class: 'topic_switch',
    probes: 'employer case, then "那俺自己呢" (own business 2 years), then back with a bare answer',
    periodEnd: true,
    turns: [
      { user: '我们厂招了3个贫困劳动力 干了7个月 以工代训有吗', expect: ask },
      { user: '那俺自己呢 俺开这厂才2年 能去上创业培训不', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed', cites: ['三(八)'] } },
      { user: '回到刚才那个 以工代训5个月', expect: ask },
      { user: '没领岗前的', expect: pay(3000, 4200) },
    ],
  },
  {
    id: 'v107d30',
    class: 'topic_switch',
    probes: 'education fund, then two workers\' own subsidy, then back to the fund\'s front-line share',
    turns: [
      { user: '公司工资总额一年1200万 教育经费提了100万 税前扣除能扣多少', expect: deduct(960000) },
      { user: '另外 厂里有俩残疾职工想考证 他们自己能领培训补贴吗', expect: trainAsk },
      { user: '回到教育经费 一线培训用了70万 合规不', expect: { cites: ['六(二)'] } },
    ],
  },
  {
    id: 'v107d31',
    class: 'topic_switch',
    probes: 'a veteran\'s own training, a cousin\'s firm in between, then back to the training',
    periodEnd: true,
    turns: [
      { user: '俺是退役军人 想学挖掘机 郑州这边培训有补贴吗', expect: trainAsk },
      { user: '对了 俺表哥开了个装修公司 招了2个建档立卡的 他问以工代训', expect: ask },
      { user: '干了一年 以工代训6个月 没领岗前', expect: pay(2400) },
      { user: '那俺那个挖掘机的呢 俺户口在郑州 就在这学', expect: trainAsk },
    ],
  },
  {
    id: 'v107d32',
    class: 'topic_switch',
    probes: 'apprentices, then base equipment, then back to whom to ask about apprentices',
    turns: [
      { user: '公司搞企业新型学徒制 带了15个学徒 政府补多少', expect: appr },
      { user: '那设备呢 高技能人才培训基地 教育经费买了80万 验收了', expect: kit(160000) },
      { user: '学徒那个具体标准去哪问', expect: contact },
    ],
  },
  {
    id: 'v107d33',
    class: 'topic_switch',
    probes: 'a student\'s entrepreneurship training, father\'s firm left pending, then resumed with every fact',
    periodEnd: true,
    turns: [
      { user: '我在职业院校上学 以后想创业 有培训吗', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' } },
      { user: '我爸开的厂 招了几个就业困难的 能申以工代训吗', expect: ask },
      { user: '那个先不急 创业培训要自己掏钱吗', expect: { noAmount: 'unfixed' } },
      { user: '回到我爸那个厂 参保的 4个人 干了6个月 以工代训3个月 岗前没领', expect: pay(2400) },
    ],
  },
  {
    id: 'v107d34',
    class: 'topic_switch',
    probes: 'competition training of the firm, a prize-winning master, back to the firm\'s award amount',
    turns: [
      { user: '我们公司搞备战技能竞赛的专项培训 有奖补吗', expect: { cites: ['三(十五)'], noAmount: 'unfixed', notVerdict: { rule: 'competition_training_award', status: 'ineligible' } } },
      { user: '那我们有个师傅在市里技能竞赛拿了二等奖 他个人有奖励吗', expect: { cites: ['五(三)'], noAmount: 'unfixed', notVerdict: { rule: 'competition_winner_award', status: 'ineligible' } } },
      { user: '回到公司那个 一定资金奖补 到底是多少钱', expect: unsettled },
    ],
  },

  // ------------------------------------------------------------------ person_training
  {
    id: 'v107d35',
    class: 'person_training',
    probes: 'a 52-year-old gives the conditions over three messages; no age rule, no figure',
    periodEnd: true,
    turns: [
      { user: '俺今年52了 想学个养老护理 能享受职业培训补贴不', expect: trainAsk },
      { user: '俺没领养老金 就在常住地郑州培训', expect: trainAsk },
      { user: '证拿了 机构进系统的 今年头一次 以前没考过这个', expect: trainOk },
    ],
  },
  {
    id: 'v107d36',
    class: 'person_training',
    probes: 'three subsidies already this year: the fourth is out; next year the plan is over',
    turns: [
      { user: '我今年已经领过3次培训补贴了 又考了个电工证 还能领吗', expect: { ...trainNo, cites: ['七(二)'] } },
      { user: '那明年还能再领吗', expect: ended },
    ],
  },
  {
    id: 'v107d37',
    class: 'person_training',
    probes: 'same occupation and level twice is out; another level is not excluded',
    turns: [
      { user: '之前领过中式烹调师四级的补贴 这回又考了一遍同一级 还给补不', expect: { ...trainNo, cites: ['七(二)'] } },
      { user: '那我换成考三级呢', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } } },
    ],
  },
  {
    id: 'v107d38',
    class: 'person_training',
    probes: 'a father on a monthly pension is out; the mother\'s case stays open',
    turns: [
      { user: '俺爹退休了 按月领养老金 想去学个理发 能有补贴不', expect: { ...trainNo, cites: ['六(一)', '七(二)'] } },
      { user: '那俺妈呢 她没养老金 在老家户籍地学', expect: trainAsk },
    ],
  },
  {
    id: 'v107d39',
    class: 'person_training',
    probes: 'a new occupation follows the priority standard; training elsewhere is out',
    turns: [
      { user: '我学的是新职业 无人机驾驶员 国家公布的那种 补贴按啥标准', expect: { cites: ['七(二)'], says: [/优先支持/], noAmount: 'unfixed' } },
      { user: '在外地培训的 不是户籍地也不是常住地 也不是找工作的地方', expect: trainNo },
    ],
  },
  {
    id: 'v107d40',
    class: 'person_training',
    probes: 'poor labour trains free; 生活费 per day is not in the plan',
    periodEnd: true,
    turns: [
      { user: '俺是建档立卡贫困户 想学个焊工 培训得掏钱不', expect: { says: [/免费/], cites: ['三(三)'], noAmount: 'unfixed' } },
      { user: '那学的时候有生活费补贴不 一天给多少', expect: unsettled },
      { user: '要是2020年那会儿去学 也是免费的吗', expect: { says: [/免费/], noAmount: 'unfixed' } },
    ],
  },

  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v107d41',
    class: 'entrepreneurship',
    probes: 'a shop opened three years ago qualifies (≤ 5 years); no figure; corrected to six years it does not',
    periodEnd: true,
    turns: [
      { user: '俺的奶茶店开了3年了 能参加创业培训不', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'], noAmount: 'unfixed' } },
      { user: '培训完有补贴钱不 给多少', expect: { noAmount: 'unfixed' } },
      { user: '刚才说错了 店是开了6年了 营业执照上写的', expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v107d42',
    class: 'entrepreneurship',
    probes: 'a wish to start a business is enough; where to sign up; and whether it runs in 2026',
    periodEnd: true,
    turns: [
      { user: '我还没开店 就是想自己干点啥 创业培训我能上吗', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'] } },
      { user: '在哪报名啊', expect: contact },
      { user: '现在都2026年了还能报吗', expect: ended },
    ],
  },
  {
    id: 'v107d43',
    class: 'entrepreneurship',
    probes: 'a college graduate and a 技工院校 student both qualify for the awareness training',
    turns: [
      { user: '我是郑大毕业的 去年毕业 创业意识培训能参加不', expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' }, cites: ['三(八)'] } },
      { user: '那我同学在技工学校上学呢', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v107d44',
    class: 'entrepreneurship',
    probes: 'own restaurant (4 years) for training, its poor hires for 以工代训, back to the person',
    periodEnd: true,
    turns: [
      { user: '我开了个小饭馆 开了4年 想上创业培训', expect: { status: { rule: 'entrepreneurship_training', status: 'eligible' }, noAmount: 'unfixed' } },
      { user: '饭馆招了2个贫困户当服务员 干了7个月 以工代训6个月 岗前没领', expect: { oneOf: [pay(2400), ask] } },
      { user: '回到俺自己 创业培训有没有补贴钱', expect: { noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v107d45',
    class: 'entrepreneurship',
    probes: 'five years and three months is over five; a new business wish qualifies again',
    turns: [
      { user: '我开的快递站 开业5年零3个月了 还算开业5年以内不', expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' }, cites: ['三(八)'] } },
      { user: '那我还想再开个新店 有创业的打算 这样行吗', expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' }, noAmount: 'unfixed' } },
    ],
  },

  // ------------------------------------------------------------------ equipment
  {
    id: 'v107d46',
    class: 'equipment',
    probes: 'a base and a studio of one company, each with its own cap; a later batch fills the studio\'s cap',
    turns: [
      { user: '公司在中牟和航空港各有一个点 中牟是高技能人才培训基地 港区是技能大师工作室 都新买了实训设备', expect: kitOpen },
      { user: '中牟那边200万 港区那边30万', expect: kitOpenNot('460000', '46万') },
      { user: '都是职工教育经费出的 人社财政都验收了', expect: kit(460000) },
      { user: '刚才漏了 港区后来又买了50万 也是教育经费 也验收了', expect: kit(500000, '560000', '56万') },
    ],
  },
  {
    id: 'v107d47',
    class: 'equipment',
    probes: 'two bases of one company: each capped on its own, not the company as a whole',
    turns: [
      { user: '俺们两个高技能人才培训基地 一个买了300万设备 一个买了100万 都用的教育经费 都验收合格了 补多少', expect: kit(700000, '800000', '80万') },
    ],
  },
  {
    id: 'v107d48',
    class: 'equipment',
    probes: 'three batches of one studio share its 10万 cap',
    turns: [
      { user: '技能大师工作室 分三批买的设备 20万 30万 25万', expect: kitOpenNot('150000', '15万') },
      { user: '都从教育经费里出的 验收 有 上周刚验', expect: kit(100000) },
    ],
  },
  {
    id: 'v107d49',
    class: 'equipment',
    probes: 'acceptance unknown keeps the amount open',
    turns: [
      { user: '基地设备150万 教育经费买的 验收不知道过没过', expect: { undecided: 'equipment_subsidy', mustNotContain: ['300000', '30万'] } },
      { user: '问了 人社和财政都来验过了 合格', expect: kit(300000) },
    ],
  },
  {
    id: 'v107d50',
    class: 'equipment',
    probes: 'kind, fund and acceptance asked; the studio cap; bought in 2022 after the plan',
    turns: [
      { user: '俺们买了一批实训设备60万 能补百分之二十不', expect: kitOpenNot('120000', '12万') },
      { user: '是给技能大师工作室买的', expect: kitOpenNot('120000', '12万') },
      { user: '教育经费出的 验收过了', expect: kit(100000) },
      { user: '对了这批设备是2022年才买的 还算不算', expect: ended },
    ],
  },
  {
    id: 'v107d51',
    class: 'equipment',
    probes: 'short answers: kind first, value as a bare figure, then fund and acceptance',
    turns: [
      { user: '设备补贴 我们是工作室 技能大师那种', expect: kitOpen },
      { user: '8万', expect: kitOpenNot('16000', '1.6万') },
      { user: '有验收 钱是教育经费的', expect: kit(16000) },
    ],
  },

  // ------------------------------------------------------------------ education_fund
  {
    id: 'v107d52',
    class: 'education_fund',
    probes: 'fund under the 8 % limit: the fund itself is deductible; front-line share and 师带徒',
    turns: [
      { user: '工资薪金总额一年500万 职工教育经费提了30万 能税前扣多少', expect: deduct(300000) },
      { user: '那一线职工培训用了20万 够比例不', expect: { cites: ['六(二)'] } },
      { user: '剩下的10万能给师带徒发津贴吗', expect: { cites: ['六(二)'], says: [/师带徒/] } },
    ],
  },
  {
    id: 'v107d53',
    class: 'education_fund',
    probes: 'payroll missing, then "还没算出来", then given: 8 % of it is the limit',
    turns: [
      { user: '教育经费提了45万 税前能扣多少', expect: { ...fundOpen, mustNotContain: ['36000', '3.6万'] } },
      { user: '工资总额 财务还没算出来', expect: { undecided: 'education_fund_deduction', mustNotContain: ['36000', '3.6万'] } },
      { user: '算出来了 480万', expect: deduct(384000) },
    ],
  },
  {
    id: 'v107d54',
    class: 'education_fund',
    probes: 'a large payroll, and a front-line share of 58 % that must be noted',
    turns: [
      { user: '公司工资薪金总额2000万 教育经费提了120万 一线职工培训花了70万 税前扣除咋算', expect: { ...deduct(1200000), says: [/税前/, /60\s*[%％]|百分之六十|六成/] } },
    ],
  },
  {
    id: 'v107d55',
    class: 'education_fund',
    probes: 'the 8 % is no cash payment; fund drawn asked, then over the limit',
    turns: [
      { user: '职工教育经费那个8% 是政府给我们发钱吗 工资总额300万', expect: { asks: true, undecided: 'education_fund_deduction', says: [/税前/] } },
      { user: '提了25万', expect: deduct(240000) },
    ],
  },
  {
    id: 'v107d56',
    class: 'education_fund',
    probes: 'education fund, apprentices, and whether the fund pays the masters',
    turns: [
      { user: '我们工资总额一年900万 教育经费提了60万 扣除额多少', expect: deduct(600000) },
      { user: '另外我们还搞企业新型学徒 20个', expect: { cites: ['四(一)'], says: [HONEST_NOT_SETTLED] } },
      { user: '带徒弟师傅的津贴能从教育经费里出不', expect: { cites: ['六(二)'] } },
    ],
  },

  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v107d57',
    class: 'apprenticeship',
    probes: 'apprenticeship has no figure in the plan; masters\' allowance from the fund; the plan is over',
    turns: [
      { user: '企业新型学徒制 我们带了8个徒弟 一个人补多少钱', expect: { ...appr, says: [HONEST_NOT_SETTLED] } },
      { user: '那师傅带徒弟的津贴从哪出', expect: { cites: ['六(二)'] } },
      { user: '2021年带的徒弟 现在还能申吗', expect: ended },
    ],
  },
  {
    id: 'v107d58',
    class: 'apprenticeship',
    probes: 'apprentices who are difficulty hires: 以工代训 computed, the apprenticeship part unfixed',
    periodEnd: true,
    turns: [
      { user: '公司参保 招了5个就业困难人员 走的学徒制', expect: ask },
      { user: '以工代训也搞了 4个月 干了6个月 岗前没领', expect: pay(4000) },
      { user: '学徒那块另外能拿多少', expect: { says: [HONEST_NOT_SETTLED], cites: ['四(一)'] } },
    ],
  },
  {
    id: 'v107d59',
    class: 'apprenticeship',
    probes: 'apprenticeship standard unset; among 12 apprentices three poor hires get 以工代训',
    periodEnd: true,
    turns: [
      { user: '学徒制补贴是按人头还是按月给', expect: unsettled },
      { user: '那我们厂学徒有12个 其中3个是建档立卡的 干了8个月 以工代训6个月 岗前没领', expect: pay(3600, 14400) },
    ],
  },
  {
    id: 'v107d60',
    class: 'apprenticeship',
    probes: 'a 职业院校: modern apprenticeship unfixed, poor students\' aid, and no 以工代训 (not a production entity)',
    turns: [
      { user: '我们是职业院校 跟企业搞现代学徒制 学校能拿补贴吗', expect: appr },
      { user: '学校还招了不少建档立卡家庭的学生', expect: { cites: ['三(十四)'], noAmount: 'unfixed', notVerdict: { rule: 'school_poor_student_aid', status: 'ineligible' } } },
      { user: '学校实习工厂用了4个贫困劳动力 干了8个月 以工代训6个月 岗前没领 能拿以工代训不', expect: notYes(4800) },
    ],
  },
  {
    id: 'v107d61',
    class: 'apprenticeship',
    probes: 'a fuzzy number of apprentices made exact still yields no figure',
    turns: [
      { user: '学徒 俩仨个 补贴啥标准', expect: appr },
      { user: '3个 学了一年多了', expect: { ...unsettled } },
    ],
  },

  // ------------------------------------------------------------------ period
  {
    id: 'v107d62',
    class: 'period',
    probes: 'today the plan is over; in June 2020 it ran; a 2020 case computed',
    periodEnd: true,
    turns: [
      { user: '俺想问问 以工代训这个补贴 现今个还能申不', expect: { ...ended, cites: ['六(一)'] } },
      { user: '那2020年6月那会儿呢', expect: { cites: ['六(一)'], noAmount: 'open' } },
      { user: '我们企业2020年那会儿用了3个贫困劳动力 干了8个月 以工代训6个月 岗前没领', expect: pay(3600) },
    ],
  },
  {
    id: 'v107d63',
    class: 'period',
    probes: 'a case of October 2021 (in force) computed; filing it now is too late',
    periodEnd: true,
    turns: [
      { user: '2021年10月份那时候 公司参保 招的2个残疾人 以工代训3个月 干了4个月 岗前没领 能补多少', expect: pay(1200) },
      { user: '现在补报还来得及不', expect: ended },
    ],
  },
  {
    id: 'v107d64',
    class: 'period',
    probes: 'hires of March 2022 fall after the plan',
    turns: [
      { user: '2022年3月招的贫困户 能报以工代训不', expect: { ...ended, noAmount: 'open' } },
      { user: '那个方案后面有没有续上的 你知道不', expect: { noAmount: 'open' } },
    ],
  },
  {
    id: 'v107d65',
    class: 'period',
    probes: 'the plan\'s period in one question',
    turns: [{ user: '这个职业技能提升行动方案 管到哪年为止', expect: { ...ended, says: [/2021/] } }],
  },
  {
    id: 'v107d66',
    class: 'period',
    probes: 'equipment accepted in November 2021 (in force); buying again in 2026 is after the plan',
    turns: [
      { user: '基地设备是2021年11月验收合格的 教育经费买的 100万 能补多少', expect: kit(200000) },
      { user: '那时候方案还在期内吗', expect: { says: [/2021/] } },
      { user: '现在2026年再买一批设备呢', expect: ended },
    ],
  },
];
