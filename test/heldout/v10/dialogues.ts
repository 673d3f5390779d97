/**
 * HELD-OUT dialogues, set v10 — written on 2026-11-30 from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * never from the service's output, the code under src/, or the dev sets under test/core/. Only
 * the format of v9 (its header and first lines) was looked at; no message is reused or
 * paraphrased from sets v1–v9. Not to be tuned on: no word of these messages goes into a
 * glossary, pattern or fixture. Once a dialogue has been fixed by a targeted change it measures
 * nothing any more; write a new one instead.
 *
 * Who types here: a bakery owner (面包店 / 烘焙公司), a logistics company's HR manager, a
 * cooperative chairman, a 50-year-old woman whose factory closed, a veteran's mother, a
 * technical-school student, a training-centre administrator, a small electronics workshop boss
 * and a hotline agent relaying a caller (客户问…). WeChat on a phone: short, Henan words, odd
 * spacing, numerals as 肆 / 俩 / 两 / 八百万 / 2000万, traditional characters now and then,
 * run-ons and bare replies. Most employers name their kind of unit in their own words; a few
 * do not, and then the answer must ask.
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months by a production entity (not a 职业院校); 就业困难 (incl. 残疾人) and
 *   零就业家庭 only by an insured enterprise; 退役军人 and 农村转移 hires are no group; rows with
 *   the 岗前培训补贴 claimed never count.
 * - Project training (六(一)): 50 % of the project's training subsidy in advance.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only from the
 *   职工教育经费 and accepted; purchases of one studio share its cap.
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
const noKit = (wrong: number): TurnExpect => ({ notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: [String(wrong)] });
/** The education-fund deduction: 税前, never money to collect. */
const deduct = (yuan: number, wrong?: number): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/, ...(wrong === undefined ? [] : [String(wrong)])],
});
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
/** A person's training subsidy: no per-person figure. */
const personNoFigure = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites, notVerdict: { rule: 'vocational_training', status: 'eligible' } });

