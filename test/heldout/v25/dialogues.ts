/**
 * HELD-OUT dialogues, set v25 — written on 2026-11-30 from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * never from the service's output, the code under src/, or any other set. Only the format of
 * v15 (the first lines of its two files) was looked at; no message is reused or paraphrased.
 * Written blind; not to be tuned on: no word of these messages goes into a glossary, pattern or
 * fixture. Once a dialogue has been fixed by a targeted change it measures nothing any more.
 *
 * Who types here: the owner of a sesame-oil workshop (小磨香油坊, now a company), the manager of
 * a 月嫂 / 家政 agency, the HR of a tea-house chain (茶楼), the head of a forklift-driving
 * school, the bookkeeper of a herb-growing cooperative (中药材合作社), a teacher at a 技工学校
 * with poor students, a hearing-impaired young man (typing short and plain), a student back from
 * abroad without a job, a widow from a 零就业家庭 and a nurse who left the army. WeChat on a
 * phone: short, dialect (俺 / 咋 / 啥 / 中不中 / 恁), homophones, full-width and Chinese numerals,
 * odd spacing, run-ons, bare replies, a traditional character now and then.
 *
 * Issue 10: nothing is inferred from silence. An amount is expected only once every fact it
 * depends on has been said; "不知道" leaves a fact open (no figure, no verdict).
 *
 * Amounts, worked by hand twice:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months by a production entity (not a 职业院校); 就业困难 (incl. 残疾人) and
 *   零就业家庭 only by an insured enterprise; 退役军人 are no group; rows with the 岗前培训补贴
 *   claimed never count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio), only from the
 *   职工教育经费 and accepted.
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Apprenticeship, per-person training subsidy, entrepreneurship training, family aid: no
 *   amount fixed by the plan.
 *
 * Tags in `probes`: [two-part], [contact], [dated].
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is missing: ask, no figure, no 不符合. */
const askOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** A 以工代训 fact was answered "不知道": no figure, no verdict. */
const dunnoOJT: TurnExpect = { noAmount: 'open', undecided: 'on_job_training', notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
const pay = (yuan: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan } });
const payNot = (yuan: number, wrong: number): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: [String(wrong)] });
const noPay = (wrong: number): TurnExpect => ({ status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: [String(wrong)] });
const notYes = (wrong: number): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: [String(wrong)] });
const kit = (yuan: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan } });
const kitNot = (yuan: number, wrong: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, mustNotContain: [String(wrong)] });
const askKit: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
const dunnoKit: TurnExpect = { noAmount: 'open', undecided: 'equipment_subsidy' };
const noKit = (wrong: number, wrongWan: RegExp): TurnExpect => ({ notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: [String(wrong), wrongWan] });
const deduct = (yuan: number, wrong?: number): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/, ...(wrong === undefined ? [] : [String(wrong)])],
});
const askFund: TurnExpect = { noAmount: 'open', undecided: 'education_fund_deduction' };
const noFigure = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
const unsettled: TurnExpect = { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] };
const decline: TurnExpect = { answered: false, noAmount: 'unfixed' };
const ended: TurnExpect = { mentionsPeriodEnd: true };

