/**
 * HELD-OUT dialogues, set v58 — written blind from the policy text (policy-corpus/zz-2019-63.md)
 * and the contracts (shared/spec/eligibility.md, api.md) only: never from the service's output,
 * the code under src/, or other sets beyond the format lines of v15. Not to be tuned on: no word
 * of these messages goes into a glossary, pattern or fixture. Once a dialogue has been fixed by a
 * targeted change it measures nothing any more; write a new one instead.
 *
 * Who types here: precise HR and finance staff of mid-size units in 郑州 — a 制造业 plant in
 * 经开区, a 培训学校 running 项目制培训, a 技工学校 partnering with companies, a hospital's 后勤
 * company, a logistics firm — and their colleagues' casual follow-ups ("那我们这种情况呢",
 * "最多呢"). Figures with 元 and decimals (¥1,250,000.00, 12.5万, 八十万零五千), percentages,
 * hire dates ("2020年3月入职的"), partial months, two sites, contact questions.
 *
 * Issue 10: nothing is inferred from silence. An amount is expected only once every fact it
 * depends on has been said (岗前培训补贴 claimed or not, insurance where the rule needs it, months
 * employed for poor labour, fund source and acceptance of equipment, payroll and fund drawn, the
 * project's total subsidy).
 *
 * Amounts, computed by hand from the contract and checked against the text:
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6) per qualifying row; poor labour
 *   employed ≥ 6 months; 就业困难 (incl. 残疾人) and 零就业家庭 only by an insured enterprise;
 *   退役军人 is no group of this rule; rows with the 岗前培训补贴 claimed never count.
 * - Equipment (四(一)): per site min(20 % × value, 500 000 base / 100 000 studio).
 * - Education fund (六(二)): pre-tax deduction min(fund drawn, 8 % × 工资薪金总额), never cash.
 * - Project training (六(一)): 50 % of the project's training subsidy in advance.
 * - Apprenticeship, per-person training subsidy, 生活费补贴, entrepreneurship training, school and
 *   family aid, competition awards: the plan fixes no amount.
 *
 * Tags in `probes`: [two-part], [contact], [dated], [follow-up].
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
/** Not eligible on these facts, the misreading's figure absent. */
const notYes = (wrong: number): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: [String(wrong)] });
/** The equipment subsidy. */
const kit = (yuan: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan } });
/** The equipment subsidy, without the misreading's figure. */
const kitNot = (yuan: number, wrong: number): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, mustNotContain: [String(wrong)] });
/** An equipment fact is missing. */
const askKit: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'equipment_subsidy', status: 'ineligible' } };
/** An equipment fact cannot be given: no figure, no verdict. */
const dunnoKit: TurnExpect = { noAmount: 'open', undecided: 'equipment_subsidy' };
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
/** The project-training advance. */
const advance = (yuan: number): TurnExpect => ({ amount: { rule: 'project_training_advance', yuan } });
/** The plan fixes no amount: no figure, the clause cited. */
const noFigure = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
/** The plan does not settle it. */
const unsettled: TurnExpect = { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] };
/** The plan's end must be said. */
const ended: TurnExpect = { mentionsPeriodEnd: true };

