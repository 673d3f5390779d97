/**
 * HELD-OUT dialogues, set v9 — written on 2026-11-30 from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * never from the service's output, the code under src/, or the dev sets under test/core/. Only
 * the format of v8 (its header and first lines) was looked at; no message is reused or
 * paraphrased from sets v1–v8. Not to be tuned on: no word of these messages goes into a
 * glossary, pattern or fixture. Once a dialogue has been fixed by a targeted change it measures
 * nothing any more; write a new one instead.
 *
 * Who types here: a noodle-shop couple (烩面馆), a printing-house accountant, a village doctor
 * asking for a patient, a 40-year-old laid-off lorry driver, an apprentice's master, a
 * cooperative's bookkeeper, a vocational-college counsellor, a daughter asking for her disabled
 * father, and a hotline agent relaying a caller (来电人…). WeChat on a phone: short, Henan words
 * (俺, 中不中, 木有, 咋整, 恁), homophone typos, odd spacing, numerals as 仨 / 俩 / 叁 / 6 / 六 /
 * 半年整 / 快一年, traditional characters now and then, run-ons, bare replies, 哈哈 and 嗯嗯.
 * Facts are said in many ways: yes/no before or after the noun, negation far from its noun,
 * facts spread over turns, one fact of several corrected, a second question in one message.
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying hire row; poor
 *   labour when employed ≥ 6 months by a production entity (not a 职业院校), insurance
 *   irrelevant; 就业困难 (incl. 残疾人) and 零就业家庭 only by an insured enterprise (a
 *   cooperative or an unregistered 个体户 is none); 退役军人 and 农村转移 hires are no 以工代训
 *   group; rows with the 岗前培训补贴 claimed never count. A figure is expected only when every
 *   fact it depends on was given, never from a rough quantity, except as a threshold it
 *   clearly passes (快一年 ≥ 6 months).
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 master studio), only
 *   when bought from the 职工教育经费 and accepted; two purchases of one studio share its cap.
 * - Education fund (六(二)): a pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Apprenticeship, 职业培训补贴 per person, 生活费补贴, free training, entrepreneurship training,
 *   family aid, competition awards: the plan fixes no amount.
 *
 * Tags in `probes`: [two-part], [contact], [dated].
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: one more question, no figure, no 不符合. */
const askOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The person cannot say a 以工代训 fact: no figure and no verdict. */
const dunnoOJT: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The 以工代训 amount. */
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
/** The 以工代训 amount, without the figure a misreading gives. */
const payNot = (yuan: number, wrong: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: [String(wrong)] });
/** 以工代训 excluded: ineligible, and the misreading's figure absent. */
const noPay = (wrong: number): TurnExpect => ({ status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: [String(wrong)] });
/** Not eligible on these facts; the misreading's figure absent. */
const notYes = (wrong: number): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: [String(wrong)] });
/** The equipment subsidy. */
const kit = (yuan: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan } });
/** The equipment subsidy, without the misreading's figure. */
const kitNot = (yuan: number, wrong: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, mustNotContain: [String(wrong)] });
/** An equipment fact is missing. */
const askKit: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
/** No equipment subsidy on these facts; the misreading's figure absent. */
const noKit = (wrong: number): TurnExpect => ({ notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: [String(wrong)] });
/** The education-fund deduction: said to be 税前, never money to collect. */
const deduct = (yuan: number): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/],
});
/** No amount in the plan for this: no figure, the clause cited. */
const noFigure = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
/** The plan does not settle it: say so, no figure. */
const unsettled: TurnExpect = { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] };
/** Outside the plan. */
const decline: TurnExpect = { answered: false, noAmount: 'unfixed' };
/** "Can I still apply": the plan's end must be said. */
const over: TurnExpect = { mentionsPeriodEnd: true };
/** Who to ask: the human-resources bureau or its hotline. */
const WHO = /人社|人力资源|12333/;
/** A person's training subsidy: the plan sets no per-person figure. */
const personNoFigure = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites, notVerdict: { rule: 'vocational_training', status: 'eligible' } });

