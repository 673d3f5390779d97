/**
 * HELD-OUT dialogues, set v38 — written on 2026-11-30 from the policy text
 * (policy-corpus/zz-2019-63.md) and the contracts (shared/spec/eligibility.md, api.md) only:
 * never from the service's output, the code under src/, or the dev sets under test/core/. Only
 * the format of v15 (its header and first lines) was looked at; no message is taken from another
 * set. Not to be tuned on: no word of these messages goes into a glossary, pattern or fixture.
 *
 * Who types here: HR clerks and accountants of mid-size manufacturing firms (auto parts, cables,
 * textiles, machining — formal but hurried, pasting "1、… 2、…" lists, 万 / w / k, decimals, payroll
 * per month or per year), managers of training companies with several bases and studios, and
 * parents and students from 建档立卡 families asking about technical schools. Some switch topic
 * half-way, some answer the bot's question with 不清楚, some date their question (2020年、去年、
 * 2022年), some drop in questions about other policies that carry subsidy words (稳岗返还、失业保险、
 * 个税、other cities' 社保补贴).
 *
 * Amounts, by hand from the contract and the text (today is 2026-11-30, so 去年 = 2025):
 * - 以工代训 (六(一)): Σ count × 200 × min(以工代训 months, 6); 贫困劳动力 only when employed ≥ 6
 *   months by a production entity; 就业困难 (残疾人 included) and 零就业家庭 only by an insured
 *   enterprise; 退役军人 no group; rows whose 岗前培训补贴 was claimed never count.
 * - Equipment (四(一)): per site min(20 % × value, 50万 base / 10万 studio), education fund + 验收.
 * - Education fund (六(二)): min(fund, 8 % × yearly payroll), a pre-tax deduction.
 * - Apprenticeship, training subsidy per person, entrepreneurship, family aid, 生活费补贴: no amount.
 */
import { HONEST_NOT_SETTLED } from '../judge.js';
import type { Dialogue, TurnExpect } from '../types.js';

/** A 以工代训 fact is still missing: ask, no figure, no 不符合. */
const askOJT: TurnExpect = { noAmount: 'open', asks: true, notVerdict: { rule: 'on_job_training', status: 'ineligible' } };
/** The person cannot say (不清楚): the fact stays open. */
const dunnoOJT = (...wrong: string[]): TurnExpect => ({
  noAmount: 'open',
  undecided: 'on_job_training',
  notVerdict: { rule: 'on_job_training', status: 'ineligible' },
  mustNotContain: wrong,
});
/** The 以工代训 amount, without the misreadings' figures. */
const pay = (yuan: number, ...wrong: string[]): TurnExpect => ({ amount: { rule: 'on_job_training', yuan }, mustNotContain: wrong });
/** The 以工代训 amount, with the plan's end said. */
const payEnd = (yuan: number, ...wrong: string[]): TurnExpect => ({ ...pay(yuan, ...wrong), mentionsPeriodEnd: true });
/** 以工代训 excluded on these facts. */
const noPay = (...wrong: string[]): TurnExpect => ({ status: { rule: 'on_job_training', status: 'ineligible' }, mustNotContain: wrong });
/** Not proven eligible on these facts, misreading figures absent. */
const notYes = (...wrong: string[]): TurnExpect => ({ notVerdict: { rule: 'on_job_training', status: 'eligible' }, mustNotContain: wrong });
/** The equipment subsidy. */
const kit = (yuan: number, ...wrong: string[]): TurnExpect => ({ amount: { rule: 'equipment_subsidy', yuan }, mustNotContain: wrong });
/** An equipment fact is open: ask, no verdict, not the figure it would make. */
const askKit = (...wrong: string[]): TurnExpect => ({ asks: true, undecided: 'equipment_subsidy', mustNotContain: wrong });
/** The education-fund deduction: 税前, never money to collect. */
const deduct = (yuan: number, ...wrong: string[]): TurnExpect => ({
  amount: { rule: 'education_fund_deduction', yuan },
  says: [/税前/],
  mustNotContain: [/可(得|领|领取|获得|申领)[^。，；\n]{0,12}元/, ...wrong],
});
/** The plan fixes no amount: no figure, the clause cited. */
const noFigure = (cites: string[]): TurnExpect => ({ noAmount: 'unfixed', cites });
/** The plan does not settle it. */
const unsettled: TurnExpect = { noAmount: 'unfixed', says: [HONEST_NOT_SETTLED] };
/** Outside the plan. */
const decline = (...wrong: string[]): TurnExpect => ({ answered: false, noAmount: 'unfixed', mustNotContain: wrong });