export const DIALOGUES_V10: Dialogue[] = [
  // ---------------------------------------------------------------- one group of hires
  {
    id: 'v10d01', class: 'one_group', periodEnd: true,
    probes: 'bakery company, two poor hires, 8 months employed, 5 months 以工代训',
    turns: [{ user: '俺是开面包店嘞 注册的有限公司 去年收了俩建档立卡贫困户 干了八个月了 以工代训带了5个月 能补多少钱', expect: pay(2000) }],
  },
  {
    id: 'v10d02', class: 'one_group', periodEnd: true,
    probes: 'insured logistics company, difficulty hires, months given in a bare reply',
    turns: [
      { user: '我们是物流公司 社保都交着 今年进了3个就业困难人员', expect: askOJT },
      { user: '以工代训 搞了四个月', expect: pay(2400) },
    ],
  },
  {
    id: 'v10d03', class: 'one_group', periodEnd: true,
    probes: 'cooperative, 肆 poor hires, 7 months, 以工代训 六个月整',
    turns: [{ user: '俺们村合作社 吸纳了肆个贫困劳动力 都干满七个月了 以工代训六个月整 补贴咋算', expect: pay(4800) }],
  },
  {
    id: 'v10d04', class: 'one_group', periodEnd: true,
    probes: 'no kind of unit named: ask; then 电子厂 insured',
    turns: [
      { user: '招了1个残疾人 以工代训仨月 给补多少', expect: { noAmount: 'open', undecided: 'on_job_training' } },
      { user: '俺这是个电子厂 有限公司 社保一直交着呢', expect: pay(600) },
    ],
  },
  {
    id: 'v10d05', class: 'one_group', periodEnd: true,
    probes: 'training school as employer of poor hires (production entity, open list)',
    turns: [{ user: '我们是培训学校 自己也招了两个贫困户搞保洁 干了十个月 以工代训6个月 学校能拿这个补贴不', expect: pay(2400) }],
  },
  {
    id: 'v10d06', class: 'one_group',
    probes: 'relayed: poverty workshop, poor hires employed only 3 months',
    turns: [{ user: '客户问 她那个扶贫车间 招了五个建档立卡的 才干了3个月 以工代训也就3个月 能拿以工代训补贴不', expect: noPay(3000) }],
  },
  // ---------------------------------------------------------------- several groups
  {
    id: 'v10d07', class: 'several_groups', periodEnd: true,
    probes: 'insured factory: disabled 3 months + poor hire 9 months capped at 6',
    turns: [{ user: '俺这电子厂 参保的 招了2个残疾人以工代训3个月，还有1个贫困户 干了10个月 以工代训9个月 一共补多少', expect: payNot(2400, 3000) }],
  },
  {
    id: 'v10d08', class: 'several_groups', periodEnd: true,
    probes: 'zero-employment hires count, veterans do not',
    turns: [{ user: '物流公司 社保正常交 零就业家庭的招了3个 以工代训5个月 另外退役军人4个 以工代训也是5个月', expect: payNot(3000, 7000) }],
  },
  {
    id: 'v10d09', class: 'several_groups', periodEnd: true,
    probes: 'cooperative: poor hires count, difficulty hires do not (not an insured enterprise)',
    turns: [{ user: '合作社这边 贫困户2个 干了一年 以工代训六个月；就业困难的也有3个 以工代训6个月 合计多少', expect: payNot(2400, 6000) }],
  },
  {
    id: 'v10d10', class: 'several_groups', periodEnd: true,
    probes: 'second group months missing, then given bare',
    turns: [
      { user: '烘焙公司 交社保 贫困户1个干了7个月以工代训4个月，就业困难的2个 也在以工代训', expect: { asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } } },
      { user: '那俩 两个月', expect: pay(1600) },
    ],
  },
  {
    id: 'v10d11', class: 'several_groups', periodEnd: true,
    probes: 'one of three hires had the 岗前培训补贴',
    turns: [{ user: '厂里参保的 招了3个就业困难人员 以工代训4个月 其中1个 岗前培训补贴已经领过了', expect: payNot(1600, 2400) }],
  },
  {
    id: 'v10d12', class: 'several_groups', periodEnd: true,
    probes: 'poverty workshop: poor hires count, rural migrants do not',
    turns: [{ user: '扶贫车间 贫困劳动力6个 都干了8个月 以工代训两个月；另外还有2个农村转移出来嘞 也带着', expect: payNot(2400, 3200) }],
  },
  // ---------------------------------------------------------------- negation far from its noun
  {
    id: 'v10d13', class: 'negation_after_noun',
    probes: 'insurance denied far from its noun',
    turns: [{ user: '社保这个 我们公司 前两年 一直 也没顾上交 招了2个就业困难的 以工代训3个月', expect: noPay(1200) }],
  },
  {
    id: 'v10d14', class: 'negation_after_noun',
    probes: 'poor status denied after checking',
    turns: [{ user: '店里招的那俩 贫困户 说是 其实后来村里核了 人家不是 以工代训5个月了', expect: notYes(2000) }],
  },
  {
    id: 'v10d15', class: 'negation_after_noun',
    probes: 'education fund denied, bought with a loan',
    turns: [{ user: '设备啊 职工教育经费 俺们买的那批 不是拿这钱买的 是贷款 大师工作室用 20万 验收过了', expect: noKit(40000) }],
  },
  {
    id: 'v10d16', class: 'negation_after_noun', periodEnd: true,
    probes: 'pre-job subsidy denied: the rows count',
    turns: [{ user: '三个贫困户 干了9个月 以工代训4个月 岗前培训补贴嘛 都没申请过 俺们是电子公司', expect: pay(2400) }],
  },
  {
    id: 'v10d17', class: 'negation_after_noun',
    probes: 'a 职业院校, not a training institution: no 以工代训',
    turns: [{ user: '我们学校 是职业院校 不是培训机构哈 招了2个贫困户干后勤 干了一年 以工代训6个月', expect: notYes(2400) }],
  },
  {
    id: 'v10d18', class: 'negation_after_noun',
    probes: 'front-line share under 60 %, deduction still computed',
    turns: [{ user: '工资总额300万 职工教育经费提了18万 一线职工那块 说实话 占不到六成 税前能扣多少', expect: deduct(180000) }],
  },
  // ---------------------------------------------------------------- unknown replies
  {
    id: 'v10d19', class: 'unknown_reply',
    probes: '以工代训 months unknown',
    turns: [
      { user: '物流公司 交社保 招了4个就业困难的', expect: askOJT },
      { user: '以工代训几个月 这个我得问问下面 现在说不上来', expect: dunnoOJT },
    ],
  },
  {
    id: 'v10d20', class: 'unknown_reply',
    probes: 'months employed unknown for poor hires',
    turns: [
      { user: '合作社招了3个贫困户 以工代训五个月', expect: askOJT },
      { user: '干多久了？記不清 反正有段时间了', expect: dunnoOJT },
    ],
  },
  {
    id: 'v10d21', class: 'unknown_reply',
    probes: 'source of the equipment money unknown',
    turns: [
      { user: '我们厂新买了实训设备 技能大师工作室用的 50万', expect: askKit },
      { user: '是不是职工教育经费出的 我不清楚 财务管这个', expect: { noAmount: 'open', undecided: 'equipment_subsidy' } },
    ],
  },
  {
    id: 'v10d22', class: 'unknown_reply',
    probes: 'insurance unknown',
    turns: [
      { user: '面包公司 招了俩零就业家庭的 以工代训4个月', expect: askOJT },
      { user: '社保交没交 不晓得 老板娘管账', expect: dunnoOJT },
    ],
  },
  {
    id: 'v10d23', class: 'unknown_reply',
    probes: 'person: certificate unknown',
    turns: [
      { user: '俺今年五十了 厂子倒了 想学个育婴员 去培训给补贴不', expect: { noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'eligible' } } },
      { user: '证能不能考下来 不知道哩', expect: { noAmount: 'unfixed', undecided: 'vocational_training' } },
    ],
  },
  {
    id: 'v10d24', class: 'unknown_reply',
    probes: 'relayed: acceptance unknown',
    turns: [
      { user: '客户问 他们公司买了培训基地设备 200万 职工教育经费出的', expect: askKit },
      { user: '验收 客户说还不确定过没过', expect: { noAmount: 'open', undecided: 'equipment_subsidy' } },
    ],
  },
  // ---------------------------------------------------------------- corrections
  {
    id: 'v10d25', class: 'correction', periodEnd: true,
    probes: 'count corrected 5 → 4',
    turns: [
      { user: '物流公司 交社保 就业困难人员5个 以工代训3个月', expect: pay(3000) },
      { user: '哎 打错了 人是四个 不是伍个 月份没变', expect: payNot(2400, 3000) },
    ],
  },
  {
    id: 'v10d26', class: 'correction', periodEnd: true,
    probes: '以工代训 months corrected, count kept',
    turns: [
      { user: '合作社 贫困户2个 干了8个月 以工代训4个月', expect: pay(1600) },
      { user: '哦不对 以工代训是6个月 人数没错', expect: payNot(2400, 1600) },
    ],
  },
  {
    id: 'v10d27', class: 'correction',
    probes: 'equipment value corrected',
    turns: [
      { user: '电子厂 技能大师工作室 新买设备40万 职工教育经费出的 验收过了', expect: kit(80000) },
      { user: '更正下 设备是45万', expect: kitNot(90000, 80000) },
    ],
  },
  {
    id: 'v10d28', class: 'correction',
    probes: 'fund drawn corrected above the 8 % cap',
    turns: [
      { user: '面包公司 工资薪金总额 五百万 教育经费提了30万', expect: deduct(300000) },
      { user: '改一下 提了45万', expect: deduct(400000, 450000) },
    ],
  },
  {
    id: 'v10d29', class: 'correction', periodEnd: true,
    probes: 'one hire of three corrected below 6 months',
    turns: [
      { user: '公司 参保 招了3个贫困劳动力 干了七个月 以工代训三个月', expect: pay(1800) },
      { user: '等下 其中1个其实才干了4个月 另外俩没问题', expect: payNot(1200, 1800) },
    ],
  },
  {
    id: 'v10d30', class: 'correction', periodEnd: true,
    probes: 'unit kind corrected, amount unchanged',
    turns: [
      { user: '合作社 贫困户3个 干了九个月 以工代训3个月', expect: pay(1800) },
      { user: '我说错了 不是合作社 是扶贫车间', expect: pay(1800) },
    ],
  },
  // ---------------------------------------------------------------- topic switches
  {
    id: 'v10d31', class: 'topic_switch', periodEnd: true,
    probes: '以工代训, then entrepreneurship training [two-part]',
    turns: [
      { user: '烘焙公司 贫困户1个 干了9个月 以工代训6个月', expect: pay(1200) },
      { user: '另外问下 俺这店开了两年 想参加创业培训 中不中', expect: { cites: ['三(八)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v10d32', class: 'topic_switch',
    probes: 'deduction, then 特种作业',
    turns: [
      { user: '物流公司 工资总额1000万 教育经费90万', expect: deduct(800000, 900000) },
      { user: '换个话题 叉车司机 特种作业 培训有啥要求', expect: { cites: ['三(六)'] } },
    ],
  },
  {
    id: 'v10d33', class: 'topic_switch',
    probes: 'student: entrepreneurship, then family aid',
    turns: [
      { user: '我技校在读 想自己创业 能参加创业培训吗', expect: { cites: ['三(八)'], notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } } },
      { user: '还有 俺家是建档立卡的 上技校有啥补助', expect: { cites: ['三(三)', '三(十四)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v10d34', class: 'topic_switch',
    probes: 'veteran training, then an outside question',
    turns: [
      { user: '俺儿刚退伍回来 想学门技术 有培训没', expect: { cites: ['三(二)', '六(一)'] } },
      { user: '顺便问下 郑州今天限号尾号几', expect: decline },
    ],
  },
  {
    id: 'v10d35', class: 'topic_switch', periodEnd: true,
    probes: '以工代训, then apprenticeship amount',
    turns: [
      { user: '合作社 贫困户4个 干了一年 以工代训两个月', expect: pay(1600) },
      { user: '还有个事 新型学徒 一个补多少钱', expect: noFigure(['四(一)']) },
    ],
  },
  {
    id: 'v10d36', class: 'topic_switch',
    probes: 'project-training advance, then 生活费补贴',
    turns: [
      { user: '俺们培训学校 搞项目制培训 这个项目补贴总共40万 能先拨多少', expect: { amount: { rule: 'project_training_advance', yuan: 200000 } } },
      { user: '另外 学员生活费补贴 一个月给多少', expect: unsettled },
    ],
  },
  // ---------------------------------------------------------------- a person's training
  {
    id: 'v10d37', class: 'person_training',
    probes: 'all conditions met, no per-person figure',
    turns: [{ user: '俺50岁 下岗了 没领养老金 在户籍地培训了中式面点师 证拿到了 今年头一回 机构在系统里嘞 能享受补贴不', expect: { noAmount: 'unfixed', cites: ['七(二)', '六(一)', '六(三)'], notVerdict: { rule: 'vocational_training', status: 'ineligible' } } }],
  },
  {
    id: 'v10d38', class: 'person_training',
    probes: 'monthly pension excludes',
    turns: [{ user: '俺已经按月领养老金了 还想学个手艺 职业培训补贴还能享受不', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' } }],
  },
  {
    id: 'v10d39', class: 'person_training',
    probes: 'three subsidies this year already',
    turns: [{ user: '技校生 今年已经拿过3回培训补贴了 第四次还给补不', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['七(二)'] } }],
  },
  {
    id: 'v10d40', class: 'person_training',
    probes: 'same occupation and level again',
    turns: [{ user: '俺娃 退役军人 同一个工种 同一个等级 去年补过了 今年再考一遍 还补不', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['七(二)'] } }],
  },
  {
    id: 'v10d41', class: 'person_training',
    probes: 'relayed: institution in the system unknown',
    turns: [
      { user: '客户问 她在常住地参加了电工培训 拿了证 能给多少补贴', expect: personNoFigure(['七(二)', '六(一)']) },
      { user: '培训机构进没进系统 她说不知道', expect: { noAmount: 'unfixed', undecided: 'vocational_training' } },
    ],
  },
  {
    id: 'v10d42', class: 'person_training',
    probes: 'free training for poor labour',
    turns: [{ user: '贫困户 参加技能培训 真嘞不要钱？', expect: { cites: ['三(三)'], noAmount: 'unfixed' } }],
  },
  // ---------------------------------------------------------------- entrepreneurship
  {
    id: 'v10d43', class: 'entrepreneurship',
    probes: 'business open 3 years',
    turns: [{ user: '面包店开了3年了 算小微企业主吧 能参加创业培训吗', expect: { cites: ['三(八)'], notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' }, noAmount: 'unfixed' } }],
  },
  {
    id: 'v10d44', class: 'entrepreneurship',
    probes: 'business open 7 years, past the 5-year line',
    turns: [{ user: '俺这电子作坊开了七年了 创业培训还能上不', expect: { cites: ['三(八)'], noAmount: 'unfixed' } }],
  },
  {
    id: 'v10d45', class: 'entrepreneurship',
    probes: 'graduate asks the amount',
    turns: [{ user: '我职校毕业生 创业培训能补多少钱', expect: noFigure(['三(八)']) }],
  },
  {
    id: 'v10d46', class: 'entrepreneurship',
    probes: 'laid-off woman with a wish to start a business',
    turns: [{ user: '下岗了 想开个小吃摊 有这个想法 创业培训能参加不', expect: { cites: ['三(八)'], notVerdict: { rule: 'entrepreneurship_training', status: 'ineligible' } } }],
  },
  {
    id: 'v10d47', class: 'entrepreneurship',
    probes: 'no wish to start a business',
    turns: [{ user: '俺儿子 不想创业 就想进厂上班 创业培训跟他有关系没', expect: { notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' } } }],
  },
  {
    id: 'v10d48', class: 'entrepreneurship',
    probes: 'relayed: eligibility then amount',
    turns: [
      { user: '客户问 开业不到两年的小公司老板 创业培训能参加吗', expect: { cites: ['三(八)'] } },
      { user: '那培训完 给补贴不 多少', expect: { noAmount: 'unfixed' } },
    ],
  },
  // ---------------------------------------------------------------- equipment
  {
    id: 'v10d49', class: 'equipment',
    probes: 'base, 180万, under the cap',
    turns: [{ user: '电子厂 建高技能人才培训基地 新买设备180万 职工教育经费出的 人社财政验收合格了', expect: kit(360000) }],
  },
  {
    id: 'v10d50', class: 'equipment',
    probes: 'base, 300万, capped',
    turns: [{ user: '我们物流公司 培训基地 设备三百万 教育经费买的 验收过了', expect: kitNot(500000, 600000) }],
  },
  {
    id: 'v10d51', class: 'equipment',
    probes: 'studio, traditional characters, capped',
    turns: [{ user: '技能大師工作室 設備買了八十萬 職工教育經費出的 驗收合格 能補多少', expect: kitNot(100000, 160000) }],
  },
  {
    id: 'v10d52', class: 'equipment',
    probes: 'not yet accepted',
    turns: [
      { user: '工作室 买设备20万 教育经费出的 还没验收', expect: noKit(40000) },
      { user: '等验收过了呢 能补多少', expect: { oneOf: [kit(40000), askKit] } },
    ],
  },
  {
    id: 'v10d53', class: 'equipment',
    probes: 'two purchases of one studio share the cap',
    turns: [{ user: '厂里技能大师工作室 先买了30万设备 后来又添了40万 都是教育经费 都验收了', expect: kitNot(100000, 140000) }],
  },
  {
    id: 'v10d54', class: 'equipment',
    probes: 'relayed: own money, not the education fund',
    turns: [{ user: '客户问 设备补助 用企业自己嘞钱 不是职工教育经费 买了100万设备 验收过了 能补吗', expect: noKit(200000) }],
  },
  // ---------------------------------------------------------------- education fund
  {
    id: 'v10d55', class: 'education_fund',
    probes: 'fund under 8 %',
    turns: [{ user: '工资薪金总额2000万 职工教育经费提了120万 税前能扣多少', expect: deduct(1200000) }],
  },
  {
    id: 'v10d56', class: 'education_fund',
    probes: 'fund above 8 %, numerals in words',
    turns: [{ user: '俺厂工资总额八百万 教育经费提了八十万', expect: deduct(640000, 800000) }],
  },
  {
    id: 'v10d57', class: 'education_fund',
    probes: 'cash or deduction, then figures [two-part]',
    turns: [
      { user: '职工教育经费 这个能直接领钱不', expect: { cites: ['六(二)'], says: [/税前/] } },
      { user: '工资总额400万 提了20万', expect: deduct(200000) },
    ],
  },
  {
    id: 'v10d58', class: 'education_fund',
    probes: 'front-line share',
    turns: [{ user: '教育经费 一线职工要占多少', expect: { cites: ['六(二)'], says: [/60\s*%|百分之六十|六成/] } }],
  },
  {
    id: 'v10d59', class: 'education_fund',
    probes: 'payroll unknown',
    turns: [{ user: '工资总额 不清楚 教育经费提了50万 税前能全扣不', expect: { noAmount: 'open', undecided: 'education_fund_deduction' } }],
  },
  // ---------------------------------------------------------------- apprenticeship
  {
    id: 'v10d60', class: 'apprenticeship',
    probes: 'per-apprentice amount',
    turns: [{ user: '厂里带了6个新型学徒 一个补多少', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v10d61', class: 'apprenticeship',
    probes: 'total for ten apprentices',
    turns: [{ user: '物流公司 企业新型学徒 招了十个 总共能拿多少钱', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v10d62', class: 'apprenticeship',
    probes: '师带徒 from the education fund',
    turns: [{ user: '合作社 师带徒的津贴 能从教育经费里出不', expect: { cites: ['六(二)'] } }],
  },
  {
    id: 'v10d63', class: 'apprenticeship',
    probes: 'a guessed 200-a-month rate refused',
    turns: [
      { user: '学徒制 咋补', expect: noFigure(['四(一)']) },
      { user: '那按每人每月200算 一年就是2400对吧', expect: { noAmount: 'unfixed', mustNotContain: ['2400元'] } },
    ],
  },
  {
    id: 'v10d64', class: 'apprenticeship',
    probes: 'student asks who gets the apprentice subsidy',
    turns: [{ user: '我当企业新型学徒 学徒补贴是给我还是给企业', expect: { noAmount: 'unfixed', cites: ['四(一)'] } }],
  },
  // ---------------------------------------------------------------- the plan's period
  {
    id: 'v10d65', class: 'period',
    probes: 'can I still sign up',
    turns: [{ user: '现在还能报名免费培训不', expect: over }],
  },
  {
    id: 'v10d66', class: 'period',
    probes: 'can we still apply for 以工代训',
    turns: [{ user: '以工代训补贴 现在还能申请吗 面包店', expect: over }],
  },
  {
    id: 'v10d67', class: 'period', periodEnd: true,
    probes: 'amount and still-apply [two-part] [dated]',
    turns: [{ user: '公司 2020年5月招了一个贫困户 到11月正好干满6个月 以工代训6个月 能补多少 现在还能申报不', expect: { ...pay(1200), ...over } }],
  },
  {
    id: 'v10d68', class: 'period',
    probes: 'when does the plan end',
    turns: [{ user: '这个方案 到啥时候结束', expect: { ...over, says: [/2021/] } }],
  },
  {
    id: 'v10d69', class: 'period',
    probes: 'relayed: where to apply now [contact]',
    turns: [{ user: '客户问 设备补助 现在去哪申请 找哪个部门', expect: { ...over, says: [WHO] } }],
  },
  {
    id: 'v10d70', class: 'period',
    probes: 'hire in 2022 [dated]',
    turns: [{ user: '2022年招的残疾人 能按这个方案拿以工代训不 电子厂', expect: { ...over, notVerdict: { rule: 'on_job_training', status: 'eligible' } } }],
  },
];