export const DIALOGUES_V58: Dialogue[] = [
  // ------------------------------------------------------------------ one_group
  {
    id: 'v58d01',
    class: 'one_group',
    probes: 'insured plant, difficulty hires: months and 岗前 open, then both given in one reply',
    periodEnd: true,
    turns: [
      { user: '我们是经开区一家汽车零部件厂 社保一直交着 2020年下半年招了5个就业困难人员 以工代训补贴咋算', expect: askOJT },
      { user: '以工代训都搞了4个月 岗前培训补贴那块没申请过', expect: pay(4000) },
    ],
  },
  {
    id: 'v58d02',
    class: 'one_group',
    probes: 'logistics firm, zero-employment family, all facts in one message',
    periodEnd: true,
    turns: [{ user: '物流公司 有参保 2020年招了仨零就业家庭的 以工代训做满了6个月 岗前培训补贴没领过 能补多少', expect: pay(3600) }],
  },
  {
    id: 'v58d03',
    class: 'one_group',
    probes: '[dated] poor labour hired 2020年3月, 10 months employed, 8 months 以工代训 capped at 6',
    periodEnd: true,
    turns: [{ user: '食品加工厂的 2020年3月入职的贫困户俩人 到年底干了十个月 以工代训搞了八个月 岗前补贴没拿 补贴多少钱', expect: payNot(2400, 3200) }],
  },
  {
    id: 'v58d04',
    class: 'one_group',
    probes: 'poor labour employed only 5 months: no 以工代训 amount yet',
    periodEnd: true,
    turns: [{ user: '俺们是农民专业合作社 收了4个建档立卡的 才干了5个月 以工代训也是5个月 岗前补贴没领 能给补不', expect: notYes(4000) }],
  },
  {
    id: 'v58d05',
    class: 'one_group',
    probes: "[follow-up] hospital 后勤 company, disabled hires; colleague's 最多呢 asks for the 6-month cap",
    periodEnd: true,
    turns: [
      { user: '医院后勤服务公司 社保正常交 招了2个残疾人做保洁 以工代训3个月了 岗前培训补贴没弄过 补多少', expect: pay(1200) },
      { user: '最多呢 能补几个月', expect: { says: [/6\s*个月|六个月/], cites: ['六(一)'] } },
    ],
  },
  {
    id: 'v58d06',
    class: 'one_group',
    probes: 'a 培训机构 as employer of poor labour (open list of 生产经营主体)',
    periodEnd: true,
    turns: [{ user: '我们是民办职业培训机构 招了1个贫困劳动力当助教 入职8个月 以工代训6个月 岗前补贴没领过 培训机构也能申请以工代训不', expect: pay(1200) }],
  },
  {
    id: 'v58d07',
    class: 'one_group',
    probes: '[contact] who handles 以工代训 and a phone, then the follow-up case with all facts',
    periodEnd: true,
    turns: [
      { user: '以工代训补贴 具体找哪个单位办 有电话没', expect: { says: [/人社|人力资源/] } },
      { user: '那我们这种情况呢 参保企业 招了1个零就业家庭的 以工代训6个月 岗前补贴没领', expect: pay(1200) },
    ],
  },
  // ------------------------------------------------------------------ several_groups
  {
    id: 'v58d08',
    class: 'several_groups',
    probes: 'two groups with different months keep their own months',
    periodEnd: true,
    turns: [{ user: '我们厂交社保的 2020年招了就业困难人员3个以工代训5个月 零就业家庭的2个以工代训2个月 岗前补贴都没领', expect: payNot(3800, 5000) }],
  },
  {
    id: 'v58d09',
    class: 'several_groups',
    probes: 'poor labour months employed asked, then given with 岗前 for both groups',
    periodEnd: true,
    turns: [
      { user: '物流公司 参保的 招了贫困劳动力4个 还有就业困难的2个 以工代训都是3个月', expect: askOJT },
      { user: '贫困的那几个入职7个月了 岗前培训补贴两拨人都没领', expect: pay(3600) },
    ],
  },
  {
    id: 'v58d10',
    class: 'several_groups',
    probes: 'veterans are no group of 以工代训: only the difficulty hire counts',
    periodEnd: true,
    turns: [{ user: '经开区制造厂 参保 招了退役军人6个 就业困难人员1个 以工代训都4个月 岗前补贴没有领', expect: payNot(800, 5600) }],
  },
  {
    id: 'v58d11',
    class: 'several_groups',
    probes: 'cooperative: poor labour counts, disabled row excluded by 岗前 claimed',
    periodEnd: true,
    turns: [
      {
        user: '合作社 不知道算不算企业 反正有交社保 贫困户3个干了一年以工代训6个月 残疾人2个以工代训6个月 贫困户那仨岗前补贴没领 残疾人那俩的已经领了',
        expect: payNot(3600, 6000),
      },
    ],
  },
  {
    id: 'v58d12',
    class: 'several_groups',
    probes: 'one group settled, the other named but open; asked by name, then paid together',
    periodEnd: true,
    turns: [
      { user: '2021年我们公司 参保 招了零就业家庭2个 以工代训4个月 岗前没领 另外还招了几个贫困劳动力', expect: { asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } } },
      { user: '贫困劳动力5个 入职都9个月了 以工代训6个月 岗前补贴也没领', expect: pay(7600) },
    ],
  },
  {
    id: 'v58d13',
    class: 'several_groups',
    probes: 'one group over the 6-month cap, the other under it',
    periodEnd: true,
    turns: [{ user: '医院后勤 交社保 保洁招了就业困难人员4个 以工代训两个月 零就业家庭1个 以工代训七个月 岗前补贴都没领过', expect: payNot(2800, 3000) }],
  },
  {
    id: 'v58d14',
    class: 'several_groups',
    probes: "one group's months not known: settle the other, ask about the open one, never borrow its months",
    periodEnd: true,
    turns: [
      {
        user: '我们公司参保 就业困难人员3个以工代训4个月 岗前没领 残疾人2个 岗前也没领 以工代训几个月不清楚',
        expect: { asks: true, mustNotContain: ['4000'], notVerdict: { rule: 'on_job_training', status: 'ineligible' } },
      },
    ],
  },
  // ------------------------------------------------------------------ negation_after_noun
  {
    id: 'v58d15',
    class: 'negation_after_noun',
    probes: '岗前培训补贴 … 一分都没领过, negation far after the noun',
    periodEnd: true,
    turns: [{ user: '经开区机械厂 社保按时交 招的就业困难人员3个 以工代训5个月 岗前培训补贴那块 问了财务 说一分都没领过', expect: pay(3000) }],
  },
  {
    id: 'v58d16',
    class: 'negation_after_noun',
    probes: '社保这块 … 一直都没给交: not insured, so no zero-employment amount',
    periodEnd: true,
    turns: [{ user: '我们是个小物流公司 社保这块 说实话 前两年一直都没给交 招了2个零就业家庭的 以工代训4个月 岗前补贴没领', expect: notYes(1600) }],
  },
  {
    id: 'v58d17',
    class: 'negation_after_noun',
    probes: '岗前 stated as a question to themselves, then answered with the negation far from the noun',
    periodEnd: true,
    turns: [
      { user: '我们厂 就业困难人员2个 以工代训6个月 岗前培训补贴是领了吗 我查查', expect: askOJT },
      { user: '查了 岗前培训补贴 财务那边压根就没申请 社保是交的', expect: pay(2400) },
    ],
  },
  {
    id: 'v58d18',
    class: 'negation_after_noun',
    probes: '不是没交社保 (double negation): insured; ask or pay, never 不符合',
    periodEnd: true,
    turns: [
      {
        user: '我们公司不是没交社保 就是2020年初晚交了俩月 现在正常交 招了1个残疾人 以工代训3个月 岗前补贴没领',
        expect: { oneOf: [pay(600), { asks: true, noAmount: 'open', notVerdict: { rule: 'on_job_training', status: 'ineligible' } }] },
      },
    ],
  },
  {
    id: 'v58d19',
    class: 'negation_after_noun',
    probes: '验收 … 到现在还没来验: equipment not accepted, no figure',
    turns: [{ user: '技能大师工作室新买设备45万 钱是职工教育经费出的 人社和财政的验收 到现在还没来验', expect: noKit(90000, /9\s*万/) }],
  },
  // ------------------------------------------------------------------ unknown_reply
  {
    id: 'v58d20',
    class: 'unknown_reply',
    probes: '不清楚 about 岗前 leaves it open; the later answer settles it',
    periodEnd: true,
    turns: [
      { user: '公司交社保 招了3个就业困难人员 以工代训4个月 能补多少', expect: askOJT },
      { user: '岗前补贴领没领 这个真不清楚 之前人事换人了', expect: dunnoOJT },
      { user: '人事那边问到了 没领过', expect: pay(2400) },
    ],
  },
  {
    id: 'v58d21',
    class: 'unknown_reply',
    probes: 'equipment acceptance 不知道: no 25万, no verdict',
    turns: [
      { user: '设备补贴 我们高技能人才培训基地 新买实训设备一百二十五万 职工教育经费出的', expect: askKit },
      { user: '验收不知道 我问问领导', expect: dunnoKit },
    ],
  },
  {
    id: 'v58d22',
    class: 'unknown_reply',
    probes: 'payroll forgotten: no deduction figure',
    turns: [
      { user: '教育经费税前扣除能扣多少 今年提了95万', expect: { ...askFund, asks: true } },
      { user: '工资总额 忘了 财务休假去了', expect: askFund },
    ],
  },
  {
    id: 'v58d23',
    class: 'unknown_reply',
    probes: 'person training: institution in the system unknown leaves vocational_training open',
    periodEnd: true,
    turns: [
      { user: '我们员工想报电工培训 人在郑州常住 拿到证能给补贴吗', expect: { asks: true, noAmount: 'unfixed', undecided: 'vocational_training' } },
      { user: '培训机构进没进那个系统 不知道 今年也没享受过别的补贴', expect: { noAmount: 'unfixed', undecided: 'vocational_training' } },
    ],
  },
  {
    id: 'v58d24',
    class: 'unknown_reply',
    probes: 'poor labour months employed 记不清: open, no amount',
    periodEnd: true,
    turns: [
      { user: '合作社招了贫困户6个 以工代训5个月 岗前补贴没领', expect: askOJT },
      { user: '入职多久 记不清了 大概夏天来的吧', expect: dunnoOJT },
    ],
  },
  {
    id: 'v58d25',
    class: 'unknown_reply',
    probes: 'project total not fixed yet: no advance figure; then 12.5万 → 62500',
    turns: [
      { user: '我们培训学校接了个项目制培训 补贴总额还没定下来 能先拨多少', expect: { noAmount: 'open', says: [/50\s*%|百分之五十|一半/] } },
      { user: '定了 12.5万', expect: advance(62500) },
    ],
  },
  // ------------------------------------------------------------------ correction
  {
    id: 'v58d26',
    class: 'correction',
    probes: '说错了: months corrected from 3 to 5',
    periodEnd: true,
    turns: [
      { user: '物流公司 参保 招了4个就业困难的 以工代训3个月 岗前没领', expect: pay(2400) },
      { user: '不对 说错了 是以工代训5个月', expect: pay(4000) },
    ],
  },
  {
    id: 'v58d27',
    class: 'correction',
    probes: 'studio corrected to base: cap 10万 no longer applies',
    turns: [
      { user: '设备补贴 技能大师工作室 买了设备八十万零五千 教育经费出的 验收过了', expect: kit(100000) },
      { user: '说错了 不是大师工作室 是高技能人才培训基地', expect: kit(161000) },
    ],
  },
  {
    id: 'v58d28',
    class: 'correction',
    probes: 'payroll typo corrected: deduction recomputed',
    turns: [
      { user: '教育经费 今年提了120万 工资总额1250万 税前扣除多少', expect: deduct(1000000) },
      { user: '哎 工资总额打错了 是1500万', expect: deduct(1200000) },
    ],
  },
  {
    id: 'v58d29',
    class: 'correction',
    probes: '岗前 corrected from claimed to not claimed',
    periodEnd: true,
    turns: [
      { user: '我们是交社保的企业 招了2个零就业家庭 以工代训6个月 岗前补贴领过了', expect: { notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: ['2400'] } },
      { user: '不对不对 领的是另外一批人 这俩没领', expect: pay(2400) },
    ],
  },
  {
    id: 'v58d30',
    class: 'correction',
    probes: 'project total corrected from ¥1,250,000.00 to 八十万零五千',
    turns: [
      { user: '项目制培训 我们培训学校 这个项目补贴总共¥1,250,000.00 能先拨多少', expect: advance(625000) },
      { user: '不好意思 总额是八十万零五千', expect: advance(402500) },
    ],
  },
  // ------------------------------------------------------------------ topic_switch
  {
    id: 'v58d31',
    class: 'topic_switch',
    probes: 'after 以工代训, a competition prize: 五(三), no figure from the first topic',
    periodEnd: true,
    turns: [
      { user: '机械厂 参保 就业困难人员2个以工代训5个月 岗前没领', expect: pay(2000) },
      { user: '另外问下 我们车间主任在技能大赛拿了奖 有啥奖励没', expect: { ...noFigure(['五(三)']), mustNotContain: ['2000'] } },
    ],
  },
  {
    id: 'v58d32',
    class: 'topic_switch',
    probes: 'technical school: poor students aid, then training income share 四(二)',
    turns: [
      { user: '技工学校 跟企业合作办学 招了不少建档立卡贫困户家的学生 学校有啥补助', expect: noFigure(['三(十四)', '三(三)']) },
      { user: '换个事 我们学校老师搞培训 收入能留多少', expect: { cites: ['四(二)'], says: [/50\s*%|百分之五十/] } },
    ],
  },
  {
    id: 'v58d33',
    class: 'topic_switch',
    probes: 'courier training plan, then veterans: 三(二)/六(一), not the first neighbourhood',
    turns: [
      { user: '物流公司 快递员 技能培训 方案里有啥计划', expect: { cites: ['三(四)', '五(一)'] } },
      { user: '再问一个 退役军人参加培训免费吗', expect: { noAmount: 'unfixed', cites: ['三(二)', '六(一)'] } },
    ],
  },
  {
    id: 'v58d34',
    class: 'topic_switch',
    probes: 'equipment amount, then 生活费补贴: not settled, no 250000',
    periodEnd: true,
    turns: [
      { user: '高技能人才培训基地 新购实训设备¥1,250,000.00 职工教育经费列支 人社财政验收合格', expect: kit(250000) },
      { user: '对了 培训学员的生活费补贴 一天能领多少', expect: unsettled },
    ],
  },
  {
    id: 'v58d35',
    class: 'topic_switch',
    probes: '[two-part] entrepreneurship scope, then apprentices target',
    turns: [
      { user: '大众创业培训 开业5年内的小微企业主都能参加？', expect: { cites: ['三(八)'] } },
      { user: '还有 企业新型学徒 三年要培养多少', expect: { cites: ['四(一)'], says: [/2\s*万/] } },
    ],
  },
  // ------------------------------------------------------------------ person_training
  {
    id: 'v58d36',
    class: 'person_training',
    probes: 'every condition of 七(二) said: eligible, amount set elsewhere',
    periodEnd: true,
    turns: [
      {
        user: '我们厂员工 户籍在郑州 参加焊工中级培训拿到证了 今年还没享受过补贴 以前没考过焊工 不领养老金 机构在省里那个系统里',
        expect: { oneOf: [{ status: { rule: 'vocational_training', status: 'eligible' }, noAmount: 'unfixed' }, { asks: true, noAmount: 'unfixed', notVerdict: { rule: 'vocational_training', status: 'ineligible' } }] },
      },
    ],
  },
  {
    id: 'v58d37',
    class: 'person_training',
    probes: 'three subsidies already this year: no fourth',
    turns: [{ user: '员工今年已经享受过3次培训补贴了 又报了个叉车培训 还能补吗', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['七(二)'], noAmount: 'unfixed' } }],
  },
  {
    id: 'v58d38',
    class: 'person_training',
    probes: 'same occupation and level again: not twice',
    turns: [{ user: '电工中级 前年补过一次 今年又考电工中级 能再补吗', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['七(二)'], noAmount: 'unfixed' } }],
  },
  {
    id: 'v58d39',
    class: 'person_training',
    probes: '[follow-up] rehired pensioners excluded; 那我们这种情况呢 for temps without pension asks on',
    turns: [
      { user: '我们后勤公司返聘了几个退休的老师傅 都领着养老金 他们参加电梯安全培训 能拿培训补贴吗', expect: { notVerdict: { rule: 'vocational_training', status: 'eligible' }, cites: ['六(一)', '七(二)'], noAmount: 'unfixed' } },
      { user: '那我们这种情况呢 不领养老金的临时工', expect: { asks: true, noAmount: 'unfixed' } },
    ],
  },
  {
    id: 'v58d40',
    class: 'person_training',
    probes: 'new occupation: priority-supported standard, no figure',
    turns: [{ user: '我们物流公司员工参加无人机驾驶员培训 这是国家公布的新职业 补贴按啥标准', expect: { cites: ['七(二)'], noAmount: 'unfixed', says: [/优先支持/] } }],
  },
  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v58d41',
    class: 'entrepreneurship',
    probes: 'technical-school students may join entrepreneurship training',
    turns: [{ user: '我们技工学校的在校生 想参加创业培训 可以吗', expect: { cites: ['三(八)'], noAmount: 'unfixed' } }],
  },
  {
    id: 'v58d42',
    class: 'entrepreneurship',
    probes: 'business open six years vs 四年半: the 5-year line',
    turns: [
      { user: '我爱人开了个小公司 开业六年了 还能参加创业培训吗', expect: { noAmount: 'unfixed', cites: ['三(八)'], oneOf: [{ asks: true }, { notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' } }] } },
      { user: '那要是开业四年半呢', expect: { noAmount: 'unfixed', says: [/5\s*年|五年/] } },
    ],
  },
  {
    id: 'v58d43',
    class: 'entrepreneurship',
    probes: 'employee with a wish to start a business: eligible, no amount',
    turns: [
      {
        user: '公司HR问下 我们有员工想自己出去干 有创业愿望 能参加创业培训吗 补多少钱',
        expect: { noAmount: 'unfixed', oneOf: [{ status: { rule: 'entrepreneurship_training', status: 'eligible' } }, { cites: ['三(八)'] }] },
      },
    ],
  },
  {
    id: 'v58d44',
    class: 'entrepreneurship',
    probes: '[contact] which units run entrepreneurship training',
    turns: [{ user: '开业3年的小微企业主 创业培训 找哪个部门报名', expect: { cites: ['三(八)'], says: [/人社|人力资源/], noAmount: 'unfixed' } }],
  },
  // ------------------------------------------------------------------ equipment
  {
    id: 'v58d45',
    class: 'equipment',
    probes: 'two base sites each with its own 50万 cap',
    periodEnd: true,
    turns: [
      { user: '我们有两个高技能人才培训基地 经开区那个新买设备300万 航空港那个180万 都是职工教育经费买的 都验收合格了 设备补贴一共多少', expect: kitNot(860000, 960000) },
    ],
  },
  {
    id: 'v58d46',
    class: 'equipment',
    probes: 'a studio over its 10万 cap plus a base under 50万',
    turns: [{ user: '技能大师工作室买设备62.5万 高技能人才培训基地买设备二百万 都从职工教育经费出 验收过', expect: kitNot(500000, 525000) }],
  },
  {
    id: 'v58d47',
    class: 'equipment',
    probes: 'one studio bought in three batches: one cap',
    turns: [{ user: '同一个大师工作室 分三批买的设备 30万 25万 20.5万 教育经费 验收了', expect: kitNot(100000, 151000) }],
  },
  {
    id: 'v58d48',
    class: 'equipment',
    probes: "bought with the company's own funds, not the 职工教育经费",
    turns: [{ user: '高技能人才基地的设备 是用企业自有资金买的 不是职工教育经费 200万 能补20%吧', expect: noKit(400000, /40\s*万/) }],
  },
  {
    id: 'v58d49',
    class: 'equipment',
    probes: '[follow-up] caps first, then 那我们这种情况呢 with ¥2,680,000.00',
    turns: [
      { user: '实训设备补贴最高多少', expect: { cites: ['四(一)'], says: [/50\s*万/, /10\s*万/] } },
      { user: '那我们这种情况呢 基地设备花了¥2,680,000.00 教育经费出的 验收合格', expect: kitNot(500000, 536000) },
    ],
  },
  {
    id: 'v58d50',
    class: 'equipment',
    probes: '[contact] who accepts the equipment',
    turns: [{ user: '设备补贴验收找哪个单位', expect: { cites: ['四(一)'], says: [/人社|人力资源社会保障/, /财政/] } }],
  },
  // ------------------------------------------------------------------ education_fund
  {
    id: 'v58d51',
    class: 'education_fund',
    probes: 'fund under 8 % of payroll: the fund itself is deductible',
    turns: [{ user: '工资薪金总额¥36,500,000.00 职工教育经费提了220万 税前能扣多少', expect: deduct(2200000, 2920000) }],
  },
  {
    id: 'v58d52',
    class: 'education_fund',
    probes: 'fund over 8 %: capped at 8 % of payroll',
    turns: [{ user: '工资总额2850万 教育经费提了300万 所得税前能全扣吗', expect: deduct(2280000, 3000000) }],
  },
  {
    id: 'v58d53',
    class: 'education_fund',
    probes: 'front-line share 59.75 % is under 60 %',
    turns: [{ user: '教育经费80万 一线职工培训用了47.8万 工资总额1200万 合规吗 能税前扣多少', expect: { ...deduct(800000), says: [/税前/, /60\s*%|百分之六十/] } }],
  },
  {
    id: 'v58d54',
    class: 'education_fund',
    probes: "[follow-up] 60 % share, then colleague's 最多呢 on the deduction",
    turns: [
      { user: '医院后勤公司 职工教育经费 一线员工培训要占多少比例才合规', expect: { cites: ['六(二)'], says: [/60\s*%|百分之六十/] } },
      { user: '那税前扣除最多呢', expect: { cites: ['六(二)'], says: [/8\s*%|百分之八/], noAmount: 'open' } },
    ],
  },
  {
    id: 'v58d55',
    class: 'education_fund',
    probes: '师带徒 allowance from the fund',
    turns: [{ user: '师带徒津贴 能从职工教育经费里出吗', expect: { cites: ['六(二)'], says: [/师带徒/] } }],
  },
  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v58d56',
    class: 'apprenticeship',
    probes: 'apprentice subsidy per person: no amount in the plan',
    turns: [{ user: '我们厂跟技工学校合作搞新型学徒 今年带了25个学徒 一个人补多少', expect: noFigure(['四(一)']) }],
  },
  {
    id: 'v58d57',
    class: 'apprenticeship',
    probes: '[follow-up] standard, then 最多呢: not settled',
    turns: [
      { user: '我们技工学校配合企业搞的新型学徒制 补贴标准咋定的', expect: noFigure(['四(一)']) },
      { user: '最多呢 有封顶没', expect: unsettled },
    ],
  },
  {
    id: 'v58d58',
    class: 'apprenticeship',
    probes: '[contact] where to apply for apprentice subsidy',
    turns: [{ user: '学徒补贴 找哪个部门申请', expect: { cites: ['四(一)'], says: [/人社|人力资源/], noAmount: 'unfixed' } }],
  },
  {
    id: 'v58d59',
    class: 'apprenticeship',
    probes: 'apprentices priced at the 以工代训 200 元: a figure from the wrong rule',
    turns: [{ user: '学徒30个 每人每月按200算 一年下来一共多少', expect: { noAmount: 'unfixed', cites: ['四(一)'], mustNotContain: ['6000', '72000'] } }],
  },
  // ------------------------------------------------------------------ period
  {
    id: 'v58d60',
    class: 'period',
    probes: 'asked today: the plan ended 2021-12-31',
    periodEnd: true,
    turns: [{ user: '现在还能申请以工代训补贴吗 我们厂今年刚招了人', expect: ended }],
  },
  {
    id: 'v58d61',
    class: 'period',
    probes: '[dated] 2020年10月 case answered for that date',
    periodEnd: true,
    turns: [{ user: '2020年10月那会 我们参保企业 招了就业困难人员2个 以工代训3个月 岗前没领 当时能补多少', expect: pay(1200) }],
  },
  {
    id: 'v58d62',
    class: 'period',
    probes: '[dated] equipment accepted in 2022: after the plan',
    periodEnd: true,
    turns: [{ user: '2022年3月才验收的设备 还能按这个方案申请20%补贴吗', expect: { ...ended, noAmount: 'open' } }],
  },
  {
    id: 'v58d63',
    class: 'period',
    probes: 'until when, then a December 2021 project class',
    turns: [
      { user: '这个技能提升行动方案 到哪年为止', expect: ended },
      { user: '那我们2021年12月开班的项目制培训 50%先拨还算不算', expect: { cites: ['六(一)'], says: [/50\s*%|百分之五十|一半/] } },
    ],
  },
  {
    id: 'v58d64',
    class: 'period',
    probes: 'the 50 % advance asked about today',
    periodEnd: true,
    turns: [{ user: '项目制培训先拨50%的政策 今天还能用吗', expect: { ...ended, cites: ['六(一)'] } }],
  },
  {
    id: 'v58d65',
    class: 'period',
    probes: '[dated] a class opened in November 2019, before the plan began',
    turns: [{ user: '2019年11月开的培训班 算不算在这个方案里', expect: { oneOf: [{ says: [/12\s*月\s*2\s*日|2019-12-02/] }, ended] } }],
  },
];