export const DIALOGUES_V9: Dialogue[] = [
  // ---------------------------------------------------------------- one group of hires
  {
    id: 'v9d01',
    class: 'one_group',
    probes: 'noodle couple, 3 建档立卡 hires, 快一年 employed (clearly ≥ 6), 5 months 以工代训',
    periodEnd: true,
    turns: [{ user: '俺两口子开烩面馆的 店里用了仨建档立卡户 干了快一年咧 以工代训弄了五个月 岗前补贴木领过 能补多少', expect: pay(3000) }],
  },
  {
    id: 'v9d02',
    class: 'one_group',
    probes: 'printing-house accountant, insured enterprise, 2 就业困难 hires, 叁 months',
    periodEnd: true,
    turns: [{ user: '印刷廠會計 問下 我們是參保企業 招了兩名就業困難人員 以工代训叁个月 岗前培训补贴沒申請過 补贴咋算', expect: pay(1200) }],
  },
  {
    id: 'v9d03',
    class: 'one_group',
    probes: 'cooperative bookkeeper, 4 poor hires, 7 months 以工代训 capped at 6',
    periodEnd: true,
    turns: [{ user: '合作社记账的 社里收了4个贫困户劳力 都干满7个月了 以工代训也是7个月 岗前那个没领 给多少', expect: payNot(4800, 5600) }],
  },
  {
    id: 'v9d04',
    class: 'one_group',
    probes: 'poverty workshop, one poor hire, 半年整 employed (exactly 6), 6 months 以工代训',
    periodEnd: true,
    turns: [{ user: '俺们村扶贫车间 就1个建档立卡的大姐 来了半年整 以工代训六个月 岗前补贴没申请  能给几个钱', expect: pay(1200) }],
  },
  {
    id: 'v9d05',
    class: 'one_group',
    probes: 'vocational college as employer is no production entity: no 以工代训',
    turns: [{ user: '我是职业学院辅导员 学院食堂招了2个建档立卡贫困户 干了8个月 以工代训4个月 岗前补贴没领 学院能申请以工代训补贴吗', expect: noPay(1600) }],
  },
  {
    id: 'v9d06',
    class: 'one_group',
    probes: '[two-part] the rate per month and the longest period in one message',
    turns: [{ user: '以工代训 一人一月补几个钱？最长能补几个月', expect: { cites: ['六(一)'], says: [/200/, /6\s*个月|六个月/] } }],
  },
  {
    id: 'v9d07',
    class: 'one_group',
    probes: 'uninsured 个体 noodle shop and a disabled hire: no 以工代训',
    turns: [{ user: '面馆是个体户 员工社保一个都没交 上个月招了个残疾小伙 以工代训3个月 岗前补贴没领 这能补不', expect: noPay(600) }],
  },
  // ---------------------------------------------------------------- several groups
  {
    id: 'v9d08',
    class: 'several_groups',
    probes: 'printing house, poor and 就业困难 rows, insurance and 岗前 given in the second turn',
    periodEnd: true,
    turns: [
      { user: '俺们印刷厂 招了俩建档立卡的 干九个月了 以工代训四个月；还有三个就业困难人员 以工代训俩月', expect: { notVerdict: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: ['2800'] } },
      { user: '厂里社保一直交着呢 岗前补贴谁都没领', expect: pay(2800) },
    ],
  },
  {
    id: 'v9d09',
    class: 'several_groups',
    probes: 'cooperative: poor row counts, 退役军人 row is no 以工代训 group',
    periodEnd: true,
    turns: [{ user: '合作社这边 贫困户5个 干了十个月 以工代训6个月；退伍兵俩 以工代训3个月 岗前补贴都没报过 一共补多少', expect: payNot(6000, 7200) }],
  },
  {
    id: 'v9d10',
    class: 'several_groups',
    probes: 'insured company noodle shop: 零就业 row counts, poor row under 6 months does not',
    periodEnd: true,
    turns: [{ user: '俺们面馆注册的是公司 社保都给交 招了个零就业家庭的小伙 以工代训4个月 还有个建档立卡闺女 才来仨月 以工代训也仨月 岗前补贴都没领', expect: payNot(800, 1400) }],
  },
  {
    id: 'v9d11',
    class: 'several_groups',
    probes: 'hotline: 6 disabled hires count, 2 农村转移 hires do not',
    periodEnd: true,
    turns: [{ user: '来电人说 他们公司参保 收了 6 名残疾人 以工代训 3 个月，另外 2 名农村转移就业的 以工代训也是 3 个月 岗前补贴未领 问能拿多少', expect: payNot(3600, 4800) }],
  },
  {
    id: 'v9d12',
    class: 'several_groups',
    probes: 'cooperative is no insured enterprise: its 就业困难 row does not count, facts over two turns',
    periodEnd: true,
    turns: [
      { user: '社里去年收了两拨人 一拨是建档立卡贫困户3个 一拨是就业困难人员2个 以工代训补贴咋弄', expect: askOJT },
      { user: '贫困户那仨 干了八个月 以工代训五个月；就业困难那俩 以工代训四个月 社保给交了 岗前补贴都没有领', expect: payNot(3000, 4600) },
    ],
  },
  {
    id: 'v9d13',
    class: 'several_groups',
    probes: 'two poor rows with their own months: one employed only 4 months',
    periodEnd: true,
    turns: [{ user: '印刷厂的 建档立卡两拨：两个人干了一年 以工代训6个月；另一个才干4个月 以工代训4个月 岗前都没领', expect: payNot(2400, 3200) }],
  },
  // ---------------------------------------------------------------- negation after the noun
  {
    id: 'v9d14',
    class: 'negation_after_noun',
    probes: '岗前补贴 negated at the end of a long clause',
    periodEnd: true,
    turns: [{ user: '招的那俩建档立卡户 以工代训六个月 干了十个月了 岗前培训补贴嘛 之前厂里问过 最后还是没去领', expect: pay(2400) }],
  },
  {
    id: 'v9d15',
    class: 'negation_after_noun',
    probes: '岗前补贴 already claimed, said before the question',
    turns: [{ user: '岗前技能培训补贴 这俩人 去年入职时候 厂里 已经领过了 他俩是贫困户 干了九个月 以工代训三个月 以工代训还能拿不', expect: noPay(1200) }],
  },
  {
    id: 'v9d16',
    class: 'negation_after_noun',
    probes: 'insurance negated far from 社保',
    turns: [{ user: '社保这块 我们厂 说实话 老板一直拖着 到现在也没给交 招了2个就业困难的 以工代训3个月 岗前没领', expect: noPay(1200) }],
  },
  {
    id: 'v9d17',
    class: 'negation_after_noun',
    probes: '残疾人 negated, the hires are poor labour',
    periodEnd: true,
    turns: [{ user: '俺这小厂 招的人里 残疾人 倒是一个也没有 都是建档立卡的 3个 干了7个月 以工代训3个月 岗前补贴没领', expect: pay(1800) }],
  },
  {
    id: 'v9d18',
    class: 'negation_after_noun',
    probes: 'equipment not yet accepted, negation after 验收',
    turns: [{ user: '设备买了60万 给技能大师工作室用 钱从职工教育经费出的 验收 人社那边 还没来弄呢', expect: noKit(120000) }],
  },
  {
    id: 'v9d19',
    class: 'negation_after_noun',
    probes: 'equipment not from the education fund, negation before the noun',
    turns: [{ user: '高技能人才培训基地的设备 80万 不是 从职工教育经费 出的 是公司自己的钱 验收倒是过了 补多少', expect: noKit(160000) }],
  },
  // ---------------------------------------------------------------- unknown replies
  {
    id: 'v9d20',
    class: 'unknown_reply',
    probes: 'months employed unknown, then found',
    periodEnd: true,
    turns: [
      { user: '社里雇了5个建档立卡户 以工代训四个月 岗前没领 有补贴没', expect: askOJT },
      { user: '干多长时间了 这个俺得翻翻账 现在说不准', expect: dunnoOJT },
      { user: '翻着了 都干了十个月', expect: pay(4000) },
    ],
  },
  {
    id: 'v9d21',
    class: 'unknown_reply',
    probes: 'insurance unknown, then the shop turns out to be an uninsured 个体户',
    turns: [
      { user: '面馆招了个残疾人小伙 以工代训俩月 岗前补贴没领 能补不', expect: askOJT },
      { user: '社保交没交 这事得问俺老公 俺不清楚', expect: dunnoOJT },
      { user: '问了 店是个体工商户 不是公司 社保也没交', expect: noPay(400) },
    ],
  },
  {
    id: 'v9d22',
    class: 'unknown_reply',
    probes: 'equipment acceptance unknown, then accepted',
    turns: [
      { user: '给高技能人才培训基地买设备 花了150万 职工教育经费出的', expect: askKit },
      { user: '验收过没过 俺也不晓得 得问设备科', expect: { noAmount: 'open', undecided: 'equipment_subsidy' } },
      { user: '设备科说 人社和财政都验收合格了', expect: kit(300000) },
    ],
  },
  {
    id: 'v9d23',
    class: 'unknown_reply',
    probes: 'education fund drawn unknown, then given',
    turns: [
      {
        user: '公司工资薪金总额一年 1200万 职工教育经费能税前扣多少',
        expect: { oneOf: [{ asks: true, noAmount: 'open' }, { asks: true, says: [/8\s*%|百分之八/] }] },
      },
      { user: '提了多少 老板没跟俺说 俺也不管这块', expect: { undecided: 'education_fund_deduction', notVerdict: { rule: 'education_fund_deduction', status: 'ineligible' } } },
      { user: '查到了 提了110万', expect: deduct(960000) },
    ],
  },
  {
    id: 'v9d24',
    class: 'unknown_reply',
    probes: 'hotline: insurance unknown to the caller, in one message',
    turns: [{ user: '来电人说 他们企业招了2个零就业家庭成员 以工代训4个月 岗前补贴没领 社保交没交 来电人自己也拿不准', expect: dunnoOJT }],
  },
  {
    id: 'v9d25',
    class: 'unknown_reply',
    probes: 'months of 以工代训 missing, bare unknown reply',
    turns: [
      { user: '俺们扶贫车间 收了3个建档立卡的 干了9个月 岗前补贴木有领', expect: askOJT },
      { user: '这个真记不得了 哈哈', expect: dunnoOJT },
    ],
  },
  // ---------------------------------------------------------------- corrections
  {
    id: 'v9d26',
    class: 'correction',
    probes: 'count corrected from 4 to 3',
    periodEnd: true,
    turns: [
      { user: '参保企业 招了4个就业困难人员 以工代训5个月 岗前没领', expect: pay(4000) },
      { user: '哦不对 是3个人 不是4个 别的没变', expect: payNot(3000, 4000) },
    ],
  },
  {
    id: 'v9d27',
    class: 'correction',
    probes: '以工代训 months corrected from 3 to 5',
    periodEnd: true,
    turns: [
      { user: '烩面馆招了2个建档立卡的 干了8个月 以工代训3个月 岗前没领 补多少', expect: pay(1200) },
      { user: '俺记岔了 以工代训是5个月', expect: payNot(2000, 1200) },
    ],
  },
  {
    id: 'v9d28',
    class: 'correction',
    probes: 'months employed corrected below 6: the poor row no longer counts',
    turns: [
      { user: '合作社贫困户2个 干了7个月 以工代训4个月 岗前没领', expect: pay(1600) },
      { user: '刚对了下考勤 其实才干了5个月', expect: notYes(1600) },
    ],
    periodEnd: true,
  },
  {
    id: 'v9d29',
    class: 'correction',
    probes: 'one row of two corrected: the 就业困难 months',
    periodEnd: true,
    turns: [
      { user: '公司参保 招了贫困户2个 干了一年 以工代训6个月；就业困难的3个 以工代训2个月 岗前都没领', expect: pay(3600) },
      { user: '更正下 就业困难那3个 以工代训是4个月 不是2个月', expect: payNot(4800, 3600) },
    ],
  },
  {
    id: 'v9d30',
    class: 'correction',
    probes: 'insurance corrected to none: the disabled row drops',
    periodEnd: true,
    turns: [
      { user: '我们厂招了2个残疾人 以工代训3个月 厂里参保的 岗前补贴没领', expect: pay(1200) },
      { user: '等下 会计刚说厂里社保断了 去年一年都没交', expect: noPay(1200) },
    ],
  },
  {
    id: 'v9d31',
    class: 'correction',
    probes: 'equipment value corrected upward past the studio cap',
    turns: [
      { user: '技能大师工作室新买设备 40万 教育经费出的 验收合格了', expect: kit(80000) },
      { user: '说错了 是七十万', expect: kitNot(100000, 140000) },
    ],
  },
  // ---------------------------------------------------------------- topic switches
  {
    id: 'v9d32',
    class: 'topic_switch',
    probes: '以工代训 amount, then a question outside the plan',
    periodEnd: true,
    turns: [
      { user: '公司参保的 招了1个零就业家庭的 以工代训6个月 岗前没领', expect: pay(1200) },
      { user: '对了 顺便问下 郑州公积金贷款利率现在多少', expect: decline },
    ],
  },
  {
    id: 'v9d33',
    class: 'topic_switch',
    probes: 'laid-off driver: outside question, then his own training',
    turns: [
      { user: '俺40了 开大车的 被辞了 先问个 驾照增驾A2咋考', expect: decline },
      { user: '那说正经的 俺这岁数失业了 参加技能培训 政府给补不', expect: { answered: true, noAmount: 'unfixed', cites: ['七(二)', '三(二)', '六(一)'] } },
    ],
  },
  {
    id: 'v9d34',
    class: 'topic_switch',
    probes: 'base equipment over the cap, then apprenticeship',
    turns: [
      { user: '高技能人才培训基地 设备采购300万 职工教育经费出的 已验收', expect: kitNot(500000, 600000) },
      { user: '换个事 新型学徒制补贴一人多少', expect: noFigure(['四(一)']) },
    ],
  },
  {
    id: 'v9d35',
    class: 'topic_switch',
    probes: 'education-fund deduction, then the front-line share',
    turns: [
      { user: '工资总额500万 职工教育经费提了30万 税前能扣多少', expect: deduct(300000) },
      { user: '另外 这钱里用在一线职工身上的 得占多少', expect: { cites: ['六(二)'], says: [/60\s*%|百分之六十/] } },
    ],
  },
  {
    id: 'v9d36',
    class: 'topic_switch',
    probes: 'entrepreneurship training, then weather',
    turns: [
      { user: '俺闺女职校毕业了 想开个奶茶店 创业培训能参加不', expect: noFigure(['三(八)']) },
      { user: '再问个 明儿郑州刮风不', expect: decline },
    ],
  },
  {
    id: 'v9d37',
    class: 'topic_switch',
    probes: 'counsellor: school aid, then the student\'s own aid',
    turns: [
      { user: '学院招了不少建档立卡贫困户家庭的学生 学校这边有啥补助', expect: noFigure(['三(十四)']) },
      { user: '嗯嗯 那学生自个儿呢 上的是中职', expect: noFigure(['三(三)']) },
    ],
  },
  // ---------------------------------------------------------------- a person's own training
  {
    id: 'v9d38',
    class: 'person_training',
    probes: 'laid-off driver: all conditions but the institution, then the institution',
    periodEnd: true,
    turns: [
      {
        user: '我40岁 货车司机下岗了 户口在郑州 在郑州报了个叉车培训 证拿到手了 今年一次补贴也没领过 以前没学过这个 也没有退休金',
        expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } },
      },
      { user: '培训学校说 进省里那个系统了', expect: { noAmount: 'unfixed', status: { rule: 'vocational_training', status: 'eligible' } } },
    ],
  },
  {
    id: 'v9d39',
    class: 'person_training',
    probes: 'daughter for her disabled father: per-person figure not in the plan',
    turns: [{ user: '俺爸是残疾人 五十多了 想学个按摩手艺 培训有补贴没 一个人补多少', expect: { noAmount: 'unfixed', cites: ['七(二)', '三(二)', '六(一)'] } }],
  },
  {
    id: 'v9d40',
    class: 'person_training',
    probes: 'hotline: caller draws a monthly pension',
    turns: [{ user: '来电人六十二了 每个月领着养老金 想报个电工培训 能享受培训补贴吗', expect: personNoFigure(['六(一)', '七(二)']) }],
  },
  {
    id: 'v9d41',
    class: 'person_training',
    probes: 'three subsidies already this year',
    turns: [{ user: '今年已经领过三回培训补贴了 还想再报个烘焙的 还能补不', expect: personNoFigure(['七(二)']) }],
  },
  {
    id: 'v9d42',
    class: 'person_training',
    probes: 'same occupation and level again',
    turns: [{ user: '前年学的中式面点师 初级 领过补贴了 今年想再考一遍初级 中不中', expect: personNoFigure(['七(二)']) }],
  },
  {
    id: 'v9d43',
    class: 'person_training',
    probes: 'village doctor for a poor patient: free training',
    turns: [{ user: '俺是村医 村里一个病人 建档立卡贫困户 腿好了想学个手艺 培训要花钱不', expect: noFigure(['三(三)']) }],
  },
  {
    id: 'v9d44',
    class: 'person_training',
    probes: 'training at the place of residence, not of household registration',
    turns: [{ user: '我户口在周口 住郑州好几年了 就在郑州培训的 证也拿了 算不算数', expect: { noAmount: 'unfixed', cites: ['七(二)'], notVerdict: { rule: 'vocational_training', status: 'ineligible' } } }],
  },
  // ---------------------------------------------------------------- entrepreneurship
  {
    id: 'v9d45',
    class: 'entrepreneurship',
    probes: 'noodle couple, business open 2 years',
    turns: [{ user: '俺俩面馆开了两年了 算小微企业主吧 有创业培训没', expect: { noAmount: 'unfixed', cites: ['三(八)'], notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } } }],
  },
  {
    id: 'v9d46',
    class: 'entrepreneurship',
    probes: 'business open 7 years: the 5-year line must be said',
    turns: [{ user: '店开到第七个年头了 还能参加创业培训不', expect: { noAmount: 'unfixed', cites: ['三(八)'], says: [/5\s*年|五年/] } }],
  },
  {
    id: 'v9d47',
    class: 'entrepreneurship',
    probes: '[two-part] counsellor: students may join, and how much',
    turns: [{ user: '职校在校生 还没毕业 能参加创业意识培训吗 补多少', expect: { noAmount: 'unfixed', cites: ['三(八)'] } }],
  },
  {
    id: 'v9d48',
    class: 'entrepreneurship',
    probes: 'laid-off driver wants to start a business, then asks the amount',
    turns: [
      { user: '俺失业了 琢磨着自己干点啥 创业的培训有木有', expect: noFigure(['三(八)']) },
      { user: '一个人补贴多少钱', expect: unsettled },
    ],
  },
  // ---------------------------------------------------------------- equipment
  {
    id: 'v9d49',
    class: 'equipment',
    probes: 'base, 200万, all conditions',
    turns: [{ user: '高技能人才培训基地 新置实训设备 200万 职工教育经费买的 人社财政验收合格 一次性补助多少', expect: kit(400000) }],
  },
  {
    id: 'v9d50',
    class: 'equipment',
    probes: 'master studio, 30万',
    turns: [{ user: '技能大師工作室 設備三十萬 職工教育經費出的 驗收過了 能補多少', expect: kit(60000) }],
  },
  {
    id: 'v9d51',
    class: 'equipment',
    probes: 'two purchases of one studio share its cap',
    turns: [{ user: '同一个大师工作室 先买了30万设备 后来又添了50万的 都是教育经费 都验收了', expect: kitNot(100000, 160000) }],
  },
  {
    id: 'v9d52',
    class: 'equipment',
    probes: 'fund source missing',
    turns: [{ user: '高技能人才培训基地 买实训设备 100万 验收也过了 补多少', expect: askKit }],
  },
  {
    id: 'v9d53',
    class: 'equipment',
    probes: 'a production machine is no base or studio equipment',
    turns: [{ user: '公司买了台数控机床 45万 自己车间生产用的 能按设备补贴补不', expect: noKit(90000) }],
  },
  // ---------------------------------------------------------------- education fund
  {
    id: 'v9d54',
    class: 'education_fund',
    probes: 'fund below the 8 % line',
    turns: [{ user: '工资薪金总额2000万 职工教育经费提了120万 税前扣除能扣多少', expect: deduct(1200000) }],
  },
  {
    id: 'v9d55',
    class: 'education_fund',
    probes: 'fund above the 8 % line',
    turns: [{ user: '印刷厂 全年工资 八百万 教育经费计提了九十万 能全扣不', expect: deduct(640000) }],
  },
  {
    id: 'v9d56',
    class: 'education_fund',
    probes: 'front-line share under 60 %',
    turns: [{ user: '工资总额300万 教育经费20万 其中一线工人只花了四成 税前扣多少 有没有问题', expect: { ...deduct(200000), says: [/税前/, /60\s*%|百分之六十|六成/] } }],
  },
  {
    id: 'v9d57',
    class: 'education_fund',
    probes: 'master\'s allowance from the education fund',
    turns: [{ user: '我是带徒弟的老师傅 师带徒的津贴 能从职工教育经费里出不', expect: { answered: true, cites: ['六(二)'] } }],
  },
  // ---------------------------------------------------------------- apprenticeship
  {
    id: 'v9d58',
    class: 'apprenticeship',
    probes: 'master with 3 apprentices asks the amount',
    turns: [{ user: '俺是厂里老师傅 带了3个新型学徒 企业能领多少补贴', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v9d59',
    class: 'apprenticeship',
    probes: 'count of apprentices given: still no figure',
    turns: [{ user: '企业新型学徒 培养了15个 一人补几千？', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v9d60',
    class: 'apprenticeship',
    probes: 'cooperative asks about apprenticeship, then the rate',
    turns: [
      { user: '我们合作社也想搞学徒制 方案里有这个不', expect: { answered: true, cites: ['四(一)'] } },
      { user: '补贴标准呢 按人头算不', expect: unsettled },
    ],
  },
  {
    id: 'v9d61',
    class: 'apprenticeship',
    probes: '[two-part] the three-year target and the subsidy',
    turns: [{ user: '新型学徒三年要培养多少 补贴有没有', expect: { noAmount: 'unfixed', cites: ['四(一)'], says: [/2\s*万|20000|两万/] } }],
  },
  // ---------------------------------------------------------------- the plan's period
  {
    id: 'v9d62',
    class: 'period',
    probes: 'laid-off driver: can I still apply now',
    turns: [{ user: '这个政策现在还能申请不 都2026年了', expect: over }],
  },
  {
    id: 'v9d63',
    class: 'period',
    probes: 'accountant: 以工代训 this year',
    turns: [{ user: '以工代训补贴 今年还能报吗 会计问的', expect: over }],
  },
  {
    id: 'v9d64',
    class: 'period',
    probes: '[dated] hires of 2020, amount while the plan was in force',
    periodEnd: true,
    turns: [{ user: '2020年6月 俺们厂招了2个贫困户 一直干到年底 满六个月 以工代训6个月 岗前没领 当时能领多少', expect: pay(2400) }],
  },
  {
    id: 'v9d65',
    class: 'period',
    probes: 'the plan\'s years',
    turns: [{ user: '这方案管哪年到哪年', expect: { says: [/2019/, /2021/] } }],
  },
  {
    id: 'v9d66',
    class: 'period',
    probes: '[dated] hires from 2022 on',
    turns: [{ user: '2022年才开始招的人 还能按这个方案拿以工代训不', expect: { ...over, notVerdict: { rule: 'on_job_training', status: 'eligible' } } }],
  },
  {
    id: 'v9d67',
    class: 'period',
    probes: '[contact] hotline: where to apply now for the equipment aid',
    turns: [{ user: '来电人问 设备补助 现在去哪个部门申请 来得及不', expect: { mentionsPeriodEnd: true, says: [WHO] } }],
  },
  {
    id: 'v9d68',
    class: 'period',
    probes: '[contact] who handles it and a phone number',
    turns: [{ user: '补贴这事找哪个单位办 有电话没', expect: { says: [WHO] } }],
  },
];