export const DIALOGUES_V25: Dialogue[] = [
  // ------------------------------------------------------------ one group
  {
    id: 'v25d01', class: 'one_group', periodEnd: true,
    probes: 'sesame-oil company, poor labour: months employed and 岗前 asked before the figure',
    turns: [
      { user: '俺家磨小磨香油的 去年注册成公司了 招了两个建档立卡贫困户 以工代训能给多少', expect: askOJT },
      { user: '干了八个多月了 以工代训带了4个月 岗前那个补贴没领过', expect: pay(1600) },
    ],
  },
  {
    id: 'v25d02', class: 'one_group', periodEnd: true,
    probes: '月嫂 agency (insured company) takes 零就业家庭 members; months and 岗前 open first',
    turns: [
      { user: '我们是月嫂公司 收了仨零就业家庭的大姐 公司社保一直交着呢', expect: askOJT },
      { user: '以工代训搞了五个月，岗前培训补贴没申请过', expect: pay(3000) },
    ],
  },
  {
    id: 'v25d03', class: 'one_group', periodEnd: true,
    probes: 'hearing-impaired staff (残疾人 = 就业困难) at an insured company, all facts in one message',
    turns: [
      { user: '俺们包装公司 参保的 招了5个听障的小伙 残疾证都有 以工代训6个月 岗前补贴木领', expect: pay(6000) },
    ],
  },
  {
    id: 'v25d04', class: 'one_group', periodEnd: true,
    probes: 'tea-house company, poor labour, 以工代训 months over the cap of 6',
    turns: [
      { user: '茶楼是公司 贫困劳动力收了3个', expect: askOJT },
      { user: '一年多了都 以工代训前后搞了九个月 岗前补贴 没有', expect: payNot(3600, 5400) },
    ],
  },
  {
    id: 'v25d05', class: 'one_group',
    probes: 'poor labour employed only 4 months: excluded, figure absent',
    turns: [
      { user: '香油坊（公司）去年招俩贫困户 才干4个月就走了 以工代训也就4个月 岗前补贴没领 能补不', expect: noPay(1600) },
    ],
  },
  {
    id: 'v25d06', class: 'one_group',
    probes: 'a 技工学校 canteen is no production entity for 以工代训',
    turns: [
      { user: '我们技工学校食堂招了3个贫困劳动力 干了8个月 以工代训6个月 岗前没领 学校能申以工代训补贴吗', expect: noPay(3600) },
    ],
  },
  {
    id: 'v25d07', class: 'one_group',
    probes: '退役军人 are no 以工代训 group',
    turns: [
      { user: '叉车驾校是公司 招了3个退伍兵当教练 参保了 以工代训半年 岗前没领 有补贴吗', expect: notYes(3600) },
    ],
  },
  // ------------------------------------------------------------ several groups
  {
    id: 'v25d08', class: 'several_groups', periodEnd: true,
    probes: 'tea-house chain, poor + 就业困难 in one insured company, same months',
    turns: [
      { user: '我是茶楼连锁的人事 公司参保的 招了贫困劳动力5个 就业困难人员2个', expect: askOJT },
      { user: '贫困的都干满7个月了 以工代训都是3个月 岗前补贴 两拨人都没拿', expect: pay(4200) },
    ],
  },
  {
    id: 'v25d09', class: 'several_groups', periodEnd: true,
    probes: 'herb cooperative: poor labour count, 残疾人 not counted without an insured enterprise',
    turns: [
      { user: '中药材合作社 收了建档立卡的6个人 干了一年了 还有俩残疾人也在社里干', expect: askOJT },
      { user: '以工代训都是6个月 岗前补贴都木领', expect: payNot(7200, 9600) },
    ],
  },
  {
    id: 'v25d10', class: 'several_groups', periodEnd: true,
    probes: 'two groups, different months, one over the cap',
    turns: [
      { user: '家政公司 交社保的 零就业家庭2人 以工代训两个月；贫困户3人 干了一年 以工代训7个月 岗前都没领', expect: payNot(4400, 5000) },
    ],
  },
  {
    id: 'v25d11', class: 'several_groups', periodEnd: true,
    probes: 'one group already had the 岗前 subsidy, the other not',
    turns: [
      { user: '物流公司 参保 贫困劳动力4个 就业困难3个 都干了9个月 以工代训4个月', expect: askOJT },
      { user: '贫困那4个岗前补贴没领 就业困难那3个之前领过岗前培训补贴了', expect: payNot(3200, 5600) },
    ],
  },
  {
    id: 'v25d12', class: 'several_groups', periodEnd: true,
    probes: 'three groups, 退役军人 row must not count',
    turns: [
      { user: '俺们香油公司参保的 零就业家庭1个 贫困户2个(干了10个月) 还有1个退伍的 以工代训都是5个月 岗前补贴都没领过', expect: payNot(3000, 4000) },
    ],
  },
  // ------------------------------------------------------------ negation after the noun
  {
    id: 'v25d13', class: 'negation_after_noun', periodEnd: true,
    probes: '岗前 negated after the noun (领是没领)',
    turns: [
      { user: '物流公司 收了4个贫困劳动力 干了七个月 以工代训6个月 岗前培训补贴嘛 领是没领', expect: pay(4800) },
    ],
  },
  {
    id: 'v25d14', class: 'negation_after_noun',
    probes: 'insurance negated far after the noun: 零就业 rows excluded',
    turns: [
      { user: '饭店 公司性质的 招了3个零就业家庭的 以工代训3个月 岗前补贴没领', expect: askOJT },
      { user: '社保嘛 说实话 公司到现在 一直 都还没给交', expect: noPay(1800) },
    ],
  },
  {
    id: 'v25d15', class: 'negation_after_noun', periodEnd: true,
    probes: '"没…不…" double wording: 岗前 not claimed',
    turns: [
      { user: '月嫂公司 参保 就业困难人员4个 以工代训3个月', expect: askOJT },
      { user: '岗前培训补贴 这4个人 没有谁 不是没领的 都没领', expect: oneOfPayOrAsk(2400) },
    ],
  },
  {
    id: 'v25d16', class: 'negation_after_noun',
    probes: 'equipment fund source negated after the noun',
    turns: [
      { user: '茶叶公司建了个技能大师工作室 新设备40万 验收合格了', expect: askKit },
      { user: '职工教育经费 这块钱 俺们 没动 设备是贷款买的', expect: noKit(80000, /8万/) },
    ],
  },
  {
    id: 'v25d17', class: 'negation_after_noun', periodEnd: true,
    probes: 'poor labour: "半年 不到？不是 超过了"',
    turns: [
      { user: '合作社 种金银花的 收了贫困户2个 以工代训5个月 岗前补贴没领', expect: askOJT },
      { user: '干了多久？半年 不到 ……不是 超过了 七个月', expect: pay(2000) },
    ],
  },
  // ------------------------------------------------------------ "不知道" replies
  {
    id: 'v25d18', class: 'unknown_reply',
    probes: 'months employed not known: no figure, no verdict',
    turns: [
      { user: '我们厂招了几个贫困户 能领以工代训吗', expect: askOJT },
      { user: '5个 公司 干多久俺不知道 人事休假了', expect: dunnoOJT },
    ],
  },
  {
    id: 'v25d19', class: 'unknown_reply',
    probes: 'insurance unknown for 就业困难 rows',
    turns: [
      { user: '家政公司 收了2个就业困难的 以工代训4个月 岗前没领', expect: askOJT },
      { user: '社保交没交 我不清楚 老板管这个', expect: dunnoOJT },
    ],
  },
  {
    id: 'v25d20', class: 'unknown_reply',
    probes: '岗前 claimed or not: not remembered',
    turns: [
      { user: '茶楼公司 贫困劳动力3个 都干了一年 以工代训3个月', expect: askOJT },
      { user: '岗前补贴领没领 记不清了 前任会计弄的', expect: dunnoOJT },
    ],
  },
  {
    id: 'v25d21', class: 'unknown_reply',
    probes: 'equipment acceptance not known',
    turns: [
      { user: '驾校公司建了个高技能人才培训基地 新买叉车模拟器啥的100万 用的职工教育经费', expect: askKit },
      { user: '验收 不知道弄了没有', expect: dunnoKit },
    ],
  },
  {
    id: 'v25d22', class: 'unknown_reply',
    probes: 'payroll not known for the education fund',
    turns: [
      { user: '职工教育经费今年提了20万 税前能扣多少', expect: askFund },
      { user: '工资总额 不晓得 财务没回我', expect: askFund },
    ],
  },
  {
    id: 'v25d23', class: 'unknown_reply',
    probes: 'count of people not known',
    turns: [
      { user: '合作社收了些建档立卡的 干了快一年 以工代训6个月 岗前都没领', expect: askOJT },
      { user: '几个人？这个我也说不准 得问社长', expect: dunnoOJT },
    ],
  },
  // ------------------------------------------------------------ corrections
  {
    id: 'v25d24', class: 'correction', periodEnd: true,
    probes: 'count corrected 6 → 4',
    turns: [
      { user: '香油公司 招了6个贫困劳动力 干了10个月 以工代训五个月 岗前补贴没领', expect: pay(6000) },
      { user: '不对不对 是4个 之前记错了', expect: payNot(4000, 6000) },
    ],
  },
  {
    id: 'v25d25', class: 'correction', periodEnd: true,
    probes: 'months corrected 3 → 8 (capped at 6)',
    turns: [
      { user: '茶馆公司 零就业家庭的2个 公司参保 以工代训3个月 岗前没有领', expect: pay(1200) },
      { user: '说错了 是8个月 不是3个月', expect: payNot(2400, 3200) },
    ],
  },
  {
    id: 'v25d26', class: 'correction', periodEnd: true,
    probes: '岗前 corrected to claimed: no amount any more',
    turns: [
      { user: '月嫂公司 交社保 就业困难人员3个 以工代训2个月 岗前补贴没领', expect: pay(1200) },
      { user: '哎 问了会计 岗前培训补贴其实领过了', expect: noPay(1200) },
    ],
  },
  {
    id: 'v25d27', class: 'correction',
    probes: 'equipment: base corrected to studio, cap changes',
    turns: [
      { user: '公司高技能人才培训基地 新设备70万 职工教育经费出的 验收合格', expect: kit(140000) },
      { user: '哎呀搞岔了 那是个技能大师工作室 基地还没批', expect: kitNot(100000, 140000) },
    ],
  },
  {
    id: 'v25d28', class: 'correction',
    probes: 'education fund: payroll corrected, cap changes',
    turns: [
      { user: '工资薪金总额300万 职工教育经费提了40万 能税前扣多少', expect: deduct(240000) },
      { user: '不对 工资总额是600万 我看错表了', expect: deduct(400000, 240000) },
    ],
  },
  {
    id: 'v25d29', class: 'correction', periodEnd: true,
    probes: 'unit corrected from a 职业院校 to a company',
    turns: [
      { user: '我们职业学校 收了2个贫困户 干了8个月 以工代训6个月 岗前没领', expect: oneOfNoOrAsk(2400) },
      { user: '打错了 是叉车公司 不是学校 营业执照是有限公司', expect: pay(2400) },
    ],
  },
  // ------------------------------------------------------------ topic switches
  {
    id: 'v25d30', class: 'topic_switch', periodEnd: true,
    probes: 'OJT amount, then the education fund without figures',
    turns: [
      { user: '茶楼公司 贫困劳动力2个 干了9个月 以工代训3个月 岗前没领', expect: pay(1200) },
      { user: '另外问下 职工教育经费税前能扣多少', expect: askFund },
    ],
  },
  {
    id: 'v25d31', class: 'topic_switch',
    probes: 'equipment, then apprenticeship (no amount fixed)',
    turns: [
      { user: '技能大师工作室 设备30万 教育经费买的 验收过了', expect: kit(60000) },
      { user: '那新型学徒制 一个学徒补多少', expect: noFigure(['四(一)']) },
    ],
  },
  {
    id: 'v25d32', class: 'topic_switch',
    probes: 'OJT open, then an outside question',
    turns: [
      { user: '合作社收了贫困户 以工代训咋补', expect: askOJT },
      { user: '先不说这 郑州今天限号吗', expect: decline },
    ],
  },
  {
    id: 'v25d33', class: 'topic_switch',
    probes: 'person training, then entrepreneurship',
    turns: [
      { user: '我是零就业家庭的 丈夫走了 想学个家政 有免费培训吗', expect: { noAmount: 'unfixed', cites: ['三(二)', '三(四)', '五(一)', '七(二)', '六(一)'] } },
      { user: '学完想自己开个小店 有创业培训吗', expect: noFigure(['三(八)']) },
    ],
  },
  {
    id: 'v25d34', class: 'topic_switch',
    probes: 'education fund, then the 60 % share for front-line staff',
    turns: [
      { user: '工资总额1000万 教育经费提了50万 税前扣除多少', expect: deduct(500000) },
      { user: '这笔钱有多少得花在一线工人身上', expect: { cites: ['六(二)'], says: [/60\s*[%％]|百分之六十/] } },
    ],
  },
  // ------------------------------------------------------------ a person's own training
  {
    id: 'v25d35', class: 'person_training',
    probes: 'hearing-impaired young man asks about his own training',
    turns: [
      { user: '我耳朵听不见 有残疾证 想学电脑修图 能参加培训吗', expect: { noAmount: 'unfixed', cites: ['三(二)', '七(二)', '五(一)'] } },
      { user: '补多少钱', expect: { noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v25d36', class: 'person_training',
    probes: 'returned student without a job: training for unemployed graduates, no figure',
    turns: [
      { user: '国外读完研回来一年了 一直没找着工作 算离校未就业毕业生不 能参加技能培训吗', expect: { noAmount: 'unfixed', cites: ['三(二)', '七(二)'] } },
    ],
  },
  {
    id: 'v25d37', class: 'person_training',
    probes: 'army nurse wants elderly-care training',
    turns: [
      { user: '我部队卫生员退下来的 想转行干养老护理 有啥培训', expect: { noAmount: 'unfixed', cites: ['三(二)', '三(四)', '五(一)', '六(一)'] } },
    ],
  },
  {
    id: 'v25d38', class: 'person_training',
    probes: 'how many subsidised trainings per year',
    turns: [
      { user: '我今年考了育婴员 还想考个养老护理员 一年能补几次', expect: { cites: ['七(二)'], says: [/3\s*次|三次/] } },
      { user: '同一个证考两回呢', expect: { cites: ['七(二)'], noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v25d39', class: 'person_training',
    probes: 'poor family student at a 技工学校: aid exists, no amount',
    turns: [
      { user: '俺是技工学校的学生 家里建档立卡的 学费能免不', expect: noFigure(['三(三)', '三(十四)']) },
    ],
  },
  {
    id: 'v25d40', class: 'person_training',
    probes: 'where may one train: 户籍地 / 常住地 / 求职就业地',
    turns: [
      { user: '户口在登封 人在郑州打工 能在郑州培训领补贴吗', expect: { cites: ['七(二)'], noAmount: 'unfixed' } },
    ],
  },
  // ------------------------------------------------------------ entrepreneurship
  {
    id: 'v25d41', class: 'entrepreneurship',
    probes: 'small tea-house owner, 3 years open: creation training, no amount',
    turns: [
      { user: '开了个小茶馆3年了 算小微企业主吧 能参加创业培训不 补多少', expect: noFigure(['三(八)']) },
    ],
  },
  {
    id: 'v25d42', class: 'entrepreneurship',
    probes: 'returned student wants to start cross-border e-commerce',
    turns: [
      { user: '想自己搞跨境电商 还没注册 有创业培训吗', expect: noFigure(['三(八)']) },
      { user: '在哪报名', expect: { noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v25d43', class: 'entrepreneurship',
    probes: 'technical-school students: 创业意识 training',
    turns: [
      { user: '技工学校在校生 能搞创业意识培训吗', expect: noFigure(['三(八)']) },
    ],
  },
  {
    id: 'v25d44', class: 'entrepreneurship',
    probes: 'business open 7 years: the 5-year limit of the plan',
    turns: [
      { user: '香油坊开了七年了 小微企业主 还能参加创业培训吗', expect: { noAmount: 'unfixed', cites: ['三(八)'], says: [/5\s*年|五年/] } },
    ],
  },
  // ------------------------------------------------------------ equipment
  {
    id: 'v25d45', class: 'equipment',
    probes: 'studio, 80万: the 10万 cap after fund and acceptance asked',
    turns: [
      { user: '茶业公司搞了个技能大师工作室 新买设备花了80万 能补多少', expect: askKit },
      { user: '钱是职工教育经费出的 人社跟财政来验收过 合格', expect: kitNot(100000, 160000) },
    ],
  },
  {
    id: 'v25d46', class: 'equipment',
    probes: 'base, 120万, all facts at once',
    turns: [
      { user: '高技能人才培训基地 新购实训设备120万 职工教育经费出的 已验收合格', expect: kit(240000) },
    ],
  },
  {
    id: 'v25d47', class: 'equipment',
    probes: 'base, 300万: capped at 50万',
    turns: [
      { user: '驾校公司的培训基地 是高技能人才培训基地 叉车设备叁佰万 教育经费列支 验收通过', expect: kitNot(500000, 600000) },
    ],
  },
  {
    id: 'v25d48', class: 'equipment',
    probes: 'two sites: base 100万 + studio 30万',
    turns: [
      { user: '俺们两个地方 一个高技能人才培训基地设备100万 一个技能大师工作室设备30万', expect: askKit },
      { user: '都是职工教育经费 都验收了', expect: kit(260000) },
    ],
  },
  {
    id: 'v25d49', class: 'equipment',
    probes: 'not yet accepted: no amount',
    turns: [
      { user: '工作室设备45万 职工教育经费买的 验收还没约上 现在能拿补贴吗', expect: noKit(90000, /9万/) },
    ],
  },
  {
    id: 'v25d50', class: 'equipment',
    probes: '[contact] who accepts the equipment',
    turns: [
      { user: '俺们茶叶公司那套实训设备 验收得去找谁家', expect: { cites: ['四(一)'], says: [/人力资源社会保障|人社/, /财政/] } },
    ],
  },
  // ------------------------------------------------------------ education fund
  {
    id: 'v25d51', class: 'education_fund',
    probes: 'fund under the 8 % cap',
    turns: [
      { user: '工资总额一年500万 教育经费提了30万 税前能扣多少', expect: deduct(300000) },
    ],
  },
  {
    id: 'v25d52', class: 'education_fund',
    probes: 'fund over the 8 % cap',
    turns: [
      { user: '月嫂公司 工资薪金总额200万 教育经费提了20万', expect: { oneOf: [deduct(160000, 200000), askFund] } },
      { user: '问的是税前扣除 能扣多少', expect: deduct(160000, 200000) },
    ],
  },
  {
    id: 'v25d53', class: 'education_fund',
    probes: 'fund drawn not said: ask',
    turns: [
      { user: '工资总额800万 教育经费能税前扣多少', expect: askFund },
      { user: '提了五十万', expect: deduct(500000) },
    ],
  },
  {
    id: 'v25d54', class: 'education_fund',
    probes: '师带徒 allowance from the education fund',
    turns: [
      { user: '职工教育经费 能给带徒弟的老师傅发津贴吗', expect: { cites: ['六(二)'], noAmount: 'unfixed' } },
    ],
  },
  // ------------------------------------------------------------ apprenticeship
  {
    id: 'v25d55', class: 'apprenticeship',
    probes: 'new apprenticeship: no amount fixed',
    turns: [
      { user: '月嫂公司 想搞企业新型学徒制 带10个学徒 一人补多少', expect: noFigure(['四(一)']) },
    ],
  },
  {
    id: 'v25d56', class: 'apprenticeship',
    probes: 'school–enterprise 现代学徒制',
    turns: [
      { user: '技工学校跟叉车厂合作搞现代学徒制 有补贴吗 标准多少', expect: noFigure(['四(一)']) },
      { user: '三年计划培养多少学徒', expect: { cites: ['四(一)'], says: [/2\s*万|两万|二万/] } },
    ],
  },
  {
    id: 'v25d57', class: 'apprenticeship',
    probes: 'apprenticeship months given: still no figure',
    turns: [
      { user: '茶楼招了5个学徒 跟师傅学了半年 学徒补贴按月算多少钱', expect: noFigure(['四(一)']) },
    ],
  },
  // ------------------------------------------------------------ period
  {
    id: 'v25d58', class: 'period',
    probes: 'asked today whether 以工代训 can still be applied for',
    turns: [
      { user: '香油坊这会儿 还能报以工代训么 现在', expect: ended },
    ],
  },
  {
    id: 'v25d59', class: 'period',
    probes: '[dated] 2020 hire: inside the period, facts still open',
    turns: [
      { user: '2020年8月 俺们香油坊招了贫困户 那会能申请以工代训吗', expect: { noAmount: 'open', cites: ['六(一)'] } },
    ],
  },
  {
    id: 'v25d60', class: 'period',
    probes: '[dated] 2022 hire: after the plan ended',
    turns: [
      { user: '2022年3月招的人 还能按这个方案补吗', expect: ended },
    ],
  },
  {
    id: 'v25d61', class: 'period',
    probes: 'how long does the plan run',
    turns: [
      { user: '这个方案 管到啥时候', expect: ended },
    ],
  },
  // ------------------------------------------------------------ two-part and contact
  {
    id: 'v25d62', class: 'one_group',
    probes: '[two-part] rate per month and the longest period',
    turns: [
      { user: '以工代训一人一月多少钱？最长几个月？', expect: { cites: ['六(一)'], says: [/200/, /6\s*个月|六个月/] } },
    ],
  },
  {
    id: 'v25d63', class: 'equipment',
    probes: '[two-part] ratio and the studio cap',
    turns: [
      { user: '设备补贴按百分之多少 工作室最高给多少', expect: { cites: ['四(一)'], says: [/20\s*[%％]|百分之二十/, /10\s*万/] } },
    ],
  },
  {
    id: 'v25d64', class: 'one_group',
    probes: '[contact] who handles 以工代训',
    turns: [
      { user: '以工代训补贴 找哪个单位办', expect: { cites: ['六(一)'], says: [/人社/] } },
    ],
  },
  {
    id: 'v25d65', class: 'entrepreneurship',
    probes: '[contact] who is responsible for entrepreneurship training',
    turns: [
      { user: '创业培训这块 归哪个局管', expect: { cites: ['三(八)'], says: [/人社/] } },
    ],
  },
  {
    id: 'v25d66', class: 'one_group',
    probes: '[two-part] project training advance and the 以工代训 overlap',
    turns: [
      { user: '项目制培训能先拨多少？以工代训跟岗前培训补贴能一起拿不？', expect: { cites: ['六(一)'], says: [/50\s*[%％]|百分之五十|一半/, /不得重复|不能重复|不可重复/] } },
    ],
  },
  {
    id: 'v25d67', class: 'several_groups', periodEnd: true,
    probes: 'two groups told over three turns, bare replies',
    turns: [
      { user: '公司 招了贫困的跟零就业的', expect: askOJT },
      { user: '贫困的2个 干了半年多 零就业的1个 公司参保', expect: askOJT },
      { user: '以工代训都3个月 岗前都没', expect: pay(1800) },
    ],
  },
  {
    id: 'v25d68', class: 'unknown_reply', periodEnd: true,
    probes: 'one fact unknown, then supplied',
    turns: [
      { user: '月嫂公司 参保 收了零就业家庭2个 以工代训4个月', expect: askOJT },
      { user: '岗前那个补贴 不知道', expect: dunnoOJT },
      { user: '问到了 没领', expect: pay(1600) },
    ],
  },
  {
    id: 'v25d69', class: 'period',
    probes: 'asks what he can get today for a hire of this year: plan ended must be said',
    turns: [
      { user: '今年招了仨贫困户 这个方案还能补不', expect: { mentionsPeriodEnd: true, notVerdict: { rule: 'on_job_training', status: 'eligible' } } },
    ],
  },
  {
    id: 'v25d70', class: 'apprenticeship',
    probes: 'scope beyond the plan inside a dialogue: apprenticeship tax rule not settled',
    turns: [
      { user: '学徒工资能不能算进工资总额里再多扣点税 方案里说没说', expect: unsettled },
    ],
  },
  {
    id: 'v25d71', class: 'period', periodEnd: true,
    probes: '[dated] a 2020 hire inside the period, figure once every fact is said',
    turns: [
      { user: '2020年五月 俺们香油公司收了3个建档立卡的', expect: askOJT },
      { user: '一直干了八个月 以工代训6个月 岗前补贴没领过', expect: pay(3600) },
    ],
  },
  {
    id: 'v25d72', class: 'person_training',
    probes: '[contact] deaf young man asks where to ask about disabled-person training',
    turns: [
      { user: '我聋人 打字问 残疾人技能培训 问哪个单位', expect: { cites: ['三(二)'], says: [/残联|人社/] } },
    ],
  },
];

function oneOfPayOrAsk(yuan: number): TurnExpect {
  return { oneOf: [pay(yuan), askOJT] };
}

function oneOfNoOrAsk(wrong: number): TurnExpect {
  return { oneOf: [noPay(wrong), { ...askOJT, mustNotContain: [String(wrong)] }] };
}