export const DIALOGUES_V38: Dialogue[] = [
  // ------------------------------------------------------------------ one_group
  {
    id: 'v38d01',
    class: 'one_group',
    probes: 'facts arrive over three turns; months employed (9) must not become months of 以工代训 (5)',
    periodEnd: true,
    turns: [
      { user: '您好，我是一家汽车配件厂的人事，咨询下以工代训补贴，我们招了6名建档立卡贫困劳动力', expect: askOJT },
      { user: '到现在干满9个月了，以工代训搞了5个月', expect: askOJT },
      { user: '这6个人的岗前培训补贴 我们一次也没申请过', expect: pay(6000, '7200', '10800') },
    ],
  },
  {
    id: 'v38d02',
    class: 'one_group',
    probes: '[dated] 2021, zero-employment family at an insured factory, 8 months capped at 6',
    turns: [
      { user: '厂里参保的，2021年招了俩零就业家庭的，以工代训做了八个月，岗前培训补贴没领过，补多少', expect: payEnd(2400, '3200') },
    ],
  },
  {
    id: 'v38d03',
    class: 'one_group',
    probes: 'poor labour employed only 4 months in a 扶贫车间: no amount computed from the 4 months',
    turns: [
      { user: '我们厂在县里设了个扶贫车间 吸纳贫困户5个 才干了4个月 以工代训也是4个月 岗前的没领 能补吗', expect: notYes('4000') },
    ],
  },
  {
    id: 'v38d04',
    class: 'one_group',
    probes: 'disabled hires count as 就业困难人员; insurance asked, then answered',
    periodEnd: true,
    turns: [
      { user: '请问下我们公司招残疾人算不算以工代训的对象，招了3个', expect: askOJT },
      { user: '社保都正常交着呢 以工代训6个月 岗前补贴没拿', expect: pay(3600) },
    ],
  },
  {
    id: 'v38d05',
    class: 'one_group',
    probes: '退役军人 is not a 以工代训 group even at an insured factory',
    turns: [
      { user: '退役军人招了4个 以工代训能补不 厂子参保的 都干了半年多了', expect: noPay('4800') },
    ],
  },
  {
    id: 'v38d06',
    class: 'one_group',
    probes: 'Chinese numerals; 一年 employed vs 三个月 of 以工代训',
    turns: [
      { user: '本公司吸纳建档立卡贫困劳动力十二名，入职已满一年，以工代训三个月，岗前培训补贴未申领，请问补贴金额', expect: payEnd(7200, '14400') },
    ],
  },
  // ------------------------------------------------------------------ several_groups
  {
    id: 'v38d07',
    class: 'several_groups',
    probes: 'pasted list, three groups with own months; veteran row drops out',
    turns: [
      {
        user: '1、建档立卡贫困劳动力4人，在岗10个月，以工代训6个月；2、就业困难人员2人，以工代训3个月；3、退役军人3人。公司参保，以上人员均未享受岗前培训补贴。以工代训补贴合计多少？',
        expect: payEnd(6000, '7200', '9600'),
      },
    ],
  },
  {
    id: 'v38d08',
    class: 'several_groups',
    probes: 'two groups, months given per group; they must not bleed into each other',
    periodEnd: true,
    turns: [
      { user: '我们厂吸纳了两类人 贫困户3个 零就业家庭的1个 想算下以工代训', expect: askOJT },
      { user: '贫困户那3个来了7个月 以工代训5个月；零就业那个以工代训2个月', expect: askOJT },
      { user: '厂里交社保的 岗前培训补贴都没领', expect: pay(3400, '4000', '1600') },
    ],
  },
  {
    id: 'v38d09',
    class: 'several_groups',
    probes: '[dated] three groups in a list, months arrive later, each row on its own months',
    periodEnd: true,
    turns: [
      { user: '2021年我们公司（已参保）吸纳：1、贫困劳动力2人；2、残疾人1人；3、零就业家庭成员2人。请问以工代训补贴怎么算', expect: askOJT },
      { user: '贫困劳动力2人干了11个月以工代训6个月 残疾人那个以工代训4个月 零就业的俩人以工代训2个月', expect: askOJT },
      { user: '三类人的岗前培训补贴 都没有领过', expect: pay(4000, '6000') },
    ],
  },
  {
    id: 'v38d10',
    class: 'several_groups',
    probes: 'poor labour employed 4 months drops out; difficulty row still paid',
    turns: [
      {
        user: '机械加工厂，已参保。贫困劳动力5人入职4个月，以工代训4个月；就业困难人员3人，以工代训6个月。岗前培训补贴都未领。两类合计能补多少',
        expect: payEnd(3600, '7600'),
      },
    ],
  },
  {
    id: 'v38d11',
    class: 'several_groups',
    probes: 'one group already had 岗前培训补贴 (excluded), the other waits on insurance',
    periodEnd: true,
    turns: [
      {
        user: '问下 两拨人 一拨是贫困劳动力6个 入职满8个月 以工代训6个月 这拨的岗前培训补贴已经领过了；另一拨就业困难人员4个 以工代训5个月 岗前补贴没领',
        expect: { ...askOJT, mustNotContain: ['7200', '11200'] },
      },
      { user: '我们是有限公司 社保一直在交 参保的', expect: pay(4000, '11200') },
    ],
  },
  // ------------------------------------------------------------------ negation_after_noun
  {
    id: 'v38d12',
    class: 'negation_after_noun',
    probes: 'negation after the noun with words between: 岗前培训补贴 … 压根就没去申请',
    turns: [
      { user: '岗前培训补贴 这几个人的 我们厂压根就没去申请 贫困劳动力3人 上班7个月 以工代训4个月', expect: payEnd(2400, '3600') },
    ],
  },
  {
    id: 'v38d13',
    class: 'negation_after_noun',
    probes: '社保 … 还没给交上 → not insured; then a follow-up on poor labour with no insurance condition',
    turns: [
      { user: '社保这块 我们厂说实话 还没给交上 招了2个就业困难的 以工代训5个月 岗前补贴没领', expect: noPay('2000') },
      { user: '那贫困户呢 有没有交社保这个要求', expect: { cites: ['六(一)'], mustNotContain: ['2000'] } },
    ],
  },
  {
    id: 'v38d14',
    class: 'negation_after_noun',
    probes: 'the pre-job subsidy WAS claimed, said after the noun: no 以工代训',
    turns: [
      { user: '新录用那几个人的岗前技能培训补贴 财务那边 已经领了 贫困劳动力4个 满半年了 以工代训6个月 还能拿以工代训不', expect: noPay('4800') },
    ],
  },
  {
    id: 'v38d15',
    class: 'negation_after_noun',
    probes: '“社保从来没断过” is insured, not a negation of insurance',
    turns: [
      { user: '残疾职工5名 以工代训3个月 公司社保从来没断过 岗前培训补贴也一直没申请', expect: payEnd(3000, '6000') },
    ],
  },
  {
    id: 'v38d16',
    class: 'negation_after_noun',
    probes: '“不是企业” a cooperative: poor labour paid; zero-employment follow-up needs an insured enterprise',
    turns: [
      { user: '我们是农民专业合作社 不是企业哈 吸纳了3个贫困户 干了10个月 以工代训6个月 岗前补贴不曾领取', expect: payEnd(3600) },
      { user: '那零就业家庭的也在合作社干 能一样补吗', expect: { cites: ['六(一)'], says: [/企业/] } },
    ],
  },
  {
    id: 'v38d17',
    class: 'negation_after_noun',
    probes: 'insurance negated with filler words between: 社保 呃 是没有 缴纳的',
    turns: [
      { user: '我们这个单位的社保 呃 是没有 缴纳的 招了零就业家庭成员1名 以工代训6个月', expect: noPay('1200') },
    ],
  },
  // ------------------------------------------------------------------ unknown_reply
  {
    id: 'v38d18',
    class: 'unknown_reply',
    probes: '不清楚 about the pre-job subsidy keeps it open; the answer comes once it is known',
    periodEnd: true,
    turns: [
      { user: '我们电缆厂 贫困劳动力4个 来了8个月 以工代训6个月 能申请多少', expect: askOJT },
      { user: '岗前补贴这个不清楚 当时不是我经手的', expect: dunnoOJT('4800') },
      { user: '刚问过财务了 这4个人的岗前补贴没领过', expect: pay(4800) },
    ],
  },
  {
    id: 'v38d19',
    class: 'unknown_reply',
    probes: '不确定 whether insured: disabled hires stay undecided, no figure',
    periodEnd: true,
    turns: [
      { user: '公司招了3个残疾人 以工代训4个月 岗前补贴没领 能拿多少', expect: askOJT },
      { user: '社保交没交我真不确定 这块归行政管', expect: dunnoOJT('2400') },
    ],
  },
  {
    id: 'v38d20',
    class: 'unknown_reply',
    probes: 'two studios, acceptance 不清楚 then confirmed; each studio capped on its own',
    periodEnd: true,
    turns: [
      { user: '我们是培训公司 有两个技能大师工作室 A室新买设备45万 B室新买设备60万 都是职工教育经费买的 能补多少', expect: askKit('190000', '19万') },
      { user: '验收的事 不清楚 还没人通知', expect: { undecided: 'equipment_subsidy', mustNotContain: ['190000', '19万'] } },
      { user: '刚问了 两个工作室人社和财政都验收合格了', expect: kit(190000, '210000', '21万') },
    ],
  },
  {
    id: 'v38d21',
    class: 'unknown_reply',
    probes: 'payroll 不清楚: the deduction waits; then min(fund, 8 % payroll)',
    turns: [
      { user: '职工教育经费今年提了85万 税前能扣多少', expect: { asks: true, undecided: 'education_fund_deduction' } },
      { user: '工资总额具体多少不清楚 要等年底汇算', expect: { undecided: 'education_fund_deduction' } },
      { user: '财务说全年工资薪金总额是980万', expect: deduct(784000) },
    ],
  },
  {
    id: 'v38d22',
    class: 'unknown_reply',
    probes: 'a parent does not know whether the family is 建档立卡: the family aid stays open',
    turns: [
      { user: '孩子在技工学校上学 家里困难 有啥补助不', expect: { asks: true, undecided: 'poor_family_child_aid', noAmount: 'unfixed' } },
      {
        user: '建档立卡 这个俺不清楚 村里登记过啥俺也不懂',
        expect: {
          undecided: 'poor_family_child_aid',
          noAmount: 'unfixed',
          notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' },
          mustNotContain: [/不是(建档立卡|贫困)/],
        },
      },
    ],
  },
  {
    id: 'v38d23',
    class: 'unknown_reply',
    probes: 'a worker does not know whether the school records trainings in the system',
    periodEnd: true,
    turns: [
      { user: '我在郑州打工 报了个电工培训 证也拿到了 能有补贴吗', expect: { asks: true, undecided: 'vocational_training', noAmount: 'unfixed' } },
      { user: '培训机构进没进那个系统 不知道啊', expect: { undecided: 'vocational_training', noAmount: 'unfixed' } },
    ],
  },
  // ------------------------------------------------------------------ correction
  {
    id: 'v38d24',
    class: 'correction',
    probes: 'head count corrected from 3 to 5',
    periodEnd: true,
    turns: [
      { user: '我们厂吸纳贫困劳动力3人 工作满7个月 以工代训6个月 岗前补贴没领', expect: pay(3600) },
      { user: '不好意思打错了 贫困劳动力是5个人不是3个', expect: pay(6000) },
    ],
  },
  {
    id: 'v38d25',
    class: 'correction',
    probes: 'insurance corrected to not insured: difficulty hires drop out',
    periodEnd: true,
    turns: [
      { user: '公司参保 招了就业困难人员2名 以工代训6个月 岗前补贴没领 补多少', expect: pay(2400) },
      { user: '不对不对 我看错表了 我们公司社保没交', expect: noPay() },
    ],
  },
  {
    id: 'v38d26',
    class: 'correction',
    probes: 'equipment value corrected from 180万 to 280万: the base cap of 50万 applies',
    periodEnd: true,
    turns: [
      { user: '高技能人才培训基地 新买实训设备180万 用职工教育经费买的 验收过了', expect: kit(360000) },
      { user: '更正一下 设备总值是280万 不是180万', expect: kit(500000, '560000', '56万') },
    ],
  },
  {
    id: 'v38d27',
    class: 'correction',
    probes: '[dated] payroll corrected: the deduction moves from the 8 % limit to the fund itself',
    turns: [
      { user: '去年工资薪金总额1200万 教育经费提了110万 税前扣除多少', expect: deduct(960000) },
      { user: '搞错了 去年工资总额是1500万 不是1200万', expect: deduct(1100000) },
    ],
  },
  {
    id: 'v38d28',
    class: 'correction',
    probes: 'months of 以工代训 corrected from 3 to 5',
    periodEnd: true,
    turns: [
      { user: '公司吸纳贫困劳动力2人 入职9个月 以工代训3个月 岗前补贴没领', expect: pay(1200) },
      { user: '口误 这俩人以工代训其实做了五个月', expect: pay(2000) },
    ],
  },
  {
    id: 'v38d29',
    class: 'correction',
    probes: 'group corrected from 退役军人 (no group) to 残疾人 (paid at an insured firm)',
    periodEnd: true,
    turns: [
      { user: '招了4个退役军人 以工代训6个月 公司参保 岗前没领 能补多少', expect: noPay('4800') },
      { user: '哎说错了 这4个不是退役军人 是持证的残疾人', expect: pay(4800) },
    ],
  },
  // ------------------------------------------------------------------ topic_switch
  {
    id: 'v38d30',
    class: 'topic_switch',
    probes: 'after a 以工代训 amount, 稳岗返还 is another policy: declined, no old figure',
    periodEnd: true,
    turns: [
      { user: '以工代训 我们厂贫困劳动力2人 满8个月 以工代训6个月 岗前没领', expect: pay(2400) },
      { user: '对了 顺便问下 稳岗返还今年咋申请', expect: decline('2400') },
    ],
  },
  {
    id: 'v38d31',
    class: 'topic_switch',
    probes: 'studio cap, then school training income: the second must be answered from 四(二)',
    periodEnd: true,
    turns: [
      { user: '请问我们公司技能大师工作室的设备补贴最高多少', expect: { cites: ['四(一)'], says: [/10\s*万/] } },
      { user: '另外职业院校的培训收入能拿多少进公用经费', expect: { cites: ['四(二)'], says: [/50\s*%|百分之五十|一半/] } },
    ],
  },
  {
    id: 'v38d32',
    class: 'topic_switch',
    probes: 'a poor family: daughter’s school fees, then the mother’s own free training',
    periodEnd: true,
    turns: [
      { user: '俺家建档立卡户 闺女在技工学校读书 学费能免不', expect: noFigure(['三(三)']) },
      {
        user: '还有个事 俺自己想学个育婴师 有没有免费培训',
        expect: { ...noFigure(['三(三)']), says: [/免费/], status: { rule: 'free_training_poor', status: 'eligible' } },
      },
    ],
  },
  {
    id: 'v38d33',
    class: 'topic_switch',
    probes: 'two bases capped per site, then 失业保险 (another policy) declined',
    periodEnd: true,
    turns: [
      {
        user: '高技能人才培训基地两个 郑东一个 高新区一个 设备分别是320万、150万 职工教育经费买的 都验收了',
        expect: kit(800000, '940000', '94万'),
      },
      { user: '另外问下 失业保险金领取条件是啥', expect: decline('800000', '80万') },
    ],
  },
  {
    id: 'v38d34',
    class: 'topic_switch',
    probes: 'the 8 % of 六(二), then 个税专项附加扣除 (tax, another policy) declined',
    turns: [
      { user: '个税方面 职工教育经费那个8% 是什么意思', expect: { cites: ['六(二)'] } },
      { user: '那我们员工个人所得税专项附加扣除 子女教育那项 怎么填', expect: decline() },
    ],
  },
  {
    id: 'v38d35',
    class: 'topic_switch',
    probes: 'entrepreneurship for a technical-school student, then another city’s subsidy declined',
    turns: [
      { user: '咨询下创业培训 我是技校在读', expect: { ...noFigure(['三(八)']), status: { rule: 'entrepreneurship_training', status: 'eligible' } } },
      { user: '换个问题 上海那边的技能补贴 外地户口能领吗', expect: decline() },
    ],
  },
  // ------------------------------------------------------------------ person_training
  {
    id: 'v38d36',
    class: 'person_training',
    probes: 'a student from a 建档立卡 family at a 技工学校: 助学金 and 免学费, not “不是贫困家庭学生”',
    periodEnd: true,
    turns: [
      {
        user: '我是建档立卡贫困户家的 现在在郑州一个技工学校上中专 国家助学金能领不',
        expect: { ...noFigure(['三(三)']), status: { rule: 'poor_family_student_aid', status: 'eligible' }, mustNotContain: [/不是贫困家庭学生/] },
      },
    ],
  },
  {
    id: 'v38d37',
    class: 'person_training',
    probes: 'the child’s school is not the parent’s student status; the family aid has no figure',
    periodEnd: true,
    turns: [
      {
        user: '孩子在职业学校读 俺家是建档立卡的 家里能领啥补助',
        expect: {
          ...noFigure(['三(三)', '三(十四)']),
          status: { rule: 'poor_family_child_aid', status: 'eligible' },
          notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' },
        },
      },
      { user: '那这个补助 一年能补多少钱 给俺个数', expect: unsettled },
    ],
  },
  {
    id: 'v38d38',
    class: 'person_training',
    probes: '[dated] every condition of the training subsidy given; eligible, no per-person figure',
    turns: [
      {
        user: '我户口在中牟 2021年在中牟参加的焊工培训 拿了初级证 那年第一次申请补贴 以前没学过焊工 也不领养老金 培训学校说进了省里系统的',
        expect: { ...noFigure(['七(二)']), status: { rule: 'vocational_training', status: 'eligible' }, mentionsPeriodEnd: true },
      },
    ],
  },
  {
    id: 'v38d39',
    class: 'person_training',
    probes: 'a pensioner: no training subsidy under 六(一)',
    turns: [
      { user: '我今年62了 每个月领退休金 去参加家政培训 能有补贴吗', expect: { noAmount: 'unfixed', status: { rule: 'vocational_training', status: 'ineligible' } } },
    ],
  },
  {
    id: 'v38d40',
    class: 'person_training',
    probes: 'three subsidies already this year: a fourth is not allowed',
    turns: [
      { user: '今年已经领过3次培训补贴了 这次又考了个叉车证 还能补吗', expect: { noAmount: 'unfixed', status: { rule: 'vocational_training', status: 'ineligible' } } },
    ],
  },
  {
    id: 'v38d41',
    class: 'person_training',
    probes: 'a 两后生 from a poor family choosing a 技校; the fee waiver has no figure in the plan',
    periodEnd: true,
    turns: [
      { user: '娃初中毕业没考上高中 俺家是贫困户（建档立卡那种） 想让他上技校 有啥政策', expect: noFigure(['三(三)']) },
      { user: '上技校一年学费能给免多少钱', expect: unsettled },
    ],
  },
  // ------------------------------------------------------------------ entrepreneurship
  {
    id: 'v38d42',
    class: 'entrepreneurship',
    probes: 'a small business open three and a half years (≤ 5)',
    turns: [
      { user: '开了个小五金加工店 营业执照办了三年半 想参加创业培训 中不中', expect: { ...noFigure(['三(八)']), status: { rule: 'entrepreneurship_training', status: 'eligible' } } },
    ],
  },
  {
    id: 'v38d43',
    class: 'entrepreneurship',
    probes: 'a business open 7 years is past the 5-year line; no eligible verdict from it',
    turns: [
      { user: '厂子开了7年了 小微企业 还能参加那个创业培训吗', expect: { ...noFigure(['三(八)']), notVerdict: { rule: 'entrepreneurship_training', status: 'eligible' } } },
    ],
  },
  {
    id: 'v38d44',
    class: 'entrepreneurship',
    probes: 'HR asks for a worker who wants to start out; then the per-person amount the plan does not fix',
    periodEnd: true,
    turns: [
      { user: '厂里一个职工想辞职自己干 有创业培训没', expect: { ...noFigure(['三(八)']), status: { rule: 'entrepreneurship_training', status: 'eligible' } } },
      { user: '那创业培训的补贴 每人给多少钱', expect: unsettled },
    ],
  },
  {
    id: 'v38d45',
    class: 'entrepreneurship',
    probes: 'a college graduate wanting to start a business; then 创业担保贷款 (another policy)',
    turns: [
      { user: '大专毕业两年了 没工作 想创业 有培训不', expect: { ...noFigure(['三(八)']), status: { rule: 'entrepreneurship_training', status: 'eligible' } } },
      { user: '顺带问一嘴 创业担保贷款我这情况最多能贷多少', expect: decline() },
    ],
  },
  {
    id: 'v38d46',
    class: 'entrepreneurship',
    probes: 'not sure about the wish nor the years open: nothing decided',
    turns: [
      { user: '我也不清楚自己想不想创业 就是听说有创业培训 俺是个体户 开店多少年记不清了', expect: { noAmount: 'unfixed', undecided: 'entrepreneurship_training' } },
    ],
  },
  // ------------------------------------------------------------------ equipment
  {
    id: 'v38d47',
    class: 'equipment',
    probes: 'three sites of a training company: each studio capped on its own, the base at 20 %',
    turns: [
      {
        user: '我们培训公司有3个点：金水区技能大师工作室设备38万，二七区技能大师工作室设备75万，中原区高技能人才培训基地设备210万，全部职工教育经费购置，均已验收合格',
        expect: { ...kit(596000, '646000', '64.6万', '520000', '52万'), mentionsPeriodEnd: true },
      },
    ],
  },
  {
    id: 'v38d48',
    class: 'equipment',
    probes: '400k in k; fund source asked, then own money: no subsidy',
    turns: [
      { user: '技能大师工作室新购设备 400k 验收合格', expect: askKit('80000', '8万') },
      { user: '设备钱是公司自有资金出的 没走职工教育经费', expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['80000', '8万'] } },
    ],
  },
  {
    id: 'v38d49',
    class: 'equipment',
    probes: '1200w for a base: 20 % is 240万, capped at 50万',
    turns: [
      { user: '高技能人才培训基地 实训设备1200w 职工教育经费 验收已合格 补贴能到多少', expect: { ...kit(500000, '2400000', '240万'), mentionsPeriodEnd: true } },
    ],
  },
  {
    id: 'v38d50',
    class: 'equipment',
    probes: 'a decimal value for one studio: 42.5万 → 8.5万',
    turns: [
      { user: '技能大师工作室买了台数控设备 42.5万 教育经费出的 人社财政验收过了', expect: { ...kit(85000), mentionsPeriodEnd: true } },
    ],
  },
  {
    id: 'v38d51',
    class: 'equipment',
    probes: 'one studio buying in three batches shares one cap',
    turns: [
      {
        user: '同一个技能大师工作室 分三批买的设备 第一批30万 第二批25万 第三批20万 都是职工教育经费 都验收了',
        expect: { ...kit(100000, '150000', '15万'), mentionsPeriodEnd: true },
      },
    ],
  },
  {
    id: 'v38d52',
    class: 'equipment',
    probes: 'not yet accepted: no verdict of eligible; the cap, not 52万, for later',
    turns: [
      { user: '高技能人才培训基地设备刚买完 260万 用的职工教育经费 还没验收', expect: { notVerdict: { rule: 'equipment_subsidy', status: 'eligible' }, mustNotContain: ['520000', '52万'] } },
      { user: '那等验收完了 这个基地大概能拿多少', expect: { says: [/50\s*万|500000|500,000/], mustNotContain: ['520000', '52万'] } },
    ],
  },
  // ------------------------------------------------------------------ education_fund
  {
    id: 'v38d53',
    class: 'education_fund',
    probes: 'payroll per month (fixed 150万 × 12): the 8 % is of the yearly total',
    turns: [
      { user: '我们厂每月工资总额固定150万 全年12个月都是这个数 职工教育经费提了160万 税前扣除上限是多少', expect: deduct(1440000, '120000', '12万') },
    ],
  },
  {
    id: 'v38d54',
    class: 'education_fund',
    probes: '[dated] decimal payroll 1850.5万; the 8 % limit is below the fund',
    turns: [
      { user: '2021年工资薪金总额1850.5万元，职工教育经费计提160万，一线职工培训用了70%，可税前扣除多少', expect: deduct(1480400) },
    ],
  },
  {
    id: 'v38d55',
    class: 'education_fund',
    probes: 'w units; front-line share about half is under 60 %',
    turns: [
      {
        user: '全年工资2400w 教育经费180w 一线职工培训只花了一半左右',
        expect: { ...deduct(1800000), says: [/税前/, /60\s*%|百分之六十|六成/] },
      },
    ],
  },
  {
    id: 'v38d56',
    class: 'education_fund',
    probes: 'the fund is no cash; then a computed deduction',
    turns: [
      { user: '职工教育经费 能不能直接找政府领钱', expect: { cites: ['六(二)'], says: [/税前/] } },
      { user: '我们工资总额一年3000万 教育经费提了200万', expect: deduct(2000000) },
    ],
  },
  {
    id: 'v38d57',
    class: 'education_fund',
    probes: '师带徒 from the fund, then “能全扣吗” with the fund above 8 %',
    turns: [
      { user: '我们车间老师傅带徒弟 职工教育经费能发师带徒津贴吗', expect: { cites: ['六(二)'] } },
      { user: '去年工资薪金5600万 教育经费提取500万 能全扣吗', expect: deduct(4480000) },
    ],
  },
  // ------------------------------------------------------------------ apprenticeship
  {
    id: 'v38d58',
    class: 'apprenticeship',
    probes: 'apprentices per head: the plan fixes no amount, no 以工代训 figure borrowed',
    turns: [
      { user: '我们是汽车零部件厂 带企业新型学徒22个 每个人补多少钱', expect: { ...noFigure(['四(一)']), mustNotContain: ['26400'], mentionsPeriodEnd: true } },
    ],
  },
  {
    id: 'v38d59',
    class: 'apprenticeship',
    probes: 'what the apprenticeship is, then its amount for 8 apprentices',
    periodEnd: true,
    turns: [
      { user: '新型学徒制是个啥 跟现代学徒制一样吗', expect: { cites: ['四(一)'] } },
      { user: '那我们厂带了8个学徒 补贴标准多少', expect: { ...noFigure(['四(一)']), mustNotContain: ['9600'] } },
    ],
  },
  {
    id: 'v38d60',
    class: 'apprenticeship',
    probes: 'asked in k per year: still no figure',
    turns: [
      { user: '学徒补贴 按人头算 一年能给几k', expect: noFigure(['四(一)']) },
    ],
  },
  {
    id: 'v38d61',
    class: 'apprenticeship',
    probes: 'not the 200 元 of 以工代训; then the three-year target of 2万',
    turns: [
      { user: '带学徒的补贴 跟以工代训那200块一样算吗', expect: noFigure(['四(一)']) },
      { user: '那三年培养多少学徒 有指标吗', expect: { cites: ['四(一)'], says: [/2\s*万/] } },
    ],
  },
  // ------------------------------------------------------------------ period
  {
    id: 'v38d62',
    class: 'period',
    probes: 'asked in 2026 whether 以工代训 can still be claimed',
    turns: [
      { user: '这个以工代训补贴现在2026年了还能申请不', expect: { noAmount: 'open', mentionsPeriodEnd: true, cites: ['六(一)'] } },
    ],
  },
  {
    id: 'v38d63',
    class: 'period',
    probes: '[dated] hires of 2022, after the plan; no head count so no figure',
    turns: [
      { user: '2022年招的贫困户 干满了半年 以工代训6个月 还能按这个文件补吗', expect: { noAmount: 'open', mentionsPeriodEnd: true } },
    ],
  },
  {
    id: 'v38d64',
    class: 'period',
    probes: '[dated] 去年 (2025) is after the plan; 2021 is inside it',
    periodEnd: true,
    turns: [
      { user: '去年我们厂技能大师工作室买了设备30万 教育经费出的 验收了 能拿补贴吗', expect: { mentionsPeriodEnd: true, cites: ['四(一)'] } },
      { user: '那要是2021年买的呢 也是30万 别的一样', expect: kit(60000) },
    ],
  },
  {
    id: 'v38d65',
    class: 'period',
    probes: '[dated] 2020, answered for that date, with the plan’s end said',
    turns: [
      { user: '2020年3月 参保企业 吸纳零就业家庭成员2人 以工代训4个月 岗前补贴未领 当时能补多少', expect: payEnd(1600, '2400') },
    ],
  },
  {
    id: 'v38d66',
    class: 'period',
    probes: 'when does the plan run to',
    turns: [
      { user: '咱这个技能提升行动方案 执行到啥时候截止', expect: { mentionsPeriodEnd: true } },
    ],
  },
  {
    id: 'v38d67',
    class: 'period',
    probes: '生活费补贴 has no amount (not the 200 元 of 以工代训); then whether one can still sign up',
    turns: [
      { user: '参加培训期间有生活费补贴吗 一天多少', expect: { ...unsettled, mustNotContain: [/200\s*元/] } },
      { user: '那我现在想报个班 还能按这个方案报名吗', expect: { mentionsPeriodEnd: true } },
    ],
  },
];
